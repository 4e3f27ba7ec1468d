import type { Child } from '../../booking/types.ts';
import { DomainError } from '../../errors/DomainError.ts';
import { describeError } from '../../errors/describeError.ts';
import { readChildRemoval, type ChildRemovalRequest } from '../../nlu/childRemoval.ts';
import { askRemoveChildAction, runRemoveChild } from '../actions/removeChildActions.ts';
import { familyChildren } from './children.ts';
import type { Reply } from './Reply.ts';

/** The child a birth-order word means: children sorted oldest first. */
function byRank(children: Child[], rank: NonNullable<ChildRemovalRequest['rank']>): Child | undefined {
  const sorted = [...children].sort((a, b) => a.birthDate.localeCompare(b.birthDate) || a.id - b.id);
  if (rank === 'youngest') return sorted.length > 1 ? sorted.at(-1) : undefined;
  return sorted[{ eldest: 0, second: 1, third: 2 }[rank]];
}

/**
 * "朵朵不用了 帮我把她删掉", "please remove Leo from my account": the removal of ONE child asked
 * in words (src/nlu/childRemoval.ts). The child named (or meant by 老大 / "her") is shown with what
 * will happen and Confirm / Keep buttons (the remove_child tool); with several and none meant, a
 * button per child; an unregistered name is answered with the registered ones. False when the
 * message is not such a request.
 */
export async function answerChildRemoval(r: Reply, text: string): Promise<boolean> {
  // Cheap test first: most messages carry no removal verb, and the family is read only for those that do.
  if (!/删|刪|移除|去掉|拿掉|注销|註銷|登记|登記|remove|delete|unregister|deregister|take|drop/i.test(text)) return false;
  const children = await familyChildren(r);
  const asked = readChildRemoval(
    text,
    children.map((c) => c.name),
  );
  if (!asked) return false;
  const focus = r.state.child ? children.find((c) => c.id === r.state.child!.id) : undefined;
  const child =
    asked.rank !== undefined
      ? byRank(children, asked.rank)
      : asked.name === undefined
        ? asked.pronoun
          ? (focus ?? (children.length === 1 ? children[0] : undefined))
          : children.length === 1
            ? children[0]
            : undefined
        : undefined;
  if (asked.name !== undefined) {
    await runRemoveChild(r, { childName: asked.name });
    return true;
  }
  if (child) {
    await runRemoveChild(r, { childId: child.id });
    return true;
  }
  if (children.length === 0) {
    r.say(describeError(new DomainError('NO_SUCH_CHILD', { registered: [] }), r.lang).message);
    return true;
  }
  r.say(r.w.children.removeWhich(r.w.format.list(children.map((c) => c.name))));
  r.row(...children.slice(0, 4).map((c) => r.button(askRemoveChildAction, [c.id], c.name)));
  return true;
}
