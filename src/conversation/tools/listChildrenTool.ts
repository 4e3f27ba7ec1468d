import { z } from 'zod';
import { defineTool } from './defineTool.ts';

export const listChildrenTool = defineTool({
  name: 'list_children',
  description: 'List the parent\'s registered children with their ids and ages.',
  schema: z.object({}),
  async handler(_args, ctx) {
    return { children: await ctx.booking.listChildren(ctx.userId) };
  },
});
