import { format } from './format.ts';

/** Facts a domain error carries, as plain values (see src/errors/describeError.ts). */
export type ErrorData = Record<string, unknown>;

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : fallback);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const date = (v: unknown): string => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? format.date(v) : format.unknownDay);
const age = (v: unknown): string => {
  const m = num(v);
  return m === undefined ? '' : format.age(m);
};
function session(d: ErrorData): string {
  const when = [d.localDate ? date(d.localDate) : '', str(d.startTime)].filter(Boolean).join(' ');
  const point = str(d.pointNameZh);
  if (!point && !when) return '这个场次';
  return `${point}${point && when ? ' ' : ''}${when}的场次`;
}
const child = (d: ErrorData): string => str(d.childName) || '宝宝';

const FIELDS: Record<string, string> = {
  birthDate: '出生日期',
  name: '名字',
  from: '开始日期',
  to: '结束日期',
  near: '位置',
  childAgeMonths: '月龄',
  sessionId: '场次编号',
  childId: '宝宝信息',
  bookingRef: '预约号',
  date: '日期',
  language: '语言',
};

/** Domain error codes in words (Chinese). */
export const errors = {
  generic: '抱歉，刚才出了点问题，请稍后再试一次。如果一直不行，可以联系工作人员。',
  byCode: {
    INVALID_INPUT: (d: ErrorData) => {
      const field = str(d.field);
      const reason = str(d.reason);
      if (field === 'birthDate' && reason === 'in_future') return '出生日期不能晚于今天，请再核对一下哦。';
      if (field === 'birthDate' && reason === 'too_old') return '爱邻护幼服务面向0–3岁的宝宝，这个出生日期超出了可登记的年龄范围（6岁以内）。';
      if (reason === 'range_too_long') return `一次最多查询${str(d.maxDays, '60')}天内的场次，请把日期范围缩小一些。`;
      if (reason === 'from_after_to') return '开始日期晚于结束日期了，请再确认一下日期。';
      return `${FIELDS[field] ?? '填写的信息'}好像不太对，请再确认一下。`;
    },
    PARENT_NOT_FOUND: () => '还没有找到你的登记信息，请先和我打个招呼完成登记。',
    CHILD_NOT_FOUND: () => '没有找到这位宝宝的信息，请先登记宝宝的名字和出生日期。',
    NO_SUCH_CHILD: (d: ErrorData) => {
      const names = Array.isArray(d.registered) ? d.registered.map((n) => str(n)).filter(Boolean) : [];
      const who = str(d.name) ? `没有登记叫“${str(d.name)}”的孩子。` : '没有找到这个孩子。';
      return names.length ? `${who}你登记的孩子是：${names.join('、')}。` : `${who}你还没有登记孩子。`;
    },
    TOO_MANY_CHILDREN: (d: ErrorData) => `每个家庭最多登记${str(d.limit)}位宝宝。如需帮助，可以联系工作人员。`,
    SESSION_NOT_FOUND: () => '没有找到这个场次，可能编号有误。要我帮你重新查一下可预约的场次吗？',
    SESSION_FULL: (d: ErrorData) => `抱歉，${session(d)}已经约满了。可以帮你加入候补名单，有空位时第一时间通知你；也可以看看附近其他场次。`,
    SESSION_CANCELLED: (d: ErrorData) => `${session(d)}已经取消${d.reason ? `（原因：${str(d.reason)}）` : ''}，要不要看看其他时间？`,
    SESSION_IN_PAST: (d: ErrorData) => `${session(d)}已经开始或结束了，我们看看之后的场次吧。`,
    SESSION_HAS_PLACES: (d: ErrorData) => `好消息！${session(d)}还有${str(d.free)}个空位，不用候补，可以直接预约。`,
    SESSION_NOT_STARTED: (d: ErrorData) => `${session(d)}还没开始，开始后才能登记到场情况。`,
    BOOKING_NOT_OPEN_YET: (d: ErrorData) =>
      `${session(d)}还没开放预约，将于${date(d.opensDate)} ${str(d.opensTime, '00:00')}开放（提前${str(d.daysAhead)}天）。到时候再来约吧！`,
    BOOKING_CLOSED: (d: ErrorData) => `${session(d)}的预约已截止（开始前${str(d.minutesBefore)}分钟截止）。可以看看之后的场次。`,
    CHILD_TOO_YOUNG: (d: ErrorData) =>
      `${child(d)}在${date(d.localDate)}时是${age(d.ageMonths)}，这个服务点接收${age(d.minAgeMonths)}以上的宝宝${d.eligibleFrom ? `，${date(d.eligibleFrom)}起就可以预约啦` : ''}。`,
    CHILD_TOO_OLD: (d: ErrorData) =>
      `${child(d)}在${date(d.localDate)}时是${age(d.ageMonths)}，这个服务点只收${age(d.maxAgeMonths)}以下的宝宝。可以问问我适合大一点宝宝的去处。`,
    CHILD_DOUBLE_BOOKED: (d: ErrorData) =>
      `${child(d)}在同一时间已经有预约了（${date(d.otherLocalDate)} ${str(d.otherStartTime)}–${str(d.otherEndTime)}，${str(d.otherPointNameZh)}，预约号 ${str(d.otherRefCode)}）。如需改约，请先取消原预约。`,
    ALREADY_BOOKED: (d: ErrorData) => `${child(d)}已经约好这个场次了${d.refCode ? `（预约号 ${str(d.refCode)}）` : ''}。`,
    WEEKLY_CAP_REACHED: (d: ErrorData) =>
      `为了让更多家庭都能约上，每位宝宝每周（周一至周日）最多预约${str(d.limit)}次周末服务。${child(d)}在${date(d.weekStart)}–${date(d.weekEnd)}这周已经约满了，可以约下一周，或者看看工作日的免费体验课。`,
    BOOKINGS_PAUSED: (d: ErrorData) =>
      `因为最近${str(d.windowDays)}天内有${str(d.noShows)}次预约未到场，预约功能暂停到${date(d.untilDate)}。之后就可以正常预约了；如有特殊情况，可以联系工作人员说明。`,
    BOOKING_NOT_FOUND: () => '没有找到这个预约，请核对一下预约号，或者让我列出你的预约。',
    BOOKING_IN_PAST: (d: ErrorData) => `${session(d)}已经开始或结束，不能再取消或修改了。`,
    BOOKING_NOT_ACTIVE: (d: ErrorData) => `这个预约目前状态为“${str(d.status)}”，不能进行这个操作。`,
    ALREADY_CANCELLED: () => '这个预约已经取消过了。',
    NOT_ON_WAITLIST: () => '你目前不在这个场次的候补名单上。',
    ALREADY_ON_WAITLIST: (d: ErrorData) => `已经在候补名单上了，目前排第${str(d.position)}位。`,
    OFFER_NOT_FOUND: () => '没有找到这个候补名额，可能已经处理过了。',
    OFFER_EXPIRED: () => '抱歉，这个候补名额的保留时间已经过了，名额已转给下一位家庭。可以再看看其他场次。',
    NOT_STAFF: () => '这个功能仅限服务点工作人员使用。',
    ESCALATION_NOT_FOUND: () => '没有找到这条咨询记录，可能已经处理完毕。',
    FORBIDDEN: () => '你没有权限处理这个服务点的事务。',
    DATABASE_BUSY: () => '抱歉，系统这会儿有点忙，刚才没能办好。请稍等片刻再试一次。',
  } as Record<string, (d: ErrorData) => string>,
};
