import type { Request } from './intents/Request.ts';
import type { Reply } from './Reply.ts';
import { familyChildren } from './children.ts';

/**
 * "no the other kid, sorry", "不对 是另一个孩子": the understanding says only "the other one"; which child that is depends
 * on whom the conversation is about — the child in focus, else the one just booked. In a family of two the request is
 * rewritten to name the sibling, so every handler after it reads an ordinary child mention. When it cannot be told (no
 * focus, or three or more children) the mention is dropped, so no child is guessed.
 */
export async function resolveOtherChild(r: Reply, q: Request): Promise<void> {
  if (!q.slots.child?.other) return;
  const family = await familyChildren(r);
  const current = r.state.child?.id ?? r.state.lastBooked?.childId;
  const others = current === undefined ? [] : family.filter((c) => c.id !== current);
  q.slots.child = family.length === 2 && others.length === 1 ? { name: others[0]!.name } : undefined;
}
