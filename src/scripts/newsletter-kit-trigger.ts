/** The only newsletter-kit code every page loads: the kit's code comes when it is first opened. */
export function setUpNewsletterKits(): void {
  for (const kit of document.querySelectorAll<HTMLDetailsElement>('details.newsletter-kit')) {
    let loading: Promise<void> | undefined;
    kit.addEventListener('toggle', () => {
      if (kit.open) loading ??= import('./newsletter-kit.ts').then((m) => m.openNewsletterKit(kit));
    });
  }
}
