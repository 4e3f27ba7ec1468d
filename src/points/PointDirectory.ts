import { z } from 'zod';
import type { Db } from '../db/database.ts';
import type { PointDetails } from '../domain/servicePoint.ts';
import { DISTRICTS } from '../domain/xiamenPlaces.ts';
import { DomainError } from '../errors/DomainError.ts';

/** A point as the directory finds it: its details, its row id, and how far it is when the parent shared a location. */
export interface PointInfo extends PointDetails {
  id: number;
  distanceKm?: number;
}

const query = z.object({
  district: z.enum(DISTRICTS).optional(),
  near: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).optional(),
  limit: z.number().int().min(1).max(100).default(5),
});

/** The care points themselves: where they are and how to reach them. */
export function createPointDirectory({ pool }: { pool: Db }) {
  return {
    async findPoints(args: z.input<typeof query>): Promise<PointInfo[]> {
      const parsed = query.safeParse(args);
      if (!parsed.success) throw new DomainError('INVALID_INPUT', { field: parsed.error.issues[0]?.path.join('.'), reason: parsed.error.issues[0]?.message });
      const q = parsed.data;
      const lat = q.near?.latitude ?? null;
      const lng = q.near?.longitude ?? null;
      const r = await pool.query(
        `SELECT *, CASE WHEN $2::float8 IS NULL THEN NULL ELSE
             6371 * 2 * asin(sqrt(power(sin(radians(latitude - $2) / 2), 2) +
               cos(radians($2)) * cos(radians(latitude)) * power(sin(radians(longitude - $3) / 2), 2))) END AS distance_km
         FROM service_points
         WHERE active AND ($1::text IS NULL OR district = $1)
         ORDER BY distance_km NULLS LAST, code
         LIMIT $4`,
        [q.district ?? null, lat, lng, q.limit],
      );
      return r.rows.map((p) => ({
        id: p.id,
        code: p.code,
        nameZh: p.name_zh,
        nameEn: p.name_en,
        district: p.district,
        neighbourhoodZh: p.neighbourhood_zh,
        neighbourhoodEn: p.neighbourhood_en,
        addressZh: p.address_zh,
        addressEn: p.address_en,
        latitude: p.latitude,
        longitude: p.longitude,
        phone: p.phone,
        pointType: p.point_type,
        minAgeMonths: p.min_age_months,
        maxAgeMonths: p.max_age_months,
        distanceKm: p.distance_km === null ? undefined : Math.round(p.distance_km * 10) / 10,
      }));
    },
  };
}

export type PointDirectory = ReturnType<typeof createPointDirectory>;
