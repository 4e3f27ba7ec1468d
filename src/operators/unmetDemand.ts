import type { BookingDeps } from '../booking/context.ts';
import type { SearchQuery } from '../booking/input.ts';
import type { SlotResult } from '../booking/types.ts';
import { NEIGHBOURHOODS, type District } from '../domain/xiamenPlaces.ts';

export type AgeBand = '0-11' | '12-23' | '24-36' | '37+';

export function ageBandOf(months: number): AgeBand {
  return months < 12 ? '0-11' : months < 24 ? '12-23' : months <= 36 ? '24-36' : '37+';
}

/** The district a shared location falls in (nearest known neighbourhood): demand is counted by district, never by place. */
export function districtNear(latitude: number, longitude: number): District {
  let best = NEIGHBOURHOODS[0]!;
  let bestD = Number.POSITIVE_INFINITY;
  for (const n of NEIGHBOURHOODS) {
    const d = (n.latitude - latitude) ** 2 + ((n.longitude - longitude) * Math.cos((latitude * Math.PI) / 180)) ** 2;
    if (d < bestD) {
      bestD = d;
      best = n;
    }
  }
  return best.district;
}

/**
 * Records a parent's search that found no free place — what was wanted
 * (district, dates, part of day, kind, age band), never who wanted it, where
 * exactly, or the child. Only first pages count (paging on is not new demand).
 * A lookup that lists full sessions too is the assistant reading the timetable (what the week holds for a general
 * weekday question, whether anything is on that day, a waitlist or age check after the parent's own search, which is
 * counted already), not a request for a place: it is not counted, or empty Mondays and Fridays would read as demand.
 * A failure to record never fails the parent's search. Returns the results.
 */
export async function recordSearchOutcome(deps: Pick<BookingDeps, 'pool' | 'clock'>, q: SearchQuery, results: SlotResult[]): Promise<SlotResult[]> {
  if (q.offset || q.includeFull || results.some((r) => r.free > 0)) return results;
  const district = q.district ?? (q.near ? districtNear(q.near.latitude, q.near.longitude) : null);
  try {
    await deps.pool.query(
      `INSERT INTO unmet_searches (searched_at, district, wanted_from, wanted_to, part_of_day, kind, age_band) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [deps.clock.now(), district, q.from, q.to, q.partOfDay ?? 'any', q.kind ?? null, q.childAgeMonths === undefined ? null : ageBandOf(q.childAgeMonths)],
    );
  } catch {
    // Demand figures are worth less than the parent's answer.
  }
  return results;
}
