/**
 * The text a reader of a built page reads in the page's own language: the body without
 * scripts, styles and anything marked as another language (the letter's Dutch words, a
 * Dutch term in brackets). Read from the parsed page, not matched with patterns.
 */
import { isTag, isText, type AnyNode, type Document } from 'domhandler';
import { selectOne } from '../html.ts';

const skipped = new Set(['script', 'style', 'template']);
const primary = (lang: string) => lang.split('-')[0];

export function textInPageLanguage(document: Document): string {
  const pageLang = primary(selectOne('html', document)?.attribs['lang'] ?? '');
  const body = selectOne('body', document);
  const parts: string[] = [];
  const walk = (node: AnyNode) => {
    if (isText(node)) parts.push(node.data);
    if (!isTag(node)) return;
    const lang = node.attribs['lang'];
    if (skipped.has(node.name) || (lang !== undefined && primary(lang) !== pageLang)) return;
    for (const child of node.children) walk(child);
  };
  if (body) walk(body);
  return parts.join(' ').replace(/\s+/g, ' ');
}
