/**
 * The one decider, in conversation, for "is this child too old for the service?", and the TypeScript side's one
 * reading of an age band.
 *
 * The service is for children under 3 ("0–3岁", "36个月以内"). The points express the upper bound as `max_age_months`
 * (36 in the demo network and the schema default): the age a child LEAVES at. A band is [min, max) in whole months by
 * `child_age_months()`, and the booking decider refuses CHILD_TOO_OLD when `age >= max_age_months` (migration 098),
 * so a child is booked up to the day before their third birthday — as the national group types run 6–12, 12–24 and
 * 24–36 months. Replies must not contradict what booking would do, so the same bound is used here.
 */
export const SERVICE_MAX_AGE_MONTHS = 36;

/** True when a child of `ageMonths` whole months has reached the service's upper age bound (turned 3). */
export function tooOldForService(ageMonths: number | undefined): boolean {
  return ageMonths !== undefined && ageMonths >= SERVICE_MAX_AGE_MONTHS;
}

/** Whether a child of `ageMonths` whole months fits an age band [min, max) — as booking_refusal() and the search read it. */
export function ageFitsBand(ageMonths: number, band: { minAgeMonths: number; maxAgeMonths: number }): boolean {
  return ageMonths >= band.minAgeMonths && ageMonths < band.maxAgeMonths;
}

/** The day a child born on `birthDate` (YYYY-MM-DD) turned 3, clamped to the month's end (29 Feb → 28 Feb), as child_age_reached_on(). */
export function turnedThreeOn(birthDate: string): string {
  const y = Number(birthDate.slice(0, 4)) + 3;
  const m = Number(birthDate.slice(5, 7));
  const d = Number(birthDate.slice(8, 10));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
