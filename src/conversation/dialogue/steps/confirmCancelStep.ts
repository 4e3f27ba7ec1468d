import { defineStep } from './Step.ts';
import { cancelAction } from '../../actions/bookingActions.ts';
import { cancel } from '../intents/bookingIntents.ts';

/** "确定要取消…吗？" — yes cancels, no keeps; a correction of which booking asks again about the one meant. */
export const confirmCancelStep = defineStep({
  type: 'confirm_cancel',
  async answer(r, u, step, text) {
    if (u.intent === 'affirm' || (u.intent === 'cancel' && !u.slots.bookingRef && !u.slots.dateRange && !u.slots.child)) {
      for (const id of [step.bookingId, ...(step.more ?? [])]) await cancelAction.run(r, [id]);
      return true;
    }
    if (u.intent === 'deny') {
      r.state.pending = undefined;
      r.state.cancelAsked = undefined;
      r.say(r.w.booking.kept);
      return true;
    }
    // "哦不 是周日的 周六要去", "啊不是 是大寶的 小寶要去", "no wait, the 5th, not the 28th": the booking asked about was the
    // wrong one; the cancel is asked again for the day or child now named (never a search for that day, nothing cancelled yet).
    const names = u.slots.dateRange || u.slots.child || u.slots.namedChildren || u.slots.orderedChildren || u.slots.bookingRef;
    const place = u.slots.district || u.slots.neighbourhood || u.slots.pointCode;
    // (Whether the words take back what was asked — "哦不", "啊不是", "no wait", "oops" — is the NLU's one reading, findNegations.)
    if (names && !place && u.slots.correction) {
      r.state.pending = undefined;
      r.state.cancelAsked = undefined;
      await cancel(r, { text, intent: 'cancel', confidence: 0.8, slots: u.slots });
      return true;
    }
    return false;
  },
});
