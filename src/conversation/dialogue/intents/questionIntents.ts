import type { PointInfo } from '../../../points/PointDirectory.ts';
import { citeAgeRule } from './citeAgeRule.ts';
import { describeError } from '../../../errors/describeError.ts';
import { findPointsTool } from '../../tools/findPointsTool.ts';
import { answerQuestion } from '../answers/answerQuestion.ts';
import { findPlacesAction } from '../../actions/searchActions.ts';
import { talkToStaffAction } from '../../actions/helpActions.ts';
import { addMainMenu, capabilities } from '../menu.ts';
import type { IntentHandler } from './Request.ts';
import type { SearchSlotsResult } from '../../tools/searchSlotsTool.ts';
import { comingWeekend, nextWeekend } from '../../search/weekends.ts';
import type { Reply } from '../Reply.ts';

/** Whether drop-off care (half-day or temporary) in the next two weekends takes a child of this age. */
/** The youngest age any drop-off care (half-day or temporary) takes in the coming two weekends; undefined when none is on. */
async function youngestCareAge(r: Reply): Promise<number | undefined> {
  const days = { from: comingWeekend(r.ctx.now, r.ctx.timeZone).from, to: nextWeekend(r.ctx.now, r.ctx.timeZone).to };
  let youngest: number | undefined;
  for (const kind of ['half_day', 'temporary_care'] as const) {
    const run = await r.tool<SearchSlotsResult>('search_slots', { ...days, kind, includeFull: true });
    for (const s of run.result?.results ?? []) youngest = Math.min(youngest ?? s.minAgeMonths, s.minAgeMonths);
  }
  return youngest;
}

/** The knowledge answer lives with its presentation (dialogue/answers); other intents fall back to it. */
export { answerQuestion };

export const knowledge: IntentHandler = (r, q) => answerQuestion(r, q);

/** Asking for a phone number. */
const PHONE = /电话|号码|联系方式|(?<![a-z])(?:phone|number|call)(?![a-z])/i;

/** Where a point is, its address and phone; with no place named, where the points are. */
export const pointInfo: IntentHandler = async (r, q) => {
  const s = q.slots;
  if (s.district || s.neighbourhood) {
    const args = s.neighbourhood ? { near: { latitude: s.neighbourhood.latitude, longitude: s.neighbourhood.longitude }, limit: 2 } : { district: s.district! };
    const run = await r.tool<{ points: PointInfo[] }>('find_points', s.pointCode && s.neighbourhood ? { ...args, limit: 5 } : args);
    // A point named by name ("前埔那个点在哪", "江头服务点电话多少"): that point only.
    const named = s.pointCode ? run.result?.points.filter((p) => p.code === s.pointCode) : undefined;
    if (run.result) return findPointsTool.present!(r, named?.length ? { ...run.result, points: named } : run.result, args);
    r.say(describeError(run.error, r.lang).message);
    return;
  }
  const w = r.w;
  if (PHONE.test(q.text)) r.say(w.points.phonePerPoint);
  const run = await r.tool<{ points: PointInfo[] }>('find_points', { limit: 100 });
  const all = run.result?.points ?? [];
  const counts = new Map<string, number>();
  for (const p of all) counts.set(w.format.district(p.district), (counts.get(w.format.district(p.district)) ?? 0) + 1);
  r.say(w.points.network(all.length, w.format.list([...counts.entries()].map(([d, n]) => w.points.count(d, n)))));
  r.requestLocation = true;
  r.state.pending = { type: 'search', partial: {}, wantsNearby: true };
};

/** "宝宝三个月大可以去吗": which points take a child of that age, from the points' own ranges. */
export const canAttend: IntentHandler = async (r, q) => {
  const w = r.w;
  const age = q.slots.childAgeMonths ?? r.state.child?.ageMonths;
  if (q.slots.ageOutOfRange || (age !== undefined && age > 36)) {
    r.say(w.search.tooOld);
    await citeAgeRule(r, w.search.tooOld);
    r.row(r.button(talkToStaffAction, []));
    return;
  }
  if (age === undefined) return answerQuestion(r, q);
  const run = await r.tool<{ points: PointInfo[] }>('find_points', { limit: 100 });
  const all = run.result?.points ?? [];
  const fits = all.filter((p) => p.minAgeMonths <= age && age <= p.maxAgeMonths);
  if (fits.length === 0) {
    r.say(w.points.noneForAge(age));
    r.row(r.button(talkToStaffAction, []));
    return;
  }
  const byDistrict = new Map<string, string[]>();
  for (const p of fits) {
    const d = w.format.district(p.district);
    byDistrict.set(d, [...(byDistrict.get(d) ?? []), w.points.shortName(r.lang === 'zh' ? p.nameZh : p.nameEn)]);
  }
  // "宝宝3个月能去托育吗": points that take babies that young may still take them to classes only — say so.
  const careFrom = q.slots.wantsCare ? await youngestCareAge(r) : undefined;
  if (careFrom !== undefined && age < careFrom) r.say(w.points.noCareForAge(age, careFrom));
  else r.say(w.points.askAgeOk(age, fits.length, all.length));
  r.say([...byDistrict.entries()].map(([d, names]) => w.points.districtLine(d, w.format.list(names))).join('\n'));
  r.say(w.points.ageFilterNote);
  r.row(r.button(findPlacesAction, [], w.points.placesThisWeekend));
  r.state.childAgeMonths = age;
  r.state.pending = { type: 'search', partial: { childAgeMonths: age } };
};

export const serviceIntro: IntentHandler = async (r) => {
  r.say(r.w.menu.serviceIntro);
  capabilities(r);
  addMainMenu(r);
};

export const identity: IntentHandler = async (r) => {
  r.say(r.w.menu.identity);
  addMainMenu(r);
};
