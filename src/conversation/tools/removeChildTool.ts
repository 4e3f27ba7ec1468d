import { z } from 'zod';
import type { ChildRemoval, ChildRemovalPreview } from '../../booking/BookingService.ts';
import { keepChildAction, removeChildAction } from '../actions/removeChildActions.ts';
import { pointName, slotWhen } from '../format/formatSlot.ts';
import { defineTool } from './defineTool.ts';

export type RemoveChildResult = { status: 'confirm'; preview: ChildRemovalPreview } | { status: 'removed'; removal: ChildRemoval };

/**
 * Remove ONE registered child, the family staying (src/booking/removeChild.ts). Without `confirmed` it only
 * says what would happen and offers Confirm / Keep buttons; the parent's Confirm runs it with `confirmed`.
 */
export const removeChildTool = defineTool({
  name: 'remove_child',
  description:
    "Remove ONE registered child from the parent's account (e.g. the child started kindergarten or was registered by mistake); the rest of the family stays. " +
    'Call it with the child (childId from list_children, or childName) and WITHOUT confirmed: it shows what will happen (future bookings cancelled, places offered to the waitlist) with Confirm / Keep buttons for the parent. ' +
    'Only set confirmed=true when the parent has clearly confirmed. Not for cancelling a booking (cancel_booking) nor for deleting all data (/forget).',
  schema: z
    .object({
      childId: z.number().int().positive().optional(),
      childName: z.string().trim().min(1).max(60).optional(),
      confirmed: z.boolean().optional(),
    })
    .refine((a) => a.childId !== undefined || a.childName !== undefined, { message: 'childId or childName is required' }),
  async handler(args, ctx): Promise<RemoveChildResult> {
    const preview = await ctx.booking.previewChildRemoval(ctx.userId, { childId: args.childId, name: args.childName });
    if (!args.confirmed) return { status: 'confirm', preview };
    return { status: 'removed', removal: await ctx.booking.removeChild(ctx.userId, preview.child.id) };
  },
  present(r, result) {
    const w = r.w;
    if (result.status === 'confirm') {
      const { child, upcoming, others } = result.preview;
      const lines = upcoming.map((b) => `${slotWhen(b, w)} ${pointName(b.point, r.lang)}【${b.refCode}】`);
      r.say(w.children.removeAsk(child.name, lines, w.format.list(others.map((c) => c.name))));
      r.row(r.button(removeChildAction, [child.id], w.children.removeConfirm(child.name)), r.button(keepChildAction, [child.id], w.children.removeKeep));
      return;
    }
    const { child, cancelled, others } = result.removal;
    r.say(w.children.removed(child.name, cancelled.filter((c) => !c.alreadyCancelled).length, w.format.list(others.map((c) => c.name))));
    if (r.state.child?.id === child.id) r.state.child = undefined;
    r.state.pending = undefined;
  },
});
