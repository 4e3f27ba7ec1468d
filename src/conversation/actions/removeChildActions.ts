import { describeError } from '../../errors/describeError.ts';
import type { Reply } from '../dialogue/Reply.ts';
import { removeChildTool, type RemoveChildResult } from '../tools/removeChildTool.ts';
import { defineAction, idField } from './defineAction.ts';

const oneChild = {
  encode: ([id]: [number]) => [String(id)],
  decode: ([v]: string[]): [number] | undefined => {
    const id = idField(v);
    return id ? [id] : undefined;
  },
};

/** Runs remove_child and shows its result, or the rule's "no" in words. */
export async function runRemoveChild(r: Reply, args: { childId?: number; childName?: string; confirmed?: boolean }): Promise<void> {
  const run = await r.tool<RemoveChildResult>('remove_child', args);
  if (!run.result) {
    r.say(describeError(run.error, r.lang).message);
    return;
  }
  await removeChildTool.present!(r, run.result, args);
}

/** "Which child should I remove?": one button per child, each asking to confirm that child's removal. */
export const askRemoveChildAction = defineAction<[number]>({
  code: 'rx',
  ...oneChild,
  label: (w) => w.children.mine,
  run: (r, [childId]) => runRemoveChild(r, { childId }),
});

/** Confirm: the child's future bookings are cancelled (places to the waitlist) and the child removed. */
export const removeChildAction = defineAction<[number]>({
  code: 'rxy',
  ...oneChild,
  label: (w) => w.children.removeConfirm('').trim(),
  run: (r, [childId]) => runRemoveChild(r, { childId, confirmed: true }),
});

/** Keep: nothing changes. */
export const keepChildAction = defineAction<[number]>({
  code: 'rxk',
  ...oneChild,
  label: (w) => w.children.removeKeep,
  async run(r, [childId]) {
    const children = await r.ctx.booking.listChildren(r.ctx.userId);
    const child = children.find((c) => c.id === childId);
    r.say(child ? r.w.children.kept(child.name) : r.w.menu.buttonExpired);
  },
});
