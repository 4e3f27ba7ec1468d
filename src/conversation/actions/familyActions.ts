import { defineAction, noArgs } from './defineAction.ts';
import { askToRegister } from '../dialogue/children.ts';
import { listChildrenTool } from '../tools/listChildrenTool.ts';
import type { Child } from '../../booking/types.ts';

/** The family's registered children. */
export const myChildrenAction = defineAction<[]>({
  code: 'ch',
  ...noArgs(),
  label: (w) => w.menu.myChildren,
  async run(r) {
    const run = await r.tool<{ children: Child[] }>('list_children', {});
    listChildrenTool.present!(r, run.result ?? { children: [] }, {});
  },
});

/** Register another child (continuing to a booking when one was being chosen). */
export const registerChildAction = defineAction<[]>({
  code: 'rc',
  ...noArgs(),
  label: (w) => w.booking.registerAnother,
  async run(r) {
    const p = r.state.pending;
    return askToRegister(r, {}, p?.type === 'choose_child' ? { action: p.action, sessionId: p.sessionId } : undefined);
  },
});
