import { z } from 'zod';
import type { Child } from '../../booking/types.ts';
import { defineTool } from './defineTool.ts';

export const registerChildTool = defineTool({
  name: 'register_child',
  description:
    "Register the parent's child (first name or nickname, birth date YYYY-MM-DD) so places can be booked for them. Ask the parent for both; never guess a birth date. Register each child of a family separately.",
  schema: z.object({
    name: z.string().trim().min(1).max(30),
    birthDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  }),
  async handler(args, ctx): Promise<Child> {
    await ctx.booking.recordConsent(ctx.userId);
    return ctx.booking.registerChild(ctx.userId, args);
  },
  present(r, c) {
    r.say(r.w.children.registered(c.name, r.w.format.age(c.ageMonths)));
    r.state.child = { id: c.id, name: c.name, ageMonths: c.ageMonths };
    r.state.childAgeMonths = undefined;
  },
});
