import type { Intent, Slots } from './types.ts';
import { ARBITRATION, INTENT_RULES } from './lexicon/index.ts';
import { asksWithoutParticle } from './askingWords.ts';
import { describesNotComplains } from './describesNotComplains.ts';
import { CHILD_WORD } from './lexicon/childWords.ts';

/**
 * Keyword/pattern scoring over a prepared message (Simplified, lowercase,
 * typos repaired). Each rule of every language's lexicon (./lexicon) adds
 * weight to one intent; slots found elsewhere break ties ("周六上午 思明" is a search).
 * Short replies (好的 / no / 谢谢) are recognised as whole messages first so
 * a "ok thanks" never turns into a booking.
 */

const PRIORITY: Intent[] = [
  'complaint',
  'human',
  'reschedule',
  'cancel',
  'my_bookings',
  'join_waitlist',
  'remind_opening',
  'register_child',
  'list_children',
  'book',
  'more',
  'find_slots',
  'point_info',
  'can_attend',
  'knowledge',
  'service_intro',
  'identity',
  'switch_language',
  'out_of_scope',
  'help',
  'thanks',
  'greeting',
  'affirm',
  'deny',
];

const PUNCT = /[\s.,!?;:~…。，！？；：、~～"'“”‘’()（）【】[\]<>《》\-_*#@]+/g;
const EMOJI = /\p{Extended_Pictographic}|\uFE0F|\u200D/gu;
const THANKS_WORDS = /谢谢(?:你|您|啦|了)?|多谢|感谢|谢啦|辛苦了|辛苦啦|蟹蟹|3q|(?<![a-z])(?:thanks|thank you|thank u|thx|ty|tks|cheers)(?![a-z])|🙏/gu;
const AFFIRM =
  /^(?:(?:好|好的|好滴|好哒|好嘞|好吧|好呀|好啊|好哦|好了|行|行的|行吧|可以|可以的|可以呀|可以啊|是|是的|是啊|对|对的|对啊|对呀|嗯|嗯嗯|嗯呢|恩|恩恩|没问题|确定|确认|确认预约|确认一下|就这样|没错|同意|当然|要|要的|需要|ok|okay|okk|okey|okie|okey dokey|k|kk|yes|yep|yeah|yup|ya|yea|sure|confirm|confirmed|correct|right|sounds good|go ahead|do it|please do|yes please|ok please|y|alright|great|perfect|fine|👍|👌|✅|好的呢|好的呀|好的好的|嗯好|嗯嗯好的|ok的|好的ok|可)\s*)+$/;
// "等等 先不要了", "wait, no": a pause word before the refusal is part of it (alone, "等等" refuses nothing).
const DENY =
  /^(?:(?:等等|等一下|等下|等会|hold on|wait)\s*)?(?:(?:不|不用|不用了|不要|不要了|不了|不需要|不需要了|算了|算了吧|(?:先|暂时|还是|那就)?不要了|(?:先|暂时|还是|那就)?不(?:用)?(?:约|订|预约|预订|取消|报名|报|登记|排|排队|候补|改|换)了|先不(?:约|订|取消|登记)|不用(?:约|订|取消|登记)|没事|没事了|不是|不对|错了|不行|先不|先不用|暂时不用|再说吧|再说|no|nope|nah|no thanks|no thank you|not now|never ?mind|nvm|forget it|don'?t ?cancel|do not cancel|keep it|keep (?:the|my) booking|保留|保留吧|留着|留着吧|不取消|dont|don't|stop|wrong|not really|no need|not yet|maybe later|👎|❌)\s*)+$/;

export interface IntentResult {
  intent: Intent;
  confidence: number;
}

function shortReply(t: string): IntentResult | undefined {
  const bare = t.replace(PUNCT, '');
  if (bare === '') return undefined;
  if (DENY.test(bare) || DENY.test(t.replace(PUNCT, ' ').trim().replace(/ +/g, ' '))) return { intent: 'deny', confidence: 0.85 };
  const hadThanks = THANKS_WORDS.test(t);
  THANKS_WORDS.lastIndex = 0;
  const rest = t.replace(THANKS_WORDS, ' ');
  const restBare = rest.replace(PUNCT, '').replace(/了|啊|呀|哈|哦|噢|呢|嘛|啦|哈哈/g, '');
  const restSpaced = rest.replace(PUNCT, ' ').trim().replace(/ +/g, ' ');
  if (
    hadThanks &&
    (restBare === '' || AFFIRM.test(restBare) || AFFIRM.test(restSpaced) || /^(?:so much|a lot|very much|lots|again|everyone|all)$/.test(restSpaced))
  ) {
    return { intent: 'thanks', confidence: 0.9 };
  }
  if (!hadThanks && (AFFIRM.test(restBare) || AFFIRM.test(restSpaced) || restSpaced.split(' ').every((x) => AFFIRM.test(x)))) {
    return { intent: 'affirm', confidence: 0.85 };
  }
  return undefined;
}

const QUESTION =
  /[?？]|吗|么|呢|怎么|如何|什么|多少|几|是否|能不能|可不可以|会不会|(?<![a-z])(?:how|what|why|when|should|can|could|is it|does|do i|are there|is there|will|is (?:something|anything) wrong|is (?:this|that|he|she) (?:normal|ok|okay))(?![a-z])/;

/**
 * What to watch for tonight or overnight ("那今晚主要看什么", "今晚要注意什么", "what should I watch for tonight?"): a
 * follow-up about the child's illness or injury; the night is when to watch, not a session to search (care is by day).
 */
/** A symptom told about the child (pain, an ear, a temperature, vomiting): the story is a health question, whatever its setting. */
const SYMPTOM_TOLD =
  /耳朵(?:痛|疼)|发烧|发热|体温|呕吐|拉肚子|(?<![a-z])(?:(?:pulling|tugging|rubbing) (?:at )?(?:her|his|their) ears?|earache|ear (?:pain|hurts)|fever|temp(?:erature)? (?:of )?\d|vomit\w*|diarrh\w*)(?![a-z])/;
const WATCH_TONIGHT =
  /(?:今晚|今天晚上|晚上|夜里|半夜|今夜)[^，。,.!?！？]{0,6}(?:要|该|应该|主要|需要|得)?(?:注意|观察|留意|留心|盯着|看)(?:些|点)?(?:什么|啥|哪些)|(?<![a-z])(?:what (?:should|do) (?:i|we) (?:watch|look) (?:out )?for|what to (?:watch|look) (?:out )?for|anything to watch)(?: [a-z']+){0,3} (?:tonight|overnight)(?![a-z])/;
const ASKS_WHAT_TO_DO =
  /怎么办|咋办|该怎么(?:做|教|处理|应对)|(?:要|该|应该)?怎么(?:调整?|改过来|调回来|纠正)(?:作息|时间|过来|回来)?|(?<![a-z])(?:what (?:am i|are we) (?:supposed|meant) to do|what (?:should|can|do) (?:i|we) do|how (?:do|should|can) (?:i|we) (?:stop|handle|deal|react|respond|teach|help))(?![a-z])(?! (?:to|so i can|in order to) (?:book|reserve|sign|get a))/;

/**
 * A part of the day said of what happens day after day ("每天晚上十一点多才睡 早上又起不来", "getting dressed every morning is
 * a battle"): the child's routine, not a time for care.
 */
const HABITUAL =
  /每天|每晚|每个?(?:早上|上午|中午|下午|晚上|傍晚|早晨|半夜)|天天|每次|总是|老是|一到(?:早上|上午|下午|晚上|傍晚)|(?<![a-z])(?:every|each) (?:single )?(?:morning|afternoon|evening|night|day)|(?:in the|most|all) (?:mornings|afternoons|evenings|nights)(?![a-z])/;

/**
 * A part of the day beside what the child eats, drinks or does then ("早上喝豆浆可以代替吗", "晚上睡前喝奶要刷牙吗",
 * "morning milk"): the time of a routine, asked about with no day, place or kind of care, is not a time for care.
 * So is the moment of a drop-off or pickup ("那傍晚接她的时候我要说什么" after a settling-in answer): when, not a session (round 50).
 */
const ROUTINE_AT =
  /(?:早上|上午|中午|下午|晚上|傍晚|早晨|早餐|半夜|夜里|睡前)[^，。,.!?？！\s]{0,3}(?:喝|吃|睡|洗澡|刷牙|拉|尿|哭|闹|醒|喂)|(?:早上|上午|中午|下午|晚上|傍晚)[^，。,.!?？！\s]{0,2}(?:接|送)(?:他|她|孩子|宝宝|娃|小孩)?的?(?:时候|時候|时|時)|(?<![a-z])(?:morning|evening|night|bedtime|night-?time)\s+(?:milk|bottle|feeds?|nap|bath|snack|drink)(?![a-z])/;

/**
 * How the child is by a time of day ("she is a total nightmare by 5pm", "cranky by late afternoon", "到了下午五点就开始闹"):
 * the child's day described — often after a nap answer — not a time asked for care.
 */
const STATE_BY_TIME =
  /(?<![a-z])(?:cranky|grumpy|grizzly|fussy|whiny|tired|exhausted|overtired|wired|nightmare|meltdowns?|melting down|falls? apart|falling apart|a mess|a wreck|shattered|miserable|hysterical|unbearable|losing it)(?![a-z])[^.!?]{0,20}(?<![a-z])by (?:about |around )?(?:\d{1,2}(?::\d{2})? ?(?:pm|am|o'?clock)?|late afternoon|the (?:afternoon|evening)|dinner(?:time)?|tea ?time)(?![a-z])|(?:到了?|一到)(?:下午|傍晚|晚上)?[\d一二三四五六七八九十两]*点(?:多|左右)?(?:就|又)?(?:开始)?(?:闹|哭|发脾气|烦躁|崩溃)/;

/**
 * A near day and part of it followed by what the child will do then ("明天早上他一起床就…", "今晚她要是又哭呢"): the time
 * of the child's story, not of care.
 */
const CHILD_THAT_DAY =
  /(?:今天|明天|后天|明早|今早|今晚|明晚)(?:的)?(?:早上|上午|中午|下午|晚上|傍晚|早晨|半夜|夜里)?(?:他|她|孩子|宝宝|娃|小孩|儿子|女儿)(?:要是|如果|万一|一起床|一醒来|一醒)/;

/** A plea for help closing a message ("… Help", "求助", "帮帮我"). */
const PLEA = /(?:^|[.!?。！？,，~\s])(?:help|help me|help please|please help|any advice|advice please|sos|求助|求救|帮帮我|救救我|怎么破)[.!?。！？~\s]*$/;

export function habitualTime(t: string, slots: Slots): boolean {
  if (!slots.partOfDay || slots.dateRange || slots.district || slots.neighbourhood || slots.pointCode || slots.kind || slots.wantsNearby) return false;
  return (
    (HABITUAL.test(t) || ROUTINE_AT.test(t) || STATE_BY_TIME.test(t)) &&
    !ARBITRATION.bookingSignal.test(t) &&
    !ARBITRATION.availabilityAsk.test(t) &&
    !ARBITRATION.careAsk.test(t)
  );
}

/**
 * A message about the child that says more than the child's age and asks for no care ("我女儿两岁 最近特别怕黑 晚上不敢一个人睡",
 * "she's 18 months and throws everything"): the parent tells what worries them, a parenting question, not a search for
 * that age. An age alone, or with a word or two ("宝宝两岁半了", "18 months"), answers "how old?" and stays a search.
 */
function tellsAStory(t: string, asksForCare: boolean): boolean {
  if (asksForCare) return false;
  const han = t.replace(AGE_TOLD_ZH, '').match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  const words = (t.match(/[a-z]+(?:'[a-z]+)?/g) ?? []).filter((w) => !AGE_TOLD_EN.test(w)).length;
  return han >= 5 || words >= 2;
}

/** A pronoun for the child the parent is speaking of. */
const THE_CHILD = /(?<![a-z])(?:her|him|she|he)(?![a-z])|[她他]/;

/** What telling the child's age is made of, set aside to see whether a message says anything more. */
const AGE_TOLD_ZH =
  /我家|我们家|我的|我|家里|女儿|儿子|闺女|宝宝|孩子|小孩|娃|宝贝|老大|老二|大宝|二宝|小宝|今年|现在|目前|已经|刚刚?|才|快|满|周岁|岁|个月|半|多|大|了|的|啦|呀|[零一二两三四五六七八九十\d]+/g;
const AGE_TOLD_EN =
  /^(?:my|our|the|a|an|son|daughter|baby|babies|kid|kids|child|toddler|girl|boy|little|one|she's|he's|she|he|is|are|was|just|turned|turning|now|only|about|almost|nearly|and|half|years?|yrs?|yo|months?|mos?|mo|old|y|m)$/;

/**
 * What the conversation tells the classifier: a search is under way (an age told then refines it, whatever else is said);
 * the text is one part of a longer message (a story told in it is the setting of the part that asks, not a question).
 */
export interface ClassifyContext {
  searching?: boolean;
  partOfMessage?: boolean;
}

export function classifyIntent(t: string, slots: Slots, { searching = false, partOfMessage = false }: ClassifyContext = {}): IntentResult {
  const bare = t.replace(PUNCT, '').replace(EMOJI, (e) => (/[👍👌✅🙏👋👎❌]/u.test(e) ? e : ''));
  if (bare === '') return { intent: 'out_of_scope', confidence: 0.1 };

  const reply = shortReply(t);
  if (reply) return reply;
  if (/^[🙏]+$/u.test(bare)) return { intent: 'thanks', confidence: 0.7 };
  if (/^[👋]+$/u.test(bare)) return { intent: 'greeting', confidence: 0.7 };

  const score = new Map<Intent, number>();
  const add = (i: Intent, v: number) => score.set(i, (score.get(i) ?? 0) + v);
  for (const [intent, re, weight] of INTENT_RULES) if (re.test(t)) add(intent, weight);

  const asks = QUESTION.test(t) || asksWithoutParticle(t);
  // "…sounds horrible. should I worry?": a strong adjective in a question about the child describes, it does not complain.
  if ((score.get('complaint') ?? 0) > 0) {
    const aboutChild = CHILD_WORD.test(t) || slots.childAgeMonths !== undefined || THE_CHILD.test(t);
    if (describesNotComplains(t, { aboutChild, asks })) score.delete('complaint');
  }
  // The weather, a flight or a hotel is out of scope asked of on its own, and the setting of a question about the child.
  // ("in the taxi to the airport can I just hold her on my lap?": her, him — the child the parent is speaking of.)
  // (So is a hotel pool or a flight in a story of the child's pain or fever: "swam at the hotel pool yesterday, now pulling her ear".)
  if (ARBITRATION.settingTopic.test(t) && !((CHILD_WORD.test(t) || slots.childAgeMonths !== undefined || THE_CHILD.test(t)) && asks) && !SYMPTOM_TOLD.test(t))
    add('out_of_scope', 3);
  const asksForCare = ARBITRATION.bookingSignal.test(t) || ARBITRATION.availabilityAsk.test(t) || ARBITRATION.careAsk.test(t);
  // Slots as evidence.
  // ("the week after": a day read against the search under way counts as a day; the day a child reaches an age, inside a
  // question that asks for no care — "宝宝下个月就满一岁了 到时候可以直接喝纯牛奶了吗" — is the question's setting, not a day.)
  // (So is the day of a trip or a flight the question is set in: "宝宝一岁 下周坐航班去北京 要注意什么".)
  // (So is the morning the child will wake up and ask for biscuits, "那明天早上他一起床就吵着要吃饼干呢" after a missed-meal
  // answer: the day of what the child will do, not a day for care; round 52.)
  const childThatDay = CHILD_THAT_DAY.test(t) && asks && !asksForCare;
  const dayOfAgeOnly = (slots.dateOfAge === true || ARBITRATION.settingTopic.test(t) || childThatDay) && asks && !asksForCare;
  const searchSlots = [
    dayOfAgeOnly ? slots.weekShift : (slots.dateRange ?? slots.weekShift),
    habitualTime(t, slots) || childThatDay ? undefined : slots.partOfDay,
    slots.district ?? slots.wantsNearby,
    slots.kind,
  ].filter((x) => x !== undefined).length;
  if (searchSlots > 0) add('find_slots', Math.min(1.5, 0.5 + 0.5 * searchSlots));
  if (slots.ordinal !== undefined) {
    if ((score.get('cancel') ?? 0) > 0) add('cancel', 2);
    else if ((score.get('my_bookings') ?? 0) === 0) add('book', 2);
  }
  if (slots.bookingRef) {
    if ((score.get('cancel') ?? 0) > 0) add('cancel', 2);
    else add('my_bookings', 1);
  }
  if (slots.birthDate) add('register_child', 3);
  // "我儿子果果2024年3月出生": a name with a birth month registers (and is asked for the day).
  if (slots.birthMonth && slots.childName && !slots.birthDate) add('register_child', 2);
  if (slots.childName && (slots.childAgeMonths !== undefined || slots.birthDate)) add('register_child', 1);
  // "and his big sister Mia, 10 Feb 2024": a child named with a birth date, asking nothing, is registered — the sibling word
  // is who she is, not a question about siblings.
  if (slots.childName && slots.birthDate && !asks) add('register_child', 2);
  if (slots.language) {
    const short = t.length <= 24 || /切换|换成|改成|switch|change to|speak|说|讲|用/.test(t);
    add('switch_language', short ? 6 : 1.5);
  }
  if (CHILD_WORD.test(t) && asks) add('knowledge', 1);
  // "thanks, she had a great time last Saturday!", "谢谢你们上周六的照顾 女儿一直说很好玩": a session that went well, told with
  // thanks or asking nothing, is thanked for; its day is when it happened, not a day to search.
  // ("可是他在里面玩得特别开心 一拿出来就哭" after a walker answer objects to it: not a session told of.)
  if (ARBITRATION.wentWell.test(t) && !ARBITRATION.answersBack.test(t) && !asksForCare && ((score.get('thanks') ?? 0) > 0 || !asks)) add('thanks', 4);
  if (ARBITRATION.asksOnMyBehalf.test(t)) add('human', 6);
  // "上午送一次 下午再约一次行不行": whether both parts of a day may be booked, with no place named, is the rule asked about.
  if (ARBITRATION.bothPartsAsked.test(t) && !slots.district && !slots.neighbourhood && !slots.pointCode) add('knowledge', 4);
  // "上午湖里 下午思明另一个点 一天约两个地方可以吗": two points on one day asked about is the rule, though both are named.
  if (ARBITRATION.twoPlacesAsked.test(t)) add('knowledge', 6);
  // Asking what to do about the child is a parenting question, whatever day or part of the day its story names ("bit
  // another kid at playgroup today… what am I supposed to do"): the day weighs less than the question.
  if (CHILD_WORD.test(t) && ASKS_WHAT_TO_DO.test(t)) add('knowledge', 1);
  if (WATCH_TONIGHT.test(t) && !asksForCare) add('knowledge', 3);
  // "…Getting dressed every morning is a battle. Help": a plea closing a story about the child asks for advice, not the menu.
  if (t.length > 30 && (CHILD_WORD.test(t) || slots.childAgeMonths !== undefined) && PLEA.test(t)) add('knowledge', 2.5);
  // A booking verb beside a concrete search ("帮我订周六上午") stays a booking; a question about
  // availability with no booking verb stays a search.

  let best: Intent | undefined;
  let top = 0;
  let second = 0;
  for (const intent of PRIORITY) {
    const s = score.get(intent) ?? 0;
    if (s > top) {
      second = top;
      top = s;
      best = intent;
    } else if (s > second) {
      second = s;
    }
  }
  if (!best || top === 0) {
    // An age told inside a question about the child ("他两岁半了还不会说要尿尿 需要训练吗") is the question's setting, not a search.
    // "果果 2024年3月出生", "宝宝是去年3月生的": a birth month told, asking nothing, is registering (the day is asked next).
    if (slots.birthMonth && !asks && searchSlots === 0) return { intent: 'register_child', confidence: 0.6 };
    const story = slots.childAgeMonths !== undefined && !asks && !searching && !partOfMessage && tellsAStory(t, asksForCare);
    if (searchSlots > 0 || (slots.childAgeMonths !== undefined && !asks && !story)) return { intent: 'find_slots', confidence: 0.45 };
    if (story) return { intent: 'knowledge', confidence: 0.7 };
    if (slots.ordinal !== undefined) return { intent: 'book', confidence: 0.45 };
    if (slots.bookingRef) return { intent: 'my_bookings', confidence: 0.4 };
    if (slots.childName) return { intent: 'register_child', confidence: 0.4 };
    if (asks && CHILD_WORD.test(t)) return { intent: 'knowledge', confidence: 0.35 };
    if (asks) return { intent: 'knowledge', confidence: 0.25 };
    return { intent: 'out_of_scope', confidence: 0.3 };
  }
  const margin = top - second;
  const confidence = Math.max(0.3, Math.min(0.97, 0.45 + 0.08 * top + 0.1 * Math.min(margin, 3) - (margin < 0.5 ? 0.15 : 0)));
  return { intent: best, confidence: Math.round(confidence * 100) / 100 };
}
