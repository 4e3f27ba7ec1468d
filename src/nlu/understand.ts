import { PARENT_DISTRESS } from './lexicon/parentDistress.ts';
import { chineseLocaleOf } from '../i18n/languages.ts';
import { toSimplified } from '../text/chineseScript.ts';
import { classifyIntent } from './classifyIntent.ts';
import { detectLanguage } from './detectLanguage.ts';
import { findDateProblems } from './findDateProblems.ts';
import { findNegations } from './findNegations.ts';
import { parseAge } from './parseAge.ts';
import { findBirthDates, parseBirthDate } from './parseBirthDate.ts';
import { parseBookingRef } from './parseBookingRef.ts';
import { birthOrdersIn, findChildMention, namedChildren, nameAsWritten, pairByAge, parseChildren, parseOrderedName } from './parseChildren.ts';
import { parseChildName } from './parseChildName.ts';
import { parseDates } from './parseDates.ts';
import { parseLanguageRequest } from './parseLanguageRequest.ts';
import { parseOrdinal } from './parseOrdinal.ts';
import { parsePartOfDay } from './parsePartOfDay.ts';
import { parsePlace } from './parsePlace.ts';
import { findPointName } from './findPointName.ts';
import { parseService } from './parseService.ts';
import { prepareText } from './prepareText.ts';
import { ARBITRATION } from './lexicon/index.ts';
import { listedItems, requestFamily, splitSegments } from './splitRequests.ts';
import { withoutHealthStorySearch } from './healthStory.ts';
import { asksAboutOuting } from './asksAboutOuting.ts';
import { asksCareChoice } from './asksCareChoice.ts';
import { ALONG_TOO, ASKS_WHETHER, QUESTION_WORD } from './askingWords.ts';
import { GRIEVANCE } from './grievance.ts';
import { ACTION_INTENTS, CHANGES, SEARCHES } from './intentGroups.ts';
import { reinterpret } from './reinterpret.ts';
import { PLACES_WORD, type SegmentPart, segmentFamily } from './segmentFamilies.ts';
import type { Intent, Slots, UnderstandContext, Understanding } from './types.ts';

export type { Intent, Slots, Understanding, UnderstandContext, Lang, Locale } from './types.ts';
export { hasSearchSlots } from './hasSearchSlots.ts';

const {
  ruleOrHealthQuestion: RULE_OR_HEALTH_QUESTION,
  policyQuestion: POLICY_QUESTION,
  availabilityAsk: AVAILABILITY_ASK,
  allChildren: ALL_CHILDREN,
  bookingSignal: BOOKING_SIGNAL,
  bringsThere: BRINGS_THERE,
} = ARBITRATION;
const BRINGS_THERE_ALL = new RegExp(BRINGS_THERE.source, 'gi');

/**
 * Two questions asked one after the other ("半日托要带午饭吗？还有可以提前多久约", "is there a deposit? will you
 * charge me if…"): the first closes as a question, the second opens with a connector or is a question too.
 * Anything looser is one question told in pieces ("户口在江西 在湖里租房 孩子能去吗").
 */
const ZH_QUESTION_END = /(?:吗|么|嘛)$/;
// ("And is it normal…" after a question with its mark: the second question, its "and" only joining them.)
const EN_QUESTION_START = /^(?:(?:and|also|plus),?\s+)?(?:is|are|do|does|did|can|could|will|would|should|what|how|when|where|which|who|why)(?![a-z])/i;
const NEXT_QUESTION = /^(?:还有|另外|顺便|再问|以及|还想问|也想问|(?:and|also|btw)(?![a-z]))/i;
function twoQuestions(first: string, second: string): boolean {
  // A segment keeps the mark that ended it ("…吗？"); the words decide.
  const a = first.trim().replace(/[。！!？?；;\s]+$/, '');
  const b = second.trim().replace(/[。！!？?；;\s]+$/, '');
  if (b.length < 5) return false;
  // "…会走吗？要不要带去医院看看", "…? should we get her checked?": a second part only asking whether to see a doctor is
  // about the first part, not a question of its own.
  const doctorWords = /医院|醫院|医生|醫生|看病|就医|就醫|(?<![a-z])(?:doctor|gp|hospital|checked)(?![a-z])/i;
  const rest = b.replace(
    /要不要|需不需要|需要|用不用|该不该|該不該|应该|應該|要|带|帶|他|她|孩子|宝宝|寶寶|娃|去|给|給|医院|醫院|医生|醫生|看病|就医|就醫|看|检查|檢查|查|一下|吗|嗎|呢|啊|呀|吧|那|(?<![a-z])(?:should|do|we|i|need|to|see|go|get|take|her|him|them|checked|by|a|the|doctor|gp|hospital|out|over)(?![a-z])|[\s?？,，.!]/gi,
    '',
  );
  if (doctorWords.test(b) && rest.length <= 2) return false;
  // "临时托 几点 pick up？half day 要带 lunch 吗": a question closed by its mark, then another question.
  const asked = /[?？]\s*$/.test(first);
  const asks = ZH_QUESTION_END.test(b) || /[?？]\s*$/.test(second) || EN_QUESTION_START.test(b);
  if (asked && asks) return true;
  return (ZH_QUESTION_END.test(a) && (NEXT_QUESTION.test(b) || ZH_QUESTION_END.test(b))) || (EN_QUESTION_START.test(a) && EN_QUESTION_START.test(b));
}

/**
 * A question asked in full with its own subject and mark ("can grandma pick her up afterwards?"), not a part ("how much per
 * day?") nor one about what was just said ("is that ok overnight?", "is there a reminder?").
 */
const OWN_QUESTION =
  /^(?:and\s+)?(?:can|could|may|does|do|is|are|should|will)\s+(?!(?:that|this|it|they|those|these|there|she|he|we|i|you)\b)\S+\s+\S+.*[?？]$/i;

/** "先别取消", "不要取消了", "don't cancel it": keeping a booking, said with a cancel word. */
const KEEP_BOOKING =
  /(?:先|暂时|还是|就)?(?:别|不要|不用|甭|先不|暂时不|不)(?:帮我|给我)?(?:取消|退订|退掉)(?!的|了吗|吗)|(?<![a-z])(?:don'?t|do not|no need to|not going to)\s+cancel(?![a-z])/;

const DROP_BOOKING =
  /(?:那个|那场|那次|约的|订的)(?:就)?(?:不要了|不用了|不去了|不要啦)|(?<![a-z])(?:that one|that booking|the one)\s+(?:we|i)\s+(?:don'?t|no longer)\s+need(?![a-z])/;

/** "book them both", "the two of them": every child of a family of several. */
const THEM_ALL = /(?<![a-z])(?:them both|the two of them|them all|all three of them)(?![a-z])/;
/** "are they both booked now?", "两个都book好了?", "都约上了吗", "did it go through": asks whether booking is done. */
const BOOKED_CHECK =
  /(?:约|订|book|预约)\s*(?:好|上|到|成功)了?\s*(?:吗|没|么|[?？])|(?:都|有)(?:约|订|book)(?:到|好|上)了?\s*(?:吗|没|么|[?？])|(?<![a-z])(?:are|is|were|was) (?:they|we|both|it|she|he|[a-z]+) (?:both |all )?(?:booked(?: in)?|confirmed|in)(?: now| then)?\s*\??\s*$|(?<![a-z])did (?:it|that|the booking|both|they|we) (?:go through|get booked|get in)(?![a-z])/;
/** "周六思明那个 改到湖里", "move Saturday's one to Huli": an existing booking sent to another place (read with what follows). */
const MOVE_PLACE =
  /(?:那个|那场|那次|的预约|约的|订的)\s*(?:就|还是|帮我|麻烦)?\s*(?:改到|换到|改去|换去|挪到|调到|移到)|(?<![a-z])(?:move|switch|change) (?:it|that one|that booking|(?:my|the|our) (?:[a-z]+ )?(?:booking|one)) (?:over )?to(?![a-z])/;
/** "改约周六上午湖里", "换成周日上午同一个地方": a new day or place asked for, not a question about changing. */
/** A change word anywhere and the words it changes to, up to the next space ("wait 改成afternoon 她上午要睡觉"). */
const CHANGED_TO = /(?:改约|改订|改成|改到|换成|换到|调到|改为)\s*(\S+)/;
const CHANGE_TO = /^(?:那|那就|就|再|帮我|麻烦)?(?:改约|改订|改成|改到|换成|换到|调到|改为)/;
/** "this Sun 上午 大宝 去海沧 ok 吗", "老二周日去湖里行吗": the only question is whether the child can go then and there. */
const GO_OK = /(?:可以吗|可以不|行吗|行不行|好吗|ok\s*吗|ok\s*[?？]|okay\s*[?？]|可不可以)\s*[?？]?\s*$/;
/** Several children asked for together ("都", "一起", "两个", "both"). */
const TOGETHER = /都|一起|两个|俩|(?<![a-z])(?:both|together)(?![a-z])/;
const TWINS = /双胞胎|龙凤胎|(?<![a-z])twins(?![a-z])/;
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
const STAFF =
  /老师|工作人员|阿姨|保育员|服务点的人|前台|系统|系統|小程序|机器人|(?<![a-z])(?:teacher|staff|carer|caregiver|worker|nanny|lady|ladie|system|app|bot)s?(?![a-z])/;

/** Words that begin an age told after a birth-order word ("老大快四岁", "老二才一岁", "老大三岁半" read as 三). */
const AGE_QUALIFIER = /^(?:快|才|刚|已经|都|满|差不多|大概|将近|不到|还不到|今年|[0-9一二两三四五六七八九十]$)/;

const ZH_NAME_AGE =
  /^(?:我家|我们家|我們家|俺家|家里|家裡)(?:的)?(?:宝宝|寶寶|宝贝|寶貝|女儿|女兒|儿子|兒子)?([\u4e00-\u9fff]{1,3}?)(?:已经|已經|才|刚|剛|今年|现在|現在)?(?:满|滿|快)?[0-9一二两兩三四五六七八九十]+(?:岁半?|歲半?|个月|個月|周岁|週歲)(?:[0-9一二两兩三四五六七八九十]+(?:个月|個月))?(?:大)?(?:了)?[。.!！~～]*$/;
const EN_NAME_AGE =
  /^(?:(?:my|our) (?:son|daughter|baby|boy|girl|little one) )?([A-Z][a-z]{1,15}) is (?:just |nearly |almost |now )?(?:\d{1,2}|one|two|three|a half)(?: and a half)? (?:months?|years?|yrs?|mo)(?: old)?[.!]*$/;
/** Birth-order and family words that name no child of their own. */
const NOT_A_NAME = /^(?:老大|老二|老三|老幺|孩子|小孩|宝宝|寶寶|女儿|儿子|他|她|它)$/;

/**
 * A child's name told with an age and nothing else ("Lily is 20 months old", "我家果果一岁半"), by a family with no child
 * registered: the name of a child to register, whose birth date is asked next.
 */
function nameWithAge(original: string): string | undefined {
  const text = original.trim();
  const name = ZH_NAME_AGE.exec(text)?.[1] ?? EN_NAME_AGE.exec(text)?.[1];
  return name && !NOT_A_NAME.test(name) ? name : undefined;
}

/**
 * Turning up to a booked session and finding nothing ("周日约了 结果服务点没开门", "they turned us away at the door"): a
 * complaint for staff, not a question about opening hours.
 */
const TURNED_AWAY =
  /(?:到了|去了|结果|过去|到那|到现场).{0,8}(?:没开门|没开|关着门?|关门了|锁着门?|锁门|没(?:有)?人|不让进|说没有(?:我们的?)?(?:预约|名字|登记|记录))|(?:服务点|点|那边)(?:根本)?没开门?|(?<![a-z])(?:(?:it|the point|the centre|the center|they|the place) (?:was|were) (?:closed|shut|locked)|nobody (?:was )?there|no one (?:was )?there|turned (?:us|me) away|no record of (?:our|my|the) booking)(?![a-z])/;
const BOOKED_IT = /(?:约|订|预约|报名)(?:了|好了|的)|(?<![a-z])(?:booked|had a booking|our booking|my booking)(?![a-z])/;

/** "cancel all our bookings", "全部取消", "都帮我退了": every booking, not one to pick. */
const ALL_BOOKINGS =
  /(?:所有|全部)的?(?:预约|订单|场次)|(?:全部|全都|统统|都)(?:帮我)?(?:取消|退掉|退了|不去了)|(?<![a-z])(?:all (?:of )?(?:my|our|the) (?:bookings|reservations|sessions|places)|cancel (?:them )?all|cancel everything|cancel both)(?![a-z])/;

/** "改成周日上午", "book Sunday instead": the new booking takes the place of the one cancelled. */
const MOVE_TO =
  /改成|改到|换成|换到|改约|改为|调到|挪到|改book|改订|(?<![a-z])(?:instead|re-?book|move (?:it |her |him |them )?to|switch (?:it )?to|change (?:it )?to)(?![a-z])/;

/**
 * "周六的取消，改成周日上午", "Cancel Mia's Saturday and book Leo into Sunday morning instead": a cancellation followed by
 * the search that replaces it is one move (the old booking goes once the new one is booked), not a cancel and a search.
 */
function asMove(parts: Array<{ text: string; intent: Intent; slots: Slots }>): { intent: Intent; slots: Slots } | undefined {
  if (parts.length !== 2) return undefined;
  const [gone, next] = parts as [(typeof parts)[0], (typeof parts)[0]];
  if (gone.intent !== 'cancel' || !SEARCHES.has(next.intent) || !(gone.slots.dateRange || gone.slots.child)) return undefined;
  if (!MOVE_TO.test(prepareText(next.text))) return undefined;
  // "Kai的cancel掉, Luna的改到Sunday morning": another child's own booking moved is a request of its own.
  if (gone.slots.child && next.slots.child && JSON.stringify(gone.slots.child) !== JSON.stringify(next.slots.child) && OWN_CHANGED.test(prepareText(next.text)))
    return undefined;
  if (!(next.slots.dateRange || next.slots.partOfDay || next.slots.district || next.slots.pointCode)) return undefined;
  const slots: Slots = { ...next.slots };
  delete slots.correction;
  delete slots.negated;
  if (gone.slots.dateRange) slots.movedFrom = gone.slots.dateRange;
  if (gone.slots.child) {
    slots.movedChild = gone.slots.child;
    slots.child ??= gone.slots.child;
  }
  return { intent: 'reschedule', slots };
}

/** "…Luna的改到周日": a booking of its own (的) changed after the cancellation. */
const OWN_CHANGED = /的\s*(?:也)?(?:改|换|換|调|調|挪)/;
/** "换成果果去", "让果果去", "book Leo instead": the child who takes the cancelled place. */
const SWAP_TO = /改成|换成|換成|换|換|改|让|讓|给|給|(?<![a-z])(?:instead|book|take|send)(?![a-z])/;

/**
 * "朵朵周日上午那个取消掉 换成果果去", "Mia can't make Saturday, let Leo go instead": one child's booking given to
 * another is a move of that booking (same day, place and part of day unless said), not a cancellation and a search.
 */
function asChildSwap(t: string, childNames: string[], slots: Slots): Slots | undefined {
  // "Leo has a birthday party on Sunday, can Mia take his spot": a child's other plans free the place too.
  const cancel =
    /取消|退订|退掉|不去了|去不了|来不了|(?<![a-z])(?:cancel|can'?t make|won'?t make|can'?t go|has (?:a |an )?(?:birthday )?(?:party|plans?|appointment))/.exec(
      t,
    );
  if (!cancel || childNames.length < 2) return undefined;
  const rest = t.slice(cancel.index + cancel[0].length);
  // "Kai的cancel掉, Luna的改到Sunday morning": the other child's own booking changed, not the cancelled place given.
  if (OWN_CHANGED.test(rest)) return undefined;
  const to = SWAP_TO.exec(rest);
  // "换妹妹去", "換成果果去": the other child going in its place.
  if (!to || !(MOVE_TO.test(rest) || /让|讓|[换換](?:成|给|給)?[^，,。\s]{1,6}去|(?<![a-z])(?:let|send)(?![a-z])/.test(rest))) return undefined;
  // "朵朵周日的取消 换成果果", "cancel Mia's Saturday and book Leo instead": the child whose booking goes is named first.
  const before = findChildMention(t.slice(0, cancel.index), childNames) ?? findChildMention(rest.slice(0, to.index), childNames);
  if (!before?.name && before?.birthOrder === undefined) return undefined;
  // A new day for the other child ("…book Leo into Sunday morning instead") is the ordinary move (asMove).
  // (The same one day named again, "…take his Sunday afternoon spot", is still the swap.)
  const oneDay = slots.dateRange !== undefined && slots.dateRange.from === slots.dateRange.to;
  if (!oneDay && /\d|[周週星礼禮拜][一二三四五六日天]|明天|后天|(?<![a-z])(?:mon|tue|wed|thu|fri|sat|sun)/.test(rest.slice(to.index))) return undefined;
  // "…can Mia take his spot": the child who takes it may be named just before the verb.
  // "哥哥週日那個取消 換妹妹去": the children may be named by birth order or sibling word instead of by name.
  const after =
    findChildMention(rest.slice(to.index), childNames) ??
    (before.name
      ? findChildMention(
          rest,
          childNames.filter((n) => toSimplified(n) !== toSimplified(before.name!)),
        )
      : undefined);
  if (!after || (!after.name && after.birthOrder === undefined)) return undefined;
  const same =
    before.name && after.name ? toSimplified(after.name) === toSimplified(before.name) : !before.name && !after.name && before.birthOrder === after.birthOrder;
  if (same) return undefined;
  const { namedChildren: _n, correction: _c, negated: _g, orderedChildren: _o, ...kept } = slots;
  return { ...kept, movedChild: before, child: after, ...(slots.dateRange ? { movedFrom: slots.dateRange } : {}) };
}

/** Sibling and birth-order words that may stand beside a child's name as a title ("哥哥小安", "her big brother Leo"). */
const SIBLING_TITLE =
  '(?:哥哥|姐姐|姊姊|弟弟|妹妹|老大|老二|老三|大宝|二宝|小宝|(?:(?:her|his|their|my|our|the) )?(?:big|older|elder|little|younger|baby) (?:brother|sister)|(?:her|his|their) (?:brother|sister))';

/**
 * "那哥哥小安呢 他也可以一起去嗎", "and her big brother Leo, can he come too?": a sibling word said right beside a name is
 * that child's title — one child, the one named — not a second child asked for together.
 */
function siblingWordBeside(original: string, name: string): boolean {
  const n = toSimplified(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${SIBLING_TITLE}\\s*${n}|${n}\\s*${SIBLING_TITLE}`, 'i').test(toSimplified(original));
}

/** Yes for every child, said alone: an optional yes, then both / 两个都… (or 都约 after a yes). */
const BOTH_REPLY =
  /^(?:(?:yes|yeah|yep|sure|ok|okay|please|great|好|好的|好啊|好呀|好吧|行|可以|嗯|是的|对|那)[\s,，.!！。~]*)*(?:(?:(?:book|do|for) (?:it for )?)?both(?: of them| kids| children| please)?|(?:两个|俩)(?:孩子|娃|宝宝)?(?:都|一起)(?:要|约|订|去|报)?|(?<=[\s,，.!！。~]|^(?:yes|ok|okay|好的?|行|可以|嗯)\s*)都(?:要|约|订))[\s,，.!！。~]*(?:please|吧|呀|啊|谢谢|thanks|thank you)?[\s.!！。~]*$/;

/**
 * A parent at the end of their tether ("I'm so 崩溃 today 一个人带娃", "老公都不帮忙 快崩溃了"): said, not asked for. A day or
 * "带娃" in it is the setting, not a search; the answer is support (parent wellbeing), unless places are asked for.
 */
const VENTING = PARENT_DISTRESS;
/** What still asks for something in such a message. */
// ("怎么" about themselves — "我怎么控制不住自己" —, "没人帮我" and "can't" — "I can't cope" — ask for nothing.)
const STILL_ASKS =
  /[?？]|吗|(?<!怎)么|嘛|能不能|可不可以|有没有|(?<!没人|没有人|不)帮我|(?<![a-z])(?:can(?![a-z'’])|could|any|is there|are there|please|book)(?![a-z])/;

/** Messages longer than this are cut: nobody books childcare in an essay, and regexes stay fast. */
const MAX_CHARS = 2000;

/** The search facts of a (prepared) text: day, part of day, place, kind of care. */
function searchSlots(t: string, ctx: UnderstandContext, skip: Array<[number, number]> = []): Slots {
  const slots: Slots = {};
  let forDates = t;
  for (const [from, to] of skip) forDates = forDates.slice(0, from) + ' '.repeat(to - from) + forDates.slice(to);
  const dates = parseDates(forDates, ctx.now, ctx.timeZone);
  if (dates.dateRange) {
    slots.dateRange = dates.dateRange;
    slots.dateText = dates.dateText;
  }
  const part = parsePartOfDay(t);
  if (part) slots.partOfDay = part;
  Object.assign(slots, parsePlace(t));
  Object.assign(slots, parseService(t));
  return slots;
}

/** "book 1", "约 3", "预约2" → the number, when one follows a booking verb directly. */
function numberAfterVerb(t: string): number | undefined {
  const m = /(?:book|reserve|take|约|订|预约|预定)\s*(?:no\.?|number|#|第)?\s*(\d{1,2})(?!\d|\s*(?:月|号|日|点|岁|个月|:|\/|-|\.\d|th|st|nd|rd))/i.exec(t);
  return m ? Number(m[1]) : undefined;
}

/** What one piece of text asks for: intent and slots, with denials masked and children found. */
function read(original: string, t: string, ctx: UnderstandContext): { intent: Intent; confidence: number; slots: Slots } {
  const neg = findNegations(t);
  const birth = parseBirthDate(neg.positive, ctx.now, ctx.timeZone);
  // Every birth date is a birth date, never the day asked for ("Leo born 2024-03-02 and Mia born 2025-06-10. Any spots Sunday?").
  const births = findBirthDates(neg.positive, ctx.now, ctx.timeZone);
  const birthSpans = births.length > 1 ? births.map((b) => b.span) : birth.span ? [birth.span] : [];
  const slots: Slots = { ...searchSlots(neg.positive, ctx, birthSpans) };
  if (birth.birthDate) slots.birthDate = birth.birthDate;
  const forAge = birth.span
    ? neg.positive.slice(0, birth.span[0]) + ' '.repeat(birth.span[1] - birth.span[0]) + neg.positive.slice(birth.span[1])
    : neg.positive;
  Object.assign(slots, parseAge(forAge));
  const ordinal = parseOrdinal(t);
  // "Saturday the 5th" is a day of the month, not the fifth item of a list.
  if (ordinal !== undefined && !(slots.dateText && new RegExp(`(?<!\\d)${ordinal}(?:st|nd|rd|th)`).test(slots.dateText))) slots.ordinal = ordinal;
  const pick = numberAfterVerb(t);
  if (pick !== undefined) slots.pick = pick;
  const ref = parseBookingRef(original);
  if (ref) slots.bookingRef = ref;
  const children = parseChildren(t, ctx.now, ctx.timeZone, original);
  if (children) slots.children = children;
  const parsedOrder = children ? undefined : parseOrderedName(t);
  // "老大快四岁了": 快 / 才 / 刚 begin the age, not a name; the birth order stays.
  const ordered = parsedOrder?.name && AGE_QUALIFIER.test(parsedOrder.name) ? { birthOrder: parsedOrder.birthOrder } : parsedOrder;
  const name =
    (ordered && 'name' in ordered ? ordered.name : undefined) ??
    parseChildName(t, original, birth.span?.[0]) ??
    (ctx.childNames?.length ? undefined : nameWithAge(original));
  if (name) slots.childName = nameAsWritten(name, original);
  const mention = findChildMention(original, ctx.childNames) ?? (ordered ? { birthOrder: ordered.birthOrder } : undefined);
  if (mention) slots.child = mention;
  const several = mention ? [] : namedChildren(original, ctx.childNames);
  if (several.length > 1) slots.namedChildren = several;
  // "老大老二这周日都想去翔安", "老大老三 一起去湖里": two birth-order words for one request are both children, not the first.
  const orders = (ctx.childNames?.length ?? 0) > 1 && TOGETHER.test(t) ? birthOrdersIn(original, ctx.childNames) : [];
  if (orders.length > 1 && slots.child?.birthOrder !== undefined) {
    slots.orderedChildren = orders;
    delete slots.child;
    delete slots.childName;
  }
  // "語安跟哥哥下週六上午都要去", "Lily and her big sister both": a name and a birth-order or sibling word asked for
  // together are two children (the dialogue keeps them apart only if they are the same child).
  if (
    !slots.orderedChildren &&
    !slots.namedChildren &&
    slots.child?.name &&
    (ctx.childNames?.length ?? 0) > 1 &&
    TOGETHER.test(t) &&
    !siblingWordBeside(original, slots.child.name)
  ) {
    const withOrder = birthOrdersIn(original, ctx.childNames);
    if (withOrder.length > 0) {
      slots.namedChildren = [slots.child.name];
      slots.orderedChildren = withOrder;
      delete slots.child;
      delete slots.childName;
    }
  }
  const language = parseLanguageRequest(t);
  if (language) slots.language = language;
  // "双胞胎周六都去", "the twins": in a family of several, the twins are the children asked for together.
  if (ALL_CHILDREN.test(t) || ((TWINS.test(t) || THEM_ALL.test(t)) && (ctx.childNames?.length ?? 0) >= 2)) slots.allChildren = true;
  if (ALL_BOOKINGS.test(t)) slots.allBookings = true;
  // "the two older ones", "那就兩個小的" in a family of three: those two, not every child.
  const pair = pairByAge(t, ctx.childNames?.length ?? 0);
  if (pair) {
    slots.orderedChildren = pair;
    delete slots.allChildren;
    delete slots.child;
    delete slots.childName;
  }
  const point = findPointName(t, ctx.points);
  if (point) slots.pointCode = point;
  const found = findDateProblems(t, ctx.now, ctx.timeZone);
  // Quoted back as the parent wrote it ("31 November", not the lowercased "31 november").
  const asWritten = found && new RegExp(found.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i').exec(original)?.[0];
  const problem = found && asWritten ? { ...found, text: asWritten } : found;
  if (problem?.kind === 'ambiguous_date') {
    // "3/12": the sooner real reading is searched, and the reply says which was taken.
    if (slots.dateRange && slots.dateText?.includes(problem.text) && !slots.birthDate) {
      slots.dateRange = { from: problem.readings[0], to: problem.readings[0] };
      slots.dateProblem = problem;
    }
  } else if (problem) slots.dateProblem = problem;

  // What was denied, parsed on its own.
  const negated = neg.negated ? searchSlots(neg.negated, ctx) : {};
  const denied: NonNullable<Slots['negated']> = {};
  for (const k of ['dateRange', 'partOfDay', 'district', 'neighbourhood', 'kind', 'classTitle'] as const) {
    if (negated[k] !== undefined) (denied as Record<string, unknown>)[k] = negated[k];
  }
  const unavailable = neg.unavailable ? searchSlots(neg.unavailable, ctx) : {};
  if (unavailable.dateRange && !slots.dateRange) denied.dateRange ??= unavailable.dateRange;
  if (Object.keys(denied).length > 0) slots.negated = denied;
  if (neg.correction || Object.keys(denied).length > 0) slots.correction = true;

  // "双胞胎两个都要去 周六上午海沧": the twins named beside a day and a place are who a search is for; the word alone
  // ("双胞胎可以一起约吗") still asks about twins.
  const forTwins = slots.allChildren && TWINS.test(t) && slots.dateRange && (slots.district || slots.pointCode || slots.neighbourhood);
  const tc = forTwins ? t.replace(new RegExp(TWINS.source, 'g'), '孩子') : t;
  let { intent, confidence } = classifyIntent(tc, slots);
  // "Yes please, both", "好的 两个都要", "ok 都约": in a family of several, yes for every child (after a list, or to "which
  // child?") — a booking for all of them, not words the assistant does not understand.
  // (Under a search's list, "both of them" alone is the same search for every child — the list's own ask; a yes said
  // with it is the booking.)
  const saysYes = /^(?:yes|yeah|yep|sure|ok|okay|please|great|好|行|可以|嗯|是的|对)/i.test(t.trim());
  if ((ctx.childNames?.length ?? 0) > 1 && BOTH_REPLY.test(t.trim()) && (!ctx.searching || saysYes)) {
    intent = 'book';
    confidence = Math.max(confidence, 0.8);
    slots.allChildren = true;
  }
  // "Alex too please, same session", "and Leo as well": a registered child added to what was just asked, with no verb,
  // is the same request for that child.
  if ((intent === 'out_of_scope' || confidence < 0.45) && slots.child && (ctx.childNames?.length ?? 0) > 1 && ALONG_TOO.test(t) && !QUESTION_WORD.test(t)) {
    intent = 'book';
    confidence = 0.7;
  }
  // "周六那个不要了", "Saturday's one we don't need": a booking named and dropped is a cancellation.
  if (
    !['cancel', 'reschedule', 'complaint', 'human'].includes(intent) &&
    DROP_BOOKING.test(t) &&
    (slots.dateRange || slots.negated?.dateRange || neg.unavailable)
  ) {
    intent = 'cancel';
    confidence = 0.75;
    // The day dropped is the booking's day, not a day denied to a search.
    if (slots.negated?.dateRange) {
      slots.dateRange = slots.negated.dateRange;
      delete slots.negated.dateRange;
    }
  }
  // "等等 先别取消": a cancel word that keeps the booking.
  if ((intent === 'cancel' || intent === 'reschedule') && KEEP_BOOKING.test(t) && !slots.bookingRef) {
    intent = 'deny';
    confidence = 0.85;
  }
  // "把周日的取消了，改约周六上午湖里": the new day and place are a search, not a question about changing.
  if (intent === 'knowledge' && CHANGE_TO.test(t) && slots.dateRange && (slots.district || slots.partOfDay || slots.pointCode) && !QUESTION_WORD.test(t)) {
    intent = 'find_slots';
    confidence = 0.75;
  }
  // "wait 改成afternoon 她上午要睡觉" under a list: the search changed, told with its reason, not a question about naps.
  const changedTo = ctx.searching && intent === 'knowledge' && !QUESTION_WORD.test(t) ? CHANGED_TO.exec(t) : null;
  if (changedTo) {
    // What it is changed to is what follows the change word ("改成afternoon"), whatever the reason names after it (上午要睡觉).
    const to = searchSlots(changedTo[1]!, ctx);
    if (to.partOfDay) slots.partOfDay = to.partOfDay;
    if (slots.partOfDay || slots.dateRange || slots.district || slots.pointCode) {
      intent = 'find_slots';
      confidence = 0.75;
    }
  }
  // "Saturday morning in Huli for the twins please": a day and a place for the family's children is a search, whatever
  // parenting word names them ("twins"), unless it is asked as a question.
  if (
    intent === 'knowledge' &&
    (slots.allChildren || slots.child) &&
    slots.dateRange &&
    (slots.district || slots.pointCode) &&
    (!QUESTION_WORD.test(t) ||
      ((GO_OK.test(t) || AVAILABILITY_ASK.test(t) || PLACES_WORD.test(t)) && !POLICY_QUESTION.test(t) && !RULE_OR_HEALTH_QUESTION.test(t)))
  ) {
    intent = 'find_slots';
    confidence = 0.75;
  }
  // Booked, went, and found it shut or were sent away: a complaint, whatever hours or booking words it names.
  if (['knowledge', 'find_slots', 'book', 'my_bookings', 'out_of_scope', 'point_info'].includes(intent) && TURNED_AWAY.test(t) && BOOKED_IT.test(t)) {
    intent = 'complaint';
    confidence = Math.max(confidence, 0.85);
  }
  // A grievance about what staff did is a complaint, even when it names a parenting topic (尿布, naps) or asks for a
  // manager too ("叫你们负责人出来 老师态度太差"): the ticket's reason is the complaint, the person comes with it.
  if (['knowledge', 'find_slots', 'book', 'can_attend', 'out_of_scope', 'human'].includes(intent) && STAFF.test(t) && GRIEVANCE.test(t)) {
    intent = 'complaint';
    confidence = Math.max(confidence, 0.8);
  }
  if (['human', 'find_slots', 'book', 'out_of_scope'].includes(intent) && STAFF_DUTY_ASKED.test(t) && !PERSON_ASKED.test(t) && slots.pick === undefined) {
    intent = 'knowledge';
    confidence = 0.7;
  }
  // Joining a waitlist asked about during a pause for no-shows ("被暂停预约了 这段时间还能加候补吗", "paused for missed
  // bookings - can I still go on a waitlist?"): the pause rule, answered, not the waitlist flow.
  if (ACTION_INTENTS.has(intent) && PAUSED_WAITLIST.test(t) && ASKS_WHETHER.test(t)) {
    intent = 'knowledge';
    confidence = 0.75;
  }
  // "can't make it Saturday, please cancel": the day they cannot make is the booking to cancel.
  if ((intent === 'cancel' || intent === 'reschedule') && !slots.dateRange && unavailable.dateRange) {
    slots.dateRange = unavailable.dateRange;
    slots.dateText = unavailable.dateText;
    if (slots.negated?.dateRange === unavailable.dateRange) delete slots.negated.dateRange;
  }
  // "are they both booked now?", "两个都book好了?", "约上了吗": whether what was asked for is booked is a look at the bookings.
  if (['book', 'find_slots', 'knowledge', 'affirm'].includes(intent) && BOOKED_CHECK.test(t) && !slots.district && !slots.pointCode && !slots.partOfDay) {
    intent = 'my_bookings';
    confidence = 0.8;
  }
  // "both of them", "两个都要" answering "which child?" under a list: the same search, for every child.
  if (
    ['knowledge', 'affirm', 'help', 'out_of_scope'].includes(intent) &&
    slots.allChildren &&
    ctx.searching &&
    t.trim().length <= 24 &&
    !QUESTION_WORD.test(t)
  ) {
    intent = 'find_slots';
    confidence = 0.75;
  }
  // "周六思明那个 改到湖里吧 时间不变", "move Saturday's one to Huli": a booking named and sent to another place is a move.
  const placeMove = MOVE_PLACE.exec(t);
  if (!['cancel', 'reschedule', 'complaint', 'human'].includes(intent) && placeMove && !/[?？]|吗|么/.test(t)) {
    const after = t.slice(placeMove.index + placeMove[0].length);
    if (parsePlace(after).district || findPointName(after, ctx.points)) {
      intent = 'reschedule';
      confidence = 0.8;
    }
  }
  // "周六的改到周日", "move my Saturday booking to Sunday": the new day is the one after the verb.
  if (intent === 'reschedule') {
    const to = /改到|改成|换到|换成|调到|挪到|移到|(?<![a-z])(?:to|for|into)(?![a-z])/.exec(neg.positive);
    // "朵朵和果果周六都约了 把果果的改到周日", "Leo's Saturday - can it be moved to the afternoon? Mia's stays": of the
    // children named, the one in the clause that moves a booking is the one whose booking moves.
    if (slots.namedChildren && !slots.child) {
      const verb = /改到|改成|换到|换成|调到|挪到|移到|(?<![a-z])(?:moved?|changed?|switch(?:ed)?)(?![a-z])/.exec(t);
      const clauseStart = verb ? Math.max(0, ...[...t.slice(0, verb.index).matchAll(/[，,。.;；?？!！]|\s(?=把)/g)].map((m) => m.index! + m[0].length)) : -1;
      const inClause = verb ? slots.namedChildren.filter((n) => t.slice(clauseStart, verb.index).includes(toSimplified(n).toLowerCase())) : [];
      if (inClause.length === 1) {
        slots.child = { name: inClause[0]! };
        delete slots.namedChildren;
      }
    }
    const target = to ? parseDates(neg.positive.slice(to.index + to[0].length), ctx.now, ctx.timeZone) : undefined;
    const source = to ? parseDates(neg.positive.slice(0, to.index), ctx.now, ctx.timeZone) : undefined;
    if (source?.dateRange) slots.movedFrom = source.dateRange;
    if (target?.dateRange) {
      slots.dateRange = target.dateRange;
      slots.dateText = target.dateText;
    }
    // "…思明那个 改到湖里": the new place is the one after the verb, not the booking's own place before it.
    const after = to ? neg.positive.slice(to.index + to[0].length) : '';
    const place = parsePlace(after);
    const pointAfter = findPointName(after, ctx.points);
    if (place.district || pointAfter) {
      delete slots.neighbourhood;
      delete slots.pointCode;
      if (place.district) slots.district = place.district;
      if (place.neighbourhood) slots.neighbourhood = place.neighbourhood;
      if (pointAfter) slots.pointCode = pointAfter;
    }
  }
  // "can I bring her to Huli on Saturday?", "下周六下午能带她去思明那边吗": taking the child to a place named asks to go
  // there (a search); only what remains once that is set aside can make it a question about the service.
  const place = Boolean(slots.district || slots.neighbourhood || slots.pointCode);
  const tq = place ? tc.replace(BRINGS_THERE_ALL, ' ') : tc;
  return reinterpret({ intent, confidence, slots }, { original, t, tq, place }, ctx);
}

/**
 * Deterministic reading of one parent message: language and script, intent
 * and slots (dates resolved in the service zone; what the parent denied kept
 * apart), the children it mentions, and — when it holds several requests —
 * each of them. Pure: no I/O, no clock.
 */
export function understand(text: string, ctx: UnderstandContext): Understanding {
  return withoutHealthStorySearch(understandWords(text, ctx), text);
}

function understandWords(text: string, ctx: UnderstandContext): Understanding {
  const original = (text ?? '').slice(0, MAX_CHARS);
  const lang = detectLanguage(original, ctx.previousLang);
  const locale = lang === 'zh' ? chineseLocaleOf(original, ctx.previousLocale) : 'en';
  const t = prepareText(original);
  const whole = read(original, t, ctx);
  // "I'm so 崩溃 today 一个人带娃", "老公都不帮忙 每天自己顾小孩 快崩溃了": distress told in full, asking for nothing, is answered
  // with support, not a search for the day it names. Read on the whole message only: a part of a longer one ("好累 周六能帮我
  // 约个半日托吗", "…要疯了 能不能有个人跟我说说话") is the story of what it asks.
  const venting =
    (SEARCHES.has(whole.intent) || whole.intent === 'help' || (whole.intent === 'out_of_scope' && !whole.slots.outOfScopeRequest)) &&
    VENTING.test(t) &&
    !STILL_ASKS.test(t) &&
    !AVAILABILITY_ASK.test(t) &&
    // (A place where the family lives or works, told with no booking word — "我跟老公在集美厂里三班倒 周末也要上 … 是不是
    // 我们不配当爸妈" — is the story too.)
    !(whole.slots.pointCode || whole.slots.partOfDay || ((whole.slots.district || whole.slots.neighbourhood) && BOOKING_SIGNAL.test(t)));
  if (venting) {
    whole.intent = 'knowledge';
    whole.confidence = 0.6;
  }
  const out: Understanding = { lang, locale, ...whole };
  const swap = asChildSwap(t, ctx.childNames ?? [], whole.slots);
  if (swap) {
    out.intent = 'reschedule';
    out.confidence = 0.8;
    out.slots = swap;
    return out;
  }

  // Several requests in one message: each segment read on its own, neighbours of one kind joined.
  // An outside request told in pieces ("我們公司週日想租你們的場地辦活動 要怎麼預約") is one request: its "怎么预约" asks about it.
  // "周六思明那个 改到湖里吧 时间不变": a booking sent to another place is one request, not "周六思明" and a question.
  const oneMove = whole.intent === 'reschedule' && MOVE_PLACE.test(t);
  // "雙胞胎 姊姊叫安妮 弟弟叫安哲 都是…生的": several children registered together are one request, whatever else it says.
  const registering = whole.slots.children !== undefined && whole.slots.children.length > 1 && !CHANGES.has(whole.intent);
  // The child on an outing, or a choice between kinds of care, told in pieces ("下周六带娃去曾厝垵逛逛 人很多 要注意啥") is one question.
  // (…unless the parent numbered the questions: "1) is the trial class free? 2) … wind on the ferry, what cream…" are two.)
  const oneQuestion = whole.intent === 'knowledge' && (asksAboutOuting(t) || asksCareChoice(t)) && !listedItems(original);
  const segments = venting || whole.slots.outOfScopeRequest || oneMove || registering || oneQuestion ? [original] : splitSegments(original, ctx.childNames);
  // "1) … 2) …", "一是…二是…": questions the parent numbered are each a question of their own.
  const listed = segments.length > 1 && listedItems(original) !== undefined;
  if (segments.length > 1) {
    const parts: SegmentPart[] = [];
    // Whom a search is for was told after it ("…有位无 要带阮孙仔去 伊两岁"): the message is that search.
    let searchFor = false;
    for (const seg of segments) {
      const prepared = prepareText(seg);
      const r = read(seg, prepared, { ...ctx, searching: ctx.searching || parts.some((p) => p.family === 'booking') });
      const sorted = segmentFamily({ prepared, r, t, whole, parts, ctx });
      const family = sorted.family;
      if (sorted.searchFor) searchFor = true;
      const searchOwn = ['find_slots', 'book', 'join_waitlist', 'more'].includes(r.intent);
      const prev = parts.at(-1);
      // Within bookings, a change to an existing booking and a new search are two requests ("取消周日的，再帮我看看下周六"),
      // and so are requests for two different children ("朵朵约周六上午，果果约周日上午").
      const distinct =
        (prev?.family === 'booking' &&
          family === 'booking' &&
          (CHANGES.has(prev.intent) !== CHANGES.has(r.intent) ||
            // A lookup of a booking and a new search are two requests ("我周六约的是哪个点？周日下午还想再约一个").
            (prev.intent === 'my_bookings') !== (r.intent === 'my_bookings') ||
            (!!prev.slots.child && !!r.slots.child && prev.intent !== 'register_child' && JSON.stringify(prev.slots.child) !== JSON.stringify(r.slots.child)) ||
            // Two searches, each with its own day and place ("周六湖里和周日思明", "Saturday in Huli and Sunday in Siming").
            (SEARCHES.has(prev.intent) &&
              SEARCHES.has(r.intent) &&
              !!prev.slots.dateRange &&
              !!r.slots.dateRange &&
              !!(prev.slots.district || prev.slots.pointCode) &&
              !!(r.slots.district || r.slots.pointCode) &&
              (prev.slots.district !== r.slots.district ||
                prev.slots.pointCode !== r.slots.pointCode ||
                JSON.stringify(prev.slots.dateRange) !== JSON.stringify(r.slots.dateRange))))) ||
        (listed && prev?.family === 'question' && family === 'question') ||
        // Two questions, each asked in full ("半日托要带午饭吗？还有可以提前多久约"): each is answered.
        (prev?.family === 'question' &&
          family === 'question' &&
          prev.intent === 'knowledge' &&
          r.intent === 'knowledge' &&
          // ("how much does it cost and can grandma pick her up?": the second question, asked in full with its mark, is one
          // even when its words alone name no topic the rules know.)
          (Math.min(r.confidence, prev.confidence) >= 0.7 || (Math.max(r.confidence, prev.confidence) >= 0.7 && OWN_QUESTION.test(seg.trim()))) &&
          twoQuestions(prev.text, seg));
      if (prev && !distinct && (prev.family === family || family === 'other' || family === 'talk' || (r.confidence < 0.6 && family !== 'question'))) {
        prev.text = `${prev.text} ${seg}`;
        // A search told in two pieces ("另外這週日下午 集美還有位子嗎") holds the facts of both: the place told in the
        // second piece is not lost because the first already read as a search.
        if (prev.family === 'booking' && family === 'booking') prev.slots = { ...r.slots, ...prev.slots };
        continue;
      }
      // "12/20 禮拜天 想帶小芽去新陽": a day told on its own just before the request it belongs to is that request's day.
      if (prev?.family === 'other' && family === 'booking' && searchOwn && prev.slots.dateRange && !r.slots.dateRange && !prev.slots.district) {
        const joined = `${prev.text} ${seg}`;
        const again = read(joined, prepareText(joined), ctx);
        if (again.slots.dateRange && requestFamily(again.intent) === 'booking') {
          parts[parts.length - 1] = { text: joined, intent: again.intent, confidence: again.confidence, slots: again.slots, family };
          continue;
        }
      }
      // A greeting or a story before a request is part of it ("上周六在江头 … 我很生气").
      if (prev?.family === 'talk' || (prev?.family === 'other' && family !== 'talk' && parts.length === 1)) {
        parts[parts.length - 1] = { text: `${prev.text} ${seg}`, ...r, family };
        continue;
      }
      parts.push({ text: seg, intent: r.intent, confidence: r.confidence, slots: r.slots, family });
    }
    const served = parts.filter((p) => p.family !== 'talk' && p.family !== 'other');
    // "我想反映一下 … 老師都沒幫孩子換尿布": a complaint whose story reads as a question on the whole is still the complaint.
    if (served.length === 1 && served[0]!.intent === 'complaint' && ['knowledge', 'find_slots', 'book', 'can_attend', 'my_bookings'].includes(out.intent)) {
      out.intent = 'complaint';
      out.confidence = served[0]!.confidence;
      return out;
    }
    if (searchFor && served.length === 1 && SEARCHES.has(served[0]!.intent) && !SEARCHES.has(out.intent)) {
      out.intent = served[0]!.intent;
      out.confidence = served[0]!.confidence;
      out.slots = { ...out.slots, ...served[0]!.slots };
      return out;
    }
    if (served.length > 1) {
      // "周六湖里和周日思明 上午都帮我看一下": a part of day or kind said once for several searches holds for each.
      const searches = served.filter((p) => SEARCHES.has(p.intent));
      // A search told in pieces ("周日思明 上午都帮我看一下") holds the facts of all its pieces.
      if (searches.length > 1) for (const p of searches) p.slots = { ...read(p.text, prepareText(p.text), ctx).slots };
      if (searches.length > 1) {
        for (const key of ['partOfDay', 'kind'] as const) {
          const said = [...new Set(searches.map((p) => p.slots[key]).filter((v) => v !== undefined))];
          if (said.length === 1) for (const p of searches) (p.slots as Record<string, unknown>)[key] ??= said[0];
        }
      }
      // A change told in pieces ("周六的帮他取消 朵朵照样去") is about the child its whole words name.
      for (const p of served) {
        if (!CHANGES.has(p.intent) || p.slots.child) continue;
        const child = read(p.text, prepareText(p.text), ctx).slots.child;
        if (child) p.slots = { ...p.slots, child };
      }
      const move = asMove(served);
      if (move) {
        out.intent = move.intent;
        out.slots = move.slots;
        out.confidence = 0.8;
        return out;
      }
      out.requests = served.map(({ text: s, intent, slots }) => ({ text: s, intent, slots }));
      const first = served[0]!;
      const firstRead = read(first.text, prepareText(first.text), ctx);
      out.intent = firstRead.intent;
      out.confidence = firstRead.confidence;
      out.slots = firstRead.slots;
    }
  }
  return out;
}
