import type { BookingRules } from '../../../config/config.ts';
import type { Catalogue } from '../../../i18n/catalogue.ts';
import { toSimplified } from '../../../text/chineseScript.ts';

/**
 * The service's numbers a question asks for ("取消要提前多久", "how many
 * bookings a week"), stated from the booking configuration the engine
 * enforces. The documents render the same values ({{rules.x}}), so this is
 * said only when the quoted sentences do not already hold the number.
 */
interface RuleFact {
  asks: RegExp;
  /** The number the answer must contain. */
  value: (rules: BookingRules) => string;
  say: (w: Catalogue, rules: BookingRules) => string;
  /** The document that states the rule: the answer cites it. */
  doc: string;
}

const hours = (rules: BookingRules) => String(Math.round((rules.cancelDeadlineMinutes / 60) * 100) / 100);

const FACTS: RuleFact[] = [
  {
    asks: /取消.{0,12}(?:提前|多久|截止|最晚|几(?:个)?小时|来得及|期限|时间限制|还行|还可以吗|晚不晚|算不算迟)|(?:提前|最晚|多久|几点前|几个小时|前一天|前一晚|头天晚上).{0,8}取消|(?:取消|(?<![a-z])cancel\w*)\s*(?:得|的)?(?:太晚|晚了|迟了|过了(?:时间|截止))|(?<![a-z])(?:cancel\w*.{0,60}(?:deadline|how long|how late|notice|hours?|cut-?off|in advance|before|still (?:ok|okay|fine|alright|in time)|too late|in time|night before|day before)|(?:how long|how late|how many hours|how much notice|too late|(?:the )?latest|last (?:moment|minute))(?: time)?.{0,30}cancel)(?![a-z])/i,
    value: hours,
    say: (w, r) => w.answers.rules.cancelDeadline(hours(r), r.cancelDeadlineMinutes),
    doc: 'service-change-cancel',
  },
  {
    asks: /提前(?:几|多少)天.{0,4}(?:约|预约|订|报名)|(?:几|多少)天(?:以)?前(?:就)?(?:要|得|可以|能)?(?:约|预约|报名)|(?:什么时候|哪天|几号)(?:可以|能|才能)?(?:开始|开放)(?:可以|能)?(?:预约|约|报名)|放号|几天前(?:开放|可以约)|(?<![a-z])(?:how (?:far|many days) (?:ahead|in advance)|when (?:does|do) (?:booking|bookings|sessions) open|how early can i book)(?![a-z])/i,
    value: (r) => String(r.opensDaysAhead),
    say: (w, r) => w.answers.rules.opensDaysAhead(r.opensDaysAhead, r.closesMinutesBefore),
    doc: 'service-how-to-book',
  },
  {
    // How late a session can still be booked ("当天还能约吗", "how late can I book").
    asks: /(?:当天|当日|临时)(?:还)?(?:能|可以)?(?:约|预约|报名)|最晚(?:什么时候|几点|要?开始前多久)?(?:还)?(?:能|可以)?(?:约|预约|报名)(?!.{0,4}取消)|(?:开始前多久|几点前).{0,4}(?:截止|停止)|停止预约|预约截止|(?<![a-z])(?:(?:how late|last[- ]minute|same[- ]day).{0,30}book\w*|book\w*.{0,30}(?:same day|on the day|last[- ]minute)|booking (?:close|cut-?off)s?)(?![a-z])/i,
    value: (r) => String(r.closesMinutesBefore),
    say: (w, r) => w.answers.rules.opensDaysAhead(r.opensDaysAhead, r.closesMinutesBefore),
    doc: 'service-how-to-book',
  },
  {
    asks: /(?:每周|一周|一个星期|每个星期).{0,8}(?:最多|能约|可以约|几次|几场|几个|上限)|最多(?:能|可以)?(?:约|预约|订)几|(?<![a-z])(?:how many (?:bookings|sessions|times).{0,20}(?:a|per|each) week|weekly (?:limit|cap))(?![a-z])/i,
    value: (r) => String(r.weeklyWeekendBookingsPerChild),
    say: (w, r) => w.answers.rules.weeklyLimit(r.weeklyWeekendBookingsPerChild),
    doc: 'service-how-to-book',
  },
  {
    asks: /爽约|预约未到|放鸽子|(?:没去|不去|没来)(?:会|的话).{0,8}(?:怎样|怎么样|影响|后果|暂停|惩罚|处罚)|(?:忘了去|忘记去|忘了来|没去成|没来成).{0,16}(?:怎样|怎么样|影响|后果|暂停|惩罚|处罚|封号|拉黑|被停|停掉)|(?:暂停|停权|封号|被停).{0,6}(?:多久|几天|多少天|多长时间)|(?<![a-z])(?:no[- ]shows?|don'?t (?:show|turn) up|didn'?t (?:show|turn) up|forg[eo]t to (?:go|come|turn up|show up)|(?:suspended|suspension|paused?|banned|ban|blocked).{0,20}how long|how long.{0,30}(?:suspended|suspension|paused?|banned|ban|blocked)|miss(?:ed)? (?:a|my|the|two|three|several) (?:booking|session)s?)(?![a-z])/i,
    value: (r) => String(r.noShowPauseDays),
    say: (w, r) => w.answers.rules.noShow(r.noShowLimit, r.noShowWindowDays, r.noShowPauseDays),
    doc: 'service-no-show',
  },
  {
    asks: /候补.{0,12}(?:保留多久|(?<!等|排)多久|几分钟|(?<!等|排)多长时间|确认)|名额保留(?:多久|几分钟)|(?<![a-z])(?:how long.{0,30}(?:to (?:accept|confirm|respond|reply|grab|claim|take)|hold)|(?:waitlist|waiting list).{0,30}(?:how long|minutes))(?![a-z])/i,
    value: (r) => String(r.waitlistHoldMinutes),
    say: (w, r) => w.answers.rules.waitlistHold(r.waitlistHoldMinutes),
    doc: 'service-waitlist',
  },
  {
    // How long chats are kept ("聊天记录你们保存多久", "how long do you keep our messages"): the configured retention.
    asks: /(?:聊天|对话|消息|信息|记录|纪录|资料|数据|(?<![a-z])(?:chats?|history|conversations?|messages?|data|records?|info|information|details)(?![a-z])).{0,8}(?:保存|保留|存|留)(?:着|下来)?.{0,6}(?:多久|多长时间|几天|多少天|几个月|期限)|(?:多久|几天|多少天|什么时候).{0,6}(?:删除|删掉|清除|自动删)|(?<![a-z])(?:how long.{0,40}(?:keep|kept|store|stored|retain|retained|save|saved).{0,30}(?:chats?|conversations?|messages?|history|data|records?)|(?:chats?|conversations?|messages?|history|data|records?).{0,30}(?:kept|stored|retained|deleted).{0,20}(?:how long|for how many days)|(?:data|chat|history) retention)(?![a-z])/i,
    value: (r) => String(r.historyRetentionDays),
    say: (w, r) => w.bot.privacy(r.historyRetentionDays),
    doc: 'policy-privacy',
  },
];

/** The rule sentences the answer still needs: asked for, and not already in the quoted text. */
export function missingRuleFacts(question: string, quoted: string, w: Catalogue, rules: BookingRules): string[] {
  return statedRuleFacts(question, quoted, w, rules).map((f) => f.sentence);
}

/** The same rule sentences, each with the document that states the rule (an answer from the rules alone cites it). */
export function statedRuleFacts(question: string, quoted: string, w: Catalogue, rules: BookingRules): { sentence: string; doc: string }[] {
  const out: { sentence: string; doc: string }[] = [];
  for (const f of missingFacts(question, quoted, rules)) {
    const sentence = f.say(w, rules);
    // Two facts may be said by one sentence (when booking opens and when it closes).
    if (!out.some((o) => o.sentence === sentence)) out.push({ sentence, doc: f.doc });
  }
  return out;
}

function missingFacts(question: string, quoted: string, rules: BookingRules): RuleFact[] {
  const out: RuleFact[] = [];
  // A Traditional question asks as the Simplified one does ("候補名額保留多久", "當天還可以約嗎").
  const asked = toSimplified(question);
  for (const f of FACTS) {
    if (!f.asks.test(asked)) continue;
    // The number as a number: not a digit of a larger one, nor of a booking code ("K7M2QX").
    if (new RegExp(`(?<![\\d.A-Za-z])${f.value(rules).replace('.', '\\.')}(?![\\d.A-Za-z])`).test(quoted)) continue;
    out.push(f);
  }
  return out;
}
