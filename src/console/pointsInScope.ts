import type { StaffScope } from '../booking/staffAccess.ts';
import type { Queryable } from '../db/Queryable.ts';

export interface ConsolePoint {
  id: number;
  code: string;
  nameZh: string;
  nameEn: string;
  district: string;
  pointType: string;
  minAgeMonths: number;
  maxAgeMonths: number;
  phone: string;
  active: boolean;
}

/** The points a staff member may see (the operators' scope: admins all, point staff theirs), by code. */
export async function pointsInScope(db: Queryable, scope: StaffScope): Promise<ConsolePoint[]> {
  const r = await db.query<Record<string, any>>(
    `SELECT id, code, name_zh, name_en, district, point_type, min_age_months, max_age_months, phone, active
       FROM service_points WHERE $1::int[] IS NULL OR id = ANY($1::int[]) ORDER BY code`,
    [scope.all ? null : scope.pointIds],
  );
  return r.rows.map((p) => ({
    id: p.id,
    code: p.code,
    nameZh: p.name_zh,
    nameEn: p.name_en,
    district: p.district,
    pointType: p.point_type,
    minAgeMonths: p.min_age_months,
    maxAgeMonths: p.max_age_months,
    phone: p.phone,
    active: p.active,
  }));
}
