import { describeError } from '../../../errors/describeError.ts';
import { myBookingsAction } from '../../actions/bookingActions.ts';
import { switchLanguage } from '../../actions/helpActions.ts';
import { escalate } from '../escalate.ts';
import { addMainMenu, capabilities } from '../menu.ts';
import { answerQuestion } from './questionIntents.ts';
import type { IntentHandler } from './Request.ts';

export const human: IntentHandler = (r, q) => escalate(r, 'human_requested', q.text);

export const complaint: IntentHandler = (r, q) => escalate(r, 'complaint', q.text);

export const greeting: IntentHandler = async (r) => {
  r.say(r.w.menu.hello);
  capabilities(r);
  addMainMenu(r);
};

export const help: IntentHandler = async (r) => {
  capabilities(r);
  addMainMenu(r);
};

export const thanks: IntentHandler = async (r) => {
  r.say(r.w.menu.thanks);
};

export const deny: IntentHandler = async (r) => {
  r.state.pending = undefined;
  r.say(r.w.menu.noProblem);
};

export const changeLanguage: IntentHandler = (r, q) => switchLanguage(r, q.slots.language ?? (r.lang === 'zh' ? 'en' : 'zh'));

/** "好的/要/take it": a waitlist place held for this family is taken; with a list shown, say how to pick. */
export const affirm: IntentHandler = async (r) => {
  const offers = await r.ctx.booking.pendingOffers(r.ctx.userId).catch(() => []);
  if (offers.length === 1 && !r.state.pending) {
    try {
      const result = await r.ctx.booking.acceptOffer(r.ctx.userId, offers[0]!.entryId);
      r.tools.push({ name: 'accept_offer', args: { entryId: offers[0]!.entryId }, ok: true, result });
      r.say(r.w.booking.offerTaken);
      return myBookingsAction.run(r, []);
    } catch (err) {
      r.say(describeError(err, r.lang).message);
      return;
    }
  }
  if (r.state.lastSearch) {
    r.say(r.w.search.affirmWithList);
    return;
  }
  r.say(r.w.menu.okWhatElse);
  addMainMenu(r);
};

/** Not something the assistant does: the knowledge base is tried first for anything that reads as a question. */
export const outOfScope: IntentHandler = async (r, q) => {
  const w = r.w;
  if (q.slots.outOfScopePlace) {
    r.say(w.menu.outOfScopePlace(q.slots.outOfScopePlace));
    addMainMenu(r);
    return;
  }
  if (
    q.text.trim().length >= 4 &&
    (q.confidence < 0.6 || /[?？吗呢怎么如何什么能不能可以多少]|(?<![a-z])(?:how|what|can|when|why|should|is|are|do)(?![a-z])/i.test(q.text))
  ) {
    const probe = await r.ctx.knowledge.search(q.text, { lang: r.lang, k: 1 }).catch(() => []);
    if (probe.length > 0) return answerQuestion(r, q);
  }
  if (!/[\p{L}]{2,}/u.test(q.text)) {
    r.say(w.menu.notUnderstood);
    addMainMenu(r);
    return;
  }
  r.say(w.menu.outOfScope);
  addMainMenu(r);
};
