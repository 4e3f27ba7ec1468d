import type { Catalogue } from '../../i18n/catalogue.ts';
import type { Lang } from '../../i18n/languages.ts';
import type { BookingView, PointSummary, SessionSummary, SlotResult } from '../../booking/types.ts';
import { localDateOf, localParts } from '../../time/zonedTime.ts';

/** Point name and address in the parent's language. */
export function pointName(p: Pick<PointSummary, 'nameZh' | 'nameEn'>, lang: Lang): string {
  return lang === 'zh' ? p.nameZh : p.nameEn;
}

export function pointAddress(p: Pick<PointSummary, 'addressZh' | 'addressEn'>, lang: Lang): string {
  return lang === 'zh' ? p.addressZh : p.addressEn;
}

/** "12月5日（周六）09:00–12:00 半日托" for lists, buttons and remembered results. */
export function slotWhen(s: SessionSummary, w: Catalogue): string {
  return `${w.format.date(s.localDate)} ${w.format.timeRange(s.startTime, s.endTime)} ${w.format.service(s.kind, s.classTitle)}`;
}

/** What a session's place count says: free places, full (waitlist), or when booking opens. */
export function availability(s: SlotResult, w: Catalogue, now: Date, timeZone: string): string {
  if (s.free === 0) return w.search.full;
  const opens = new Date(s.bookingOpensAt);
  if (!s.bookable && now < opens) return `${w.format.places(s.free)} · ${w.search.opensOn(openingTime(opens, w, timeZone))}`;
  return w.search.placesLeft(s.free);
}

/** "12月1日（周二）00:00": when booking for a session opens, in the service zone. */
export function openingTime(opens: Date, w: Catalogue, timeZone: string): string {
  const p = localParts(opens, timeZone);
  return `${w.format.date(localDateOf(opens, timeZone))} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

/** A numbered search result with place, district, time, kind, places, distance and address. */
export function formatSlot(s: SlotResult, index: number, w: Catalogue, lang: Lang, now: Date, timeZone: string): string {
  const distance = s.distanceKm !== undefined && s.distanceKm !== null ? ` · ${w.format.distance(s.distanceKm)}` : '';
  const district = w.format.district(s.point.district);
  const head = lang === 'zh' ? `${index}. ${pointName(s.point, lang)}（${district}）` : `${index}. ${pointName(s.point, lang)} (${district})`;
  return [head, `   ${slotWhen(s, w)} · ${availability(s, w, now, timeZone)}${distance}`, `   ${w.search.addressLabel}${pointAddress(s.point, lang)}`].join(
    '\n',
  );
}

/** One booking: code, child, when, kind, place. */
export function describeBooking(v: BookingView, w: Catalogue, lang: Lang): string {
  return w.booking.line({
    ref: v.refCode,
    child: v.childName,
    when: `${w.format.date(v.localDate)} ${w.format.timeRange(v.startTime, v.endTime)}`,
    service: w.format.service(v.kind, v.classTitle),
    point: pointName(v.point, lang),
    address: pointAddress(v.point, lang),
  });
}
