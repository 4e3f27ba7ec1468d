import type { Request } from './intents/Request.ts';
import type { Reply } from './Reply.ts';
import { familyChildren } from './children.ts';

/**
 * "no the other kid, sorry", "不对 是另一个孩子": the understanding says only "the other one"; which child that is depends
 * on whom the conversation is about — the child in focus, else the one just booked. In a family of two the request is
 * rewritten to name the sibling, so every handler after it reads an ordinary child mention. When it cannot be told (no
 * child in focus, or three or more children) no child is guessed: the parent is asked which of the candidates they mean
 * (true: the request is answered by that question), and the name they reply with carries the conversation on.
 */
export async function resolveOtherChild(r: Reply, q: Request): Promise<boolean> {
  if (!q.slots.child?.other) return false;
  const family = await familyChildren(r);
  const current = r.state.child?.id ?? r.state.lastBooked?.childId;
  const others = family.filter((c) => c.id !== current);
  if (family.length >= 2 && others.length === 1) {
    q.slots.child = { name: others[0]!.name };
    return false;
  }
  q.slots.child = undefined;
  if (family.length < 2 || others.length < 2) return false;
  r.say(r.w.children.whichOther(r.w.format.list(others.map((c) => c.name))));
  return true;
}
