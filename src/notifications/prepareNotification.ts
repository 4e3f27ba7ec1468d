import type { Config } from '../config/config.ts';
import type { Queryable } from '../db/Queryable.ts';
import { words } from '../i18n/catalogue.ts';
import { inLocale, isLocale, type Locale } from '../i18n/languages.ts';
import type { ButtonAction } from '../conversation/buttonCodec.ts';
import type { NotificationKindDefinition, SkipOutcome } from './kinds/defineKind.ts';
import { NOTIFICATION_KINDS, type KindRegistry } from './kinds/index.ts';
import type { RenderedMessage } from './SendNotification.ts';

/** A queued row as the worker claimed it. */
export interface OutboxRowData {
  id: number;
  chatId: number;
  kind: string;
  payload: unknown;
  language: string | null;
}

/** The language staff messages are written in (the staff catalogue reads Chinese with English). */
export const STAFF_LOCALE: Locale = 'zh';

export type Prepared =
  | { action: 'send'; message: RenderedMessage; def: NotificationKindDefinition<any, any>; payload: unknown }
  | { action: 'skip'; outcome: SkipOutcome; detail: string }
  | { action: 'fail'; detail: string };

export interface PrepareOptions {
  now: Date;
  config: Config;
  /** Signs a parent's buttons (codec.encode bound to their id). */
  sign: (chatId: number, action: ButtonAction, ...args: Array<string | number>) => string;
  kinds?: KindRegistry;
}

/** Traditional for zh-Hant readers: text and button labels, never button data. */
function toLocale(locale: Locale, m: RenderedMessage): RenderedMessage {
  if (locale !== 'zh-Hant') return m;
  return { ...m, text: inLocale(locale, m.text), buttons: m.buttons?.map((row) => row.map((b) => ({ ...b, text: inLocale(locale, b.text) }))) };
}

/**
 * Decides, at send time, whether a queued message still makes sense and what
 * it says, through its kind's module: the payload is checked again, a
 * family's current language and script win (they may have switched since it
 * was queued), and a family that deleted its data gets nothing. Never throws
 * for bad data in a row (a malformed payload is a skip with a record, not a
 * crash loop); database errors propagate (the worker retries).
 */
export async function prepareNotification(db: Queryable, row: OutboxRowData, opts: PrepareOptions): Promise<Prepared> {
  const registry: KindRegistry = opts.kinds ?? NOTIFICATION_KINDS;
  const def = Object.hasOwn(registry, row.kind) ? registry[row.kind] : undefined;
  if (!def) return { action: 'skip', outcome: 'bad_payload', detail: `unknown kind ${row.kind}` };
  const parsed = def.payload.safeParse(row.payload ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { action: 'skip', outcome: 'bad_payload', detail: `${row.kind}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim() };
  }
  let locale: Locale = STAFF_LOCALE;
  if (def.audience === 'parent') {
    if (!Number.isSafeInteger(row.chatId) || row.chatId <= 0) return { action: 'skip', outcome: 'no_chat', detail: `chat ${row.chatId} is not a private chat` };
    const parent = await db.query<{ language: string }>('SELECT language FROM parents WHERE id = $1', [row.chatId]);
    if (!parent.rows[0]) return { action: 'skip', outcome: 'parent_deleted', detail: 'the family deleted their data' };
    const l = parent.rows[0].language;
    locale = isLocale(l) ? l : isLocale(row.language) ? row.language : 'zh';
  }
  const loaded = await def.load({ db, payload: parsed.data, chatId: row.chatId, now: opts.now, config: opts.config });
  if ('skip' in loaded) return { action: 'skip', outcome: loaded.skip, detail: loaded.detail };
  try {
    const message = def.render(loaded.send, {
      locale,
      w: words(locale),
      timeZone: opts.config.timeZone,
      button: def.audience === 'parent' ? (action, ...args) => opts.sign(row.chatId, action, ...args) : undefined,
    });
    return { action: 'send', message: toLocale(locale, message), def, payload: parsed.data };
  } catch (err) {
    return { action: 'fail', detail: `render: ${(err as Error).message}` };
  }
}
