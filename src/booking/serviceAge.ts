/**
 * The one decider, in conversation, for "is this child too old for the service?".
 *
 * The service is for children aged 0–3. The points express the upper bound as `max_age_months` (36 in the demo
 * network and the schema default), compared in whole months by `child_age_months()` with `age > max_age_months` →
 * CHILD_TOO_OLD in the booking decider (migration 041). Replies must not contradict what booking would do, so the
 * same bound is used here: a child past 36 whole months is too old.
 */
export const SERVICE_MAX_AGE_MONTHS = 36;

/** True when a child of `ageMonths` whole months is past the service's upper age bound. */
export function tooOldForService(ageMonths: number | undefined): boolean {
  return ageMonths !== undefined && ageMonths > SERVICE_MAX_AGE_MONTHS;
}

/** The day a child born on `birthDate` (YYYY-MM-DD) turned 3, clamped to the month's end (29 Feb → 28 Feb), as child_age_reached_on(). */
export function turnedThreeOn(birthDate: string): string {
  const y = Number(birthDate.slice(0, 4)) + 3;
  const m = Number(birthDate.slice(5, 7));
  const d = Number(birthDate.slice(8, 10));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
