import { createHmac } from 'node:crypto';

/**
 * A stable tag for a user or chat id, so logs can be correlated without
 * personal data: a keyed HMAC (config LOG_HASH_SECRET, else BUTTON_SECRET),
 * 80 bits. Unkeyed, a Telegram id (about 10 digits) could be found again by
 * hashing every candidate; without the key it cannot.
 */
export function maskId(secret: string, id: number | undefined): string | undefined {
  if (id === undefined) return undefined;
  return createHmac('sha256', secret).update(`telegram-id:${id}`).digest('hex').slice(0, 20);
}
