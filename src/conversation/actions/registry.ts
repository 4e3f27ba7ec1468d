import type { Action } from './defineAction.ts';
import {
  acceptOfferAction,
  askCancelAction,
  bookAction,
  bookForChildrenAction,
  cancelAction,
  cancelAllAction,
  declineOfferAction,
  keepAction,
  leaveWaitlistAction,
  myBookingsAction,
  remindWhenOpensAction,
  waitlistAction,
} from './bookingActions.ts';
import {
  anotherDayAction,
  askLocationAction,
  chooseDateAction,
  findPlacesAction,
  moreResultsAction,
  nextWeekendAction,
  partOfDayAction,
  remindDayAction,
  searchDayAction,
} from './searchActions.ts';
import { myChildrenAction, registerChildAction } from './familyActions.ts';
import { askRemoveChildAction, keepChildAction, removeChildAction } from './removeChildActions.ts';
import { consentAction, escalateQuestionAction, forgetAction, switchLanguageAction, talkToStaffAction } from './helpActions.ts';
import type { DecodedButton } from '../buttonCodec.ts';

/** Every button a parent can be offered. Codes are part of buttons already sent: never reuse one for another meaning. */
export const ACTIONS: Action<any>[] = [
  bookAction,
  bookForChildrenAction,
  waitlistAction,
  askCancelAction,
  cancelAction,
  cancelAllAction,
  keepAction,
  acceptOfferAction,
  declineOfferAction,
  leaveWaitlistAction,
  remindWhenOpensAction,
  myBookingsAction,
  moreResultsAction,
  nextWeekendAction,
  anotherDayAction,
  chooseDateAction,
  partOfDayAction,
  findPlacesAction,
  remindDayAction,
  searchDayAction,
  askLocationAction,
  myChildrenAction,
  registerChildAction,
  askRemoveChildAction,
  removeChildAction,
  keepChildAction,
  talkToStaffAction,
  escalateQuestionAction,
  switchLanguageAction,
  consentAction,
  forgetAction,
];

const byCode = new Map(ACTIONS.map((a) => [a.code, a]));
if (byCode.size !== ACTIONS.length) throw new Error('two actions share a button code');

/** The action a pressed button stands for, with its arguments; undefined for an unknown code or bad arguments. */
export function resolveButton(button: DecodedButton): { action: Action<any>; args: unknown[] } | undefined {
  const action = byCode.get(button.action);
  if (!action) return undefined;
  const args = action.decode(button.args);
  return args ? { action, args } : undefined;
}
