import type { Api, RawApi } from 'grammy';
import type { InlineKeyboardMarkup, Message, ReplyKeyboardMarkup } from 'grammy/types';
import type { Button, TurnOutput } from '../../src/conversation/types.ts';
import type { Logger } from '../../src/logging/createLogger.ts';
import { parentWords } from './parentWords.ts';
import { escapeHtml } from '../../src/notifications/escapeHtml.ts';
import { splitMessage } from './splitMessage.ts';

export function inlineKeyboard(buttons: Button[][]): InlineKeyboardMarkup {
  return {
    inline_keyboard: buttons.filter((row) => row.length > 0).map((row) => row.map((b) => ({ text: b.text, callback_data: b.data }))),
  };
}

export function locationKeyboard(locale: TurnOutput['locale']): ReplyKeyboardMarkup {
  return {
    keyboard: [[{ text: parentWords(locale)((w) => w.shareLocationButton), request_location: true }]],
    resize_keyboard: true,
    one_time_keyboard: true,
  };
}

/** The reply as Telegram HTML: escaped text, plus the sources if the core did not already name them. */
export function formatReply(out: TurnOutput): string {
  let html = escapeHtml(out.reply.trim());
  const unnamed = out.citations.filter((c) => !out.reply.includes(c.title));
  if (unnamed.length > 0) {
    const label = parentWords(out.locale)((w) => w.sources);
    html += `\n\n<i>${escapeHtml(label + unnamed.map((c) => c.title).join('；'))}</i>`;
  }
  return html;
}

/**
 * Turns one core answer into Telegram messages: short HTML text with the
 * inline buttons on its last part, a location keyboard when asked, and a
 * venue pin for the chosen point. The pin is an extra: when it fails the
 * answer (say, "booked") stands and the failure is only logged.
 */
export async function sendTurnOutput(api: Api<RawApi>, chatId: number, out: TurnOutput, log?: Pick<Logger, 'warn'>): Promise<Message[]> {
  const sent: Message[] = [];
  const hasButtons = out.buttons.some((row) => row.length > 0);
  const html = formatReply(out);
  if (html.length > 0) {
    const parts = splitMessage(html);
    for (let i = 0; i < parts.length; i++) {
      const last = i === parts.length - 1;
      const reply_markup = !last ? undefined : hasButtons ? inlineKeyboard(out.buttons) : out.requestLocation ? locationKeyboard(out.locale) : undefined;
      sent.push(
        await api.sendMessage(chatId, parts[i]!, {
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: true },
          ...(reply_markup ? { reply_markup } : {}),
        }),
      );
    }
  } else if (hasButtons) {
    sent.push(await api.sendMessage(chatId, '👇', { reply_markup: inlineKeyboard(out.buttons) }));
  }
  // A message carries one keyboard: when the answer has inline buttons, the
  // location button needs a message of its own.
  if (out.requestLocation && (hasButtons || html.length === 0)) {
    sent.push(
      await api.sendMessage(chatId, escapeHtml(parentWords(out.locale)((w) => w.shareLocationHint)), {
        parse_mode: 'HTML',
        reply_markup: locationKeyboard(out.locale),
      }),
    );
  }
  if (out.venue) {
    try {
      sent.push(await api.sendVenue(chatId, out.venue.latitude, out.venue.longitude, out.venue.title, out.venue.address));
    } catch (err) {
      log?.warn({ err: (err as Error).message }, 'venue pin could not be sent (the answer was)');
    }
  }
  return sent;
}
