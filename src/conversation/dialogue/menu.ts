import type { Reply } from './Reply.ts';
import { askLocationAction, findPlacesAction } from '../actions/searchActions.ts';
import { myBookingsAction } from '../actions/bookingActions.ts';
import { myChildrenAction } from '../actions/familyActions.ts';
import { switchLanguageAction, talkToStaffAction } from '../actions/helpActions.ts';
import { LANGUAGES } from '../../i18n/languages.ts';

/** The buttons that say what the assistant can do (one main menu for the whole product). */
export function addMainMenu(r: Reply): void {
  r.row(r.button(findPlacesAction, []), r.button(askLocationAction, []));
  r.row(r.button(myBookingsAction, []), r.button(myChildrenAction, []));
  const other = LANGUAGES.find((l) => l !== r.lang) ?? 'en';
  r.row(r.button(talkToStaffAction, []), r.button(switchLanguageAction, [other]));
}

/** What the assistant can do, in words. */
export function capabilities(r: Reply): void {
  r.say(r.w.menu.capabilities);
}
