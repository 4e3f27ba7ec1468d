import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { describeOperatorError } from '../../src/operators/describeOperatorError.ts';
import { getTestDatabase, resetDatabase, testDatabaseUrl } from '../helpers/testDatabase.ts';
import { CLI, count, makeFamily, makeOps, operatorErrorOf, pointRow, pointsCsv, sessionAt, timetableCsv } from './helpers.ts';

describe(`points import (${testDatabaseUrl ? 'PostgreSQL' : 'PGlite'})`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await getTestDatabase();
  });
  beforeEach(async () => {
    await resetDatabase(db);
  });

  it('creates points from CSV, then re-importing the same file changes nothing', async () => {
    const { ops } = makeOps(db);
    const text = pointsCsv(pointRow('SM-A'), pointRow('HL-B', { district: '湖里', lat: 24.5041, lng: 118.1318 }));
    const r = await ops.importPoints({ text, fileName: 'points.csv', actor: CLI });
    expect(r).toMatchObject({ created: ['SM-A', 'HL-B'], updated: [], unchanged: 0, deactivated: [] });
    const p = await db.pool.query(`SELECT code, district, neighbourhood_zh, address_en, active FROM service_points ORDER BY id`);
    expect(p.rows).toEqual([
      { code: 'SM-A', district: 'siming', neighbourhood_zh: '莲前街道', address_en: 'Address SM-A, Siming', active: true },
      { code: 'HL-B', district: 'huli', neighbourhood_zh: '江头街道', address_en: 'Address HL-B, Siming', active: true },
    ]);
    const again = await ops.importPoints({ text, actor: CLI });
    expect(again).toMatchObject({ created: [], updated: [], unchanged: 2 });
    const changed = await ops.importPoints({
      text: pointsCsv(pointRow('SM-A', { name: '新名字' }), pointRow('HL-B', { district: 'huli', lat: 24.5041, lng: 118.1318 })),
      actor: CLI,
    });
    expect(changed.updated).toEqual([{ code: 'SM-A', fields: ['name_zh'] }]);
    expect(await count(db, `SELECT count(*) FROM audit_log WHERE action = 'points.import' AND actor_label = 'cli:test'`)).toBe(3);
  });

  it('reads JSON too, with line numbers in its messages', async () => {
    const { ops } = makeOps(db);
    const text = `{
  "points": [
    { "code": "SM-A", "name_zh": "甲", "district": "siming", "address_zh": "地址", "latitude": 24.48, "longitude": 118.1,
      "phone": "0592-5100101", "point_type": "institution_embedded", "operator": "机构" },
    { "code": "SM-B", "name_zh": "乙", "district": "nowhere", "address_zh": "地址", "latitude": 24.48, "longitude": 118.1,
      "phone": "0592-5100101", "point_type": "institution_embedded", "operator": "机构" }
  ]
}`;
    const e = await operatorErrorOf(ops.importPoints({ text, fileName: 'p.json', actor: CLI }));
    expect(e.data.problems).toEqual([expect.objectContaining({ line: 5, field: 'district', reason: 'unknown_district', value: 'nowhere' })]);
    expect(await count(db, 'SELECT count(*) FROM service_points')).toBe(0);
    const ok = await ops.importPoints({ text: text.replace('nowhere', '思明区'), fileName: 'p.json', actor: CLI });
    expect(ok.created).toEqual(['SM-A', 'SM-B']);
  });

  it('reports every bad row with its line and field, and writes nothing', async () => {
    const { ops } = makeOps(db);
    await ops.importPoints({ text: pointsCsv(pointRow('SM-A')), actor: CLI });
    const text = pointsCsv(
      pointRow('SM-NEW'),
      pointRow('SM-B', { district: 'pudong' }),
      pointRow('SM-C', { lat: 31.23, lng: 121.47 }),
      pointRow('SM-D', { name: '' }),
      pointRow('SM-NEW'),
      pointRow('SM-E', { min: 24, max: 12 }),
      pointRow('SM-F', { max: 48 }),
      pointRow('SM-G').replace('0592-5100101', '12345'),
    );
    const e = await operatorErrorOf(ops.importPoints({ text, actor: CLI }));
    expect(e.code).toBe('INVALID_ROWS');
    expect(e.data.problems!.map((p) => `${p.line}:${p.field}:${p.reason}`)).toEqual([
      '3:district:unknown_district',
      '4:latitude:outside_xiamen',
      '4:longitude:outside_xiamen',
      '5:name_zh:missing',
      '6:code:duplicate_code',
      '7:min_age_months:min_above_max',
      '8:max_age_months:out_of_range',
      '9:phone:bad_phone',
    ]);
    expect(describeOperatorError(e, 'en')).toContain('line 6, code "SM-NEW": is a duplicate code (already on line 2)');
    expect(describeOperatorError(e, 'zh')).toContain('第3行 district "pudong"：不是厦门的区');
    expect(await count(db, 'SELECT count(*) FROM service_points')).toBe(1);
    const unknownColumn = await operatorErrorOf(ops.importPoints({ text: pointsCsv(pointRow('SM-Z')).replace('latitude', 'lattitude'), actor: CLI }));
    expect(unknownColumn.data.problems!.map((p) => `${p.line}:${p.field}:${p.reason}`)).toEqual(
      expect.arrayContaining(['1:lattitude:unknown_column', '1:latitude:missing_column']),
    );
  });

  it('refuses drop-off care at a community_shared point: in the timetable, and when a point with drop-off sessions turns shared', async () => {
    const { ops } = makeOps(db);
    await ops.importPoints({ text: pointsCsv(pointRow('SM-A'), pointRow('SM-S', { type: 'community_shared' })), actor: CLI });
    const t = await operatorErrorOf(ops.importTimetable({ text: timetableCsv('weekly,SM-S,,sat,,09:00,12:00,half_day,,10,'), actor: CLI }));
    expect(t.data.problems).toEqual([expect.objectContaining({ line: 2, field: 'kind', reason: 'drop_off_at_shared_point' })]);
    await ops.importTimetable({
      text: timetableCsv('weekly,SM-A,,sat,,09:00,12:00,half_day,,10,', 'weekly,SM-S,,sat,,10:00,11:00,trial_class,picture_books,10,'),
      actor: CLI,
    });
    const p = await operatorErrorOf(ops.importPoints({ text: pointsCsv(pointRow('SM-A', { type: 'community_shared' })), actor: CLI }));
    expect(p.data.problems).toEqual([
      expect.objectContaining({ line: 2, field: 'point_type', reason: 'drop_off_timetabled', facts: { templates: 1, sessions: 4 } }),
    ]);
    expect(await count(db, `SELECT count(*) FROM service_points WHERE point_type = 'community_shared'`)).toBe(1);
  });

  it('a point marked inactive with future bookings is deactivated, never deleted; families are told with alternatives', async () => {
    const { ops, booking } = makeOps(db);
    await ops.importPoints({ text: pointsCsv(pointRow('SM-A'), pointRow('SM-B', { lat: 24.48, lng: 118.15 })), actor: CLI });
    await ops.importTimetable({
      text: timetableCsv('weekly,SM-A,,"sat,sun",,09:00,12:00,half_day,,10,', 'weekly,SM-B,,sat,,09:00,12:00,half_day,,10,'),
      actor: CLI,
    });
    const sat = (await sessionAt(db, 'SM-A', '2026-11-28', '09:00'))!;
    const child = await makeFamily(db, 1);
    await booking.bookSession({ parentId: 1, childId: child, sessionId: sat.id });
    const before = await count(db, 'SELECT count(*) FROM sessions');

    const dry = await ops.importPoints({
      text: pointsCsv(pointRow('SM-A', { active: false }), pointRow('SM-B', { lat: 24.48, lng: 118.15 })),
      actor: CLI,
      dryRun: true,
    });
    expect(dry.deactivated).toEqual([{ code: 'SM-A', cancelledBookings: 1, waitlistCancelled: 0, sessionsClosed: 1, sessionsDeleted: 7 }]);
    expect(await count(db, 'SELECT count(*) FROM sessions')).toBe(before);
    expect(await count(db, 'SELECT count(*) FROM outbox')).toBe(0);

    const r = await ops.importPoints({ text: pointsCsv(pointRow('SM-A', { active: false }), pointRow('SM-B', { lat: 24.48, lng: 118.15 })), actor: CLI });
    expect(r.deactivated).toEqual(dry.deactivated);
    expect((await db.pool.query(`SELECT active FROM service_points WHERE code = 'SM-A'`)).rows[0].active).toBe(false);
    expect(await count(db, `SELECT count(*) FROM bookings WHERE status = 'cancelled' AND cancelled_by = 'staff'`)).toBe(1);
    const o = await db.pool.query(`SELECT chat_id, kind, payload FROM outbox`);
    expect(o.rows).toHaveLength(1);
    expect(o.rows[0]).toMatchObject({
      chat_id: 1,
      kind: 'session_closed',
      payload: { reason: 'point_closed', alternatives: [expect.objectContaining({ pointNameEn: 'Point SM-B' })] },
    });
    // Generation skips an inactive point; reactivating brings its timetable back.
    expect((await ops.generateSessions()).created).toBe(0);
    const back = await ops.importPoints({ text: pointsCsv(pointRow('SM-A')), actor: CLI });
    expect(back.reactivated).toEqual(['SM-A']);
    expect(await count(db, `SELECT count(*) FROM sessions s JOIN service_points p ON p.id = s.point_id WHERE p.code = 'SM-A' AND s.status = 'open'`)).toBe(7);
  });

  it('--full deactivates the active points missing from the file', async () => {
    const { ops } = makeOps(db);
    await ops.importPoints({ text: pointsCsv(pointRow('SM-A'), pointRow('SM-B')), actor: CLI });
    const r = await ops.importPoints({ text: pointsCsv(pointRow('SM-A')), actor: CLI, full: true });
    expect(r.deactivated.map((d) => d.code)).toEqual(['SM-B']);
    expect(await count(db, 'SELECT count(*) FROM service_points')).toBe(2);
  });
});
