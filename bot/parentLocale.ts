import { isLocale, type Locale } from '../src/i18n/languages.ts';
import type { BotContext } from './BotContext.ts';
import { hintLocale } from './hintLang.ts';

/**
 * The locale for the transport's own words: the language and script the
 * parent last wrote in (the core stores it on the parent), else Telegram's
 * app language for someone who has not written yet.
 */
export async function parentLocale(ctx: BotContext): Promise<Locale> {
  const id = ctx.from?.id;
  if (id !== undefined) {
    const parent = await ctx.app.booking.getParent(id);
    if (parent && isLocale(parent.language)) return parent.language;
  }
  return hintLocale(ctx.from?.language_code);
}
