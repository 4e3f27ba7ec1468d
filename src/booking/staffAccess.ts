import type { Queryable } from '../db/Queryable.ts';
import { DomainError } from '../errors/DomainError.ts';
import type { StaffMember } from './types.ts';

export async function loadStaff(db: Queryable, telegramUserId: number): Promise<StaffMember | null> {
  const r = await db.query<{ id: number; telegram_user_id: number; name: string; role: 'admin' | 'point_staff'; point_id: number | null }>(
    'SELECT id, telegram_user_id, name, role, point_id FROM staff WHERE telegram_user_id = $1 AND active',
    [telegramUserId],
  );
  const s = r.rows[0];
  return s ? { id: s.id, telegramUserId: Number(s.telegram_user_id), name: s.name, role: s.role, pointId: s.point_id } : null;
}

export async function requireStaff(db: Queryable, telegramUserId: number): Promise<StaffMember> {
  const s = await loadStaff(db, telegramUserId);
  if (!s) throw new DomainError('NOT_STAFF');
  return s;
}

/** Admins act on every point; point staff only on their own. */
export function requirePointAccess(staff: StaffMember, pointId: number): void {
  if (staff.role === 'admin') return;
  if (staff.pointId !== pointId) throw new DomainError('FORBIDDEN', { pointId });
}
