import { defineStep } from './Step.ts';
import { escalate } from '../escalate.ts';

/** "需要我转给工作人员吗？" — yes hands the question over, no closes it. */
export const offerEscalationStep = defineStep({
  type: 'offer_escalation',
  async answer(r, u, step) {
    if (u.intent === 'affirm' || u.intent === 'human') {
      await escalate(r, 'unanswered', step.question);
      return true;
    }
    if (u.intent === 'deny') {
      r.state.pending = undefined;
      r.say(r.w.knowledge.okAnythingElse);
      return true;
    }
    return false;
  },
});
