import { toSimplified } from '../text/chineseScript.ts';
import { BOOKED_WRONG } from './bookedWrong.ts';
import { ALONG_TOO, ASKS_WHETHER, PLACES_ASKED, QUESTION_WORD } from './askingWords.ts';
import { findPointName } from './findPointName.ts';
import { furtherChildNamed } from './furtherChildNamed.ts';
import { GRIEVANCE } from './grievance.ts';
import { ACTION_INTENTS } from './intentGroups.ts';
import { FAMILY_HELPER } from './lexicon/familyHelper.ts';
import { ARBITRATION } from './lexicon/index.ts';
import { parseDates } from './parseDates.ts';
import { parsePartOfDay } from './parsePartOfDay.ts';
import { parsePlace } from './parsePlace.ts';
import type { Reading, ReinterpretRule } from './ReinterpretRule.ts';
import { searchSlots } from './searchSlots.ts';
import type { Intent, Slots } from './types.ts';

const { ruleOrHealthQuestion: RULE_OR_HEALTH_QUESTION, policyQuestion: POLICY_QUESTION, availabilityAsk: AVAILABILITY_ASK } = ARBITRATION;

/** The words the first reading rules read. */
export interface FirstWords {
  /** The message as the parent wrote it. */
  original: string;
  /** The prepared text (prepareText: Simplified, lowercase, typos repaired). */
  t: string;
  /** The prepared text with what was denied masked ("不是周六，是周日" → the Sunday part). */
  positive: string;
  /** Whether the parent said a day or session they cannot make ("can't make Saturday"). */
  unavailableSaid: boolean;
  /** The search facts of what they cannot make. */
  unavailable: Slots;
}

/** "先别取消", "不要取消了", "don't cancel it": keeping a booking, said with a cancel word. */
const KEEP_BOOKING =
  /(?:先|暂时|还是|就)?(?<![要用需该得])(?:别|不要|不用|甭|先不|暂时不|不)(?:帮我|给我)?(?:取消|退订|退掉)(?!的|了吗|吗)|(?<![a-z])(?:don'?t|do not|no need to|not going to)\s+cancel(?![a-z])/;

/** "不用排了", "不要再候补了": no more waiting for a place. */
const WAITLIST_GIVEN_UP = /不(?:用|要|必|需要)?再?(?:排|排队|候补|等)了/;

const DROP_BOOKING =
  /(?:那个|那场|那次|约的|订的)(?:就)?(?:不要了|不用了|不去了|不要啦)|(?<![a-z])(?:that one|that booking|the one)\s+(?:we|i)\s+(?:don'?t|no longer)\s+need(?![a-z])/;

/** "are they both booked now?", "两个都book好了?", "都约上了吗", "did it go through": asks whether booking is done. */

// ("现在能约上吗", "可以约到吗": whether one can still be had is asked — a search — not whether it went through; round 48.)
const BOOKED_CHECK =
  /(?<!能|可以|能不能|可不可以)(?:约|订|book|预约)\s*(?:好|上|到|成功)了?\s*(?:吗|没|么|[?？])|(?:都|有)(?:约|订|book)(?:到|好|上)了?\s*(?:吗|没|么|[?？])|(?<![a-z])(?:are|is|were|was) (?:they|we|both|it|she|he|[a-z]+) (?:both |all )?(?:booked(?: in)?|confirmed|in)(?: now| then)?\s*\??\s*$|(?<![a-z])did (?:it|that|the booking|both|they|we) (?:go through|get booked|get in)(?![a-z])/;

/** "周六思明那个 改到湖里", "move Saturday's one to Huli": an existing booking sent to another place (read with what follows). */
export const MOVE_PLACE =
  /(?:那个|那场|那次|的预约|约的|订的)\s*(?:就|还是|帮我|麻烦)?\s*(?:改到|换到|改去|换去|挪到|调到|移到)|(?<![a-z])(?:move|switch|change) (?:it|that one|that booking|(?:my|the|our) (?:[a-z]+ )?(?:booking|one)) (?:over )?to(?![a-z])/;

/** A booking referred to, then changed or cancelled to be made again ("刚才那个改成…", "刚刚那个取消 改约…", "my booking, change it to"). */
export const BOOKING_MOVED =
  /(?:刚才|刚刚|刚约的|刚订的|那个预约|这个预约|我的预约|原来的|原来那个)[^，,。]{0,8}?(?:改成|改到|改约|改订|换到|换成|挪到|调到)|(?<![a-z])(?:that|my|the) (?:booking|reservation|one i (?:just )?booked)[^,.]{0,12}?(?:change|move|switch) it to(?![a-z])/;

/** "还有别的吗", "anything else?", "其他的呢": other places asked for, after one was turned down. */
const OTHERS_ASKED =
  /还有|还能|别的|其他|其它|换一个|換一個|近一点|近一點|(?<![a-z])(?:anything|anywhere|any ?(?:thing|where|one|place)s? else|others?|other (?:places?|ones?|options?)|closer|nearer)(?![a-z])/;

/** A change word anywhere and the words it changes to, up to the next space ("wait 改成afternoon 她上午要睡觉"). */
const CHANGED_TO = /(?:改约|改订|改成|改到|换成|换到|调到|改为)\s*(\S+)/;
/** "改约周六上午湖里", "换成周日上午同一个地方": a new day or place asked for, not a question about changing. */
const CHANGE_TO = /^(?:那|那就|就|再|帮我|麻烦)?(?:改约|改订|改成|改到|换成|换到|调到|改为)/;
/** "this Sun 上午 大宝 去海沧 ok 吗", "老二周日去湖里行吗": the only question is whether the child can go then and there. */
const GO_OK = /(?:可以吗|可以不|行吗|行不行|好吗|ok\s*吗|ok\s*[?？]|okay\s*[?？]|可不可以)\s*[?？]?\s*$/;

/**
 * What the staff do or need to hear, asked ("送过去的时候工作人员会先检查哪些东西", "anything I should tell the staff
 * about him?", "what do they check when I drop her off"): a question about the hand-over, answered, not a person asked
 * for now nor a search for the day it names.
 */
const STAFF_DUTY_ASKED =
  /(?:工作人员|老师|阿姨|保育员|保育老师)(?:们)?(?:会|要|都|一般)?(?:先)?(?:检查|查看|查|问|看)(?:些)?(?:哪些|什么|啥)|(?:跟|和|给|向)(?:照顾的?|带班的?|那边的?|点上的?)?(?:工作人员|老师|阿姨|保育员)(?:们)?(?:交代|说明|说|讲|提醒|告知|说清楚)(?:些)?(?:哪些|什么|啥)|(?<![a-z])(?:(?:what|anything|which things?|what things?) (?:[a-z']+ ){0,5}(?:tell|let|inform|mention to|say to) (?:[a-z]+ )?(?:staff|carers?|caregivers?|teachers?|nanny|ayi|them)|(?:what|which things?) (?:do|will|would|does) (?:they|the staff|staff|the carers?|carers?|the teachers?|teachers?|you) (?:[a-z]+ )?(?:check|look at|look for|ask)|(?:staff|carers?|teachers?) (?:will |do |usually )?(?:check|ask about))(?![a-z])/;
/** A pause for no-shows and the waitlist named together. */
const PAUSED_WAITLIST =
  /(?:暂停|停权|封号|被停|禁止预约|限制预约)(?:预约)?.{0,20}(?:候补|排队)|(?:候补|排队).{0,10}(?:暂停|停权|封号|被停)(?:期间|的时候|中)|(?<![a-z])(?:(?:paused|suspended|banned|blocked|suspension|pause|ban)(?![a-z]).{0,60}(?:wait ?list|waiting list)|(?:wait ?list|waiting list).{0,40}(?:while|during) (?:[a-z']+ ){0,3}(?:paused|suspended|suspension|pause|ban))(?![a-z])/;
/** A person asked for in so many words: keeps such a message a request for staff. */
const PERSON_ASKED =
  /人工|真人|客服|转(?:人|给)|联系我|回电|打电话|(?<![a-z])(?:talk|speak|chat) (?:to|with)|call me|contact|get me|connect me|transfer me(?![a-z])/;

/** Someone at a point did something the parent is angry about ("老师一上午没给孩子换尿布 我很生气", "the teacher was rude"). */
// (An ayi is staff where she is one of the point's: "the ayi at the point"; "the ayi" alone is as often the family's own.)
const STAFF =
  /老师|工作人员|阿姨|保育员|服务点的人|前台|系统|系統|小程序|机器人|(?<![a-z])(?:teacher|staff|carer|caregiver|worker|nanny|lady|ladie|system|app|bot)s?(?![a-z])|(?<![a-z])(?:ayi|auntie|aunty)s? (?:at|in|from) (?:the|your|that) (?:point|cent(?:re|er)|session|class|care|daycare)(?![a-z])/;

/**
 * Turning up to a booked session and finding nothing ("周日约了 结果服务点没开门", "they turned us away at the door"): a
 * complaint for staff, not a question about opening hours.
 */
const TURNED_AWAY =
  /(?:到了|去了|结果|过去|到那|到现场).{0,8}(?:没开门|没开|关着门?|关门了|锁着门?|锁门|没(?:有)?人|不让进|说没有(?:我们的?)?(?:预约|名字|登记|记录))|(?:服务点|点|那边)(?:根本)?没开门?|(?<![a-z])(?:(?:it|the point|the centre|the center|they|the place) (?:was|were) (?:closed|shut|locked)|nobody (?:was )?there|no one (?:was )?there|turned (?:us|me) away|no record of (?:our|my|the) booking)(?![a-z])/;
/** A case supposed, not told ("如果…结果没开", "what if they're closed"). */
const SUPPOSED = /^(?:那)?(?:如果|要是|万一|假如|假设)|(?<![a-z])(?:what if|if|suppose)(?![a-z])/;
const BOOKED_IT = /(?:约|订|预约|报名)(?:了|好了|的)|(?<![a-z])(?:booked|had a booking|our booking|my booking)(?![a-z])/;

/** Yes for every child, said alone: an optional yes, then both / 两个都… (or 都约 after a yes). */
const BOTH_REPLY =
  /^(?:(?:yes|yeah|yep|sure|ok|okay|please|great|好|好的|好啊|好呀|好吧|行|可以|嗯|是的|对|那)[\s,，.!！。~]*)*(?:(?:(?:book|do|for) (?:it for )?)?both(?: of them| kids| children| please)?|(?:两个|俩)(?:孩子|娃|宝宝)?(?:都|一起)(?:要|约|订|去|报)?|(?<=[\s,，.!！。~]|^(?:yes|ok|okay|好的?|行|可以|嗯)\s*)都(?:要|约|订))[\s,，.!！。~]*(?:please|吧|呀|啊|谢谢|thanks|thank you)?[\s.!！。~]*$/;
const SAYS_YES = /^(?:yes|yeah|yep|sure|ok|okay|please|great|好|行|可以|嗯|是的|对)/i;

/** "周六的改到周日", "move my Saturday booking to Sunday": the word after which the new day or place is told. */
const MOVED_TO = /改到|改成|换到|换成|调到|挪到|移到|(?<![a-z])(?:to|for|into)(?![a-z])/;
/** A move onto another day: "改到", "换成", "改 next Sunday", "move it to Sunday". */
const MOVED_ONTO =
  /改到|改成|换到|换成|调到|挪到|移到|改(?=\s*(?:这|下|本|next|this)?\s*(?:周|星期|礼拜|sat|sun|上午|下午|morning|afternoon))|(?<![a-z])(?:move|change|switch|swap)(?: it| that| the booking)? (?:to|for)(?![a-z])/;
/** The verb that moves a booking, to find the clause (and so the child) it belongs to. */
const MOVE_VERB = /改到|改成|换到|换成|调到|挪到|移到|(?<![a-z])(?:moved?|changed?|switch(?:ed)?)(?![a-z])/;

const isOneOf = (intent: Intent, intents: readonly Intent[]): boolean => intents.includes(intent);
const severalChildren = (ctx: { childNames?: string[] }): boolean => (ctx.childNames?.length ?? 0) > 1;
const searchFacts = (s: Slots): boolean => Boolean(s.partOfDay || s.dateRange || s.district || s.pointCode);

function setIntent(r: Reading, intent: Intent, confidence: number): void {
  r.intent = intent;
  r.confidence = confidence;
}

/**
 * How booking, family and grievance words change the classifier's first reading, before the rules about service
 * questions (reinterpretRules.ts) see it. Order matters: each rule reads the reading the ones before it left — a
 * booking dropped becomes a cancellation before "先别取消" can keep it, and a move's days and place are settled last.
 */
export const FIRST_READING_RULES: readonly ReinterpretRule<FirstWords>[] = [
  {
    name: 'yes for every child',
    why: '"Yes please, both", "好的 两个都要", "ok 都约": in a family of several, yes for every child (after a list, or to "which child?") is a booking for all of them. Under a list, "both of them" alone is the same search for every child; a yes said with it is the booking.',
    applies: (_r, w, ctx) => severalChildren(ctx) && BOTH_REPLY.test(w.t.trim()) && (!ctx.searching || SAYS_YES.test(w.t.trim())),
    apply: (r) => {
      setIntent(r, 'book', Math.max(r.confidence, 0.8));
      r.slots.allChildren = true;
    },
  },
  {
    name: 'the same weekday in other days',
    why: '"ok what about next weekend then, same day" with a search under way: other days asked for, keeping the weekday searched — a search, not a question about the day.',
    applies: (r, _w, ctx) =>
      Boolean(ctx.searching && r.slots.sameWeekday && r.slots.dateRange) && !isOneOf(r.intent, ['cancel', 'reschedule', 'human', 'complaint']),
    apply: (r) => setIntent(r, 'find_slots', Math.max(r.confidence, 0.8)),
  },
  {
    name: 'a further child named without a birth date',
    why: '"另外还有个小的叫圆圆 也帮我加上", "oh and there\'s his little sister Mia too, can you add her": a child to add, told by name only, is a registration (the birth date is asked next) — not a question, and 还有 / 小的 / sister are not the name.',
    applies: (r, w, ctx) =>
      !r.slots.birthDate &&
      !r.slots.children &&
      // (a day or place with it is a booking for that child, which asks the registration itself)
      !searchFacts(r.slots) &&
      !isOneOf(r.intent, ['cancel', 'reschedule', 'human', 'complaint']) &&
      Boolean(furtherChildNamed(w.t, w.original, ctx.childNames)),
    apply: (r, w, ctx) => {
      setIntent(r, 'register_child', 0.85);
      r.slots.childName = furtherChildNamed(w.t, w.original, ctx.childNames);
      r.slots.replyName = undefined;
      r.slots.child = undefined;
    },
  },
  {
    name: 'a registered child along too',
    why: '"Alex too please, same session", "and Leo as well": a registered child added to what was just asked, with no verb, is the same request for that child.',
    applies: (r, w, ctx) =>
      (r.intent === 'out_of_scope' || r.confidence < 0.45) && Boolean(r.slots.child) && severalChildren(ctx) && ALONG_TOO.test(w.t) && !QUESTION_WORD.test(w.t),
    apply: (r) => setIntent(r, 'book', 0.7),
  },
  {
    name: 'a booking dropped',
    why: '"周六那个不要了", "Saturday\'s one we don\'t need": a booking named and dropped is a cancellation; the day dropped is the booking\'s day, not a day denied to a search.',
    applies: (r, w) =>
      !isOneOf(r.intent, ['cancel', 'reschedule', 'complaint', 'human']) &&
      DROP_BOOKING.test(w.t) &&
      Boolean(r.slots.dateRange || r.slots.negated?.dateRange || w.unavailableSaid),
    apply: (r) => {
      setIntent(r, 'cancel', 0.75);
      if (r.slots.negated?.dateRange) {
        r.slots.dateRange = r.slots.negated.dateRange;
        delete r.slots.negated.dateRange;
      }
    },
  },
  {
    name: 'the waitlist given up',
    why: '"算了 不用排了", "不要再排了" with no question pending: the family leaves a waitlist place it holds (its bookings show each with a button to leave), not a "no" to nothing. Under a waitlist offer or a confirmation it stays a no.',
    applies: (r, w, ctx) => r.intent === 'deny' && !ctx.expecting && WAITLIST_GIVEN_UP.test(w.t),
    apply: (r) => setIntent(r, 'my_bookings', 0.8),
  },
  {
    name: 'the booking kept',
    why: '"等等 先别取消", "don\'t cancel it": a cancel word that keeps the booking.',
    applies: (r, w) => (r.intent === 'cancel' || r.intent === 'reschedule') && KEEP_BOOKING.test(w.t) && !r.slots.bookingRef,
    apply: (r) => setIntent(r, 'deny', 0.85),
  },
  {
    name: 'a place turned down, others asked',
    why: '"江头那个太远了 还有别的吗", "Jiangtou is too far for us, anything else?", "除了江头还有吗" under a list: the same search without that point (or district), not a question about distance nor the next page of the same list.',
    applies: (r, w, ctx) =>
      Boolean(ctx.searching) &&
      Boolean(r.slots.negated?.pointCode || r.slots.negated?.district) &&
      (r.intent === 'knowledge' || r.intent === 'more' || r.confidence < 0.45) &&
      OTHERS_ASKED.test(w.positive),
    apply: (r) => setIntent(r, 'find_slots', 0.75),
  },
  {
    name: 'changed to a day and place',
    why: '"把周日的取消了，改约周六上午湖里": the new day and place are a search, not a question about changing.',
    applies: (r, w) =>
      r.intent === 'knowledge' &&
      CHANGE_TO.test(w.t) &&
      Boolean(r.slots.dateRange) &&
      Boolean(r.slots.district || r.slots.partOfDay || r.slots.pointCode) &&
      !QUESTION_WORD.test(w.t),
    apply: (r) => setIntent(r, 'find_slots', 0.75),
  },
  {
    name: 'search changed, told with its reason',
    why: '"wait 改成afternoon 她上午要睡觉" under a list: the search changed, told with its reason, not a question about naps. What it is changed to is what follows the change word, whatever the reason names after it.',
    applies: (r, w, ctx) => Boolean(ctx.searching) && r.intent === 'knowledge' && !QUESTION_WORD.test(w.t) && CHANGED_TO.test(w.t),
    apply: (r, w, ctx) => {
      const to = searchSlots(CHANGED_TO.exec(w.t)![1]!, ctx);
      if (to.partOfDay) r.slots.partOfDay = to.partOfDay;
      if (searchFacts(r.slots)) setIntent(r, 'find_slots', 0.75);
    },
  },
  {
    name: "the family's children with a day and place",
    why: '"Saturday morning in Huli for the twins please": a day and a place for the family\'s children is a search, whatever parenting word names them ("twins"), unless it is asked as a question about the service or health.',
    applies: (r, w) =>
      r.intent === 'knowledge' &&
      Boolean(r.slots.allChildren || r.slots.child) &&
      Boolean(r.slots.dateRange) &&
      Boolean(r.slots.district || r.slots.pointCode) &&
      (!QUESTION_WORD.test(w.t) ||
        ((GO_OK.test(w.t) || AVAILABILITY_ASK.test(w.t) || PLACES_ASKED.test(w.t)) && !POLICY_QUESTION.test(w.t) && !RULE_OR_HEALTH_QUESTION.test(w.t))),
    apply: (r) => setIntent(r, 'find_slots', 0.75),
  },
  {
    name: 'turned away at a booked session',
    why: '"周日约了 结果服务点没开门", "they turned us away at the door": booked, went, and found it shut or were sent away is a complaint, whatever hours or booking words it names.',
    applies: (r, w) =>
      isOneOf(r.intent, ['knowledge', 'find_slots', 'book', 'my_bookings', 'out_of_scope', 'point_info']) &&
      TURNED_AWAY.test(w.t) &&
      BOOKED_IT.test(w.t) &&
      // (…but a case supposed is a question, not a story: "如果我已經約了 結果那天沒開 會通知我嗎" asks what a closure does; round 32.)
      !SUPPOSED.test(w.t),
    apply: (r) => setIntent(r, 'complaint', Math.max(r.confidence, 0.85)),
  },
  {
    name: 'a grievance about staff',
    why: '"老师一上午没给孩子换尿布 我很生气", "叫你们负责人出来 老师态度太差": what staff did is a complaint, even when it names a parenting topic or asks for a manager too; the person comes with the ticket.',
    applies: (r, w) =>
      isOneOf(r.intent, ['knowledge', 'find_slots', 'book', 'can_attend', 'out_of_scope', 'human']) &&
      // (…the family's own helper is no staff of ours: "our 阿姨 plays videos on her phone to feed her" asks about feeding; round 38.)
      STAFF.test(w.t.replace(FAMILY_HELPER, ' ')) &&
      GRIEVANCE.test(w.t),
    apply: (r) => setIntent(r, 'complaint', Math.max(r.confidence, 0.8)),
  },
  {
    name: "staff's duties asked",
    why: '"送过去的时候工作人员会先检查哪些东西", "anything I should tell the staff about him?": a question about the hand-over, answered, not a person asked for nor a search for the day it names.',
    applies: (r, w) =>
      isOneOf(r.intent, ['human', 'find_slots', 'book', 'out_of_scope']) && STAFF_DUTY_ASKED.test(w.t) && !PERSON_ASKED.test(w.t) && r.slots.pick === undefined,
    apply: (r) => setIntent(r, 'knowledge', 0.7),
  },
  {
    name: 'the waitlist during a pause',
    why: '"被暂停预约了 这段时间还能加候补吗", "paused for missed bookings - can I still go on a waitlist?": the pause rule, answered, not the waitlist flow.',
    applies: (r, w) => ACTION_INTENTS.has(r.intent) && PAUSED_WAITLIST.test(w.t) && ASKS_WHETHER.test(w.t),
    apply: (r) => setIntent(r, 'knowledge', 0.75),
  },
  {
    name: 'the day they cannot make, moved to another',
    why: '"这周六 can\'t make it 了, 改 next Sunday 同一个时间", "周六去不了了 换到周日吧", "can\'t do Saturday, move it to Sunday": a day they cannot make and another day it is moved to is a move of the booking, not a cancellation.',
    applies: (r, w) =>
      r.intent === 'cancel' &&
      Boolean(w.unavailable.dateRange && r.slots.dateRange) &&
      r.slots.dateRange!.from !== w.unavailable.dateRange!.from &&
      MOVED_ONTO.test(w.t),
    apply: (r, w) => {
      setIntent(r, 'reschedule', 0.8);
      r.slots.movedFrom = w.unavailable.dateRange;
    },
  },
  {
    name: 'the day they cannot make is the booking',
    why: '"can\'t make it Saturday, please cancel": the day they cannot make is the booking to cancel or move.',
    applies: (r, w) => (r.intent === 'cancel' || r.intent === 'reschedule') && !r.slots.dateRange && Boolean(w.unavailable.dateRange),
    apply: (r, w) => {
      r.slots.dateRange = w.unavailable.dateRange;
      r.slots.dateText = w.unavailable.dateText;
      if (r.slots.negated && r.slots.negated.dateRange === w.unavailable.dateRange) delete r.slots.negated.dateRange;
    },
  },
  {
    name: 'whether it is booked',
    why: '"are they both booked now?", "两个都book好了?", "约上了吗": whether what was asked for is booked is a look at the bookings.',
    applies: (r, w) =>
      isOneOf(r.intent, ['book', 'find_slots', 'knowledge', 'affirm']) &&
      BOOKED_CHECK.test(w.t) &&
      !r.slots.district &&
      !r.slots.pointCode &&
      !r.slots.partOfDay,
    apply: (r) => setIntent(r, 'my_bookings', 0.8),
  },
  {
    name: 'every child, under a list',
    why: '"both of them", "两个都要" answering "which child?" under a list: the same search, for every child.',
    applies: (r, w, ctx) =>
      isOneOf(r.intent, ['knowledge', 'affirm', 'help', 'out_of_scope']) &&
      Boolean(r.slots.allChildren) &&
      Boolean(ctx.searching) &&
      w.t.trim().length <= 24 &&
      !QUESTION_WORD.test(w.t),
    apply: (r) => setIntent(r, 'find_slots', 0.75),
  },
  {
    name: 'a booking made wrong, and the right day',
    why: '"sorry I booked the wrong day for Emma, I meant next saturday", "约错日子了 应该是周日": the booking already made moves to the day, part of day or place now said (not a new list beside it). Told with nothing new, it is for the dialogue to ask.',
    applies: (r, w) =>
      isOneOf(r.intent, ['find_slots', 'book', 'knowledge', 'out_of_scope']) &&
      BOOKED_WRONG.test(w.t) &&
      Boolean(r.slots.dateRange || r.slots.partOfDay || r.slots.district || r.slots.pointCode) &&
      !/[?？]|吗|么/.test(w.t),
    apply: (r) => setIntent(r, 'reschedule', 0.8),
  },
  {
    name: 'a booking moved in words',
    why: '"刚才那个改成下周同一时间", "剛剛那個取消 改約下禮拜六同一個時間", "my booking, change it to Sunday afternoon": the booking just made or named, changed (or cancelled to be made again) to another day, part of day or week, is a move of it — not a question about changing, nor a cancel beside a new search.',
    applies: (r, w) =>
      isOneOf(r.intent, ['knowledge', 'cancel', 'find_slots', 'book', 'out_of_scope']) &&
      BOOKING_MOVED.test(w.t) &&
      Boolean(r.slots.dateRange || r.slots.partOfDay || r.slots.weekShift) &&
      !/[?？]|吗|么/.test(w.t),
    apply: (r) => setIntent(r, 'reschedule', 0.8),
  },
  {
    name: 'a booking sent to another place',
    why: '"周六思明那个 改到湖里吧 时间不变", "move Saturday\'s one to Huli": a booking named and sent to another place is a move (not when asked as a question).',
    applies: (r, w, ctx) => {
      if (isOneOf(r.intent, ['cancel', 'reschedule', 'complaint', 'human']) || /[?？]|吗|么/.test(w.t)) return false;
      const move = MOVE_PLACE.exec(w.t);
      if (!move) return false;
      const after = w.t.slice(move.index + move[0].length);
      return Boolean(parsePlace(after).district || findPointName(after, ctx.points));
    },
    apply: (r) => setIntent(r, 'reschedule', 0.8),
  },
  {
    name: "a move's old and new day, place and child",
    why: '"周六的改到周日", "move my Saturday booking to Sunday", "…思明那个 改到湖里": the new day and place are the ones after the verb, the old day the one before; of the children named, the one in the clause that moves a booking is the one whose booking moves ("朵朵和果果周六都约了 把果果的改到周日").',
    applies: (r) => r.intent === 'reschedule',
    apply: (r, w, ctx) => {
      const { slots } = r;
      const to = MOVED_TO.exec(w.positive);
      if (slots.namedChildren && !slots.child) {
        const verb = MOVE_VERB.exec(w.t);
        const clauseStart = verb
          ? Math.max(0, ...[...w.t.slice(0, verb.index).matchAll(/[，,。.;；?？!！]|\s(?=把)/g)].map((m) => m.index! + m[0].length))
          : -1;
        const inClause = verb ? slots.namedChildren.filter((n) => w.t.slice(clauseStart, verb.index).includes(toSimplified(n).toLowerCase())) : [];
        if (inClause.length === 1) {
          slots.child = { name: inClause[0]! };
          delete slots.namedChildren;
        }
      }
      const target = to ? parseDates(w.positive.slice(to.index + to[0].length), ctx.now, ctx.timeZone) : undefined;
      const source = to ? parseDates(w.positive.slice(0, to.index), ctx.now, ctx.timeZone) : undefined;
      if (source?.dateRange) slots.movedFrom = source.dateRange;
      // ("改成下周同一时间": a week later than the booking, read as a shift of its day, not the whole of next week.)
      if (target?.dateRange && !slots.weekShift) {
        slots.dateRange = target.dateRange;
        slots.dateText = target.dateText;
      }
      const after = to ? w.positive.slice(to.index + to[0].length) : '';
      // "周六上午约的那个 能不能改到下午": of two parts of the day, the one after the verb is the new one.
      const partAfter = after ? parsePartOfDay(after) : undefined;
      if (partAfter) slots.partOfDay = partAfter;
      const place = parsePlace(after);
      const pointAfter = findPointName(after, ctx.points);
      if (place.district || pointAfter) {
        delete slots.neighbourhood;
        delete slots.pointCode;
        if (place.district) slots.district = place.district;
        if (place.neighbourhood) slots.neighbourhood = place.neighbourhood;
        if (pointAfter) slots.pointCode = pointAfter;
      }
    },
  },
];
