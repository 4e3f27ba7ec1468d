import { hasSearchSlots } from '../../../nlu/understand.ts';
import { defineStep } from './Step.ts';
import type { Reply } from '../Reply.ts';
import type { NextAction, PendingStep } from '../../DialogueState.ts';
import { parseNumber } from '../../../nlu/chineseNumber.ts';
import { isValidLocalDate } from '../../../time/zonedTime.ts';

type RegisterStep = Extract<PendingStep, { type: 'register' }>;
type PendingMore = RegisterStep['more'];
type PendingSearch = RegisterStep['search'];
import { askBirthDateReading, askBirthDay, askToRegister, focusChild, registerChild, registerListed } from '../children.ts';
import { searchPlaces } from '../../search/searchPlaces.ts';
import { addMainMenu } from '../menu.ts';

/** Intents that are requests of their own, never a child's details. */
const NOT_AN_ANSWER = new Set([
  'cancel',
  'my_bookings',
  'human',
  'complaint',
  'knowledge',
  'switch_language',
  'find_slots',
  'greeting',
  'help',
  'thanks',
  'affirm',
  'book',
  'join_waitlist',
  'point_info',
  'can_attend',
  'identity',
  'service_intro',
  'reschedule',
  'more',
]);

/** "孩子叫什么、哪天出生？" — takes names and birth dates (several children too), re-asks for what is missing. */
export const registerStep = defineStep({
  type: 'register',
  async answer(r, u, step, text) {
    const s = u.slots;
    const w = r.w;
    // "it's 6 May", "12月1日": the reading of the ambiguous birth date the parent meant.
    const said = s.birthDate ?? s.dateRange?.from;
    const reading = step.readings && said ? step.readings.find((d) => d.slice(5) === said.slice(5)) : undefined;
    if (reading && step.name) {
      r.say(w.children.bornOn(step.name, reading.slice(0, 4), w.format.date(reading)));
      const more = step.more?.map((m) => (m.sameReading ? { name: m.name, birthDate: reading } : m));
      await registerAndGoOn(r, step, step.name, reading, more);
      return true;
    }
    if (s.dateProblem?.kind === 'ambiguous_birth_date') {
      const [a, b] = s.dateProblem.readings;
      askBirthDateReading(r, s.childName ?? s.replyName ?? step.name, { text: s.dateProblem.text, readings: [a, b] }, step.then, step.more);
      return true;
    }
    if (s.children) {
      await registerListed(r, s.children, step.then);
      return true;
    }
    // "10號跟20號", "6月5号和9月20号" when two children were told with their birth months only: the days in the order the
    // children were.
    const next = step.more?.[0];
    const days = step.birthMonth && next?.birthMonth && !next.birthDate && !s.birthDate ? twoDaysOfMonth(text, [step.birthMonth, next.birthMonth]) : undefined;
    const firstName = step.name ?? s.childName;
    if (days && firstName && next?.birthMonth) {
      const first = `${step.birthMonth}-${String(days[0]).padStart(2, '0')}`;
      const second = `${next.birthMonth}-${String(days[1]).padStart(2, '0')}`;
      if (isValidLocalDate(first) && isValidLocalDate(second)) {
        const more = [{ name: next.name, birthDate: second }, ...(step.more ?? []).slice(1)];
        await registerAndGoOn(r, step, firstName, first, more);
        return true;
      }
    }
    // "15号" / "the 15th" / "3月15号" after "which day in March 2024?": the day completes the month told before.
    const day = step.birthMonth && !s.birthDate ? dayOfMonth(text, step.birthMonth) : undefined;
    if (day && step.birthMonth) {
      const birthDate = `${step.birthMonth}-${String(day).padStart(2, '0')}`;
      const name = s.childName ?? step.name ?? s.replyName;
      if (name && isValidLocalDate(birthDate)) {
        await registerAndGoOn(r, step, name, birthDate, step.more);
        return true;
      }
    }
    const looksLikeName =
      s.replyName !== undefined &&
      !hasSearchSlots(s) &&
      s.ordinal === undefined &&
      !NOT_AN_ANSWER.has(u.intent) &&
      !(u.intent === 'out_of_scope' && u.confidence >= 0.6);
    const answers = s.childName !== undefined || s.birthDate !== undefined || s.birthMonth !== undefined || looksLikeName || u.intent === 'deny';
    if (!answers) {
      if (u.intent === 'affirm' || u.intent === 'thanks') {
        askToRegister(r, { name: step.name, birthDate: step.birthDate }, step.then, step.more);
        return true;
      }
      return false;
    }
    if (u.intent === 'deny' && !s.childName && !s.birthDate) {
      r.state.pending = undefined;
      r.say(w.children.notNow);
      addMainMenu(r);
      return true;
    }
    const name = s.childName ?? step.name ?? s.replyName;
    const birthDate = s.birthDate ?? step.birthDate;
    if (name && birthDate) {
      await registerAndGoOn(r, step, name, birthDate, step.more);
      return true;
    }
    if (!birthDate && s.birthMonth) {
      askBirthDay(r, name, s.birthMonth, step);
      return true;
    }
    if (!s.birthDate && s.childAgeMonths !== undefined && name) r.say(w.children.exactBirthDate);
    askToRegister(r, { name, birthDate }, step.then, step.more);
    return true;
  },
});

/**
 * Registers the child (and any told with it), then goes on with what the registration was asked for: the search asked
 * for before the child was registered ("我想给孩子约周六的 他叫豆豆 前年八月生的", then "8月12号"), now for them.
 */
async function registerAndGoOn(r: Reply, step: RegisterStep, name: string, birthDate: string, more: PendingMore): Promise<void> {
  const goesOn = Boolean(step.search && !step.then && !more?.length);
  const c = await registerChild(r, name, birthDate, step.then, { more, quiet: goesOn });
  if (c && goesOn) {
    focusChild(r, c);
    await searchPlaces(r, { ...step.search, childId: c.id, childAgeMonths: undefined });
  }
}

/** A month named before a day ("8月12号"): the month of the birth month asked about, said again. */
const MONTH = String.raw`(?:(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*)?`;
const DAY = String.raw`(?:the\s+)?(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:号|號|日|th|st|nd|rd)?`;

/** The day, when the month said with it (if any) is the month asked about (`birthMonth`, YYYY-MM). */
function dayIn(monthSaid: string | undefined, daySaid: string, birthMonth: string): number | undefined {
  if (monthSaid !== undefined && parseNumber(monthSaid) !== Number(birthMonth.slice(5, 7))) return undefined;
  const n = parseNumber(daySaid);
  return n && n >= 1 && n <= 31 ? n : undefined;
}

/** A reply that is only a day of the month: "15号", "15", "十五号", "the 15th" — or with the month asked about, "8月12号". */
function dayOfMonth(text: string, birthMonth: string): number | undefined {
  const m = new RegExp(String.raw`^\s*${MONTH}${DAY}\s*[。.!！]?\s*$`, 'i').exec(text);
  return m ? dayIn(m[1], m[2]!, birthMonth) : undefined;
}

/**
 * Two days of the month in one reply, for two children asked about in turn: "10號跟20號", "10和20", "the 3rd and the 15th",
 * or with their months, "6月5号和9月20号".
 */
function twoDaysOfMonth(text: string, months: [string, string]): [number, number] | undefined {
  const m = new RegExp(String.raw`^\s*${MONTH}${DAY}\s*(?:跟|和|與|与|、|,|，|/|&|and)\s*${MONTH}${DAY}\s*[。.!！]?\s*$`, 'i').exec(text);
  if (!m) return undefined;
  const [a, b] = [dayIn(m[1], m[2]!, months[0]), dayIn(m[3], m[4]!, months[1])];
  return a && b ? [a, b] : undefined;
}
