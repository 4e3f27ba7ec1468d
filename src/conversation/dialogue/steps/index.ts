import type { PendingStep } from '../../DialogueState.ts';
import type { Step } from './Step.ts';
import { registerStep } from './registerStep.ts';
import { confirmCancelStep } from './confirmCancelStep.ts';
import { offerWaitlistStep } from './offerWaitlistStep.ts';
import { offerEscalationStep } from './offerEscalationStep.ts';
import { chooseChildStep } from './chooseChildStep.ts';
import { chooseCancelStep } from './chooseCancelStep.ts';

/**
 * The questions the assistant can be waiting on. A pending search has no
 * step: its partial request is the base the search intents build on.
 */
export const STEPS: { [T in PendingStep['type']]?: Step<T> } = {
  register: registerStep,
  confirm_cancel: confirmCancelStep,
  offer_waitlist: offerWaitlistStep,
  offer_escalation: offerEscalationStep,
  choose_child: chooseChildStep,
  choose_cancel: chooseCancelStep,
};
