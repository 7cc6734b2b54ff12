/**
 * Every citable block of the letter in a page's HTML (see `letter-ids.ts`) becomes a Pagefind
 * sub-result, titled by its own id: the search page turns the id into words in the reader's
 * language ('Conclusion 5: response, paragraph 2'), with `blockWords`.
 */
import { isCitable, parseLetterId } from '../letter/letter-ids.ts';

export function titleLetterBlocks(html: string): string {
  return html.replace(/<(p|li|table)\b([^>]*?)\sid="([^"]+)"/g, (tag, name: string, attrs: string, id: string) =>
    isCitable(parseLetterId(id)) ? `<${name}${attrs} id="${id}" data-pagefind-title="${id}"` : tag,
  );
}
