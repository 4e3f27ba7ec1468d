import { DomainError } from './DomainError.ts';
import { isValidLocalDate, weekdayOf } from '../time/zonedTime.ts';

export type Lang = 'zh' | 'en';

export interface DescribedError {
  code: string;
  message: string;
}

const ZH_WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2026-12-05' → '12月5日（周六）' / 'Sat 5 Dec'. Data dates are already in the service zone. */
export function formatLocalDate(value: unknown, lang: Lang): string {
  if (typeof value !== 'string' || !isValidLocalDate(value)) return lang === 'zh' ? '那天' : 'that day';
  const [, m, d] = value.split('-').map(Number) as [number, number, number];
  const wd = weekdayOf(value);
  return lang === 'zh' ? `${m}月${d}日（${ZH_WEEKDAYS[wd]}）` : `${EN_WEEKDAYS[wd]} ${d} ${EN_MONTHS[m - 1]}`;
}

function str(v: unknown, fallback = ''): string {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : fallback;
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function ageText(months: unknown, lang: Lang): string {
  const m = num(months);
  if (m === undefined) return '';
  if (lang === 'zh') {
    if (m < 12) return `${m}个月`;
    const y = Math.floor(m / 12);
    const r = m % 12;
    return r ? `${y}岁${r}个月` : `${y}岁`;
  }
  return `${m} month${m === 1 ? '' : 's'}`;
}

/** "the 09:00 session on Sat 5 Dec at Qianpu …" from the session facts an error carries. */
function sessionText(d: Record<string, unknown>, lang: Lang): string {
  const date = d.localDate ? formatLocalDate(d.localDate, lang) : '';
  const time = str(d.startTime);
  const point = str(lang === 'zh' ? d.pointNameZh : d.pointNameEn);
  if (lang === 'zh') {
    const when = [date, time].filter(Boolean).join(' ');
    if (!point && !when) return '这个场次';
    return `${point}${point && when ? ' ' : ''}${when}的场次`;
  }
  if (!date && !point) return 'this session';
  return `the ${time ? `${time} ` : ''}session${date ? ` on ${date}` : ''}${point ? ` at ${point}` : ''}`;
}

function childText(d: Record<string, unknown>, lang: Lang): string {
  const name = str(d.childName);
  if (name) return name;
  return lang === 'zh' ? '宝宝' : 'your child';
}

const FIELD_NAMES: Record<string, Record<Lang, string>> = {
  birthDate: { zh: '出生日期', en: 'birth date' },
  name: { zh: '名字', en: 'name' },
  from: { zh: '开始日期', en: 'start date' },
  to: { zh: '结束日期', en: 'end date' },
  near: { zh: '位置', en: 'location' },
  childAgeMonths: { zh: '月龄', en: 'age in months' },
  sessionId: { zh: '场次编号', en: 'session number' },
  childId: { zh: '宝宝信息', en: 'child' },
  bookingRef: { zh: '预约号', en: 'booking code' },
  date: { zh: '日期', en: 'date' },
  language: { zh: '语言', en: 'language' },
};

function invalidInput(d: Record<string, unknown>, lang: Lang): string {
  const field = str(d.field);
  const reason = str(d.reason);
  const fieldName = FIELD_NAMES[field]?.[lang] ?? (lang === 'zh' ? '填写的信息' : 'what was entered');
  if (field === 'birthDate' && reason === 'in_future') {
    return lang === 'zh' ? '出生日期不能晚于今天，请再核对一下哦。' : "The birth date can't be in the future — could you check it again?";
  }
  if (field === 'birthDate' && reason === 'too_old') {
    return lang === 'zh'
      ? '爱邻护幼服务面向0–3岁的宝宝，这个出生日期超出了可登记的年龄范围（6岁以内）。'
      : 'The community care service is for children aged 0–3; this birth date is beyond the age we can register (under 6).';
  }
  if (reason === 'range_too_long') {
    return lang === 'zh'
      ? `一次最多查询${str(d.maxDays, '60')}天内的场次，请把日期范围缩小一些。`
      : `I can look up to ${str(d.maxDays, '60')} days at a time — please choose a shorter date range.`;
  }
  if (reason === 'from_after_to') {
    return lang === 'zh' ? '开始日期晚于结束日期了，请再确认一下日期。' : 'The start date is after the end date — could you check the dates?';
  }
  return lang === 'zh'
    ? `${fieldName}好像不太对，请再确认一下。`
    : `The ${fieldName} doesn't look right — could you check it and try again?`;
}

type Describer = (d: Record<string, unknown>, lang: Lang) => string;

const DESCRIBERS: Record<string, Describer> = {
  INVALID_INPUT: invalidInput,
  PARENT_NOT_FOUND: (_d, l) =>
    l === 'zh' ? '还没有找到您的登记信息，请先和我打个招呼完成登记。' : "I don't have you registered yet — say hello first and I'll set you up.",
  CHILD_NOT_FOUND: (_d, l) =>
    l === 'zh' ? '没有找到这位宝宝的信息，请先登记宝宝的名字和出生日期。' : "I couldn't find that child — please add your child's name and birth date first.",
  TOO_MANY_CHILDREN: (d, l) =>
    l === 'zh' ? `每个家庭最多登记${str(d.limit, '')}位宝宝。如需帮助，可以联系工作人员。` : `A family can register at most ${str(d.limit, '')} children. Staff can help if you need more.`,
  SESSION_NOT_FOUND: (_d, l) =>
    l === 'zh' ? '没有找到这个场次，可能编号有误。要我帮您重新查一下可预约的场次吗？' : "I couldn't find that session — the number may be wrong. Shall I search available sessions again?",
  SESSION_FULL: (d, l) =>
    l === 'zh'
      ? `抱歉，${sessionText(d, l)}已经约满了。可以帮您加入候补名单，有空位时第一时间通知您；也可以看看附近其他场次。`
      : `Sorry, ${sessionText(d, l)} is full. I can put you on the waitlist and tell you the moment a place opens, or look for other sessions nearby.`,
  SESSION_CANCELLED: (d, l) =>
    l === 'zh'
      ? `${sessionText(d, l)}已经取消${d.reason ? `（原因：${str(d.reason)}）` : ''}，要不要看看其他时间？`
      : `${capitalize(sessionText(d, l))} has been cancelled${d.reason ? ` (${str(d.reason)})` : ''}. Shall I look for another time?`,
  SESSION_IN_PAST: (d, l) =>
    l === 'zh' ? `${sessionText(d, l)}已经开始或结束了，我们看看之后的场次吧。` : `${capitalize(sessionText(d, l))} has already started — let's look at later sessions.`,
  SESSION_HAS_PLACES: (d, l) =>
    l === 'zh'
      ? `好消息！${sessionText(d, l)}还有${str(d.free, '')}个空位，不用候补，可以直接预约。`
      : `Good news — ${sessionText(d, l)} still has ${str(d.free, 'some')} place${d.free === 1 ? '' : 's'}, so you can book it directly, no waitlist needed.`,
  SESSION_NOT_STARTED: (d, l) =>
    l === 'zh' ? `${sessionText(d, l)}还没开始，开始后才能登记到场情况。` : `${capitalize(sessionText(d, l))} hasn't started yet; attendance can be recorded once it starts.`,
  BOOKING_NOT_OPEN_YET: (d, l) =>
    l === 'zh'
      ? `${sessionText(d, l)}还没开放预约，将于${formatLocalDate(d.opensDate, l)} ${str(d.opensTime, '00:00')}开放（提前${str(d.daysAhead, '')}天）。到时候再来约吧！`
      : `Booking for ${sessionText(d, l)} isn't open yet — it opens on ${formatLocalDate(d.opensDate, l)} at ${str(d.opensTime, '00:00')} (${str(d.daysAhead, '')} days ahead). Come back then!`,
  BOOKING_CLOSED: (d, l) =>
    l === 'zh'
      ? `${sessionText(d, l)}的预约已截止（开始前${str(d.minutesBefore, '')}分钟截止）。可以看看之后的场次。`
      : `Booking for ${sessionText(d, l)} has closed (it closes ${str(d.minutesBefore, '')} minutes before the start). Let's find a later session.`,
  CHILD_TOO_YOUNG: (d, l) =>
    l === 'zh'
      ? `${childText(d, l)}在${formatLocalDate(d.localDate, l)}时是${ageText(d.ageMonths, l)}，这个服务点接收${ageText(d.minAgeMonths, l)}以上的宝宝${d.eligibleFrom ? `，${formatLocalDate(d.eligibleFrom, l)}起就可以预约啦` : ''}。`
      : `${childText(d, l)} will be ${ageText(d.ageMonths, l)} old on ${formatLocalDate(d.localDate, l)}; this point takes children from ${ageText(d.minAgeMonths, l)}${d.eligibleFrom ? ` — sessions from ${formatLocalDate(d.eligibleFrom, l)} on will be fine` : ''}.`,
  CHILD_TOO_OLD: (d, l) =>
    l === 'zh'
      ? `${childText(d, l)}在${formatLocalDate(d.localDate, l)}时是${ageText(d.ageMonths, l)}，超过了这个服务点的年龄上限（${ageText(d.maxAgeMonths, l)}）。可以问问我适合大一点宝宝的去处。`
      : `${childText(d, l)} will be ${ageText(d.ageMonths, l)} old on ${formatLocalDate(d.localDate, l)}, above this point's limit of ${ageText(d.maxAgeMonths, l)}. Ask me about options for older children.`,
  CHILD_DOUBLE_BOOKED: (d, l) =>
    l === 'zh'
      ? `${childText(d, l)}在同一时间已经有预约了（${formatLocalDate(d.otherLocalDate, l)} ${str(d.otherStartTime)}–${str(d.otherEndTime)}，${str(d.otherPointNameZh)}，预约号 ${str(d.otherRefCode)}）。如需改约，请先取消原预约。`
      : `${childText(d, l)} already has a booking at that time (${formatLocalDate(d.otherLocalDate, l)} ${str(d.otherStartTime)}–${str(d.otherEndTime)} at ${str(d.otherPointNameEn)}, code ${str(d.otherRefCode)}). To switch, cancel that one first.`,
  ALREADY_BOOKED: (d, l) =>
    l === 'zh' ? `${childText(d, l)}已经约好这个场次了${d.refCode ? `（预约号 ${str(d.refCode)}）` : ''}。` : `${childText(d, l)} is already booked for this session${d.refCode ? ` (code ${str(d.refCode)})` : ''}.`,
  WEEKLY_CAP_REACHED: (d, l) =>
    l === 'zh'
      ? `为了让更多家庭都能约上，每位宝宝每周（周一至周日）最多预约${str(d.limit, '')}次周末服务。${childText(d, l)}在${formatLocalDate(d.weekStart, l)}–${formatLocalDate(d.weekEnd, l)}这周已经约满了，可以约下一周，或者看看工作日的免费体验课。`
      : `To keep things fair for every family, each child can have ${str(d.limit, '')} weekend booking${d.limit === 1 ? '' : 's'} per week (Mon–Sun). ${childText(d, l)} already has that many for the week of ${formatLocalDate(d.weekStart, l)}. Try the following week, or a free weekday trial class.`,
  BOOKINGS_PAUSED: (d, l) =>
    l === 'zh'
      ? `因为最近${str(d.windowDays, '')}天内有${str(d.noShows, '')}次预约未到场，预约功能暂停到${formatLocalDate(d.untilDate, l)}。之后就可以正常预约了；如有特殊情况，可以联系工作人员说明。`
      : `Because of ${str(d.noShows, '')} missed bookings in the last ${str(d.windowDays, '')} days, new bookings are paused until ${formatLocalDate(d.untilDate, l)}. After that you can book as usual; if something unusual happened, staff are happy to hear about it.`,
  BOOKING_NOT_FOUND: (_d, l) =>
    l === 'zh' ? '没有找到这个预约，请核对一下预约号，或者让我列出您的预约。' : "I couldn't find that booking — please check the code, or ask me to list your bookings.",
  BOOKING_IN_PAST: (d, l) =>
    l === 'zh' ? `${sessionText(d, l)}已经开始或结束，不能再取消或修改了。` : `${capitalize(sessionText(d, l))} has already started, so the booking can't be changed now.`,
  BOOKING_NOT_ACTIVE: (d, l) =>
    l === 'zh' ? `这个预约目前状态为“${str(d.status)}”，不能进行这个操作。` : `This booking is ${str(d.status, 'not active')}, so that can't be done.`,
  ALREADY_CANCELLED: (_d, l) => (l === 'zh' ? '这个预约已经取消过了。' : 'That booking was already cancelled.'),
  NOT_ON_WAITLIST: (_d, l) => (l === 'zh' ? '您目前不在这个场次的候补名单上。' : "You're not on the waitlist for that session."),
  ALREADY_ON_WAITLIST: (d, l) =>
    l === 'zh' ? `已经在候补名单上了，目前排第${str(d.position, '')}位。` : `You're already on the waitlist, at position ${str(d.position, '')}.`,
  OFFER_NOT_FOUND: (_d, l) =>
    l === 'zh' ? '没有找到这个候补名额，可能已经处理过了。' : "I couldn't find that waitlist offer — it may already have been handled.",
  OFFER_EXPIRED: (_d, l) =>
    l === 'zh'
      ? '抱歉，这个候补名额的保留时间已经过了，名额已转给下一位家庭。可以再看看其他场次。'
      : 'Sorry, the hold on that place has run out and it has passed to the next family. Shall I look for other sessions?',
  NOT_STAFF: (_d, l) => (l === 'zh' ? '这个功能仅限服务点工作人员使用。' : 'This is for service point staff only.'),
  ESCALATION_NOT_FOUND: (_d, l) =>
    l === 'zh' ? '没有找到这条咨询记录，可能已经处理完毕。' : "I couldn't find that request — it may already have been resolved.",
  FORBIDDEN: (_d, l) => (l === 'zh' ? '您没有权限处理这个服务点的事务。' : "You don't have permission for this service point."),
  // The database was briefly unreachable or too slow; nothing the parent did. A retried booking is
  // safe (a double booking is answered "already booked"), so the words invite one.
  DATABASE_BUSY: (_d, l) =>
    l === 'zh'
      ? '抱歉，系统这会儿有点忙，刚才没能办好。请稍等片刻再试一次。'
      : "Sorry, the system is busy right now and I couldn't finish that. Please try again in a moment.",
};

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const GENERIC: Record<Lang, string> = {
  zh: '抱歉，刚才出了点问题，请稍后再试一次。如果一直不行，可以联系工作人员。',
  en: 'Sorry, something went wrong on our side. Please try again in a moment, or ask to talk to staff.',
};

/**
 * The one place a failure becomes words for a parent: specific for domain
 * errors, a plain apology (never internals) for anything else.
 */
export function describeError(err: unknown, lang: Lang): DescribedError {
  const l: Lang = lang === 'en' ? 'en' : 'zh';
  if (err instanceof DomainError) {
    const describer = DESCRIBERS[err.code];
    if (describer) {
      try {
        return { code: err.code, message: describer(err.data ?? {}, l) };
      } catch {
        // Words must never fail: fall through to the apology with the real code.
      }
    }
    return { code: err.code, message: GENERIC[l] };
  }
  return { code: 'INTERNAL', message: GENERIC[l] };
}
