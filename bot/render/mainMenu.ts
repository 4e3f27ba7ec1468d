import type { Button } from '../../src/conversation/types.ts';
import type { ButtonCodec } from '../../src/conversation/buttonCodec.ts';
import { mainMenuButtons } from '../../src/conversation/dialogue/menu.ts';
import type { Locale } from '../../src/i18n/languages.ts';

/** The product's one main menu (the conversation's) for /start and /help, with the consent button first when asked. */
export function mainMenu(codec: ButtonCodec, userId: number, locale: Locale, opts: { consent?: boolean } = {}): Button[][] {
  return mainMenuButtons(codec, userId, locale, opts);
}
