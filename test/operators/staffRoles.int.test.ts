import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEscalationService } from '../../src/escalation/EscalationService.ts';
import type { Database } from '../../src/db/database.ts';
import { getTestDatabase, resetDatabase, testDatabaseUrl } from '../helpers/testDatabase.ts';
import { CLI, count, makeFamily, makeOps, operatorErrorOf, pointRow, pointsCsv, sessionAt, timetableCsv } from './helpers.ts';

const STAFF_FILE = [
  'telegram_user_id,name,role,points,active',
  '900,管理员,admin,,true',
  '901,王老师,point_staff,"SM-A,SM-B",true',
  '902,李老师,point_staff,SM-C,true',
].join('\n');

describe(`staff roles, scope, revocation and the audit log (${testDatabaseUrl ? 'PostgreSQL' : 'PGlite'})`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await getTestDatabase();
  });
  beforeEach(async () => {
    await resetDatabase(db);
    const { ops } = makeOps(db);
    await ops.importPoints({ text: pointsCsv(pointRow('SM-A'), pointRow('SM-B'), pointRow('SM-C')), actor: CLI });
    await ops.importTimetable({
      text: timetableCsv(
        'weekly,SM-A,,sat,,09:00,12:00,half_day,,10,',
        'weekly,SM-B,,sat,,09:00,12:00,half_day,,10,',
        'weekly,SM-C,,sat,,09:00,12:00,half_day,,10,',
      ),
      actor: CLI,
    });
  });

  it('staff from a file: bad rows refused with line and field; point staff see and act on their points only', async () => {
    const { ops, booking, clock } = makeOps(db);
    const bad = await operatorErrorOf(
      ops.staff.importFile(CLI, { text: 'telegram_user_id,name,role,points\n901,王老师,point_staff,SM-Z\nabc,,boss,\n901,again,admin,', fileName: 's.csv' }),
    );
    expect(bad.data.problems!.map((p) => `${p.line}:${p.field}:${p.reason}`)).toEqual([
      '2:points:unknown_point',
      '3:telegram_user_id:not_integer',
      '3:name:missing',
      '3:role:not_allowed',
      '4:telegram_user_id:duplicate_id',
    ]);
    expect(await count(db, 'SELECT count(*) FROM staff')).toBe(0);
    expect(await ops.staff.importFile(CLI, { text: STAFF_FILE, fileName: 'staff.csv' })).toMatchObject({ added: [900, 901, 902] });

    expect(await ops.scope(901)).toEqual({ all: false, pointIds: [1, 2] });
    expect(await ops.scope(900)).toEqual({ all: true });
    expect(await ops.scope(12345)).toBeNull();
    const roster = await booking.roster(901, '2026-11-28');
    expect(roster.map((s) => s.point.code)).toEqual(['SM-A', 'SM-B']);
    expect((await booking.roster(900, '2026-11-28')).length).toBe(3);
    await expect(booking.roster(902, '2026-11-28', 1)).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const b = (await sessionAt(db, 'SM-B', '2026-11-28', '09:00'))!;
    const { booking: made } = await booking.bookSession({ parentId: 1, childId: await makeFamily(db, 1), sessionId: b.id });
    const { booking: other } = await booking.bookSession({ parentId: 2, childId: await makeFamily(db, 2), sessionId: b.id });
    await expect(booking.cancelBooking({ actor: { staffUserId: 902 }, bookingRef: other.refCode })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await booking.cancelBooking({ actor: { staffUserId: 901 }, bookingRef: other.refCode, reason: '家长电话取消' });
    clock.set('2026-11-28T10:00:00+08:00');
    await expect(booking.markAttendance(902, made.refCode, 'no_show')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await booking.markAttendance(901, made.refCode, 'attended');
    await expect(booking.closeSession(902, b.id, '停电')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await booking.closeSession(901, b.id, '停电');
    const audit = await db.pool.query(`SELECT action, actor_label, target_type, target_id, details FROM audit_log WHERE actor_kind = 'staff' ORDER BY id`);
    expect(audit.rows).toEqual([
      {
        action: 'booking.cancel',
        actor_label: '王老师 (901)',
        target_type: 'booking',
        target_id: other.refCode,
        details: { sessionId: b.id, reason: '家长电话取消' },
      },
      {
        action: 'attendance.mark',
        actor_label: '王老师 (901)',
        target_type: 'booking',
        target_id: made.refCode,
        details: { sessionId: b.id, from: 'confirmed', to: 'attended' },
      },
      {
        action: 'session.close',
        actor_label: '王老师 (901)',
        target_type: 'session',
        target_id: String(b.id),
        details: { reason: '停电', cancelledBookings: 0, waitlistCancelled: 0 },
      },
    ]);
    // Admins read the log; point staff cannot.
    expect((await ops.auditLog(900, 10)).map((r) => r.action)).toEqual(
      expect.arrayContaining(['session.close', 'attendance.mark', 'booking.cancel', 'staff.import']),
    );
    await expect(ops.auditLog(901)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('an admin adds, reassigns and deactivates staff; a deactivated member loses every power at once', async () => {
    const { ops, booking } = makeOps(db);
    await ops.staff.importFile(CLI, { text: STAFF_FILE, fileName: 'staff.csv' });
    await expect(ops.saveStaff(901, { telegramUserId: 903, name: 'x', role: 'admin', points: [], active: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const added = await ops.saveStaff(900, { telegramUserId: 903, name: '陈老师', role: 'point_staff', points: ['SM-C'], active: true });
    expect(added).toMatchObject({ outcome: 'added', staff: { points: ['SM-C'], source: 'command' } });
    const moved = await ops.saveStaff(900, { telegramUserId: 903, name: '陈老师', role: 'point_staff', points: ['SM-A', 'SM-C'], active: true });
    expect(moved.staff.points).toEqual(['SM-A', 'SM-C']);
    const unknown = await operatorErrorOf(ops.saveStaff(900, { telegramUserId: 904, name: 'y', role: 'point_staff', points: ['NOPE'], active: true }));
    expect(unknown.data.problems).toEqual([{ line: 0, field: 'points', reason: 'unknown_point', value: 'NOPE' }]);

    expect((await ops.deactivateStaff(900, 901)).alreadyInactive).toBe(false);
    const escalation = createEscalationService({ pool: db.pool, clock: makeOps(db).clock });
    expect(await escalation.getStaff(901)).toBeNull();
    expect(await booking.getStaff(901)).toBeNull();
    await expect(booking.roster(901, '2026-11-28')).rejects.toMatchObject({ code: 'NOT_STAFF' });
    await expect(ops.closeDay(901, { target: 'SM-A', date: '2026-11-28', reason: 'typhoon' })).rejects.toMatchObject({ code: 'NOT_STAFF' });
    expect(await ops.scope(901)).toBeNull();
    const self = await operatorErrorOf(ops.deactivateStaff(900, 900));
    expect(self.data.problems![0]!.reason).toBe('cannot_deactivate_self');
    const log = await db.pool.query(`SELECT action, target_id FROM audit_log WHERE action LIKE 'staff.%' AND actor_kind = 'staff' ORDER BY id`);
    expect(log.rows).toEqual([
      { action: 'staff.save', target_id: '903' },
      { action: 'staff.save', target_id: '903' },
      { action: 'staff.deactivate', target_id: '901' },
    ]);
  });

  it('the staff file deactivates rows marked inactive and earlier file staff it no longer lists', async () => {
    const { ops } = makeOps(db);
    await ops.staff.importFile(CLI, { text: STAFF_FILE, fileName: 'staff.csv' });
    const r = await ops.staff.importFile(CLI, {
      text: ['telegram_user_id,name,role,points,active', '900,管理员,admin,,true', '901,王老师,point_staff,SM-A,false'].join('\n'),
    });
    expect(r).toMatchObject({ added: [], unchanged: 1, deactivated: [901, 902] });
    expect(await ops.scope(901)).toBeNull();
    expect(await ops.scope(902)).toBeNull();
  });

  it('STAFF_USER_IDS is reconciled at start: ids no longer listed lose access unless the file or an admin manages them', async () => {
    const { ops } = makeOps(db);
    const escalation = createEscalationService({ pool: db.pool, clock: makeOps(db).clock });
    await escalation.ensureStaff([11, 12]);
    expect(await ops.scope(11)).toEqual({ all: true });
    // 12 is now also in the staff file, as point staff: the file manages it from here on.
    await ops.staff.importFile(CLI, { text: 'telegram_user_id,name,role,points\n12,文件里的,point_staff,SM-A' });
    await escalation.ensureStaff([]);
    expect(await ops.scope(11)).toBeNull();
    expect(await ops.scope(12)).toEqual({ all: false, pointIds: [1] });
    // Listed again: back as an admin.
    await escalation.ensureStaff([11]);
    expect(await ops.scope(11)).toEqual({ all: true });
    // An admin's deactivation holds even while the id is still listed.
    await ops.staff.importFile(CLI, { text: 'telegram_user_id,name,role,points\n900,管理员,admin,' });
    await ops.deactivateStaff(900, 11);
    await escalation.ensureStaff([11]);
    expect(await ops.scope(11)).toBeNull();
    const rec = await db.pool.query(`SELECT details FROM audit_log WHERE action = 'staff.reconcile' ORDER BY id`);
    expect(rec.rows.map((r) => r.details)).toEqual([
      { added: [11, 12], reactivated: [], deactivated: [] },
      { added: [], reactivated: [], deactivated: [11] },
      { added: [], reactivated: [11], deactivated: [] },
    ]);
  });
});
