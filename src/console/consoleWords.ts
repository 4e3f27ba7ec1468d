import { staffConsole as en } from '../i18n/en/console.ts';
import { staffConsole as zh } from '../i18n/zh/console.ts';

/** The console speaks Chinese (default) or English; staff switch with one button. */
export type ConsoleLang = 'zh' | 'en';
export type ConsoleWords = typeof zh;

export function consoleWords(lang: ConsoleLang): ConsoleWords {
  return lang === 'en' ? en : zh;
}

export const isConsoleLang = (v: unknown): v is ConsoleLang => v === 'zh' || v === 'en';
