import { words } from '../i18n/catalogue.ts';
import type { staffConsole } from '../i18n/zh/console.ts';

/** The console speaks Chinese (default) or English; staff switch with one button. */
export type ConsoleLang = 'zh' | 'en';
export type ConsoleWords = typeof staffConsole;

/** The console's words: the catalogue's console area (src/i18n/<lang>/console.ts). */
export function consoleWords(lang: ConsoleLang): ConsoleWords {
  return words(lang).console;
}

export const isConsoleLang = (v: unknown): v is ConsoleLang => v === 'zh' || v === 'en';
