import { Composer } from 'grammy';
import type { BotContext } from '../BotContext.ts';
import { words } from '../../src/i18n/catalogue.ts';
import { parentLocale } from '../parentLocale.ts';
import { parentWords } from '../render/parentWords.ts';
import { staffOnly } from '../staffOnly.ts';
import { sendHelp } from './help.ts';

/**
 * Installed last: whatever no feature took. Parents get a short pointer in
 * the language they write in; groups and channels stay quiet (commands from
 * non-staff get a polite refusal); nothing is left unanswered that shows a spinner.
 */
export const unknownFeature = new Composer<BotContext>();

unknownFeature.on('callback_query', async (ctx) => {
  await ctx.answerCallbackQuery();
});

unknownFeature.on(['channel_post', 'edited_channel_post'], (ctx) => {
  ctx.log.debug('channel post ignored');
});

const priv = unknownFeature.chatType('private');

priv.on('edited_message', async (ctx) => {
  await ctx.reply(parentWords(await parentLocale(ctx))((w) => w.edited));
});

priv.on('message', async (ctx) => {
  if (ctx.message.text?.startsWith('/')) {
    // An unknown command: say so, and show what exists.
    await sendHelp(
      ctx,
      parentWords(await parentLocale(ctx))((w) => w.unknownCommand),
    );
    return;
  }
  ctx.log.info(
    {
      kind: Object.keys(ctx.message)
        .filter((k) => !['message_id', 'from', 'chat', 'date'].includes(k))
        .slice(0, 3),
    },
    'unsupported message',
  );
  await ctx.reply(parentWords(await parentLocale(ctx))((w) => w.unsupported));
});

unknownFeature.chatType(['group', 'supergroup']).on('message:text', async (ctx) => {
  if (!ctx.message.text.startsWith('/')) return;
  // Commands meant for another bot in the group are not ours to refuse.
  const target = /^\/\w+@(\w+)/.exec(ctx.message.text)?.[1];
  if (target && target.toLowerCase() !== ctx.me.username.toLowerCase()) return;
  if (await staffOnly(ctx)) await ctx.reply(`${words('zh').bot.groupUsePrivate} ${words('en').bot.groupUsePrivate}`);
});

unknownFeature.use((ctx) => {
  ctx.log.debug({ kinds: Object.keys(ctx.update).filter((k) => k !== 'update_id') }, 'update ignored');
});
