import { DISTRICT_INFO, NEIGHBOURHOODS, type District } from '../../src/domain/xiamenPlaces.ts';
import type { EndExpectation, Expectation, PlaceExpectation, SearchSpec } from './caseSchema.ts';
import type { FactsDiff, PlaceFact } from './familyFacts.ts';
import { describePlace, describeSpec, matchesAll, sameName } from './placeMatch.ts';
import { judgeScript } from './replyScript.ts';

/**
 * Decides whether one turn met its expectations. Pure: it sees the turn's
 * output and what changed in the database, nothing else, so unit tests feed
 * it hand-made observations.
 */
export interface ToolCall {
  name: string;
  args: unknown;
}

export interface TurnObservation {
  reply: string;
  /** Button labels of the answer. */
  buttons: string[];
  tools: ToolCall[];
  citations: Array<{ docId?: string }>;
  diff: FactsDiff;
  /** Ages in whole months on the case's day, by child id (a search may name a child instead of an age). */
  childAges: Map<number, number>;
  /** Children's names, removed before judging the script. */
  childNames: string[];
}

export const SEARCH_TOOL = 'search_slots';
export const FIRST_CHARS = 120;
const PROBLEM = /internal error/i;

function placeCheck(label: string, want: PlaceExpectation, got: PlaceFact[]): string | null {
  const shown = got.length ? got.map(describePlace).join('; ') : 'none';
  if (want === false) return got.length === 0 ? null : `${label}: expected none, got ${shown}`;
  const specs = Array.isArray(want) ? want : [want];
  if (matchesAll(specs, got)) return null;
  return `${label}: expected ${specs.map(describeSpec).join(' + ')}, got ${shown}`;
}

function registeredCheck(label: string, want: false | string[], got: Array<{ name: string }>): string | null {
  const names = got.map((c) => c.name);
  if (want === false) return names.length === 0 ? null : `${label}: expected none, got ${names.join(', ')}`;
  const ok = names.length === want.length && want.every((w) => names.some((n) => sameName(n, w)));
  return ok ? null : `${label}: expected ${want.join(', ')}, got ${names.join(', ') || 'none'}`;
}

/** The district a shared location lies in: the nearest known neighbourhood or district centre. */
export function districtAt(latitude: number, longitude: number): District {
  let best: { d: District; dist: number } | undefined;
  const consider = (d: District, lat: number, lng: number) => {
    const dist = (lat - latitude) ** 2 + ((lng - longitude) * Math.cos((latitude * Math.PI) / 180)) ** 2;
    if (!best || dist < best.dist) best = { d, dist };
  };
  for (const n of NEIGHBOURHOODS) consider(n.district, n.latitude, n.longitude);
  for (const d of Object.values(DISTRICT_INFO)) consider(d.id, d.latitude, d.longitude);
  return best!.d;
}

interface SearchArgs {
  from?: string;
  to?: string;
  date?: string;
  district?: string;
  near?: { latitude: number; longitude: number };
  partOfDay?: string;
  kind?: string;
  classTitle?: string;
  childAgeMonths?: number;
  childId?: number | string;
}

function dateRange(a: SearchArgs): [string, string] | undefined {
  const from = a.from ?? a.date;
  const to = a.to ?? a.date ?? a.from;
  return from && to ? [from, to] : undefined;
}

export function searchCheck(want: false | SearchSpec, tools: ToolCall[], childAges: Map<number, number>): string | null {
  const calls = tools.filter((t) => t.name === SEARCH_TOOL);
  if (want === false) return calls.length === 0 ? null : `searched: expected no search, got ${JSON.stringify(calls[0]!.args)}`;
  if (calls.length === 0) return 'searched: no search_slots call';
  // The first call is the parent's request as understood; later calls in the
  // same turn are the engine widening it (next weekend, other districts, full
  // places) to offer alternatives, which must not decide the verdict.
  const args = (calls[0]!.args ?? {}) as SearchArgs;
  const problems: string[] = [];
  if (want.district !== undefined) {
    const d = args.district ?? (args.near ? districtAt(args.near.latitude, args.near.longitude) : undefined);
    if (d !== want.district) problems.push(`district ${d ?? 'none'} ≠ ${want.district}`);
  }
  const range = dateRange(args);
  if (want.date !== undefined && !(range && range[0] <= want.date && want.date <= range[1])) {
    problems.push(`${want.date} not in ${range ? range.join('..') : 'no dates'}`);
  }
  if (want.dateNot !== undefined && range && range[0] <= want.dateNot && want.dateNot <= range[1]) {
    problems.push(`${want.dateNot} inside ${range.join('..')}`);
  }
  if (want.partOfDay !== undefined && args.partOfDay !== want.partOfDay) problems.push(`partOfDay ${args.partOfDay ?? 'any'} ≠ ${want.partOfDay}`);
  if (want.kind !== undefined && args.kind !== want.kind) problems.push(`kind ${args.kind ?? 'any'} ≠ ${want.kind}`);
  if (want.classTitle !== undefined && args.classTitle !== want.classTitle) problems.push(`classTitle ${args.classTitle ?? 'any'} ≠ ${want.classTitle}`);
  if (want.childAgeMonths !== undefined) {
    const age = args.childAgeMonths ?? (args.childId !== undefined ? childAges.get(Number(args.childId)) : undefined);
    if (age !== want.childAgeMonths) problems.push(`child age ${age ?? 'none'} ≠ ${want.childAgeMonths} months`);
  }
  return problems.length ? `searched: ${problems.join(', ')}` : null;
}

function re(s: string): RegExp {
  return new RegExp(s, 'iu');
}

export function judgeTurn(want: Expectation, o: TurnObservation): string[] {
  const failures: string[] = [];
  const add = (f: string | null) => {
    if (f) failures.push(f);
  };
  if (!o.reply.trim()) add('empty reply');
  if (PROBLEM.test(o.reply)) add('reply reports an internal error');
  if (want.booked !== undefined) add(placeCheck('booked', want.booked, o.diff.booked));
  if (want.cancelled !== undefined) add(placeCheck('cancelled', want.cancelled, o.diff.cancelled));
  if (want.waitlisted !== undefined) add(placeCheck('waitlisted', want.waitlisted, o.diff.waitlisted));
  if (want.registered !== undefined) add(registeredCheck('registered', want.registered, o.diff.registered));
  if (want.searched !== undefined) add(searchCheck(want.searched, o.tools, o.childAges));
  if (want.escalated !== undefined) {
    const n = o.diff.escalations.length;
    if (want.escalated && n === 0) add('escalated: expected a new escalation, none');
    if (!want.escalated && n > 0) add(`escalated: expected none, got ${o.diff.escalations.map((e) => e.reason).join(', ')}`);
  }
  if (want.escalationReason !== undefined && !o.diff.escalations.some((e) => e.reason === want.escalationReason)) {
    add(`escalationReason: expected ${want.escalationReason}, got ${o.diff.escalations.map((e) => e.reason).join(', ') || 'no escalation'}`);
  }
  const visible = [o.reply, ...o.buttons].join('\n');
  for (const r of want.replyIncludes ?? []) if (!re(r).test(visible)) add(`replyIncludes /${r}/ missing`);
  for (const r of want.replyExcludes ?? []) {
    const m = re(r).exec(visible);
    if (m) add(`replyExcludes /${r}/ found "${m[0]}"`);
  }
  if (want.first !== undefined && !re(want.first).test(o.reply.slice(0, FIRST_CHARS))) add(`first /${want.first}/ not in the first ${FIRST_CHARS} characters`);
  if (want.script !== undefined) {
    const v = judgeScript([o.reply, ...o.buttons].join('\n'), want.script, o.childNames);
    if (!v.ok) add(`script: expected ${want.script}, reply looks ${v.seen}`);
  }
  if (want.cites !== undefined) {
    const ids = o.citations.map((c) => c.docId ?? '');
    if (!want.cites.some((r) => ids.some((id) => re(r).test(id)))) add(`cites: none of /${want.cites.join('|')}/ in [${ids.join(', ')}]`);
  }
  if (want.noCitation && o.citations.length > 0) add(`noCitation: cites ${o.citations.map((c) => c.docId ?? c).join(', ')}`);
  if (want.maxChars !== undefined && o.reply.length > want.maxChars) add(`maxChars: ${o.reply.length} > ${want.maxChars}`);
  return failures;
}

/** Checks over the whole conversation. */
export function judgeEnd(want: EndExpectation, diff: FactsDiff): string[] {
  const out: string[] = [];
  const add = (f: string | null) => {
    if (f) out.push(`end ${f}`);
  };
  if (want.booked !== undefined) add(placeCheck('booked', want.booked, diff.booked));
  if (want.cancelled !== undefined) add(placeCheck('cancelled', want.cancelled, diff.cancelled));
  if (want.waitlisted !== undefined) add(placeCheck('waitlisted', want.waitlisted, diff.waitlisted));
  if (want.registered !== undefined) add(registeredCheck('registered', want.registered, diff.registered));
  return out;
}
