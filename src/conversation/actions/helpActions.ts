import { defineAction, noArgs } from './defineAction.ts';
import { escalate } from '../dialogue/escalate.ts';
import { addMainMenu } from '../dialogue/menu.ts';
import { isLang, type Lang } from '../../i18n/languages.ts';
import { words } from '../../i18n/catalogue.ts';
import type { Reply } from '../dialogue/Reply.ts';

/** Talk to a person. */
export const talkToStaffAction = defineAction<[]>({
  code: 'hu',
  ...noArgs(),
  label: (w) => w.menu.talkToStaff,
  async run(r) {
    return escalate(r, 'human_requested', '');
  },
});

/** Hand the question the assistant could not answer to staff. */
export const escalateQuestionAction = defineAction<[]>({
  code: 'esc',
  ...noArgs(),
  label: (w) => w.knowledge.yesAskStaff,
  async run(r) {
    const question = r.state.lastQuestion ?? '';
    return escalate(r, question ? 'unanswered' : 'human_requested', question);
  },
});

/** Replies in the chosen language from now on (and proactive messages follow it). */
export async function switchLanguage(r: Reply, lang: Lang): Promise<void> {
  await r.ctx.booking.setLanguage(r.ctx.userId, lang).catch(() => undefined);
  r.ctx.lang = lang;
  r.ctx.locale = lang;
  r.langOverride = lang;
  r.say(r.w.menu.languageSwitched);
  addMainMenu(r);
}

export const switchLanguageAction = defineAction<[Lang]>({
  code: 'lg',
  encode: ([l]) => [l],
  decode: ([v]) => (isLang(v) ? [v] : undefined),
  // The label is in the language it switches to.
  label: (_w, [l]) => words(l === 'zh' ? 'en' : 'zh').menu.otherLanguage,
  async run(r, [lang]) {
    return switchLanguage(r, lang);
  },
});

/** Consent to keep the family's data. */
export const consentAction = defineAction<[]>({
  code: 'cs',
  ...noArgs(),
  label: (w) => w.menu.consentThanks,
  async run(r) {
    await r.ctx.booking.recordConsent(r.ctx.userId);
    r.say(r.w.menu.consentThanks);
    addMainMenu(r);
  },
});

/** Deleting data is confirmed in the transport (/forget). */
export const forgetAction = defineAction<[]>({
  code: 'fy',
  ...noArgs(),
  label: (w) => w.menu.forgetHint,
  async run(r) {
    r.say(r.w.menu.forgetHint);
  },
});
