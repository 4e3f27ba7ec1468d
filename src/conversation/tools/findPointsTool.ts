import { z } from 'zod';
import { DISTRICTS } from '../../domain/xiamenPlaces.ts';
import type { PointInfo } from '../../points/PointDirectory.ts';
import { defineTool } from './defineTool.ts';
import { pointAddress, pointName } from '../format/formatSlot.ts';
import { findPlacesAction } from '../actions/searchActions.ts';

export const findPointsTool = defineTool({
  name: 'find_points',
  description:
    'List community care points with address, phone, point type and accepted ages, in a district or nearest to a location. Use for "where is the point", "address", "phone number".',
  schema: z.object({
    district: z.enum(DISTRICTS).optional(),
    near: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).optional(),
    limit: z.number().int().min(1).max(100).optional(),
  }),
  async handler(args, ctx): Promise<{ points: PointInfo[] }> {
    return { points: await ctx.points.findPoints({ ...args, limit: args.limit ?? 3 }) };
  },
  present(r, { points }, args) {
    const w = r.w;
    if (points.length === 0) {
      r.say(w.points.notFound);
      return;
    }
    r.say(
      points
        .map((p) =>
          w.points.detail({
            name: pointName(p, r.lang),
            district: w.format.district(p.district),
            area: r.lang === 'zh' ? p.neighbourhoodZh : p.neighbourhoodEn,
            address: pointAddress(p, r.lang),
            phone: p.phone,
            ages: w.format.ageRange(p.minAgeMonths, p.maxAgeMonths),
            type: w.points.type[p.pointType] ?? p.pointType,
          }),
        )
        .join('\n'),
    );
    const first = points[0]!;
    r.venue = { latitude: first.latitude, longitude: first.longitude, title: pointName(first, r.lang), address: pointAddress(first, r.lang) };
    r.say(w.points.seePlaces);
    r.row(r.button(findPlacesAction, [], w.points.seePlacesButton));
    r.state.lastSearch = undefined;
    r.state.pending = { type: 'search', partial: args.district ? { district: args.district } : args.near ? { near: args.near } : {} };
  },
});
