import { DISTRICT_INFO, DISTRICTS, NEIGHBOURHOODS, type District } from '../domain/xiamenPlaces.ts';
import type { NeighbourhoodSlot } from './types.ts';

export interface PlaceResult {
  district?: District;
  neighbourhood?: NeighbourhoodSlot;
  wantsNearby?: boolean;
}

interface Entry {
  pattern: string; // lowercase
  latin?: RegExp;
  district: District;
  neighbourhood?: NeighbourhoodSlot;
}

const isLatin = (s: string) => /^[a-z0-9 '\-.]+$/i.test(s);

/** Apostrophes and hyphens vary ("tong'an", "tong-an", "tong an"): fold them to nothing. */
const foldLatin = (s: string) => s.toLowerCase().replace(/[’'\-.]/g, '').replace(/\s+/g, ' ').trim();

function buildEntries(): Entry[] {
  const out: Entry[] = [];
  for (const id of DISTRICTS) {
    const d = DISTRICT_INFO[id];
    const names = new Set([d.zh, d.zh.replace(/区$/, ''), d.en, `${d.en} district`, ...d.aliases]);
    for (const nm of names) out.push({ pattern: isLatin(nm) ? foldLatin(nm) : nm, district: id });
  }
  for (const nb of NEIGHBOURHOODS) {
    const slot: NeighbourhoodSlot = { zh: nb.zh, en: nb.en, district: nb.district, latitude: nb.latitude, longitude: nb.longitude };
    const names = new Set([nb.zh, nb.zh.replace(/(街道|镇)$/, ''), nb.en, ...nb.aliases]);
    for (const nm of names) {
      if (nm.length < 2) continue;
      out.push({ pattern: isLatin(nm) ? foldLatin(nm) : nm, district: nb.district, neighbourhood: slot });
    }
  }
  // Longest first, so "湖里街道" wins over "湖里" and "集美学村" over "集美".
  for (const e of out) {
    // Latin names need word boundaries (CJK next to one counts as a boundary).
    if (isLatin(e.pattern)) e.latin = new RegExp(`(?<![a-z0-9])${e.pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`);
  }
  return out.sort((a, b) => b.pattern.length - a.pattern.length);
}

const ENTRIES = buildEntries();

const NEARBY = /附近|离我(?:家|这|这儿|这边)?(?:最|比较)?近|就近|近一点|近一些|近点的|最近的(?:服务)?点|离家近|家门口|周边|(?<![a-z])(?:near me|nearby|near by|close to me|closest|nearest|near my (?:home|house|place|flat|apartment)|close by|around me|near here)(?![a-z])/;

/**
 * A district or neighbourhood named in a (normalized) message. A
 * neighbourhood also gives its district. "附近"/"near me" with no place is
 * reported as wantsNearby so the agent can ask where the parent is.
 */
export function parsePlace(text: string): PlaceResult {
  const folded = foldLatin(text);
  for (const e of ENTRIES) {
    const found = e.latin ? e.latin.test(folded) : text.includes(e.pattern);
    if (found) return e.neighbourhood ? { district: e.district, neighbourhood: e.neighbourhood } : { district: e.district };
  }
  return NEARBY.test(text) ? { wantsNearby: true } : {};
}
