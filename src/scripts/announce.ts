/** Says a message through the page's polite live region (#annonces, in BaseLayout). */
export function announce(message: string): void {
  const region = document.getElementById('annonces');
  if (!region) return;
  region.textContent = '';
  // A fresh text node makes screen readers announce the same message twice in a row.
  setTimeout(() => (region.textContent = message), 50);
}
