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

/** An action's short code from the registry (src/conversation/actions/registry.ts). */
export type ButtonAction = string;

export interface DecodedButton {
  action: ButtonAction;
  args: string[];
}

export type ButtonDecodeResult = { ok: true; button: DecodedButton } | { ok: false; reason: 'malformed' | 'version' | 'signature' };

function sign(secret: string, userId: number, body: string): string {
  return createHmac('sha256', secret).update(`${userId}|${body}`).digest('base64url').slice(0, 8);
}

export function createButtonCodec(secret: string) {
  return {
    encode(userId: number, action: ButtonAction, ...args: Array<string | number>): string {
      if (!/^[a-z]{1,3}$/.test(action)) throw new Error(`button code "${action}" is not allowed`);
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
      if (!action || !/^[a-z]{1,3}$/.test(action)) return { ok: false, reason: 'malformed' };
      const expected = Buffer.from(sign(secret, userId, body));
      // Compare bytes, not characters: a forged multibyte signature must be refused, not crash.
      const given = Buffer.from(sig);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return { ok: false, reason: 'signature' };
      }
      return { ok: true, button: { action: action as ButtonAction, args } };
    },
  };
}

export type ButtonCodec = ReturnType<typeof createButtonCodec>;
