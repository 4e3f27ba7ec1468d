import { z } from 'zod';
import { defineTool } from './defineTool.ts';

export const escalateToStaffTool = defineTool({
  name: 'escalate_to_staff',
  description:
    "Hand the parent's question to a staff member (a person replies in this chat). Use when the parent asks for a person, complains, describes a medical emergency, or the knowledge base has no answer and the parent wants help.",
  schema: z.object({
    reason: z.enum(['medical', 'complaint', 'human_requested', 'unanswered', 'other']),
    question: z.string().trim().min(1).max(4000).describe("the parent's question in their own words"),
    childAgeMonths: z.number().int().min(0).max(72).optional(),
  }),
  async handler(args, ctx) {
    const r = await ctx.escalation.open({ parentId: ctx.userId, language: ctx.locale, ...args });
    return { escalationId: r.escalation.id, existing: r.existing, status: r.escalation.status };
  },
  present(r, result, args) {
    r.escalated = true;
    r.escalationId = result.escalationId;
    r.state.pending = undefined;
    // A medical hand-over is announced by the emergency words themselves.
    if (args.reason === 'medical') return;
    if (args.reason === 'complaint') r.say(r.w.escalation.complaint);
    else r.say(result.existing ? r.w.escalation.addedToTicket : r.w.escalation.handedOver);
  },
});
