import { asksWithoutParticle, PLACES_ASKED, QUESTION_WORD } from './askingWords.ts';
import { asksAboutTheService, OWN_BOOKING } from './asksAboutTheService.ts';
import { CHANGES, SEARCHES } from './intentGroups.ts';
import { ARBITRATION } from './lexicon/index.ts';
import type { Reading } from './ReinterpretRule.ts';
import { prepareText } from './prepareText.ts';
import { asksRuleFact } from './ruleQuestions.ts';
import { requestFamily } from './splitRequests.ts';
import type { UnderstandContext } from './types.ts';

const {
  ruleOrHealthQuestion: RULE_OR_HEALTH_QUESTION,
  policyQuestion: POLICY_QUESTION,
  availabilityAsk: AVAILABILITY_ASK,
  bookingSignal: BOOKING_SIGNAL,
  asksAbout: ASKS_ABOUT,
  actionRequest: ACTION_REQUEST,
  bookedContext: BOOKED_CONTEXT,
} = ARBITRATION;

/** What one part of a message asks for: a request of its own ("booking", "question", "person") or part of another ("talk", "other"). */
export type SegmentFamily = ReturnType<typeof requestFamily>;

/** A part of a message already read, with the family it was given. */
export interface SegmentPart extends Reading {
  text: string;
  family: SegmentFamily;
}

/** Everything a family rule may look at: the segment, its reading, the whole message and the parts before it. */
export interface SegmentView {
  /** The segment's prepared text (prepareText: Simplified, lowercase). */
  prepared: string;
  /** The segment's reading on its own. */
  r: Reading;
  /** The whole message's prepared text and reading. */
  t: string;
  whole: Reading;
  /** The parts read so far, in order. */
  parts: readonly SegmentPart[];
  ctx: UnderstandContext;
}

/**
 * One reason a segment read as a request on its own is part of the request or story around it instead. Rules are tried in
 * order; the first whose `from` is the segment's family and whose `when` holds makes it "other". (Every rule ends in
 * "other" and none starts from it, so at most one applies.)
 */
export interface SegmentFamilyRule {
  name: string;
  from: 'booking' | 'question';
  when(v: SegmentView): boolean;
  /** The segment tells whom the search before it is for: the message is that search. */
  searchFor?: true;
}

/** A clause that asks or requests something: a question, a request verb, or a booking verb not in the past. */
// ("到底约上了没有啊": 了没有 closing a clause asks too.)
const ASKS =
  /[?？]|吗|么|嘛|呢|(?:了|上|到)没(?:有)?(?:啊|呀|啦)?(?=\s|$)|怎么|多少|(?<!好)几(?!点)|哪|能不能|可不可以|有没有|是否|(?<![没不])帮|给我|我要|我想|想要|请|麻烦|(?<!有个?预?|有一个预?)(?:约|订|预约|报名|排队|候补|取消|登记)(?!了|过|好|上|的)|(?<![a-z])(?:book|cancel|find|search|show|reserve|register|any|is there|are there|can|could|please|want|need|looking)(?![a-z])/i;

/** In a message that is plainly a complaint, what still asks for a booking of its own. */
const COMPLAINT_STORY_ASKS =
  /[?？]|吗|么|嘛|有没有|能不能|可不可以|帮我?(?:约|订|预约|看|查|找)|再(?:约|订|预约)|另外|还想|顺便|(?<![a-z])(?:can you|could you|please book|book me|also)(?![a-z])/i;

/** A booking already made or a session referred to ("我约了周日的", "有预约托育", "下午两点半那场", "the one I booked"). */
const SETTING = /(?:约|订|预约|报名)(?:了|过)|(?<![没])有(?:个|一个)?预约|那场|那次|那个|(?<![a-z])(?:booked|that (?:session|one|booking|class))(?![a-z])/;

/** "还能送去吗", "can she still come": whether the child may still go, not which places are free. */
const STILL_GO = /(?:还|也)(?:能|可以)(?:送|去|来)|(?<![a-z])(?:can|could) (?:she|he|they|we|my \w+) still (?:go|come|attend)(?![a-z])/;

/**
 * "禮拜六的臨托可以去嗎", "周日能送吗": whether the child may go, asked at the end of a part with no "还". After a part telling
 * the child's illness or a rule's case ("小孩昨天發燒38度 今天退燒了"), it asks the same as STILL_GO: the return-to-care rule,
 * not which places are free.
 */
const WHETHER_GO = /(?:能|可以|能不能|可不可以)(?:送|去|来|上)(?:去|过去)?(?:吗|么|嘛|呢)?[?？]?$/;

/** "要怎么办", "怎么回事", "what now?": asked on its own, about what was just told. */
export const WHAT_NOW =
  /^(?:那|那我)?(?:要|该|应该)?(?:怎么办|咋办|怎么回事|咋回事|怎么弄|怎么处理)[?？!！。]*$|^(?:so )?what (?:now|do (?:i|we) do|should (?:i|we) do)[?!.]*$/;

/** The child taken along, told ("要带阮孙仔去", "带孙女过去", "bringing my grandson"). */
const TAKES_CHILD =
  /(?:要|会|想)?带.{0,4}(?:孙|仔|孩子|娃|宝|女儿|儿子|囡|小孩|他|她|伊).{0,2}(?:去|过去|来)|(?<![a-z])(?:bringing|taking) (?:my|our|the) (?:grand)?(?:son|daughter|kids?|child|children|baby|boy|girl|toddler)(?![a-z])/;
/** A child's age told alone ("伊两岁", "她两岁半", "孩子1岁8个月"). */
const AGE_TOLD =
  /^(?:伊|他|她|孩子|宝宝|娃|孙子|孙女|孙仔|小孩)?(?:今年|现在)?(?:才|刚|快)?(?:\d{1,2}|[一二两三四五六七八九十半]{1,3})(?:个)?(?:岁|个月)(?:半|多)?(?:\d{1,2}个月)?(?:大)?了?$/;

/** A session told full ("约满了", "没位置了", "is full", "was booked out"). */
// (…and what the screen said, in learners' English and pinyin: "it show full already", "it say man le, full".)
const TOLD_FULL =
  /(?:约|订|报|排)?满了|已(?:经)?(?:约|订|报)?满|没(?:有)?(?:位置|位子|名额)了|(?<![a-z])(?:(?:is|are|was|were|'s|got|already|all) (?:already |all |completely |totally )?(?:full|booked (?:out|up)|fully booked)|sold out|full already|(?:says?|said|shows?|showed|showing|saying)\b[^.!?]{0,14}\bfull|man ?le)(?![a-z])/;

/** Moving a booking asked about ("想换到思明的点 要怎么换", "改到周日可以吗"): a move word and a question after it. */
const MOVE_ASKED = /(?:改到|改成|换到|换成|调到|挪到|移到|转到).{0,16}(?:[?？]|吗|么|怎么|怎样|如何|可以|能不能|行不行)/;

const CANCEL_WORD = /取消|退订|退掉|不去了|去不了|(?<![a-z])cancel/;

/** Looking again, told after a cancellation ("…帮我取消 然后看看周日有没有", "cancel it and find us something sunday instead"). */
const LOOKS_AGAIN =
  /看看|看一下|找找|找一下|查查|查一下|有没有|改成|改到|换成|换到|改约|(?<![a-z])(?:find|look(?:ing)? for|search|see if|check|instead|re-?book)(?![a-z])/;

/** A search read from a segment that only tells a session is full, asking nothing ("The Saturday morning in Huli is full."). */
export const sessionToldFull = (v: Pick<SegmentView, 'prepared' | 'r'>) =>
  searchOwn(v) && TOLD_FULL.test(v.prepared) && !ASKS.test(v.prepared.replace(TOLD_FULL, ' ').replace(TRIED_TO_BOOK, ' '));

/** A booking tried already, told ("I try to book Siming … but it say full", "想约周六的 结果满了"): no request of its own. */
const TRIED_TO_BOOK = /(?<![a-z])(?:try|tried|trying|wanted|want) to (?:book|reserve|get)(?![a-z])|想约|本来想约|去约/g;

/** A search, booking or waitlist that could stand on its own, if it has something to search for. */
const searchOwn = (v: Pick<SegmentView, 'r'>) => ['find_slots', 'book', 'join_waitlist', 'more'].includes(v.r.intent);
const complaintBefore = (v: SegmentView) => v.parts.some((p) => p.intent === 'complaint');
const namesPlace = (v: SegmentView) => !!(v.r.slots.district || v.r.slots.neighbourhood || v.r.slots.pointCode);

/**
 * Why a day or part of day will not do, told after the request it changes ("下午不行 上午吧 下午他要睡午觉", "周六不行 周六要回老家",
 * "morning不行 她早上要上课"): the child's nap, a class, work, a trip — the reason, not a question about naps or classes.
 */
const REASON_TOLD =
  /(?:要|得|在|会|还要|也要)(?:睡(?:午)?觉|午睡|补觉|上课|上学|上早教|上班|加班|值班|打(?:预防)?针|打疫苗|体检|回老家|出门|出差)|睡午觉|有事|没空/;

/** A trip told as made: a ride taken there, arriving, getting out of the car (Simplified, lowercased). */
const TRIP_MADE =
  /(?:坐|开|骑|搭|乘)了.{0,12}(?:车|船|轮渡|地铁|飞机|高铁|动车|公交)|(?:车|船|飞机)(?:上|里)(?:就|一直)?(?:吐|哭|睡)|下(?:了)?(?:车|船|飞机)(?:就|以后|之后|后)|(?<![a-z])(?:drove|we went|took (?:a|the) (?:car|bus|train|ferry|taxi)|in the car (?:to|on the way)|on the (?:drive|ride|way) (?:to|back|home))(?![a-z])/;

export const SEGMENT_FAMILY_RULES: readonly SegmentFamilyRule[] = [
  {
    // "你们周六那个老师态度太差了 我约的是半日托 结果…": in a complaint, the booking told asks for no look-up.
    name: 'booking told in a complaint',
    from: 'booking',
    when: (v) =>
      v.r.intent === 'my_bookings' &&
      !v.r.slots.bookingRef &&
      (v.whole.intent === 'complaint' || complaintBefore(v)) &&
      (SETTING.test(v.prepared) || OWN_BOOKING.test(v.prepared)) &&
      !ASKS.test(v.prepared),
  },
  {
    // "…结果服务点没开 要怎么办": what to do now, asked after a complaint in so many words, is the complaint's own question.
    name: 'what now after a complaint',
    from: 'question',
    when: (v) => complaintBefore(v) && WHAT_NOW.test(v.prepared.trim()),
  },
  {
    // "can we still go tomorrow?" after a health sentence is part of that question, and "约了三次都没约上" after a complaint is
    // part of the complaint: a search of its own needs something to search for.
    name: 'search with nothing to search for',
    from: 'booking',
    when: (v) =>
      searchOwn(v) &&
      !(
        v.r.slots.dateRange ||
        v.r.slots.district ||
        v.r.slots.neighbourhood ||
        v.r.slots.kind ||
        v.r.slots.partOfDay ||
        v.r.slots.wantsNearby ||
        v.r.slots.pointCode
      ),
  },
  {
    // "今天坐了一个多小时车去同安 下车就吐了一次…是晕车吗", "we drove to Tong'an today and she threw up": a trip already made
    // is the story of what happened on it, not a search for that day and place — unless it asks for places or to book.
    name: 'a trip already made',
    from: 'booking',
    when: (v) =>
      v.r.intent === 'find_slots' && !v.ctx.searching && TRIP_MADE.test(v.prepared) && !BOOKING_SIGNAL.test(v.prepared) && !AVAILABILITY_ASK.test(v.prepared),
  },
  {
    // "在湖里租房住", "不睡下午就闹": a place or a part of day told in passing, with no day, kind or booking word, is part of
    // the story around it, not a search of its own.
    name: 'place or part of day in passing',
    from: 'booking',
    when: (v) =>
      v.r.intent === 'find_slots' &&
      !v.ctx.searching &&
      !(v.r.slots.dateRange || v.r.slots.pointCode || v.r.slots.wantsNearby || v.r.slots.child) &&
      !BOOKING_SIGNAL.test(v.prepared) &&
      !AVAILABILITY_ASK.test(v.prepared),
  },
  {
    // "下午两点半那场 我中午才取消 算不算迟取消", "我约了周日的 如果经常取消会不会…": a booking mentioned as the setting of a
    // question, asking nothing itself, belongs to that question. In a complaint ("今天在前埔的点接孩子 发现额头一个大包 老师什么都
    // 没说"), a place and a day that ask nothing are its story; "我想反映一下 禮拜六在前埔 老師都沒幫孩子換尿布": a complaint said
    // first makes what follows its story.
    name: 'booking as the setting of a question or complaint',
    from: 'booking',
    when: (v) =>
      searchOwn(v) &&
      !v.ctx.searching &&
      !v.r.slots.child &&
      (SETTING.test(v.prepared) || BOOKED_CONTEXT.test(v.prepared) || v.whole.intent === 'complaint' || v.whole.intent === 'human' || complaintBefore(v)) &&
      !ASKS.test(v.prepared),
  },
  {
    // "這週六下午的臨時托 如果孩子感冒了還能去嗎", "周六half-day 要带什么": a day and a kind of care that ask nothing, before a
    // question about the service's rules, health or what to bring, are what the question is about, not a search of their own —
    // unless they name a place or a child, or places are asked for.
    name: 'session a service question is about',
    from: 'booking',
    when: (v) =>
      searchOwn(v) &&
      !v.ctx.searching &&
      v.whole.intent === 'knowledge' &&
      (asksAboutTheService(v.t) || asksRuleFact(v.t)) &&
      !(v.r.slots.child || namesPlace(v) || v.r.slots.wantsNearby) &&
      !ASKS.test(v.prepared) &&
      !AVAILABILITY_ASK.test(v.t),
  },
  {
    // "The Saturday morning in Huli is full. How does the waitlist work?", "周六上午湖里约满了 候补是怎么排的": a session told
    // full, asking nothing itself, is the setting of the question after it — it was already looked at, not to be searched again.
    name: 'session told full',
    from: 'booking',
    when: (v) => sessionToldFull(v),
  },
  {
    // "下午两点半那场 我中午十二点半才取消 算不算迟取消", "if I accept the waitlist offer, what if…": in a message that asks about a
    // rule or a consequence, a cancellation or the waitlist told without an imperative is the story of the question.
    name: 'change told in a rule question',
    from: 'booking',
    when: (v) =>
      (CHANGES.has(v.r.intent) || v.r.intent === 'join_waitlist') && v.whole.intent === 'knowledge' && ASKS_ABOUT.test(v.t) && !ACTION_REQUEST.test(v.prepared),
  },
  {
    // "我约的是湖里的点 想换到思明的点 要怎么换": the parent's own booking told, asking nothing, before a question about moving it
    // to another point or day is the setting of that question (how a move works), not a look at the bookings (round 32).
    name: 'own booking told before a move question',
    from: 'booking',
    when: (v) =>
      v.r.intent === 'my_bookings' &&
      !v.r.slots.bookingRef &&
      (SETTING.test(v.prepared) || OWN_BOOKING.test(v.prepared)) &&
      !ASKS.test(v.prepared) &&
      v.whole.intent !== 'my_bookings' &&
      MOVE_ASKED.test(v.t),
  },
  {
    // An outright complaint ("上次预约去江头 老师…我要投诉") tells its story with booking words: they ask for nothing unless they
    // ask ("…另外帮我约周六上午").
    name: 'booking words in an outright complaint',
    from: 'booking',
    when: (v) => searchOwn(v) && !v.r.slots.child && v.whole.intent === 'complaint' && v.whole.confidence >= 0.9 && !COMPLAINT_STORY_ASKS.test(v.prepared),
  },
  {
    // "双胞胎两个都要去 周六上午海沧": the twins told beside a day and a place are who the search is for, not a question.
    // "…集美 有两个位置吗": asking for places is the search's own question.
    name: 'who or how many a search is for',
    from: 'question',
    when: (v) =>
      SEARCHES.has(v.whole.intent) &&
      ((v.whole.slots.allChildren && !QUESTION_WORD.test(v.prepared)) ||
        (PLACES_ASKED.test(v.prepared) && v.prepared.length <= 12 && !POLICY_QUESTION.test(v.prepared) && !RULE_OR_HEALTH_QUESTION.test(v.prepared))),
  },
  {
    // "拜六下午湖里有位无 要带阮孙仔去 伊两岁", "周六上午思明有位吗 带孙女去 她两岁": who is taken along, and how old, told after a
    // search with no question of its own, is whom the search is for — not a question to look up.
    name: 'child taken along after a search',
    from: 'question',
    searchFor: true,
    when: (v) => {
      const last = v.parts.at(-1);
      return (
        last?.family === 'booking' &&
        SEARCHES.has(last.intent) &&
        !QUESTION_WORD.test(v.prepared) &&
        !ASKS.test(v.prepared) &&
        v.prepared.split(/\s+/).every((c) => TAKES_CHILD.test(c) || AGE_TOLD.test(c)) &&
        !RULE_OR_HEALTH_QUESTION.test(v.prepared)
      );
    },
  },
  {
    // "下午不行 上午吧 下午他要睡午觉": the reason a day or part of day will not do, told after the request, asks nothing — the
    // message is that request.
    name: 'reason told after a request',
    from: 'question',
    searchFor: true,
    when: (v) =>
      v.parts.at(-1)?.family === 'booking' &&
      REASON_TOLD.test(v.prepared) &&
      v.prepared.trim().length <= 16 &&
      !QUESTION_WORD.test(v.prepared) &&
      !ASKS.test(v.prepared) &&
      !asksWithoutParticle(v.prepared),
  },
  {
    // "早上量了37.4度 今天还能送去托育吗": whether the child can still go, after a question about the child, is that question.
    name: 'still go after a question',
    from: 'booking',
    // ("小孩昨天發燒38度 今天退燒了 禮拜六的臨托可以去嗎": asked without "还", after an illness or a rule's case told.)
    when: (v) =>
      v.r.intent === 'find_slots' &&
      v.parts.at(-1)?.family === 'question' &&
      (STILL_GO.test(v.prepared) || (WHETHER_GO.test(v.prepared.trim()) && RULE_OR_HEALTH_QUESTION.test(prepareText(v.parts.at(-1)!.text)))) &&
      !namesPlace(v),
  },
  {
    // A day with nothing else to search by is not a search of its own — unless it is another child's ("…for Emma, and Leo on
    // Sunday") or, while a search is under way, a day on its own that changes it ("应该是周日").
    name: 'bare day',
    from: 'booking',
    when: (v) => {
      const prevChild = v.parts.at(-1)?.slots.child;
      const anotherChild = !!v.r.slots.child && !!prevChild && JSON.stringify(prevChild) !== JSON.stringify(v.r.slots.child);
      // ("哥哥禮拜六 妹妹禮拜天 都要湖里早上": the first child's day, in a message about several children, is that child's request.)
      const severalChildren = (v.whole.slots.orderedChildren?.length ?? 0) > 1 || (v.whole.slots.namedChildren?.length ?? 0) > 1;
      const oneOfSeveral = !!v.r.slots.child && !!v.r.slots.dateRange && severalChildren;
      // (…nor the day looked for again after a cancellation: "cancel it and find us something sunday instead".)
      const afterCancel = v.parts.at(-1)?.intent === 'cancel' && !!v.r.slots.dateRange && LOOKS_AGAIN.test(v.prepared);
      return (
        v.r.intent === 'find_slots' &&
        !anotherChild &&
        !oneOfSeveral &&
        !afterCancel &&
        !(v.ctx.searching && v.r.slots.dateRange) &&
        !BOOKING_SIGNAL.test(v.prepared) &&
        !(v.r.slots.district || v.r.slots.neighbourhood || v.r.slots.kind || v.r.slots.partOfDay || v.r.slots.wantsNearby)
      );
    },
  },
  {
    // An unsure booking reading that is not a search ("…了吗" about a change) joins its neighbours — but "大宝周六的取消 二宝
    // 周日…": a cancel word with the booking it names is a request even when the day makes it look like a search.
    name: 'unsure change',
    from: 'booking',
    when: (v) => {
      const namedCancel = v.r.intent === 'cancel' && CANCEL_WORD.test(v.prepared) && !!(v.r.slots.dateRange || v.r.slots.child || v.r.slots.bookingRef);
      return !searchOwn(v) && v.r.confidence < 0.7 && !namedCancel;
    },
  },
  {
    // In a complaint, what happened ("老师一上午没给孩子换尿布") is its story, not a parenting question.
    name: 'what happened in a complaint',
    from: 'question',
    when: (v) =>
      (v.whole.intent === 'complaint' || complaintBefore(v)) &&
      !ASKS.test(v.prepared) &&
      !/多久|多长|什么|什麼|(?<!好)几|(?<![a-z])(?:what|how|when|which)(?![a-z])/.test(v.prepared),
  },
];

/**
 * The family a segment belongs to: its intent's family, unless a rule finds it part of the request or story around it.
 * `searchFor` says the segment told whom the search before it is for.
 */
export function segmentFamily(v: SegmentView): { family: SegmentFamily; searchFor: boolean } {
  const family = requestFamily(v.r.intent);
  const rule = SEGMENT_FAMILY_RULES.find((x) => x.from === family && x.when(v));
  return rule ? { family: 'other', searchFor: !!rule.searchFor } : { family, searchFor: false };
}
