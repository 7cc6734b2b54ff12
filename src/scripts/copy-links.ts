/**
 * With JavaScript, a 'link to this' copies the full address of its item instead of only
 * jumping to it, and a 'copy' button copies a ready citation; the page says what was
 * copied in a status region, which screen readers announce. Without a clipboard (an
 * insecure origin, a refusal) the link does what it always does: go to the anchor.
 */
export function enableCopyLinks(): void {
  if (!navigator.clipboard || !document.querySelector('a[data-permalink], [data-copy-target]')) return;
  // The status region exists before anything is copied, so screen readers announce the change.
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.className = 'fixed bottom-4 start-4 z-10 max-w-[90vw] bg-ink p-3 text-page empty:sr-only';
  document.body.append(status);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const say = (message: string) => {
    status.textContent = message;
    clearTimeout(timer);
    timer = setTimeout(() => (status.textContent = ''), 5000);
  };

  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-target]')) button.hidden = false;

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const link = target?.closest<HTMLAnchorElement>('a[data-permalink]');
    const button = target?.closest<HTMLButtonElement>('[data-copy-target]');
    if (link) {
      event.preventDefault();
      const url = new URL(link.getAttribute('href') ?? '', location.href).href;
      navigator.clipboard.writeText(url).then(
        () => {
          history.replaceState(null, '', url);
          say(`${document.body.dataset['linkCopied']}: ${url}`);
        },
        () => location.assign(url),
      );
    } else if (button) {
      const text =
        document
          .getElementById(button.dataset['copyTarget'] ?? '')
          ?.textContent?.replace(/\s+/g, ' ')
          .trim() ?? '';
      void navigator.clipboard.writeText(text).then(() => say(button.dataset['copied'] ?? ''));
    }
  });
}
