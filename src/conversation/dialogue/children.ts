import type { Child } from '../../booking/types.ts';
import { describeError } from '../../errors/describeError.ts';
import { toSimplified } from '../../text/chineseScript.ts';
import type { ChildDetails, ChildMention } from '../../nlu/types.ts';
import type { NextAction, PendingStep } from '../DialogueState.ts';

type RegisterPending = Extract<PendingStep, { type: 'register' }>;
type PendingMore = RegisterPending['more'];
type PendingSearch = RegisterPending['search'];
import type { Reply } from './Reply.ts';
import { bookAction, waitlistAction } from '../actions/bookingActions.ts';
import { registerChildAction } from '../actions/familyActions.ts';
import { findPlacesAction } from '../actions/searchActions.ts';
import { registerChildTool } from '../tools/registerChildTool.ts';

/** Asks for the child's name and birth date, remembering what comes next. */
export function askToRegister(
  r: Reply,
  known: { name?: string; birthDate?: string },
  then?: NextAction,
  more?: Array<{ name: string; birthDate?: string; sameReading?: boolean }>,
): void {
  const w = r.w;
  if (!known.name && !known.birthDate) r.say(w.children.askBoth);
  else if (!known.birthDate) r.say(w.children.askBirthDate(known.name!));
  else r.say(w.children.askName);
  r.state.pending = { type: 'register', ...known, then, ...(more?.length ? { more } : {}) };
}

/** "果果是2024年3月几号出生的？": the age check at 36 months needs the day, so a month alone is not registered. */
export function askBirthDay(
  r: Reply,
  name: string | undefined,
  birthMonth: string,
  step?: { then?: NextAction; more?: PendingMore; search?: PendingSearch },
): void {
  r.say(r.w.children.askBirthDay(name, Number(birthMonth.slice(0, 4)), Number(birthMonth.slice(5, 7))));
  const then = step?.then;
  r.state.pending = {
    type: 'register',
    ...(name ? { name } : {}),
    birthMonth,
    then,
    ...(step?.more?.length ? { more: step.more } : {}),
    ...(step?.search ? { search: step.search } : {}),
  };
}

/** "Which child is this for?" with a button per child. */
export function askWhichChild(r: Reply, children: Child[], next: NextAction): void {
  const w = r.w;
  r.say(w.booking.whichChild);
  const action = next.action === 'book' ? bookAction : waitlistAction;
  r.row(...children.slice(0, 4).map((c) => r.button(action, [next.sessionId, c.id] as [number, number?], c.name)));
  r.row(r.button(registerChildAction, [], w.booking.registerAnother));
  r.state.pending = { type: 'choose_child', action: next.action, sessionId: next.sessionId };
}

/** Registers one child; then the booking it was for, or the next child the parent listed. */
export async function registerChild(
  r: Reply,
  name: string,
  birthDate: string,
  then?: NextAction,
  opts: { quiet?: boolean; more?: Array<{ name: string; birthDate?: string; birthMonth?: string }> } = {},
): Promise<Child | undefined> {
  const args = { name, birthDate };
  const run = await r.tool<Child>('register_child', args);
  if (!run.result) {
    r.say(describeError(run.error, r.lang).message);
    askToRegister(r, { name }, then, opts.more);
    return undefined;
  }
  registerChildTool.present!(r, run.result, args);
  r.state.pending = undefined;
  const c = run.result;
  const waiting = opts.more?.filter((m) => m.name !== name) ?? [];
  if (waiting.length > 0) {
    const [next, ...rest] = waiting;
    // Several children at once: none of them is "the" child until the parent names one.
    r.state.child = undefined;
    if (next!.birthDate) {
      const last = await registerChild(r, next!.name, next!.birthDate, then, { ...opts, more: rest });
      r.state.child = undefined;
      return last;
    }
    // "小的叫小樂 2025年3月": the month told with the name stays, only the day is asked.
    if (next!.birthMonth) askBirthDay(r, next!.name, next!.birthMonth, { then, more: rest });
    else askToRegister(r, { name: next!.name }, then, rest);
    return c;
  }
  if (then?.action === 'book') await bookAction.run(r, [then.sessionId, c.id]);
  else if (then?.action === 'waitlist') await waitlistAction.run(r, [then.sessionId, c.id]);
  else if (!opts.quiet) r.row(r.button(findPlacesAction, [], r.w.children.findPlaces));
  return c;
}

/**
 * Several children from one message: those whose birth date is clear are registered; for one written so that
 * day and month could swap ("Leo 12/1/2025") the parent is asked which they meant, and the rest follow.
 */
export async function registerListed(r: Reply, children: ChildDetails[], then?: NextAction): Promise<void> {
  const unsure = children.filter((c) => c.ambiguous);
  const undated = children.filter((c) => !c.birthDate);
  if (unsure.length === 0 && undated.length === 0) {
    const [first, ...more] = children;
    await registerChild(r, first!.name, first!.birthDate!, then, { more });
    return;
  }
  const clear = children.filter((c) => c.birthDate && !c.ambiguous);
  if (unsure.length === 0) {
    // "二宝糖糖去年十月生的": those with a full date are registered, then the first without one is asked for it by name.
    if (clear.length > 0) {
      const [first, ...more] = clear;
      await registerChild(r, first!.name, first!.birthDate!, undefined, { more, quiet: true });
    }
    // "还有闺女妞妞 去年10月生的": the month is known, so only the day is asked.
    const next = undated[0]!;
    if (next.birthMonth) askBirthDay(r, next.name, next.birthMonth, { then, more: undated.slice(1) });
    else askToRegister(r, { name: next.name }, then, undated.slice(1));
    return;
  }
  if (clear.length > 0) {
    const [first, ...more] = clear;
    await registerChild(r, first!.name, first!.birthDate!, undefined, { more, quiet: true });
  }
  const asked = unsure[0]!;
  askBirthDateReading(
    r,
    asked.name,
    asked.ambiguous!,
    then,
    children
      .filter((c) => c !== asked && !clear.includes(c))
      // Twins written with one date ("Ava and Max, born 04/05/2025"): one answer settles both.
      .map((c) => ({
        name: c.name,
        ...(c.ambiguous ? (c.ambiguous.text === asked.ambiguous!.text ? { sameReading: true } : {}) : { birthDate: c.birthDate }),
      })),
  );
}

/** "“12/1/2025” could be 1 Dec or 12 Jan — which?", remembering both readings so "1 December" answers it. */
export function askBirthDateReading(
  r: Reply,
  name: string | undefined,
  ambiguous: { text: string; readings: [string, string] },
  then?: NextAction,
  more?: Array<{ name: string; birthDate?: string; sameReading?: boolean }>,
): void {
  const [a, b] = ambiguous.readings;
  const [da, db] = [r.w.format.date(a), r.w.format.date(b)];
  r.say(name ? r.w.children.ambiguousBirthDateOf(name, ambiguous.text, da, db) : r.w.children.ambiguousBirthDate(ambiguous.text, da, db));
  r.state.pending = { type: 'register', ...(name ? { name } : {}), then, readings: [a, b], ...(more?.length ? { more } : {}) };
}

export async function familyChildren(r: Reply): Promise<Child[]> {
  return r.ctx.booking.listChildren(r.ctx.userId).catch(() => []);
}

const fold = (s: string) => toSimplified(s).toLowerCase().trim();

/**
 * The registered child a mention refers to: by name (either script, any
 * case), by birth order (大宝/老大/the older one → first born), or the only
 * child. Undefined when nobody fits or it is ambiguous.
 */
/**
 * "晴晴", "小晴", "阿晴" for 黄子晴: the pet name Chinese families make of a given name's last character (doubled, or
 * after 小/阿), when exactly one registered child's name ends with it.
 */
function byNickname(children: Child[], folded: string): Child | undefined {
  const m = /^(?:([\u4e00-\u9fff])\1|[小阿]([\u4e00-\u9fff]))$/u.exec(folded);
  const last = m?.[1] ?? m?.[2];
  if (!last) return undefined;
  const fits = children.filter((c) => {
    const name = fold(c.name);
    return name.length >= 2 && name.endsWith(last) && name !== `${last}${last}`;
  });
  return fits.length === 1 ? fits[0] : undefined;
}

export function findChild(children: Child[], mention: ChildMention | undefined): Child | undefined {
  if (!mention) return children.length === 1 ? children[0] : undefined;
  if (mention.name) {
    const n = fold(mention.name);
    return children.find((c) => fold(c.name) === n) ?? children.find((c) => fold(c.name).includes(n) || n.includes(fold(c.name))) ?? byNickname(children, n);
  }
  if (mention.birthOrder !== undefined) {
    const byAge = [...children].sort((a, b) => a.birthDate.localeCompare(b.birthDate));
    // Negative orders count from the youngest (-1 the baby, -2 the one before), so "the two younger ones" fit any family.
    return mention.birthOrder < 0 ? byAge.at(mention.birthOrder) : byAge[mention.birthOrder - 1];
  }
  return undefined;
}

/**
 * The registered child an age describes ("一岁多那个", "the two-year-old", "14个月的那个") in a family of several: the
 * one child whose age is within a month of it, or, for an age in whole years, the one child in that year. Undefined
 * when none or several fit (the age may be of a child not registered yet).
 */
export function childByAge(children: Child[], ageMonths: number): Child | undefined {
  const near = children.filter((c) => Math.abs(c.ageMonths - ageMonths) <= 1);
  if (near.length === 1) return near[0];
  if (ageMonths % 12 !== 0 || near.length > 1) return undefined;
  const inYear = children.filter((c) => c.ageMonths >= ageMonths && c.ageMonths < ageMonths + 12);
  return inYear.length === 1 ? inYear[0] : undefined;
}

/** The age of the child the conversation is about: the focus, a stated age, or the only child. */
export async function childInFocusAge(r: Reply): Promise<number | undefined> {
  if (r.state.child) return r.state.child.ageMonths;
  if (r.state.childAgeMonths !== undefined) return r.state.childAgeMonths;
  const children = await familyChildren(r);
  return children.length === 1 ? children[0]!.ageMonths : undefined;
}

/** Puts a registered child in focus: later searches, bookings and cancellations are for them. */
export function focusChild(r: Reply, c: Child): void {
  r.state.child = { id: c.id, name: c.name, ageMonths: c.ageMonths };
  r.state.childAgeMonths = undefined;
}
