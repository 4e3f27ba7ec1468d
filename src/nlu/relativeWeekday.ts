/**
 * "not this Saturday the next one", "not this sunday, the one after": the weekday the parent means is the next one, said
 * by pointing back at the weekday just named. Rewritten as "next saturday" beside the negated "this saturday", so the
 * date rules read both (the correction drops this Saturday and searches the next). Text is prepared (lowercase).
 */
const POINTED_BACK =
  /(?<![a-z])this (monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)(?![a-z])([^.!?。！？]{0,12}?)(?<![a-z])(?:but )?(?:the )?(?:next one|one after(?: that)?|following one|one after this one)(?![a-z])/g;

export function readRelativeWeekday(text: string): string {
  return text.replace(POINTED_BACK, (_m, day: string, between: string) => `this ${day}${between.replace(/[,，\s]+$/, '')}, next ${day}`);
}
