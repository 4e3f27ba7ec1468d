import type { Queryable } from '../db/Queryable.ts';
import { DomainError } from '../errors/DomainError.ts';
import type { StaffMember } from './types.ts';

/** Which points a staff member may see and act on: all (admins) or a list. */
export type StaffScope = { all: true } | { all: false; pointIds: number[] };

/**
 * An active staff member with the points they serve. A deactivated row is
 * not staff at all: every power ends with the `active` flag.
 */
export async function loadStaff(db: Queryable, telegramUserId: number): Promise<StaffMember | null> {
  const r = await db.query<{ id: number; telegram_user_id: number; name: string; role: 'admin' | 'point_staff'; point_id: number | null; point_ids: number[] }>(
    `SELECT s.id, s.telegram_user_id, s.name, s.role, s.point_id,
            array(SELECT sp.point_id FROM staff_points sp WHERE sp.staff_id = s.id
                  UNION SELECT s.point_id WHERE s.point_id IS NOT NULL ORDER BY 1) AS point_ids
       FROM staff s WHERE s.telegram_user_id = $1 AND s.active`,
    [telegramUserId],
  );
  const s = r.rows[0];
  if (!s) return null;
  return {
    id: s.id,
    telegramUserId: Number(s.telegram_user_id),
    name: s.name,
    role: s.role,
    pointId: s.point_id,
    pointIds: s.role === 'admin' ? [] : s.point_ids.map(Number),
  };
}

export async function requireStaff(db: Queryable, telegramUserId: number): Promise<StaffMember> {
  const s = await loadStaff(db, telegramUserId);
  if (!s) throw new DomainError('NOT_STAFF');
  return s;
}

export function scopeOf(staff: StaffMember): StaffScope {
  if (staff.role === 'admin') return { all: true };
  return { all: false, pointIds: staff.pointIds ?? (staff.pointId === null ? [] : [staff.pointId]) };
}

/** The points a Telegram user may see (rosters, attendance, closures, tickets, reports); null = not (or no longer) staff. */
export async function staffScope(db: Queryable, telegramUserId: number): Promise<StaffScope | null> {
  const s = await loadStaff(db, telegramUserId);
  return s ? scopeOf(s) : null;
}

/** For SQL: null = every point, else the list. */
export function scopePointIds(scope: StaffScope): number[] | null {
  return scope.all ? null : scope.pointIds;
}

/** Admins act on every point; point staff only on their own. */
export function requirePointAccess(staff: StaffMember, pointId: number): void {
  const scope = scopeOf(staff);
  if (scope.all) return;
  if (!scope.pointIds.includes(pointId)) throw new DomainError('FORBIDDEN', { pointId });
}

export function requireAdmin(staff: StaffMember): void {
  if (staff.role !== 'admin') throw new DomainError('FORBIDDEN', { adminOnly: true });
}
