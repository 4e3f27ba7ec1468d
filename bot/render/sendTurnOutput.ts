import type { Api, RawApi } from 'grammy';
import type { InlineKeyboardMarkup, Message, ReplyKeyboardMarkup } from 'grammy/types';
import type { Button, TurnOutput } from '../../src/conversation/types.ts';
import { BOT_TEXTS } from '../i18n/botTexts.ts';
import { escapeHtml } from './escapeHtml.ts';
import { splitMessage } from './splitMessage.ts';

export function inlineKeyboard(buttons: Button[][]): InlineKeyboardMarkup {
  return {
    inline_keyboard: buttons
      .filter((row) => row.length > 0)
      .map((row) => row.map((b) => ({ text: b.text, callback_data: b.data }))),
  };
}

export function locationKeyboard(lang: TurnOutput['lang']): ReplyKeyboardMarkup {
  return {
    keyboard: [[{ text: BOT_TEXTS.shareLocationButton[lang], request_location: true }]],
    resize_keyboard: true,
    one_time_keyboard: true,
  };
}

/** The reply as Telegram HTML: escaped text, plus the sources if the core did not already name them. */
export function formatReply(out: TurnOutput): string {
  let html = escapeHtml(out.reply.trim());
  const unnamed = out.citations.filter((c) => !out.reply.includes(c.title));
  if (unnamed.length > 0) {
    const label = out.lang === 'zh' ? '来源：' : 'Sources: ';
    html += `\n\n<i>${escapeHtml(label + unnamed.map((c) => c.title).join('；'))}</i>`;
  }
  return html;
}

/**
 * Turns one core answer into Telegram messages: short HTML text with the
 * inline buttons on its last part, a location keyboard when asked, and a
 * venue pin for the chosen point.
 */
export async function sendTurnOutput(api: Api<RawApi>, chatId: number, out: TurnOutput): Promise<Message[]> {
  const sent: Message[] = [];
  const hasButtons = out.buttons.some((row) => row.length > 0);
  const html = formatReply(out);
  if (html.length > 0) {
    const parts = splitMessage(html);
    for (let i = 0; i < parts.length; i++) {
      const last = i === parts.length - 1;
      const reply_markup = !last
        ? undefined
        : hasButtons
          ? inlineKeyboard(out.buttons)
          : out.requestLocation
            ? locationKeyboard(out.lang)
            : undefined;
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
      await api.sendMessage(chatId, escapeHtml(BOT_TEXTS.shareLocationHint[out.lang]), {
        parse_mode: 'HTML',
        reply_markup: locationKeyboard(out.lang),
      }),
    );
  }
  if (out.venue) {
    sent.push(await api.sendVenue(chatId, out.venue.latitude, out.venue.longitude, out.venue.title, out.venue.address));
  }
  return sent;
}
