import { zh } from './zh/index.ts';
import { en } from './en/index.ts';
import { languageOf, type Lang, type Locale } from './languages.ts';

/** The shape every language's catalogue has: Chinese is the reference. */
export type Catalogue = typeof zh;

const CATALOGUES: Record<Lang, Catalogue> = { zh, en };

/** The words of a language (a locale's language: zh-Hant reads zh, converted at the output). */
export function words(lang: Lang | Locale): Catalogue {
  return CATALOGUES[languageOf(lang)];
}
