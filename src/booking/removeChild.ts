import { z } from 'zod';
import { DomainError } from '../errors/DomainError.ts';
import { withTransaction } from '../db/withTransaction.ts';
import { toSimplified } from '../text/chineseScript.ts';
import type { BookingDeps } from './context.ts';
import { cancelBookingOperation, type CancelResult } from './cancelBooking.ts';
import { familyOperations } from './families.ts';
import { pgErrorIs } from './insertBooking.ts';
import { childName, parseInput, rowId, userId } from './input.ts';
import { listBookingsOperation } from './listBookings.ts';
import type { BookingView, Child } from './types.ts';

/** What removing one child would do: shown to the parent before they confirm. */
export interface ChildRemovalPreview {
  child: Child;
  /** The child's held or confirmed places still to come: each is cancelled and offered to the next family. */
  upcoming: BookingView[];
  /** The rest of the family, untouched. */
  others: Child[];
}

export interface ChildRemoval {
  child: Child;
  cancelled: CancelResult[];
  /** Waitlist places the child left. */
  leftWaitlist: number;
  others: Child[];
}

const sameName = (a: string, b: string) => toSimplified(a.trim()).toLowerCase() === toSimplified(b.trim()).toLowerCase();

/**
 * A parent removes ONE registered child, the family staying. The child's row is
 * kept and marked removed (migration 097): its past bookings stay in the
 * operators' figures, its name may be registered again, and the database
 * refuses a place for it. Future places are cancelled through the same
 * cancelBooking as a parent's cancel, so each freed place goes to the waitlist.
 * /forget (src/privacy/forgetFamily.ts) still deletes the whole family.
 */
export function removeChildOperations(deps: BookingDeps) {
  const { pool, clock } = deps;
  const families = familyOperations(deps);
  const cancelBooking = cancelBookingOperation(deps);
  const listBookings = listBookingsOperation(deps);

  async function preview(parentId: number, child: Child, children: Child[]): Promise<ChildRemovalPreview> {
    const { upcoming } = await listBookings(parentId);
    return { child, upcoming: upcoming.filter((b) => b.childId === child.id), others: children.filter((c) => c.id !== child.id) };
  }

  return {
    /**
     * The registered child a removal is about, by id or by name (either script, any case);
     * NO_SUCH_CHILD with the registered names when there is none.
     */
    async previewChildRemoval(parentId: number, which: { childId?: number; name?: string }): Promise<ChildRemovalPreview> {
      const pid = parseInput(userId, parentId);
      const w = parseInput(z.object({ childId: rowId.optional(), name: childName.optional() }), which);
      const children = await families.listChildren(pid);
      const child =
        w.childId !== undefined ? children.find((c) => c.id === w.childId) : w.name !== undefined ? children.find((c) => sameName(c.name, w.name!)) : undefined;
      if (!child) throw new DomainError('NO_SUCH_CHILD', { name: w.name ?? null, registered: children.map((c) => c.name) });
      return preview(pid, child, children);
    },

    async removeChild(parentId: number, childId: number): Promise<ChildRemoval> {
      const pid = parseInput(userId, parentId);
      const cid = parseInput(rowId, childId);
      const before = await families.listChildren(pid);
      const child = before.find((c) => c.id === cid);
      if (!child) throw new DomainError('NO_SUCH_CHILD', { name: null, registered: before.map((c) => c.name) });
      // 1. Each future place cancelled as the parent's own cancel would (a held offer counts as declined).
      const { upcoming } = await listBookings(pid);
      const cancelled: CancelResult[] = [];
      for (const b of upcoming.filter((x) => x.childId === cid)) {
        cancelled.push(await cancelBooking({ actor: { parentId: pid }, bookingId: b.id, reason: 'child removed by the family' }));
      }
      // 2. The queue left and the child marked removed, under the child's row lock (the decider takes it first too).
      const now = clock.now();
      let leftWaitlist = 0;
      try {
        await withTransaction(pool, async (client) => {
          const locked = await client.query('SELECT id FROM children WHERE id = $1 AND parent_id = $2 AND removed_at IS NULL FOR UPDATE', [cid, pid]);
          if (!locked.rows[0]) throw new DomainError('NO_SUCH_CHILD', { name: child.name, registered: before.map((c) => c.name) });
          const left = await client.query(`UPDATE waitlist_entries SET status = 'cancelled', updated_at = $2 WHERE child_id = $1 AND status = 'waiting'`, [
            cid,
            now,
          ]);
          leftWaitlist = left.rowCount ?? 0;
          await client.query('UPDATE children SET removed_at = $2, updated_at = $2 WHERE id = $1', [cid, now]);
        });
      } catch (err) {
        // A place booked for this child between the cancels and the mark: the removal is refused, nothing half done.
        if (pgErrorIs(err, '23514', 'children_not_removed')) throw new DomainError('CHILD_NOT_FOUND', { childId: cid, reason: 'booked_meanwhile' });
        throw err;
      }
      return { child, cancelled, leftWaitlist, others: before.filter((c) => c.id !== cid) };
    },
  };
}
