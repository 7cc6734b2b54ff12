import type { Page } from '@playwright/test';

/**
 * Watches a page for what a reader's browser would complain about or leak: console errors,
 * Content Security Policy violations, script errors, requests to other hosts, cookies set.
 * Returns the list it fills; a test expects it empty at the end.
 */
export function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (!['localhost', '127.0.0.1'].includes(new URL(r.url()).hostname)) problems.push(`request off this machine: ${r.url()}`);
  });
  page.on('response', async (r) => {
    if ((await r.allHeaders())['set-cookie']) problems.push(`cookie set by ${r.url()}`);
  });
  return problems;
}
