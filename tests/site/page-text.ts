/**
 * The text a reader of a built page reads in the page's own language: the body without
 * scripts, styles and anything marked as another language (the letter's Dutch words, a
 * Dutch term in brackets). Parsed with htmlparser2, not matched with patterns.
 */
import { Parser } from 'htmlparser2';

export function textInPageLanguage(html: string): string {
  let pageLang = '';
  let inBody = false;
  // The element stack: for each open element, whether its text counts.
  const counts: boolean[] = [];
  const parts: string[] = [];
  const voids = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'html') pageLang = attributes['lang'] ?? '';
        if (name === 'body') inBody = true;
        if (voids.has(name)) return;
        const parent = counts.at(-1) ?? true;
        const lang = attributes['lang'];
        const foreign = lang !== undefined && lang.split('-')[0] !== pageLang.split('-')[0];
        counts.push(parent && !foreign && name !== 'script' && name !== 'style' && name !== 'template');
      },
      ontext(text) {
        if (inBody && (counts.at(-1) ?? true)) parts.push(text);
      },
      onclosetag(name) {
        if (!voids.has(name)) counts.pop();
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return parts.join(' ').replace(/\s+/g, ' ');
}
