import { words } from '../i18n/catalogue.ts';
import type { Lang } from '../i18n/languages.ts';
import type { OperatorError, RowProblem } from './OperatorError.ts';
import type { PointsImportResult } from './importPoints.ts';
import type { TimetableImportResult } from './importTimetable.ts';
import type { StaffImportResult } from './staffDirectory.ts';

export type OperatorLang = Lang;
export type OperatorWords = ReturnType<typeof words>['operators'];

/** The operators' words from the one catalogue. */
export function operatorWords(lang: OperatorLang): OperatorWords {
  return words(lang).operators;
}

/** "line 4: district: is not a Xiamen district (…)" — where, which field, what is wrong. */
export function describeProblem(p: RowProblem, lang: OperatorLang): string {
  const w = operatorWords(lang);
  const where = p.line > 0 ? w.whereLine({ line: p.line }) : p.field === 'file' ? w.whereFile : w.whereArgument;
  const key = `reason_${p.reason}` as keyof OperatorWords;
  const entry = w[key];
  const facts = { ...(p.facts ?? {}), reason: p.reason };
  const text =
    typeof entry === 'function' ? (entry as (x: Record<string, unknown>) => string)(facts) : typeof entry === 'string' ? entry : w.reason_unknown(facts);
  const value = p.value !== undefined ? ` "${p.value}"` : '';
  return lang === 'zh' ? `${where} ${p.field}${value}：${text}` : `${where}, ${p.field}${value}: ${text}`;
}

/** Every line an operator needs to fix what was refused. */
export function describeOperatorError(err: OperatorError, lang: OperatorLang): string {
  const w = operatorWords(lang);
  const d = err.data;
  switch (err.code) {
    case 'INVALID_ROWS': {
      const problems = [...(d.problems ?? [])].sort((a, b) => a.line - b.line);
      return [w.invalidRows({ count: problems.length }), ...problems.map((p) => `  ${describeProblem(p, lang)}`)].join('\n');
    }
    case 'BOOKED_SESSIONS_CONFLICT': {
      const conflicts = d.conflicts ?? [];
      const lines = conflicts.map((c) => {
        const base = { sessionId: c.sessionId, point: c.pointCode, date: c.localDate.slice(5), start: c.startTime, booked: c.booked };
        return `  ${
          c.change === 'capacity'
            ? w.conflictCapacity({ ...base, capacity: c.requestedCapacity ?? 0 })
            : w.conflictEndTime({ ...base, from: c.currentEnd ?? '', to: c.requestedEnd ?? '' })
        }`;
      });
      return [w.conflictsIntro({ count: conflicts.length }), ...lines, w.conflictsHint].join('\n');
    }
    case 'POINT_NOT_FOUND':
      return w.pointNotFound(d as Record<string, string>);
    case 'STAFF_NOT_FOUND':
      return w.staffNotFound(d as Record<string, string>);
    case 'ADMIN_ONLY':
      return w.adminOnly;
    case 'FILE_UNREADABLE':
      return w.fileUnreadable(d as Record<string, string>);
  }
}

export function describePointsResult(r: PointsImportResult, lang: OperatorLang): string {
  const w = operatorWords(lang);
  const lines = [
    w.pointsResult({
      created: r.created.length,
      updated: r.updated.length,
      unchanged: r.unchanged,
      deactivated: r.deactivated.length,
      reactivated: r.reactivated.length,
    }),
    ...r.updated.slice(0, 100).map((u) => w.pointUpdated({ code: u.code, fields: u.fields.join(', ') })),
    ...r.deactivated.map((d) =>
      w.pointDeactivated({ code: d.code, bookings: d.cancelledBookings, waitlist: d.waitlistCancelled, closed: d.sessionsClosed, deleted: d.sessionsDeleted }),
    ),
  ];
  if (r.dryRun) lines.push(w.dryRunNote);
  return lines.join('\n');
}

export function describeTimetableResult(r: TimetableImportResult, lang: OperatorLang): string {
  const w = operatorWords(lang);
  const s = r.sessions;
  const lines = [
    w.timetableResult({ points: r.points.length, ...r.templates }),
    w.exceptionsResult({
      closedAdded: r.closedDays.added,
      closedSame: r.closedDays.unchanged,
      extraAdded: r.extras.added,
      extraChanged: r.extras.changed,
      extraSame: r.extras.unchanged,
    }),
    w.sessionsResult({
      from: r.horizon.from,
      to: r.horizon.to,
      created: s.created,
      updated: s.updated,
      deleted: s.deleted,
      closed: s.closed,
      bookings: s.cancelledBookings,
      waitlist: s.waitlistCancelled,
      offered: s.offered,
    }),
  ];
  if (r.dryRun) lines.push(w.dryRunNote);
  return lines.join('\n');
}

export function describeStaffResult(r: StaffImportResult, lang: OperatorLang): string {
  const w = operatorWords(lang);
  const lines = [w.staffResult({ added: r.added.length, updated: r.updated.length, unchanged: r.unchanged, deactivated: r.deactivated.length })];
  if (r.dryRun) lines.push(w.dryRunNote);
  return lines.join('\n');
}
