import type { Intent } from './types.ts';

/**
 * The parts of a message that may each be a request: sentences, lines, and
 * clauses after "另外/还有个问题/顺便/also/btw", "还有宝宝…" after a question even with no comma (voice typing: "这周六集美有没有
 * 临时托还有宝宝一岁老是便秘怎么办"), and "but (I) don't know…" ("我想book下个礼拜六的半日托 but 不知道要带什么").
 * Chinese writers often
 * separate sentences with a space ("周六上午有位吗 孩子咳嗽能去吗"), but not after a condition ("我想投诉的话 大概多久会有人回复", "如果對服務不滿意 要去哪裡反映":
 * one question, asked on that condition). A why after a question is a question of its own ("周日afternoon有开吗 为什么morning总是full"),
 * and so is a short mixed yes/no question after a request ("…帮Leo book一个 是free的吗"; not "周六上午 有slot吗").
 */
// (A spaced dash before a question word ends a sentence as a full stop does: "sunday morning is full - what's the waitlist
// like?" — round 53; "saturday - sunday" and "9 - 12" stay one.)
const SENTENCES =
  /(?<=[。！!？?；;\n])\s*|\s+[-–—]\s+(?=(?:what|how|when|who|where|why|can|could|is|are|do|does|will|would)(?![a-z]))|(?<=[吗嗎么麼呢])\s+(?=为什么|为啥|為什麼|為啥)|(?<!(?:^|\s)(?:a\.m|p\.m|dr|mr|mrs|ms|st|no|vs|e\.g|i\.e))\.\s+(?=[A-Za-z\u4e00-\u9fa5])|[,，]\s*[还還]有(?!位|名额|名額|空|号|號|别的|別的|其他|没有|沒有|哪|吗|嗎|呢|什么时候|什麼時候|几|幾)|(?:另外|[还還]有[个個]?[问問][题題]|[还還]想[问問](?:一下|下)?|[顺順]便[问問](?:一下|下)?|[顺順]便|[对對]了|(?<![a-z])(?:also|btw|by the way|another question|one more thing)(?![a-z]))[,，:：\s]*|(?<=[\u4e00-\u9fa5])(?<!的[话話])(?<!(?:如果|要是|假如|万一|萬一)[^\s，,。？?！!]{1,14})\s+(?=[\u4e00-\u9fa5]{4,})|\s+(?=[还還]有(?:[请請][问問]|[个個]?[问問][题題]|想[问問]|[问問]一?下))|(?<=[\u4e00-\u9fa5])\s+(?=(?![有還还])(?:是|要|会|會|可以|能)?[\u4e00-\u9fa5]{0,3}(?!(?:slot|spot|place|space|seat|book|session|位|名额|名額|空)\w*)[a-z]{3,}[\u4e00-\u9fa5]{0,3}[吗嗎][?？]?\s*$)|(?<=(?:[吗嗎么麼呢]|(?:有没有|有沒有)[\u4e00-\u9fa5]{1,8}))\s*(?=[还還]有(?:我家|我們家|我们家|我的)?(?:宝宝|寶寶|孩子|小孩|娃|宝贝|寶貝|儿子|兒子|女儿|女兒|闺女|閨女))|[,，]?\s*(?:(?<![a-z])but(?![a-z])|但是|不过|不過|可是)[,，\s]*(?=(?:我|i\s|i'm\s)?\s*(?:(?:还|還|也)?不(?:知道|清楚|确定|確定)|(?:do ?n[o']?t|dunno|not sure|wonder)))/i;

/**
 * "…, 再帮我看看下周六" / "… and find her Sunday instead": a second action joined to the first. "book Emma for Sunday in Haicang,
 * what should she bring?": a wh-question closing the message after a comma is a question of its own. (A 再 after a modal —
 * "cancel了之后还能再约别的吗", "可以再约吗" — asks whether one may book again: one question, not "then book".)
 */
const THEN_ACTION =
  /[,，;；]?\s*(?:然[后後]|之[后後]|(?<![能以会會还還不])再)(?=(?:[帮幫]我|[给給]我|[帮幫]忙|麻[烦煩])?(?:看看|找|[约約]|查|[订訂]|[预預][约約]|[报報]名|取消|登[记記]|[请請][问問]|想[问問]|[问問]一?下))|[,;]\s*(?:and|plus)\s+(?=(?:i|we|i'd|i'm|we'd|we're|my|our|please)\s|我|[请請])|[,，;；]\s*(?=(?:改|换|另)(?:找|约|订|看|查|预约))|[,;]?\s+(?:and|then|and then)\s+(?=(?:also\s+)?(?:find|book|re-?book|search|look|get|show|check|cancel|register|add|put)\b)|[,;]?\s+(?:and|also|plus)\s+(?=(?:can|could|do|does|is|are|should|will|what|how|where|when|why)\s)|(?<!^\s*(?:when|whenever|if|after|before|while|once|since|because|as soon as|every time)\b[^,;]*)[,;]\s*(?=(?:what|how|where|when|why)\s+(?:should|do|does|did|can|could|will|would|must|time|kind|to|need|much|long)\s[^,;]*\?\s*$)/i;

/** "禮拜天的先取消，下次最晚什麼時候要取消？", "周六的取消，改成周日上午": a cancellation said, then the next request. */
// "Lucas周六的cancel掉 Chloe改约周日…", "朵朵周六的cancel 果果改约…": after a cancellation with its booking said first (的…取消) or
// finished (取消掉/了), a space ends it too, when the next words are not Chinese (those already split as a sentence).
const AFTER_CANCEL =
  /(?<=(?:取消|退掉|退订|退訂|(?<![a-z])cancel)\s?(?:掉|了|吧|掉吧)?)\s*[，,；;]\s*|(?<=的\s?(?:取消|退掉|退订|退訂|cancel)(?:掉|了|吧|掉吧)?|(?:取消|退订|退訂|(?<![a-z])cancel)(?:掉|了|掉吧))\s+(?=[a-z\u4e00-\u9fa5])/i;

/** A day named the way parents name them (this/next Saturday, 周六, 禮拜天, 12月5日, the 5th). */
const DAY =
  '(?:(?:这|這|下|本)?(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]|(?:this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|\\d{1,2}月\\d{1,2}[日号號]?)';
/**
 * "周六湖里和周日思明", "Saturday in Huli and Sunday in Siming": a second day with its own words is a second
 * search. (Split here only; understand() joins the pieces back unless each names its own place.)
 */
const SECOND_DAY = new RegExp(`(?<=${DAY}[^,，。;；]{1,12}?)\\s*(?:和|跟|与|與|以及|,|，|\\band\\b|&)\\s*(?=${DAY})`, 'i');

/** Birth-order words that start a clause about one child of several ("老二周日的取消", "the baby on Sunday"). */
const ORDER_CLAUSE = [
  '老[大二三幺]',
  '[大二三小][宝寶](?![宝寶贝貝])',
  '(?:哥哥|姐姐|姊姊|弟弟|妹妹)(?![们們])',
  '(?:the |my )?(?:older|oldest|eldest|younger|youngest|little|big) (?:one|boy|girl|kid|child)',
  '(?:the |my )?baby',
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The parts of a message that may each be a request: sentences, lines, and
 * clauses after "另外/还有个问题/顺便/also/btw", a second action ("然后/再帮我…",
 * "and find…"), and — with the family's children's names — a clause about
 * another child ("朵朵约周六上午，果果约周日"). Chinese writers often separate
 * sentences with a space ("周六上午有位吗 孩子咳嗽能去吗").
 */
export function splitSegments(text: string, childNames: string[] = []): string[] {
  const items = listedItems(text);
  if (items) return items;
  const names = childNames.filter((n) => n.trim().length > 0).map(escapeRegExp);
  // "帮老大约周六上午，老二周日的取消": in a family of several, a clause that starts with a birth-order word is that child's.
  const perChild =
    names.length > 1
      ? new RegExp(
          `[,，;；、]\\s*(?:and\\s+|then\\s+|以及|还有|還有|然后|然後)?(?=(?:给|給|帮|幫|把|为|為|for\\s+)?(?:${[...names, ...ORDER_CLAUSE].join('|')})(?![a-z]))`,
          'i',
        )
      : undefined;
  // "Mia Saturday morning Huli and Leo Sunday morning Jimei", "朵朵周六上午湖里和果果周日上午集美", "Book Mia for Saturday morning
  // in Huli and Noah for Sunday morning in Jimei", "乐乐约周六上午湖里和糖糖约周日上午集美": after a day, another
  // child named with their own day is their own request (no comma needed; "Mia and Leo Saturday" has no day before "and").
  // ("哥哥禮拜六 妹妹禮拜天 都要湖里早上": a space is enough between Chinese clauses, and a birth-order word names the child.)
  const childDay =
    names.length > 1
      ? new RegExp(
          `(?<=${DAY}[^,，。;；]{0,20}?)(?:\\s*(?:和|跟|与|與|以及|\\band\\b|&)\\s*|(?<=[\\u4e00-\\u9fa5])\\s+)(?=(?:${[...names, ...ORDER_CLAUSE].join('|')})(?![a-z])\\s*(?:的|[约約]|要|去|(?:on|for)\\s+)?\\s*${DAY})`,
          'i',
        )
      : undefined;
  const parts = text
    .split(SENTENCES)
    .flatMap((s) => (s ? s.split(THEN_ACTION) : []))
    .flatMap((s) => (s ? s.split(AFTER_CANCEL) : [s]))
    .flatMap((s) => (s && perChild ? s.split(perChild) : [s]))
    .flatMap((s) => (s ? s.split(SECOND_DAY) : [s]))
    .flatMap((s) => (s && childDay ? s.split(childDay) : [s]))
    .map((s) =>
      (s ?? '')
        .trim()
        .replace(/^(?:我|还|再)?想问(?:一下|下)?[,，:：\s]*/, '')
        // ("…有没有临时托还有宝宝一岁老是便秘": the joining 还有 is no part of the question about the child.)
        .replace(/^[还還]有(?=(?:我家|我們家|我们家|我的)?(?:宝宝|寶寶|孩子|小孩|娃|宝贝|寶貝|儿子|兒子|女儿|女兒|闺女|閨女))/, '')
        // "Two things: …", "两个问题：…": the count announced before the questions is no part of the first.
        .replace(/^(?:(?:two|2|three|3|a couple of) (?:things|questions|quick questions)|(?:两|2|三|3|几)个(?:问题|事情?))\s*[:：,，]\s*/i, '')
        // "1) is it ok…  2) also I want to book…": the numbers of a list are no part of its items.
        .replace(/^[1-9][).、]\s*|\s+[1-9]\)\s*$/g, ''),
    )
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
  return joinDayToAction(joinBookingToChange(joinAgeToQuestion(joinSettingToBareQuestion(parts))));
}

/** A day (with its part of day) told alone: "下周日", "下礼拜六上午", "next Sunday". */
const DAY_ALONE = new RegExp(`^${DAY}\\s*(?:的)?\\s*(?:上午|下午|早上|(?:in the )?(?:morning|afternoon))?$`, 'i');

/** A booking pointed at by its day alone: "週六那個", "周日下午的", "the Saturday one". */
const BOOKING_AFTER = new RegExp(
  `^${DAY}\\s*(?:上午|下午|早上)?\\s*(?:的|那个|那個|那场|那場|那一个|那一個|那节|那節)$|^the (?:${DAY}|(?:sat|sun)\\w*) (?:one|booking|session)$`,
  'i',
);
/** A change asked of a booking: cancelling or moving it. */
const CHANGE_WORD = /取消|退掉|退订|退訂|改|换|換|挪|(?<![a-z])(?:cancel|move|change)(?![a-z])/i;

/**
 * "…取消吧 下周日再约": the day cut off by "再约" is the day of that booking, not a piece of the request before (which would
 * cancel next Sunday's booking and book nothing).
 */
function joinDayToAction(parts: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const s = parts[i]!;
    const next = parts[i + 1];
    // "取消一個 週六那個": the booking pointed at just after the change asked of it is that change's, not a search.
    const before = out.at(-1);
    if (before !== undefined && BOOKING_AFTER.test(s.trim()) && CHANGE_WORD.test(before)) {
      out[out.length - 1] = `${before} ${s}`;
      continue;
    }
    if (next !== undefined && DAY_ALONE.test(s.trim()) && /^(?:[帮幫给給]我)?(?:[约約]|[预預][约約]|[订訂]|看看|找|book)/i.test(next.trim())) {
      parts[i + 1] = `${s}${next}`;
      continue;
    }
    out.push(s);
  }
  return out;
}

/** "周六上午约的那个", "預約的那場", "the one I booked": a booking pointed at, asking nothing yet. */
const BOOKING_POINTED =
  /(?:约|約|预约|預約|订|訂|报名|報名)(?:好|了)?的(?:那个|那個|那场|那場|那节|那節)?$|(?<![a-z])(?:the (?:one|booking|session) (?:i|we) (?:booked|made)|(?:my|our) booking)$/i;

/**
 * "周六上午约的那个 能不能改到下午": a booking pointed at just before the change or cancellation asked of it is that request's
 * setting (which booking), not a search or a booking of its own.
 */
function joinBookingToChange(parts: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const s = parts[i]!;
    const next = parts[i + 1];
    if (next !== undefined && BOOKING_POINTED.test(s.trim().replace(/[,，。.]$/, ''))) {
      parts[i + 1] = `${s} ${next}`;
      continue;
    }
    out.push(s);
  }
  return out;
}

/**
 * The items of a list the parent numbered ("two things: 1) is the trial class free? 2) my 2yo has red rough cheeks from the
 * wind on the ferry, what cream…", "问两个事 一是体验课收不收钱 二是坐轮渡去鼓浪屿 海风把娃脸吹得又红又干 擦点啥好"): each
 * item is one request, told in as many pieces as the parent likes — the parent said where each begins. Undefined when the
 * message numbers no second item. (A bare figure before the item's first word counts too, "问三个事啊 1要不要钱 2多大的能去
 * 3能不能…", and "1." — but not a figure with a counter, "1个娃 2岁"; round 50.)
 */
const LIST_MARK =
  /(?:^|(?<=[\s,，;；:：。.!！?？]))(?:[1-9]\s*[)）]|[1-9][.、．](?!\d)|[1-9](?=[\u4e00-\u9fff])(?![个個岁歲月号號日点點次天周週小时時分位名块塊元层層楼樓])|[（(][1-9][)）]|(?:第)?[一二三四五](?:是|个问题是|個問題是|[、，,：:])|第[一二三四五](?:个|個)?(?:问题|問題|件事)?[,，:：、\s])\s*/g;
export function listedItems(text: string): string[] | undefined {
  const marks = [...text.matchAll(LIST_MARK)];
  // (A list has a first item and a next one, in order: "1) … 2) …", "一是…二是…".)
  if (marks.length < 2) return undefined;
  const digits = marks.map((m) => '一二三四五'.indexOf(m[0].replace(/[^一二三四五1-9]/g, '').slice(-1)) + 1 || Number(m[0].replace(/\D/g, '')));
  if (digits[0] !== 1 || digits.some((d, i) => d !== i + 1)) return undefined;
  const items = marks.map((m, i) =>
    text
      .slice(m.index! + m[0].length, marks[i + 1]?.index ?? text.length)
      .trim()
      .replace(/[,，;；]$/, ''),
  );
  return items.every((x) => /[\p{L}\p{N}]/u.test(x)) ? items : undefined;
}

/** A child's age told on its own ("小的才4个月", "弟弟3個月大"). */
const AGE_ALONE =
  /^(?:我家|家里|家裡)?[^\s,，。.?？!！]{0,4}?(?:才|刚|剛|只有|快)?\s*(?:\d{1,2}|[一二三四五六七八九十两兩半]{1,3})\s*(?:个|個)?(?:月|岁|歲)(?:大|多|半)?(?:了|而已)?$/;
/** A question of the next words ("能一起送过去吗", "可以嗎"). */
const ASKED = /[?？]$|[吗嗎么麼嘛]$|可以吗|能不能|可不可以/;

/**
 * "…有位置吗 另外小的才4个月 能一起送过去吗": an age told alone just before a question is that question's setting (who
 * the question is about), not a refinement of the search before it.
 */
function joinAgeToQuestion(parts: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const s = parts[i]!;
    const next = parts[i + 1];
    if (next !== undefined && AGE_ALONE.test(s) && ASKED.test(next.trim())) {
      parts[i + 1] = `${s} ${next}`;
      continue;
    }
    out.push(s);
  }
  return out;
}

/**
 * A question that names nothing of its own ("得去哪种", "有辦法嗎", "怎么办", "行不行"): it asks about what was told just before it.
 */
const BARE_QUESTION =
  /^(?:那|那我|那我们|所以)?\s*(?:得|该|該|要|应该|應該|我该|我該)?(?:去|选|選|找|用)?(?:哪(?:一)?(?:种|種|类|類|个类型|個類型)|怎么办|怎麼辦|咋办|咋辦|怎么弄|怎麼弄|有(?:什么|什麼|啥)?(?:办法|辦法)|有没有(?:办法|辦法)|有沒有(?:办法|辦法)|行不行|行吗|行嗎|可以吗|可以嗎|可不可以|能不能)(?:呢|啊|呀|吗|嗎|么|麼)?\s*[?？]?$/;
/** Asks something: a question mark or word (a part that asks nothing tells the setting of the question after it). */
// (Not 几 or 多少, which tell amounts too: "送过去几个小时".)
const ASKS_IN_PART = /[?？吗嗎么麼呢嘛]|怎么|怎麼|什么|什麼|啥|哪|能不能|可不可以|要不要|有没有|有沒有|是不是/;

/**
 * "那我想周末把娃放那半天 得去哪种", "我媽媽沒有智慧型手機 她想自己幫孫子約禮拜六 有辦法嗎": the things told before a bare
 * question ("which kind?", "is there a way?") are its setting — one question, not a search for the day told and a question
 * with nothing in it.
 */
function joinSettingToBareQuestion(parts: string[]): string[] {
  const out: string[] = [];
  for (const s of parts) {
    if (BARE_QUESTION.test(s.trim())) {
      let joined = s;
      for (let before = out.at(-1); before !== undefined && !ASKS_IN_PART.test(before); before = out.at(-1)) joined = `${out.pop()} ${joined}`;
      out.push(joined);
      continue;
    }
    out.push(s);
  }
  return out;
}

/** Kinds of request: two requests of one kind in a message are one request. */
export function requestFamily(intent: Intent): 'booking' | 'question' | 'person' | 'talk' | 'other' {
  switch (intent) {
    case 'find_slots':
    case 'book':
    case 'join_waitlist':
    case 'cancel':
    case 'my_bookings':
    case 'register_child':
    case 'list_children':
    case 'update_child':
    case 'more':
    case 'reschedule':
    case 'remind_opening':
      return 'booking';
    case 'knowledge':
    case 'point_info':
    case 'can_attend':
    case 'service_intro':
      return 'question';
    case 'human':
    case 'complaint':
      return 'person';
    case 'greeting':
    case 'thanks':
    case 'affirm':
    case 'deny':
    case 'help':
    case 'identity':
    case 'switch_language':
      return 'talk';
    default:
      return 'other';
  }
}
