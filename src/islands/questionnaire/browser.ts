/** Browser side effects of the questionnaire tools; the shared ones are in ../shared/browser.ts. */

/** The result link for a share fragment: this page (without its query), with the answers in the fragment. */
export function resultLink(fragment: string): string {
  return `${location.origin}${location.pathname}${fragment}`;
}
