import { DISTRICT_INFO, DISTRICTS, NEIGHBOURHOODS, type District } from '../domain/xiamenPlaces.ts';
import type { NeighbourhoodSlot } from './types.ts';
import { MISHEARD_PLACES, MISHEARD_PLACES_ZH } from './lexicon/misheardPlaces.ts';

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
const foldLatin = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’'\-.]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const LANDMARKS: Array<[string, string]> = [
  ['厦门大学', '厦港街道'],
  ['厦大', '厦港街道'],
  ['南普陀', '厦港街道'],
  ['xiamen university', '厦港街道'],
  ['xmu', '厦港街道'],
  ['环岛路', '滨海街道'],
  ['黄厝', '滨海街道'],
  ['椰风寨', '滨海街道'],
  ['鼓浪屿', '鹭江街道'],
  ['gulangyu', '鹭江街道'],
  ['第一码头', '鹭江街道'],
  ['中山公园', '开元街道'],
  ['万石山', '开元街道'],
  ['湖滨南路', '梧村街道'],
  ['湖滨北路', '筼筜街道'],
  ['市政府', '筼筜街道'],
  ['筼筜湖', '筼筜街道'],
  ['会展中心', '莲前街道'],
  ['国际会展', '莲前街道'],
  ['明发', '莲前街道'],
  ['高崎机场', '殿前街道'],
  ['厦门机场', '殿前街道'],
  ['xiamen airport', '殿前街道'],
  ['邮轮码头', '湖里街道'],
  ['东渡码头', '湖里街道'],
  ['仙岳', '江头街道'],
  ['吕厝', '江头街道'],
  ['湖里公园', '江头街道'],
  ['五缘湾湿地', '金山街道'],
  ['五通', '金山街道'],
  ['钟宅', '金山街道'],
  ['枋湖', '禾山街道'],
  ['集美大学', '集美街道'],
  ['鳌园', '集美街道'],
  ['华侨大学', '集美街道'],
  ['诚毅', '集美街道'],
  ['园博苑', '杏滨街道'],
  ['集美万达', '侨英街道'],
  ['软件园三期', '侨英街道'],
  ['海沧万达', '新阳街道'],
  ['海沧阿罗海', '海沧街道'],
  ['海沧大桥', '嵩屿街道'],
  ['翔安机场', '大嶝街道'],
  ['新机场', '大嶝街道'],
  ['翔安隧道', '新店街道'],
  ['厦大翔安', '新店街道'],
  ['同安影视城', '五显镇'],
  ['同安老城', '大同街道'],
  ['梅山寺', '大同街道'],
];

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
  // District names as voice typing writes them ("sham Ming" for Siming).
  for (const [name, district] of MISHEARD_PLACES) out.push({ pattern: foldLatin(name), district });
  for (const [name, district] of MISHEARD_PLACES_ZH) out.push({ pattern: name, district });
  // Landmarks parents give instead of a subdistrict, each mapped to the subdistrict it lies in.
  for (const [name, zh] of LANDMARKS) {
    const nb = NEIGHBOURHOODS.find((n) => n.zh === zh);
    if (!nb) continue;
    const slot: NeighbourhoodSlot = { zh: nb.zh, en: nb.en, district: nb.district, latitude: nb.latitude, longitude: nb.longitude };
    out.push({ pattern: isLatin(name) ? foldLatin(name) : name, district: nb.district, neighbourhood: slot });
  }
  // Longest first, so "湖里街道" wins over "湖里" and "集美学村" over "集美".
  for (const e of out) {
    // Latin names need word boundaries (CJK next to one counts as a boundary).
    if (isLatin(e.pattern)) e.latin = new RegExp(`(?<![a-z0-9])${e.pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`);
  }
  return out.sort((a, b) => b.pattern.length - a.pattern.length);
}

const ENTRIES = buildEntries();

const NEARBY =
  /附近|离我(?:家|这|这儿|这边)?(?:最|比较)?近|就近|近一点|近一些|近点的|最近的(?:服务)?点|离家近|家门口|周边|(?<![a-z])(?:near me|nearby|near by|close to me|closest|nearest|near my (?:home|house|place|flat|apartment)|close by|around me|near here)(?![a-z])/;

/**
 * A district or neighbourhood named in a (normalized) message. A
 * neighbourhood also gives its district. "附近"/"near me" with no place is
 * reported as wantsNearby so the agent can ask where the parent is.
 */
export function parsePlace(text: string): PlaceResult {
  const folded = foldLatin(text);
  const found = ENTRIES.filter((e) => (e.latin ? e.latin.test(folded) : text.includes(e.pattern)));
  // "我们从思明搬到海沧了 新家附近…", "used to live in Siming, moved to Xiang'an": of two districts, the one the family
  // left is not where they ask.
  const districts = new Set(found.map((e) => e.district));
  const asked = districts.size > 1 ? found.filter((e) => !leftBehind(e, text, folded)) : found;
  const e = asked[0] ?? found[0];
  if (e) return e.neighbourhood ? { district: e.district, neighbourhood: e.neighbourhood } : { district: e.district };
  return NEARBY.test(text) && !waitsNearby(text) ? { wantsNearby: true } : {};
}

/**
 * "第一次送托 我能不能就在附近等着", "送进去以后我在附近逛逛行吗", "can I wait nearby during the session?": the parent staying
 * close to the point while the child is in care, not a search for places near them.
 */
const WAITING_NEARBY = /(?:在|就在|去|到)?附近(?:等|待|呆|逛|坐|守|陪|溜达)|(?<![a-z])(?:wait|hang around) (?:somewhere )?(?:nearby|close by|near by)(?![a-z])/;

function waitsNearby(text: string): boolean {
  return WAITING_NEARBY.test(text) && !/(?:找|查|看看|推荐|有没有|有什么|哪(?:个|些|里|家)).{0,6}(?:附近|点|服务点|托育)/.test(text);
}

/** Words just before a place that make it where the family lived or came from ("以前住", "从", "used to live in"). */
const LEFT_BEFORE_ZH = /(?:从|以前(?:住|在|住在)?|原来(?:住|在|住在)?|之前(?:住|在|住在)?|本来(?:住|在|住在)?|老家(?:在)?|搬离|离开)\s*$/;
const LEFT_BEFORE_EN = /(?<![a-z])(?:used to (?:live|be|stay) (?:in|at|near)|(?:moved|came|moving) (?:out )?(?:from|out of)|lived in|from)\s*$/;

/**
 * The place a family says it moved to ("从思明搬到翔安", "搬去同安了", "we moved to Jimei"), or nothing. Whether that
 * place is the one asked about depends on the request (a search near the new home, but not the cancelling of a
 * booking made before the move), so the reading rules decide; the words live here with the other place words.
 */
export function placeMovedTo(text: string): PlaceResult {
  const folded = foldLatin(text);
  const e = ENTRIES.find((x) => (x.latin ? x.latin.test(folded) : text.includes(x.pattern)) && movedInto(x, text, folded));
  if (!e) return {};
  return e.neighbourhood ? { district: e.district, neighbourhood: e.neighbourhood } : { district: e.district };
}

/** Words just before a place that make it where the family moved to ("搬到", "搬来", "moved to"). */
const MOVED_BEFORE_ZH = /搬(?:家)?(?:到|去|来|过来到?)了?\s*$/;
const MOVED_BEFORE_EN = /(?<![a-z])(?:moved|moving|move) (?:over |out )?to\s*$/;

/** Whether some mention of a place in the text is where the family moved to. */
function movedInto(e: Entry, text: string, folded: string): boolean {
  const where = e.latin ? folded : text;
  const before = e.latin ? MOVED_BEFORE_EN : MOVED_BEFORE_ZH;
  const pattern = e.latin ?? new RegExp(e.pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  for (const m of where.matchAll(new RegExp(pattern.source, 'g'))) {
    if (before.test(where.slice(Math.max(0, m.index - 24), m.index))) return true;
  }
  return false;
}

/** Whether every mention of a place in the text is one the family left. */
function leftBehind(e: Entry, text: string, folded: string): boolean {
  const where = e.latin ? folded : text;
  const before = e.latin ? LEFT_BEFORE_EN : LEFT_BEFORE_ZH;
  const pattern = e.latin ?? new RegExp(e.pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const all = new RegExp(pattern.source, 'g');
  let seen = false;
  for (const m of where.matchAll(all)) {
    seen = true;
    if (!before.test(where.slice(Math.max(0, m.index - 24), m.index))) return false;
  }
  return seen;
}

/**
 * The place word the parent used for a neighbourhood ("鼓浪屿", "gulangyu", "前埔"), as the lexicon spells it, so a
 * reply can name the place they asked about rather than the subdistrict it was mapped to. Undefined when none.
 */
export function neighbourhoodWord(text: string): string | undefined {
  const folded = foldLatin(text);
  for (const e of ENTRIES) {
    if (!e.neighbourhood) continue;
    if (e.latin ? e.latin.test(folded) : text.includes(e.pattern)) return e.pattern;
  }
  return undefined;
}
