/**
 * The boundary between the outbox and a transport. `src/` renders a message;
 * the transport (bot/createTelegramSender.ts) delivers it and reports the
 * outcome in this shape, so the worker never sees a Telegram error class.
 */
export interface OutgoingButton {
  text: string;
  /** Signed callback data (see src/conversation/buttonCodec.ts). */
  data: string;
}

export interface RenderedMessage {
  /** Telegram HTML: every value from data is escaped. */
  text: string;
  buttons?: OutgoingButton[][];
  /** Sent as a reply to this message of the same chat (a follow-up under its ticket), if it still exists. */
  replyToMessageId?: number;
}

export interface OutgoingMessage extends RenderedMessage {
  chatId: number;
  /** The outbox row, for logs and for transports that care (escalation announcements). */
  outboxId: number;
  kind: string;
}

export type SendResult =
  | { ok: true; messageId: number }
  | {
      ok: false;
      /** Telegram's 429 `parameters.retry_after`. */
      retryAfterSeconds?: number;
      /** Blocked, chat not found, user deactivated, bad request: retrying cannot help. */
      permanent: boolean;
      description: string;
    };

export type SendNotification = (message: OutgoingMessage) => Promise<SendResult>;
