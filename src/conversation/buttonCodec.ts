import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Button data: compact, versioned and signed for one user, so it fits
 * Telegram's 64-byte callback_data, and a stale, forged or another parent's
 * button is recognised and refused.
 *
 * Format: `1.<action>.<arg>.<arg>…~<sig>` where sig = 8 base64url chars of
 * HMAC-SHA256(secret, `<userId>|<body>`).
 */
export const BUTTON_VERSION = '1';

export type ButtonAction =
  | 'b' // book session: [sessionId] or [sessionId, childId]
  | 'w' // join waitlist: [sessionId, childId?]
  | 'c' // cancel booking (ask to confirm): [bookingId]
  | 'cy' // cancel confirmed: [bookingId]
  | 'oa' // accept waitlist offer: [entryId]
  | 'od' // decline waitlist offer: [entryId]
  | 'k' // keep booking (reminder): [bookingId]
  | 'm' // more results: [offset]
  | 'nw' // next weekend
  | 'mb' // my bookings
  | 'ch' // my children
  | 'rc' // register a child
  | 'sf' // find places (start)
  | 'loc' // share location prompt
  | 'hu' // talk to a person
  | 'esc' // escalate the last question: []
  | 'lg' // switch language: ['zh'|'en']
  | 'cs' // consent given
  | 'fy' // forget me, confirmed
  | 'q' // suggested question: [index]
  | 'pd' // part of day: ['am'|'pm']
  | 'dd'; // date choice: [YYYYMMDD]

export interface DecodedButton {
  action: ButtonAction;
  args: string[];
}

export type ButtonDecodeResult =
  | { ok: true; button: DecodedButton }
  | { ok: false; reason: 'malformed' | 'version' | 'signature' };

const ACTIONS = new Set<string>(['b', 'w', 'c', 'cy', 'oa', 'od', 'k', 'm', 'nw', 'mb', 'ch', 'rc', 'sf', 'loc', 'hu', 'esc', 'lg', 'cs', 'fy', 'q', 'pd', 'dd']);

function sign(secret: string, userId: number, body: string): string {
  return createHmac('sha256', secret).update(`${userId}|${body}`).digest('base64url').slice(0, 8);
}

export function createButtonCodec(secret: string) {
  return {
    encode(userId: number, action: ButtonAction, ...args: Array<string | number>): string {
      for (const a of args) {
        if (!/^[A-Za-z0-9_-]*$/.test(String(a))) throw new Error(`button argument "${a}" has characters that are not allowed`);
      }
      const body = [BUTTON_VERSION, action, ...args.map(String)].join('.');
      const data = `${body}~${sign(secret, userId, body)}`;
      if (Buffer.byteLength(data) > 64) throw new Error(`button data too long: ${data}`);
      return data;
    },
    decode(userId: number, data: string): ButtonDecodeResult {
      if (typeof data !== 'string' || data.length > 64) return { ok: false, reason: 'malformed' };
      const tilde = data.lastIndexOf('~');
      if (tilde < 0) return { ok: false, reason: 'malformed' };
      const body = data.slice(0, tilde);
      const sig = data.slice(tilde + 1);
      const [version, action, ...args] = body.split('.');
      if (version !== BUTTON_VERSION) return { ok: false, reason: 'version' };
      if (!action || !ACTIONS.has(action)) return { ok: false, reason: 'malformed' };
      const expected = sign(secret, userId, body);
      if (sig.length !== expected.length || !timingSafeEqual(Buffer.from(sig), Buffer.from(expected))) {
        return { ok: false, reason: 'signature' };
      }
      return { ok: true, button: { action: action as ButtonAction, args } };
    },
  };
}

export type ButtonCodec = ReturnType<typeof createButtonCodec>;
