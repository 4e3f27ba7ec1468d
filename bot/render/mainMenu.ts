import type { Button } from '../../src/conversation/types.ts';
import type { ButtonCodec } from '../../src/conversation/buttonCodec.ts';
import type { ToolContext } from '../../src/conversation/tools/defineTool.ts';
import { Reply } from '../../src/conversation/dialogue/Reply.ts';
import { addMainMenu } from '../../src/conversation/dialogue/menu.ts';
import { consentAction } from '../../src/conversation/actions/helpActions.ts';
import { words } from '../../src/i18n/catalogue.ts';
import { inLocale, languageOf, type Locale } from '../../src/i18n/languages.ts';

/**
 * The product's one main menu (the conversation's, src/conversation/dialogue/menu.ts)
 * for /start and /help, with the consent button first when asked. Labels in
 * the parent's language and script; data signed for this parent.
 */
export function mainMenu(codec: ButtonCodec, userId: number, locale: Locale, { consent = false } = {}): Button[][] {
  const lang = languageOf(locale);
  // Building buttons needs only who they are for and the language (no tools run).
  const r = new Reply({ userId, lang, locale } as ToolContext, codec, {});
  if (consent) r.row(r.button(consentAction, [], words(lang).bot.consentButton));
  addMainMenu(r);
  return r.build().buttons.map((row) => row.map((b) => ({ ...b, text: inLocale(locale, b.text) })));
}
