/** The versioned query set (queries.yaml), read by its test and by the benchmarks. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { LocaleCode } from '../../src/i18n/locales.ts';

export interface Query {
  locale: LocaleCode;
  query: string;
  expect: string;
  within?: number;
  anchor?: string;
}

export const querySet: Query[] = parse(readFileSync(new URL('queries.yaml', import.meta.url), 'utf8'));
