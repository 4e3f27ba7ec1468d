import { hasSearchSlots } from '../../../nlu/understand.ts';
import { myChildrenAction } from '../../actions/familyActions.ts';
import { mergeSearch } from '../../search/mergeSearch.ts';
import { searchPlaces } from '../../search/searchPlaces.ts';
import { askBirthDateReading, askToRegister, registerChild, registerListed } from '../children.ts';
import type { IntentHandler } from './Request.ts';

/**
 * Register children: several at once ("大宝朵朵2024-01-20 二宝果果2024-11-11"),
 * one with name and birth date, or ask for what is missing. A message that
 * registers and asks for a place does both.
 */
export const registerChildIntent: IntentHandler = async (r, q) => {
  const s = q.slots;
  if (s.children) {
    await registerListed(r, s.children);
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
    await registerChild(r, name, s.birthDate, undefined, { quiet: searchNext });
    // "帮我约这周六上午的，宝宝叫果果，2023年12月8日出生": register, then search.
    if (searchNext && r.state.child) {
      const partial = mergeSearch({}, s);
      partial.childId = r.state.child.id;
      await searchPlaces(r, partial, Boolean(s.wantsNearby) && !partial.near && !partial.district);
    }
    return;
  }
  askToRegister(r, { name, birthDate: s.birthDate });
};

export const listChildren: IntentHandler = async (r) => myChildrenAction.run(r, []);
