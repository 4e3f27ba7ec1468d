import type { BookingView } from '../../../booking/types.ts';
import { toSimplified } from '../../../text/chineseScript.ts';
import { confirmCancel } from '../../actions/bookingActions.ts';
import type { Reply } from '../Reply.ts';
import type { Request } from './Request.ts';

const same = (a: string, b: string) => toSimplified(a).toLowerCase() === toSimplified(b).toLowerCase();

/**
 * "actually just Ava, Noah has a doctor's appointment" / "只有朵朵去 果果那天要打疫苗" when both children already hold a
 * place that day: the child not going is the change, so that child's booking is asked to be cancelled (and the picked
 * child's stays) — instead of a new search for the picked child or an answer about vaccinations. Without such a pair of
 * bookings the words keep their own reading (a search for the one child, a question). True when it asked.
 */
export async function cancelForChildNotGoing(r: Reply, q: Request): Promise<boolean> {
  const out = q.slots.childrenNotGoing;
  const kept = q.slots.child?.name;
  if (!out?.length || !kept) return false;
  const list = await r.ctx.booking.listBookings(r.ctx.userId, { includePast: false }).catch(() => ({ upcoming: [] as BookingView[] }));
  const live = list.upcoming.filter((b) => b.status === 'confirmed' || b.status === 'held');
  const range = q.slots.dateRange;
  const inRange = (b: BookingView) => !range || (b.localDate >= range.from && b.localDate <= range.to);
  const keptDays = new Set(live.filter((b) => same(b.childName, kept) && inRange(b)).map((b) => b.localDate));
  const going = live.filter((b) => out.some((n) => same(b.childName, n)) && keptDays.has(b.localDate));
  if (going.length === 0) return false;
  confirmCancel(r, going[0]!);
  if (going.length > 1 && r.state.pending?.type === 'confirm_cancel') r.state.pending.more = going.slice(1).map((b) => b.id);
  return true;
}
