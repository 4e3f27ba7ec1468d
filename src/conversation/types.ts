import type { Lang, Locale } from '../i18n/languages.ts';

/** One thing a parent did: typed text, shared a location, or pressed a button. */
export interface TurnInput {
  /** Telegram user id (the parent's identity comes from the transport only). */
  userId: number;
  /** Display name from the transport, if known. */
  name?: string;
  now: Date;
  text?: string;
  location?: { latitude: number; longitude: number };
  /** Data of a button from an earlier answer. */
  button?: string;
  /** Language the transport suggests (Telegram's language_code), used until the parent writes. */
  languageHint?: Lang;
}

export interface Button {
  text: string;
  data: string;
}

export interface ToolCallRecord {
  name: string;
  args: unknown;
  ok: boolean;
  result?: unknown;
  error?: { code: string; message: string };
}

export interface Citation {
  title: string;
  source: string;
  docId?: string;
  heading?: string;
}

/** A place to show on a map (Telegram venue). */
export interface Venue {
  latitude: number;
  longitude: number;
  title: string;
  address: string;
}

export interface TurnOutput {
  /** The language of the answer (its words, its knowledge documents). */
  lang: Lang;
  /** What the parent reads: zh-Hant for parents who write Traditional. */
  locale: Locale;
  reply: string;
  buttons: Button[][];
  tools: ToolCallRecord[];
  citations: Citation[];
  escalated: boolean;
  escalationId?: number;
  venue?: Venue;
  /** Ask the transport to offer a "share location" keyboard. */
  requestLocation?: boolean;
  /** The parent's ticket is being handled by a person; transports forward instead of answering. */
  handledByStaff?: boolean;
  /** A medical red flag: staff must see this message marked urgent. */
  urgent?: boolean;
}

/** The one conversation core every transport calls. */
export interface ConversationCore {
  handleTurn(input: TurnInput): Promise<TurnOutput>;
}
