import type { Lang } from '../../domain/serviceKinds.ts';

/** Picks the parent's language. Keeps both wordings side by side where they are written. */
export function say(lang: Lang, zh: string, en: string): string {
  return lang === 'zh' ? zh : en;
}
