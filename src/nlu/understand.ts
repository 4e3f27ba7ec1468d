import { namedQuestion } from './namedQuestion.ts';
import { praisesCarer } from './carerPraised.ts';
import { tellsSentHomeSick } from './sentHomeSick.ts';
import { blankModelDay, modelChild, sameAsBefore } from './sameAsBefore.ts';
import { followUpChange } from './followUpChange.ts';
import { readBookingChildren } from './bookingChildrenReading.ts';
import { describesNotComplains } from './describesNotComplains.ts';
import { PARENT_DISTRESS } from './lexicon/parentDistress.ts';
import { chineseLocaleOf } from '../i18n/languages.ts';
import { toSimplified } from '../text/chineseScript.ts';
import { classifyIntent } from './classifyIntent.ts';
import { detectLanguage } from './detectLanguage.ts';
import { findDateProblems } from './findDateProblems.ts';
import { findNegations } from './findNegations.ts';
import { applySelfCorrection, selfCorrection } from './selfCorrection.ts';
import { parseAge } from './parseAge.ts';
import { ageInMonthsFromBirthMonth, findBirthDates, parseBirthDate, parseBirthMonth } from './parseBirthDate.ts';
import { parseBookingRef } from './parseBookingRef.ts';
import {
  birthOrdersIn,
  childrenNotGoing,
  findChildMention,
  namedChildren,
  nameAsWritten,
  pairByAge,
  parseChildren,
  parseOrderedName,
} from './parseChildren.ts';
import { parseChildName } from './parseChildName.ts';
import { parseLanguageRequest } from './parseLanguageRequest.ts';
import { parseOrdinal } from './parseOrdinal.ts';
import { findPointName } from './findPointName.ts';
import { prepareText } from './prepareText.ts';
import { ARBITRATION } from './lexicon/index.ts';
import { listedItems, requestFamily, splitSegments } from './splitRequests.ts';
import { withoutHealthStorySearch } from './healthStory.ts';
import { asksAboutOuting } from './asksAboutOuting.ts';
import { asksCareChoice } from './asksCareChoice.ts';
import { questionsAskedFirst } from './asksBeforeBooking.ts';
import { planAskedAbout } from './plansAskedAbout.ts';
import { missAskedAbout } from './missAskedAbout.ts';
import { planToldBefore } from './planToldBefore.ts';
import { CHANGES, SEARCHES } from './intentGroups.ts';
import { reinterpret } from './reinterpret.ts';
import { REINTERPRET_RULES } from './reinterpretRules.ts';
import { BOOKING_MOVED, FIRST_READING_RULES, MOVE_PLACE } from './firstReadingRules.ts';
import { keepsWeekday, parseWeekShift } from './parseWeekShift.ts';
import { replacedSlots } from './replacedSlots.ts';
import { searchSlots } from './searchSlots.ts';
import { withoutReason } from './reasonTold.ts';
import { type SegmentPart, segmentFamily, sessionToldFull } from './segmentFamilies.ts';
import type { Intent, Slots, UnderstandContext, Understanding } from './types.ts';
import { PLACES_ASKED, QUESTION_WORD, asksWithoutParticle } from './askingWords.ts';

export type { Intent, Slots, Understanding, UnderstandContext, Lang, Locale } from './types.ts';
export { hasSearchSlots } from './hasSearchSlots.ts';

/** Papers that say who the family is (台胞证, 回乡证, 户口, a passport): a question naming them asks who may use the service. */
const IDENTITY_PAPERS =
  /台胞证|回乡证|通行证|身份证|户口|户籍|护照|居住证|(?<![a-z])(?:hukou|passport|home return permit|taiwan compatriot|residence permit)(?![a-z])/;
/** A person asked for in so many words ("我想找真人客服 问一下…台胞证…"): that request stands beside the question, not inside it. */
const PERSON_ASKED = /(?:找|要|转|联系|接)(?:个|一个|位|一位)?(?:真人|人工|客服|工作人员)|转人工|真人客服|人工客服/;

const { availabilityAsk: AVAILABILITY_ASK, allChildren: ALL_CHILDREN, bookingSignal: BOOKING_SIGNAL, bringsThere: BRINGS_THERE } = ARBITRATION;
const BRINGS_THERE_ALL = new RegExp(BRINGS_THERE.source, 'gi');

/**
 * Two questions asked one after the other ("半日托要带午饭吗？还有可以提前多久约", "is there a deposit? will you
 * charge me if…"): the first closes as a question, the second opens with a connector or is a question too.
 * Anything looser is one question told in pieces ("户口在江西 在湖里租房 孩子能去吗").
 */
const ZH_QUESTION_END = /(?:吗|么|嘛)$/;
/** A part closed by a question particle, or by a dialect's closing 伐/X不/了没 ("…开门伐", "…要得不"). */
const endsAsQuestion = (part: string): boolean => ZH_QUESTION_END.test(part) || asksWithoutParticle(part.slice(-4));
// ("And is it normal…" after a question with its mark: the second question, its "and" only joining them.)
const EN_QUESTION_START = /^(?:(?:and|also|plus),?\s+)?(?:is|are|do|does|did|can|could|will|would|should|what|how|when|where|which|who|why)(?![a-z])/i;
const NEXT_QUESTION = /^(?:还有|另外|顺便|再问|以及|还想问|也想问|(?:and|also|btw)(?![a-z]))/i;
/** The questions that can stand as one of two asked in a message. */
const ASKED_APART: ReadonlySet<Intent> = new Set<Intent>(['knowledge', 'can_attend', 'point_info']);

/** Whether the message announced this part as another question ("…吗 另外两岁的孩子一天看多久电视合适"). */
function announced(part: string, whole: string): boolean {
  const at = whole.indexOf(part.trim());
  return at > 0 && ANNOUNCED_BEFORE.test(whole.slice(0, at));
}

/** A Chinese question asked with a question word rather than a closing particle ("一天看多久电视合适", "要带什么"). */
const ZH_QUESTION_WORD =
  /多久|多长时间|多少|几(?:个|次|岁|点|天|小时|分钟|回)|怎么|怎样|如何|什么|啥|哪(?:里|儿|个|些|天)|是否|能不能|可不可以|要不要|合适|行不行/;
/** The words that announce a second question ("另外", "顺便问一下", "还有个问题"), just before it in the message. */
const ANNOUNCED_BEFORE =
  /(?:另外|[顺順]便(?:[问問](?:一)?下)?|[还還]有(?:一)?[个個]?[问問][题題]|[还還]想[问問](?:一下|下)?|也想[问問](?:一下|下)?|[对對]了)[,，:：\s]*$/;

function twoQuestions(firstAsWritten: string, secondAsWritten: string, wholeAsWritten = ''): boolean {
  // (Traditional writers ask two questions the same way: "…嗎 另外…多久".)
  const [first, second, whole] = [firstAsWritten, secondAsWritten, wholeAsWritten].map(toSimplified) as [string, string, string];
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
  const asks = endsAsQuestion(b) || /[?？]\s*$/.test(second) || EN_QUESTION_START.test(b);
  if (asked && asks) return true;
  return (
    (endsAsQuestion(a) && (NEXT_QUESTION.test(b) || endsAsQuestion(b) || (announced(second, whole) && (ZH_QUESTION_WORD.test(b) || asksWithoutParticle(b))))) ||
    (EN_QUESTION_START.test(a) && EN_QUESTION_START.test(b))
  );
}

/**
 * A question asked in full with its own subject and mark ("can grandma pick her up afterwards?"), not a part ("how much per
 * day?") nor one about what was just said ("is that ok overnight?", "is there a reminder?").
 */
const OWN_QUESTION =
  /^(?:and\s+)?(?:can|could|may|does|do|is|are|should|will)\s+(?!(?:that|this|it|they|those|these|there|she|he|we|i|you)\b)\S+\s+\S+.*[?？]$/i;

/** "book them both", "the two of them": every child of a family of several. */
const THEM_ALL = /(?<![a-z])(?:them both|the two of them|them all|all three of them)(?![a-z])/;
/** Several children asked for together ("都", "一起", "两个", "both"). */
const TOGETHER = /都|一起|两个|俩|(?<![a-z])(?:both|together)(?![a-z])/;
const TWINS = /双胞胎|龙凤胎|(?<![a-z])twins(?![a-z])/;
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

/**
 * "oops we booked the wrong kid - sunday should be for Leo, not Emma", "约错孩子了 应该是果果 不是朵朵": a booking made for
 * one child that was meant for the other is that booking given to the other (the swap above), told as a correction (round 54).
 */
function asWrongChildSwap(t: string, childNames: string[], slots: Slots): Slots | undefined {
  // ("搞错了 是妞妞 不是豆豆" after a list corrects the search's child: only a booking told as made is given over.)
  if (childNames.length < 2 || !WRONG_CHILD.test(t) || !BOOKING_MADE.test(t)) return undefined;
  const named = (n: string) => {
    const name = toSimplified(n)
      .toLowerCase()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(/^[a-z]/.test(name) ? `(?<![a-z])${name}(?![a-z])` : name).exec(t);
  };
  const denied = childNames.filter((n) => {
    const m = named(n);
    return m && /(?:不是|而不是|(?<![a-z])not(?: for)?)\s*$/.test(t.slice(Math.max(0, m.index - 10), m.index));
  });
  const meant = childNames.filter((n) => !denied.includes(n) && named(n));
  if (denied.length !== 1 || meant.length !== 1) return undefined;
  const { namedChildren: _n, correction: _c, negated: _g, orderedChildren: _o, ...kept } = slots;
  return { ...kept, movedChild: { name: denied[0]! }, child: { name: meant[0]! }, ...(slots.dateRange ? { movedFrom: slots.dateRange } : {}) };
}

/** A booking told as made ("约错了", "订的", "we booked", "her spot"). */
const BOOKING_MADE = /[约約订訂]|预约|預約|报名|報名|(?<![a-z])(?:booked|booking|reserved|reservation|spot|place|slot|session)(?![a-z])/;

/** A booking told as made for the wrong child ("booked the wrong kid", "should be for Leo", "约错孩子了", "应该是果果"). */
const WRONG_CHILD =
  /[约約订訂报報]错|[约約订訂报報]成了|错了|錯了|应该是|應該是|(?<![a-z])(?:wrong (?:kid|child|one|name)|should (?:be|have been) for|meant (?:it )?for|was (?:meant|supposed to be) for)(?![a-z])/;

/** The same booking again, for a child named with 也 / too ("果果也约一个一样的", "Leo too please, the same one"). */
const SAME_AS_SIBLING =
  /也.{0,6}(?:一样|同样)的?(?:$|[\s,，。.!！~]|吧|啊|呀|哦|那个|场)|(?<![a-z])(?:the )?same (?:one|session|slot|thing|booking)(?: for| too| as well|$)|(?<![a-z])too,? (?:the )?same (?:one|session|slot|thing|booking)(?![a-z])/;

/** The question asked after its setting (a session the parent may miss, a family plan): served alone, nothing else. */
function onlyTheQuestion(out: Understanding, text: string): Understanding {
  out.intent = 'knowledge';
  out.confidence = 0.8;
  out.slots = {};
  out.requests = [{ text, intent: 'knowledge', slots: {} }];
  return out;
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

/** "book 1", "约 3", "预约2" → the number, when one follows a booking verb directly. */
function numberAfterVerb(t: string): number | undefined {
  const m = /(?:book|reserve|take|约|订|预约|预定)\s*(?:no\.?|number|#|第)?\s*(\d{1,2})(?!\d|\s*(?:月|号|日|点|岁|个月|:|\/|-|\.\d|th|st|nd|rd))/i.exec(t);
  return m ? Number(m[1]) : undefined;
}

const blank = (text: string, [from, to]: [number, number]) => text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);

/** What one piece of text asks for: intent and slots, with denials masked and children found. */
function read(original: string, t: string, ctx: UnderstandContext): { intent: Intent; confidence: number; slots: Slots } {
  const neg = findNegations(t);
  const birth = parseBirthDate(neg.positive, ctx.now, ctx.timeZone);
  // Every birth date is a birth date, never the day asked for ("Leo born 2024-03-02 and Mia born 2025-06-10. Any spots Sunday?").
  const births = findBirthDates(neg.positive, ctx.now, ctx.timeZone);
  const birthSpans = births.length > 1 ? births.map((b) => b.span) : birth.span ? [birth.span] : [];
  // ("same as this Saturday but for next Sunday": the model's day is not the day asked for when another is named.)
  const modelBlanked = blankModelDay(neg.positive);
  const forSearch = modelBlanked !== neg.positive && searchSlots(modelBlanked, ctx, birthSpans).dateRange ? modelBlanked : neg.positive;
  const slots: Slots = { ...searchSlots(forSearch, ctx, birthSpans) };
  // "Sunday in Haicang? Actually scratch that, Jimei", "周六 哦不对 周日": the later value replaces the earlier one.
  const fix = birthSpans.length ? undefined : selfCorrection(neg.positive, ctx);
  if (fix) applySelfCorrection(slots, fix);
  if (birth.birthDate) slots.birthDate = birth.birthDate;
  // "果果2024年3月出生", "born in March 2024": the month alone gives the age for a search; registering asks for the day.
  const month = birth.birthDate ? undefined : parseBirthMonth(neg.positive, ctx.now, ctx.timeZone);
  if (month) slots.birthMonth = month.birthMonth;
  const forAge = birth.span
    ? neg.positive.slice(0, birth.span[0]) + ' '.repeat(birth.span[1] - birth.span[0]) + neg.positive.slice(birth.span[1])
    : neg.positive;
  Object.assign(slots, parseAge(month ? blank(forAge, month.span) : forAge));
  if (month && slots.childAgeMonths === undefined) slots.childAgeMonths = ageInMonthsFromBirthMonth(month.birthMonth, ctx.now, ctx.timeZone);
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
  const ordered = parsedOrder && (!parsedOrder.name || AGE_QUALIFIER.test(parsedOrder.name)) ? { birthOrder: parsedOrder.birthOrder } : parsedOrder;
  const name =
    (ordered && 'name' in ordered ? ordered.name : undefined) ??
    parseChildName(t, original, birth.span?.[0] ?? month?.span[0]) ??
    // (A child named by birth order, '老二两岁了', is not also named by the words before the age.)
    (ctx.childNames?.length || ordered ? undefined : nameWithAge(original));
  if (name) slots.childName = nameAsWritten(name, original);
  const mention = findChildMention(original, ctx.childNames) ?? (ordered ? { birthOrder: ordered.birthOrder } : undefined);
  if (mention) slots.child = mention;
  const notGoing = mention?.name ? childrenNotGoing(original, ctx.childNames) : [];
  if (notGoing.length > 0) slots.childrenNotGoing = notGoing;
  const several = mention ? [] : namedChildren(original, ctx.childNames);
  // "Mia也要 same as Leo的那个": the child named as the model is not asked for; the other one is, with the model's booking.
  const model = several.length === 2 ? modelChild(original, several) : undefined;
  if (model) {
    const asked = several.find((n) => n !== model)!;
    slots.child = { name: asked };
    slots.modelChild = model;
    slots.samePlace = true;
    slots.sameTime = true;
  } else if (several.length > 1) slots.namedChildren = several;
  // "果果也约一个一样的", "Leo too, the same one": in a family of two, the one child named wants what the other has (round 54).
  else if (
    mention?.name &&
    ctx.childNames?.length === 2 &&
    SAME_AS_SIBLING.test(t) &&
    !slots.dateRange &&
    !slots.district &&
    !slots.pointCode &&
    !slots.partOfDay
  ) {
    const other = ctx.childNames.find((c) => toSimplified(c).toLowerCase() !== toSimplified(mention.name!).toLowerCase());
    if (other) {
      slots.modelChild = other;
      slots.samePlace = true;
      slots.sameTime = true;
    }
  }
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
  const change = followUpChange(t, slots);
  if (change) slots.followUpChange = change;
  Object.assign(slots, sameAsBefore(t));
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
  // (A point in a clause that turns it down — "江头那个太远了", "except Jiangtou" — is not the one asked for: see below.)
  const point = findPointName(neg.positive, ctx.points);
  if (point) slots.pointCode = point;
  const found = findDateProblems(t, ctx.now, ctx.timeZone);
  // Quoted back as the parent wrote it ("31 November", not the lowercased "31 november").
  const asWritten = found && new RegExp(found.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i').exec(original)?.[0];
  const problem = found && asWritten ? { ...found, text: asWritten } : found;
  if (problem?.kind === 'ambiguous_date') {
    // "3/12": the sooner real reading is searched, and the reply says which was taken.
    // (dateText is read from the prepared, lowercased text; the problem is quoted as written: "Saturday the 6th".)
    if (slots.dateRange && slots.dateText?.includes(problem.text.toLowerCase()) && !slots.birthDate) {
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
  const deniedPoint = neg.negated ? findPointName(neg.negated, ctx.points) : undefined;
  if (deniedPoint) {
    denied.pointCode = deniedPoint;
    // A point's neighbourhood shares its name (江头): turning the point down keeps its district.
    delete denied.neighbourhood;
    delete denied.district;
  }
  // "the week after", "推迟一周": the days searched, a week later — not a day of their own ("再下一周" is not next week).
  // "next weekend then, same day": the weekday searched before, in the days now named (conversation/search/mergeSearch.ts).
  if (slots.dateRange && slots.dateRange.from !== slots.dateRange.to && keepsWeekday(neg.positive)) slots.sameWeekday = true;
  const weekShift = parseWeekShift(neg.positive);
  if (weekShift !== undefined) {
    slots.weekShift = weekShift;
    delete slots.dateRange;
    delete slots.dateText;
  }
  // "周六改周日", "上午换成下午": the value after the change verb replaces the one before it, which is denied.
  const swap = replacedSlots(neg.positive, ctx, slots);
  if (swap) {
    if (swap.now.district || swap.now.neighbourhood || swap.now.pointCode) {
      delete slots.district;
      delete slots.neighbourhood;
      delete slots.pointCode;
    }
    if (swap.now.kind) delete slots.classTitle;
    Object.assign(slots, swap.now);
    for (const k of ['dateRange', 'partOfDay', 'district', 'neighbourhood', 'kind', 'classTitle'] as const) {
      if (swap.old[k] !== undefined && denied[k] === undefined) (denied as Record<string, unknown>)[k] = swap.old[k];
    }
  }
  const unavailable = neg.unavailable ? searchSlots(neg.unavailable, ctx) : {};
  if (unavailable.dateRange && !slots.dateRange) denied.dateRange ??= unavailable.dateRange;
  // "上午不行 她要睡觉 下午吧": the part of the day they cannot make, beside another, is that part turned down.
  if (unavailable.partOfDay && slots.partOfDay && slots.partOfDay !== unavailable.partOfDay) denied.partOfDay ??= unavailable.partOfDay;
  if (Object.keys(denied).length > 0) slots.negated = denied;
  if (neg.correction || Object.keys(denied).length > 0) slots.correction = true;

  // "双胞胎两个都要去 周六上午海沧": the twins named beside a day and a place are who a search is for; the word alone
  // ("双胞胎可以一起约吗") still asks about twins.
  const forTwins = slots.allChildren && TWINS.test(t) && slots.dateRange && (slots.district || slots.pointCode || slots.neighbourhood);
  const tc = forTwins ? t.replace(new RegExp(TWINS.source, 'g'), '孩子') : t;
  const { intent, confidence } = classifyIntent(tc, slots, { searching: ctx.searching, partOfMessage: ctx.partOfMessage });
  // The classifier's reading, corrected by what booking, family and grievance words mean here (firstReadingRules.ts).
  const first = reinterpret(
    { intent, confidence, slots },
    { original, t, positive: neg.positive, unavailableSaid: Boolean(neg.unavailable), unavailable },
    ctx,
    FIRST_READING_RULES,
  );
  // "can I bring her to Huli on Saturday?", "下周六下午能带她去思明那边吗": taking the child to a place named asks to go
  // there (a search); only what remains once that is set aside can make it a question about the service.
  const place = Boolean(slots.district || slots.neighbourhood || slots.pointCode);
  const tq = place ? tc.replace(BRINGS_THERE_ALL, ' ') : tc;
  return reinterpret(first, { original, t, tq, place }, ctx, REINTERPRET_RULES);
}

/**
 * Deterministic reading of one parent message: language and script, intent
 * and slots (dates resolved in the service zone; what the parent denied kept
 * apart), the children it mentions, and — when it holds several requests —
 * each of them. Pure: no I/O, no clock.
 */
/** A question that names nothing but asks what to do ("我要做什么", "怎么办", "要怎么换", "what should I do?"). */
const BARE_WHAT_TO_DO =
  /^(?:那|所以)?\s*(?:我|我们)?(?:现在)?(?:要|该|应该|得|需要)?(?:怎么办|做什么|干什么|怎么做|怎么弄|咋办|咋整|怎么处理|(?:怎么|如何|怎样)(?:换|改|调|操作))(?:呢|啊|呀|吗)?[?？!！。]*$|^(?:so |then )?what (?:should|do|can|shall) (?:i|we) do(?: now| then)?[?!.]*$/;

/** A day as parents name it, alone ("礼拜六", "这周日", "next sunday"): with a child's name before it, that child's search. */
const DAY_ONLY = /^\s*(?:的|要|去|约|(?:on|for)\s+)?\s*(?:(?:这|下|本)?(?:周|星期|礼拜)[六日天]|(?:this |next )?(?:satur|sun)day)\s*$/i;
const childAndDayAlone = (prepared: string, names: string[]): boolean => {
  const escaped = names.filter((n) => n.trim()).map((n) => n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (names.length < 2 || escaped.length === 0) return false;
  const m = new RegExp(`^\\s*(?:${escaped.join('|')})(?![a-z])`, 'i').exec(prepared);
  return m !== null && DAY_ONLY.test(prepared.slice(m[0].length));
};

/** The waitlist asked for in case the session asked about is full ("if it's full, put her on the waiting list", "没有的话帮我排候补"). */
const IF_FULL_WAITLIST =
  /(?<![a-z])if (?:it'?s|it is|they'?re|they are|that'?s|there'?s|there is|no)\b[^.?!]{0,24}?(?:full|booked up|no (?:room|space|places?|spots?))[^.?!]{0,6}?[,\s]+(?:then\s+)?(?:please\s+)?(?:put|add|sign|get|join)\b[^.?!]{0,24}?(?:wait ?list|waiting list)|(?:没有|没位|满了?)(?:的话|就)[^。？?]{0,8}?(?:排候补|候补|排队|(?<![a-z])wait ?list)/;

/** "都要…", "一起", "both": what follows holds for every child named. */
const BOTH_WORD = /都|一起|(?<![a-z])(?:both|all|each)(?![a-z])/;

export function understand(text: string, ctx: UnderstandContext): Understanding {
  // "…went fine. anyway my question: …": the question the parent marks is the request; the story before it asks nothing.
  const asked = namedQuestion(text) ?? text;
  return withoutHealthStorySearch(understandWords(asked, ctx), asked);
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
  // ("Mia也要 跟Leo的一样": a booking for one child like another's is a booking, whatever the words around it.)
  if (whole.slots.modelChild && (whole.intent === 'out_of_scope' || whole.intent === 'help')) {
    whole.intent = 'book';
    whole.confidence = 0.8;
  }
  const out: Understanding = { lang, locale, ...whole };
  // "哎呀我搞错了 礼拜天他上午要睡觉 下午才行", "I booked the wrong time - he naps in the mornings. can you switch it to the
  // afternoon?": read as a question only for the nap or the jab given as the reason; with the reason set aside the message
  // is a booking request (a search, a change), and that is what it asks — round 50.
  // (Only in a correction: "Leo下周二要去打疫苗 周六能去吗" asks whether he may come after the jab.)
  const reasonless = whole.intent === 'knowledge' && whole.slots.correction ? withoutReason(t) : undefined;
  if (reasonless) {
    const again = read(reasonless, reasonless, ctx);
    if (requestFamily(again.intent) === 'booking' && again.confidence >= 0.6) {
      out.intent = again.intent;
      out.confidence = again.confidence;
      out.slots = { ...again.slots, ...(whole.slots.correction ? { correction: true } : {}) };
      return out;
    }
  }
  const swap =
    asChildSwap(t, ctx.childNames ?? [], whole.slots) ??
    // (With a list on screen the booking just made from it is corrected by the search — round 46's "约错了 是给果果的".)
    (ctx.searching ? undefined : asWrongChildSwap(t, ctx.childNames ?? [], whole.slots));
  if (swap) {
    out.intent = 'reschedule';
    out.confidence = 0.8;
    out.slots = swap;
    return out;
  }
  const told = readBookingChildren(t, ctx, whole.slots);
  if (told) return { ...out, ...told, confidence: 0.8 };

  // Several requests in one message: each segment read on its own, neighbours of one kind joined.
  // An outside request told in pieces ("我們公司週日想租你們的場地辦活動 要怎麼預約") is one request: its "怎么预约" asks about it.
  // "周六思明那个 改到湖里吧 时间不变": a booking sent to another place is one request, not "周六思明" and a question.
  // ("剛剛那個取消 改約下禮拜六同一個時間": the booking just made, cancelled to be made again, is one move as well.)
  const oneMove = whole.intent === 'reschedule' && (MOVE_PLACE.test(t) || BOOKING_MOVED.test(t));
  // "雙胞胎 姊姊叫安妮 弟弟叫安哲 都是…生的": several children registered together are one request, whatever else it says.
  const registering = whole.slots.children !== undefined && whole.slots.children.length > 1 && !CHANGES.has(whole.intent);
  // The child on an outing, or a choice between kinds of care, told in pieces ("下周六带娃去曾厝垵逛逛 人很多 要注意啥") is one question.
  // (…unless the parent numbered the questions: "1) is the trial class free? 2) … wind on the ferry, what cream…" are two.)
  const oneQuestion = whole.intent === 'knowledge' && (asksAboutOuting(t) || asksCareChoice(t)) && !listedItems(original);
  // "小孩只有台胞證 … 可以預約週末托育嗎 要帶什麼證件": whether a family with these papers may book, asked in pieces, is one
  // question about who may use the service — not a search for the coming weekend beside it (a place or a day of its own still is).
  const mayWeBook =
    whole.intent === 'knowledge' &&
    IDENTITY_PAPERS.test(t) &&
    !PERSON_ASKED.test(t) &&
    !whole.slots.district &&
    !whole.slots.pointCode &&
    !PLACES_ASKED.test(t) &&
    !listedItems(original);
  // A child sent home ill, or a carer praised, told in pieces ("…发烧了 老师打电话让我们接回去 这次算不算…") is one story.
  const oneStory = (whole.intent === 'knowledge' && tellsSentHomeSick(t)) || (whole.intent === 'thanks' && praisesCarer(t));
  const segments =
    venting || whole.slots.outOfScopeRequest || oneMove || registering || oneQuestion || mayWeBook || oneStory
      ? [original]
      : splitSegments(original, ctx.childNames);
  // "1) … 2) …", "一是…二是…": questions the parent numbered are each a question of their own.
  const listed = segments.length > 1 && listedItems(original) !== undefined;
  if (segments.length > 1) {
    const parts: SegmentPart[] = [];
    // Whom a search is for was told after it ("…有位无 要带阮孙仔去 伊两岁"): the message is that search.
    let searchFor = false;
    // A session told full ("…is full. How does the waitlist work?") was looked at already: the question after it is the request.
    let toldFull = false;
    for (const seg of segments) {
      const prepared = prepareText(seg);
      const r = read(seg, prepared, { ...ctx, searching: ctx.searching || parts.some((p) => p.family === 'booking'), partOfMessage: true });
      // "大宝礼拜六 小宝礼拜天 …": in a family of several, a child and a day told alone is that child's search, whatever the
      // child's name says elsewhere (大宝 is also a word of parenting questions) — round 51.
      if (requestFamily(r.intent) !== 'booking' && r.slots.child && r.slots.dateRange && childAndDayAlone(prepared, ctx.childNames ?? [])) {
        r.intent = 'find_slots';
        r.confidence = Math.max(r.confidence, 0.8);
      }
      const sorted = segmentFamily({ prepared, r, t, whole, parts, ctx });
      const family = sorted.family;
      if (sorted.searchFor) searchFor = true;
      if (family === 'other' && sessionToldFull({ prepared, r })) toldFull = true;
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
          // (whether a child may come, or where a point is, is a question of its own too: "免费吗？还有几个月的宝宝可以去",
          // "what's the address again? and is there parking nearby?".)
          ASKED_APART.has(prev.intent) &&
          ASKED_APART.has(r.intent) &&
          // ("how much does it cost and can grandma pick her up?": the second question, asked in full with its mark, is one
          // even when its words alone name no topic the rules know.)
          (Math.min(r.confidence, prev.confidence) >= 0.7 || (Math.max(r.confidence, prev.confidence) >= 0.7 && OWN_QUESTION.test(seg.trim()))) &&
          twoQuestions(prev.text, seg, original));
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
    // "the mosquitoes at night are terrible. is a net over the baby's cot safe?": a describing adjective in a story before a
    // question about the child, the whole read as that question, is the question's setting, no complaint.
    const describes = (p: SegmentPart) =>
      p.intent === 'complaint' && whole.intent === 'knowledge' && describesNotComplains(p.text, { aboutChild: true, asks: true, whole: t });
    const served = parts.filter((p) => p.family !== 'talk' && p.family !== 'other' && !describes(p));
    // "我想反映一下 … 老師都沒幫孩子換尿布": a complaint whose story reads as a question on the whole is still the complaint.
    if (served.length === 1 && served[0]!.intent === 'complaint' && ['knowledge', 'find_slots', 'book', 'can_attend', 'my_bookings'].includes(out.intent)) {
      out.intent = 'complaint';
      out.confidence = served[0]!.confidence;
      return out;
    }
    // "Is there room at Qianpu on Saturday morning? If it's full, put Mia on the waiting list", "…有位吗 没有的话帮我排候补":
    // the waitlist asked for in case the session is full is part of the search (which offers it), no question about the
    // waitlist — round 51.
    if (IF_FULL_WAITLIST.test(t) && served.length === 1 && SEARCHES.has(served[0]!.intent)) searchFor = true;
    if (searchFor && served.length === 1 && SEARCHES.has(served[0]!.intent) && !SEARCHES.has(out.intent)) {
      out.intent = served[0]!.intent;
      out.confidence = served[0]!.confidence;
      out.slots = { ...out.slots, ...served[0]!.slots };
      return out;
    }
    // "可以两个点都约吗 周六约湖里的 周日约思明的 会不会冲突": the plan told after "may I?" is what is asked about — one question.
    if (planAskedAbout(served)) {
      out.intent = 'knowledge';
      out.confidence = 0.75;
      out.slots = {};
      out.requests = [{ text: original, intent: 'knowledge', slots: {} }];
      return out;
    }
    // "…八成是去不了了 最晚要提前多久取消才不扣分": a session the parent may miss is the setting of the cancel-deadline question
    // asked after it — that question alone is served, nothing cancelled (missAskedAbout.ts, round 52).
    const missed = missAskedAbout(served);
    if (missed) return onlyTheQuestion(out, missed.text);
    // "We're moving to a new apartment in Huli next Saturday … what can we do to make the move easier for her?": the family's
    // plan told before a question about the child is its setting — the question alone is served, nothing searched (round 54).
    const planned = planToldBefore(served);
    if (planned) return onlyTheQuestion(out, planned.text);
    // "周六morning想book 但想先问下 去之前要做什么准备 要带什么": the parent books later and asks first — only the questions are
    // served, a kind of care or class the booking part named being their setting (asksBeforeBooking.ts).
    const askedFirst = questionsAskedFirst(served, t, (text) => read(text, prepareText(text), { ...ctx, partOfMessage: true }));
    if (askedFirst?.length === 1) {
      const q = askedFirst[0]!;
      out.intent = q.intent;
      out.confidence = Math.max(q.confidence, 0.75);
      const { replyName: _name, ...slots } = q.slots;
      out.slots = slots;
      out.requests = [{ text: q.text, intent: q.intent, slots }];
      return out;
    }
    if (askedFirst) served.splice(0, served.length, ...askedFirst);
    if (toldFull && served.length === 1 && served[0]!.family === 'question' && SEARCHES.has(out.intent)) {
      // (…asked in its own words: the session told full is no topic for the answer, nor for a follow-up after it.)
      const q = served[0]!;
      out.intent = q.intent;
      out.confidence = q.confidence;
      out.requests = [{ text: q.text, intent: q.intent, slots: q.slots }];
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
        // "哥哥禮拜六 妹妹禮拜天 都要湖里早上": one place said for several children's searches ("都", "both") is each one's place.
        const children = new Set(searches.map((p) => JSON.stringify(p.slots.child ?? null)));
        const placed = searches.filter((p) => p.slots.district || p.slots.pointCode);
        if (children.size === searches.length && !children.has('null') && placed.length === 1 && BOTH_WORD.test(prepareText(placed[0]!.text))) {
          const { district, pointCode, neighbourhood } = placed[0]!.slots;
          for (const p of searches) if (!p.slots.district && !p.slots.pointCode) p.slots = { ...p.slots, district, pointCode, neighbourhood };
        }
        // "…两个都帮我约了", "帮我都book上": each child's search, its own child named, is that child's alone (not every child's),
        // and one booking word said for all of them ("都", "both") books each — round 51.
        if (children.size === searches.length && !children.has('null')) {
          const bookAll = BOTH_WORD.test(t) && searches.some((p) => p.intent === 'book' || read(p.text, prepareText(p.text), ctx).intent === 'book');
          for (const p of searches) {
            delete p.slots.allChildren;
            if (bookAll) p.intent = 'book';
          }
        }
      }
      // "乐乐那天要打疫苗 帮她取消", "乐乐周六发烧了 帮她取消吧": a statement that asks nothing, told just before a change,
      // is why the change is made — one request, about the child and the day the statement names.
      for (let i = served.length - 2; i >= 0; i--) {
        const why = served[i]!;
        const change = served[i + 1]!;
        if (why.family !== 'question' || !CHANGES.has(change.intent)) continue;
        const asked = prepareText(why.text);
        if (QUESTION_WORD.test(asked) || asksWithoutParticle(asked)) continue;
        change.text = `${why.text} ${change.text}`;
        change.slots = {
          ...change.slots,
          ...(change.slots.child || !why.slots.child ? {} : { child: why.slots.child }),
          ...(change.slots.dateRange || !why.slots.dateRange ? {} : { dateRange: why.slots.dateRange, dateText: why.slots.dateText }),
        };
        served.splice(i, 1);
      }
      // "哎呀我搞错了 礼拜天他上午要睡觉 下午才行": a part that only tells why a time will not do (a nap, a class, a jab), just
      // before the search it changes, is that search's reason — one request, with the day the reason names (round 50).
      for (let i = served.length - 2; i >= 0; i--) {
        const why = served[i]!;
        const search = served[i + 1]!;
        if (why.family !== 'question' || !SEARCHES.has(search.intent) || !whole.slots.correction) continue;
        const rest = withoutReason(prepareText(why.text));
        if (rest === undefined || QUESTION_WORD.test(rest) || asksWithoutParticle(rest)) continue;
        if (requestFamily(read(rest, rest, ctx).intent) === 'question') continue;
        search.text = `${why.text} ${search.text}`;
        search.slots = {
          ...search.slots,
          ...(search.slots.dateRange || !why.slots.dateRange ? {} : { dateRange: why.slots.dateRange, dateText: why.slots.dateText }),
        };
        served.splice(i, 1);
      }
      // "约了这周六的 突然家里有事去不了 我要做什么", "我约的是湖里的点 想换到思明的点 要怎么换": a bare "what do I do" after a
      // change or the parent's own booking asks about it — its answer is searched with those words, not "我要做什么" alone (round 31).
      for (let i = 1; i < served.length; i++) {
        const asked = served[i]!;
        const before = served[i - 1]!;
        if (
          asked.family === 'question' &&
          (CHANGES.has(before.intent) || before.intent === 'my_bookings') &&
          BARE_WHAT_TO_DO.test(prepareText(asked.text).trim())
        )
          asked.text = `${before.text} ${asked.text}`;
      }
      if (served.length === 1) {
        const only = served[0]!;
        out.intent = only.intent;
        out.confidence = Math.max(only.confidence, 0.8);
        out.slots = { ...out.slots, ...only.slots };
        return out;
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
      // (A part read as a booking in the message — "大宝礼拜六" among the children's searches — stays one read alone.)
      const keptFamily = !(
        first.family === 'booking' &&
        requestFamily(firstRead.intent) !== 'booking' &&
        childAndDayAlone(prepareText(first.text), ctx.childNames ?? [])
      );
      out.intent = keptFamily ? firstRead.intent : first.intent;
      out.confidence = keptFamily ? firstRead.confidence : first.confidence;
      out.slots = firstRead.slots;
    }
  }
  return out;
}
