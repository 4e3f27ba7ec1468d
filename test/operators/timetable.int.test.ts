import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { describeOperatorError } from '../../src/operators/describeOperatorError.ts';
import { getTestDatabase, resetDatabase, testDatabaseUrl } from '../helpers/testDatabase.ts';
import { CLI, count, makeFamily, makeOps, operatorErrorOf, pointRow, pointsCsv, sessionAt, timetableCsv } from './helpers.ts';

const WEEKLY = [
  'weekly,SM-A,,"sat,sun",,09:00,12:00,half_day,,10,',
  'weekly,SM-A,,wed,,10:00,11:00,trial_class,picture_books,8,',
  'weekly,SM-B,,sat,,14:30,17:30,half_day,,6,',
];

describe(`timetables and sessions (${testDatabaseUrl ? 'PostgreSQL' : 'PGlite'})`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await getTestDatabase();
  });
  beforeEach(async () => {
    await resetDatabase(db);
    const { ops } = makeOps(db);
    await ops.importPoints({ text: pointsCsv(pointRow('SM-A'), pointRow('SM-B', { lat: 24.4918, lng: 118.1238 })), actor: CLI });
  });

  it('generates the horizon from weekly rows, idempotently; a later clock adds only the new days', async () => {
    const { ops } = makeOps(db);
    const r = await ops.importTimetable({ text: timetableCsv(...WEEKLY), actor: CLI });
    // 25 Nov – 22 Dec: 4 Saturdays + 4 Sundays (SM-A), 4 Wednesdays incl. today, 4 Saturdays (SM-B).
    expect(r.sessions.created).toBe(16);
    expect(r.horizon).toEqual({ from: '2026-11-25', to: '2026-12-22' });
    expect((await ops.generateSessions()).created).toBe(0);
    expect((await ops.importTimetable({ text: timetableCsv(...WEEKLY), actor: CLI })).sessions).toMatchObject({
      created: 0,
      updated: 0,
      deleted: 0,
      closed: 0,
    });
    expect(await count(db, 'SELECT count(*) FROM sessions')).toBe(16);
    const later = makeOps(db, '2026-12-02T10:00:00+08:00');
    expect((await later.ops.generateSessions()).created).toBe(4);
    const dup = await count(db, `SELECT count(*) FROM (SELECT 1 FROM sessions GROUP BY point_id, starts_at, kind HAVING count(*) > 1) d`);
    expect(dup).toBe(0);
  });

  it('refuses overlapping sessions, capacity ≤ 0, an end before the start and dates in the past — and writes nothing', async () => {
    const { ops } = makeOps(db);
    const e = await operatorErrorOf(
      ops.importTimetable({
        text: timetableCsv(
          'weekly,SM-A,,"sat,sun",,09:00,12:00,half_day,,10,',
          'weekly,SM-A,,sun,,11:00,13:00,half_day,,10,',
          'weekly,SM-A,,sat,,13:00,15:00,temporary_care,,0,',
          'weekly,SM-A,,mon,,15:00,14:00,trial_class,gross_motor,5,',
          'extra,SM-A,,,2026-11-20,10:00,11:00,trial_class,music_social,5,',
          'closed,SM-A,,,2026-11-24,,,,,,typhoon',
          'weekly,SM-X,,sat,,09:00,10:00,half_day,,5,',
          'weekly,SM-A,,sat,,13:00,15:00,temporary_care,art,5,',
        ),
        actor: CLI,
      }),
    );
    expect(e.data.problems!.map((p) => `${p.line}:${p.field}:${p.reason}`).sort()).toEqual(
      [
        '3:start:overlaps',
        '4:capacity:out_of_range',
        '5:end:end_before_start',
        '6:date:date_in_past',
        '7:date:date_in_past',
        '8:point:unknown_point',
        '9:class_title:class_title_only_for_trial_class',
      ].sort(),
    );
    expect(describeOperatorError(e, 'en')).toContain('line 3, start: overlaps a session of the same kind at SM-A (line 2)');
    expect(await count(db, 'SELECT count(*) FROM session_templates')).toBe(0);
    expect(await count(db, 'SELECT count(*) FROM sessions')).toBe(0);
  });

  it('lowering capacity below what is booked is refused with the figures; raising it offers places to the waitlist', async () => {
    const { ops, booking } = makeOps(db);
    await ops.importTimetable({ text: timetableCsv('weekly,SM-A,,sat,,09:00,12:00,half_day,,3,'), actor: CLI });
    const sat = (await sessionAt(db, 'SM-A', '2026-11-28', '09:00'))!;
    for (const p of [1, 2, 3]) await booking.bookSession({ parentId: p, childId: await makeFamily(db, p), sessionId: sat.id });
    const waiting = await makeFamily(db, 4);
    await booking.joinWaitlist({ parentId: 4, childId: waiting, sessionId: sat.id });

    const e = await operatorErrorOf(ops.importTimetable({ text: timetableCsv('weekly,SM-A,,sat,,09:00,12:00,half_day,,2,'), actor: CLI }));
    expect(e.code).toBe('BOOKED_SESSIONS_CONFLICT');
    expect(e.data.conflicts).toEqual([
      { sessionId: sat.id, pointCode: 'SM-A', localDate: '2026-11-28', startTime: '09:00', booked: 3, change: 'capacity', requestedCapacity: 2 },
    ]);
    expect(describeOperatorError(e, 'en')).toContain(`session #${sat.id} (SM-A 11-28 09:00) has 3 booked; capacity 2 refused`);
    expect((await sessionAt(db, 'SM-A', '2026-11-28', '09:00'))!.capacity).toBe(3);
    expect(await count(db, `SELECT capacity FROM session_templates`)).toBe(3);

    const up = await ops.importTimetable({ text: timetableCsv('weekly,SM-A,,sat,,09:00,12:00,half_day,,5,'), actor: CLI });
    expect(up.sessions).toMatchObject({ updated: 4, offered: 1 });
    expect((await sessionAt(db, 'SM-A', '2026-11-28', '09:00'))!.capacity).toBe(5);
    expect(await count(db, `SELECT count(*) FROM outbox WHERE kind = 'waitlist_offer' AND chat_id = 4`)).toBe(1);
  });

  it('moving or removing a booked session goes through the closure flow; unbooked ones just go', async () => {
    const { ops, booking } = makeOps(db);
    await ops.importTimetable({ text: timetableCsv(...WEEKLY), actor: CLI });
    const sat = (await sessionAt(db, 'SM-A', '2026-11-28', '09:00'))!;
    await booking.bookSession({ parentId: 1, childId: await makeFamily(db, 1), sessionId: sat.id });
    // A booked session's end cannot move silently.
    const end = await operatorErrorOf(ops.importTimetable({ text: timetableCsv('weekly,SM-A,,"sat,sun",,09:00,11:30,half_day,,10,', WEEKLY[1]!), actor: CLI }));
    expect(end.data.conflicts).toEqual([expect.objectContaining({ sessionId: sat.id, change: 'end_time', currentEnd: '12:00', requestedEnd: '11:30' })]);
    // Saturday mornings move to 09:30: the booked one is closed (family told, the new time offered), the rest replaced.
    const r = await ops.importTimetable({
      text: timetableCsv('weekly,SM-A,,sat,,09:30,12:30,half_day,,10,', 'weekly,SM-A,,sun,,09:00,12:00,half_day,,10,', WEEKLY[1]!),
      actor: CLI,
    });
    expect(r.templates).toEqual({ added: 2, changed: 0, removed: 1, unchanged: 1 });
    expect(r.sessions).toMatchObject({ created: 4, deleted: 3, closed: 1, cancelledBookings: 1 });
    expect((await sessionAt(db, 'SM-A', '2026-11-28', '09:00'))!.status).toBe('cancelled');
    const moved = (await sessionAt(db, 'SM-A', '2026-11-28', '09:30'))!;
    const o = await db.pool.query(`SELECT payload FROM outbox WHERE chat_id = 1 AND kind = 'session_closed'`);
    expect(o.rows[0].payload).toMatchObject({ reason: 'timetable_change', refCode: expect.any(String) });
    expect(o.rows[0].payload.alternatives.map((a: { sessionId: number }) => a.sessionId)).toContain(moved.id);
    // SM-B was not in the file: untouched.
    expect(await count(db, `SELECT count(*) FROM sessions s JOIN service_points p ON p.id = s.point_id WHERE p.code = 'SM-B' AND s.status = 'open'`)).toBe(4);
  });

  it('a typhoon day closes every session there, families told with alternatives elsewhere; generation skips the day', async () => {
    const { ops, booking } = makeOps(db);
    await ops.importTimetable({ text: timetableCsv(...WEEKLY, 'weekly,SM-B,,sat,,09:00,12:00,half_day,,6,'), actor: CLI });
    const sat = (await sessionAt(db, 'SM-A', '2026-11-28', '09:00'))!;
    await booking.bookSession({ parentId: 1, childId: await makeFamily(db, 1), sessionId: sat.id });
    const r = await ops.importTimetable({
      text: timetableCsv('closed,SM-A,,,2026-11-28,,,,,,typhoon', 'closed,*,,,2027-01-01,,,,,,public_holiday'),
      actor: CLI,
    });
    expect(r.closedDays).toEqual({ added: 2, unchanged: 0, sessionsClosed: 1 });
    expect(r.sessions).toMatchObject({ closed: 1, cancelledBookings: 1 });
    const o = await db.pool.query(`SELECT payload, urgent FROM outbox WHERE chat_id = 1`);
    expect(o.rows[0].payload).toMatchObject({
      reason: 'typhoon',
      alternatives: expect.arrayContaining([expect.objectContaining({ pointNameEn: 'Point SM-B' })]),
    });
    expect(o.rows[0].payload.alternatives.every((a: { pointNameEn: string }) => a.pointNameEn === 'Point SM-B')).toBe(true);
    await db.pool.query(`DELETE FROM sessions WHERE status = 'cancelled'`);
    expect((await ops.generateSessions()).created).toBe(0);
    // Re-importing the same closure changes nothing.
    const again = await ops.importTimetable({ text: timetableCsv('closed,SM-A,,,2026-11-28,,,,,,typhoon'), actor: CLI });
    expect(again.closedDays).toEqual({ added: 0, unchanged: 1, sessionsClosed: 0 });
  });

  it('staff close a day and add an extra session at their own points; both are audited', async () => {
    const { ops } = makeOps(db);
    await ops.importTimetable({ text: timetableCsv(...WEEKLY), actor: CLI });
    await ops.staff.importFile(CLI, { text: 'telegram_user_id,name,role,points\n901,王老师,point_staff,SM-A\n900,管理员,admin,', fileName: 'staff.csv' });
    const extra = await ops.addExtraSession(901, {
      pointCode: 'SM-A',
      date: '2026-12-02',
      start: '15:00',
      end: '16:00',
      kind: 'trial_class',
      classTitle: 'music_social',
      capacity: 8,
    });
    expect(extra.sessionId).toBe((await sessionAt(db, 'SM-A', '2026-12-02', '15:00'))!.id);
    const overlap = await operatorErrorOf(
      ops.addExtraSession(901, {
        pointCode: 'SM-A',
        date: '2026-12-02',
        start: '10:30',
        end: '11:30',
        kind: 'trial_class',
        classTitle: 'gross_motor',
        capacity: 8,
      }),
    );
    expect(overlap.data.problems).toEqual([expect.objectContaining({ line: 0, field: 'start', reason: 'overlaps' })]);
    const earlier = await operatorErrorOf(
      ops.addExtraSession(901, { pointCode: 'SM-A', date: '2026-11-25', start: '09:00', end: '10:00', kind: 'half_day', capacity: 8 }),
    );
    expect(earlier.data.problems).toEqual([expect.objectContaining({ field: 'start', reason: 'time_in_past' })]);
    await expect(
      ops.addExtraSession(901, { pointCode: 'SM-B', date: '2026-12-02', start: '15:00', end: '16:00', kind: 'half_day', capacity: 8 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(ops.closeDay(901, { target: '*', date: '2026-11-28', reason: 'typhoon' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const past = await operatorErrorOf(ops.closeDay(901, { target: 'SM-A', date: '2026-11-24', reason: 'typhoon' }));
    expect(past.data.problems![0]).toMatchObject({ field: 'date', reason: 'date_in_past' });
    const closed = await ops.closeDay(901, { target: 'SM-A', date: '2026-11-28', reason: '台风' });
    expect(closed).toMatchObject({ scope: 'SM-A', sessionsClosed: 1, newClosure: true });
    const city = await ops.closeDay(900, { target: 'siming', date: '2026-11-29', reason: 'typhoon' });
    expect(city).toMatchObject({ scope: 'siming', sessionsClosed: 1 });
    const audit = await db.pool.query(`SELECT action, actor_label, target_id FROM audit_log WHERE actor_kind = 'staff' ORDER BY id`);
    expect(audit.rows).toEqual([
      { action: 'session.add_extra', actor_label: '王老师 (901)', target_id: String(extra.sessionId) },
      { action: 'point.close_day', actor_label: '王老师 (901)', target_id: 'SM-A' },
      { action: 'point.close_day', actor_label: '管理员 (900)', target_id: 'siming' },
    ]);
  });

  it('exports a timetable that imports back unchanged (CSV and JSON)', async () => {
    const { ops } = makeOps(db);
    await ops.importTimetable({
      text: timetableCsv(
        ...WEEKLY,
        'closed,*,,,2026-12-31,,,,,,public_holiday',
        'extra,SM-B,,,2026-12-06,15:00,16:00,trial_class,music_social,6,weekday trial',
      ),
      actor: CLI,
    });
    for (const format of ['csv', 'json'] as const) {
      const text = await ops.exportTimetable({ format });
      const r = await ops.importTimetable({ text, fileName: `t.${format}`, actor: CLI });
      expect(r.templates).toEqual({ added: 0, changed: 0, removed: 0, unchanged: 3 });
      expect(r.extras).toEqual({ added: 0, changed: 0, unchanged: 1 });
      expect(r.sessions).toMatchObject({ created: 0, updated: 0, deleted: 0, closed: 0 });
    }
    const onlyB = await ops.exportTimetable({ format: 'csv', pointCodes: ['SM-B'] });
    expect(onlyB.split('\n').filter((l) => l.startsWith('weekly')).length).toBe(1);
    expect(onlyB).toContain('closed,*,,,2026-12-31');
  });
});
