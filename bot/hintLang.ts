import type { Lang, Locale } from '../src/i18n/languages.ts';

/** Telegram's language_code as our language: zh* is Chinese, anything else English. */
export function hintLang(languageCode: string | undefined): Lang {
  return languageCode?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Telegram's language_code as a locale (Traditional for zh-Hant, zh-TW, zh-HK, zh-MO): only until the parent writes. */
export function hintLocale(languageCode: string | undefined): Locale {
  const code = languageCode?.toLowerCase() ?? '';
  if (/^zh[-_](hant|tw|hk|mo)/.test(code)) return 'zh-Hant';
  return hintLang(code);
}
