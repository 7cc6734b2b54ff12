import type { ConsoleMessage, Page, Request, Response } from '@playwright/test';

/**
 * Watches a page for what a reader's browser would complain about or leak: console errors,
 * Content Security Policy violations, script errors, requests to other hosts, cookies set.
 * Returns the list it fills, which a test expects empty at the end, and a way to stop
 * watching, for a page that goes on to the next test.
 */
export function watch(page: Page): { problems: string[]; stop: () => void } {
  const problems: string[] = [];
  const onConsole = (m: ConsoleMessage) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
  };
  const onError = (e: Error) => problems.push(`page error: ${e.message}`);
  const onRequest = (r: Request) => {
    if (!['localhost', '127.0.0.1'].includes(new URL(r.url()).hostname)) problems.push(`request off this machine: ${r.url()}`);
  };
  const onResponse = async (r: Response) => {
    if ((await r.allHeaders())['set-cookie']) problems.push(`cookie set by ${r.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onError);
  page.on('request', onRequest);
  page.on('response', onResponse);
  const stop = () => {
    page.off('console', onConsole);
    page.off('pageerror', onError);
    page.off('request', onRequest);
    page.off('response', onResponse);
  };
  return { problems, stop };
}
