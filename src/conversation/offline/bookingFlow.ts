import type { BookingView, Child, SlotResult } from '../../booking/types.ts';
import { isDomainError } from '../../errors/DomainError.ts';
import { describeError } from '../../errors/describeError.ts';
import { serviceName } from '../../domain/serviceKinds.ts';
import { formatDate } from '../format/formatDate.ts';
import type { ReplyBuilder } from './ReplyBuilder.ts';
import { addMainMenu } from './menus.ts';

function formatAge(months: number, lang: 'zh' | 'en'): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  if (lang === 'zh') return y === 0 ? `${m}个月` : m === 0 ? `${y}岁` : `${y}岁${m}个月`;
  if (y === 0) return `${m} month${m === 1 ? '' : 's'}`;
  return m === 0 ? `${y} year${y === 1 ? '' : 's'}` : `${y} y ${m} m`;
}

export function describeBooking(v: BookingView, lang: 'zh' | 'en'): string {
  const name = lang === 'zh' ? v.point.nameZh : v.point.nameEn;
  const address = lang === 'zh' ? v.point.addressZh : v.point.addressEn;
  const when = `${formatDate(v.localDate, lang)} ${v.startTime}–${v.endTime}`;
  const kind = serviceName(v.kind, v.classTitle, lang);
  return lang === 'zh'
    ? `【${v.refCode}】${v.childName} · ${when} · ${kind}\n   ${name}，${address}`
    : `[${v.refCode}] ${v.childName} · ${when} · ${kind}\n   ${name}, ${address}`;
}

/** Asks for the child's name and birth date, remembering what comes next. */
export function askToRegister(b: ReplyBuilder, known: { name?: string; birthDate?: string }, then?: { action: 'book' | 'waitlist'; sessionId: number }): void {
  if (!known.name && !known.birthDate) {
    b.say(
      '先登记一下孩子：请告诉我孩子的名字（小名也可以）和出生日期，例如“乐乐 2024-03-05”。\n（我们只保存名字和生日用于预约和年龄核对，随时可用 /forget 删除。）',
      'First let me register your child: please tell me their name (a nickname is fine) and birth date, e.g. "Leo 2024-03-05".\n(We store only the name and birth date, for bookings and the age check; /forget deletes them at any time.)',
    );
  } else if (!known.birthDate) {
    b.say(`${known.name}的出生日期是哪天？（例如 2024-03-05）`, `What is ${known.name}'s date of birth? (e.g. 2024-03-05)`);
  } else {
    b.say('孩子叫什么名字呢？（小名也可以）', "What is your child's name? (a nickname is fine)");
  }
  b.state.pending = { type: 'register', ...known, then };
}

export async function registerChild(
  b: ReplyBuilder,
  name: string,
  birthDate: string,
  then?: { action: 'book' | 'waitlist'; sessionId: number },
  { searchNext = false }: { searchNext?: boolean } = {},
): Promise<void> {
  const run = await b.tool<Child>('register_child', { name, birthDate });
  if (!run.result) {
    b.text(describeError(run.error, b.lang).message);
    askToRegister(b, { name }, then);
    return;
  }
  const c = run.result;
  b.say(`已登记：${c.name}（${formatAge(c.ageMonths, 'zh')}）。`, `Registered: ${c.name} (${formatAge(c.ageMonths, 'en')}).`);
  b.state.pending = undefined;
  b.state.childAgeMonths = c.ageMonths;
  if (then?.action === 'book') await bookSession(b, then.sessionId, c.id);
  else if (then?.action === 'waitlist') await joinWaitlist(b, then.sessionId, c.id);
  else if (!searchNext) b.row(b.button('找周末名额', 'Find weekend places', 'sf'), b.button('我的孩子', 'My children', 'ch'));
}

function askWhichChild(b: ReplyBuilder, children: Child[], action: 'book' | 'waitlist', sessionId: number): void {
  b.say('给哪个孩子预约？', 'Which child is this for?');
  b.row(...children.slice(0, 4).map((c) => b.button(c.name, c.name, action === 'book' ? 'b' : 'w', sessionId, c.id)));
  b.row(b.button('登记新的孩子', 'Register another child', 'rc'));
  b.state.pending = { type: 'choose_child', action, sessionId };
}

export async function bookSession(b: ReplyBuilder, sessionId: number, childId?: number): Promise<void> {
  const run = await b.tool<{ status: string; booking?: BookingView; children?: Child[] }>('book_session', { sessionId, childId });
  const r = run.result;
  if (r?.status === 'need_registration') return askToRegister(b, {}, { action: 'book', sessionId });
  if (r?.status === 'need_child') return askWhichChild(b, r.children ?? [], 'book', sessionId);
  if (r?.booking) {
    const v = r.booking;
    if (r.status === 'already_booked') b.say('这个场次已经帮你约好了，不会重复预约：', 'This place is already booked for you (no double booking):');
    else b.say('✅ 预约成功！请保存参考号：', '✅ Booked! Your reference code:');
    b.text(describeBooking(v, b.lang));
    b.say('请按时到达，入园时有晨检；孩子发烧或身体不适请提前取消，把名额留给其他家庭。', 'Please arrive on time; there is a health check at drop-off. If your child is unwell, please cancel in advance so another family can use the place.');
    b.venue = {
      latitude: v.point.latitude,
      longitude: v.point.longitude,
      title: b.lang === 'zh' ? v.point.nameZh : v.point.nameEn,
      address: b.lang === 'zh' ? v.point.addressZh : v.point.addressEn,
    };
    b.row(b.button('我的预约', 'My bookings', 'mb'), b.button('取消这个预约', 'Cancel this booking', 'c', v.id));
    b.state.pending = undefined;
    return;
  }
  const err = run.error;
  if (isDomainError(err, 'SESSION_FULL')) {
    b.say('这个场次刚刚约满了。要排队候补吗？有名额空出时会按顺序通知你，并为你保留一段时间。', 'This session has just filled up. Join the waitlist? If a place frees up you will be offered it in turn, held for you for a while.');
    b.row(b.button('排队候补', 'Join waitlist', 'w', sessionId), b.button('看看其他场次', 'Other sessions', 'sf'));
    b.state.pending = { type: 'offer_waitlist', sessionId };
    return;
  }
  if (isDomainError(err, 'CHILD_NOT_FOUND')) return askToRegister(b, {}, { action: 'book', sessionId });
  b.text(describeError(err, b.lang).message);
  b.row(b.button('看看其他场次', 'Other sessions', 'sf'), b.button('我的预约', 'My bookings', 'mb'));
}

export async function joinWaitlist(b: ReplyBuilder, sessionId: number, childId?: number): Promise<void> {
  const run = await b.tool<{ status: string; position?: number; children?: Child[]; alreadyWaiting?: boolean }>('join_waitlist', { sessionId, childId });
  const r = run.result;
  if (r?.status === 'need_registration') return askToRegister(b, {}, { action: 'waitlist', sessionId });
  if (r?.status === 'need_child') return askWhichChild(b, r.children ?? [], 'waitlist', sessionId);
  if (r?.status === 'waiting') {
    b.say(
      r.alreadyWaiting ? `你已经在候补名单上了，目前排第${r.position}位。` : `已加入候补，目前排第${r.position}位。有名额空出时我会发消息给你，请在保留时间内确认。`,
      r.alreadyWaiting ? `You are already on the waitlist, number ${r.position}.` : `You're on the waitlist, number ${r.position}. If a place frees up I'll message you — please confirm within the hold time.`,
    );
    b.state.pending = undefined;
    b.row(b.button('我的预约', 'My bookings', 'mb'), b.button('看看其他场次', 'Other sessions', 'sf'));
    return;
  }
  if (isDomainError(run.error, 'SESSION_HAS_PLACES')) {
    b.say('这个场次现在还有名额，可以直接预约：', 'This session has places now — you can book it directly:');
    b.row(b.button('直接预约', 'Book now', 'b', sessionId));
    return;
  }
  b.text(describeError(run.error, b.lang).message);
}

/** Upcoming bookings with cancel buttons, and held waitlist offers. */
export async function listBookings(b: ReplyBuilder): Promise<BookingView[]> {
  const run = await b.tool<{ upcoming: BookingView[]; past: BookingView[] }>('list_bookings', { includePast: true });
  if (!run.result) {
    b.text(describeError(run.error, b.lang).message);
    return [];
  }
  const { upcoming, past } = run.result;
  const active = upcoming.filter((v) => v.status === 'confirmed' || v.status === 'held');
  if (active.length === 0) {
    b.say('你目前没有即将到来的预约。', 'You have no upcoming bookings.');
  } else {
    b.say('你的预约：', 'Your bookings:');
    b.text(active.map((v) => describeBooking(v, b.lang) + (v.status === 'held' ? b.lang === 'zh' ? '\n   （候补名额为你保留中，请确认）' : '\n   (waitlist place held for you — please confirm)' : '')).join('\n'));
    // Waitlist places held for the family: accept or pass, right here.
    const offers = active.some((v) => v.status === 'held') ? await b.ctx.booking.pendingOffers(b.ctx.userId).catch(() => []) : [];
    for (const o of offers.slice(0, 3)) {
      b.row(b.button(`✅ 接受 ${o.refCode}`, `✅ Take ${o.refCode}`, 'oa', o.entryId), b.button(`放弃 ${o.refCode}`, `Pass ${o.refCode}`, 'od', o.entryId));
    }
    for (const v of active.filter((x) => x.status === 'confirmed').slice(0, 6)) {
      b.row(b.button(`取消 ${v.refCode}`, `Cancel ${v.refCode}`, 'c', v.id));
    }
  }
  const recent = past.slice(0, 3);
  if (recent.length) {
    const statusWord = (s: string) =>
      b.lang === 'zh'
        ? ({ attended: '已出席', no_show: '未到', cancelled: '已取消', expired: '已过期', confirmed: '已结束', held: '已过期' } as Record<string, string>)[s] ?? s
        : ({ attended: 'attended', no_show: 'no-show', cancelled: 'cancelled', expired: 'expired', confirmed: 'done', held: 'expired' } as Record<string, string>)[s] ?? s;
    b.say('最近的记录：', 'Recent:');
    b.text(recent.map((v) => `${formatDate(v.localDate, b.lang)} ${v.childName} · ${b.lang === 'zh' ? v.point.nameZh : v.point.nameEn}（${statusWord(v.status)}）`).join('\n'));
  }
  if (active.length === 0) addMainMenu(b);
  return active;
}

export async function confirmCancel(b: ReplyBuilder, booking: Pick<BookingView, 'id' | 'refCode'> & Partial<BookingView>): Promise<void> {
  b.say(`确定要取消预约 ${booking.refCode} 吗？`, `Cancel booking ${booking.refCode}?`);
  if (booking.point) b.text(describeBooking(booking as BookingView, b.lang));
  b.row(b.button('确认取消', 'Yes, cancel', 'cy', booking.id), b.button('不取消', 'Keep it', 'k', booking.id));
  b.state.pending = { type: 'confirm_cancel', bookingId: booking.id, refCode: booking.refCode };
}

export async function cancelBooking(b: ReplyBuilder, target: { bookingId?: number; bookingRef?: string }): Promise<void> {
  const run = await b.tool<{ booking: BookingView; alreadyCancelled: boolean; late: boolean }>('cancel_booking', target);
  b.state.pending = undefined;
  if (!run.result) {
    b.text(describeError(run.error, b.lang).message);
    b.row(b.button('我的预约', 'My bookings', 'mb'));
    return;
  }
  const { booking, alreadyCancelled, late } = run.result;
  if (alreadyCancelled) {
    b.say(`预约 ${booking.refCode} 之前已经取消了，无需再操作。`, `Booking ${booking.refCode} was already cancelled; nothing more to do.`);
  } else {
    b.say(`已取消预约 ${booking.refCode}，名额已释放给其他家庭。`, `Booking ${booking.refCode} is cancelled and the place has been freed for another family.`);
    if (late) b.say('这次取消离开始时间较近，会记录为“临近取消”（不算未到）。', 'This cancellation was close to the start time, so it is recorded as a late cancellation (not a no-show).');
  }
  b.row(b.button('找其他场次', 'Find another session', 'sf'), b.button('我的预约', 'My bookings', 'mb'));
}

export function slotFromState(b: ReplyBuilder, ordinal: number | undefined): number | undefined {
  const shown = b.state.lastSearch?.shown ?? [];
  if (shown.length === 0) return undefined;
  if (ordinal === undefined) return shown.length === 1 ? shown[0]!.sessionId : undefined;
  const idx = ordinal < 0 ? shown.length + ordinal : ordinal - 1;
  return shown[idx]?.sessionId;
}

export type { SlotResult };
