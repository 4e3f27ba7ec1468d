import { namedQuestion, questionAfterBookingTold } from '../../../nlu/namedQuestion.ts';
import type { PointInfo } from '../../../points/PointDirectory.ts';
import type { BookingOverview } from '../../tools/listBookingsTool.ts';
import { citeAgeRule } from './citeAgeRule.ts';
import { citeDocuments } from '../citeDocuments.ts';
import { describeError } from '../../../errors/describeError.ts';
import { findPointsTool } from '../../tools/findPointsTool.ts';
import { answerQuestion } from '../answers/answerQuestion.ts';
import { statedRuleFacts } from '../answers/ruleFacts.ts';
import { readCodeSwitched } from '../../../knowledge/readCodeSwitched.ts';
import { findPlacesAction } from '../../actions/searchActions.ts';
import { talkToStaffAction } from '../../actions/helpActions.ts';
import { ageFitsBand, SERVICE_MAX_AGE_MONTHS, tooOldForService } from '../../../booking/serviceAge.ts';
import { addMainMenu, capabilities } from '../menu.ts';
import type { IntentHandler } from './Request.ts';
import { comingWeekend, nextWeekend } from '../../search/weekends.ts';
import type { Reply } from '../Reply.ts';
import type { Request } from './Request.ts';
import { findSlots } from './searchIntents.ts';
import { askForDate } from '../../search/searchPlaces.ts';
import { answerReplyTime, asksReplyTime, followUpOnTicket } from '../escalate.ts';
import { normalizeText } from '../../../nlu/normalizeText.ts';
import { tellsFamilyCare } from '../../../nlu/familyCareTold.ts';
import { toSimplified } from '../../../text/chineseScript.ts';
import { PARENT_DISTRESS } from '../../../nlu/lexicon/parentDistress.ts';
import { CARE_NEAR_PLACE, WATER_OUTING } from '../../../nlu/lexicon/outsidePlaces.ts';
import { addDays, isWeekend, localDateOf, weekdayOf } from '../../../time/zonedTime.ts';
import { isDropOff } from '../../../domain/serviceKinds.ts';
import { REPLY_TIME_ASKED_ZH } from '../../../nlu/lexicon/zhIntentRules.ts';
import { REPLY_TIME_ASKED_EN } from '../../../nlu/lexicon/enIntentRules.ts';
import {
  EARLY_COLLECT,
  RULE_QUESTIONS,
  asksAboutOtherAppointment,
  asksAgeLimit,
  asksBookingBeforeMinimumAge,
  asksRuleFact,
} from '../../../nlu/ruleQuestions.ts';
import { neighbourhoodWord } from '../../../nlu/parsePlace.ts';
import { parseAge } from '../../../nlu/parseAge.ts';
import type { District } from '../../../domain/xiamenPlaces.ts';

/** Whether drop-off care (half-day or temporary) in the next two weekends takes a child of this age. */
/** The youngest age any drop-off care (half-day or temporary) takes in the coming two weekends; undefined when none is on. */
async function youngestCareAge(r: Reply): Promise<number | undefined> {
  const days = { from: comingWeekend(r.ctx.now, r.ctx.timeZone).from, to: nextWeekend(r.ctx.now, r.ctx.timeZone).to };
  let youngest: number | undefined;
  // (Read from the published sessions, as weekdayServices reads the week: a lookup behind the answer, not a search the
  // parent asked for — "宝宝才5个月 能送去托育吗" is a question, answered with the age rule.)
  for (const kind of ['half_day', 'temporary_care'] as const) {
    const sessions = await r.ctx.booking.searchSlots({ ...days, kind, includeFull: true, limit: 50 }).catch(() => []);
    for (const s of sessions) youngest = Math.min(youngest ?? s.minAgeMonths, s.minAgeMonths);
  }
  return youngest;
}

/** The knowledge answer lives with its presentation (dialogue/answers); other intents fall back to it. */
export { answerQuestion };

/**
 * "什么时候开始能约", "几号放出来", "when can I start booking", "when does booking open": when booking opens. (…also whether a
 * day is open yet, "那next week的现在可以约了吗", "can I book it yet?": that it is, with its places.)
 */
const OPENS_ASK =
  /(?:什么时候|啥时候|几时|哪天|几号|何时|多久|什么时间)(?:才)?(?:开始|开放|能|可以|才能|放)?(?:预约|约|订|报名|放出来|放号|开放|抢)|开放预约|放出来|开始(?:约|预约|订)|现在(?:就|已经)?(?:可以|能)(?:约|预约|订|报名|book)了?(?:吗|么|嘛|没)|(?<![a-z])(?:(?:can|could) (?:i|we) (?:already )?book (?:it |them |those |that |these )?(?:now|yet|already)|when (?:can|could|do|does|will|should) (?:i|we|you|booking|bookings|registration|it|they)\b.{0,24}\b(?:book|open|start|reserve|sign up)|booking (?:open|opens)|how far (?:ahead|in advance))(?![a-z])/i;

/** What is on that day, asked ("下周一有啥活动能带娃去", "is there anything on Monday?", "can we go on Tuesday?"). */
const AVAILABILITY =
  /有没有|有啥|有什么|有吗|有没|(?:能|可以)(?:不能|不可以)?(?:把(?:孩子|娃|宝宝|小孩|他|她|[\u4e00-\u9fa5]{1,3})?)?(?:去|送|带|托|放)|托吗|开不开|开门|营业|(?<![a-z])(?:is there|are there|anything|any (?:care|childcare|daycare|class(?:es)?|sessions?|spots?|places?|space|activit\w*)|what'?s on|open|(?:can|could) (?:i|we|she|he) (?:go|come|bring|drop|leave))(?![a-z])/i;

/**
 * How far ahead booking is possible, asked without a day ("可以提前三个礼拜约吗", "能 book 三个礼拜以后的吗", "最远能约到哪天",
 * "how far in advance can we book?", "can I book 3 weeks ahead?"): the booking window from the rules, with its last day.
 * ("how long before" alone is any deadline: "how long before must I cancel?", "how long before I should get it checked?".)
 */
export const HOW_FAR_AHEAD =
  /提前(?:多久|多长时间|几天|几周|几个?(?:礼拜|星期|月)|多少天|[\d一二两三四五六七八九十半]+ ?(?:天|个?(?:礼拜|星期|周|月))).{0,4}(?:约|预约|订|报名|book|放出来|放出|开放|上线|(?<![a-z])open(?![a-z]))|(?:[\d一二两三四五六七八九十]+|几) ?个?(?:礼拜|星期|周|月)(?:以|之)?后的?.{0,6}(?:约|预约|订|book|报名)|(?:约|预约|订|book)\s*(?:[\d一二两三四五六七八九十]+|几) ?个?(?:礼拜|星期|周|月)(?:以|之)?后|最(?:早|远|多)(?:可以|能)?(?:提前)?(?:约|预约|订)(?:到)?(?:多久|哪天|几号|什么时候|多远)|(?<![a-z])(?:how (?:far|many (?:days|weeks)) (?:ahead|in advance|out|before)|how long (?:ahead|in advance)|how long before\b.{0,24}\b(?:book|reserve|sign up)|(?:\d+|two|three|four|five|six|a few|several|a couple of) (?:weeks?|months?) (?:ahead|in advance|out|(?<!born (?:about |around |almost |nearly )?(?:\d+|two|three|four|five|six|a few|several|a couple of) (?:weeks?|months?) )early|from now)|(?:weeks?|a month|months) in advance|a month (?:ahead|out))(?![a-z])/i;

/** A day named as any such day, not one date ("a Saturday session", "on Sundays", "每个周六", "一般周末"). */
// (…also the weekend that names the service, "周末托育要提前几天约", "how far ahead can I book weekend care": no weekend of its own.)
const GENERIC_DAY =
  /(?<![a-z])(?:(?:an?|any|each|every|usual|typical) (?:saturday|sunday|weekend|weekday)|(?:saturdays|sundays|weekends|weekdays)|weekend (?:care|childcare|sessions))(?![a-z])|(?:每个?|一般|通常|平常|平时)(?:的)?(?:周|星期|礼拜)[六日天末]|^周末(?:的)?(?:托育|托|免费托育|半日托|临时托)/i;

/** Booking one day for the next asked about ("今天约明天的可以吗", "can I book today for tomorrow?"): the timing rule, of that day. */
const BOOKS_FOR_NEXT_DAY = /(?:今天|今日|当天|现在)(?:就)?(?:约|预约|订)(?:明天|后天)|(?<![a-z])book (?:today )?for tomorrow(?![a-z])/i;

const CANCEL_NAMED = /取消|退订|退掉|(?<![a-z])cancel\w*(?![a-z])/i;
/** The latest a session can be booked, asked ("最晚要提前多久约", "当天还能约吗", "what's the latest I can book"). */
const LATEST = /最晚|最迟|当天|当日|(?<![a-z])(?:latest|last[- ]minute|same[- ]day|on the day)(?![a-z])/i;

/** Asking about a rule of a session, not what is on ("要不要预约还是直接去", "do I need to book or can we just walk in?"). */
const RULE_ASKED =
  /需要预约|要预约吗|要不要(?:预约|约)|用不用(?:预约|约)|直接去|直接过去|(?<![a-z])(?:walk[- ]?in|need to (?:book|register)|have to (?:book|register)|must (?:i|we) book)(?![a-z])/i;

/** Going without booking ("直接带孩子过去", "不预约", "walk in", "just turn up"). */
const WALK_IN =
  /直接(?:去|过去|来|带)|不(?:用)?(?:预约|约)(?:的|直接|就)?|没(?:有)?(?:预约|约)(?:就|也)|(?<![a-z])(?:walk[- ]?in|without (?:a )?booking|(?:just )?(?:turn|show) up|just (?:go|come|drop (?:in|by)))(?![a-z])/i;

/** Whether booking is needed, asked outright ("要不要预约", "do I need to book"). */
const NEED_TO_BOOK =
  /需要预约|要预约吗|要不要(?:预约|约)|用不用(?:预约|约)|(?<![a-z])(?:need to (?:book|register)|have to (?:book|register)|must (?:i|we) book)(?![a-z])/i;
/** A class named ("体验课", "trial class"), which is booked like any session. */
const CLASS_NAMED = /课|(?<![a-z])(?:class(?:es)?|trial|lessons?)(?![a-z])/i;

/**
 * A health question that names a day ("周一打完疫苗能去吗", "runny nose, can he still go on Sunday?") is a health question;
 * so is a condition and its care ("Can she still go to the weekend care point with her eczema? Will they put her cream on?"),
 * and an injury, bite or sting with what the child may do that day ("can she have a bath tonight? the bites are open",
 * "蜇的地方还肿 明天能洗澡吗").
 */
const HEALTH =
  /空气质量|空气污染|雾霾|(?<![a-z])(?:aqi|air quality|air pollution|smog)(?![a-z])|发烧|烧|咳|病|疫苗|拉肚子|拉(?:了|过)?.{0,4}肚子|腹泻|吐|过敏|湿疹|疹|药|感冒|鼻涕|鼻塞|喷嚏|体温|不舒服|结膜炎|红眼|水痘|流感|皮炎|哮喘|药膏|3[5-9](?:\.\d)?\s*(?:度|°|℃)|(?<![\d.:])3[5-9]\.\d(?!\d)|伤口|被.{0,4}(?:咬|叮|蜇|蛰)|(?:咬|叮|蜇|蛰)(?:的|了|到|伤)|肿|晒伤|晒红|烫伤|(?<![a-z])(?:bites?|bitten|stings?|stung|sunburn\w*|burns?|burnt|burned|bumps?|bumped|wounds?|cuts?|scratch\w*|swell\w*|swollen|scald\w*|sick|ill|unwell|fever|eczema|dermatitis|creams?|ointments?|emollients?|lotions?|inhalers?|asthma|epi-?pens?|auto-?injectors?|diagnosed|cough\w*|colds?|runny|stuffy|snott\w*|sniffl\w*|sneez\w*|temperature|vaccin\w*|jab|vomit\w*|threw up|throw(?:s|ing)? up|diarr\w*|rash|allerg\w*|medicine|chicken ?pox|conjunctivitis|pink ?eye|flu)(?![a-z])/i;

/**
 * What is not about care for the parent's own child, so never a search or a "which day?" prompt even when a day is read
 * in it: a job at the service ("服务点招不招保育员", "are you hiring carers?") and a parent at the end of their tether
 * ("I'm so 崩溃 today 一个人带娃"), whose day is the setting of what they tell.
 */
const JOB_ASKED =
  /招(?:不招|聘|人|工|募)|应聘|求职|找(?:工作|兼职)|工作机会|(?:当|做)(?:保育员|老师|阿姨)|(?<![a-z])(?:hiring|vacanc\w*|recruit\w*|job (?:openings?|opportunit\w*|vacanc\w*)|(?:looking for|want|need|apply for|get) a job|work (?:for|at) (?:you|your|the (?:service|point|centre|center)))(?![a-z])/i;
const VENTING = PARENT_DISTRESS;
/** Venting that still asks whether care can be had ("好累 周六可以托吗") asks for care. */
// (…nor a day at the beach or the pool, "明天还能带他去海边玩吗", "ok to take him swimming tomorrow?": the outing's day, not care.)
const notCareForChild = (t: string): boolean =>
  JOB_ASKED.test(t) || (VENTING.test(t) && !POSSIBLE.test(t) && !AVAILABILITY.test(t)) || (WATER_OUTING.test(t) && !CARE_NEAR_PLACE.test(t));

/** Care on working days asked about in general ("平日可以托吗", "do you have care during the week?"). */
const WEEKDAYS_ASKED =
  /平日|工作日|周一到周五|礼拜一到礼拜五|星期一到星期五|上班(?:的)?(?:时候|日子|时间)|(?<![a-z])(?:weekdays?|week ?days?|during the week|mon(?:day)?s? (?:to|-|through|thru) fri(?:day)?s?|working days?)(?![a-z])/i;
/** It happening again, asked of what follows ("if it happens a third time", "再有一次呢", "第三次的话会怎样"). */
const HAPPENS_AGAIN =
  /(?:再|又)(?:有|来|发生|这样|出现)?(?:一|1)次|第(?:三|3|四|4)次|(?<![a-z])(?:happens? (?:again|a (?:third|3rd|fourth|second) time)|(?:a|the) (?:third|3rd|fourth) (?:time|one)|(?:one more|another) (?:time|miss|no[- ]show))(?![a-z])/i;
/** Weekdays named as such, not only a day ("平日", "工作日", "weekday"), or the parent's working day ("我周三要上班"). */
const WEEKDAYS_NAMED =
  /平日|工作日|周一到周五|礼拜一到礼拜五|星期一到星期五|(?:要|得|去)上班|(?<![a-z])(?:weekdays?|week ?days?|during the week|working days?|(?:i|we) (?:work|have work|'m working|are working))(?![a-z])/i;
/** What the weekdays offer, asked in so many words ("平日有什么活动", "what's on during the week"). */
const WEEKDAY_OFFER_ASKED = /(?:什么|哪些|啥)(?:活动|服务)|(?<![a-z])(?:what(?:'s| is) on|any activities|what activities)(?![a-z])/i;
/** Eligibility words: household registration, residence, nationality ("没有厦门户口", "no hukou", "we're Australian"). */
const ELIGIBILITY_ASKED =
  /户口|户籍|居住证|社保|外籍|外国|老外|台胞|台湾(?:来|人)|港澳|回乡证|(?<![a-z])(?:hukou|household registration|residence permit|social insurance|nationality|foreigners?|foreign (?:family|families|kids?|children|passport)|expats?|citizens?|australian|american|british|canadian|german|french|japanese|korean|russian|passports?|visas?|visiting scholars?|tourists?|visitors|locals?|residents? only|hk|hong kong|macau|macao)(?![a-z])/i;
/**
 * Using the service asked about ("can we use…", "is it only for locals", "可以参加吗"): with who the family is, the
 * eligibility rule. ("We're expats… does she need extra water?" names who they are but asks about the child.)
 */
const ASKS_TO_USE =
  /参加|使用|用(?:吗|不)|去(?:吗|不)|能去|可以去|能不能去|约(?:吗|不)|能约|可以约|托育|爱邻护幼|服务点|托育点|(?<![a-z])(?:use|join|book\w*|allowed|eligible|qualify|only for|for (?:us|locals?|residents?|foreigners?)|childcare|care points?|weekend care|free care)(?![a-z])/i;
/** Where the family lives or works, told as who they are ("living in Haicang for my husband's job"): not a place to search. */
const LIVES_THERE =
  /住在|住|在.{1,4}(?:上班|工作)|(?<![a-z])(?:live|living|lives|stay|staying|based|work|working|works)(?: [a-z']+){0,2} (?:in|at|near)(?![a-z])/i;
const CARE_ASKED =
  /托|送|(?:都|也)?开(?:门|放)?(?:吗|么|嘛|不|没)|营业|(?<![a-z])open(?![a-z])|照顾|看(?:孩子|娃|小孩)|带(?:孩子|娃|小孩)|(?<![a-z])(?:care|childcare|daycare|drop(?:-| )?(?:off|him|her|them)|look after|leave (?:him|her|them|my))(?![a-z])/i;

/**
 * How long something keeps, asked ("母乳放冰箱能放多久", "可以存几天", "how long can expressed milk stay in the fridge", "how long
 * does puree keep"): storing food or milk, never a day's care — whatever day the message names.
 */
const KEEPS_HOW_LONG =
  /(?:放|存|保存|储存|冷藏|冷冻|冻|搁)(?:在)?(?:冰箱|冰柜|冷藏室|冷冻室|室温|常温)?(?:里|里面)?(?:能|可以)?(?:放|存|保存)?(?:多久|几天|几个小时|多长时间|多少天|几个月)|(?<![a-z])(?:how long (?:can|does|do|will|should|is) (?:[a-z']+ ){0,4}(?:keep|last|stay|be (?:kept|stored|left|frozen|refrigerated)|sit out|stay out)|how long (?:is|are) (?:[a-z']+ ){0,3}(?:good|safe|ok|okay) (?:for|in|at|out))(?![a-z])/i;

/** Whether something is possible, asked ("…可以吗", "能不能", "行不行", "can we", "is it ok to"). */
const POSSIBLE =
  /(?:可以|能|行)(?:吗|么|嘛|不)|可不可以|能不能|行不行|(?<![a-z])(?:can (?:i|we|she|he|they|my)|could (?:i|we|she|he)|is it (?:ok|okay|possible)|are we able)(?![a-z])/i;
/** A question about how, what or when, which a list of sessions would not answer ("周六托育要带什么", "几点开门"). */
const WHAT_HOW = /怎么|怎样|如何|什么|啥|几点|多少|哪|要带|需要|规定|流程|(?<![a-z])(?:how|what|which|where|why|bring|need)(?![a-z])/i;

/** Whether a day can be booked, asked ("下下下周六可以约吗", "can I book the 19th?"): that day's sessions answer it (not open yet, full, free). */
const BOOKABLE_ASK =
  /(?:可以|能|能不能|可不可以)(?:预)?(?:约|订|报名)|约得(?:到|上)|(?<![a-z])(?:can (?:i|we) (?:still )?(?:book|reserve)|(?:is it|are they) bookable)(?![a-z])/i;

/** Making up a missed session ("上周六的还能补吗", "can we make up last Saturday?"): said of a day already past. */
const MAKE_UP =
  /(?:还|能|可以|能不能|可不可以)补(?:约|订|预约|上|回来|一次|一下|个|一个)?(?:吗|么|嘛|不|$)|补(?:约|订|预约)|(?<![a-z])make (?:it |that |this |the session )?up|make up for(?![a-z])/i;

/** Whether a child may come or use the service ("can he join?", "is she too old?", "还能去吗", "能参加吗"). */
const ATTEND =
  /去|来|参加|报名|送|托|进|太大|超龄|(?<![a-z])(?:join|come|go|attend|use (?:it|the service|this)|book|sign (?:him|her|them)? ?up|enrol+|register|too old|still eligible|eligible)(?![a-z])/i;

/** Whether points open over a public holiday, asked (Simplified, lowercased text). */
const HOLIDAY_OPEN =
  /(?:春节|过年|新年|元旦|国庆|五一|劳动节|中秋|端午|清明|节假日|法定假日|法定节假日|假期|长假|连假|过节)(?:期间|的时候|那几天|那天|这几天|前后|里|放假)?.{0,10}(?:开门|开放|营业|关门|休息|停业|暂停|照常|开(?:吗|不|么|嘛)|开不开|还开|放假(?:吗|么|嘛|不)|放不放假)|(?<![a-z])(?:(?:open|closed?|closing|running|operating)\b.{0,30}\b(?:public holidays?|bank holidays?|chinese new year|lunar new year|cny|spring festival|national day|golden week|mid-autumn|dragon boat|new year'?s(?: day| eve)?|holidays)|(?:public holidays?|bank holidays?|chinese new year|lunar new year|cny|spring festival|national day|golden week|holidays)\b.{0,30}\b(?:open|closed?|closing|running|operating))(?![a-z])/i;
/** The holiday rule as it is looked up: the service's own question about closures (service-faq). */
const HOLIDAY_RULE_ZH = '节假日服务点开不开 场次会取消吗';
const HOLIDAY_RULE_EN = 'are points open on public holidays, will a session be cancelled';

/** How long sessions run, as it is looked up (service-faq). */
const SESSION_LENGTH_ZH = '半日托多长时间 临时托多久';
const SESSION_LENGTH_EN = 'how long is half-day care and how long is temporary care';
/**
 * Collecting early, asked in those words ("半日托可以提早接回家嗎", "can I pick her up early?"), as it is looked up: the
 * early-collection rule (policy-pickup-safety). Staying only some hours ("只托两个小时") is asked as the sessions' lengths.
 */
const COLLECT_EARLY_WORDS = /(?:提前|早点|提早)(?:把[^，。,.!?？]{0,4})?接(?!种)|(?<![a-z])(?:pick (?:\w+ )?up |collect (?:\w+ )?)(?:early|earlier)(?![a-z])/;
const EARLY_COLLECT_ZH = '可以提前把孩子接走吗';
/** How long a session runs, asked ("临时托最多可以托多久", "半日托多长时间", "how long is temporary care?"). */
const LENGTH_ASKED =
  /(?:托|待|呆|放)(?:多久|多长时间|几个?(?:小时|钟头))|(?:半日托|半天托|临时托|临托)(?:是|有)?(?:多久|多长时间|几个?(?:小时|钟头))|(?<![a-z])how long (?:is|does|do|are|can) (?:(?:a|the|each|one) )?(?:half[- ]day|temporary|session|care|(?:she|he|they|my \w+) stay)(?![a-z])/i;
const ONLY_SOME_HOURS =
  /只托|托(?:个)?[\d一二两三四五六七八九十半]+(?:个)?(?:小时|钟头)|(?<![a-z])(?:only|just) (?:for )?(?:\d+|one|two|three) hours?(?![a-z])/;
const EARLY_COLLECT_EN = 'Can I collect my child before the session ends?';

/** Meals at a point as they are looked up: the service's own question about lunch (service-practical-questions). */
const MEALS_RULE_ZH = '托育期间管饭吗 要自己带吃的吗';
const MEALS_RULE_EN = 'is lunch provided? do they feed the kids';

/** The eligibility rule as it is looked up: the service's own question about a child turning 3 (service-eligibility). */
const AGE_RULE_ZH = '孩子下周就满3岁了 还能约吗 有没有年龄上限';
const AGE_RULE_EN = 'my son turns 3 next week, can he still come? is there an age limit?';
// (A child who reaches the minimum age after booking: the eligibility section says the age counts on the session date.)
const MIN_AGE_AHEAD_ZH = '宝宝下个月才满6个月 现在可以先约吗 年龄按哪天算';
const MIN_AGE_AHEAD_EN = 'she turns 6 months next month, can I book now?';
/** Who may use the service by who the family is (papers, residence, nationality): the rule's own question, so the child's age told beside it does not find the age section. */
const WHO_MAY_USE_ZH = '需要是本地居民或交社保吗？外籍家庭可以吗？';
const WHO_MAY_USE_EN = 'Do I need to be a resident or have social insurance? Can foreign families use it?';

/**
 * Full-day, evening or overnight care asked about ("周末托育是全天的吗", "能不能放一整天", "is it full day daycare?", "can she
 * stay all day?"): the answer is no (half-day and temporary care only), said before any day's list of sessions.
 */
// ("he's fine all day", "she cried all day": how the child was, not care asked for — round 51.)
// (整天 said as "all day long" before what the child does — "整天拿手机给娃刷短视频", "一整天都在哭" — is no care asked: round 45.)
const FULL_DAY_ASKED =
  /全天|一?整天(?![都就在拿看玩刷哭闹抱吃睡要黏粘缠喊说开给让对打])|全日(?:托|制)?|托到(?:晚上|傍晚|下班)|过夜|(?<![a-z])(?:full[- ]?(?:day|time)|(?<!(?:fine|ok|okay|alright|good|great|happy|calm|perfect|cries|cried|crying|screams|screamed|screaming|sleeps|slept|plays|played|playing|eats|ate|clingy|tired|grumpy|fussy|whining|awake) )all day|whole day|overnight|evening care)(?![a-z])/i;
/** Another child taken along ("带两个孩子", "可以一起吗", "bring both", "come along too"). */
const SIBLING_ALONG =
  /带(?:两个|俩|[他她]们|老大|大宝|哥哥|姐姐)|一起|一块|(?<![a-z])(?:bring (?:both|them|the two)|together|along|both (?:kids|children))(?![a-z])/i;
/** Whether there are points at all, asked ("翔安也有点吗", "有没有服务点", "is there a point near us?"). */
const ANY_POINTS_ASKED =
  /有(?:没有)?.{0,10}(?:点|服务点|托育点)(?:吗|么|嘛|[?？])|有没有|(?<![a-z])(?:is there|are there|any (?:care )?points?|only on the island)(?![a-z])/i;
/** What children do at a point, asked ("孩子在服务点都做些什么", "what do they do with the kids at the point?"). */
const POINT_ACTIVITIES_ASKED =
  /(?:服务点|托育点|点上|那边|那里|那儿|里面|里头)(?:的)?(?:一上午|一下午|一整个上午|一整个下午|半天|这半天|那半天|几个小时)?(?:都|到底)?(?:会)?(?:做|玩|干)(?:些)?(?:什么|啥|嘛|吗)|(?:老师|阿姨|保育员)(?:们)?(?:都)?(?:会)?(?:带|陪)(?:孩子|宝宝|娃|小朋友)(?:们)?(?:做|玩|干)(?:些)?(?:什么|啥)|(?<![a-z])(?:what (?:(?:do|will|does|would) )?(?:they|the carers?|the staff|the teachers?|the kids|the children|kids|children) do (?:with (?:the |my )?(?:kids|children|babies|toddlers)|there|all (?:morning|afternoon)|at the (?:point|centre|center))|what (?:activities|kind of activities) (?:do|will|are)(?![a-z]))/i;
const ACTIVITIES_ZH = '爱邻护幼服务点提供哪些服务';
const ACTIVITIES_EN = 'what services do the Ai Lin Hu You points offer';
/** Booking at a later time, asked how ("到时候怎么约", "满6个月以后怎么预约", "how do I book then?"). */
const BOOK_LATER_HOW =
  /(?:那时候|到时候|那时|以后|之后|满.{1,4}(?:个月|岁)(?:以后|之后)?).{0,6}(?:怎么|如何|怎样)(?:预约|约|报名)|(?<![a-z])(?:(?:once|when|after) (?:she|he|they|my \w+) (?:turns?|is|reaches)\b.{0,20}\bhow (?:do|can|should) (?:i|we) book|how (?:do|can|should) (?:i|we) book (?:then|at that point|after that))(?![a-z])/i;
/**
 * How to book, asked with nothing to book yet ("那要怎么约", "那我咋预约啊", "约的话怎么弄", "so how do I book?"): the booking
 * steps — not why booking can fail, which its 约 finds in the eligibility document a follow-up would stay in.
 */
const HOW_TO_BOOK =
  /^(?:那|那么|所以|好的?|好吧|ok|okay)?[\s,，]*(?:我|我们)?(?:要|该|应该|得)?(?:怎么|咋|怎样|如何|怎么样)(?:才能|才可以|去|来)?(?:预约|约|报名|订)(?:呢|啊|呀|吗|嘛)?[?？。!！\s]*$|^(?:那|那么)?(?:预约|约)的话(?:要)?(?:怎么|咋|如何)(?:弄|办|做|操作|约)(?:呢|啊|呀)?[?？。!！\s]*$|^(?:so|and|ok|okay)?[\s,]*how (?:do|can|would|should) (?:i|we) (?:book|make a booking|sign up)(?: then| for it| it)?[?.!\s]*$/i;
const HOW_TO_BOOK_ZH = '怎么查找可以预约的场次？';
const HOW_TO_BOOK_EN = 'How do I search for sessions I can book?';
const BOOKING_OPENS_ZH = '什么时候可以开始预约？什么时候截止？';
const BOOKING_OPENS_EN = 'when does booking open and close?';
/** A first time at care, and how to prepare the child for it. */
const FIRST_TIME_CARE =
  /(?:第一次|头一次|首次|刚开始)(?:送|去|上)?(?:托育|托班|托育点|服务点|幼幼班|幼儿园)?.{0,30}(?:怎么|如何|怎样)(?:帮(?:他|她|孩子|宝宝)?)?(?:准备|做准备|适应)|(?<![a-z])(?:first (?:time|day)\b.{0,80}\b(?:care|childcare|daycare|nursery|point|drop)\w*\b.{0,120}\b(?:prepare|get (?:her|him|them) ready|settle)|(?:prepare|settle) (?:her|him|them)\b.{0,40}\b(?:care|childcare|daycare|nursery|point))(?![a-z])/i;
const SETTLE_IN_ZH = '第一次去托育点，怎样帮孩子慢慢适应';
const SETTLE_IN_EN = 'first time at childcare how do I prepare my child';
/** An age over 3 told anywhere in the message ("大的4岁", "一个5岁", "3岁半", "my older one is 5"), whichever age was read first. */
// (…or told as "his sister is 5", a full stop after it too: round 44.)
const OVER_THREE_TOLD =
  /(?<![a-z])(?:sister|brother|sibling|she|he)(?:'s| is) (?:[4-9]|four|five|six|seven|eight)(?![\d:a-z])(?!\.\d)(?!\s*(?:months?|mos?|weeks?|days?)(?![a-z]))|(?<![\d.])(?:[4-9]|四|五|六|七|八|九)\s*(?:岁|周岁)|(?:3|三)\s*岁(?:半|多)|(?<![a-z\d])(?:[4-9]|four|five|six|seven|eight)[- ]?(?:years?|yrs?|yo)(?:[- ]old)?(?![a-z])/i;
/**
 * Whether the parent (or an older child with them) may wait beside the session ("能不能让她在旁边坐着等", "can i hang around
 * there with my 5 year old?"): asked about waiting, not about booking the older child — the siblings section answers it.
 */
const WAITS_BESIDE =
  /(?:旁边|门口|门外|外面|楼下|教室外|附近)(?:坐着|站着)?(?:等|待|陪)|坐着等|(?<![a-z])(?:hang (?:around|about|out)|wait (?:outside|nearby|around|there|with)|sit (?:and wait|with (?:us|me)))(?![a-z])/i;
const WAIT_BESIDE_ZH = '陪小宝上课 大宝能在旁边等吗';
const WAIT_BESIDE_EN = 'can the older one wait beside us during the class?';
/** Places asked for in so many words ("周六全天有位吗"): a search, whatever else it asks. */
const PLACES_NAMED = /位置|位子|名额|空位|余位|有位|(?<![a-z])(?:slots?|spots?|places|vacanc\w*)(?![a-z])/i;
/** What a kind of care means or how it compares ("临时托是啥意思 跟全日托一样吗"): the kinds of care, not the full-day rule. */
const KIND_MEANING = /意思|一样|区别|不同|差别|(?<![a-z])(?:mean|means|difference|same as)(?![a-z])/i;
const FULL_DAY_RULE_ZH = '爱邻护幼有全天托、晚上托或者过夜托吗';
const FULL_DAY_RULE_EN = 'is there full-day, evening or overnight care';

/** A complaint named ("如果我投诉", "if I complain about a point"). */
const COMPLAINT_NAMED = /投诉|(?<![a-z])complain\w*(?![a-z])/i;

/** Staff named in a question about reply times ("你们工作人员几点在线", "how fast do your staff reply"). */
const STAFF_NAMED =
  /工作人员|客服|人工|专员|老师|有人|你们|工单|留言|消息|(?:我的|提交的?)(?:问题|申请)|(?<![a-z])(?:staff|someone|somebody|a person|anyone|you|you guys|your team|ticket|my request|my message|customer service)(?![a-z])/i;

function weekdaysOnly(range: { from: string; to: string }): boolean {
  for (let d = range.from, i = 0; d <= range.to && i < 14; d = addDays(d, 1), i++) if (isWeekend(d)) return false;
  return true;
}

/**
 * What the points offer on the coming working days, from the published sessions: free care at weekends, trial
 * classes on weekdays, the weekdays with some half-day care (and when), the weekdays with nothing at all.
 */
async function weekdayServices(r: Reply): Promise<void> {
  const w = r.w;
  const today = localDateOf(r.ctx.now, r.ctx.timeZone);
  const care: string[] = [];
  const classes: string[] = [];
  const closed: string[] = [];
  // The coming seven days, said Monday to Friday.
  const days = Array.from({ length: 7 }, (_, i) => addDays(today, i + 1))
    .filter((d) => !isWeekend(d))
    .sort((a, b) => weekdayOf(a) - weekdayOf(b));
  for (const day of days) {
    const name = w.format.weekday(weekdayOf(day));
    const sessions = await r.ctx.booking.searchSlots({ from: day, to: day, includeFull: true, limit: 50 }).catch(() => []);
    const dropOff = sessions.filter((s) => isDropOff(s.kind));
    if (dropOff.length > 0) care.push(w.search.weekdayCareDay(name, [...new Set(dropOff.map((s) => w.format.timeRange(s.startTime, s.endTime)))].join(' / ')));
    if (sessions.some((s) => s.kind === 'trial_class')) classes.push(name);
    if (sessions.length === 0) closed.push(name);
  }
  const said = w.search.weekdayServices({ careDays: w.format.list(care), classDays: w.format.list(classes), closedDays: w.format.list(closed) });
  r.say(said);
  // What the week holds is the service's rule on weekdays (free care at weekends, weekday trials and classes), cited as every
  // rule is: "那weekday也有托育吗" after the kinds of care hears where that is written.
  await citeDocuments(r, [{ sentence: said, doc: 'service-kinds' }], 8);
  // No "which day?" after it: the parent asked what exists on weekdays, not to book one (a booking prompt read as pushing).
}

/**
 * A question. Before the knowledge base: what the parent's open request to staff needs (when they reply, more
 * detail); when booking opens for a day named; what is on a working day named (said plainly, with that day's
 * classes); care on working days in general; when staff reply.
 */
export const knowledge: IntentHandler = async (r, asked) => {
  // "…went fine. anyway my question: how much water should a 1 year old drink?": the question the parent marks is what is
  // answered and looked up; the story before it (a booking, a day) would find the booking rules.
  // (A booking told first likewise: "周日下午约了半日托 女儿老是咬人 …" asks about biting, not about half-day care.)
  const named = namedQuestion(asked.text) ?? questionAfterBookingTold(asked.text);
  const q = named ? { ...asked, text: named } : asked;
  if (await followUpOnTicket(r, q.text)) return;
  const t = normalizeText(toSimplified(q.text));
  // "and if it happens a third time what exactly happens", "要是再有一次呢" after a rule with a count (no-shows, late
  // cancellations): the rule asked again, looked up with the question before — which names the rule — not by its own words.
  if (r.state.lastQuestion && r.state.lastQuestion !== q.text && HAPPENS_AGAIN.test(t) && asksRuleFact(r.state.lastQuestion) && !HEALTH.test(t))
    return answerQuestion(r, { ...q, text: `${r.state.lastQuestion}\n${q.text}`, searchText: undefined });
  // "下午场也是这样吗", "is it the same for afternoon sessions?" after the cancel deadline: the question before, asked of
  // another session — looked up with it, not by the session's own words (its opening times).
  if (r.state.lastQuestion && r.state.lastQuestion !== q.text && (SAME_AS_BEFORE.test(t) || STILL_SO.test(t)))
    return answerQuestion(r, { ...q, searchText: `${r.state.lastQuestion}\n${q.text}` });
  // Not about care for the parent's child: answered, never a search or a "which day?" prompt for a day read in it.
  if (notCareForChild(t)) return answerQuestion(r, q);
  // How the child's session went ("今天我兒子在臨托有沒有吃點心", "did she nap at care today?"): only the carers know; answered,
  // never that day's places (round 44).
  if (HOW_IT_WENT.test(t)) return answerQuestion(r, q);
  // Who may use the service, asked with the care it names ("we're Australian so no hukou — can we still use the free weekend
  // childcare?", "我们户口在漳州 可以去爱邻护幼吗"): the eligibility rule, not the coming weekend's places. A day of its own
  // ("这周六能约吗") is still that day's sessions.
  if (
    ELIGIBILITY_ASKED.test(t) &&
    !HEALTH.test(t) &&
    (!q.slots.dateRange || /^(?:(?:the )?weekends?|周末)$/i.test(q.slots.dateText ?? '')) &&
    !q.slots.partOfDay &&
    (!q.slots.district || LIVES_THERE.test(t))
  )
    // (Looked up as the rule — the child's age told beside it would find the age section — unless the parent asks about the
    // household registration itself, whose own section answers it.)
    return answerQuestion(
      r,
      !ASKS_TO_USE.test(t) || /户口|户籍|(?<![a-z])(?:hukou|household registration)(?![a-z])/i.test(t)
        ? q
        : { ...q, searchText: r.lang === 'zh' ? WHO_MAY_USE_ZH : WHO_MAY_USE_EN },
    );
  // Whether points open over a public holiday ("春节期间你们托育点开门吗", "are the points open over Chinese New Year?"): the
  // holiday rule (a point may close; families booked are told), looked up as that rule — not the usual session times its
  // 开门 / open would find. (A day asked to be booked, "元旦那个周六能约吗", is that day's sessions.)
  if (HOLIDAY_OPEN.test(t) && !BOOKABLE_ASK.test(t)) return answerQuestion(r, { ...q, searchText: r.lang === 'zh' ? HOLIDAY_RULE_ZH : HOLIDAY_RULE_EN });
  // Collecting before the end ("能不能只托两个小时就提前接走", "可以只待兩小時就接走嗎", "can I pick her up after two hours?"): how
  // long each kind of session runs (half-day about 3 hours, temporary care about 2) and that a child may be collected early
  // (round 43: "半日托可以提早接回家嗎" heard only the lengths) are what the materials say, looked up as that — not that day's
  // places, nor who may collect.
  if (EARLY_COLLECT.test(t) && !HEALTH.test(t)) {
    // ("能不能只托两个小时就提前接走" asks how long a session may be: the lengths, temporary care being about 2 hours.)
    const early = COLLECT_EARLY_WORDS.test(t) && !ONLY_SOME_HOURS.test(t);
    return answerQuestion(r, {
      ...q,
      searchText: r.lang === 'zh' ? (early ? EARLY_COLLECT_ZH : SESSION_LENGTH_ZH) : early ? EARLY_COLLECT_EN : SESSION_LENGTH_EN,
    });
  }
  // Meals asked about with the sessions that frame them ("同一天约上午和下午两场 中午饭怎么办", "if we book a morning and an
  // afternoon session on the same Saturday, what happens with lunch?"): whether meals are provided, looked up as that — not
  // the sessions' opening times its morning / afternoon words would find.
  if (RULE_QUESTIONS.meals.test(t) && !HEALTH.test(t)) return answerQuestion(r, { ...q, searchText: r.lang === 'zh' ? MEALS_RULE_ZH : MEALS_RULE_EN });
  const range = q.slots.dateRange;
  // Full-day care asked about with the weekend it is wanted for ("周末托育是全天的吗 能不能放一整天 我们两个周六都要上班"):
  // the answer is that there is none, not that weekend's half-day places. (Weekdays asked: what the week holds, below.)
  if (FULL_DAY_ASKED.test(t) && CARE_ASKED.test(t) && !KIND_MEANING.test(t) && !WEEKDAYS_ASKED.test(t) && !HEALTH.test(t) && !PLACES_NAMED.test(t))
    return answerQuestion(r, { ...q, searchText: r.lang === 'zh' ? FULL_DAY_RULE_ZH : FULL_DAY_RULE_EN });
  // What the children do at a point ("what they do with the kids at the point?", "孩子在服务点都做些什么"): the services and
  // classes the points offer, looked up as that — not a parenting answer for the active child the question describes.
  if (POINT_ACTIVITIES_ASKED.test(t) && !HEALTH.test(t)) return answerQuestion(r, { ...q, searchText: r.lang === 'zh' ? ACTIVITIES_ZH : ACTIVITIES_EN });
  // How to book at a later time ("那她满六个月以后呢 那时候怎么约", "once he turns 6 months how do I book then?"): when booking
  // opens (14 days ahead), looked up as that rule — not the age its words name (when to start solids).
  if (BOOK_LATER_HOW.test(t) && !HEALTH.test(t)) return answerQuestion(r, { ...q, searchText: r.lang === 'zh' ? BOOKING_OPENS_ZH : BOOKING_OPENS_EN });
  // How to book, asked bare after an answer about the service ("那要怎么约"): the booking steps.
  // (Asked as the steps' own question: its 那 would keep it in the topic before, whose 约 finds why booking can fail.)
  if (HOW_TO_BOOK.test(t.trim()) && !q.slots.dateRange && !q.slots.district)
    return answerQuestion(r, { ...q, text: r.lang === 'zh' ? HOW_TO_BOOK_ZH : HOW_TO_BOOK_EN, searchText: undefined });
  // Getting a child ready for a first time at care ("first time she will go to the weekend care… how I prepare her?"): the
  // settling-in advice, looked up as that — the long story around it shares more words with the service's own pages.
  if (FIRST_TIME_CARE.test(t) && !HEALTH.test(t)) return answerQuestion(r, { ...q, searchText: r.lang === 'zh' ? SETTLE_IN_ZH : SETTLE_IN_EN });
  const asSearch: Request = { ...q, intent: 'find_slots', confidence: Math.max(q.confidence, 0.7) };
  // An older child over 3 only waiting beside the younger one's session ("姐姐四岁半 能不能让她在旁边坐着等"): the siblings
  // section (the point decides), looked up as that — not the 0-3 rule for booking the older child (round 50).
  if (WAITS_BESIDE.test(t) && (OVER_THREE_TOLD.test(t) || tooOldForService(q.slots.childAgeMonths)) && !HEALTH.test(t))
    return answerQuestion(r, { ...q, searchText: r.lang === 'zh' ? WAIT_BESIDE_ZH : WAIT_BESIDE_EN });
  // A child over 3 asked about ("my son is 5, can he join?", "just turned 4, is she too old?"): the 0-3 rule, cited.
  const age = q.slots.childAgeMonths;
  // (…also an older sibling taken along, "周六早上可以带两个孩子吗 一个5岁 一个2岁 可以一起吗": the 0-3 rule for the older one.)
  // (Not a child who turns 3 later, "My son turns 3 next Friday. Can he still come this Saturday?": 36 months is read from
  // the birthday ahead, and the age on the session date decides — the age rule below; round 36.)
  if (
    (tooOldForService(age) || (SIBLING_ALONG.test(t) && OVER_THREE_TOLD.test(t))) &&
    !(age !== undefined && age <= 36 && asksAgeLimit(q.text)) &&
    (ATTEND.test(t) || SIBLING_ALONG.test(t)) &&
    (POSSIBLE.test(t) || /太大|超龄|too old|eligible/i.test(t) || (SIBLING_ALONG.test(t) && /吗|么|[?？]/.test(t))) &&
    !HEALTH.test(t)
  )
    // (The older child is the one the rule is about, whichever age was read as the child's.)
    return canAttend(r, { ...q, slots: { ...q.slots, ageOutOfRange: true } });
  // A baby too young for drop-off care asked about it ("my baby is 4 months. can he go to weekend care?", "才4个月能送去托育吗"):
  // the age rule for care (from 6 months) and the classes that take such a baby, not an answer about tired parents.
  if (age !== undefined && age < 12 && CARE_ASKED.test(t) && ATTEND.test(t) && POSSIBLE.test(t) && !HEALTH.test(t)) {
    const careFrom = await youngestCareAge(r);
    if (careFrom !== undefined && age < careFrom) return canAttend(r, { ...q, slots: { ...q.slots, wantsCare: true } });
  }
  // Whether a child near 3 is still within the age range ("两岁十一个月了 下个月还能约吗 会不会超龄", "Mia turns 3 next week -
  // can she still come on the 12th?"): the eligibility rule (0-36 months, age on the session date), looked up as that rule.
  if (asksBookingBeforeMinimumAge(q.text) && !HEALTH.test(t))
    return answerQuestion(r, { ...q, searchText: r.lang === 'zh' ? MIN_AGE_AHEAD_ZH : MIN_AGE_AHEAD_EN });
  if (asksAgeLimit(q.text) && !HEALTH.test(t)) return answerQuestion(r, { ...q, searchText: r.lang === 'zh' ? AGE_RULE_ZH : AGE_RULE_EN });
  // A birth month told that puts the child at about 3 now ("我女儿2023年11月底生的 现在还能去托吗"): whether she is still within the
  // age range is what is asked — the same rule; a month without its day cannot settle the birthday, so the rule is said (round 50).
  if (
    q.slots.birthMonth &&
    !q.slots.birthDate &&
    age !== undefined &&
    age >= 34 &&
    age <= 37 &&
    /吗|么|嘛|[?？]|(?<![a-z])(?:can|still)(?![a-z])/i.test(t) &&
    !HEALTH.test(t)
  )
    return answerQuestion(r, { ...q, searchText: r.lang === 'zh' ? AGE_RULE_ZH : AGE_RULE_EN });
  // Working days in general ("平日可以托吗？我们礼拜一到礼拜五都要上班"): what the week holds, not one day's list.
  const wholeWeek = !range || addDays(range.from, 2) <= range.to;
  // (Not when the family already cares for the child on weekdays and the question is about that care: tellsFamilyCare.)
  if (wholeWeek && WEEKDAYS_ASKED.test(t) && CARE_ASKED.test(t) && !HEALTH.test(t) && !tellsFamilyCare(t)) return weekdayServices(r);
  // One working day named as the day the parent works, with weekdays asked about in so many words ("请问weekday有没有childcare？
  // 我周三要上班", "禮拜三平日可以把小孩放在托育點一整天嗎 我要上班"): what the working week holds (care at weekends, the weekday
  // classes), not that one day's list. A class named ("工作日周三的体验课") is that day's classes.
  // (…or what the weekdays hold, asked on a day off: "平日有什麼活動嗎 我週三休假", "what's on during the week? I'm off on Wednesdays"; round 54.)
  if (
    range &&
    weekdaysOnly(range) &&
    WEEKDAYS_NAMED.test(t) &&
    (CARE_ASKED.test(t) || WEEKDAY_OFFER_ASKED.test(t)) &&
    !CLASS_NAMED.test(t) &&
    !HEALTH.test(t) &&
    !tellsFamilyCare(t)
  )
    return weekdayServices(r);
  // (A question about notice for cancelling is the cancel rule: "how many days before do I have to cancel?".)
  // (…nor is "最晚要提前多久约" / "the latest I can book": that is when booking closes, answered with the rules.)
  // ("How far ahead can I book a Saturday session?", "一般周六的场次提前几天能约": a day named as any such day is no day of its own.)
  // ("How far ahead can I book? I want to plan for the week before Christmas": the rule is what is asked; the day it names
  // is then looked up too, so the parent hears whether that day has care and when its booking opens.)
  if (HOW_FAR_AHEAD.test(t) && !CANCEL_NAMED.test(t) && !LATEST.test(t)) {
    // (A month or more named, "I'd like to plan for next month", is the horizon of the plan, not days to list.)
    // (…nor when the day frames a session whose length is asked beside: "週六的臨時托最多可以托多久 要提前幾天約" asks how long
    // temporary care runs, answered after the window; round 54.)
    const lengthAsked = LENGTH_ASKED.test(t) && !HEALTH.test(t);
    const dayOfItsOwn = range !== undefined && !GENERIC_DAY.test(t) && range.to <= addDays(range.from, 13) && !lengthAsked;
    const last = addDays(localDateOf(r.ctx.now, r.ctx.timeZone), r.ctx.rules.opensDaysAhead);
    const said = r.w.search.bookingWindow(r.ctx.rules.opensDaysAhead, r.w.format.date(last));
    r.say(said);
    // Another rule asked in the same message ("最多能提前几天预约 一个孩子一个礼拜能约几次", "how far in advance can we book,
    // and how many sessions can one child have?"): its number from the configuration too, not the window alone.
    const besides = statedRuleFacts(readCodeSwitched(q.text), said, r.w, r.ctx.rules);
    for (const f of besides) r.say(f.sentence);
    // The rule is cited as every knowledge answer cites its own.
    await citeDocuments(r, [{ sentence: said, doc: 'service-how-to-book' }, ...besides], 8);
    // (The question a follow-up leans on: "那当天还来得及约吗" asks when booking closes.)
    r.state.lastQuestion = q.text;
    r.state.lastAnswer = undefined;
    if (lengthAsked) return answerQuestion(r, { ...q, searchText: r.lang === 'zh' ? SESSION_LENGTH_ZH : SESSION_LENGTH_EN });
    if (dayOfItsOwn) return findSlots(r, asSearch);
    return askForDate(r, {}, false, { quiet: true });
  }
  if (range && OPENS_ASK.test(t)) {
    const today = localDateOf(r.ctx.now, r.ctx.timeZone);
    if (range.from > today && range.to <= addDays(today, r.ctx.rules.opensDaysAhead)) r.say(r.w.search.alreadyOpen(r.w.format.dateRange(range.from, range.to)));
    return findSlots(r, asSearch);
  }
  // "今天约明天的可以吗" asked on a Thursday: the booking rule, then that the day named (a Friday) has no drop-off care, read
  // from its published sessions — never the coming weekend's places, which the parent did not ask for.
  // (The range read is "today to tomorrow": the day booked for is its last.)
  if (range && weekdaysOnly(range) && BOOKS_FOR_NEXT_DAY.test(t) && !HEALTH.test(t)) {
    await answerQuestion(r, q);
    const sessions = await r.ctx.booking.searchSlots({ from: range.to, to: range.to, includeFull: true, limit: 50 }).catch(() => []);
    if (!sessions.some((s) => isDropOff(s.kind))) r.say(r.w.search.weekdayNoDropOff(r.w.format.date(range.to)));
    return;
  }
  // A day already past asked to be made up: the search says it has passed and asks for another day.
  if (range && range.to < localDateOf(r.ctx.now, r.ctx.timeZone) && MAKE_UP.test(t) && !HEALTH.test(t)) return findSlots(r, asSearch);
  // (…also when a walk-in is asked of a working day, "明天可以直接带孩子过去吗 不预约", "can we just walk in tomorrow?": that
  // day's answer is that care is at weekends, with its trial classes to book — not the walk-in rule alone.)
  // (…but "Do I need to book for the Tuesday trial classes or can we just walk in?" asks the booking rule of a class.)
  const weekdayWalkIn = WALK_IN.test(t) && !NEED_TO_BOOK.test(t) && !CLASS_NAMED.test(t);
  // (…nor when the day is a doctor's or a vaccination appointment's: "my baby has her 6 month shots tomorrow, anything I
  // should do before?" asks how to prepare for the jabs.)
  // (…nor when what is asked is how long something keeps: "下周一返岗了 母乳放公司冰箱能放多久", "back at work on Monday, how long
  // can expressed milk stay in the fridge? can I leave it out?" — the day is when the parent goes back, the question is storage.)
  const otherAppointment = (asksAboutOtherAppointment(q.text) && !CARE_ASKED.test(t)) || KEEPS_HOW_LONG.test(t);
  if (range && weekdaysOnly(range) && (AVAILABILITY.test(t) || weekdayWalkIn) && (!RULE_ASKED.test(t) || weekdayWalkIn) && !HEALTH.test(t) && !otherAppointment)
    return findSlots(r, asSearch);
  // Care on a day with weekend sessions asked as a possibility ("周六想把小米放托育点半天 可以吗"): whether the child can
  // go is what that day's sessions say, for that child (too young, full, not open yet), so it is searched.
  // (…not "这周六下午的临时托 爷爷去接可以吗": who may pick up holds for every session, so it is the rule that is asked.)
  if (
    range &&
    !weekdaysOnly(range) &&
    POSSIBLE.test(t) &&
    CARE_ASKED.test(t) &&
    !WHAT_HOW.test(t) &&
    !RULE_ASKED.test(t) &&
    !HEALTH.test(t) &&
    !EVERY_SESSION_RULE.test(t) &&
    // (…nor when the weekly limit is what is asked: "平日去上一堂繪本課 週末再去半日托 這樣可以嗎 會不會算超過次數".)
    !RULE_QUESTIONS.weeklyCap.test(t)
  )
    return findSlots(r, asSearch);
  // One day named, asked whether it can be booked ("下下下周六可以约吗"): the day's sessions say when it opens, or what is free.
  if (range && range.from === range.to && BOOKABLE_ASK.test(t) && !WHAT_HOW.test(t) && !RULE_ASKED.test(t) && !HEALTH.test(t) && !otherAppointment)
    return findSlots(r, asSearch);
  // (How soon a complaint is answered is the complaint rule, in working days: "If I complain…, how quickly will someone get back to me?")
  if ((asksReplyTime(q.text) || REPLY_TIME_ASKED_ZH.test(t) || REPLY_TIME_ASKED_EN.test(t)) && STAFF_NAMED.test(t) && !COMPLAINT_NAMED.test(t))
    return answerReplyTime(r, undefined);
  return answerQuestion(r, carersLanguageClause(withoutReporter(withoutSessionSetting(q, t))));
};

/** A child's day at care asked after: what they ate, drank, whether they slept or cried. */
const HOW_IT_WENT =
  /(?:今天|刚才|上午|下午)(?:我的?)?(?:儿子|女儿|孩子|宝宝|娃|小孩)?在.{0,6}有没有(?:吃|哭|睡|喝|闹|乖)|(?<![a-z])(?:did|has) (?:she|he|my \w+|they) (?:\w+ ){0,2}(?:eat|ate|nap|napped|sleep|slept|cry|cried|drink|drank)(?![a-z])[^.?!]{0,40}(?<![a-z])(?:care|session|point|today)(?![a-z])/;

/** The answer before asked again of something else ("也是这样吗", "也一样吗", "is it the same for…", "does that apply to…"). */
const SAME_AS_BEFORE =
  /(?:也|都)(?:是)?(?:这样|一样|同样|适用|照这个)(?:的)?(?:吗|么|嘛|吧|[?？]|$)|(?<![a-z])(?:(?:is|are) (?:it|that|this|the rule|they) (?:also |still )?the same (?:for|with|on|in)|same (?:rule|deadline|policy|thing) (?:for|with|on)|does (?:that|this|it|the (?:rule|deadline|policy)) (?:also )?(?:apply|count|go) (?:to|for))(?![a-z])/;

/**
 * How long it has gone on, told after the answer ("都一个多月了 还是哭得撕心裂肺的", "five weeks now and still
 * hysterical"): the same matter, still going on — read with the question before, not as a new topic.
 */
const STILL_SO =
  /^(?:可是|但是|但|可)?(?:都|已经|快)(?:[\d一二两三四五六七八九十几]+|半)(?:个)?多?(?:个)?(?:天|周|礼拜|星期|月)(?:多)?了.{0,4}(?:还是|还|仍然|依然|一直)|(?<![a-z])(?:(?:\d+|one|two|three|four|five|six|seven|eight|several|a few) (?:days?|weeks?|months?) (?:now|on|in)\b.{0,20}\b(?:and )?still|still\b.{0,20}\bafter (?:\d+|one|two|three|four|five|six|seven|eight|several|a few) (?:days?|weeks?|months?))(?![a-z])/;

/** A rule that holds for every session: being well enough to go, what to bring, who may pick up. */
// (Cancelling late and arriving late are rules for every session too: "周日下午那场 开始前一个小时才能取消 会怎么样" is a
// late cancellation, not the section that names Sunday.)
// (…and who goes with the child: a father, or one parent alone, at a class — "我老公周末一个人带娃 parent-child class爸爸自己带去
// 可以吗", "I'm a dad… Can I join the parent-child classes by myself?" asks who may accompany, not that weekend's list; round 36.)
// (…and whether a kind of point takes children at all, "it's a community shared point. can I leave my daughter there on
// saturdays?", or whether someone else may bring the child, "can she drop him off at the saturday half-day care instead of
// me": rules for every session of that point or family; round 44.)
// (…and whether the parent may stay, "周六那个半日托大人能不能在旁边陪着啊", a booking meant for another child, "I booked saturday
// for Mia but it was supposed to be Ben", or two children at two points, "一个去集美一个去湖里 可以吗": round 45.)
const EVERY_SESSION_RULE =
  /在旁边陪|陪(?:着|同)|留(?:下来?|在(?:里|那|旁))|(?<![a-z])(?:stay|(?:supposed|meant) to be|switch it)(?![a-z])|一个(?:去|在|约)[\u4e00-\u9fff]{2,3}.{0,3}一个(?:去|在|约)|community[- ]shared|institution[- ]embedded|社区共享|机构嵌入|(?<![a-z])(?:instead of (?:me|us)|(?:she|he|they|ayi|nanny|helper|grandma|grandpa) (?:\w+ )?drop (?:him|her|them) off)(?![a-z])|一个人(?:带|陪)|单独(?:带|陪)|(?:爸爸|老公|他爸|她爸)(?:自己|一个人|单独)|(?<![a-z])(?:by myself|on my own|as a (?:dad|father)|(?:i'?m|i am) (?:a|the|their|his|her) (?:dad|father))(?![a-z])|取消|迟到|晚到|(?<![a-z])(?:cancel\w*|late)(?![a-z])|要带|(?:可以|能|需要|得)(?:让(?:她|他|孩子|宝宝))?带|带(?:自己的|上)|带什么|带啥|带些|带点|准备什么|准备啥|接孩子|(?:来|去)接|谁(?:来|可以|能)?接|(?<![a-z])(?:pack|bring|pick(?:s|ing)? (?:\w+ )?up|collect)(?![a-z])/i;
/** Arriving late for a session ("周六的session我可能迟到半小时 还能drop off吗": still dropping off, not collecting late). */
const LATE = /迟到|晚到|(?<![a-z])late(?![a-z])/i;
/** Things brought to a session asked about ("可以让她带自己的安抚巾去吗", "should I pack spare clothes"). */
const BRING = /带|(?<![a-z])(?:pack|bring)(?![a-z])/i;
/** The session a question is asked about, in both scripts and English: its day, part of day and kind of care. */
const SESSION_WORDS =
  /(?:这|這|本|下|下下)?(?:个|個)?(?:周|週|星期|礼拜|禮拜|拜)[六日天末]的?|(?:上午|下午|早上|中午)(?:场|場)?的?|(?:半日托|半天托|临时托|臨時托|临托|臨托|体验课|體驗課)(?:的)?|(?<![a-z])(?:(?:this|next|on|for|at) )?(?:saturday|sunday|weekend|sat|sun)(?:'s)?(?: (?:morning|afternoon))?(?![a-z])|(?<![a-z])(?:(?:the|a) )?(?:morning|afternoon)?\s*(?:half[- ]day|temporary|drop[- ]off)(?: care| session| childcare)?(?![a-z])/gi;

/** The child taken somewhere ("带宝宝去上", "帶孩子過去", "bring her along to the class"), not a thing brought. */
const TAKING_CHILD =
  /带(?:着)?(?:孩子|宝宝|宝贝|娃|小孩|他|她|儿子|女儿|baby)(?:一起)?(?:去|来|过去|过来)|(?<![a-z])(?:bring|take) (?:her|him|them|my (?:son|daughter|baby|child|kid|toddler)|the (?:baby|kids?|child)) (?:along )?(?:to|with)(?![a-z])/gi;
const KIND_NAMED = /托|课|課|(?<![a-z])(?:half[- ]day|temporary|drop[- ]off)(?![a-z])/i;

/**
 * "這週六下午的臨時托 如果孩子感冒了還能去嗎", "What should I pack for Saturday morning half-day care?": a rule that holds for
 * every session (health, what to bring, pickup), asked about one day's session, is looked up without that session's day
 * and kind, which would otherwise find the document about kinds of care instead of the rule asked about.
 */
function withoutSessionSetting<Q extends { text: string; slots: Request['slots'] }>(q: Q, original: string): Q & { searchText?: string } {
  if (!(q.slots.dateRange || q.slots.kind || q.slots.partOfDay)) return q;
  // (Taking the child along — "平日有没有什么课可以带宝宝去上 体验课是上多久" — is going to the session, not something brought
  // to it: the question is about the session itself, its kinds and length, and keeps its words.)
  const simplified = original.replace(TAKING_CHILD, ' ');
  if (!(HEALTH.test(simplified) || EVERY_SESSION_RULE.test(simplified))) return q;
  // Being ill is asked about going to care at all ("…的临时托 感冒了还能去吗"): the kind named becomes drop-off in general,
  // which keeps it the drop-off health check rather than illness at home.
  const ill = HEALTH.test(simplified);
  const said = q.text
    .replace(SESSION_WORDS, (m) =>
      (ill || BRING.test(simplified) || LATE.test(simplified)) && KIND_NAMED.test(m) ? (/\p{Script=Han}/u.test(q.text) ? '送托' : ' drop-off care ') : ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();
  // Too little left to look up ("周六的呢"): the words as said.
  // (The parent's own words stay the question: quoted when nothing answers it, remembered for a follow-up.)
  return said.replace(/[\s?？。，,!！]/g, '').length >= 4 && said !== q.text ? { ...q, searchText: said } : q;
}

/**
 * "托嬰中心的老師說他兩歲半了還不會說要尿尿 需要訓練嗎", "Her nursery teacher told me she cries every morning": what a
 * teacher or carer said is who told the parent, not the topic; the rest is what is looked up (the parent's words stay
 * the question, quoted when nothing answers it).
 */
const TOLD_BY =
  /^\s*(?:[\p{Script=Han}a-z]{0,8}的)?(?:老师|老師|阿姨|保育员|保育員|保姆|保母|园长|園長|teacher|nanny|ayi|carer)(?:们|們)?(?:跟我|和我|对我|對我|给我|給我)?(?:说|說|讲|講|反映|提到)(?:了)?(?:[,，:：\s]*)|^\s*(?:(?:my|our|his|her|the) )?(?:\w+ )?(?:teacher|nanny|carer|childminder|ayi)s? (?:told (?:me|us)|said|says|mentioned)(?: that)?\s+/iu;

function withoutReporter<Q extends { text: string; searchText?: string }>(q: Q): Q {
  const text = q.searchText ?? q.text;
  const rest = text.replace(TOLD_BY, '');
  return rest !== text && rest.replace(/[\s?？。，,!！]/g, '').length >= 6 ? { ...q, searchText: rest } : q;
}

/** Which language the carers speak, asked ("老师能speak English吗", "服務點的老師會講英文嗎", "do the carers only speak Mandarin?"). */
const CARERS_LANGUAGE =
  /(?:老师|老師|阿姨|保育员|保育員|工作人员|工作人員|服务点|服務點|托育点|托育點|那边|那邊)[^。？?！!\s]{0,8}(?:说|說|讲|講|用|speak)\s*(?:英语|英語|英文|普通话|普通話|国语|國語|闽南话|閩南話|台语|台語|english|mandarin|chinese|hokkien)|(?<![a-z])(?:carers?|teachers?|staff|caregivers?|nannies|workers)(?![a-z])[^.?!]{0,30}(?<![a-z])speaks?(?![a-z])/iu;

/**
 * "托育点的老师能speak English吗 孩子刚从国外回来", "Do the carers only speak Mandarin? My daughter understands a bit of
 * Chinese.": the clause that asks which language the carers speak is what is looked up; the family's own languages told
 * beside it would find the document on raising a bilingual child instead.
 */
function carersLanguageClause<Q extends { text: string; searchText?: string }>(q: Q): Q {
  const text = q.searchText ?? q.text;
  if (!CARERS_LANGUAGE.test(text)) return q;
  const clauses = text.split(/(?<=[。？?！!])\s*|(?<=[\p{Script=Han}a-z])\s+(?=[\p{Script=Han}]{3,})/u);
  const asked = clauses.find((c) => CARERS_LANGUAGE.test(c));
  return asked && asked.trim() !== text.trim() ? { ...q, searchText: asked.trim() } : q;
}

/** Asking for a phone number. */
const PHONE = /电话|号码|联系方式|(?<![a-z])(?:phone|number|call)(?![a-z])/i;

/** Where one place is asked ("what's the address again?", "地址是哪里来着", "在几楼"), not where the points are. */
const ONE_PLACE_ASKED =
  /(?<![a-z])(?:address|where is it|where'?s it|how (?:do|can) (?:i|we) get there|which floor|again)(?![a-z])|地址|在哪|怎么去|怎么走|几楼|来着/;
const NETWORK_ASKED = /(?<![a-z])(?:points|all|any|near me|nearest|closest)(?![a-z])|哪些|哪几|都在|有几个|多少个|附近|最近/;

/**
 * "what's the address again?" with the family's bookings coming all at one point, or just made: that point — the parent
 * asks where the booking is, not where the service's points are.
 */
async function bookedPointAsked(r: Reply, q: Request): Promise<boolean> {
  const text = normalizeText(toSimplified(q.text));
  if (!ONE_PLACE_ASKED.test(text) || NETWORK_ASKED.test(text) || q.slots.child) return false;
  const run = await r.tool<BookingOverview>('list_bookings', { includePast: false });
  const upcoming = run.result?.upcoming ?? [];
  const points = new Set(upcoming.map((v) => v.point.code));
  const justMade = r.state.lastBooked ? upcoming.find((v) => v.id === r.state.lastBooked?.bookingId) : undefined;
  const booking = justMade ?? (points.size === 1 ? upcoming[0] : undefined);
  if (!booking) return false;
  const found = await r.tool<{ points: PointInfo[] }>('find_points', { limit: 100 });
  const point = found.result?.points.filter((p) => p.code === booking.point.code);
  if (!found.result || !point?.length) return false;
  r.say(r.w.points.bookedThere(booking.childName, r.w.format.date(booking.localDate)));
  findPointsTool.present!(r, { ...found.result, points: point }, { limit: 100 });
  return true;
}

/** Where a point is, its address and phone; with no place named, where the points are. */
export const pointInfo: IntentHandler = async (r, q) => {
  const s = q.slots;
  // "the second one - how do I get there?", "第二个在哪里" under a list: that item's point.
  const n = s.ordinal ?? s.pick;
  const shown = r.state.lastSearch?.shown ?? [];
  const item = n !== undefined && !s.pointCode && !s.district && !s.neighbourhood ? shown[n < 0 ? shown.length + n : n - 1] : undefined;
  if (item?.pointCode) {
    // ("what time does the second one finish?", "第二个几点结束": the listed session's own day and times come first.)
    r.say(r.w.points.listedSession(n! < 0 ? shown.length + n! + 1 : n!, item.label));
    const run = await r.tool<{ points: PointInfo[] }>('find_points', { limit: 100 });
    const point = run.result?.points.filter((p) => p.code === item.pointCode);
    if (run.result && point?.length) {
      // (The list stays the one on screen: "book the first one", "Sunday instead, same area" still read it.)
      const { lastSearch, pending } = r.state;
      findPointsTool.present!(r, { ...run.result, points: point }, { limit: 100 });
      r.state.lastSearch = lastSearch;
      r.state.pending = pending;
      return;
    }
  }
  if (s.district || s.neighbourhood) {
    let args: { district?: District; near?: { latitude: number; longitude: number }; limit?: number } = s.neighbourhood
      ? { near: { latitude: s.neighbourhood.latitude, longitude: s.neighbourhood.longitude }, limit: 2 }
      : { district: s.district! };
    // "鼓浪嶼上面有托育點嗎": a neighbourhood or landmark with no point of its own is said to have none, and the nearest
    // points are its district's (never across the water in another district, read as points there).
    if (s.neighbourhood && !s.pointCode) {
      const all = await r.ctx.points.findPoints({ limit: 100 }).catch(() => undefined);
      const nb = s.neighbourhood;
      if (all && !all.some((p) => p.neighbourhoodZh === nb.zh)) {
        const word = neighbourhoodWord(toSimplified(q.text)) ?? (r.lang === 'en' ? nb.en : nb.zh);
        r.say(r.w.search.noPointThere(/^[a-z]/.test(word) ? word.replace(/(^|\s)[a-z]/g, (c) => c.toUpperCase()) : word));
        if (s.district) args = { ...args, district: s.district };
      }
    }
    const run = await r.tool<{ points: PointInfo[] }>('find_points', s.pointCode && s.neighbourhood ? { ...args, limit: 5 } : args);
    // A point named by name ("前埔那个点在哪", "江头服务点电话多少"): that point only.
    const named = s.pointCode ? run.result?.points.filter((p) => p.code === s.pointCode) : undefined;
    // "翔安也有爱邻护幼的点吗": whether the district has points at all is answered first, then which they are.
    if (run.result?.points.length && s.district && !s.neighbourhood && !named?.length && ANY_POINTS_ASKED.test(toSimplified(q.text)))
      r.say(r.w.points.inDistrict(r.w.format.district(s.district), run.result.points.length));
    if (run.result) return findPointsTool.present!(r, named?.length ? { ...run.result, points: named } : run.result, args);
    r.say(describeError(run.error, r.lang).message);
    return;
  }
  if (await bookedPointAsked(r, q)) return;
  const w = r.w;
  // Tested on the Simplified text: a Traditional writer's 電話 asks the same.
  if (PHONE.test(normalizeText(toSimplified(q.text)))) r.say(w.points.phonePerPoint);
  const run = await r.tool<{ points: PointInfo[] }>('find_points', { limit: 100 });
  const all = run.result?.points ?? [];
  const counts = new Map<string, number>();
  for (const p of all) counts.set(w.format.district(p.district), (counts.get(w.format.district(p.district)) ?? 0) + 1);
  r.say(w.points.network(all.length, w.format.list([...counts.entries()].map(([d, n]) => w.points.count(d, n)))));
  r.requestLocation = true;
  r.state.pending = { type: 'search', partial: {}, wantsNearby: true };
};

/**
 * "My baby is 4 months and my older one just turned 3", "小的5个月 老大刚满三岁": another child's age, told in the same
 * question, at or past the service's upper bound — its rule said too, so the second child is not left unanswered.
 */
function olderChildTold(text: string, age: number): boolean {
  return text.split(/[,.;!?，。；！？、]|(?<![a-z])(?:and|but)(?![a-z])|还有|另外|老大|哥哥|姐姐/i).some((part) => {
    const a = parseAge(part);
    return a.childAgeMonths !== undefined && a.childAgeMonths !== age && a.childAgeMonths >= SERVICE_MAX_AGE_MONTHS;
  });
}

/** "宝宝三个月大可以去吗": which points take a child of that age, from the points' own ranges. */
export const canAttend: IntentHandler = async (r, q) => {
  const w = r.w;
  const age = q.slots.childAgeMonths ?? r.state.child?.ageMonths;
  if (q.slots.ageOutOfRange || tooOldForService(age)) {
    r.say(w.search.tooOld);
    await citeAgeRule(r, w.search.tooOld);
    r.row(r.button(talkToStaffAction, []));
    return;
  }
  if (age === undefined) return answerQuestion(r, q);
  // "音乐社交课那个呢 我们家宝宝才十个月 能上不": with a class named, the class's ages are what is asked (the classes
  // document), not which points take a child that age; the points follow only when the document has no answer.
  if (q.slots.classTitle) {
    const cited = r.citations.length;
    await answerQuestion(r, q);
    if (r.citations.length > cited) {
      r.state.childAgeMonths = age;
      return;
    }
  }
  const run = await r.tool<{ points: PointInfo[] }>('find_points', { limit: 100 });
  const all = run.result?.points ?? [];
  const fits = all.filter((p) => ageFitsBand(age, p));
  if (fits.length === 0) {
    r.say(w.points.noneForAge(age));
    r.row(r.button(talkToStaffAction, []));
    return;
  }
  const byDistrict = new Map<string, string[]>();
  for (const p of fits) {
    const d = w.format.district(p.district);
    byDistrict.set(d, [...(byDistrict.get(d) ?? []), w.points.shortName(r.lang === 'zh' ? p.nameZh : p.nameEn)]);
  }
  // "宝宝3个月能去托育吗": points that take babies that young may still take them to classes only — say so.
  const careFrom = q.slots.wantsCare ? await youngestCareAge(r) : undefined;
  if (careFrom !== undefined && age < careFrom) {
    r.say(w.points.noCareForAge(age, careFrom));
    await citeAgeRule(r, w.points.noCareForAge(age, careFrom));
  } else {
    r.say(w.points.askAgeOk(age, fits.length, all.length));
    await citeAgeRule(r, w.points.askAgeOk(age, fits.length, all.length));
  }
  r.say([...byDistrict.entries()].map(([d, names]) => w.points.districtLine(d, w.format.list(names))).join('\n'));
  if (olderChildTold(q.text, age)) r.say(w.points.otherChildOverThree);
  r.say(w.points.ageFilterNote);
  r.row(r.button(findPlacesAction, [], w.points.placesThisWeekend));
  r.state.childAgeMonths = age;
  r.state.pending = { type: 'search', partial: { childAgeMonths: age } };
};

export const serviceIntro: IntentHandler = async (r) => {
  r.say(r.w.menu.serviceIntro);
  capabilities(r);
  addMainMenu(r);
};

export const identity: IntentHandler = async (r) => {
  r.say(r.w.menu.identity);
  addMainMenu(r);
};
