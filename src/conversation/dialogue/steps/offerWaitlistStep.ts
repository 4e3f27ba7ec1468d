import { defineStep } from './Step.ts';
import { waitlistAction } from '../../actions/bookingActions.ts';

/** "要排队候补吗？" — yes joins. */
export const offerWaitlistStep = defineStep({
  type: 'offer_waitlist',
  async answer(r, u, step) {
    if (u.intent !== 'affirm' && u.intent !== 'join_waitlist') return false;
    if (u.intent === 'join_waitlist' && (u.slots.ordinal !== undefined || u.slots.dateRange)) return false;
    await waitlistAction.run(r, [step.sessionId]);
    return true;
  },
});
