import { Composer } from 'grammy';
import type { BotApp } from '../BotApp.ts';
import type { BotContext } from '../BotContext.ts';
import { createConsoleSignIn, type ConsoleSignIn } from '../../src/console/ConsoleSignIn.ts';
import { consoleWords } from '../../src/console/consoleWords.ts';
import { hintLang } from '../hintLang.ts';
import { isUndeliverable } from '../middlewares/handleBotError.ts';
import { staffOnly } from '../staffOnly.ts';

/** How long a sign-in link works (ConsoleSignIn's default). */
const LINK_MINUTES = 10;

const signIns = new WeakMap<BotApp, ConsoleSignIn>();
/** One sign-in service per app, from the app's own pool, clock and console settings; null when the console has no secret. */
function signInFor(app: BotApp): ConsoleSignIn | null {
  const secret = app.config.console.sessionSecret;
  if (!secret) return null;
  let s = signIns.get(app);
  if (!s) {
    s = createConsoleSignIn({ pool: app.db.pool, clock: app.clock, baseUrl: app.config.console.baseUrl, secret, linkMinutes: LINK_MINUTES });
    signIns.set(app, s);
  }
  return s;
}

/**
 * /console: a staff member gets a one-time sign-in link to the staff console,
 * always in their private chat with the bot (never in the group, where
 * someone else could open it first). Non-staff get only the usual refusal.
 */
export const consoleFeature = new Composer<BotContext>();

consoleFeature.command('console', async (ctx) => {
  const staff = await staffOnly(ctx);
  if (!staff) return;
  const w = consoleWords(hintLang(ctx.from?.language_code)).bot;
  const signIn = signInFor(ctx.app);
  if (!signIn) {
    await ctx.reply(w.notConfigured);
    return;
  }
  const link = await signIn.createLink(staff.telegramUserId);
  const text = w.link(link.url, LINK_MINUTES);
  // No preview: Telegram would fetch the link (harmless, a GET never uses it, but it is nobody else's business).
  const quiet = { link_preview_options: { is_disabled: true } };
  if (ctx.chat?.type === 'private') {
    await ctx.reply(text, quiet);
  } else {
    try {
      await ctx.api.sendMessage(staff.telegramUserId, text, quiet);
      await ctx.reply(w.sentPrivately, { reply_parameters: { message_id: ctx.msg!.message_id, allow_sending_without_reply: true } });
    } catch (err) {
      if (!isUndeliverable(err)) throw err;
      await ctx.reply(w.openPrivateChat, { reply_parameters: { message_id: ctx.msg!.message_id, allow_sending_without_reply: true } });
    }
  }
  // The link is a secret and the id personal: neither is logged.
  ctx.log.info('console sign-in link sent');
});
