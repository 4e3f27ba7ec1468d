import type { Lang } from '../src/domain/serviceKinds.ts';

/** Telegram's language_code as our language: zh* is Chinese, anything else English. */
export function hintLang(languageCode: string | undefined): Lang {
  return languageCode?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
