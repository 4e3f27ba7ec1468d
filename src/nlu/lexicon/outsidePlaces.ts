/**
 * The places in Xiamen that parents name and the service does not run — the Gulangyu ferry, the sights, the airport, a
 * station, an outing with the child — listed once. Language understanding reads them to keep a question about a place
 * out of the searches (the intent rules, the outing check, the place named back) and the reply reads them to speak of
 * the place and name the district whose points are nearest. Words are for prepared text (Simplified, lowercased);
 * each place lists its Chinese and English words.
 */

/** What a place is, as the reply speaks of it: the ferry, the airport, a station, a sight, or an outing the service does not run. */
export type OutsidePlaceKind = 'ferry' | 'airport' | 'station' | 'sight' | 'outing' | 'venue';

export interface OutsidePlaceWords {
  kind: OutsidePlaceKind;
  /** Chinese words, a regular-expression alternation. */
  zh?: string;
  /** English words, a regular-expression alternation matched as whole words. */
  en?: string;
  /** A landmark the place lexicon (parsePlace) knows in the same neighbourhood, for the nearest points; the place itself when omitted. */
  landmark?: string;
  /** A word for any sight ("景点", "tourist spots"), no one place: no district. */
  generic?: true;
  /** Not named back as a sight, but still a tourist place a child is taken to (the university, the zoo). */
  outingOnly?: true;
}

/**
 * Most particular first, as the reply looks for them: "鼓浪屿的船票怎么买" asks about the ferry, "the last ferry back from
 * Gulangyu" too. The ferry to Gulangyu leaves from 鹭江 (第一码头), Siming; the airport is at 高崎, Huli; a station may be
 * Xiamen or Xiamen North, so it has no landmark.
 */
export const OUTSIDE_PLACES: readonly OutsidePlaceWords[] = [
  { kind: 'ferry', zh: '轮渡|渡轮|船票|码头', en: 'ferry|ferries|boat', landmark: '第一码头' },
  { kind: 'airport', zh: '机场', en: 'airport', landmark: '厦门机场' },
  { kind: 'station', zh: '火车站|动车站|高铁站', en: 'train station|railway station' },
  { kind: 'sight', zh: '鼓浪屿', en: 'gulangyu' },
  { kind: 'sight', zh: '曾厝垵', en: "zengcuo'?an" },
  { kind: 'sight', zh: '环岛路', en: 'huandao road' },
  { kind: 'sight', zh: '南普陀', en: 'nanputuo' },
  { kind: 'sight', zh: '植物园', en: 'botanical garden', landmark: '万石山' },
  { kind: 'sight', zh: '沙坡尾', en: 'shapowei', landmark: '厦大' },
  { kind: 'sight', zh: '海底世界', landmark: '鼓浪屿' },
  { kind: 'sight', zh: '方特' },
  { kind: 'sight', zh: '园博苑', landmark: '集美大学' },
  { kind: 'sight', zh: '中山路', en: 'zhongshan road', landmark: '中山公园' },
  { kind: 'sight', zh: '灵玲' },
  { kind: 'sight', zh: '景点|景区|步行街', en: 'tourist (?:spots?|sites?|places?|attractions?)|sights', generic: true },
  { kind: 'sight', zh: '厦门大学|厦大', en: 'xiamen university', outingOnly: true },
  { kind: 'sight', en: 'the island', outingOnly: true },
  { kind: 'outing', zh: '动物园|游乐园|游乐场|海洋馆|水族馆|儿童乐园|电影院|博物馆|科技馆', en: 'the zoo|aquarium|theme park' },
  { kind: 'venue', zh: '地铁站|商场|万达', en: 'shopping mall' },
];

function wordsOf(place: OutsidePlaceWords, lang?: 'zh' | 'en'): string[] {
  return [...(place.zh && lang !== 'en' ? [place.zh] : []), ...(place.en && lang !== 'zh' ? [`(?<![a-z])(?:${place.en})(?![a-z])`] : [])];
}

/** One alternation of the places that pass `which`, in one language's words or (without `lang`) both. */
export function outsidePlaceWords(which: (p: OutsidePlaceWords) => boolean, lang?: 'zh' | 'en'): string {
  return OUTSIDE_PLACES.filter(which)
    .flatMap((p) => wordsOf(p, lang))
    .join('|');
}

/** The places a reply names back: the ferry, the airport, a station, a sight. */
export const namedBack = (p: OutsidePlaceWords): boolean => p.kind !== 'outing' && p.kind !== 'venue' && !p.outingOnly;

/** Where a parent takes a child on a day out (the sights, the ferry, the zoo), not the way through (airport, station, metro). */
export const touristPlace = (p: OutsidePlaceWords): boolean => p.kind === 'ferry' || p.kind === 'sight' || p.kind === 'outing';

/**
 * Care asked for at or near a place ("那边有托育点吗", "any childcare on Gulangyu?", "机场附近有 daycare 吗"): a search near
 * it, not a question about the place or the outing.
 */
export const CARE_NEAR_PLACE =
  /托育|托管|送托|托班|半日托|临时托|临托|服务点|托育点|(?<![a-z])(?:childcare|child care|daycare|day care|nursery|care points?|drop[- ]?off|half[- ]day|temporary care|babysit\w*)(?![a-z])/;

/**
 * A day at the water or in the sun with the child — the beach, the sea, a pool, swimming ("明天还能带他去海边玩吗",
 * "明天還可以去游泳嗎", "can we go back to the beach tomorrow?", "is it ok to take him swimming tomorrow?"): an outing the
 * service does not run, so a day named with it is the outing's day, never a search for sessions (asked after a sting, a
 * sunburn or sea-urchin spines, it is a health question). A hot spring (温泉, 泡汤) is such a day too. Prepared text (Simplified, lowercased).
 */
export const WATER_OUTING =
  /海边|沙滩|海滩|下海|游泳|泳池|玩水|戏水|温泉|泡汤|(?<![a-z])(?:beach(?:es)?|seaside|the sea|swim(?:s|ming)?|(?:swimming |paddling )?pools?|hot springs?|onsen)(?![a-z])/;
