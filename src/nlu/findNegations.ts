/**
 * What a message says is NOT wanted, so it is never searched or booked:
 * "不对，是海沧不是湖里", "Sorry I meant Sunday not Saturday", "周六要回老家，
 * 周日下午呢", "不是这周的 是下周六". The message is cut into clauses at
 * punctuation and before 不是/not/instead of; a clause that denies
 * ("不是湖里") or says the parent cannot make it ("周六要回老家") is masked
 * out of the text the slot parsers read, and kept apart as `negated`.
 */
export interface Negations {
  /** The text with denied clauses blanked (same length, so spans still line up). */
  positive: string;
  /** The denied clauses, for parsing what was denied. */
  negated: string;
  /** The clauses where the parent says they cannot make it (a cancellation may need them). */
  unavailable: string;
  /** The message says it corrects something said before (understand() also counts denied slots). */
  correction: boolean;
}

// Where a clause starts: punctuation (a spaced dash too: "not half day - the 1-hour class"), a space between Chinese words,
// a space after a Chinese refusal before an English word ("morning不行| afternoon吧"; not "这周六 can't make it", where the
// English is the refusal), a space before an English day kept in Chinese words ("Sunday那个cancel掉| Saturday照常"), or just
// before a denial ("是海沧|不是湖里", "sunday| not saturday"), and after a denied word before what the request is for
// ("book Leo not Emma| for saturday": the day is asked for, only Emma denied — round 54; "n?ot" because the clause after a
// denial is searched from its second letter).
const BOUNDARY =
  /[，,。.!！?？;；\n]+|\s+[-–—]+\s+|(?<=[\u4e00-\u9fa5])\s+(?=[\u4e00-\u9fa5])|(?<=不行|不要|不方便|没空|沒空|去不了|来不了|來不了|算了)\s+(?=[a-zA-Z])|(?<=[\u4e00-\u9fa5])\s+(?=[a-zA-Z][a-zA-Z ]{0,20}?(?:的|那个|那個)?(?:照常|照样|照樣|保留|留着|留著|不变|不變|不动|不動|不用取消|不取消|别取消|別取消))|(?<=(?<![a-z])n?ot\s+[a-z]+)\s+(?=(?:for|on)\s)|(?=(?<![是要])不是|而不是|(?<![要想的])不要(?!取消|退|了|啦|紧|急|担心|客气|太)(?=\s*[\u4e00-\u9fa5a-z])|(?<![a-z])(?:not|instead of|rather than|other than|except|apart from)(?![a-z])|(?<=(?:除了|除开|除開)[^，,。\s]{1,10}?)(?=还有|還有|还能|還能|有没有|有沒有|其他|其它|别的|別的))/;

// A place turned down for being far or inconvenient ("江头那个太远了", "Jiangtou is too far for us", "除了江头", "other
// than Jiangtou"): the place named is left out, never the one searched.
const TOO_FAR =
  /^[^，,。]{1,16}?(?:太远|太遠|有点远|有點遠|比较远|比較遠|远了点|遠了點|好远|好遠|不顺路|不順路)|^\s*(?:除了|除开|除開)|^[^,.]{1,30}?(?:is|are|'s|’s)?\s*(?:too|a bit|kind of|quite|rather|really) far(?![a-z])|^\s*(?:other than|except|apart from|besides)(?![a-z])/i;
// "不是湖里", "不要湖里的", "not Saturday" — and a refusal after the thing refused: "湖里的不要", "周六就算了".
// A booking kept is not the one changed either: "no wait, keep saturday. cancel the sunday one", "周六的保留 取消周日的",
// "cancel Leo's Sunday one, we'll keep Saturday".
// A thing said to be wrong, in its own clause, is turned down too: "我一开始说的湖里说错了 是集美", "我最前面講的思明不對 是湖裡"
// (round 51; "不对" alone holds nothing to mask, and "不对劲" is no correction).
const DENIES =
  /^(?:\s*(?:而)?不是|\s*不要(?!取消|退|了|啦|紧|急|担心|客气|太)|\s*(?:not|instead of|rather than)(?![a-z])|\s*(?:保留|留着)|\s*(?:(?:no|wait|ok|okay|actually|oh|but|and|so|just|please|still|we(?:['’]ll| will)|i(?:['’]ll| will)|let['’]?s)[\s,]+)*keep(?![a-z]))|^[^，,。]{1,12}?(?:的)?(?:不要了?|不考虑|就算了|保留|留着|照常|不变|不动|不用取消|不取消|别取消)\s*$|^[^，,。]{0,10}?(?:说|讲|写|选|填)的[^，,。]{1,8}?(?:说错了|讲错了|写错了|搞错了|记错了|打错了|弄错了|不对(?!劲))\s*$/;
// "周六要回老家", "saturday doesn't work", "周六没空": a day the parent cannot make.
const CANNOT_MAKE =
  /(?:要|得|得要)?回老家|有事|没空|没时间|不行|不方便|去不了|来不了|不在厦门|出差|加班|(?<![a-z])(?:doesn'?t work|does not work|won'?t work|no good|can'?t|cannot|busy|away|out of town|not free)(?![a-z])/;
/** Care asked for in the clause itself ("能不能送去", "可以托吗", "can she go to weekend care"). */
const CARE_WANTED =
  /(?:能|可以|能不能|可不可以)(?:把[^，,。]{0,6})?(?:送|托|放)|送(?:去|过去|托)|托育|托管|(?<![a-z])(?:childcare|daycare|day care|weekend care|look after (?:her|him|them)|drop (?:her|him|them) off)(?![a-z])/;
// "歹勢 我搞錯了 是禮拜六", "不好意思 我说错了", "等下 不是乐乐 是糖糖去", "Hmm, can we do Jimei instead?": an apology, a
// "wait" or 我 before the mistake, and
// "instead" anywhere, correct what was said too.
const CORRECTION =
  /^(?:\s*(?:哎呀|哎哟|哎|啊|呀|欸|诶|唉|嗯|噢|哦|额|呃|歹势|不好意思|抱歉|等下|等等|等一下|oh|ah|um|hmm)[\s,，.。!！]*)*(?:\s*我?(?:不对|不是的?|不(?=[\s,，]+是)|错了|说错了|讲错了|写错了|记错了|看错了|搞错了|打错了|(?:说|讲|写|记|看|搞|打|选|填)错(?:日子|时间|地方|天|名字|人)了|(?:约|订|预约|预订)错(?:了|人了|孩子了)|(?:日期|日子|时间|地方|地点|名字)(?:错了|不对(?!劲)|搞错了)|孩子(?:错了|搞错了)|更正|改一下|算了|那就|还是)|\s*(?:sorry|oops|no|actually|correction|wait)(?![a-z])|\s*wrong (?:kid|child|day|date|place|time|point|one)(?![a-z])|\s*(?:never ?mind|scratch that|on second thought)(?![a-z])|.*(?:我是说|我的意思是|应该是|改成|换成|(?<![a-z])instead(?! of)(?![a-z])|(?<![a-z])i meant?(?![a-z])|(?<![a-z])i mean(?![a-z])|(?<![a-z])(?:switch|change|move) it to(?![a-z])|(?<![a-z])make it (?:the |on )?(?:sat|sun|mon|tue|wed|thu|fri|morning|afternoon|this|next)))/;

export function findNegations(text: string): Negations {
  const clauses: Array<{ start: number; end: number; text: string }> = [];
  let rest = text;
  let offset = 0;
  while (rest.length > 0) {
    const m = BOUNDARY.exec(rest);
    const cut = m ? (m.index === 0 && m[0].length === 0 ? rest.slice(1).search(BOUNDARY) + 1 || rest.length : m.index) : rest.length;
    const end = cut <= 0 ? rest.length : cut;
    clauses.push({ start: offset, end: offset + end, text: rest.slice(0, end) });
    const skip = m && m.index === end ? m[0].length : 0;
    offset += end + skip;
    rest = rest.slice(end + skip);
  }
  let positive = text;
  const negated: string[] = [];
  const unavailable: string[] = [];
  for (const c of clauses) {
    const denies = DENIES.test(c.text) || TOO_FAR.test(c.text);
    // "孙女才4个月能不能送去那个爱邻护幼 周末我们要回老家喝喜酒", "周六要加班 可以把她送去托吗": the parent away is why care is
    // asked for that day, in the same breath — not a day they cannot make.
    const cannot = !denies && CANNOT_MAKE.test(c.text) && !CARE_WANTED.test(c.text);
    if (!denies && !cannot) continue;
    // A clause that only denies ("不对", "not really") holds nothing to mask.
    positive = positive.slice(0, c.start) + ' '.repeat(c.end - c.start) + positive.slice(c.end);
    (denies ? negated : unavailable).push(c.text);
  }
  return {
    positive,
    negated: negated.join(' '),
    unavailable: unavailable.join(' '),
    correction: CORRECTION.test(text),
  };
}
