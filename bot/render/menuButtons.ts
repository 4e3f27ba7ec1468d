import type { Button } from '../../src/conversation/types.ts';
import type { ButtonCodec } from '../../src/conversation/buttonCodec.ts';
import type { Lang } from '../../src/domain/serviceKinds.ts';
import { BOT_TEXTS } from '../i18n/botTexts.ts';

/** What the bot can do, as signed buttons the core understands. */
export function menuButtons(codec: ButtonCodec, userId: number, lang: Lang, { consent = false } = {}): Button[][] {
  const m = BOT_TEXTS.menu;
  const rows: Button[][] = [];
  if (consent) rows.push([{ text: BOT_TEXTS.consentButton[lang], data: codec.encode(userId, 'cs') }]);
  rows.push(
    [
      { text: m.find[lang], data: codec.encode(userId, 'sf') },
      { text: m.location[lang], data: codec.encode(userId, 'loc') },
    ],
    [
      { text: m.myBookings[lang], data: codec.encode(userId, 'mb') },
      { text: m.children[lang], data: codec.encode(userId, 'ch') },
    ],
    [
      { text: m.staff[lang], data: codec.encode(userId, 'hu') },
      { text: m.otherLanguage[lang], data: codec.encode(userId, 'lg', lang === 'zh' ? 'en' : 'zh') },
    ],
  );
  return rows;
}
