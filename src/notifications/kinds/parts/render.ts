import type { Catalogue } from '../../../i18n/catalogue.ts';
import { languageOf, type Locale } from '../../../i18n/languages.ts';
import { localDateOf, localTimeOf } from '../../../time/zonedTime.ts';
import type { ButtonAction } from '../../../conversation/buttonCodec.ts';
import { escapeHtml } from '../../escapeHtml.ts';
import type { OutgoingButton, RenderedMessage } from '../../SendNotification.ts';
import type { RenderContext } from '../defineKind.ts';
import type { SessionView } from './sessions.ts';

export const e = escapeHtml;
export const bold = (s: string) => `<b>${escapeHtml(s)}</b>`;

/** A name in the recipient's language (Traditional readers read the Chinese name, converted at the output). */
export function named(n: { zh: string; en: string }, locale: Locale): string {
  return languageOf(locale) === 'en' ? n.en : n.zh;
}

/** "11月28日（周六） 09:00" */
export function dayAndTime(instant: Date, w: Catalogue, timeZone: string): string {
  return `${w.format.date(localDateOf(instant, timeZone))} ${localTimeOf(instant, timeZone)}`;
}

/** "11月28日（周六） 09:00–12:00" */
export function slot(s: SessionView, w: Catalogue, timeZone: string): string {
  return `${w.format.date(localDateOf(s.startsAt, timeZone))} ${w.format.timeRange(localTimeOf(s.startsAt, timeZone), localTimeOf(s.endsAt, timeZone))}`;
}

/** When, what, where (and, for a place to go to, the address and phone). */
export function sessionBlock(s: SessionView, ctx: RenderContext, withAddress: boolean): string[] {
  const { w, locale, timeZone } = ctx;
  const lines = [`📅 ${e(slot(s, w, timeZone))} · ${e(w.format.service(s.kind, s.classTitle))}`, `📍 ${bold(named(s.pointName, locale))}`];
  if (withAddress && s.address) lines.push(`    ${e(named(s.address, locale))}`);
  if (withAddress && s.phone) lines.push(`☎️ ${e(s.phone)}`);
  return lines;
}

export function forChild(name: string | null | undefined, w: Catalogue): string {
  return name ? e(w.notifications.forChild(name)) : '';
}

/** Known closure reasons (codes, or the Chinese words staff type) in the family's language; anything else as written. */
const REASON_CODES: Record<string, keyof Catalogue['notifications']['reasons']> = {
  typhoon: 'typhoon',
  台风: 'typhoon',
  weather: 'weather',
  恶劣天气: 'weather',
  rainstorm: 'rainstorm',
  暴雨: 'rainstorm',
  illness: 'illness',
  outbreak: 'illness',
  maintenance: 'maintenance',
  staff_shortage: 'staff',
  staff: 'staff',
  power_outage: 'power_outage',
  停电: 'power_outage',
  // Closures by operators: timetable changes, deactivated points, public holidays (src/operators).
  timetable_change: 'timetable_change',
  point_closed: 'point_closed',
  public_holiday: 'public_holiday',
  法定节假日: 'public_holiday',
};

export function reasonText(reason: string | null | undefined, w: Catalogue): string | undefined {
  if (!reason) return undefined;
  const code = REASON_CODES[reason.trim().toLowerCase()];
  return code ? w.notifications.reasons[code] : reason.trim();
}

/** A button row for the recipient; empty where buttons cannot be signed (the staff group). */
export function buttonRow(ctx: RenderContext, ...buttons: Array<[string, ButtonAction, ...Array<string | number>]>): OutgoingButton[] {
  const sign = ctx.button;
  if (!sign) return [];
  return buttons.map(([text, action, ...args]) => ({ text, data: sign(action, ...args) }));
}

export function message(text: string[], ...rows: OutgoingButton[][]): RenderedMessage {
  const kept = rows.filter((r) => r.length > 0);
  return { text: text.join('\n'), ...(kept.length ? { buttons: kept } : {}) };
}
