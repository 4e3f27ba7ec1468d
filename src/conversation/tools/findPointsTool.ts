import { z } from 'zod';
import { DISTRICTS } from '../../domain/xiamenPlaces.ts';
import { defineTool } from './defineTool.ts';

export const findPointsTool = defineTool({
  name: 'find_points',
  description:
    'List community care points with address, phone and accepted ages, in a district or nearest to a location. Use for "where is the point", "address", "phone number".',
  schema: z.object({
    district: z.enum(DISTRICTS).optional(),
    near: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).optional(),
    limit: z.number().int().min(1).max(100).optional(),
  }),
  async handler(args, ctx) {
    return { points: await ctx.points.findPoints({ ...args, limit: args.limit ?? 3 }) };
  },
});
