import type { Lang } from '../src/domain/serviceKinds.ts';
import type { BotContext } from './BotContext.ts';
import { hintLang } from './hintLang.ts';

/**
 * The language for the transport's own words: the one the parent last wrote
 * in (stored by the core), else Telegram's language_code.
 */
export async function parentLang(ctx: BotContext): Promise<Lang> {
  const id = ctx.from?.id;
  if (id !== undefined) {
    const r = await ctx.app.db.pool.query<{ language: Lang }>('SELECT language FROM parents WHERE id = $1', [id]);
    if (r.rows[0]) return r.rows[0].language;
  }
  return hintLang(ctx.from?.language_code);
}
