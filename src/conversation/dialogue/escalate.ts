import type { EscalationReason, EscalationStatus } from '../../escalation/EscalationService.ts';
import { describeError } from '../../errors/describeError.ts';
import { escalateToStaffTool } from '../tools/escalateToStaffTool.ts';
import type { Reply } from './Reply.ts';

/** Hands the question to staff (a ticket in their group) and tells the parent what happens next. */
export async function escalate(r: Reply, reason: EscalationReason, question: string): Promise<void> {
  const args = {
    reason,
    question: question.slice(0, 4000) || r.w.escalation.defaultQuestion,
    childAgeMonths: r.state.child?.ageMonths ?? r.state.childAgeMonths,
  };
  const run = await r.tool<{ escalationId: number; existing: boolean; status: EscalationStatus }>('escalate_to_staff', args);
  r.state.pending = undefined;
  if (!run.result) {
    r.say(describeError(run.error, r.lang).message);
    return;
  }
  escalateToStaffTool.present!(r, run.result, args);
}
