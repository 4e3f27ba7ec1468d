import { z } from 'zod';
import type { Child } from '../../booking/types.ts';
import { defineTool } from './defineTool.ts';
import { registerChildAction } from '../actions/familyActions.ts';
import { findPlacesAction } from '../actions/searchActions.ts';
import { askToRegister } from '../dialogue/children.ts';

export const listChildrenTool = defineTool({
  name: 'list_children',
  description: "List the parent's registered children with their ids and ages.",
  schema: z.object({}),
  async handler(_args, ctx): Promise<{ children: Child[] }> {
    return { children: await ctx.booking.listChildren(ctx.userId) };
  },
  present(r, { children }) {
    const w = r.w;
    if (children.length === 0) return askToRegister(r, {});
    r.say(w.children.list);
    r.say(children.map((c) => w.children.line(c.name, c.birthDate, w.format.age(c.ageMonths))).join('\n'));
    r.row(r.button(registerChildAction, [], w.booking.registerAnother), r.button(findPlacesAction, [], w.children.findPlaces));
  },
});
