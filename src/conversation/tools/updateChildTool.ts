import { z } from 'zod';
import type { Child } from '../../booking/types.ts';
import { defineTool } from './defineTool.ts';

export const updateChildTool = defineTool({
  name: 'update_child',
  description:
    "Change a registered child's name or correct their birth date (YYYY-MM-DD), e.g. when the parent says the name was typed wrong or the baby now has a name. Use the child's id from list_children; never register a second child for a correction.",
  schema: z
    .object({
      childId: z.number().int().positive(),
      name: z.string().trim().min(1).max(30).optional(),
      birthDate: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
    })
    .refine((a) => a.name !== undefined || a.birthDate !== undefined, { message: 'name or birthDate is required' }),
  async handler(args, ctx): Promise<Child> {
    return ctx.booking.updateChild(ctx.userId, args.childId, { name: args.name, birthDate: args.birthDate });
  },
  present(r, c) {
    r.say(r.w.children.updated(c.name, c.birthDate, r.w.format.age(c.ageMonths)));
    r.state.child = { id: c.id, name: c.name, ageMonths: c.ageMonths };
    r.state.childAgeMonths = undefined;
  },
});
