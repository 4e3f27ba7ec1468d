import { defineStep } from './Step.ts';
import { bookAction, waitlistAction } from '../../actions/bookingActions.ts';
import { familyChildren, findChild, focusChild } from '../children.ts';

/** "给哪个孩子预约？" — a name, an ordinal ("第二个") or a birth-order word picks the child. */
export const chooseChildStep = defineStep({
  type: 'choose_child',
  async answer(r, u, step, text) {
    if (u.intent === 'cancel') return false;
    const children = await familyChildren(r);
    const action = step.action === 'book' ? bookAction : waitlistAction;
    // "两个都约", "both": one booking (or waitlist place) per child.
    if (u.slots.allChildren && children.length > 1) {
      for (const c of children) await action.run(r, [step.sessionId, c.id]);
      r.state.child = undefined;
      return true;
    }
    const mention = u.slots.child ?? (u.slots.childName ? { name: u.slots.childName } : u.slots.replyName ? { name: u.slots.replyName } : undefined);
    const chosen =
      findChild(children, mention) ??
      children.find((c) => text.toLowerCase().includes(c.name.toLowerCase())) ??
      (u.slots.ordinal && u.slots.ordinal > 0 ? children[u.slots.ordinal - 1] : undefined);
    if (!chosen) return false;
    focusChild(r, chosen);
    await action.run(r, [step.sessionId, chosen.id]);
    return true;
  },
});
