import { Reply } from './Reply.ts';
import type { Button } from '../types.ts';
import type { ButtonCodec } from '../buttonCodec.ts';
import type { ToolContext } from '../tools/defineTool.ts';
import { consentAction } from '../actions/helpActions.ts';
import { words } from '../../i18n/catalogue.ts';
import { inLocale, languageOf, type Locale } from '../../i18n/languages.ts';
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

/**
 * The main menu as buttons for a transport's own messages (/start, /help),
 * with the consent button first when asked: labels in the parent's language
 * and script, data signed for this parent.
 */
export function mainMenuButtons(codec: ButtonCodec, userId: number, locale: Locale, { consent = false } = {}): Button[][] {
  const lang = languageOf(locale);
  // Building buttons needs only who they are for and the language: no tool runs.
  const r = new Reply({ userId, lang, locale } as ToolContext, codec, {});
  if (consent) r.row(r.button(consentAction, [], words(lang).bot.consentButton));
  addMainMenu(r);
  return r.build().buttons.map((row) => row.map((b) => ({ ...b, text: inLocale(locale, b.text) })));
}
