import type { Lang } from '../../domain/serviceKinds.ts';
import { serviceName } from '../../domain/serviceKinds.ts';
import { districtName } from '../../domain/xiamenPlaces.ts';
import type { SlotResult } from '../../booking/types.ts';
import { formatDate } from './formatDate.ts';
import { say } from './say.ts';

export function pointName(slot: Pick<SlotResult, 'point'>, lang: Lang): string {
  return lang === 'zh' ? slot.point.nameZh : slot.point.nameEn;
}

export function pointAddress(slot: Pick<SlotResult, 'point'>, lang: Lang): string {
  return lang === 'zh' ? slot.point.addressZh : slot.point.addressEn;
}

/** One line for lists and buttons: "11月28日（周六）09:00–12:00 半日托". */
export function slotWhen(slot: SlotResult, lang: Lang): string {
  return `${formatDate(slot.localDate, lang)} ${slot.startTime}–${slot.endTime} ${serviceName(slot.kind, slot.classTitle, lang)}`;
}

/** A numbered search result with place, time, kind, free places, distance and address. */
export function formatSlot(slot: SlotResult, index: number, lang: Lang): string {
  const district = districtName(slot.point.district, lang);
  const free =
    slot.free > 0 ? say(lang, `余${slot.free}个名额`, `${slot.free} place${slot.free === 1 ? '' : 's'} left`) : say(lang, '已满（可排队候补）', 'full (waitlist open)');
  const distance =
    slot.distanceKm !== undefined && slot.distanceKm !== null ? say(lang, ` · 约${slot.distanceKm.toFixed(1)}公里`, ` · ${slot.distanceKm.toFixed(1)} km`) : '';
  return [
    `${index}. ${pointName(slot, lang)}（${district}）`.replace('（', lang === 'zh' ? '（' : ' (').replace(/）$/, lang === 'zh' ? '）' : ')'),
    `   ${slotWhen(slot, lang)} · ${free}${distance}`,
    `   ${say(lang, '地址：', 'Address: ')}${pointAddress(slot, lang)}`,
  ].join('\n');
}
