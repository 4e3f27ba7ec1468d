import { z } from 'zod';
import { staffOffNow } from '../format/staffBack.ts';
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
    // At night staff are off: the parent is told when they are back, not that someone will reply soon.
    const back = ctx.escalation.staffBackAt();
    return {
      escalationId: r.escalation.id,
      existing: r.existing,
      status: r.escalation.status,
      staffBackAt: back?.toISOString(),
      staffHours: ctx.escalation.staffHours(),
    };
  },
  present(r, result, args) {
    r.escalated = true;
    r.escalationId = result.escalationId;
    r.state.pending = undefined;
    // A medical hand-over is announced by the emergency words themselves.
    if (args.reason === 'medical') return;
    const night = result.staffBackAt ? staffOffNow(new Date(result.staffBackAt), r.ctx.now, r.w, r.ctx.timeZone) : undefined;
    if (args.reason === 'complaint') r.say(r.w.escalation.complaint);
    else if (night && !result.existing) r.say(r.w.escalation.handedOverNight);
    else r.say(result.existing ? r.w.escalation.addedToTicket : r.w.escalation.handedOver);
    if (night) r.say(night);
    // A new request in the day: its number and roughly when a person picks it up (the reply-time document's target).
    else if (!result.existing && result.staffHours) r.say(r.w.escalation.ticketAndWhen(result.escalationId, result.staffHours.from, result.staffHours.to));
  },
});
