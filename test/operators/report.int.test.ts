import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { reportCsv, reportMarkdown } from '../../src/operators/formatReport.ts';
import { getTestDatabase, resetDatabase, testDatabaseUrl } from '../helpers/testDatabase.ts';
import { CLI, makeFamily, makeOps, operatorErrorOf, pointRow, pointsCsv, sessionAt, timetableCsv } from './helpers.ts';

describe(`usage report and unmet demand (${testDatabaseUrl ? 'PostgreSQL' : 'PGlite'})`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await getTestDatabase();
  });
  beforeEach(async () => {
    await resetDatabase(db);
    const { ops } = makeOps(db);
    await ops.importPoints({ text: pointsCsv(pointRow('SM-A'), pointRow('HL-B', { district: 'huli', lat: 24.5041, lng: 118.1318 })), actor: CLI });
    await ops.importTimetable({
      text: timetableCsv(
        'weekly,SM-A,,sat,,09:00,12:00,half_day,,2,',
        'weekly,SM-A,,sat,,14:30,17:30,half_day,,4,',
        'weekly,HL-B,,sun,,09:00,12:00,half_day,,3,',
      ),
      actor: CLI,
    });
  });

  it('records searches that found no free place — what was wanted, nothing about who', async () => {
    const { booking } = makeOps(db);
    const sat = (await sessionAt(db, 'SM-A', '2026-11-28', '09:00'))!;
    for (const p of [1, 2]) await booking.bookSession({ parentId: p, childId: await makeFamily(db, p), sessionId: sat.id });
    // Saturday morning in Siming is full now: unmet. Saturday afternoon has places: not unmet.
    expect(await booking.searchSlots({ from: '2026-11-28', to: '2026-11-28', district: 'siming', partOfDay: 'morning', childAgeMonths: 20 })).toEqual([]);
    expect((await booking.searchSlots({ from: '2026-11-28', to: '2026-11-28', district: 'siming', partOfDay: 'afternoon' })).length).toBe(1);
    // Near a location in Huli on a Saturday: nothing there.
    await booking.searchSlots({ from: '2026-11-28', to: '2026-11-29', near: { latitude: 24.5041, longitude: 118.1318 }, radiusKm: 2, kind: 'trial_class' });
    // Paging on is not new demand.
    await booking.searchSlots({ from: '2026-11-28', to: '2026-11-28', district: 'siming', partOfDay: 'morning', offset: 10 });
    const rows = await db.pool.query(`SELECT district, wanted_from::text, wanted_to::text, part_of_day, kind, age_band FROM unmet_searches ORDER BY id`);
    expect(rows.rows).toEqual([
      { district: 'siming', wanted_from: '2026-11-28', wanted_to: '2026-11-28', part_of_day: 'morning', kind: null, age_band: '12-23' },
      { district: 'huli', wanted_from: '2026-11-28', wanted_to: '2026-11-29', part_of_day: 'any', kind: 'trial_class', age_band: null },
    ]);
    const columns = (
      await db.pool.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'unmet_searches' ORDER BY ordinal_position`)
    ).rows.map((r) => r.column_name);
    expect(columns).toEqual(['id', 'searched_at', 'district', 'wanted_from', 'wanted_to', 'part_of_day', 'kind', 'age_band']);
  });

  it('reports capacity, bookings, attendance, no-shows, late cancellations, waitlist and unmet demand per point × weekday × part of day', async () => {
    const { ops, booking, clock } = makeOps(db);
    const sat = (await sessionAt(db, 'SM-A', '2026-11-28', '09:00'))!;
    const pm = (await sessionAt(db, 'SM-A', '2026-11-28', '14:30'))!;
    const refs: string[] = [];
    for (const p of [1, 2]) refs.push((await booking.bookSession({ parentId: p, childId: await makeFamily(db, p), sessionId: sat.id })).booking.refCode);
    await booking.joinWaitlist({ parentId: 3, childId: await makeFamily(db, 3), sessionId: sat.id });
    const late = await booking.bookSession({ parentId: 4, childId: await makeFamily(db, 4), sessionId: pm.id });
    await booking.searchSlots({ from: '2026-11-28', to: '2026-11-28', district: 'siming', partOfDay: 'morning' });
    await ops.staff.importFile(CLI, { text: 'telegram_user_id,name,role,points\n900,管理员,admin,\n901,王老师,point_staff,SM-A' });
    clock.set('2026-11-28T13:30:00+08:00');
    await booking.cancelBooking({ actor: { parentId: 4 }, bookingRef: late.booking.refCode });
    await booking.markAttendance(901, refs[0]!, 'attended');
    await booking.markAttendance(901, refs[1]!, 'no_show');

    const r = await ops.report({ from: '2026-11-23', to: '2026-12-06' });
    const morning = r.slots.find((s) => s.pointCode === 'SM-A' && s.weekday === 6 && s.partOfDay === 'morning')!;
    expect(morning).toMatchObject({
      sessions: 2,
      capacity: 4,
      booked: 2,
      attended: 1,
      noShows: 1,
      waitlistJoins: 1,
      waitlistNeverServed: 1,
      lateCancellations: 0,
    });
    const afternoon = r.slots.find((s) => s.pointCode === 'SM-A' && s.weekday === 6 && s.partOfDay === 'afternoon')!;
    expect(afternoon).toMatchObject({ sessions: 2, capacity: 8, booked: 0, lateCancellations: 1 });
    expect(r.unmet).toEqual([{ district: 'siming', date: '2026-11-28', partOfDay: 'morning', searches: 1 }]);
    expect(r.weeks.map((w) => [w.weekStart, w.capacity, w.booked, w.unmetSearches])).toEqual([
      ['2026-11-23', 9, 2, 1],
      ['2026-11-30', 9, 0, 0],
    ]);
    expect(r.totals).toMatchObject({ capacity: 18, booked: 2, attended: 1, noShows: 1, lateCancellations: 1, unmetSearches: 1 });

    const md = reportMarkdown(r, 'en');
    expect(md).toContain('# Ailin community childcare usage 2026-11-23 to 2026-12-06');
    expect(md).toMatch(/\| Siming \| morning \| 1 \|/);
    expect(md).toContain('| SM-A Point SM-A | Siming | Sat | morning | 2 | 0 | 4 | 2 | 1 | 1 | 0 | 1 | 0 | 0 | 1 | 50% |');
    const csv = reportCsv(r, 'points');
    expect(csv.split('\n')[0]).toBe(
      'point,district,weekday,part,sessions,closed,capacity,booked,attended,no_shows,late_cancellations,waitlist_joins,offers_taken,offers_expired,waitlist_never_served,fill',
    );
    expect(reportCsv(r, 'unmet')).toBe('district,date,part,searches\nsiming,2026-11-28,morning,1\n');

    // Staff see their own points (and their districts' unmet demand); admins see all.
    const week = await ops.weekSummary(901);
    expect(week.pointCodes).toEqual(['SM-A']);
    expect(week.slots.every((s) => s.pointCode === 'SM-A')).toBe(true);
    expect((await ops.weekSummary(900)).pointCodes).toBeNull();
    // Bad arguments name themselves.
    expect((await operatorErrorOf(ops.report({ from: '2026-12-06', to: '2026-11-23' }))).data.problems![0]).toMatchObject({
      field: 'to',
      reason: 'from_after_to',
    });
    expect((await operatorErrorOf(ops.report({ from: '2026-02-30', to: '2026-03-01' }))).data.problems![0]).toMatchObject({
      field: 'from',
      reason: 'bad_date',
    });
    expect((await operatorErrorOf(ops.report({ from: '2026-11-23', to: '2026-11-30', pointCodes: ['NOPE'] }))).code).toBe('POINT_NOT_FOUND');
  });
});
