import { defineStep } from './Step.ts';
import { waitlistAction } from '../../actions/bookingActions.ts';
import { familyChildren, findChild } from '../children.ts';

/** "要排队候补吗？" — yes joins (for the child named, or for each child: "两个都排队", "both kids"). */
export const offerWaitlistStep = defineStep({
  type: 'offer_waitlist',
  async answer(r, u, step) {
    if (u.intent !== 'affirm' && u.intent !== 'join_waitlist') return false;
    if (u.intent === 'join_waitlist' && (u.slots.ordinal !== undefined || u.slots.dateRange)) return false;
    const children = u.slots.allChildren || u.slots.child ? await familyChildren(r) : [];
    if (u.slots.allChildren && children.length > 1) {
      for (const c of children) await waitlistAction.run(r, [step.sessionId, c.id]);
      return true;
    }
    const named = u.slots.child ? findChild(children, u.slots.child) : undefined;
    await waitlistAction.run(r, named ? [step.sessionId, named.id] : [step.sessionId]);
    return true;
  },
});
