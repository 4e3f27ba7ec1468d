import { toSimplified } from '../text/chineseScript.ts';
import { alternation, BIRTH_ORDER_TERMS, CHILD_NOUNS_EN, CHILD_NOUNS_ZH, words } from './lexicon/childWords.ts';

/**
 * "朵朵不用了 帮我把她删掉", "把老大刪掉 他滿三歲了", "please remove Leo from my account",
 * "i registered the wrong kid, delete 小明": the parent asks to remove ONE registered child
 * (the family stays; src/booking/removeChild.ts). Read on its own, before the intents: it is
 * additive to the classifier and keyed to the kind of request, not to a sentence.
 *
 * Not a removal: a booking cancelled ("cancel 朵朵's booking", "朵朵 不去了" — no removal verb,
 * or a booking word present: "delete the booking", "把周六的预约删掉"), or the whole family's
 * data ("删掉我的资料", "forget me, delete all my data" — /forget).
 */
export interface ChildRemovalRequest {
  /** The child as named ("朵朵", "Leo"; a registered name found in the message wins over a guessed one). */
  name?: string;
  /** A birth-order word instead of a name ("老大", "the youngest"). */
  rank?: 'eldest' | 'second' | 'third' | 'youngest';
  /** A pronoun ("把她删掉", "remove her"): the child the conversation is about. */
  pronoun?: boolean;
}

/** Verbs that take a child away from the account (Simplified; Traditional is converted first). */
const ZH_VERB = /删|移除|除名|注销|取消登记|取消注册/;
const EN_VERB = /(?<![a-z])(?:remove|delete|unregister|deregister|take (?:\S+ )?off)(?![a-z])/i;
/** What else could be deleted: a booking (a cancellation), or everything (/forget). */
const NOT_A_CHILD =
  /预约|预订|订单|订的|场次|候补|排队|名额|资料|信息|数据|记录|聊天|全部|所有|一切|账户全部|(?<![a-z])(?:booking|bookings|reservation|reservations|session|slot|waitlist|data|info|information|history|messages|chat|everything|all of it|forget me|my account entirely|whole account)(?![a-z])/i;
const ZH_CHILD_WORD = new RegExp(alternation(CHILD_NOUNS_ZH));
const EN_CHILD_WORD = new RegExp(`(?<![a-z])(?:${alternation(CHILD_NOUNS_EN)})(?![a-z])`, 'i');
const ZH_PRONOUN = /把(?:她|他|它|ta|TA)(?:从|给|也)?/;
const EN_PRONOUN = /(?<![a-z])(?:remove|delete|take|unregister) (?:her|him)(?![a-z])/i;
/** English needs the child as the verb's object or the account as where from: "remove X from my account", "delete one of my kids". */
const EN_OBJECT = new RegExp(
  String.raw`(?<![a-z])(?:remove|delete|unregister|deregister)\s+(?:[A-Z][a-z]+|\p{Script=Han}{1,4}|her|him|(?:(?:a|one|my|the|our|this|that|of)\s+)*(?:${alternation(CHILD_NOUNS_EN)}))(?![a-z])|(?<![a-z])(?:from|off) (?:my|the|our) (?:account|list|profile|registration)`,
  'u',
);
/** A child word as what is deleted ("删掉一个孩子"), not a child's thing ("去掉宝宝的乳痂"). */
const ZH_CHILD_OBJECT = new RegExp(
  `(?:删|移除|注销)[^，。,.!！?？]{0,4}(?:${alternation(CHILD_NOUNS_ZH)})(?!的)|(?:${alternation(CHILD_NOUNS_ZH)})[^，。,.!！?？的]{0,3}(?:删|移除|注销)`,
);

/** The lexicon's birth-order names of one place ("老大", "大宝"), not the start of a longer word ("小宝宝" is any baby). */
const birthOrderNames = (order: number): string => `(?:${alternation(words(BIRTH_ORDER_TERMS.filter(([, o]) => o === order)))})(?!宝)`;
const RANKS: Array<[RegExp, NonNullable<ChildRemovalRequest['rank']>]> = [
  [new RegExp(`${birthOrderNames(1)}|大的|(?<![a-z])(?:eldest|oldest|older one|elder one|big one)(?![a-z])`, 'i'), 'eldest'],
  [new RegExp(`${birthOrderNames(2)}|(?<![a-z])second (?:one|child|kid)(?![a-z])`, 'i'), 'second'],
  [new RegExp(`${birthOrderNames(3)}|(?<![a-z])third (?:one|child|kid)(?![a-z])`, 'i'), 'third'],
  [new RegExp(`小的|最小的|${birthOrderNames(-1)}|(?<![a-z])(?:youngest|younger one|little one)(?![a-z])`, 'i'), 'youngest'],
];

/** Words an English "delete X" may take that are not a child's name. */
const EN_NOT_NAME = new Set(['the', 'my', 'a', 'an', 'this', 'that', 'one', 'her', 'him', 'them', 'it', 'me', 'all', 'from', 'kid', 'child', 'please']);
/** Things, not children ("把这条消息删掉", "删除照片"). */
const NOT_A_NAME = /这|那|条|些|消息|东西|照片|图片|文件|号码|电话|地址|名字|以后|之后|以前|的话|然后|吗|呢/;
const ZH_NOT_NAME = /^(?:我|我们|我的|这个|那个|一个|孩子|小孩|宝宝|她|他|它|ta)$/i;

/** A name the parent gave: "把小明删掉", "把朵朵从账号里删了", "delete 小明", "remove Sam from my account". */
function guessName(text: string): string | undefined {
  const zh = /把\s*([^\s从给也的删移去拿注，。,.!！?？]{1,6})\s*(?:从|给|也|的信息)?.{0,8}?(?:删|移除|去掉|拿掉|注销)/u.exec(text);
  if (zh && !ZH_NOT_NAME.test(zh[1]!) && !NOT_A_NAME.test(zh[1]!)) return zh[1];
  const zh2 = /(?:删掉|删除|移除|去掉)\s*([\p{Script=Han}]{2,4})(?:吧|了|的)?(?:$|[\s，。,.!！?？])/u.exec(text);
  if (zh2 && !ZH_NOT_NAME.test(zh2[1]!) && !ZH_CHILD_WORD.test(zh2[1]!) && !NOT_A_NAME.test(zh2[1]!)) return zh2[1];
  const en = /(?<![a-z])(?:remove|delete|unregister|deregister)\s+([A-Z][a-z]+|\p{Script=Han}{1,4})(?![a-z])/u.exec(text);
  if (en && !EN_NOT_NAME.has(en[1]!.toLowerCase())) return en[1];
  return undefined;
}

/**
 * The removal asked for, or undefined. `registered` (the family's children's names) lets a name
 * said anywhere in the message ("朵朵不用了 帮我把她删掉") be the child.
 */
export function readChildRemoval(text: string, registered: readonly string[] = []): ChildRemovalRequest | undefined {
  const t = toSimplified(text).trim();
  if (!t) return undefined;
  const zhVerb = ZH_VERB.test(t);
  const enVerb = EN_VERB.test(t);
  if (!zhVerb && !enVerb) return undefined;
  // English: the child as the verb's object, or the account or list it is taken from ("take her off my list").
  if (!zhVerb && !EN_OBJECT.test(t)) return undefined;
  if (NOT_A_CHILD.test(t)) return undefined;
  const lower = t.toLowerCase();
  const named = registered.find((n) => {
    const s = toSimplified(n).toLowerCase();
    return /^[a-z]/.test(s) ? new RegExp(`(?<![a-z])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z])`).test(lower) : lower.includes(s);
  });
  if (named) return { name: named };
  const rank = RANKS.find(([re]) => re.test(t))?.[1];
  if (rank) return { rank };
  const guessed = guessName(t);
  if (guessed) return { name: guessed };
  if (ZH_PRONOUN.test(t) || EN_PRONOUN.test(t)) return { pronoun: true };
  if (ZH_CHILD_OBJECT.test(t) || (EN_CHILD_WORD.test(t) && EN_OBJECT.test(t))) return {};
  return undefined;
}
