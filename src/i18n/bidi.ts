/**
 * Left-to-right text inside a right-to-left page, kept readable.
 *
 * The Unicode bidirectional algorithm shows a Dutch name, a phone number or a web address inside
 * Arabic text in a wrong order where it has spaces or digits: '0800 5151' reads '5151 0800', and
 * 'Wet inburgering 2021' reads '2021 Wet inburgering'. For the pages of a right-to-left locale,
 * the build therefore
 * - gives every element marked as another, left-to-right language (`lang="nl"`: a quotation of
 *   the letter, an organiser's name, a language's name) `dir="ltr"`, and
 * - isolates each run of Latin letters, and each number with spaces in it, in `<bdi>`, so it is
 *   shown left to right as one piece wherever it stands.
 *
 * Only what is needed is inserted; the rest of the HTML is kept byte for byte. Text of scripts,
 * styles, SVG, `<title>` and form options cannot hold elements and is left as it is.
 *
 * @example
 * isolateLeftToRight('<p>اتصل بـ 0800 5151</p>', ['ar'])
 * // '<p>اتصل بـ <bdi>0800 5151</bdi></p>'
 */
import { Parser } from 'htmlparser2';
import { leftToRightRuns } from './bidi-runs.ts';

/** Elements whose text cannot hold a `<bdi>`. */
const noChildElements = new Set(['script', 'style', 'svg', 'title', 'textarea', 'option', 'bdi', 'code', 'pre']);

interface Open {
  name: string;
  /** Its text is already shown left to right (it, or an element around it, has `dir="ltr"` or a left-to-right language). */
  ltr: boolean;
  skip: boolean;
}

export function isolateLeftToRight(html: string, rtlTags: readonly string[]): string {
  const insertions: { at: number; text: string }[] = [];
  const stack: Open[] = [];
  const isRtl = (lang: string) => rtlTags.includes(lang.toLowerCase().split('-')[0] ?? '');
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const parent = stack.at(-1);
        let ltr = parent?.ltr ?? false;
        const lang = attributes['lang'];
        if (attributes['dir'] !== undefined) ltr = attributes['dir'] === 'ltr';
        else if (lang !== undefined && lang !== '') {
          ltr = !isRtl(lang);
          // Insert before '>' (or '/>') of the start tag; SVG has no dir attribute (its pictures set `direction`).
          if (ltr && parent && !parent.skip && name !== 'svg') {
            const end = parser.endIndex;
            insertions.push({ at: html[end - 1] === '/' ? end - 1 : end, text: ' dir="ltr"' });
          }
        }
        stack.push({ name, ltr, skip: (parent?.skip ?? false) || noChildElements.has(name) });
      },
      onclosetag() {
        stack.pop();
      },
      ontext(text) {
        const current = stack.at(-1);
        if (!current || current.ltr || current.skip) return;
        const start = parser.startIndex;
        for (const r of leftToRightRuns(text)) {
          insertions.push({ at: start + r.index, text: '<bdi>' });
          insertions.push({ at: start + r.index + r.length, text: '</bdi>' });
        }
      },
    },
    { decodeEntities: false, lowerCaseTags: true },
  );
  parser.end(html);
  // The parser reports in document order; sorting (stable) makes the splice below rely on nothing else.
  insertions.sort((a, b) => a.at - b.at);
  const pieces: string[] = [];
  let from = 0;
  for (const { at, text } of insertions) {
    pieces.push(html.slice(from, at), text);
    from = at;
  }
  pieces.push(html.slice(from));
  return pieces.join('');
}
