import { words } from '../../src/i18n/catalogue.ts';
import { inLocale, type Locale } from '../../src/i18n/languages.ts';

type BotWords = ReturnType<typeof words>['bot'];

/**
 * The transport's words for a parent, in their language and script: pick a
 * text from the catalogue's bot area, get it back as they read it
 * (Traditional for zh-Hant).
 */
export function parentWords(locale: Locale) {
  const w = words(locale).bot;
  return <T extends string>(pick: (w: BotWords) => T): string => inLocale(locale, pick(w));
}
