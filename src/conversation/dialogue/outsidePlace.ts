import type { SightKind } from '../../i18n/zh/conversation.ts';
import type { District } from '../../domain/xiamenPlaces.ts';
import { parsePlace, type PlaceResult } from '../../nlu/parsePlace.ts';

/**
 * A place outside the service that a parent names — the ferry, Gulangyu and the other sights, the airport, a station —
 * read so a reply can speak of it in the parent's language ("the ferry terminal", "轮渡码头"), not paste the matched
 * keyword into a sentence, and can name the district whose care points are nearest to it. Read on prepared text
 * (Simplified, lowercased).
 */
export interface OutsidePlace {
  kind: SightKind;
  /** The parent's word for a sight ("鼓浪屿", "Gulangyu"); for the ferry, the airport or a station, its kind says it. */
  word: string;
  /** Where the nearest points are: the neighbourhood and district of a landmark the place lexicon knows. */
  place: PlaceResult & { district?: District };
}

/**
 * Most particular first: "鼓浪屿的船票怎么买" asks about the ferry, "the last ferry back from Gulangyu" too. Each with a
 * landmark the place lexicon maps to its neighbourhood (the ferry to Gulangyu leaves from 鹭江, Siming; the airport is at
 * 高崎, Huli); a station, which may be Xiamen or Xiamen North, has none.
 */
const KINDS: ReadonlyArray<{ kind: SightKind; words: RegExp; landmark?: string }> = [
  { kind: 'ferry', words: /轮渡|渡轮|船票|码头|(?<![a-z])(?:ferry|ferries|boat)(?![a-z])/, landmark: '第一码头' },
  { kind: 'airport', words: /机场|(?<![a-z])airport(?![a-z])/, landmark: '厦门机场' },
  { kind: 'station', words: /火车站|动车站|高铁站|(?<![a-z])(?:train station|railway station)(?![a-z])/ },
];
/** Sights by name: the name is the parent's own (Chinese) or the island's usual English spelling. */
const SIGHTS =
  /鼓浪屿|曾厝垵|环岛路|南普陀|植物园|沙坡尾|海底世界|方特|园博苑|中山路|(?<![a-z])(?:gulangyu|zengcuo'?an|nanputuo|shapowei)(?![a-z])|景点|景区|步行街/;
/** Sights the place lexicon does not list, with the landmark whose neighbourhood they are in. */
const SIGHT_LANDMARK: Record<string, string> = { 沙坡尾: '厦大', 海底世界: '鼓浪屿', 植物园: '万石山', 中山路: '中山公园', 园博苑: '集美大学' };

export function outsidePlace(t: string): OutsidePlace | undefined {
  for (const k of KINDS) {
    const m = k.words.exec(t);
    if (m) return { kind: k.kind, word: m[0], place: k.landmark ? parsePlace(k.landmark) : {} };
  }
  const m = SIGHTS.exec(t);
  if (!m) return undefined;
  const word = /^[a-z]/.test(m[0]) ? m[0].replace(/^[a-z]/, (c) => c.toUpperCase()) : m[0];
  // (A generic word — "景点", "步行街" — is no one place: no district.)
  const generic = /景点|景区|步行街/.test(m[0]);
  return { kind: 'sight', word, place: generic ? {} : parsePlace(SIGHT_LANDMARK[m[0]] ?? m[0]) };
}

/** Care asked for at or near the place ("那边有托育点吗", "any childcare on Gulangyu?", "机场附近有 daycare 吗"). */
export const CARE_THERE =
  /托育|托管|送托|托班|半日托|临时托|临托|服务点|托育点|(?<![a-z])(?:childcare|child care|daycare|day care|nursery|care points?|drop[- ]?off|half[- ]day|temporary care|babysit\w*)(?![a-z])/;
