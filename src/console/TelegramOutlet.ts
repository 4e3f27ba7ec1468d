/**
 * What the console needs from Telegram to keep tickets in step with the staff
 * group: send a message to a family, and edit the ticket message in the group.
 * The entry point passes grammY's Api (bot token, TELEGRAM_API_ROOT); without
 * a token the console has none and refuses actions that must tell a family.
 * src/ never imports grammY: this is the shape it needs.
 */
export interface TelegramOutlet {
  sendMessage(chatId: number, text: string, other?: { parse_mode?: 'HTML'; link_preview_options?: { is_disabled?: boolean } }): Promise<{ message_id: number }>;
  editMessageText(
    chatId: number,
    messageId: number,
    text: string,
    other?: {
      parse_mode?: 'HTML';
      reply_markup?: { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> };
      link_preview_options?: { is_disabled?: boolean };
    },
  ): Promise<unknown>;
}

/** Telegram's answer when a family blocked the bot or deleted their account (the bot's isUndeliverable). */
export function isUndeliverable(err: unknown): boolean {
  const e = err as { error_code?: number; description?: string };
  return e?.error_code === 403 || (e?.error_code === 400 && /chat not found|user is deactivated/i.test(e.description ?? ''));
}
