import type { Slots } from './types.ts';

const SEARCH_SLOT_KEYS: Array<keyof Slots> = ['dateRange', 'partOfDay', 'district', 'neighbourhood', 'kind', 'classTitle', 'wantsNearby', 'weekShift'];

/** Whether a reading holds anything a search looks for: a day, a part of day, a place, a kind of care, a class, "near me". */
export function hasSearchSlots(s: Slots): boolean {
  return SEARCH_SLOT_KEYS.some((k) => s[k] !== undefined && s[k] !== false);
}
