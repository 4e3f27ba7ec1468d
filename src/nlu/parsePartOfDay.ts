import { EN_REASON } from './reasonTold.ts';

const CHINESE_HOURS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** Morning or afternoon, from words or clock times. Both or neither → undefined. */
export function parsePartOfDay(text: string): 'morning' | 'afternoon' | undefined {
  // Greetings name a part of the day without asking for it.
  // "改下午好了", "还是上午好": a choice, not a greeting.
  // "早上七点起", "下午三点才睡醒", "wakes at 7 in the morning": when the child gets up, sleeps or eats is their day, not a session.
  const t = text
    .replace(/(?<!改|换|成|就|要|那|选|还是|都)(?:早上好|上午好|下午好)(?![了吧啦的些点])|早安|good (?:morning|afternoon)|morning!/g, ' ')
    .replace(
      /(?:早上|上午|早晨|下午|晚上)\s*(?:\d{1,2}|十[一二]|[一二两三四五六七八九十])\s*(?:点|[:：]\d{2})(?:半|钟|多|左右)?\s*(?:才|就|会|要|得)?\s*(?:起床|起来|起|醒|睡|吃|喝)/g,
      ' ',
    )
    .replace(
      /(?<![a-z])(?:wakes?|woke|gets? up|naps?|sleeps?|goes to (?:bed|sleep)|eats?)(?: up)? (?:at|around|by) \d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|in the (?:morning|afternoon))?/g,
      ' ',
    )
    // "next morning she remembers nothing", "第二天早上都不记得": the morning after a night's story, not a session.
    .replace(
      /(?<![a-z])(?:the )?(?:next|following) morning(?![a-z])|(?<![a-z])the morning after(?![a-z])|第二天(?:的)?(?:早上|上午|早晨)|隔天(?:早上|上午)/g,
      ' ',
    )
    // "she was crying at 11pm", "woke up at 3am": a time of the night (7–11 pm, 12–5 am) is when something happened, not a
    // morning or an afternoon session (sessions run 09:00–17:30).
    .replace(/(?<![\d.:])(?:(?:1[01]|[7-9])(?:[:：]\d{2})?\s*p\.?m\.?|(?:12|[1-5])(?:[:：]\d{2})?\s*a\.?m\.?)(?![a-z])/g, ' ')
    // "下午吧 他上午要补觉", "上午有事 下午呢": the part of the day the family is busy is the reason for the other one, not a choice.
    .replace(
      /(?:早上|上午|早晨|下午|午后)\s*(?:他|她|宝宝|孩子|娃|我们|我|大人)?\s*(?:要|得|还要|还得|会|在)?\s*(?:去)?(?:补觉|补眠|睡觉|睡午觉|午睡|要睡|上课|上早教|上班|打针|打疫苗|打预防针|体检|有事|没空|沒空|没时间|不方便)/g,
      ' ',
    )
    // "she naps in the afternoons", "he has swimming in the morning": the reason for the other part of the day (round 50).
    .replace(EN_REASON, ' ');
  // 顶晡/下晡: the Hokkien morning and afternoon grandparents type ("拜六下晡有位无"); 朝早/上昼 and 下昼/晏昼: the Cantonese
  // ones Hong Kong parents write ("星期六朝早有冇位", "星期日下晝").
  let morning =
    /上午|早上|早晨|一早|清早|明早|今早|上半天|上半日|早班|早场|顶晡|頂晡|朝早|朝头早|朝頭早|上昼|上晝|(?<![a-z])(?:morning|mornings|morn)(?![a-z])/.test(t) ||
    /(?:\d|(?<![a-z])(?:sat|sun|saturday|sunday|tomorrow|today|tmr|weekend|in the))\s*a\.?m\.?(?![a-z])/.test(t);
  let afternoon =
    /下午|午后|下半天|下半日|晚班|下晡|下昼|下晝|晏昼|晏晝|午饭(?:后|以后|之后)|吃完午饭|(?<![a-z])(?:afternoon|afternoons|arvo|after lunch)(?![a-z])/.test(
      t,
    ) || /(?:\d|(?<![a-z])(?:sat|sun|saturday|sunday|tomorrow|today|tmr|weekend|in the))\s*p\.?m\.?(?![a-z])/.test(t);
  if (!morning && !afternoon && !/[晚夜睡]|night|sleep|bed|nap/.test(t)) {
    // A clock time: "9点", "10:30", "the 9 o'clock one" ("9am" is covered above).
    // "三点以后", "2:30": sessions run 09:00–17:30, so an hour from 1 to 6 is in the afternoon.
    const m =
      /(?<![\d.])(\d{1,2})(?:[:：]\d{2}|\s*点|\s*o'?clock(?![a-z]))|(十[一二]|[一二两三四五六七八九十])点(?=半|钟|以后|之后|后|前|以前|左右|到|开始)/.exec(t);
    if (m) {
      const h = m[1] ? Number(m[1]) : CHINESE_HOURS.indexOf(m[2]!.replace('两', '二')) + 1;
      if (h >= 7 && h < 12) morning = true;
      else if ((h >= 12 && h <= 18) || (h >= 1 && h <= 6)) afternoon = true;
    }
  }
  if (morning && !afternoon) return 'morning';
  if (afternoon && !morning) return 'afternoon';
  return undefined;
}

const CLOCK_HOURS: Record<string, number> = { 两: 2, 兩: 2, 俩: 2, 倆: 2 };

/** A clock time that bounds the session rather than naming its start ("10点前", "3点以后", "before 11", "after 2pm", "9点到12点"). */
const CLOCK_BOUND =
  /(?:点|點|[:：]\d{2})\s*(?:半|钟|鐘)?\s*(?:以前|之前|前|以后|以後|之后|之後|后|後|左右|到|至|[-–~])|(?<![a-z])(?:before|after|until|till|by|from|between|around|no later than|not before)\s+\d/;

/**
 * The start time of the session the parent names ("周六上午10点江头那场", "the 11am at jiangtou", "the 2:30"), or undefined
 * when there is none or the time only bounds the session ("10点前能到", "anything after 2pm").
 */
export function namedStartTime(text: string): string | undefined {
  return CLOCK_BOUND.test(text.toLowerCase()) ? undefined : parseClockTime(text);
}

/**
 * The start time a parent picks a session by ("两点半那个", "下午一點那個", "the 2:30 one", "9am", "14:30"): "HH:MM",
 * or undefined. Sessions run 09:00–17:30, so an hour from 1 to 6 with no morning word is in the afternoon; "上午/早上"
 * or "am" keeps it in the morning, "下午" or "pm" moves it to the afternoon.
 */
export function parseClockTime(text: string): string | undefined {
  const t = text.toLowerCase();
  const zh = /(上午|早上|早晨|下午|中午)?\s*(\d{1,2}|十[一二]?|[一二两兩俩倆三四五六七八九])\s*(?:点|點)\s*(半|一刻|(\d{1,2})\s*分?|钟|鐘)?/.exec(t);
  const colon = /(?<![\d.:])(\d{1,2})\s*[:：]\s*(\d{2})(?!\d)\s*(a\.?m\.?|p\.?m\.?)?/.exec(t);
  const en = /(?<![\d.:a-z])(\d{1,2})\s*(a\.?m\.?|p\.?m\.?|o'?clock)(?![a-z])/.exec(t);
  let hour: number | undefined;
  let minute = 0;
  let part: 'morning' | 'afternoon' | undefined;
  if (colon) {
    hour = Number(colon[1]);
    minute = Number(colon[2]);
    if (colon[3]) part = colon[3].startsWith('a') ? 'morning' : 'afternoon';
  } else if (zh && !(zh[2] === '一' && !zh[1] && !zh[3] && /[快早晚多少好大小慢有差近远遠些再]$/.test(t.slice(0, zh.index)))) {
    // "早一点的", "快一点": a little earlier or quicker, not one o'clock.
    const h = zh[2]!;
    hour = /^\d+$/.test(h) ? Number(h) : (CLOCK_HOURS[h] ?? CHINESE_HOURS.indexOf(h) + 1);
    if (zh[3] === '半') minute = 30;
    else if (zh[3] === '一刻') minute = 15;
    else if (zh[4]) minute = Number(zh[4]);
    if (zh[1]) part = /下午|中午/.test(zh[1]) ? 'afternoon' : 'morning';
  } else if (en) {
    hour = Number(en[1]);
    if (en[2]!.startsWith('a')) part = 'morning';
    else if (en[2]!.startsWith('p')) part = 'afternoon';
  }
  if (hour === undefined || hour < 1 || hour > 23 || minute > 59) return undefined;
  if (hour <= 12 && (part === 'afternoon' || (part === undefined && hour <= 6)) && hour !== 12) hour += 12;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
