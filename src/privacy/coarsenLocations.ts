/** Two decimals: about 1 km, enough to find the nearest points, not enough to find a home. */
const DECIMALS = 2;

function isPosition(v: Record<string, unknown>): boolean {
  return typeof v.latitude === 'number' && typeof v.longitude === 'number';
}

/**
 * A copy of a value to be stored with every position in it (an object with
 * numeric `latitude` and `longitude`, e.g. a search's `near`) rounded to
 * about a kilometre. A shared location is used for the search it was shared
 * for; what is kept for follow-ups ("more results") does not pinpoint where
 * the family lives.
 */
export function coarsenLocations<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => coarsenLocations(v)) as T;
  if (!value || typeof value !== 'object' || value instanceof Date) return value;
  const o = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k] = coarsenLocations(v);
  if (isPosition(o)) {
    const f = 10 ** DECIMALS;
    out.latitude = Math.round((o.latitude as number) * f) / f;
    out.longitude = Math.round((o.longitude as number) * f) / f;
  }
  return out as T;
}
