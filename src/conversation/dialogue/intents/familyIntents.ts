import { hasSearchSlots } from '../../../nlu/understand.ts';
import { myChildrenAction } from '../../actions/familyActions.ts';
import { mergeSearch } from '../../search/mergeSearch.ts';
import { searchPlaces, searchPlacesForChildren } from '../../search/searchPlaces.ts';
import { toSimplified } from '../../../text/chineseScript.ts';
import type { Child } from '../../../booking/types.ts';
import { describeError } from '../../../errors/describeError.ts';
import { updateChildTool } from '../../tools/updateChildTool.ts';
import { askBirthDateReading, askBirthDay, askToRegister, familyChildren, findChild, registerChild, registerListed } from '../children.ts';
import type { IntentHandler } from './Request.ts';

/** The children just introduced asked for together ("can they both go…", "双胞胎…都想去", "一起送"). */
const TOGETHER_ASKED = /都(?:要|想|去|能|可以|约)|一起|两个都|(?<![a-z])(?:both|all of them|they all|together|the twins)(?![a-z])/;

/**
 * Register children: several at once ("大宝朵朵2024-01-20 二宝果果2024-11-11"),
 * one with name and birth date, or ask for what is missing. A message that
 * registers and asks for a place does both.
 */
export const registerChildIntent: IntentHandler = async (r, q) => {
  const s = q.slots;
  if (s.children) {
    await registerListed(r, s.children);
    if (!hasSearchSlots(s)) return;
    // "第一个叫小满… 第二个叫小雪… 都想约下周六上午湖里": registered and asked for together, each gets a list at their age.
    if (s.allChildren || TOGETHER_ASKED.test(toSimplified(q.text).toLowerCase())) {
      const names = s.children.map((c) => toSimplified(c.name).toLowerCase());
      const listed = (await familyChildren(r)).filter((c) => names.includes(toSimplified(c.name).toLowerCase()));
      if (listed.length > 1) return searchPlacesForChildren(r, mergeSearch({}, s), listed, Boolean(s.wantsNearby) && !s.district);
    }
    // "Leo born 2024-03-02 and Mia born 2025-06-10. Any spots Sunday in Huli?": the search is not dropped.
    await searchPlaces(r, mergeSearch({}, s), Boolean(s.wantsNearby) && !s.district);
    return;
  }
  if (s.dateProblem?.kind === 'ambiguous_birth_date') {
    const [a, b] = s.dateProblem.readings;
    askBirthDateReading(r, s.childName ?? s.replyName, { text: s.dateProblem.text, readings: [a, b] });
    return;
  }
  const name = s.childName ?? s.replyName;
  if (name && s.birthDate) {
    const searchNext = hasSearchSlots(s);
    // Places listed before any child was registered ("禮拜天下午湖里的臨時托" then "她叫小雨 2024年9月1日生"):
    // the same search is shown again for the child, with Book buttons, instead of starting over.
    const listed = r.state.lastSearch;
    const resume = !searchNext && listed && listed.args.childId === undefined ? (listed.request ?? listed.args) : undefined;
    // "好 就第一个吧 孩子一岁半 叫乐乐 2025年5月3号生的": the child is registered and the session picked from the list on
    // screen is booked for them (the age check is the booking's), not the list shown again.
    const n = s.ordinal ?? s.pick;
    const picked = !searchNext && n !== undefined && n > 0 && listed ? listed.shown[n - 1] : undefined;
    if (picked) {
      await registerChild(r, name, s.birthDate, { action: picked.free === 0 ? 'waitlist' : 'book', sessionId: picked.sessionId });
      return;
    }
    await registerChild(r, name, s.birthDate, undefined, { quiet: searchNext || resume !== undefined });
    // "帮我约这周六上午的，宝宝叫果果，2023年12月8日出生": register, then search.
    if (searchNext && r.state.child) {
      const partial = mergeSearch({}, s);
      partial.childId = r.state.child.id;
      await searchPlaces(r, partial, Boolean(s.wantsNearby) && !partial.near && !partial.district);
    } else if (resume && r.state.child) {
      await searchPlaces(r, { ...resume, childId: r.state.child.id, childAgeMonths: undefined, offset: undefined });
    }
    return;
  }
  if (!s.birthDate && s.birthMonth) {
    // "我想给孩子约周六的 他叫豆豆 前年八月生的": the Saturday search goes on once the day of birth is told.
    const searchNext = hasSearchSlots(s);
    askBirthDay(r, name, s.birthMonth, searchNext ? { search: { ...mergeSearch({}, s), childAgeMonths: undefined } } : undefined);
    return;
  }
  askToRegister(r, { name, birthDate: s.birthDate });
};

export const listChildren: IntentHandler = async (r) => myChildrenAction.run(r, []);

/**
 * A registered child renamed or their birth date corrected ("名字改成小汤圆", "果果生日登记错了 应该是…"):
 * the same child is changed, never a second one registered. The child named, else the one in focus or the
 * only child; with several and none named, the parent is asked which.
 */
export const updateChildIntent: IntentHandler = async (r, q) => {
  const s = q.slots;
  const children = await familyChildren(r);
  // "帮我把果果的生日改成2025年6月20号" with no child registered yet: nothing to change, so 果果 is registered with it.
  if (children.length === 0 && s.birthDate && s.childUpdate?.birthDate) {
    if (s.child?.name) {
      await registerChild(r, s.child.name, s.birthDate);
      return;
    }
    return askToRegister(r, { birthDate: s.birthDate });
  }
  const named = s.child ? findChild(children, s.child) : undefined;
  const focus = r.state.child ? children.find((c) => c.id === r.state.child!.id) : undefined;
  const child = named ?? (s.child ? undefined : (focus ?? (children.length === 1 ? children[0] : undefined)));
  if (!child) {
    r.say(r.w.children.whichChild(r.w.format.list(children.map((c) => c.name))));
    return myChildrenAction.run(r, []);
  }
  const name = s.childUpdate?.newName;
  // "生日登记错了 应该是6月20号": a day and month with no year corrects the day and month of the birth date on record
  // (read alone, "6月20号" is the nearest such day, which may be this year's).
  const yearSaid = /(?:19|20)\d{2}|去年|今年|前年|大前年|\d{2}\s*年/.test(q.text);
  // "sorry typo, 2024 not 2025": a year alone corrects the year of the birth date on record.
  const yearOnly = s.childUpdate?.birthYear ? `${s.childUpdate.birthYear}${child.birthDate.slice(4)}` : undefined;
  const birthDate = s.childUpdate?.birthDate && s.birthDate ? (yearSaid ? s.birthDate : `${child.birthDate.slice(0, 4)}${s.birthDate.slice(4)}`) : yearOnly;
  if (!name && !birthDate) {
    r.say(r.w.children.askBirthDate(child.name));
    return;
  }
  const run = await r.tool<Child>('update_child', { childId: child.id, ...(name ? { name } : {}), ...(birthDate ? { birthDate } : {}) });
  if (!run.result) {
    r.say(describeError(run.error, r.lang).message);
    return;
  }
  await updateChildTool.present!(r, run.result, { childId: child.id, name, birthDate });
};
