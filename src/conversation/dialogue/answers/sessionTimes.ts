import type { SessionKind } from '../../../domain/serviceKinds.ts';
import { addDays, isWeekend, localDateOf } from '../../../time/zonedTime.ts';
import type { Reply } from '../Reply.ts';

/**
 * "周末几点开门", "半日托几点接", "临时托 几点 pick up", "what are your opening hours on weekends?": the times of the
 * sessions, said from the published timetable (the sessions the booking engine holds, imported from the
 * points' timetables) — never a copy of it here. Times differ a little from point to point, so the usual ones
 * are said, with that caveat. Patterns read Simplified, lowercased text (normalizeText(toSimplified(…))).
 */
const TIME_ASKED =
  /几点|几时|什么时间|啥时间|营业时间|开放时间|上课时间|开门|关门|(?<![a-z])(?:what time|opening (?:hours|times)|(?:your|the) (?:hours|times)|what hours|pick ?up time|drop ?off time|(?:when|how late) (?:do|does|is|are|can|should|must|will) (?:you|it|they|the \w+|we|i|\w+ care|\w+ class(?:es)?)\b.{0,30}\b(?:start|end|finish|open|close|begin|pick ?up|collect|drop))(?![a-z])/i;
/**
 * Not a session's time: a public holiday (whether points open), when booking opens ("那天几点开始放出来"), staff, a doctor, a
 * reminder, the child's routine (sleep, meals, medicine) or a step in growing up ("so when should we start potty training
 * then?", round 38); nor why the times are what they are ("为什么那个点开放时间改了", "why did my point change its opening
 * hours?" asks the reason, which the document gives).
 */
const OTHER_TIME =
  /春节|过年|节假日|假期|放假|国庆|元旦|(?<![a-z])(?:holidays?|new year|cny)(?![a-z])|工作人员|客服|人工|回复|医院|医生|疫苗|提醒|为什么|为啥|睡|吃饭|喂|喝奶|吃药|取消|预约开放|开放预约|放号|放出来|门诊|挂号|儿保|诊所|保健院|卫生院|卫生服务中心|开(?:始|放)(?:可以|能)?(?:约|预约|订|抢)|(?<![a-z])(?:why|booking opens?|bookings? open|released?|staff|reply|doctor|hospital|clinic|gp|vaccin\w*|remind\w*|sleep\w*|naps?|naptimes?|nap ?time|bed\w*|wak(?:e|es|ing)(?: up)?|feed|eat|meal|medicine|cancel\w*|potty|toilet\w*|solids|weaning|wean|brush\w*)(?![a-z])|如厕|把尿|戒尿布|辅食|断奶|刷牙/i;

const KIND_WORDS: [SessionKind, RegExp][] = [
  ['half_day', /半日托|半天|(?<![a-z])half[- ]?day(?![a-z])/i],
  ['temporary_care', /临时托|(?<![a-z])(?:temporary|temp|short)[- ]?care(?![a-z])|(?<![a-z])temporary(?![a-z])/i],
  ['trial_class', /体验课|亲子课|课程|上课|(?<![a-z])(?:trial|class(?:es)?|lessons?)(?![a-z])/i],
];
const WEEKEND = /周末|周六|周日|礼拜六|礼拜天|礼拜日|星期六|星期天|星期日|假日|(?<![a-z])(?:weekends?|saturdays?|sundays?|sat|sun)(?![a-z])/i;

/** Whether the message asks when sessions run (with no day range: a day's own list answers that). */
export function asksSessionTimes(t: string): boolean {
  return TIME_ASKED.test(t) && !OTHER_TIME.test(t);
}

/**
 * "那下午呢", "那 afternoon 呢", "and the temporary care?" right after the times were asked: the same question of one part of
 * the day or one kind — a follow-up that names nothing else (no topic of its own, no day to search). The words the times
 * are then read with (the kind it names, else the one asked before; the weekend as before); undefined when it is not
 * one. `previous` and `t` are normalized Simplified text.
 */
export function sessionTimesAskedAgain(t: string, previous: string | undefined, partOfDay: PartOfDay | undefined): string | undefined {
  if (!previous || !asksSessionTimes(previous) || OTHER_TIME.test(t) || [...t.replace(/[a-z]+/g, 'x').replace(/\s+/g, '')].length > AGAIN_MAX_CHARS)
    return undefined;
  const namesKind = KIND_WORDS.some(([, re]) => re.test(t));
  if (!namesKind && partOfDay === undefined) return undefined;
  return namesKind ? `${t}${WEEKEND.test(previous) ? ' 周末' : ''}` : `${previous}\n${t}`;
}

/** A follow-up that only names a part of the day or a kind is short ("那周末下午的临时托呢" is 11 characters; an English word counts as one). */
const AGAIN_MAX_CHARS = 16;

export type PartOfDay = 'morning' | 'afternoon';

/** A session starting before noon is a morning one. */
const NOON = '12:00';

/** The kinds of session the message names (all of them when it names none). */
function kindsNamed(t: string): SessionKind[] {
  const named = KIND_WORDS.filter(([, re]) => re.test(t)).map(([k]) => k);
  return named.length ? named : KIND_WORDS.map(([k]) => k);
}

/**
 * Says the usual times of the kinds asked about, from the coming week's sessions. False when no session is
 * published (the knowledge answer is given instead).
 */
export async function sayUsualTimes(r: Reply, t: string, partOfDay?: PartOfDay): Promise<boolean> {
  const w = r.w;
  const today = localDateOf(r.ctx.now, r.ctx.timeZone);
  // (Day by day: a search returns at most 50 sessions, about one weekend day of the whole network.)
  const days = Array.from({ length: 7 }, (_, i) => addDays(today, i + 1));
  const sessions = (await Promise.all(days.map((d) => r.ctx.booking.searchSlots({ from: d, to: d, includeFull: true, limit: 50 }).catch(() => [])))).flat();
  const weekendOnly = WEEKEND.test(t);
  const lines: string[] = [];
  for (const kind of kindsNamed(t)) {
    const byDays = new Map<boolean, Map<string, number>>();
    for (const s of sessions) {
      if (s.kind !== kind) continue;
      if (partOfDay && s.startTime < NOON !== (partOfDay === 'morning')) continue;
      const weekend = isWeekend(s.localDate);
      if (weekendOnly && !weekend) continue;
      const ranges = byDays.get(weekend) ?? new Map<string, number>();
      const range = `${s.startTime}|${s.endTime}`;
      ranges.set(range, (ranges.get(range) ?? 0) + 1);
      byDays.set(weekend, ranges);
    }
    const parts: string[] = [];
    for (const weekend of [true, false]) {
      const ranges = byDays.get(weekend);
      if (!ranges) continue;
      // The usual times: those of at least a quarter as many sessions as the commonest (one point's odd time is not "usual").
      const most = Math.max(...ranges.values());
      const usual = [...ranges.entries()]
        .filter(([, n]) => n * 4 >= most)
        .map(([x]) => x)
        .sort()
        .map((x) => w.format.timeRange(...(x.split('|') as [string, string])));
      parts.push(w.answers.sessionTimes.days(weekend, w.format.list(usual)));
    }
    if (parts.length) lines.push(w.answers.sessionTimes.kind(w.format.kind(kind), parts.join(w.answers.sessionTimes.separator)));
  }
  if (!lines.length) return false;
  r.say(`${w.answers.sessionTimes.intro}\n${lines.join('\n')}\n${w.answers.sessionTimes.vary}`);
  return true;
}
