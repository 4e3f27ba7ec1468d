import type { Child } from '../../booking/types.ts';
import type { ToolContext } from './defineTool.ts';

/**
 * The child a booking or waitlist request is for: the one given, or the
 * family's only child; otherwise what the caller must ask the parent.
 */
export async function resolveChild(
  ctx: ToolContext,
  childId: number | undefined,
): Promise<{ childId: number } | { status: 'need_registration' } | { status: 'need_child'; children: Child[] }> {
  if (childId !== undefined) return { childId };
  const children = await ctx.booking.listChildren(ctx.userId);
  if (children.length === 0) return { status: 'need_registration' };
  if (children.length > 1) return { status: 'need_child', children };
  return { childId: children[0]!.id };
}
