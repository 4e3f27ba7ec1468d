import { localDateOf } from '../time/zonedTime.ts';
import { toSimplified } from '../text/chineseScript.ts';
import { ASKS_WHETHER, PLACES_ASKED, QUESTION_WORD } from './askingWords.ts';
import { asksAboutOuting } from './asksAboutOuting.ts';
import { asksAboutTheService } from './asksAboutTheService.ts';
import { asksBeforeBooking } from './asksBeforeBooking.ts';
import { AGE_MAY_GO, WEEKEND_IN_GENERAL } from './situationAsked.ts';
import { asksCareChoice } from './asksCareChoice.ts';
import { praisesCarer } from './carerPraised.ts';
import { asksClassAges } from './classAgesAsked.ts';
import { asksClassLanguage } from './classLanguageAsked.ts';
import { asksAboutAccess } from './accessAsked.ts';
import { asksForMoreSessions } from './moreSessionsAsked.ts';
import { asksForOtherFamilysChild } from './otherFamilysChild.ts';
import { asksAboutReminder } from './reminderAsked.ts';
import { asksPersonToo, tellsBookingQuestion } from './bookingQuestionTold.ts';
import { tellsSentHomeSick } from './sentHomeSick.ts';
import { GRIEVANCE } from './grievance.ts';
import { tellsOutsideCareStory } from './outsideCareStory.ts';
import { tellsOtherParentsAnger } from './otherParentsAnger.ts';
import { tellsSkillNotYetReached } from './notYetAble.ts';
import { hasSearchSlots } from './hasSearchSlots.ts';
import { inContext } from './inContext.ts';
import { ACTION_INTENTS, QUESTION_INTENTS, SEARCHES } from './intentGroups.ts';
import { ARBITRATION } from './lexicon/index.ts';
import { parseChildUpdate } from './parseChildUpdate.ts';
import { parseOutsideRequest } from './parseOutsideRequest.ts';
import { parsePlace, placeMovedTo } from './parsePlace.ts';
import { parseReplyName } from './parseReplyName.ts';
import type { Reading, ReadWords, ReinterpretRule } from './ReinterpretRule.ts';
import { RULE_QUESTIONS, askedRules, asksBookingBeforeMinimumAge, asksRuleFact, foldRuleQuestion } from './ruleQuestions.ts';
import type { Intent, Slots, UnderstandContext } from './types.ts';

const {
  availabilityAsk: AVAILABILITY_ASK,
  careAsk: CARE_ASK,
  residenceAsk: RESIDENCE_ASK,
  asksAbout: ASKS_ABOUT,
  actionRequest: ACTION_REQUEST,
  bookedContext: BOOKED_CONTEXT,
  complaintHowAsked: COMPLAINT_HOW_ASKED,
  homePlace: HOME_PLACE,
  outOfScopePlace: OUT_OF_SCOPE_PLACE,
} = ARBITRATION;

/**
 * How many, how long, how late or how early, asked about the service ("一周可以 book 几个 session", "waitlist 排到了要几分钟内
 * confirm", "最晚几点 cancel", "how long will you hold a spot"): a question about its rules, whatever booking word or day
 * it names — unless it asks for places ("周六还有几个位置").
 */
const LIMIT_QUESTION =
  /(?:(?<![这那前过头])几|多少)(?:个|次|场|天|分钟|分|小时|钟头|周|礼拜|星期)|多久|多长时间|最(?:晚|迟|早|多)(?!的|那|一场|一个|一节)|上限|(?<![a-z])(?:how (?:long|many|late|early|soon|far ahead|much notice)|until when|by when|what(?:'s| is) the (?:latest|earliest|limit|max\w*|deadline))(?![a-z])/;
/** A booking verb in the past ("book 了但是来不了") tells the setting; it does not ask to book. */
const PAST_ACTION = /(?<![a-z])(?:book|cancel|reserve)(?:ed)?\s*(?:了|过)/g;
/** What the service would do for the parent, asked ("名额会帮我留多久"): not the parent asking it done. */
const SERVICE_DOES = /(?:会|能)(?:帮|给|为)我/g;
/** "how early can I book", "how far ahead can we book": the booking verb is what the how-question asks about, not a request. */
const HOW_SOON_CAN_I = /(?<![a-z])how (?:early|soon|far ahead|far in advance|late|long before) (?:can|could|do|should|may) (?:i|we)(?![a-z])/g;
/** A waitlist word that opens a question for how long ("候补轮到我的话 slot会hold多久"): the topic, not a bare command. */
const TOPIC_FIRST = /^(?:候补|排队)(?=.{0,30}(?:多久|几分钟|多长时间))/;

/** Booking asked for again or late ("补约", "还能约", "still book"): with a day that is over, a search that says so. */
const BOOK_PAST_DAY =
  /补(?:约|订|预约|报名|报|登记)|(?:还|也)(?:能|可以|可不可以|能不能)(?:再)?(?:约|订|预约|报名|book)|(?<![a-z])(?:still book|book (?:it |one )?(?:for|retroactively)|make (?:it|that) up)(?![a-z])/;

/** A booking, care or place word: a past day named with one is about a session (a late booking, a complaint), not a story's time. */
const BOOKING_WORD = /约|订|报名|位置|位子|名额|空位|余位|有位|场次|托|课|服务点|(?<![a-z])(?:book\w*|slots?|sessions?|class(?:es)?|care|places?)(?![a-z])/;

/** The day named is when the child reaches an age ("下个月就满6个月了", "下周满一岁"), not a day asked for. */
const AGE_REACHED_THEN = /(?:下个?月|下周|下礼拜|下星期|过几天|月底|明年|到时候?)[^，。,.!?！？]{0,4}(?:就|才)?满/;

/** Both weekend days, or every weekend, asked about together. */
const BOTH_WEEKEND_DAYS =
  /(?<![a-z])(?:both (?:saturday and sunday|sat and sun|days)|every (?:saturday|sunday|weekend)|(?:saturday and sunday|sat and sun)\b.{0,20}\bboth|both mornings? and afternoons?)(?![a-z])|(?:周六|礼拜六|星期六)[和跟与、]?(?:周日|周天|礼拜天|礼拜日|星期天|星期日).{0,6}都|每(?:个)?周末都/;

/** What the parent asks after saying they will book later ("…但想先问下 多大的baby可以上", "要带什么", "do I need to stay?"). */
const ASKED_FIRST_QUESTION =
  /[?？]|吗|么|呢|嘛|怎么|如何|什么|啥|多少|多大|多久|多长|几|哪|谁|是否|能不能|可不可以|会不会|要不要|用不用|(?<![a-z])(?:how|what|why|when|where|which|who|should|can|could|is it|is there|are there|does|do (?:i|we|they|you)|will|any)(?![a-z])/;
/** The asking-first words themselves, set aside so "想先问下" alone does not count as the question. */
const ASK_FIRST_WORDS = /(?:想|要|得)?先(?:问|咨询|了解|确认|打听)(?:一下|下|问)?/g;

/** The ages taken, asked in general ("多大的baby可以上", "几岁的孩子能去", "适合几岁", "what age is it for?"). */
const AGE_RANGE_ASKED =
  /多大(?:的)?(?:孩子|宝宝|小孩|小朋友|娃|(?<![a-z])(?:baby|bb|kids?)(?![a-z]))?(?:才)?(?:可以|能)|几岁(?:的)?(?:孩子|宝宝|小孩|小朋友|娃|(?<![a-z])(?:baby|bb|kids?)(?![a-z]))?(?:才)?(?:可以|能)|适合(?:多大|几岁|什么年龄)|(?<![a-z])(?:what age|what ages|how old (?:does|do|should|must) (?:she|he|they|my [a-z]+|the [a-z]+) (?:be|have to be))(?![a-z])/;

/** A child told as one of the family's by their place in it ("second one is Leo"): that child, not an item of a list. */
const CHILD_BY_PLACE_TOLD = /(?<![a-z])(?:first|second|third|other|youngest|eldest|oldest|older|younger)(?: one| child| kid)? (?:is|'s|called|named)(?![a-z])/i;

/**
 * Whether the service takes the child in ("你们那里收不收", "四个月的收吗", "do you take babies that young?"): asked of a
 * service, taking a child in is drop-off care, not a class with a parent.
 */
/** "小孩才4個月 這麼小也能送嗎": 送 alone, asked of an age, is drop-off care (round 52). */
const SENT_BARE = /(?:能|可以)送(?:吗|么|嘛|不|[?？]|$)/;

/**
 * The child left at the point ("把孩子放那边", "能托吗", "drop her off there", "leave him with them"): drop-off care (round 54).
 * (Not 带娃 / 送去: a child is brought to a class too.)
 */
const LEAVES_CHILD =
  /托育|托管|送托|托班|看孩子|看娃|帮忙看|(?<![a-z])(?:childcare|child care|daycare|day care|babysit\w*|drop[- ]off care)(?![a-z])|把(?:孩子|小孩|娃|宝宝|宝贝|他|她|女儿|儿子).{0,4}(?:放|留|托|寄)|(?:能|可以)(?:托|放)(?:吗|么|嘛|不|一下|[?？]|$)|放(?:在)?(?:那边|那里|那儿|你们那)|(?<![a-z])(?:drop (?:her|him|them|my \w+|our \w+)(?: off)? (?:at|there)|leave (?:her|him|them|my \w+|our \w+) (?:at|there|with))(?![a-z])/;

const TAKES_CHILD_IN =
  /收不收(?![费钱])|(?:能|可以|肯|会)?收(?:吗|么|嘛)|(?<![a-z])(?:do|will|would|can) you (?:take|accept) (?:her|him|them|babies|my|our|a)(?![a-z])/;

/**
 * A birth or a hospital stay told as when the care is wanted ("我快生的时候 周末能把他送去吗", "老二预产期在月底 到时候我住院",
 * "can he go at weekends when I'm in hospital having the baby?"): whether the service can help then is asked, not places listed.
 */
const BIRTH_SETTING =
  /快(?:要)?生|要生(?:了|老二|二胎|二宝|宝宝)|生(?:老二|二胎|二宝|小宝|宝宝)(?:的时候|那几天|那天|前后|期间)|生(?:的时候|那几天|产的时候)|预产期|待产|坐月子|月子(?:里|期间)|住院(?:生|的时候|那几天)|(?<![a-z])(?:(?:i'?m|i am|she'?s|wife is) due|due date|giv(?:e|ing) birth|having (?:the|our|a|my) (?:new )?baby|new baby (?:arrives|comes)|in (?:the )?hospital (?:having|with) the baby|go(?:es)? into labou?r)(?![a-z])/;

/**
 * A claim about the child weighed ("said he has sensory integration dysfunction and needs their classes. Is that a real
 * thing?", "机构说孩子感统失调 要报课 有必要吗"): whether to believe it and pay is asked, not a class to book.
 */
const CLAIM_WEIGHED =
  /失调|障碍|有必要(?:吗|上|报)|是真的吗|智商税|(?<![a-z])(?:is (?:that|this|it) (?:a )?real(?: thing| diagnosis)?|is (?:that|this|it) legit|(?:worth|waste of) (?:it|paying|the money|money)|a scam|dysfunction|disorder|diagnos\w*)(?![a-z])/;

/** The waitlist named. */
const WAITLIST_WORD = /候补|排队|(?<![a-z])(?:wait ?list|waiting list)(?![a-z])/;

/** Whether something is all right, asked on its own ("可以吗", "is that ok"). */
const OK_ASKED = /可以吗|可不可以|行吗|行不行|(?<![a-z])is (?:that|it|this) (?:ok|okay|alright|all right|fine)(?![a-z])/g;

/** "那临时托呢", "what about temporary care?": the same question again about something else, said in a few words. */
// (An English word inside counts as one: "那 afternoon 呢" is as short as "那下午呢".)
const FOLLOW_ON =
  /^(?:那|那么|那要是|那如果|还有|另外)?(?:.{1,10}|[\sa-z'-]{1,24})(?:呢|怎么样|如何)[?？。\s]*$|^(?:and|what about|how about)(?![a-z]).{1,30}$/;
/** Opens on what was just answered: "那…", "要是…", "so…", "and if…". */
const LEANS_ON = /^(?:那|那么|那如果|那要是|要是|如果|万一|假如)|^(?:so|and|but|then|what if|if)(?![a-z])/;
/** Supposes a case rather than telling one ("要是对处理结果不满意呢", "what if I'm not happy with it?"). */
const SUPPOSING = /要是|如果|万一|假如|(?<![a-z])(?:what if|if)(?![a-z])/;
/** The complaint word itself, set aside to see whether a grievance is told besides. */
const COMPLAINT_WORD = /投诉|(?<![a-z])complain\w*(?![a-z])/g;
/** Asked, not told or ordered. */
// ("那候补是俩一起排还是各排各的": a choice between two ways, asked with 是…还是…, is asked as surely as with a mark.)
const ASKED_MARK = /[?？]\s*$|(?:吗|么|呢|嘛)[。\s]*$|算不算|会不会|能不能|可不可以|(?:是|要).{1,12}还是/;

/** Greeting words, set aside to see what a message says besides ("hello", "hi there", "good morning", "你好", "您好"). */
const GREETING_WORDS =
  /你好|您好|哈喽|嗨|早上好|下午好|晚上好|大家好|(?<![a-z])(?:hello|hi|hey|hiya|greetings|good (?:morning|afternoon|evening)|there|nihao|ni hao|howdy)(?![a-z])/g;
/** A message that opens on the child as its subject ("He understand…", "She does point…", "宝宝会…", "他现在…"). */
const CHILD_SUBJECT =
  /^(?:(?:but|and|so|well|ok|okay|yes|also)[,\s]+)?(?:he|she|my (?:son|daughter|baby|boy|girl|toddler)|our (?:son|daughter|baby|boy|girl))(?![a-z])|^(?:可是|但是|那|而且)?(?:他|她|宝宝|孩子|娃|我家宝宝|儿子|女儿)(?:现在|会|能|已经|听得懂|懂)/;

/** A part of the body, or a mark, a wound or what was left in the skin, told after a health answer (round 45; a groove or 勒痕 left by a hair, round 46). */
const BODY_DETAIL =
  /手指|脚趾|指甲|手掌|手心|脚底|皮肤|伤口|嘴唇|牙齿|牙龈|眼睛|眼皮|耳朵|鼻子|头皮|黑点|红点|白点|水泡|水疱|结痂|勒痕|勒印|印子|红肿|(?<![a-z])(?:fingers?|toes?|(?:finger|toe)?nails?|palms?|skin|wound|lips?|teeth|tooth|gums?|eyes?|eyelids?|ears?|nose|scalp|mark|spot|blister|scab|bruise|groove|head is still in|head (?:is )?(?:still )?stuck)(?![a-z])/;

/**
 * A night named with what the parent watches for or fears again ("今天晚上還會再咳嗎", "what am i watching for tonight",
 * "will it be worse tomorrow night too?"), round 46: after an answer it asks about the illness tonight, not for places.
 */
const NIGHT_WORD = /今晚|今天晚上|今夜|明晚|明天晚上|晚上|夜里|夜间|半夜|(?<![a-z])(?:tonight|overnight|tomorrow night|nights?)(?![a-z])/;
const WATCHED_OR_AGAIN =
  /还会|会不会|又|再|注意|留意|观察|看什么|加重|严重|咳|烧|吐|喘|(?<![a-z])(?:watch\w*|look(?:ing)? out|worse|again|come back|return|recur\w*|cough\w*|fever|vomit\w*|breath\w*|keep an eye)(?![a-z])/;
/** A care, place or booking word: with one, the night named may be a session asked for. */
const CARE_WORD = /约|托|位|名额|场次|服务点|课|(?<![a-z])(?:book\w*|slots?|places?|sessions?|care|spots?|class(?:es)?)(?![a-z])/;

/** After an answer, with no search under way, a night named with what to watch or fear again, and no care word. */
function asksAboutTheNight(t: string, slots: Slots, ctx: UnderstandContext): boolean {
  if (!ctx.previousIntent || !QUESTION_INTENTS.has(ctx.previousIntent) || ctx.searching) return false;
  if (slots.district || slots.neighbourhood || slots.pointCode || slots.kind || slots.classTitle || slots.child) return false;
  return NIGHT_WORD.test(t) && WATCHED_OR_AGAIN.test(t) && !CARE_WORD.test(t);
}

/**
 * How often, counted over a period ("这个礼拜已经流了三次了", "一个月第四次了", "this is like the 4th one this month"), round 47:
 * after an answer it tells how often the thing answered about happens (frequent nosebleeds → a doctor), not a week asked for.
 */
const TIMES_COUNTED =
  /(?:第)?[一二两三四五六七八九十几\d]+\s?(?:次|回)|(?<![a-z])(?:(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth) (?:one|time|nosebleed|episode|bleed)|(?:\d+|two|three|four|five|six|several|a few|many) times)(?![a-z])/;
const PERIOD_WORD =
  /这个?(?:礼拜|星期|周|月)|本周|这几天|最近|一(?:个)?(?:礼拜|星期|周|月)|(?<![a-z])(?:this (?:week|month)|a (?:week|month)|lately|recently|in a (?:week|month))(?![a-z])/;

/** After an answer, with no search under way, a count of times over a period, and no care word. */
function countsHowOften(t: string, slots: Slots, ctx: UnderstandContext): boolean {
  if (!ctx.previousIntent || !QUESTION_INTENTS.has(ctx.previousIntent) || ctx.searching) return false;
  if (slots.district || slots.neighbourhood || slots.pointCode || slots.kind || slots.classTitle || slots.child) return false;
  return TIMES_COUNTED.test(t) && PERIOD_WORD.test(t) && !CARE_WORD.test(t);
}

/** What an outside request (a job, a party, the rooms, a tour) replaces: readings that would search or answer, not a complaint or a person asked for. */
const OUTSIDE_MAY_REPLACE = new Set<Intent>([
  // "register her for kindergarten", "预产期下个月 能先登记吗": registering for a school or an unborn baby is not a child's registration here.
  'register_child',
  'find_slots',
  'book',
  'more',
  'join_waitlist',
  'remind_opening',
  'knowledge',
  'can_attend',
  'point_info',
  'service_intro',
  'out_of_scope',
  'greeting',
  'help',
  'affirm',
]);

/** What the child on an outing to a sight, or a choice between kinds of care, replaces: a search there, the sight said to be outside, an outside request. */
const QUESTION_MAY_REPLACE = new Set<Intent>(['find_slots', 'book', 'more', 'point_info', 'can_attend', 'out_of_scope', 'knowledge', 'help', 'greeting']);

/**
 * "周六周日都约 湖里上午", "we'd like both Saturday and Sunday afternoons in Jimei": both days told with a place, not asked
 * whether allowed — places on both days asked for, not the weekly limit (which "周六周日都能约吗" asks).
 */
function asksForBothDays(t: string, slots: Slots): boolean {
  const r = slots.dateRange;
  return Boolean(r && r.from !== r.to && (slots.district || slots.neighbourhood || slots.pointCode) && !ASKS_WHETHER.test(t) && !LIMIT_QUESTION.test(t));
}

/** A question for one of the service's numbers or limits: answered, not acted on. */
function asksServiceLimit(t: string): boolean {
  return asksRuleFact(t) || (LIMIT_QUESTION.test(t) && !PLACES_ASKED.test(t));
}

/** A day, a place, a part of day, a child or a choice from a list: words that make a message a request, not a follow-up question. */
function namesWhatToAct(slots: Slots): boolean {
  return Boolean(
    slots.dateRange ||
      slots.district ||
      slots.neighbourhood ||
      slots.pointCode ||
      slots.partOfDay ||
      slots.child ||
      slots.wantsNearby ||
      slots.ordinal !== undefined ||
      slots.pick !== undefined,
  );
}

/** After an answer, a few words naming something else ("那临时托呢") ask the same question about it, not for places. */
function followsOnAnswer(t: string, slots: Slots, ctx: UnderstandContext): boolean {
  if (!ctx.previousIntent || !QUESTION_INTENTS.has(ctx.previousIntent) || !FOLLOW_ON.test(t.trim())) return false;
  // (…a district alone, after a knowledge answer with no search under way — "那海沧呢", "and in Haicang?" after when new
  // points open — asks the same question of that district: the parent asked a question, not for places; round 34.)
  // (…and so does a part of the day alone — "那 afternoon 呢" after when Saturday morning's half-day care starts, "那晚上呢"
  // after naps: the same question of the afternoon, not a search with no day; round 36.)
  if (ctx.previousIntent === 'knowledge' && !ctx.searching && namesOnlyASetting(slots)) return true;
  return !namesWhatToAct(slots);
}

/** A district, neighbourhood or part of the day, and nothing else to act on: no day, point, child, kind of care or pick. */
function namesOnlyASetting(slots: Slots): boolean {
  const { district, neighbourhood, partOfDay, ...rest } = slots;
  return Boolean(district || neighbourhood || partOfDay) && !namesWhatToAct(rest) && !rest.kind && !rest.classTitle;
}

/** Words that ask for care or a booking, which an age told after an answer does not carry. */
const CARE_OR_BOOKING = /约|托|位置|名额|场次|服务点|(?<![a-z])(?:book|booking|slot|slots|place|places|session|sessions|care|spot|spots)(?![a-z])/;

/** The most characters an age told in passing takes ("he's 20 months btw", "对了 她22个月了"). */
const AGE_TOLD_MAX_CHARS = 30;

/** After an answer, with no search under way, the child's age told and nothing else ("he's 20 months btw"). */
function agesAnAnswer(t: string, slots: Slots, ctx: UnderstandContext): boolean {
  if (!ctx.previousIntent || !QUESTION_INTENTS.has(ctx.previousIntent) || ctx.searching) return false;
  // (An age past the service's 36 months — "our son is 3 and a half though" after who may use it — is the search, which says so.)
  if (slots.childAgeMonths === undefined || slots.childAgeMonths >= 36 || namesWhatToAct(slots) || slots.kind || slots.wantsCare || slots.classTitle)
    return false;
  const s = t.trim();
  return [...s].length <= AGE_TOLD_MAX_CHARS && !CARE_OR_BOOKING.test(s);
}

/**
 * After an answer, a question that leans on it asks about it, not to act ("那取消一个以后可以再约吗", "那被pause了 还能cancel
 * 已经约好的吗", "那weekday的trial class算吗", "要是对处理结果不满意呢", "so what stops people from booking and not turning up?"),
 * unless it names a day, a place, a choice or a booking, asks for places, or asks the assistant to do it ("那帮我取消吧").
 */
function asksOnAnswer(t: string, slots: Slots, ctx: UnderstandContext): boolean {
  if (!ctx.previousIntent || !QUESTION_INTENTS.has(ctx.previousIntent)) return false;
  const s = t.trim();
  if (!LEANS_ON.test(s) || !ASKED_MARK.test(s) || ACTION_REQUEST.test(s) || PLACES_ASKED.test(s)) return false;
  return !(namesWhatToAct(slots) || slots.bookingRef);
}

/** A child with a name and a birth date who is not one of the family's registered children. */
function newChildTold(slots: Slots, ctx: UnderstandContext): boolean {
  return (
    slots.childName !== undefined &&
    slots.birthDate !== undefined &&
    !(ctx.childNames ?? []).some((n) => toSimplified(n).toLowerCase() === toSimplified(slots.childName!).toLowerCase())
  );
}

/** A child's birthday or birth date named. */
const BIRTHDAY_WORD = /生日|出生日期|出生年月|(?<![a-z])(?:birthday|date of birth|dob|birth date)(?![a-z])/;

/** A registered child changed ("名字改成小汤圆", "change Baby to Ava"), unless the reading is a change of booking, a complaint or a person asked for. */
function childUpdateIn(r: Reading, w: ReadWords, ctx: UnderstandContext) {
  // ("帮我把果果的生日改成2025年6月20号" reads as a move of a booking, 改成 and a date: a birthday is no booking.)
  const moveOfBirthday = r.intent === 'reschedule' && BIRTHDAY_WORD.test(w.t);
  return ['cancel', 'complaint', 'human', 'reschedule'].includes(r.intent) && !moveOfBirthday
    ? undefined
    : parseChildUpdate(w.t, w.original, ctx.childNames, r.slots.birthDate !== undefined);
}

/** An outside request (a job, an event, the rooms, a tour, a baby not born yet) — unless a child of the family is whom it is for. */
function outsideRequestIn(r: Reading, w: ReadWords) {
  const slots = r.slots;
  const forChild = slots.namedChildren || slots.child?.name || (slots.child?.birthOrder !== undefined && slots.child.birthOrder !== -1);
  const outside = parseOutsideRequest(w.t);
  // ("换哥哥去吧 妹妹有游泳课", "Noah please, Mia's got a birthday party": the lesson or party is why a sibling is not going,
  // told beside the child who goes — not a lesson or party asked for.)
  const siblingsReason = (outside === 'lessons' || outside === 'event') && slots.child !== undefined && (slots.childrenNotGoing?.length ?? 0) > 0;
  return (outside === 'unborn' && forChild) || siblingsReason ? undefined : outside;
}

/** The name a reply gives, read when a child's details were asked for, a child is being registered, or the reading is unsure. */
function replyNameIn(r: Reading, w: ReadWords, ctx: UnderstandContext) {
  return ctx.expecting === 'child_details' || r.intent === 'register_child' || r.confidence < 0.6 ? parseReplyName(w.t, r.slots) : undefined;
}

function setIntent(r: Reading, intent: Intent, confidence: number): void {
  r.intent = intent;
  r.confidence = confidence;
}

/** A shop, clinic or class outside the service: 小儿推拿, a dentist, a photo studio, a swimming class. */
const BUSINESS_ASKED =
  /推拿|按摩|抚触馆|诊所|医院|药店|药房|牙科|牙医|摄影|影楼|游泳馆|婴儿游泳|早教(?:中心|机构|班)|月子中心|母婴店|理发|(?<![a-z])(?:massage|tuina|clinic|hospital|pharmacy|dentist|photographer|photo studio|swimming (?:class|lessons?|pool)|baby spa)(?![a-z])/;
/** The service's own care or classes named: then it is a search after all. */
const CARE_ASKED =
  /托育|托班|托管|半日托|临时托|体验课|爱邻|护幼|名额|场次|服务点|(?<![a-z])(?:childcare|care point|half-day|drop-off|session|slot|place for)(?![a-z])/;

/** "周六上午湖里可以吗": a search put as a question, with a place named. */
const asksAPlace = (r: Reading, w: ReadWords) => SEARCHES.has(r.intent) && Boolean(w.place);
/** "周六那个改到下周日 可以吗", "这周六 can't make it, 改 next Sunday 可以吗": a move of a booking to a day or part of day, put as a question. */
const asksAMove = (r: Reading, w: ReadWords) =>
  r.intent === 'reschedule' && (Boolean(r.slots.movedFrom) || MOVE_TO_WORD.test(w.t)) && Boolean(r.slots.dateRange || r.slots.partOfDay);
const MOVE_TO_WORD = /改到|改成|换到|换成|调到|挪到|移到|改(?=\s*(?:这|下|本|next|this)?\s*(?:周|星期|礼拜|sat|sun|上午|下午|morning|afternoon))/;
/** The weather that may close a point ("typhoon warning", "雨好大", "暴雨预警"). */
const WEATHER_ASKED =
  /台风|暴雨|大雨|下雨|雨(?:好|很|太|这么|那么|超|真|下得?(?:好|很|太|这么|那么|超)?)大|雷雨|预警|(?<![a-z])(?:typhoon|storm|heavy rain|rainstorm|raining|bad weather|pouring|pours|downpour)(?![a-z])/;
/** Asked, wherever the question sits in the message ("…, what happens to my booking?", "…想换到海沧的点 可以吗"). */
const ASKED_MARK_ANYWHERE = /[?？]|吗|么|怎么|怎样|可以|能不能|(?<![a-z])(?:what|how|can|could|will|should|does|do|is)(?![a-z])/;

/** What praise told beside it does not change: a grievance, staff asked for, or the parent's own bookings. */
const PRAISE_KEEPS: ReadonlySet<Intent> = new Set(['complaint', 'human', 'cancel', 'reschedule', 'my_bookings', 'register_child']);

/** Where or how the praise is to be given, asked ("想表揚一下 要去哪裡說"): the question is answered from its section. */
const PRAISE_ASKS = /哪里|哪儿|去哪|在哪|找谁|跟谁|怎么|怎样|如何|(?<![a-z])(?:where|who|what)(?![a-z])/;

/** A booking the parent holds, named ("my sunday booking", "约好的那场"): a reminder asked of it is not one for when booking opens. */
const BOOKING_HELD = /(?<![a-z])(?:my|our|her|his) (?:[a-z]+ )?(?:booking|session|reservation)(?![a-z])|(?:约|订|预约)(?:好)?的(?:那|这)?(?:个|场|次)?/;

/** What a child sent home ill, told, may have been read as: a search for its day, staff asked for ("打电话"), a booking. */
const SENT_HOME_READS: ReadonlySet<Intent> = new Set(['find_slots', 'book', 'can_attend', 'join_waitlist', 'more', 'human', 'knowledge', 'help']);

/**
 * How a reading is reinterpreted once the classifier, the slots and the conversation's corrections before them have spoken:
 * in this order, each rule on the reading the ones before it left. Order matters: a later rule sees (and may undo) what an
 * earlier one decided — questions about the service first, then bookings of past days and impossible dates, children, outside
 * requests, what the conversation makes of it, and the slots finished last.
 */
export const REINTERPRET_RULES: readonly ReinterpretRule[] = [
  {
    name: 'a carer or class praised',
    why: '"江头那个点的林老师真的太好了 现在抢着要去 想谢谢她", "今天上完音樂課 …老師好用心", "Teacher Chen at the 江头 point is amazing … please tell her thanks": praise told, asking nothing, is thanked for with how it reaches the carer — not a search for the point or the day the story names, a booking ("要去") or a complaint.',
    applies: (r, w) => !PRAISE_KEEPS.has(r.intent) && praisesCarer(w.t) && !QUESTION_WORD.test(w.t) && !PRAISE_ASKS.test(w.t),
    apply: (r) => setIntent(r, 'thanks', 0.8),
    final: true,
  },
  {
    name: 'sent home sick, told',
    why: '"上周六孩子在服务点发烧了 老师打电话让我们接回去 这次算不算用掉一次名额", "they called us to pick up our daughter early on saturday because of a temp … does that use up one of her bookings?": a child sent home ill is asked about (free, no no-show, when to come back) — not a search for the day it names, nor staff asked for because the carer phoned. A grievance told with it stays a complaint (sentHomeSick.ts).',
    applies: (r, w) => SENT_HOME_READS.has(r.intent) && tellsSentHomeSick(w.t),
    apply: (r) => setIntent(r, 'knowledge', 0.75),
    final: true,
  },
  {
    name: 'the reminder asked of a booking',
    why: '"禮拜六約的那個 前一天晚上會提醒我嗎 幾點", "will you remind me the night before?": whether and when the reminder comes is asked; the booking named is its setting, not a day to search or book (reminderAsked.ts). Places asked for keep the search.',
    applies: (r, w) =>
      (SEARCHES.has(r.intent) || r.intent === 'my_bookings' || (r.intent === 'remind_opening' && BOOKING_HELD.test(w.t))) &&
      asksAboutReminder(w.t) &&
      !PLACES_ASKED.test(w.t) &&
      !AVAILABILITY_ASK.test(w.t),
    apply: (r) => setIntent(r, 'knowledge', 0.75),
    final: true,
  },
  {
    name: 'a question about a booking, told',
    why: '"明天的预约有点事想问", "hi, 周末晚上 is anyone there? need to ask about tomorrow\'s booking": something to ask about a booking held is told — the booking is looked up (or, with a person asked for, the person takes the question), not booked again or searched for its day (bookingQuestionTold.ts).',
    // ("hi, …" opens it: a greeting that goes on to the question is the question.)
    applies: (r, w) => (SEARCHES.has(r.intent) || r.intent === 'greeting') && r.slots.ordinal === undefined && tellsBookingQuestion(w.t),
    apply: (r, w) => setIntent(r, asksPersonToo(w.t) ? 'human' : 'my_bookings', 0.75),
    final: true,
  },
  {
    name: 'more sessions asked',
    why: '"so are they going to add more morning sessions or what", "会不会多开一些上午的场次": whether the points will add sessions is asked of how the service plans its periods, not places for the part of the day named (moreSessionsAsked.ts).',
    applies: (r, w) => SEARCHES.has(r.intent) && r.slots.ordinal === undefined && asksForMoreSessions(w.t) && !r.slots.district && !r.slots.pointCode,
    apply: (r) => setIntent(r, 'knowledge', 0.75),
  },
  {
    name: 'the language of the classes asked',
    why: '"周末带班的老师上课讲英文吗 还是普通话", "are the weekday classes taught in English?": the language the care or classes are given in is asked about, answered in the parent\'s own language — not a request to switch (classLanguageAsked.ts).',
    applies: (r, w) => r.intent === 'switch_language' && asksClassLanguage(w.t) && (QUESTION_WORD.test(w.t) || /还是|還是/.test(w.t)),
    apply: (r) => {
      setIntent(r, 'knowledge', 0.75);
      delete r.slots.language;
    },
    final: true,
  },
  {
    name: "another family's child asked",
    why: '"can I book a spot for my neighbour\'s little girl too?", "能不能帮邻居家的孩子也约一个": whether one parent may book for another family\'s child is a rule asked (each family books its own children), answered from the booking guide — not a search for the parent\'s own child (otherFamilysChild.ts).',
    applies: (r, w) => SEARCHES.has(r.intent) && r.slots.ordinal === undefined && !r.slots.bookingRef && asksForOtherFamilysChild(w.t),
    apply: (r) => setIntent(r, 'knowledge', 0.75),
    final: true,
  },
  {
    name: 'getting into a point asked',
    why: '"我坐轮椅 服务点门口有没有台阶", "is there a lift for the stroller", "can my mum who is in a wheelchair collect him" (read as her bookings): a wheelchair, steps, a lift or a pram asked about is a question about the premises, not a search because "有没有" was asked; places asked for with it keep the search (accessAsked.ts).',
    applies: (r, w) =>
      (SEARCHES.has(r.intent) || r.intent === 'my_bookings') &&
      r.slots.ordinal === undefined &&
      !r.slots.bookingRef &&
      asksAboutAccess(w.t) &&
      (ASKED_MARK_ANYWHERE.test(w.t) || /有没有|有沒有/.test(w.t)),
    apply: (r) => setIntent(r, 'knowledge', 0.75),
    final: true,
  },
  {
    name: 'the ages of a class asked',
    why: '"平时的大运动课是给多大的孩子上的", "绘本课适合几个月的宝宝": the ages a class or kind of care is for, asked with no child\'s age, day or place, is answered from the rules — not a list of that class\'s sessions (classAgesAsked.ts).',
    applies: (r, w) =>
      SEARCHES.has(r.intent) &&
      r.slots.childAgeMonths === undefined &&
      !r.slots.dateRange &&
      !r.slots.district &&
      !r.slots.pointCode &&
      r.slots.ordinal === undefined &&
      asksClassAges(w.t) &&
      !PLACES_ASKED.test(w.t),
    apply: (r) => setIntent(r, 'knowledge', 0.75),
  },
  {
    name: 'service question, not a search',
    why: 'A search-looking message that asks about the service is a question ("周六去的话要带什么", "what time does the afternoon half day end?", "上周六约了没去 会不会影响下次预约"), unless it picks from a list.',
    // (…and "周三上午带孩子过去能干嘛", read by the classifier as what the assistant can do ("能干嘛") with a day: a day that
    // "in the conversation" below would turn into a search, when the words ask what the child does there; round 34.)
    // (…"next weekend then, same day" under a search keeps the weekday searched: "same day" is the day, not a question.)
    applies: (r, w, ctx) =>
      (SEARCHES.has(r.intent) || (r.intent === 'help' && hasSearchSlots(r.slots))) &&
      r.slots.ordinal === undefined &&
      r.slots.pick === undefined &&
      !(r.slots.sameWeekday && ctx.searching) &&
      asksAboutTheService(w.tq),
    apply: (r) => setIntent(r, 'knowledge', 0.7),
  },
  {
    name: 'asked before booking',
    why: '"周六morning想book 但想先问下 去之前要做什么准备 要带什么", "想book感统课 但想先问下多大的baby可以上", "I want to book but first: do I need to stay?": the parent will book later and asks something first; the booking words are the setting of the question, not places asked for now. Places asked for ("先问一下周六还有位吗") keep the search, and so does a pick from a list.',
    applies: (r, w) =>
      SEARCHES.has(r.intent) &&
      r.slots.ordinal === undefined &&
      r.slots.pick === undefined &&
      asksBeforeBooking(w.t) &&
      !PLACES_ASKED.test(w.t) &&
      // (…"我想book一下 但是先问 三岁多了还能约吗": "还能约吗" said of the child's age, with no day or place, asks whether a child
      // that old may book — the age rule — not for places; round 31.)
      (!AVAILABILITY_ASK.test(w.t) || (r.slots.childAgeMonths !== undefined && !r.slots.dateRange && !w.place)) &&
      ASKED_FIRST_QUESTION.test(w.t.replace(ASK_FIRST_WORDS, ' ')),
    apply: (r) => setIntent(r, 'knowledge', 0.75),
  },
  {
    name: 'age asked of a kind of care',
    why: '"宝宝11个月 weekend half-day可以送吗", "my son is 11 months, can he go to the weekend half-day?": whether a child of that age may go is the age rule (which points take that age), answered — not the weekend\'s places. The weekend in general is no day to list ("can attend on a day is a search" is for a day named: "周六能送去半日托吗"); a place, a particular day or places asked for keep the search.',
    applies: (r, w) =>
      (SEARCHES.has(r.intent) || r.intent === 'can_attend') &&
      r.slots.ordinal === undefined &&
      r.slots.pick === undefined &&
      r.slots.childAgeMonths !== undefined &&
      !w.place &&
      !r.slots.partOfDay &&
      (!r.slots.dateRange || WEEKEND_IN_GENERAL.test((r.slots.dateText ?? '').trim())) &&
      !PLACES_ASKED.test(w.t) &&
      !AVAILABILITY_ASK.test(w.t) &&
      AGE_MAY_GO.test(w.t),
    apply: (r) => {
      setIntent(r, 'can_attend', 0.75);
      delete r.slots.dateRange;
      delete r.slots.dateText;
    },
  },
  {
    name: 'care around a birth asked',
    why: '"那我快生的时候 周末能把他送去你们那个托育点吗", "老二预产期在月底 到时候我住院 周末大宝能不能先送到托育点": a birth or hospital stay told as when care is wanted, asked whether it can be had, is the question whether the service helps then (yes, free weekend care booked ahead, no night care) — not this weekend\'s places. With a point or district named it stays a search.',
    applies: (r, w) =>
      (SEARCHES.has(r.intent) || r.intent === 'can_attend' || (r.intent === 'knowledge' && !!r.slots.dateRange)) &&
      r.slots.ordinal === undefined &&
      r.slots.pick === undefined &&
      !w.place &&
      (!r.slots.dateRange ||
        (/周末|weekend/i.test(r.slots.dateText ?? '') && !/\d|[一二三四五六七八九十]+号|[一二三四五六七八九十]+日/.test(r.slots.dateText ?? ''))) &&
      BIRTH_SETTING.test(w.t) &&
      ASKS_WHETHER.test(w.t),
    apply: (r) => {
      setIntent(r, 'knowledge', 0.75);
      // ("周末" here is the weekends around the birth, not the coming one: no day to list places for.)
      delete r.slots.dateRange;
      delete r.slots.dateText;
    },
  },
  {
    name: 'claim about the child weighed',
    why: '"An early learning centre … said he has sensory integration dysfunction and needs their expensive sensory classes. Is that a real thing?": a claim about the child weighed is the parenting question (see a doctor first), not a search for the class it names. A day or place named keeps the search.',
    applies: (r, w) =>
      SEARCHES.has(r.intent) &&
      r.slots.ordinal === undefined &&
      r.slots.pick === undefined &&
      !w.place &&
      !r.slots.dateRange &&
      CLAIM_WEIGHED.test(w.t) &&
      QUESTION_WORD.test(w.t),
    apply: (r) => setIntent(r, 'knowledge', 0.75),
  },
  {
    name: 'a business asked for, not places',
    why: '"哪里有靠谱的小儿推拿 给个店名", "推荐一家儿童摄影", "where can I find a paediatric massage place?": a shop, clinic or class outside the service asked where is a question (the knowledge base says what it can: no shops recommended, whom to ask), not a search for care places.',
    applies: (r, w) => SEARCHES.has(r.intent) && BUSINESS_ASKED.test(w.t) && !CARE_ASKED.test(w.t) && !r.slots.district && !r.slots.dateRange,
    apply: (r) => setIntent(r, 'knowledge', 0.75),
  },
  {
    name: 'rule question, not an action',
    why: 'A message that asks about a rule, a consequence, a cost or a possibility is a question even when it names the waitlist, a cancellation, a day or a service ("候补要钱吗", "如果我 cancel 太晚会怎样", "if I accept the waitlist offer but can\'t make it?"); so is one that tells a booking already made as its setting ("这周六约了半日托 … 能睡吗", "half-day booked this Saturday, how do I say goodbye"). Only an imperative or a choice ("帮我取消", "cancel it", "join the waitlist") acts. A waitlist place ("a waitlist spot opens") is what such a question is about, not places asked for; "周六上午湖里可以吗" is a search put as a question: with a place named, "可以吗" alone does not make it one about a rule; nor does it make "周六那个改到下周日 可以吗" (a move to a day named) one.',
    applies: (r, w, ctx) =>
      ACTION_INTENTS.has(r.intent) &&
      r.slots.ordinal === undefined &&
      r.slots.pick === undefined &&
      !r.slots.bookingRef &&
      !ACTION_REQUEST.test(w.t) &&
      !(SEARCHES.has(r.intent) && ((AVAILABILITY_ASK.test(w.t) && !WAITLIST_WORD.test(w.t)) || ctx.searching)) &&
      ((ASKS_ABOUT.test(w.tq) && !((asksAPlace(r, w) || asksAMove(r, w)) && !ASKS_ABOUT.test(w.tq.replace(OK_ASKED, ' ')))) ||
        (SEARCHES.has(r.intent) && BOOKED_CONTEXT.test(w.t) && QUESTION_WORD.test(w.t))),
    apply: (r) => setIntent(r, 'knowledge', 0.7),
  },
  {
    name: 'service limit asked',
    why: '"预约要提早几天", "一周可以 book 几个 session", "book 了但是来不了 最晚几点 cancel", "那当天最晚什么时候还能约" (even during a search): a question about the service\'s limits is answered, not acted on. A booking verb in the past, what the service would do for the parent, a waitlist word opening a how-long question and "how early can I book a weekend spot?" are no imperative; both days told with a place stay a search.',
    applies: (r, w) =>
      ACTION_INTENTS.has(r.intent) &&
      r.slots.ordinal === undefined &&
      r.slots.pick === undefined &&
      !r.slots.bookingRef &&
      !ACTION_REQUEST.test(w.t.replace(PAST_ACTION, ' ').replace(SERVICE_DOES, ' ').replace(TOPIC_FIRST, ' ').replace(HOW_SOON_CAN_I, ' ')) &&
      asksServiceLimit(w.t) &&
      !asksForBothDays(w.t, r.slots),
    apply: (r) => setIntent(r, 'knowledge', 0.7),
  },
  {
    name: 'both weekend days asked',
    why: '"can I book for both Saturday and Sunday?", "周六和周日都能约吗", "every weekend?": asks the weekly limit, even with "can I book" in it; with a place named it stays a search for both days.',
    applies: (r, w) =>
      (r.intent === 'book' || r.intent === 'find_slots') &&
      !r.slots.district &&
      !r.slots.pointCode &&
      r.slots.ordinal === undefined &&
      BOTH_WEEKEND_DAYS.test(w.t) &&
      ASKS_WHETHER.test(w.t) &&
      askedRules(w.t).includes('weeklyCap'),
    apply: (r) => setIntent(r, 'knowledge', 0.7),
  },
  {
    name: 'booking ahead of an age reached',
    why: '"宝宝12月10号才满6个月 现在可以先book吗 还是要等满了", "寶寶下週才滿六個月 是預約當天要滿還是托育那天滿", "my son turns 6 months on Dec 10th, can I already book": whether a child who reaches the minimum age later may be booked now is the age rule (the age counts on the session date) — not a search on the day the age is reached. A place named keeps the search.',
    applies: (r, w) =>
      (ACTION_INTENTS.has(r.intent) || r.intent === 'can_attend') &&
      r.slots.ordinal === undefined &&
      r.slots.pick === undefined &&
      !w.place &&
      asksBookingBeforeMinimumAge(w.t),
    apply: (r) => {
      setIntent(r, 'knowledge', 0.75);
      delete r.slots.dateRange;
      delete r.slots.dateText;
    },
  },
  {
    name: 'rule fact asked',
    why: '"How long do you keep my booking history and messages?", "chat记录你们keep多久": a question for one of the service\'s numbers is answered, even when it names the parent\'s bookings or reads as nothing the assistant does. ("一个account可以register几个kids": how many children an account holds, asked with no child told, is a question too.)',
    applies: (r, w) => {
      const registersNoOne = r.intent === 'register_child' && !r.slots.children && !r.slots.childName && !r.slots.birthDate;
      return (
        ((r.intent === 'my_bookings' && !r.slots.bookingRef) || (r.intent === 'out_of_scope' && !r.slots.outOfScopeRequest) || registersNoOne) &&
        asksRuleFact(w.t)
      );
    },
    apply: (r) => setIntent(r, 'knowledge', 0.7),
  },
  {
    name: 'weather or a move asked of a held booking',
    why: '"There\'s a typhoon warning for Saturday, what happens to my booking?", "我預約的是週六湖裡的 想換到海滄的點 可以嗎": the parent\'s own booking named with the weather or with another point it should move to is the setting of a question about the service (what a closure does, how a move works), not a look at the bookings (round 32).',
    applies: (r, w) =>
      r.intent === 'my_bookings' &&
      !r.slots.bookingRef &&
      ASKED_MARK_ANYWHERE.test(w.t) &&
      (WEATHER_ASKED.test(w.t) || (MOVE_TO_WORD.test(w.t) && Boolean(r.slots.district || r.slots.pointCode || r.slots.neighbourhood))),
    apply: (r) => setIntent(r, 'knowledge', 0.7),
  },
  {
    name: 'past day booked late',
    why: '"上周六的还能补约吗", "can I still book for last Sunday?": booking a day that has passed is asked for, whatever story of a missed session comes with it; the search says the day is over and offers the coming ones.',
    applies: (r, w, ctx) =>
      ['knowledge', 'can_attend', 'out_of_scope'].includes(r.intent) &&
      !!r.slots.dateRange &&
      r.slots.dateRange.to < localDateOf(ctx.now, ctx.timeZone) &&
      BOOK_PAST_DAY.test(w.t),
    apply: (r) => setIntent(r, 'find_slots', 0.75),
  },
  {
    name: 'a past day told in a story',
    why: '"昨天差点把扣子塞进嘴里 这咋整", "孩子昨天差点从沙发上摔下来 要注意啥": a day that is over, told as when something happened, with no booking, care or place word, is the story\'s time — the question is answered, not a search that says the day is over.',
    applies: (r, w, ctx) =>
      r.intent === 'find_slots' &&
      !!r.slots.dateRange &&
      r.slots.dateRange.to < localDateOf(ctx.now, ctx.timeZone) &&
      !w.place &&
      !BOOKING_WORD.test(w.t) &&
      toldBeside(w.t, r.slots.dateText).length >= 10,
    apply: (r) => {
      setIntent(r, 'knowledge', 0.7);
      delete r.slots.dateRange;
      delete r.slots.dateText;
    },
  },
  {
    name: 'impossible date',
    why: '"Is there anything on 31 November?": a day that does not exist, asked about as a day — said so, not searched or answered.',
    applies: (r) => r.slots.dateProblem?.kind === 'impossible' && r.confidence < 0.6 && ['knowledge', 'out_of_scope', 'find_slots'].includes(r.intent),
    apply: (r) => setIntent(r, 'find_slots', 0.6),
  },
  {
    name: 'residence asked with a day',
    why: '"We\'re visiting from Shanghai for a week. Can my 2-year-old use the free weekend childcare even though we don\'t have Xiamen hukou?": whether a family without local hukou may come at all is asked; the weekend is the setting, not places asked for. With a place named or places asked for ("any spots"), it stays a search (round 40).',
    applies: (r, w) => r.intent === 'can_attend' && RESIDENCE_ASK.test(w.t) && !w.place && !AVAILABILITY_ASK.test(w.t),
    apply: (r) => setIntent(r, 'knowledge', Math.max(r.confidence, 0.75)),
  },
  {
    name: 'can attend on a day is a search',
    why: '"宝宝5个月，周六能送去半日托吗": with a day or a kind of care, whether they can go is a search with the age. Without a day or a place ("一歲多可以去半日托嗎") it stays the question whether that age is taken; so does a day that is when the child reaches an age ("下个月就满6个月了 就能送了呗").',
    applies: (r, w) =>
      r.intent === 'can_attend' &&
      !!(r.slots.dateRange || (r.slots.kind && (r.slots.district || r.slots.pointCode))) &&
      !AGE_REACHED_THEN.test(w.t) &&
      r.slots.childAgeMonths !== undefined &&
      !r.slots.ageOutOfRange,
    apply: (r) => setIntent(r, 'find_slots', 0.75),
  },
  {
    name: 'residence asked with an age',
    why: '"户口不在厦门 孩子4个月大 你们那里收不收", "our hukou isn\'t in Xiamen and our baby is 4 months old - do you take her?": two eligibility facts are asked, the household registration and the age; the eligibility answer that says both (no 户籍 limit; care from 6 months, classes with a parent before) answers, not the points that take that age.',
    applies: (r, w) => r.intent === 'can_attend' && RESIDENCE_ASK.test(w.t) && !r.slots.dateRange,
    apply: (r) => setIntent(r, 'knowledge', Math.max(r.confidence, 0.75)),
  },
  {
    name: 'care asked for an age',
    why: '"3个月能去托育吗": whether drop-off care (not a class) takes that age.',
    applies: (r, w) => r.intent === 'can_attend' && (CARE_ASK.test(w.t) || TAKES_CHILD_IN.test(w.t) || SENT_BARE.test(w.t)) && r.slots.kind !== 'trial_class',
    apply: (r) => {
      r.slots.wantsCare = true;
    },
  },
  {
    name: 'care asked of a search',
    why: '"厦港那个点 周六上午能把孩子放那边吗", "can I drop her at the Xiagang point on Saturday?": leaving the child there is drop-off care, not a class with a parent — so a point that runs classes only says so (round 54).',
    applies: (r, w) => r.intent === 'find_slots' && !r.slots.kind && !r.slots.classTitle && LEAVES_CHILD.test(w.t),
    apply: (r) => {
      r.slots.wantsCare = true;
    },
  },
  {
    name: 'what a class is, asked with an age',
    why: '"感统训练到底是练什么的 我家两岁能上吗", "绘本课是干嘛的 一岁能上吗": what the class is comes first; the class section answers both (what it is, and which ages take it), not a list of points for that age.',
    applies: (r, w) => r.intent === 'can_attend' && RULE_QUESTIONS.classWhat.test(foldRuleQuestion(w.t)),
    apply: (r) => setIntent(r, 'knowledge', 0.75),
  },
  {
    name: 'a class for a child not walking yet',
    why: '"孩子1岁2个月了还不会走路 能上大运动课吗": whether a class suits a child who cannot yet walk (talk, sit…) is asked of the class — the class section answers (play at each child\'s level, the parent alongside) — not which points take that age.',
    applies: (r, w) => r.intent === 'can_attend' && r.slots.kind === 'trial_class' && tellsSkillNotYetReached(w.t),
    apply: (r) => setIntent(r, 'knowledge', 0.75),
  },
  {
    name: 'age range asked, no child',
    why: '"想book感统课 但想先问下多大的baby可以上", "what age is the music class for?": the ages a class or a kind of care takes, asked with no child\'s age told, is answered from the rules, not checked against a child.',
    applies: (r, w) => r.intent === 'can_attend' && r.slots.childAgeMonths === undefined && AGE_RANGE_ASKED.test(w.t),
    apply: (r) => setIntent(r, 'knowledge', 0.75),
  },
  {
    name: 'several children told',
    why: 'Several children told with their birth dates are registered ("大宝朵朵2024-01-20 二宝果果2024-11-11 都登记一下"), unless their bookings are cancelled.',
    applies: (r) => !!r.slots.children && r.intent !== 'cancel',
    apply: (r) => setIntent(r, 'register_child', Math.max(r.confidence, 0.8)),
  },
  {
    name: 'new child asked a place',
    why: '"Second one is Leo, 1 Aug 2025. Please add him and book him Sunday morning in Huli": a child not registered yet, with a birth date, asked a place for, is registered first (the search follows for them).',
    applies: (r, _w, ctx) => newChildTold(r.slots, ctx) && (r.intent === 'book' || r.intent === 'find_slots'),
    apply: (r) => setIntent(r, 'register_child', Math.max(r.confidence, 0.8)),
  },
  {
    name: 'new child told by place in family',
    why: '"Second one is Leo, 1 Aug 2025": for a new child, "second one" is that child, not the second item of a list.',
    applies: (r, w, ctx) => newChildTold(r.slots, ctx) && CHILD_BY_PLACE_TOLD.test(w.t),
    apply: (r) => {
      delete r.slots.ordinal;
    },
  },
  {
    name: 'registered child changed',
    why: '"名字改成小汤圆", "果果生日登记错了 应该是…", "change Baby to Ava": a registered child changed, not a new one. The child renamed is the registered name written, else a birth-order or sibling word ("把妹妹的名字改成 Lily"). Nothing after it changes the reading.',
    applies: (r, w, ctx) => !!childUpdateIn(r, w, ctx),
    apply: (r, w, ctx) => {
      const update = childUpdateIn(r, w, ctx)!;
      setIntent(r, 'update_child', 0.85);
      r.slots.childUpdate = {
        ...(update.newName ? { newName: update.newName } : {}),
        ...(update.birthDate ? { birthDate: true } : {}),
        ...(update.birthYear ? { birthYear: update.birthYear } : {}),
      };
      if (update.oldName) r.slots.child = { name: update.oldName };
      delete r.slots.children;
      delete r.slots.childName;
    },
    final: true,
  },
  {
    name: 'outside request',
    why: '"你们周六招不招兼职的阿姨", "Can we book the room for my son\'s birthday party?": a job, an event, the rooms or a tour asked for with booking words is not a search or a knowledge question; it is said to be outside the service, with staff on offer. A child of the family named ("I\'m pregnant, can I book Leo for Saturday?") is who the booking is for, not the baby to come ("the baby", read as the youngest, is that baby).',
    applies: (r, w) => OUTSIDE_MAY_REPLACE.has(r.intent) && !!outsideRequestIn(r, w),
    apply: (r, w) => {
      r.slots.outOfScopeRequest = outsideRequestIn(r, w)!;
      setIntent(r, 'out_of_scope', Math.max(r.confidence, 0.85));
    },
  },
  {
    name: 'outing or choice of care',
    why: '"周末带宝宝去鼓浪屿玩 要注意什么", "taking my 1yo to Gulangyu on Saturday, anything to watch out for?": the child on an outing to a sight is a parenting question (sun, heat, crowds, pram or carrier), not the sight itself nor a search near it; "daycare or a nanny for my 1 year old?", "送托育机构好还是请保姆好": choosing between kinds of care is a question, not a search nor a nanny to find.',
    applies: (r, w) => QUESTION_MAY_REPLACE.has(r.intent) && (asksAboutOuting(w.t) || asksCareChoice(w.t)),
    apply: (r) => {
      setIntent(r, 'knowledge', Math.max(r.confidence, 0.75));
      delete r.slots.outOfScopeRequest;
    },
  },
  {
    name: 'in the conversation',
    why: 'What a message means given what the conversation is doing: while a search is under way, a bare place, day or age ("湖里的", "那就周日吧", "宝宝两岁") refines it; a correction with a day or place is a new search; a greeting with a day or a kind of care is the search (see inContext).',
    applies: (r, w, ctx) => inContext(r.intent, r.confidence, r.slots, w.t, ctx) !== undefined,
    apply: (r, w, ctx) => {
      const { intent, confidence, wantsCare } = inContext(r.intent, r.confidence, r.slots, w.t, ctx)!;
      if (wantsCare) r.slots.wantsCare = true;
      setIntent(r, intent, confidence);
    },
  },
  {
    name: 'follow-up to an answer',
    why: 'After an answer, a few words naming something else ("那临时托呢", "what about temporary care?", or a district alone after a knowledge answer: "那海沧呢" after when new points open) ask the same question about it, not for places.',
    applies: (r, w, ctx) => SEARCHES.has(r.intent) && followsOnAnswer(w.t, r.slots, ctx),
    apply: (r) => setIntent(r, 'knowledge', 0.7),
  },
  {
    name: 'an age told after an answer',
    why: '"he\'s 20 months btw", "她快两岁了" right after an answer tells the child\'s age for that answer (how many naps at 20 months), not a search for places: no search is under way, and it names nothing but the age — no day, place, kind of care or booking word.',
    applies: (r, w, ctx) => SEARCHES.has(r.intent) && agesAnAnswer(w.t, r.slots, ctx),
    apply: (r) => setIntent(r, 'knowledge', 0.7),
  },
  {
    name: 'the night asked after an answer',
    why: '"今天晚上還會再咳嗎" after croup, "ok and what am i watching for tonight" after water breathed in, "will it be worse tomorrow night too?": after an answer, a night named with what to watch for or whether it comes back asks about the illness tonight, not for places — unless it names a place, a kind of care or a booking word (round 46).',
    applies: (r, w, ctx) => SEARCHES.has(r.intent) && asksAboutTheNight(w.t, r.slots, ctx),
    apply: (r) => setIntent(r, 'knowledge', 0.7),
  },
  {
    name: 'how often, counted after an answer',
    why: '"止住了 但这个礼拜已经流了三次", "it\'s the 4th one this month" after a nosebleed answer: after an answer, a count of times over a week or a month tells how often it happens (a doctor for frequent ones), not a week asked for — unless it names a place, a kind of care or a booking word (round 47).',
    applies: (r, w, ctx) => SEARCHES.has(r.intent) && countsHowOften(w.t, r.slots, ctx),
    apply: (r) => setIntent(r, 'knowledge', 0.7),
  },
  {
    name: 'question leaning on an answer',
    why: 'After an answer, a question that leans on it asks about it, not to act ("那取消一个以后可以再约吗", "要是对处理结果不满意呢", "so what stops people from booking and not turning up?"), unless it names a day, a place, a choice or a booking, asks for places, or asks the assistant to do it ("那帮我取消吧").',
    applies: (r, w, ctx) => (ACTION_INTENTS.has(r.intent) || (r.intent === 'complaint' && SUPPOSING.test(w.t))) && asksOnAnswer(w.t, r.slots, ctx),
    apply: (r) => setIntent(r, 'knowledge', 0.7),
  },
  {
    name: 'greeting opening a question',
    why: '"Hello, my baby girl is 6 month now… Can I give honey and egg?", "你好 宝宝八个月了 晚上老醒 怎么办": a greeting that opens a question told in full is the courtesy before it, not the request; the question is answered. (A greeting with a day or a kind of care is the search: see inContext.)',
    applies: (r, w) => r.intent === 'greeting' && QUESTION_WORD.test(w.t) && w.t.replace(GREETING_WORDS, '').replace(/[\s\p{P}]/gu, '').length >= 25,
    apply: (r) => setIntent(r, 'knowledge', 0.7),
  },
  {
    name: 'the child told about after an answer',
    why: '"He understand when I say bring shoes or where is daddy. This is good?", "她会指着问小猫在哪里": after an answer, a message that opens on the child is more about that child, whatever "where is" it quotes — not the points\' locations, when it names no place.',
    applies: (r, w, ctx) =>
      ['point_info', 'out_of_scope', 'help'].includes(r.intent) &&
      !!ctx.previousIntent &&
      QUESTION_INTENTS.has(ctx.previousIntent) &&
      CHILD_SUBJECT.test(w.t.trim()) &&
      !(r.slots.district || r.slots.neighbourhood || r.slots.pointCode || r.slots.wantsNearby),
    apply: (r) => setIntent(r, 'knowledge', 0.7),
  },
  {
    name: 'a body detail told after an answer',
    why: '"手指頭上有一個小黑點" after an electric shock, "the body came off but i think the head is still in" after a tick, "指甲下面 black 了" after a finger in a door: after an answer, a message that tells a part of the body or a mark on it is more of that health story, not something outside the service — unless it asks for something outside or names a place.',
    applies: (r, w, ctx) =>
      ['out_of_scope', 'help'].includes(r.intent) &&
      !r.slots.outOfScopeRequest &&
      !!ctx.previousIntent &&
      QUESTION_INTENTS.has(ctx.previousIntent) &&
      BODY_DETAIL.test(w.t) &&
      !(r.slots.district || r.slots.neighbourhood || r.slots.pointCode || r.slots.wantsNearby),
    apply: (r) => setIntent(r, 'knowledge', 0.7),
  },
  {
    name: 'care elsewhere told',
    why: '"孩子在幼儿园被欺负了回来不说，两岁多，怎么看出来", "托婴中心的老师说我儿子会咬别的小朋友": a story about a kindergarten, an early-education class, a nanny or the grandparents is a parenting question; complaints concern our points, staff or this assistant (outsideCareStory.ts).',
    applies: (r, w) => r.intent === 'complaint' && tellsOutsideCareStory(w.t),
    apply: (r) => setIntent(r, 'knowledge', 0.75),
  },
  {
    name: "another parent's anger told",
    why: '"daycare told me my 18 month old bit another kid AGAIN today … the other mum is furious. how do I stop it", "his dad complained to the teacher, he\'s really angry with us … how do i make my son stop biting": the anger is another family\'s, at this child; the parent asks how to stop the biting — a parenting question (otherParentsAnger.ts).',
    applies: (r, w) => r.intent === 'complaint' && tellsOtherParentsAnger(w.t),
    apply: (r) => setIntent(r, 'knowledge', 0.75),
  },
  {
    name: 'how to complain asked',
    why: '"who I can complain to if something wrong happen at the point? just asking", "万一出了问题找谁投诉": how complaints work, asked before anything happened — answered, not filed as a complaint. (A grievance told beside it stays a complaint.)',
    applies: (r, w) => r.intent === 'complaint' && COMPLAINT_HOW_ASKED.test(w.t) && !GRIEVANCE.test(w.t.replace(COMPLAINT_WORD, ' ')),
    apply: (r) => setIntent(r, 'knowledge', 0.75),
  },
  {
    name: 'points near home',
    why: '"we live in 翔安, is there a point near us? husband works in 思明": the points near home are asked about, whichever other place the message names.',
    applies: (r, w) => r.intent === 'point_info' && homeDistrict(w.t).district !== undefined,
    apply: (r, w) => {
      const place = homeDistrict(w.t);
      r.slots.district = place.district;
      if (place.neighbourhood) r.slots.neighbourhood = place.neighbourhood;
      else delete r.slots.neighbourhood;
    },
  },
  {
    name: 'moved to a new place',
    why: '"我们刚从思明搬到翔安 … 想在翔安新家附近找一个 这周六上午": the place moved to is where care is looked for, not the place moved from (named first, and again as where they used to go).',
    applies: (r, w) => (SEARCHES.has(r.intent) || r.intent === 'point_info') && placeMovedTo(w.t).district !== undefined,
    apply: (r, w) => {
      const place = placeMovedTo(w.t);
      r.slots.district = place.district;
      if (place.neighbourhood) r.slots.neighbourhood = place.neighbourhood;
      else delete r.slots.neighbourhood;
      delete r.slots.pointCode;
    },
  },
  {
    name: 'pick is the list item',
    why: '"book 2", "约 3": the number after a booking verb is the item of the list booked.',
    applies: (r) => r.intent === 'book' && r.slots.pick !== undefined && r.slots.ordinal === undefined,
    apply: (r) => {
      r.slots.ordinal = r.slots.pick;
    },
  },
  {
    name: 'name in a reply',
    why: 'The child\'s name given in reply to being asked for the details, while registering, or in an unsure reading ("叫果果", "her name is Lily").',
    applies: (r, w, ctx) => !!replyNameIn(r, w, ctx),
    apply: (r, w, ctx) => {
      r.slots.replyName = replyNameIn(r, w, ctx);
    },
  },
  {
    name: 'sight named outside',
    why: 'A message outside the service that names a sight or a station (鼓浪屿, the ferry, the airport) names it back in the reply.',
    applies: (r, w) => r.intent === 'out_of_scope' && OUT_OF_SCOPE_PLACE.test(w.t),
    apply: (r, w) => {
      r.slots.outOfScopePlace = OUT_OF_SCOPE_PLACE.exec(w.t)![0].replace(/^[a-z]/, (c) => c.toUpperCase());
    },
  },
];

/** The district (and neighbourhood) of where the family says it lives, if it says. */
/** What a message says beside the day it names ("11月2号" alone says nothing else: the day is asked about). */
function toldBeside(t: string, dateText: string | undefined): string {
  return (dateText ? t.replace(dateText, '') : t).replace(/[\s，。,.!?！？、]/g, '');
}

function homeDistrict(t: string): { district?: Slots['district']; neighbourhood?: Slots['neighbourhood'] } {
  const home = HOME_PLACE.exec(t);
  return home ? parsePlace(home[1] ?? home[2] ?? '') : {};
}
