/**
 * The quick exit (src/components/QuickExit.astro): the link, or Shift pressed three times in a
 * row within five seconds, hides the page at once and replaces this page in the history with a
 * neutral one.
 */
const presses = 3;
const within = 5000;

export function enableQuickExit(root: HTMLElement): void {
  const link = root.querySelector<HTMLAnchorElement>('[data-quick-exit-link]');
  const status = root.querySelector<HTMLElement>('[data-quick-exit-status]');
  if (!link || !status) return;
  const leave = () => {
    status.textContent = link.dataset['leaving'] ?? '';
    document.body.hidden = true;
    location.replace(link.href);
  };
  link.addEventListener('click', (event) => {
    event.preventDefault();
    leave();
  });
  let count = 0;
  let reset: ReturnType<typeof setTimeout> | undefined;
  document.addEventListener('keyup', (event) => {
    if (event.key !== 'Shift') {
      count = 0;
      return;
    }
    count += 1;
    clearTimeout(reset);
    reset = setTimeout(() => (count = 0), within);
    if (count >= presses) leave();
  });
}
