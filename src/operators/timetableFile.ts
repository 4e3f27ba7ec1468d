import { CLASS_TITLES, DROP_OFF_KINDS, SESSION_KINDS, type ClassTitle, type SessionKind } from '../domain/serviceKinds.ts';
import type { District } from '../domain/xiamenPlaces.ts';
import { weekdayOf } from '../time/zonedTime.ts';
import type { RowProblem } from './OperatorError.ts';
import type { PointType } from '../domain/servicePoint.ts';
import type { Table, TableRow } from './readTable.ts';
import { checkColumns, minutesOf, rowReader } from './rowReader.ts';

/** Drop-off care: only institution-embedded points may offer it (Xiamen 2026 implementation opinions). */

export const TIMETABLE_ROW_TYPES = ['weekly', 'closed', 'extra'] as const;
export type TimetableRowType = (typeof TIMETABLE_ROW_TYPES)[number];

export const TIMETABLE_COLUMNS = [
  'type',
  'point',
  'district',
  'weekdays',
  'date',
  'start',
  'end',
  'kind',
  'class_title',
  'capacity',
  'min_age_months',
  'max_age_months',
  'booking_opens_days_ahead',
  'valid_from',
  'valid_until',
  'reason',
] as const;

/** What the validator needs to know about a point. */
export interface PointFacts {
  id: number;
  code: string;
  district: District;
  pointType: PointType;
  minAgeMonths: number;
  maxAgeMonths: number;
}

/** The session a weekly row or an extra day describes. */
export interface SlotSpec {
  kind: SessionKind;
  classTitle: ClassTitle | null;
  start: string;
  end: string;
  capacity: number;
  minAgeMonths: number | null;
  maxAgeMonths: number | null;
  opensDaysAhead: number | null;
}

export interface TemplateInput extends SlotSpec {
  line: number;
  pointId: number;
  pointCode: string;
  /** ISO weekdays, 1 = Monday. */
  weekdays: number[];
  validFrom: string | null;
  validUntil: string | null;
}

export interface ClosedDayInput {
  line: number;
  day: string;
  /** Exactly one scope: a point, a district, or (both null) the whole city. */
  pointId: number | null;
  pointCode: string | null;
  district: District | null;
  reason: string;
}

export interface ExtraSessionInput extends SlotSpec {
  line: number;
  day: string;
  pointId: number;
  pointCode: string;
  reason: string;
}

export interface Timetable {
  templates: TemplateInput[];
  closed: ClosedDayInput[];
  extras: ExtraSessionInput[];
}

/** A weekly row already stored, for overlap checks of extra days at points the file does not re-timetable. */
export type StoredTemplate = Omit<TemplateInput, 'line'> & { line?: number };

const CITY_WIDE = new Set(['*', 'all', '全市', '全部']);

function overlaps(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return minutesOf(a.start) < minutesOf(b.end) && minutesOf(b.start) < minutesOf(a.end);
}

function periodsOverlap(a: { validFrom: string | null; validUntil: string | null }, b: { validFrom: string | null; validUntil: string | null }): boolean {
  return (a.validFrom ?? '0000') <= (b.validUntil ?? '9999') && (b.validFrom ?? '0000') <= (a.validUntil ?? '9999');
}

/** A template runs on a day when the weekday is listed and the day is inside its validity. */
export function templateRunsOn(t: Pick<TemplateInput, 'weekdays' | 'validFrom' | 'validUntil'>, day: string): boolean {
  const iso = weekdayOf(day) === 0 ? 7 : weekdayOf(day);
  return t.weekdays.includes(iso) && (t.validFrom ?? '0000') <= day && day <= (t.validUntil ?? '9999');
}

/** The slot columns shared by weekly and extra rows. */
function readSlot(row: TableRow, problems: RowProblem[], point: PointFacts | undefined): SlotSpec | undefined {
  const before = problems.length;
  const r = rowReader(row, problems);
  const kind = r.oneOf('kind', SESSION_KINDS, { required: true });
  const classText = r.raw('class_title');
  let classTitle: ClassTitle | null = null;
  if (kind === 'trial_class') {
    classTitle = r.oneOf('class_title', CLASS_TITLES, { required: true }) ?? null;
  } else if (classText) {
    r.problem('class_title', 'class_title_only_for_trial_class');
  }
  const start = r.time('start', { required: true });
  const end = r.time('end', { required: true });
  if (start && end && minutesOf(end) <= minutesOf(start)) r.problem('end', 'end_before_start', { start });
  const capacity = r.int('capacity', { required: true, min: 1, max: 200 });
  const minAge = r.int('min_age_months', { min: 0, max: 36 }) ?? null;
  const maxAge = r.int('max_age_months', { min: 0, max: 36 }) ?? null;
  if (minAge !== null && maxAge !== null && minAge > maxAge) r.problem('min_age_months', 'min_above_max', { min: minAge, max: maxAge });
  const opens = r.int('booking_opens_days_ahead', { min: 1, max: 90 }) ?? null;
  if (point && kind && DROP_OFF_KINDS.includes(kind) && point.pointType === 'community_shared') {
    r.problem('kind', 'drop_off_at_shared_point', { point: point.code });
  }
  if (point && minAge !== null && minAge < point.minAgeMonths)
    r.problem('min_age_months', 'age_outside_point', { min: point.minAgeMonths, max: point.maxAgeMonths });
  if (point && maxAge !== null && maxAge > point.maxAgeMonths)
    r.problem('max_age_months', 'age_outside_point', { min: point.minAgeMonths, max: point.maxAgeMonths });
  if (problems.length > before) return undefined;
  return { kind: kind!, classTitle, start: start!, end: end!, capacity: capacity!, minAgeMonths: minAge, maxAgeMonths: maxAge, opensDaysAhead: opens };
}

/**
 * Validates a timetable file: weekly rows (the point's whole weekly
 * timetable), closed days and extra sessions. Every bad row is reported with
 * its line and field; overlapping sessions of one kind at one point, capacity
 * ≤ 0, an end before the start, dates in the past and drop-off care at a
 * community-shared point are refused.
 */
export function validateTimetableFile(
  table: Table,
  ctx: { points: Map<string, PointFacts>; today: string; storedTemplates: StoredTemplate[] },
): { timetable: Timetable; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  checkColumns(table.columns, TIMETABLE_COLUMNS, table.format === 'csv' ? ['point', 'kind'] : [], problems);
  if (!table.rows.length) problems.push({ line: 0, field: 'file', reason: 'no_rows' });
  const timetable: Timetable = { templates: [], closed: [], extras: [] };

  for (const row of table.rows) {
    const before = problems.length;
    const r = rowReader(row, problems);
    const typeText = r.raw('type').toLowerCase() || (r.raw('weekdays') ? 'weekly' : r.raw('kind') ? 'extra' : 'closed');
    const type = (TIMETABLE_ROW_TYPES as readonly string[]).includes(typeText) ? (typeText as TimetableRowType) : undefined;
    if (!type) {
      r.problem('type', 'not_allowed', { allowed: TIMETABLE_ROW_TYPES.join(' | ') });
      continue;
    }
    const pointText = r.raw('point').toUpperCase();
    const point = pointText && !CITY_WIDE.has(pointText.toLowerCase()) ? ctx.points.get(pointText) : undefined;
    const cityWide = CITY_WIDE.has(pointText.toLowerCase());

    if (type === 'closed') {
      const day = r.date('date', { required: true, notBefore: ctx.today });
      const reason = r.text('reason', { required: true, max: 300 });
      const district = r.district('district') ?? null;
      if (pointText && !cityWide && !point) r.problem('point', 'unknown_point');
      if (!pointText && !district) r.problem('point', 'closed_scope_missing');
      if (point && district) r.problem('district', 'point_and_district');
      if (problems.length > before) continue;
      timetable.closed.push({
        line: row.line,
        day: day!,
        pointId: point?.id ?? null,
        pointCode: point?.code ?? null,
        district: point ? null : district,
        reason: reason!,
      });
      continue;
    }

    if (!pointText) r.problem('point', 'missing');
    else if (!point) r.problem('point', 'unknown_point');
    const slot = readSlot(row, problems, point);
    if (type === 'weekly') {
      const weekdays = r.weekdays('weekdays', { required: true });
      const validFrom = r.date('valid_from') ?? null;
      const validUntil = r.date('valid_until', { notBefore: ctx.today }) ?? null;
      if (validFrom && validUntil && validUntil < validFrom) r.problem('valid_until', 'end_before_start', { start: validFrom });
      if (r.raw('date')) r.problem('date', 'not_for_weekly');
      if (problems.length > before || !slot || !point) continue;
      timetable.templates.push({ line: row.line, pointId: point.id, pointCode: point.code, weekdays: weekdays!, validFrom, validUntil, ...slot });
    } else {
      const day = r.date('date', { required: true, notBefore: ctx.today });
      if (r.raw('weekdays')) r.problem('weekdays', 'not_for_extra');
      const reason = r.text('reason', { max: 300 }) ?? 'extra';
      if (problems.length > before || !slot || !point) continue;
      timetable.extras.push({ line: row.line, day: day!, pointId: point.id, pointCode: point.code, reason, ...slot });
    }
  }

  // Overlaps: two sessions of one kind at one point at the same time.
  const t = timetable.templates;
  for (let i = 0; i < t.length; i++) {
    for (let j = i + 1; j < t.length; j++) {
      const a = t[i]!;
      const b = t[j]!;
      if (a.pointId !== b.pointId || a.kind !== b.kind || !overlaps(a, b) || !periodsOverlap(a, b)) continue;
      if (!a.weekdays.some((d) => b.weekdays.includes(d))) continue;
      problems.push({ line: b.line, field: 'start', reason: 'overlaps', facts: { otherLine: a.line, point: a.pointCode } });
    }
  }
  const retimetabled = new Set(t.map((x) => x.pointId));
  const weeklyFor = (pointId: number): StoredTemplate[] =>
    retimetabled.has(pointId) ? t.filter((x) => x.pointId === pointId) : ctx.storedTemplates.filter((x) => x.pointId === pointId);
  const x = timetable.extras;
  for (let i = 0; i < x.length; i++) {
    const e = x[i]!;
    for (const w of weeklyFor(e.pointId)) {
      if (w.kind === e.kind && templateRunsOn(w, e.day) && overlaps(w, e)) {
        problems.push({ line: e.line, field: 'start', reason: 'overlaps', facts: { otherLine: w.line ?? 0, point: e.pointCode } });
      }
    }
    for (let j = 0; j < i; j++) {
      const o = x[j]!;
      if (o.pointId === e.pointId && o.day === e.day && o.kind === e.kind && overlaps(o, e)) {
        problems.push({ line: e.line, field: 'start', reason: 'overlaps', facts: { otherLine: o.line, point: e.pointCode } });
      }
    }
  }
  return { timetable, problems };
}
