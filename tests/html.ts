/**
 * HTML and XML as the tests read them: parsed with htmlparser2, queried with css-select (typed
 * for htmlparser2's nodes, as css-select cannot infer the element type from a Document).
 */
import { is as cssIs, selectAll as cssSelectAll, selectOne as cssSelectOne } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { getAttributeValue, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';

type Root = AnyNode | AnyNode[];
export const selectAll = (query: string, root: Root): Element[] => cssSelectAll<AnyNode, Element>(query, root);
export const selectOne = (query: string, root: Root): Element | null => cssSelectOne<AnyNode, Element>(query, root);
export const is = (element: Element, query: string): boolean => cssIs<AnyNode, Element>(element, query);
export const attr = (element: Element, name: string) => getAttributeValue(element, name);
/** Text with runs of white space as one space, as a reader sees it. */
export const normalized = (text: string) => text.replace(/\s+/g, ' ').trim();

export { parseDocument, textContent };
