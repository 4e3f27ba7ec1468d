import { detectScript, toTraditional, type ChineseScript } from '../text/chineseScript.ts';

/**
 * The languages the assistant speaks: one list. Each has a catalogue of words
 * (src/i18n/<lang>/), a language-understanding lexicon (src/nlu/lexicon/) and
 * knowledge documents (knowledge/<lang>/).
 */
export const LANGUAGES = ['zh', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

/**
 * What a parent reads: a language, and for Chinese the script they write in.
 * Families from Taiwan write Traditional; they get Traditional back (Taiwan
 * phrasing) from the same Simplified catalogue and documents.
 */
export const LOCALES = ['zh', 'zh-Hant', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLang(v: unknown): v is Lang {
  return (LANGUAGES as readonly unknown[]).includes(v);
}

export function isLocale(v: unknown): v is Locale {
  return (LOCALES as readonly unknown[]).includes(v);
}

/** The language whose words, lexicon and documents serve a locale. */
export function languageOf(locale: Locale | Lang): Lang {
  return locale === 'en' ? 'en' : 'zh';
}

/** The locale for a language and, for Chinese, a script. */
export function localeOf(lang: Lang, script?: ChineseScript): Locale {
  return lang === 'zh' && script === 'Hant' ? 'zh-Hant' : lang;
}

/** The locale a Chinese message is written in, keeping the previous one when the text does not tell. */
export function chineseLocaleOf(text: string, previous?: Locale): Locale {
  const script = detectScript(text);
  if (script === 'Hant') return 'zh-Hant';
  if (script === 'Hans') return 'zh';
  return previous === 'zh-Hant' ? 'zh-Hant' : 'zh';
}

/** Text composed in the locale's language, as the parent reads it (Traditional for zh-Hant). */
export function inLocale(locale: Locale, text: string): string {
  return locale === 'zh-Hant' ? toTraditional(text) : text;
}
