import type { Understanding, Slots } from '../../nlu/types.ts';
import type { SearchSlotsArgs } from '../tools/searchSlotsTool.ts';
import type { AgentReply, AgentTurn } from '../dialogue/AgentTypes.ts';
import { ReplyBuilder } from './ReplyBuilder.ts';
import { addMainMenu, capabilities } from './menus.ts';
import { askForDate, askForLocation, runSearch, searchForWaitlist } from './searchFlow.ts';
import {
  askToRegister,
  bookSession,
  cancelBooking,
  confirmCancel,
  joinWaitlist,
  listBookings,
  registerChild,
  slotFromState,
} from './bookingFlow.ts';
import { answerFromKnowledge, escalate } from './knowledgeFlow.ts';
import { comingWeekend, expandDate, nextWeekend } from './weekends.ts';
import { addDays, localDateOf, weekdayOf } from '../../time/zonedTime.ts';
import { CAN_ATTEND, describeNetwork, describePoints, describePointsForAge, POINT_INFO } from './pointsFlow.ts';
import { describeError } from '../../errors/describeError.ts';
import type { Child } from '../../booking/types.ts';

const SEARCH_SLOT_KEYS: Array<keyof Slots> = ['dateRange', 'partOfDay', 'district', 'neighbourhood', 'kind', 'classTitle', 'wantsNearby'];

function hasSearchSlots(s: Slots): boolean {
  return SEARCH_SLOT_KEYS.some((k) => s[k] !== undefined && s[k] !== false);
}

/** Merges what the parent just said into an earlier (partial) search. */
function mergeSearch(base: Partial<SearchSlotsArgs>, s: Slots, childAgeMonths?: number): Partial<SearchSlotsArgs> {
  const next: Partial<SearchSlotsArgs> = { ...base, offset: undefined };
  if (s.dateRange) {
    next.from = s.dateRange.from;
    next.to = s.dateRange.to;
  }
  if (s.partOfDay) next.partOfDay = s.partOfDay;
  if (s.district) {
    next.district = s.district;
    next.near = undefined;
  }
  if (s.neighbourhood) {
    // A neighbourhood orders results by distance from it, within its district.
    next.near = { latitude: s.neighbourhood.latitude, longitude: s.neighbourhood.longitude };
    next.district = s.neighbourhood.district;
  }
  if (s.classTitle) {
    next.kind = 'trial_class';
    next.classTitle = s.classTitle;
  } else if (s.kind) {
    next.kind = s.kind;
    if (s.kind !== 'trial_class') next.classTitle = undefined;
  }
  const age = s.childAgeMonths ?? childAgeMonths;
  if (age !== undefined) next.childAgeMonths = age;
  return next;
}

/**
 * The deterministic bilingual brain: language understanding plus dialogue
 * state, acting only through the shared tools.
 */
export function createOfflineAgent() {
  async function childAge(b: ReplyBuilder): Promise<number | undefined> {
    if (b.state.childAgeMonths !== undefined) return b.state.childAgeMonths;
    const children: Child[] = await b.ctx.booking.listChildren(b.ctx.userId).catch(() => []);
    return children.length === 1 ? children[0]!.ageMonths : undefined;
  }

  async function search(b: ReplyBuilder, partial: Partial<SearchSlotsArgs>, wantsNearby: boolean): Promise<void> {
    if (wantsNearby && !partial.near && !partial.district) return askForLocation(b, partial);
    if (!partial.from || !partial.to) {
      // With a place or a class in mind, show the coming days at once (and say which);
      // with nothing at all, ask which day.
      if (partial.near || partial.district || partial.kind) {
        const w = partial.kind === 'trial_class'
          ? { from: localDateOf(b.ctx.now, b.ctx.timeZone), to: addDays(localDateOf(b.ctx.now, b.ctx.timeZone), 13) }
          : comingWeekend(b.ctx.now, b.ctx.timeZone);
        await runSearch(b, { ...partial, from: w.from, to: w.to } as SearchSlotsArgs);
        b.row(b.button('换个日子', 'Another day', 'dd', '0'), b.button('下周末', 'Next weekend', 'nw'));
        return;
      }
      return askForDate(b, partial, wantsNearby);
    }
    await runSearch(b, partial as SearchSlotsArgs);
  }

  async function onButton(b: ReplyBuilder, turn: AgentTurn): Promise<void> {
    const { action, args } = turn.button!;
    const n = (i: number) => {
      const v = Number(args[i]);
      return Number.isSafeInteger(v) && v > 0 ? v : undefined;
    };
    switch (action) {
      case 'b': {
        const sessionId = n(0);
        if (sessionId) return bookSession(b, sessionId, n(1));
        break;
      }
      case 'w': {
        const sessionId = n(0);
        if (sessionId) return joinWaitlist(b, sessionId, n(1));
        break;
      }
      case 'c': {
        const bookingId = n(0);
        if (!bookingId) break;
        const list = await b.ctx.booking.listBookings(b.ctx.userId, { includePast: false }).catch(() => ({ upcoming: [] as any[] }));
        const booking = list.upcoming.find((v: { id: number }) => v.id === bookingId);
        if (!booking) {
          b.say('这个预约已经不存在或已取消。以下是你当前的预约：', 'That booking no longer exists or was already cancelled. Here are your current bookings:');
          await listBookings(b);
          return;
        }
        return confirmCancel(b, booking);
      }
      case 'cy': {
        const bookingId = n(0);
        if (bookingId) return cancelBooking(b, { bookingId });
        break;
      }
      case 'k':
        b.state.pending = undefined;
        b.say('好的，预约保留，到时见！', 'Great — your place is kept. See you there!');
        b.row(b.button('我的预约', 'My bookings', 'mb'));
        return;
      case 'oa':
      case 'od': {
        const entryId = n(0);
        if (!entryId) break;
        try {
          if (action === 'oa') {
            const r = await b.ctx.booking.acceptOffer(b.ctx.userId, entryId);
            b.tools.push({ name: 'accept_offer', args: { entryId }, ok: true, result: r });
            b.say('✅ 候补名额已确认，到时见！', '✅ The waitlist place is yours. See you there!');
            await listBookings(b);
          } else {
            const r = await b.ctx.booking.declineOffer(b.ctx.userId, entryId);
            b.tools.push({ name: 'decline_offer', args: { entryId }, ok: true, result: r });
            b.say('好的，已放弃这个名额，它会留给下一位候补的家庭。', "OK, you've passed on this place; it goes to the next family on the waitlist.");
          }
        } catch (err) {
          b.tools.push({ name: action === 'oa' ? 'accept_offer' : 'decline_offer', args: { entryId }, ok: false, error: describeError(err, b.lang) });
          b.text(describeError(err, b.lang).message);
        }
        return;
      }
      case 'm': {
        const last = b.state.lastSearch;
        if (!last) return askForDate(b, {});
        return runSearch(b, { ...last.args, offset: n(0) ?? 0 });
      }
      case 'nw': {
        const w = nextWeekend(b.ctx.now, b.ctx.timeZone);
        const base = b.state.pending?.type === 'search' ? b.state.pending.partial : b.state.lastSearch?.args ?? {};
        return search(b, { ...base, from: w.from, to: w.to, offset: undefined }, false);
      }
      case 'dd': {
        if (args[0] === '0') return askForDate(b, { ...(b.state.lastSearch?.args ?? {}), from: undefined, to: undefined, offset: undefined });
        const date = expandDate(args[0] ?? '');
        if (!date) break;
        const base = b.state.pending?.type === 'search' ? b.state.pending.partial : {};
        const wantsNearby = b.state.pending?.type === 'search' ? Boolean(b.state.pending.wantsNearby) : false;
        return search(b, { ...base, from: date, to: date }, wantsNearby);
      }
      case 'pd': {
        const last = b.state.lastSearch?.args;
        if (!last) return askForDate(b, { partOfDay: args[0] === 'pm' ? 'afternoon' : 'morning' });
        return runSearch(b, { ...last, partOfDay: args[0] === 'pm' ? 'afternoon' : 'morning', offset: undefined });
      }
      case 'sf': {
        const age = await childAge(b);
        const cw = comingWeekend(b.ctx.now, b.ctx.timeZone);
        const base = b.state.pending?.type === 'search' ? b.state.pending.partial : {};
        return search(b, { ...base, from: cw.from, to: cw.to, childAgeMonths: base.childAgeMonths ?? age, offset: undefined }, false);
      }
      case 'loc':
        return askForLocation(b, b.state.lastSearch?.args ?? {});
      case 'mb':
        await listBookings(b);
        return;
      case 'ch':
        return showChildren(b);
      case 'rc':
        return askToRegister(b, {}, b.state.pending?.type === 'choose_child' ? { action: b.state.pending.action, sessionId: b.state.pending.sessionId } : undefined);
      case 'hu':
      case 'esc': {
        const question = action === 'esc' ? b.state.lastQuestion ?? '' : '';
        return escalate(b, action === 'esc' && question ? 'unanswered' : 'human_requested', question);
      }
      case 'lg':
        return switchLanguage(b, args[0] === 'en' ? 'en' : 'zh');
      case 'cs':
        await b.ctx.booking.recordConsent(b.ctx.userId);
        b.say('谢谢！已记录你的同意。', 'Thank you — your consent is recorded.');
        addMainMenu(b);
        return;
      case 'q':
        break;
      case 'fy':
        b.say('删除数据请在 Telegram 里发送 /forget 并确认。', 'To delete your data, send /forget in Telegram and confirm.');
        return;
    }
    b.say('这个按钮已失效，请重新选择：', 'This button has expired; please choose again:');
    addMainMenu(b);
  }

  async function showChildren(b: ReplyBuilder): Promise<void> {
    const run = await b.tool<{ children: Child[] }>('list_children', {});
    const children = run.result?.children ?? [];
    if (children.length === 0) {
      askToRegister(b, {});
      return;
    }
    b.say('已登记的孩子：', 'Registered children:');
    b.text(children.map((c) => `• ${c.name}（${c.birthDate}，${Math.floor(c.ageMonths / 12)}${b.lang === 'zh' ? '岁' : 'y'}${c.ageMonths % 12}${b.lang === 'zh' ? '个月' : 'm'}）`).join('\n'));
    b.row(b.button('登记新的孩子', 'Register another child', 'rc'), b.button('找周末名额', 'Find weekend places', 'sf'));
  }

  async function onLocation(b: ReplyBuilder, turn: AgentTurn): Promise<void> {
    const loc = turn.input.location!;
    const base = b.state.pending?.type === 'search' ? b.state.pending.partial : b.state.lastSearch?.args ?? {};
    const cw = comingWeekend(b.ctx.now, b.ctx.timeZone);
    const age = base.childAgeMonths ?? (await childAge(b));
    await runSearch(b, {
      ...base,
      from: base.from ?? cw.from,
      to: base.to ?? cw.to,
      district: undefined,
      near: { latitude: loc.latitude, longitude: loc.longitude },
      childAgeMonths: age,
      offset: undefined,
    } as SearchSlotsArgs);
  }

  async function onText(b: ReplyBuilder, turn: AgentTurn): Promise<void> {
    const u = turn.understanding as Understanding;
    const s = u.slots;
    const text = turn.input.text ?? '';
    const pending = b.state.pending;
    if (s.childAgeMonths !== undefined) b.state.childAgeMonths = s.childAgeMonths;

    // Answers to a question the bot just asked.
    // While asking for a child's details, only take what looks like an answer;
    // anything else ("上午的", "2", a new question) is handled as itself.
    const answersRegistration =
      pending?.type === 'register' &&
      (s.childName !== undefined || s.birthDate !== undefined || (!hasSearchSlots(s) && s.ordinal === undefined && bareName(text, s) !== undefined && !['cancel', 'my_bookings', 'human', 'complaint', 'knowledge', 'switch_language', 'find_slots', 'greeting', 'help', 'thanks', 'affirm', 'book', 'join_waitlist'].includes(u.intent) && !(u.intent === 'out_of_scope' && u.confidence >= 0.6)) || u.intent === 'deny');
    if (pending?.type === 'register' && !answersRegistration && ['affirm', 'thanks'].includes(u.intent)) {
      return askToRegister(b, { name: pending.name, birthDate: pending.birthDate }, pending.then);
    }
    if (pending?.type === 'register' && answersRegistration) {
      const name = s.childName ?? pending.name ?? bareName(text, s);
      const birthDate = s.birthDate ?? pending.birthDate;
      if (name && birthDate) return registerChild(b, name, birthDate, pending.then);
      if (u.intent !== 'deny') {
        if (!s.birthDate && s.childAgeMonths !== undefined && name) {
          b.say('为了核对年龄，需要准确的出生日期（例如 2024-03-05）。', 'For the age check I need the exact date of birth (e.g. 2024-03-05).');
        }
        return askToRegister(b, { name, birthDate }, pending.then);
      }
      b.state.pending = undefined;
      b.say('好的，先不登记。', "OK, let's leave registration for now.");
      addMainMenu(b);
      return;
    }
    if (pending?.type === 'confirm_cancel') {
      if (u.intent === 'affirm' || (u.intent === 'cancel' && !s.bookingRef)) return cancelBooking(b, { bookingId: pending.bookingId });
      if (u.intent === 'deny') {
        b.state.pending = undefined;
        b.say('好的，预约保留。', 'OK, the booking is kept.');
        return;
      }
    }
    if (pending?.type === 'offer_waitlist' && u.intent === 'affirm') return joinWaitlist(b, pending.sessionId);
    if (pending?.type === 'offer_escalation') {
      if (u.intent === 'affirm' || u.intent === 'human') return escalate(b, 'unanswered', pending.question);
      if (u.intent === 'deny') {
        b.state.pending = undefined;
        b.say('好的。还有其他问题随时问我。', 'OK. Ask me anything else any time.');
        return;
      }
    }
    if (pending?.type === 'choose_child' && u.intent !== 'cancel') {
      const children: Child[] = await b.ctx.booking.listChildren(b.ctx.userId).catch(() => []);
      const lowered = text.trim().toLowerCase();
      const chosen = children.find((c) => lowered.includes(c.name.toLowerCase())) ?? (s.ordinal && s.ordinal > 0 ? children[s.ordinal - 1] : undefined);
      if (chosen) return pending.action === 'book' ? bookSession(b, pending.sessionId, chosen.id) : joinWaitlist(b, pending.sessionId, chosen.id);
    }

    // A refinement of the last search ("那就周日吧", "afternoon then").
    const searchContext = pending?.type === 'search' ? pending.partial : b.state.lastSearch?.args;
    const ageOnly = s.childAgeMonths !== undefined && !hasSearchSlots(s);
    const refinement =
      searchContext !== undefined &&
      (hasSearchSlots(s) || (ageOnly && u.intent !== 'knowledge' && text.length <= 12)) &&
      (['find_slots', 'affirm', 'greeting', 'book', 'knowledge'].includes(u.intent) || (u.intent === 'out_of_scope' && u.confidence < 0.6)) &&
      !(u.intent === 'book' && (s.ordinal !== undefined || s.neighbourhood !== undefined)) &&
      !(u.intent === 'knowledge' && (text.length > 25 || !hasSearchSlots(s)));

    // "周六那个能改到周日吗" / "move my booking to sunday": book the new one first, then cancel the old one.
    if (RESCHEDULE.test(text) && !['human', 'complaint', 'switch_language'].includes(u.intent) && !/english|chinese|中文|英文|language|语言/i.test(text)) {
      const active = await listBookingsQuietly(b);
      if (active.length > 0) {
        b.say(
          '改期的做法是：先约好新的场次，再取消原来的预约（这样不会两头落空）。',
          'To change a booking: first book the new session, then cancel the old one (so you never end up with neither).',
        );
        if (s.dateRange) {
          const old = active[0]!;
          await runSearch(b, { ...mergeSearch({}, s, await childAge(b)), district: s.district ?? old.point.district } as SearchSlotsArgs);
        } else {
          b.say('想改到哪一天？', 'Which day would you like instead?');
        }
        b.row(...active.slice(0, 3).map((v: { id: number; refCode: string }) => b.button(`取消原预约 ${v.refCode}`, `Cancel ${v.refCode}`, 'c', v.id)));
        return;
      }
    }

    // Questions about rules or health that mention a day ("上周六约了没去会不会影响", "咳嗽低烧明天还能去吗",
    // "want to change to sunday") are answered from the knowledge base, not with a list of places.
    if (['find_slots', 'book'].includes(u.intent) && s.ordinal === undefined && RULE_OR_HEALTH_QUESTION.test(text)) {
      const probe = await b.ctx.knowledge.search(text, { lang: b.lang, k: 1 }).catch(() => []);
      if (probe.length > 0) return answerFromKnowledge(b, text);
    }

    // A question with an age but nothing about when or where ("can my 10 month old have honey?")
    // is more likely a parenting question; the knowledge base decides.
    const vagueSearch =
      !refinement && u.intent === 'find_slots' && u.confidence < 0.6 && !s.dateRange && !s.district && !s.neighbourhood && !s.kind && !s.classTitle && !s.partOfDay && !s.wantsNearby;
    if (vagueSearch) {
      const probe = await b.ctx.knowledge.search(text, { lang: b.lang, k: 1 }).catch(() => []);
      if (probe.length > 0) return answerFromKnowledge(b, text);
    }

    // Children over 3: say who the service is for instead of searching.
    const tooOld = s.ageOutOfRange || (s.childAgeMonths !== undefined && s.childAgeMonths > 36);
    if (tooOld && ['find_slots', 'book', 'knowledge', 'join_waitlist', 'out_of_scope'].includes(u.intent)) {
      b.say(
        '“爱邻护幼”社区托育点服务的是0–3岁（36个月以内）的婴幼儿，超过3岁的孩子暂时不能预约。3岁以上可以了解幼儿园（小班一般3岁入园）。如果家里还有3岁以下的弟弟妹妹，可以为他们预约。',
        'The 爱邻护幼 community care points serve children aged 0–3 (up to 36 months), so children over 3 cannot be booked. From age 3, kindergarten is the usual next step. If you have a younger child under 3, you can book for them.',
      );
      b.row(b.button('找周末名额', 'Find weekend places', 'sf'), b.button('找工作人员', 'Talk to staff', 'hu'));
      return;
    }
    if (POINT_INFO.test(text) && !['cancel', 'my_bookings', 'complaint', 'human'].includes(u.intent)) {
      if (s.district || s.neighbourhood || (s.dateRange === undefined && /服务点|托育点|point|centre|center/i.test(text))) return describePoints(b, s);
      if (!hasSearchSlots(s) && /你们|you|u\b|服务点|托育点|point/i.test(text)) return describeNetwork(b);
    }
    // "宝宝三个月大 可以去吗": which points take a child of that age.
    if (s.childAgeMonths !== undefined && !s.dateRange && !s.district && !s.neighbourhood && !s.kind && CAN_ATTEND.test(text) && ['knowledge', 'find_slots', 'out_of_scope'].includes(u.intent)) {
      return describePointsForAge(b, s.childAgeMonths);
    }

    // "Who are you / are you a bot / 你是chatgpt吗".
    if (IDENTITY.test(text) && ['help', 'out_of_scope', 'greeting', 'knowledge'].includes(u.intent)) {
      b.say(
        '我是“爱邻护幼”社区托育助手（自动回复的机器人），可以帮你查找和预约免费的周末托育、回答育儿和政策问题。需要真人时说“转人工”即可。',
        "I'm the 爱邻护幼 community childcare assistant — an automated helper. I can find and book free weekend childcare and answer parenting and policy questions. Say \"talk to staff\" any time to reach a person.",
      );
      addMainMenu(b);
      return;
    }

    // "hi, any half day care sat morning?": the greeting is not the point.
    const searchWithPleasantries =
      (['greeting', 'thanks', 'affirm', 'help'].includes(u.intent) || (u.intent === 'out_of_scope' && u.confidence < 0.6)) &&
      (s.dateRange !== undefined || s.kind !== undefined || s.partOfDay !== undefined || s.wantsNearby === true);

    switch (refinement || searchWithPleasantries ? 'find_slots' : u.intent) {
      case 'find_slots': {
        const base = refinement || pending?.type === 'search' ? searchContext ?? {} : {};
        const partial = mergeSearch(base, s, await childAge(b));
        if (s.ageOutOfRange) {
          b.say('社区托育点服务 0–3 岁（36个月以内）的孩子。', 'The community care points serve children aged 0–3 (up to 36 months).');
        }
        const wantsNearby = Boolean(s.wantsNearby) || (pending?.type === 'search' && Boolean(pending.wantsNearby));
        return search(b, partial, wantsNearby && !partial.near && !partial.district);
      }
      case 'book': {
        // "book 1", "约3": a number right after the verb picks from the list.
        const ordinal = s.ordinal ?? numberAfterVerb(text);
        const sessionId = slotFromState(b, ordinal);
        if (sessionId) {
          const children: Child[] = await b.ctx.booking.listChildren(b.ctx.userId).catch(() => []);
          const lowered = text.toLowerCase();
          const named = children.find((c) => c.name === s.childName) ?? children.find((c) => lowered.includes(c.name.toLowerCase()));
          // Picking a session shown as full means its waitlist.
          const shownFull = b.state.lastSearch?.shown.find((x) => x.sessionId === sessionId)?.free === 0;
          return shownFull ? joinWaitlist(b, sessionId, named?.id) : bookSession(b, sessionId, named?.id);
        }
        if (s.neighbourhood && b.state.lastSearch) {
          const names = [s.neighbourhood.zh.replace(/(街道|镇)$/, ''), s.neighbourhood.en.replace(/ Subdistrict$/, '')];
          const matches = b.state.lastSearch.shown.filter((x) => names.some((n) => n && x.label.toLowerCase().includes(n.toLowerCase())));
          if (matches.length === 1) {
            const m = matches[0]!;
            return m.free === 0 ? joinWaitlist(b, m.sessionId) : bookSession(b, m.sessionId);
          }
          if (matches.length > 1) {
            b.say('那里有几个时段，约哪一个？', 'There are several times there — which one?');
            b.row(...matches.slice(0, 4).map((m) => b.button(m.label.slice(-24), m.label.slice(-24), m.free === 0 ? 'w' : 'b', m.sessionId)));
            return;
          }
        }
        if (ordinal !== undefined && b.state.lastSearch) {
          b.say(`没有第${ordinal}个结果，请看上面的列表再选。`, `There is no result number ${ordinal}; please pick from the list above.`);
          return;
        }
        const partial = mergeSearch(searchContext ?? {}, s, await childAge(b));
        if (b.state.lastSearch && !hasSearchSlots(s)) {
          b.say('请告诉我要约列表里的第几个（例如“约第1个”），或点“预约”按钮。', 'Tell me which one from the list (e.g. "book 1"), or tap its "Book" button.');
          return;
        }
        return search(b, partial, Boolean(s.wantsNearby));
      }
      case 'join_waitlist': {
        const sessionId = slotFromState(b, s.ordinal) ?? (pending?.type === 'offer_waitlist' ? pending.sessionId : undefined);
        if (sessionId) return joinWaitlist(b, sessionId);
        const partial = mergeSearch(searchContext ?? {}, s, await childAge(b));
        if (!partial.from || !partial.to) {
          b.say('想候补哪一天的场次？', 'Which day would you like to wait for?');
          return askForDate(b, partial);
        }
        return searchForWaitlist(b, partial as SearchSlotsArgs);
      }
      case 'cancel': {
        if (s.bookingRef) {
          const list = await b.ctx.booking.listBookings(b.ctx.userId, { includePast: false }).catch(() => ({ upcoming: [] as any[] }));
          const booking = list.upcoming.find((v: { refCode: string }) => v.refCode === s.bookingRef);
          if (booking) return confirmCancel(b, booking);
          return cancelBooking(b, { bookingRef: s.bookingRef });
        }
        let active = await listBookingsQuietly(b);
        if (s.dateRange && active.length > 1) {
          // "取消周六的": the day the parent names, or the same weekday when the date words were relative.
          const { from, to } = s.dateRange;
          const onDay = active.filter((v: { localDate: string }) => v.localDate >= from && v.localDate <= to);
          const sameWeekday = active.filter((v: { localDate: string }) => weekdayOf(v.localDate) === weekdayOf(from));
          if (onDay.length > 0) active = onDay;
          else if (from === to && sameWeekday.length > 0) active = sameWeekday;
        }
        if (active.length === 1) return confirmCancel(b, active[0]!);
        if (active.length === 0) {
          b.say('你目前没有可以取消的预约。', 'You have no upcoming bookings to cancel.');
          addMainMenu(b);
          return;
        }
        b.say('要取消哪一个？点下面的按钮，或告诉我参考号。', 'Which one? Tap a button below or tell me the reference code.');
        await listBookings(b);
        return;
      }
      case 'my_bookings':
        await listBookings(b);
        return;
      case 'register_child': {
        const name = s.childName ?? bareName(text, s);
        if (name && s.birthDate) {
          await registerChild(b, name, s.birthDate, undefined, { searchNext: hasSearchSlots(s) });
          // "帮我约这周六上午的，宝宝叫果果，2023年12月8日出生": register, then search.
          if (hasSearchSlots(s) && b.state.childAgeMonths !== undefined) {
            const partial = mergeSearch({}, s, b.state.childAgeMonths);
            await search(b, partial, Boolean(s.wantsNearby) && !partial.near && !partial.district);
          }
          return;
        }
        return askToRegister(b, { name, birthDate: s.birthDate });
      }
      case 'list_children':
        return showChildren(b);
      case 'knowledge':
        return answerFromKnowledge(b, text);
      case 'human':
        return escalate(b, 'human_requested', text);
      case 'complaint':
        return escalate(b, 'complaint', text);
      case 'switch_language':
        return switchLanguage(b, s.language ?? (b.lang === 'zh' ? 'en' : 'zh'));
      case 'greeting':
        b.say('你好！我是“爱邻护幼”社区托育助手。', "Hello! I'm the community childcare assistant for Xiamen's 爱邻护幼 care points.");
        capabilities(b);
        addMainMenu(b);
        return;
      case 'help':
        capabilities(b);
        addMainMenu(b);
        return;
      case 'thanks':
        b.say('不客气！还有需要随时找我。', "You're welcome! I'm here whenever you need me.");
        return;
      case 'deny':
        b.state.pending = undefined;
        b.say('好的，没问题。需要的时候随时找我。', 'No problem. Message me any time you need.');
        return;
      case 'affirm': {
        // "好的/要/take it" while a waitlist place is held for this family: take it.
        const offers = await b.ctx.booking.pendingOffers(b.ctx.userId).catch(() => []);
        if (offers.length === 1 && !pending) {
          try {
            const r = await b.ctx.booking.acceptOffer(b.ctx.userId, offers[0]!.entryId);
            b.tools.push({ name: 'accept_offer', args: { entryId: offers[0]!.entryId }, ok: true, result: r });
            b.say('✅ 候补名额已确认，到时见！', '✅ The waitlist place is yours. See you there!');
            await listBookings(b);
            return;
          } catch (err) {
            b.text(describeError(err, b.lang).message);
            return;
          }
        }
        if (b.state.lastSearch) {
          b.say('好的。要预约的话，告诉我列表里的序号，或点“预约”按钮。', 'OK. To book, tell me the number from the list or tap "Book".');
          return;
        }
        b.say('好的。还有什么可以帮你？', 'OK. What else can I help with?');
        addMainMenu(b);
        return;
      }
      case 'out_of_scope':
      default: {
        // Questions the intent rules could not place may still be in the knowledge base.
        if (/服务|介绍|了解|爱邻|托育|怎么用|能做什么|about (?:the|your) service|tell me (?:about|more)/i.test(text) && u.confidence < 0.6 && text.length <= 40) {
          b.say('“爱邻护幼”是厦门的社区托育服务点：政府出资、由备案的托育机构运营，为0–3岁孩子提供免费的周末半日托、临时托和1小时体验课，不限户籍和居住地。', "爱邻护幼 are Xiamen's community childcare points: government-funded and run by registered childcare providers, offering free weekend half-day and temporary care and 1-hour trial classes for children aged 0–3, with no household-registration or residence restriction.");
          capabilities(b);
          addMainMenu(b);
          return;
        }
        if (text.trim().length >= 4 && (u.confidence < 0.6 || /[?？吗呢怎么如何什么能不能可以多少how what can when why should is are do]/i.test(text))) {
          const probe = await b.ctx.knowledge.search(text, { lang: b.lang, k: 1 }).catch(() => []);
          if (probe.length > 0) return answerFromKnowledge(b, text);
        }
        if (!/[\p{L}]{2,}/u.test(text)) {
          b.say('没太明白你的意思。可以直接告诉我想做什么，比如“这周六上午有位置吗”，或点下面的按钮：', "Sorry, I didn't catch that. Tell me what you'd like, e.g. \"any places this Saturday morning?\", or tap a button below:");
          addMainMenu(b);
          return;
        }
        b.say(
          '这个问题不在我能帮忙的范围内。我主要负责社区托育点的预约，以及育儿和托育政策问题。',
          "That's outside what I can help with. I handle bookings at the community care points and parenting or childcare-policy questions.",
        );
        addMainMenu(b);
      }
    }
  }

  async function listBookingsQuietly(b: ReplyBuilder) {
    const r = await b.ctx.booking.listBookings(b.ctx.userId, { includePast: false }).catch(() => ({ upcoming: [] as any[] }));
    return r.upcoming.filter((v: { status: string }) => v.status === 'confirmed');
  }

  return {
    async respond(turn: AgentTurn): Promise<AgentReply> {
      const b = new ReplyBuilder(turn.ctx, turn.codec, { ...turn.state });
      if (turn.button) await onButton(b, turn);
      else if (turn.input.location) await onLocation(b, turn);
      else await onText(b, turn);
      return b.build();
    },
  };
}

/**
 * The child's name from a short reply to "name and birth date?", e.g.
 * "乐乐 2024-05-03" or "Leo, born 3 May 2024": what is left once dates,
 * numbers and filler words are removed.
 */
function bareName(text: string, s: Slots): string | undefined {
  if (s.district || s.neighbourhood || s.kind) return undefined;
  const t = text
    .replace(/\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号]?/g, ' ')
    .replace(/\b\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b/gi, ' ')
    .replace(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}\b/gi, ' ')
    .replace(/(出生日期|出生|生日|生的|名字|登记|添加|注册|一下|帮我|我的|我家|我要|我想|叫做|叫|是|宝宝|孩子|小孩|女儿|儿子|一个|新的)/g, ' ')
    .replace(/\b(born|birthday|name|is|my|son|daughter|baby|on|register|add|child|kid|please|the|called|named|a|an|another|new|i|want|to|would|like)\b/gi, ' ')
    .replace(/[,，。:：;；!！?？]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!t || t.length > 12 || /\d/.test(t)) return undefined;
  if (NOT_NAMES.test(t)) return undefined;
  return /^[\p{L}·\s'-]+$/u.test(t) ? t : undefined;
}

/** Replies in the chosen language from now on (and proactive messages follow it). */
async function switchLanguage(b: ReplyBuilder, lang: 'zh' | 'en'): Promise<void> {
  await b.ctx.booking.setLanguage(b.ctx.userId, lang).catch(() => undefined);
  b.ctx.lang = lang;
  b.langOverride = lang;
  b.say('好的，之后我用中文回复。', "OK, I'll reply in English from now on.");
  addMainMenu(b);
}

/** "book 1", "约 3", "预约2" → the number, when one follows a booking verb directly. */
function numberAfterVerb(text: string): number | undefined {
  const m = /(?:book|reserve|take|约|订|预约|预定|要)\s*(?:no\.?|number|#|第)?\s*(\d{1,2})(?!\d|\s*(?:月|号|日|点|岁|个月|:|\/|-))/i.exec(text);
  return m ? Number(m[1]) : undefined;
}

const RESCHEDULE = /改到|改成|换到|换成|改期|改时间|换个时间|换一天|\b(?:change|move|switch|reschedule)\b.{0,20}\b(?:booking|to|day|date|time|session)\b/i;

/** Consequences, changes and illness around a booking: questions, not searches. */
const RULE_OR_HEALTH_QUESTION =
  /会不会|会怎样|会怎么样|影响|拉黑|没去|爽约|迟到|改到|改成|换到|改期|咳嗽|发烧|低烧|感冒|拉肚子|腹泻|呕吐|生病|不舒服|打完疫苗|\b(?:change|move|reschedule|missed|no[- ]show|late|sick|ill|fever|cough|cold|vomit|diarrh)/i;

const IDENTITY = /你是谁|你叫什么|你是(机器人|真人|人工|ai|chatgpt|gpt)|是不是(机器人|真人|ai)|who are you|your name|are you (a |an )?(bot|robot|human|real|ai|chatgpt)/i;

/** Replies that are never a child's name. */
const NOT_NAMES = /^(好的?|好吧|好呀|可以|行|嗯+|对|是的?|确认|确定|谢谢|多谢|收到|没问题|ok|okay|yes|yeah|yep|sure|thanks|thank you|confirm|fine|no|不|不要|不用|算了|hi|hello|你好|在吗)$/i;

export type OfflineAgent = ReturnType<typeof createOfflineAgent>;
