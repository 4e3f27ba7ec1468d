import { defineStep } from './Step.ts';
import { cancelAction } from '../../actions/bookingActions.ts';

/** "确定要取消…吗？" — yes cancels, no keeps. */
export const confirmCancelStep = defineStep({
  type: 'confirm_cancel',
  async answer(r, u, step) {
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
    return false;
  },
});
