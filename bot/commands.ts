import type { BotCommand } from 'grammy/types';
import { words } from '../src/i18n/catalogue.ts';
import { LANGUAGES, type Lang } from '../src/i18n/languages.ts';

/** A command menu from the catalogue's words, in the catalogue's order. */
const menu = (described: Record<string, string>): BotCommand[] => Object.entries(described).map(([command, description]) => ({ command, description }));

/** The parents' command menu, registered with setMyCommands for each language. */
export const PARENT_COMMANDS = Object.fromEntries(LANGUAGES.map((l) => [l, menu(words(l).bot.commands)])) as Record<Lang, BotCommand[]>;

/** Shown in the staff group only (the staff words: Chinese with English). */
export const STAFF_COMMANDS: BotCommand[] = menu(words('zh').staff.commands);
