import type { ButtonAction } from '../conversation/buttonCodec.ts';
import { serviceName, type Lang } from '../domain/serviceKinds.ts';
import { localDateOf, localParts, localTimeOf, weekdayOf } from '../time/zonedTime.ts';
import type { NotificationView, SessionSummary } from './NotificationView.ts';
import type { OutgoingButton, RenderedMessage } from './SendNotification.ts';

export interface RenderOptions {
  language: Lang;
  timeZone: string;
  /**
   * Signed callback data for the recipient (codec.encode bound to their user
   * id). Absent for group chats, where buttons would be pressed by someone
   * other than the recipient; messages there carry no buttons.
   */
  button?: (action: ButtonAction, ...args: Array<string | number>) => string;
}

/** Telegram HTML needs only these three (plus quotes inside attributes, which we never build). */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const ZH_WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "6月14日（周六）" / "Sat 14 Jun" */
export function formatDay(instant: Date, lang: Lang, timeZone: string): string {
  const p = localParts(instant, timeZone);
  const w = weekdayOf(localDateOf(instant, timeZone));
  return lang === 'zh' ? `${p.month}月${p.day}日（周${ZH_WEEKDAYS[w]}）` : `${EN_WEEKDAYS[w]} ${p.day} ${EN_MONTHS[p.month - 1]}`;
}

function formatSlot(s: SessionSummary, lang: Lang, tz: string): string {
  return `${formatDay(s.startsAt, lang, tz)} ${localTimeOf(s.startsAt, tz)}–${localTimeOf(s.endsAt, tz)}`;
}

const WHAT_TO_BRING: Record<'care' | 'class', Record<Lang, string>> = {
  care: {
    zh: '换洗衣物一套、尿不湿（如需要）、水杯、孩子熟悉的安抚物；到场请出示预约号',
    en: 'a change of clothes, nappies if your child uses them, a water cup and a favourite comfort toy; show your booking code on arrival',
  },
  class: {
    zh: '舒适的衣服、防滑袜、水杯；请家长陪同上课；到场请出示预约号',
    en: 'comfortable clothes, non-slip socks and a water cup; a parent stays for the class; show your booking code on arrival',
  },
};

/** Known closure reasons as codes; anything else is shown as written. */
const REASONS: Record<string, Record<Lang, string>> = {
  typhoon: { zh: '台风', en: 'a typhoon' },
  weather: { zh: '恶劣天气', en: 'severe weather' },
  rainstorm: { zh: '暴雨', en: 'a rainstorm' },
  illness: { zh: '传染病防控', en: 'illness prevention' },
  outbreak: { zh: '传染病防控', en: 'illness prevention' },
  maintenance: { zh: '场地维修', en: 'maintenance work' },
  staff_shortage: { zh: '人员临时调整', en: 'a staffing problem' },
  staff: { zh: '人员临时调整', en: 'a staffing problem' },
  power_outage: { zh: '停电', en: 'a power cut' },
  // Staff often type the reason in Chinese; the common ones reach English families in English.
  台风: { zh: '台风', en: 'a typhoon' },
  暴雨: { zh: '暴雨', en: 'a rainstorm' },
  恶劣天气: { zh: '恶劣天气', en: 'severe weather' },
  停电: { zh: '停电', en: 'a power cut' },
};

function reasonText(reason: string | undefined, lang: Lang): string | undefined {
  if (!reason) return undefined;
  return REASONS[reason.trim().toLowerCase()]?.[lang] ?? reason.trim();
}

const ESCALATION_REASONS: Record<string, Record<Lang, string>> = {
  medical: { zh: '健康/医疗', en: 'health/medical' },
  complaint: { zh: '投诉', en: 'complaint' },
  human_requested: { zh: '要求人工', en: 'asked for a person' },
  unanswered: { zh: '无法回答', en: 'could not answer' },
  other: { zh: '其他', en: 'other' },
};

function sessionBlock(s: SessionSummary, lang: Lang, tz: string, withAddress: boolean): string[] {
  const e = escapeHtml;
  const lines = [
    `📅 ${e(formatSlot(s, lang, tz))} · ${e(serviceName(s.kind, s.classTitle, lang))}`,
    `📍 <b>${e(s.pointName[lang])}</b>`,
  ];
  if (withAddress && s.address) lines.push(`    ${e(s.address[lang])}`);
  if (withAddress && s.phone) lines.push(`☎️ ${e(s.phone)}`);
  return lines;
}

function forChild(name: string | undefined, lang: Lang): string {
  if (!name) return '';
  return lang === 'zh' ? `（${escapeHtml(name)}）` : ` (${escapeHtml(name)})`;
}

/**
 * Turns a notification into words and buttons in the recipient's language.
 * Pure: everything it says comes from the view, so it is tested without a
 * database or Telegram.
 */
export function renderNotification(view: NotificationView, opts: RenderOptions): RenderedMessage {
  const { language: lang, timeZone: tz } = opts;
  const zh = lang === 'zh';
  const e = escapeHtml;
  const btn = (text: string, action: ButtonAction, ...args: Array<string | number>): OutgoingButton[] =>
    opts.button ? [{ text, data: opts.button(action, ...args) }] : [];
  const rows = (...r: OutgoingButton[][]) => {
    const kept = r.filter((x) => x.length > 0);
    return kept.length ? { buttons: kept } : {};
  };

  switch (view.kind) {
    case 'reminder': {
      const s = view.session;
      const bring = WHAT_TO_BRING[s.kind === 'trial_class' ? 'class' : 'care'][lang];
      const text = [
        zh ? `⏰ <b>明天的预约提醒</b>${forChild(view.childName, lang)}` : `⏰ <b>Reminder for tomorrow</b>${forChild(view.childName, lang)}`,
        '',
        ...sessionBlock(s, lang, tz, true),
        '',
        zh ? `🎒 请带上：${e(bring)}` : `🎒 Please bring: ${e(bring)}`,
        zh ? `预约号：<code>${e(view.refCode)}</code>` : `Booking code: <code>${e(view.refCode)}</code>`,
        '',
        zh ? '来不了的话请取消，名额会让给候补的家庭。' : "If you can't come, please cancel so a family on the waiting list can have the place.",
      ].join('\n');
      return {
        text,
        ...rows([
          ...btn(zh ? '✅ 会按时到' : '✅ I’ll be there', 'k', view.bookingId),
          ...btn(zh ? '❌ 取消预约' : '❌ Cancel booking', 'c', view.bookingId),
        ]),
      };
    }
    case 'waitlist_offer': {
      const deadline = `${formatDay(view.expiresAt, lang, tz)} ${localTimeOf(view.expiresAt, tz)}`;
      const text = [
        zh ? `🎉 <b>候补有名额了！</b>${forChild(view.childName, lang)}` : `🎉 <b>A place has opened up!</b>${forChild(view.childName, lang)}`,
        '',
        ...sessionBlock(view.session, lang, tz, true),
        '',
        zh ? `名额为您保留到 <b>${e(deadline)}</b>，过时将让给下一位候补家庭。` : `We are holding it for you until <b>${e(deadline)}</b>; after that it goes to the next family on the list.`,
      ].join('\n');
      return {
        text,
        ...rows([
          ...btn(zh ? '✅ 要这个名额' : '✅ Take it', 'oa', view.entryId),
          ...btn(zh ? '不用了' : 'No thanks', 'od', view.entryId),
        ]),
      };
    }
    case 'offer_expired': {
      const lines = [
        view.declined
          ? zh ? `好的，已把名额让给下一位候补家庭${forChild(view.childName, lang)}。` : `OK, the place has gone to the next family on the list${forChild(view.childName, lang)}.`
          : zh ? `⌛ <b>保留的名额已过期</b>${forChild(view.childName, lang)}` : `⌛ <b>Your held place has expired</b>${forChild(view.childName, lang)}`,
      ];
      if (view.session) lines.push('', ...sessionBlock(view.session, lang, tz, false));
      if (!view.declined) lines.push('', zh ? '名额已让给下一位候补家庭。需要的话可以再找其他时间。' : 'It has gone to the next family on the list. You can look for another time.');
      return { text: lines.join('\n'), ...rows(btn(zh ? '🔍 找其他时间' : '🔍 Find another time', 'sf')) };
    }
    case 'offer_taken': {
      const lines = [zh ? `✅ <b>预约成功</b>${forChild(view.childName, lang)}` : `✅ <b>You’re booked</b>${forChild(view.childName, lang)}`];
      if (view.session) lines.push('', ...sessionBlock(view.session, lang, tz, true));
      if (view.refCode) lines.push('', zh ? `预约号：<code>${e(view.refCode)}</code>` : `Booking code: <code>${e(view.refCode)}</code>`);
      return { text: lines.join('\n'), ...rows(btn(zh ? '📋 我的预约' : '📋 My bookings', 'mb')) };
    }
    case 'session_closed': {
      const why = reasonText(view.reason, lang);
      const lines = [
        zh ? `⚠️ <b>停托通知</b>${forChild(view.childName, lang)}` : `⚠️ <b>Session cancelled</b>${forChild(view.childName, lang)}`,
        '',
        ...(view.session ? sessionBlock(view.session, lang, tz, false) : []),
        '',
        view.waitlisted
          ? zh
            ? `${why ? `因${e(why)}，` : ''}这一场已取消，您的候补也随之取消。`
            : `${why ? `Because of ${e(why)}, this` : 'This'} session is cancelled, and so is your place on its waiting list.`
          : zh
            ? `${why ? `因${e(why)}，` : ''}这一场已取消，您的预约${view.refCode ? `（<code>${e(view.refCode)}</code>）` : ''}已自动取消，不计入爽约。`
            : `${why ? `Because of ${e(why)}, this` : 'This'} session is cancelled. Your booking${view.refCode ? ` (<code>${e(view.refCode)}</code>)` : ''} is cancelled automatically and does not count as a no-show.`,
      ];
      if (view.alternatives.length) {
        lines.push('', zh ? '附近还有名额：' : 'Places nearby:');
        for (const a of view.alternatives) {
          const km = a.distanceKm !== undefined ? (zh ? `，约${a.distanceKm}公里` : `, ~${a.distanceKm} km`) : '';
          lines.push(`• ${e(formatSlot(a, lang, tz))} ${e(a.pointName[lang])}${e(km)}`);
        }
      } else {
        lines.push('', zh ? '附近暂时没有空位，可以看看其他时间。' : 'There are no free places nearby right now; you can look at other times.');
      }
      const altButtons = view.alternatives.map((a) =>
        btn(`${zh ? '预约' : 'Book'} ${formatDay(a.startsAt, lang, tz)} ${localTimeOf(a.startsAt, tz)} ${a.pointName[lang]}`.slice(0, 60), 'b', a.sessionId),
      );
      return { text: lines.join('\n'), ...rows(...altButtons, btn(zh ? '🔍 找其他时间' : '🔍 Find another time', 'sf')) };
    }
    case 'booking_cancelled_by_staff': {
      const why = reasonText(view.reason, lang);
      const lines = [zh ? `⚠️ <b>预约已被服务点取消</b>${forChild(view.childName, lang)}` : `⚠️ <b>Your booking was cancelled by the care point</b>${forChild(view.childName, lang)}`];
      if (view.session) lines.push('', ...sessionBlock(view.session, lang, tz, false));
      if (why) lines.push('', zh ? `原因：${e(why)}` : `Reason: ${e(why)}`);
      lines.push('', zh ? '不计入爽约。抱歉给您带来不便。' : 'This does not count as a no-show. We are sorry for the trouble.');
      return { text: lines.join('\n'), ...rows(btn(zh ? '🔍 找其他时间' : '🔍 Find another time', 'sf')) };
    }
    case 'no_show_pause': {
      const until = view.pausedUntil ? formatDay(view.pausedUntil, lang, tz) : undefined;
      const count = view.noShows !== undefined ? (zh ? `${view.noShows}次` : `${view.noShows} times`) : zh ? '多次' : 'several times';
      const text = zh
        ? `ℹ️ 最近预约后${count}未到场，${until ? `${e(until)}前` : '暂时'}不能新的预约。已有的预约不受影响。如有特殊情况，可以联系工作人员。`
        : `ℹ️ A booked place was missed ${count} recently, so new bookings are paused${until ? ` until ${e(until)}` : ''}. Existing bookings are not affected. If something went wrong, you can talk to a person.`;
      return { text, ...rows(btn(zh ? '👩 联系工作人员' : '👩 Talk to a person', 'hu')) };
    }
    case 'staff_reply':
      return {
        text: zh
          ? `💬 <b>工作人员${view.staffName ? `（${e(view.staffName)}）` : ''}回复：</b>\n${e(view.text)}`
          : `💬 <b>Reply from our staff${view.staffName ? ` (${e(view.staffName)})` : ''}:</b>\n${e(view.text)}`,
      };
    case 'escalation_announce': {
      const waited = Math.max(0, Math.round((view.now.getTime() - view.openedAt.getTime()) / 60_000));
      const reason = ESCALATION_REASONS[view.reason]?.[lang] ?? view.reason;
      const head = view.reannounce
        ? zh ? `🔔 <b>#${view.escalationId} 仍无人认领</b>（已等 ${waited} 分钟）` : `🔔 <b>#${view.escalationId} still unclaimed</b> (waiting ${waited} min)`
        : zh ? `🆘 <b>#${view.escalationId} 新求助</b>` : `🆘 <b>#${view.escalationId} new request</b>`;
      const meta = zh
        ? `类型：${e(reason)} · 语言：${view.parentLanguage}${view.childAgeMonths !== null ? ` · 孩子 ${view.childAgeMonths} 个月` : ''}`
        : `Type: ${e(reason)} · language: ${view.parentLanguage}${view.childAgeMonths !== null ? ` · child ${view.childAgeMonths} months` : ''}`;
      const question = view.question.length > 1500 ? `${view.question.slice(0, 1500)}…` : view.question;
      return {
        text: [head, meta, '', `<blockquote>${e(question)}</blockquote>`, '', zh ? '回复本消息即可答复家长。' : 'Reply to this message to answer the parent.'].join('\n'),
      };
    }
    case 'escalation_update':
      return { text: `${view.escalationId ? `#${view.escalationId} ` : ''}${e(view.text)}` };
    case 'staff_summary': {
      const [y, m, d] = view.date.split('-').map(Number);
      const lines = [zh ? `📋 <b>${m}月${d}日预约汇总</b>` : `📋 <b>Bookings for ${d} ${EN_MONTHS[(m ?? 1) - 1]} ${y}</b>`];
      if (view.points.length === 0) lines.push('', zh ? '今天没有场次。' : 'No sessions today.');
      for (const pt of view.points) {
        lines.push('', `📍 <b>${e(pt.pointName[lang])}</b>`);
        for (const s of pt.sessions) {
          const slot = `${localTimeOf(s.startsAt, tz)}–${localTimeOf(s.endsAt, tz)} ${serviceName(s.kind, s.classTitle, lang)}`;
          const counts = s.cancelled
            ? zh ? '已取消' : 'cancelled'
            : zh
              ? `已约 ${s.confirmed}/${s.capacity}${s.held ? `，保留中 ${s.held}` : ''}${s.waiting ? `，候补 ${s.waiting}` : ''}`
              : `booked ${s.confirmed}/${s.capacity}${s.held ? `, held ${s.held}` : ''}${s.waiting ? `, waiting ${s.waiting}` : ''}`;
          lines.push(`• ${e(slot)}：${e(counts)}`.replace('：', zh ? '：' : ': '));
        }
      }
      return { text: lines.join('\n') };
    }
  }
}
