import { mentions, mentionsLiterally, searchable, type SearchableText } from './questionTerms.ts';
import { askedMeasures, givesMeasure } from './answerKind.ts';
import { askedPart } from './askedPart.ts';

/**
 * The sentences of a knowledge section that answer the question: the rule,
 * the number, what to do now. Sections open with their answer in bold, so
 * bold and the first sentence weigh a little; a sentence holding the
 * question's words weighs more; a question asking "how long / how many /
 * when" makes the sentence with the number the one quoted, and one asking
 * whom to tell, why or where, the sentence with the person, reason or place.
 */
export interface Unit {
  /** Plain text, Markdown emphasis removed; bullets keep a "• ". */
  text: string;
  bold: boolean;
  bullet: boolean;
  /** Paragraph index: sentences of one paragraph are joined without a line break. */
  para: number;
  index: number;
}

/** Asking for a number: a time, a count, an amount, a deadline. */
const ASKS_NUMBER =
  /多久|多长时间|几(?:个|天|点|次|岁|小时|分钟|周|场|月|号)|多少|什么时候|截止|最晚|最早|提前|上限|(?<![a-z])(?:how (?:long|many|much|late|early|soon|far|old)|when|what time|deadline|cut-?off|limit|notice|in advance|max\w*)(?![a-z])/i;
const HAS_NUMBER = /\d/;
const HAN = /\p{Script=Han}/u;
/**
 * Asking what to do ("怎么办", "有什么办法", "how do I…", "what helps"): the steps are the answer, so the section's
 * list of steps and its lead-in ("可以这样做：", "In practice:") are quoted before other sentences that fit.
 */
const ASKS_ACTION =
  /怎么办|怎么(?:做|教|哄|弄|处理|应对|帮)|怎样(?:做|教|哄|才能|帮)|如何|有什么办法|有啥办法|该怎么|要怎么|(?<![a-z])(?:what (?:can|should|do) (?:i|we) do|how (?:do|can|should) (?:i|we)|what helps|what to do|tips|how to (?:help|stop|calm|get|handle|deal))(?![a-z])/i;
const STEPS_LEAD = /[：:]$/;
/** …but a list of reasons, signs or situations is not what to do ("常见原因：", "Common reasons:"). */
const NOT_STEPS = /原因|表现|症状|情况|信号|迹象|(?<![a-z])(?:reasons?|causes?|signs?|symptoms?)(?![a-z])/i;
/**
 * Other facts a question asks for, and how the sentence stating them reads: whom to tell or ask (the
 * person, the contact), why (the reason), where (the place). The sentence holding the asked fact is the
 * one quoted, as with numbers.
 */
const ASKED_FACTS: ReadonlyArray<{ asks: RegExp; states: RegExp }> = [
  {
    asks: /(?:跟|和|向|找|告诉|通知|问|联系)谁|谁(?:来|负责|管|处理)|找哪个|(?<![a-z])(?:who (?:do|should|can) (?:i|we) (?:tell|contact|ask|call|talk to|speak to|inform)|who(?:m)? (?:to|should i) (?:tell|contact|ask|call)|who is responsible)(?![a-z])/i,
    states: /告诉|联系|转人工|保育人员|工作人员|管理员|服务点电话|打电话|(?<![a-z])(?:tell|contact|talk to staff|carers?|staff|phone|call)(?![a-z])/i,
  },
  {
    asks: /为什么|为啥|干嘛要|干什么用|什么用|(?<![a-z])(?:why|what for|what is .{0,20} for)(?![a-z])/i,
    states: /因为|为了|用来|用于|所以|原因|否则|以免|(?<![a-z])(?:because|so that|so (?:we|you|staff|the)|used (?:to|for)|reason|otherwise|to avoid)(?![a-z])/i,
  },
  {
    // Whether what the parent noticed is connected ("it's worse after busy days. Is that connected?", "跟白天太累有关系吗"):
    // the sentence saying what makes it more likely.
    asks: /有关系|有关吗|有没有关|相关吗|(?<![a-z])(?:(?:is|are|can|could|might) (?:that|it|this|they)(?: be)? (?:connected|related|linked)|can be (?:connected|related|linked)|(?:connected|related|linked)\s*\?)(?![a-z])/i,
    states: /更容易|容易(?:发生|出现|引起)|诱因|引起|(?<![a-z])(?:more likely|trigger\w*|bring (?:it|them) on|set (?:it|them) off)(?![a-z])/i,
  },
  {
    // When to see a doctor, asked ("when should we see a doctor about it?" after flat feet): the sentence saying when —
    // not the section's other lines the question before names again.
    asks: /(?:什么|啥|哪些)(?:时候|情况).{0,6}(?:看医生|去医院|就医|看病)|(?:要不要|需不需要|该不该)(?:带.{0,4})?(?:去)?(?:看医生|去医院|就医)|到几岁.{0,8}(?:看医生|去医院|就医)|(?<![a-z])(?:when (?:should|do|must|would) (?:we|i) (?:see|call|go to|take (?:him|her|them) to) (?:a |the )?(?:doctor|gp|paediatrician|pediatrician|hospital)|(?:do|should) (?:we|i) (?:need to )?(?:see|go to) (?:a |the )?(?:doctor|gp|hospital))(?![a-z])/i,
    states:
      /(?:请|要|建议|需要|今天)?(?:看|去看|咨询|找)(?:儿保|儿童)?(?:医生|儿科|骨科|眼科|牙医)|就医|(?<![a-z])(?:see (?:a|the|your) (?:doctor|gp|paediatrician|pediatrician|dentist|child-health doctor)|get (?:it|them|him|her) checked)(?![a-z])/i,
  },
  {
    // Whether to answer hurting with hurting ("my father in law says we should bite him back so he learns… should we?",
    // "我老公说要打回去"): the sentence about biting or hitting back, not the section's first steps (pare53).
    asks: /(?:打|咬)回(?:去|来)|以牙还牙|(?<![a-z])(?:bite|hit|smack|slap|spank|pinch)s? (?:(?:him|her|them|it) )?back(?![a-z])/i,
    states:
      /(?:打|咬)回(?:去|来)|以牙还牙|(?<![a-z])(?:bite|hit|smack|slap|spank|pinch)(?: or (?:bite|hit|smack|slap))? (?:(?:him|her|them|it) )?back(?![a-z])/i,
  },
  {
    asks: /(?:去|在)哪(?:里|儿)?|哪里|什么地方|(?<![a-z])(?:where)(?![a-z])/i,
    states: /门诊|中心|医院|地址|服务点|(?<![a-z])(?:clinic|centre|center|hospital|address|at the point)(?![a-z])/i,
  },
];
const STATES_AGE =
  /\d\s*(?:岁|个月|周岁)|[一两二三四五六七八九十半]+(?:岁|个月)|(?<![a-z])(?:\d+\s*(?:yo|y\/o|months?|years?|weeks?)(?:[- ]old)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)[- ](?:month|year|week)s?[- ]old|newborn|toddler|baby)(?![a-z])/i;
const AGE_LIMIT =
  /\d\s*(?:岁|个月)(?:以下|以上|以内|之前|前|后|左右)?|(?<![a-z])(?:under|over|below|above|before|after|from) (?:age )?\d|\d+\s*(?:months?|years?)(?![a-z])/i;

/** A sentence opening by pointing back at the one before it ("This is often called colic.", "这种情况…"). */
const REFERS_BACK = /^(?:这(?:种|些|样|时|就)?|它们?|此|(?:this|these|that|it|they)(?![a-z]))/i;

/** A sentence answering a part of the question nothing quoted answers may take the quote this much over its budget. */
const ASKED_PART_SLACK = 1.3;

/**
 * The question's words that the part asking holds, when a message tells something first and then asks ("He is teething…
 * Can I use an amber necklace or teething gel?", "…白天在奶奶家睡两个多小时 是不是午睡太多了 要不要叫醒他"): the parts a
 * two-part answer must cover. Empty when no part asks alone (askedPart.ts: then each word is as much asked as another).
 */
export function wordsAsked(question: string, words: string[]): string[] {
  const part = askedPart(question);
  if (part === undefined) return [];
  const said = searchable(part);
  return words.filter((w) => mentions(said, w));
}

/** A section this much over the quote's budget is still quoted whole. */
const WHOLE_SLACK = 1.15;

/** Sentence-sized units of a section, in order. */
export function splitUnits(markdown: string): Unit[] {
  const units: Unit[] = [];
  let para = 0;
  const lines = markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .split('\n')
    .map((l) => l.trim());
  let blank = true;
  for (const raw of lines) {
    if (!raw || /^#{1,6}\s/.test(raw)) {
      blank = true;
      continue;
    }
    const dash = /^[-*]\s+/.test(raw);
    // Numbered steps ("1. 先取消…", "2. 再删除…") are list items too, each on its own line, number kept.
    const numbered = /^\d{1,2}[.)、]\s*\S/.test(raw);
    const bullet = dash || numbered;
    if (blank || bullet) para++;
    blank = false;
    const line = raw.replace(/^[-*]\s+/, '');
    if (bullet) {
      units.push({ text: `${dash ? '• ' : ''}${line.replace(/\*\*|__/g, '')}`, bold: line.includes('**'), bullet: true, para, index: units.length });
      continue;
    }
    // Sentences, tracking bold across them ("**不建议。非处方的止咳药不适合小孩子。**").
    // A closing quote or bracket stays with its sentence ('See "How does the waitlist work?".').
    const parts = line.match(/[^。！？!?]+[。！？!?]+(?:[”」）)"'’]+[。.]?)*|[^。！？!?]+$/g) ?? [line];
    const sentences: string[] = [];
    for (const p of parts) {
      // English sentences end with ". " (not "37.5" or "e.g.").
      // (…or "**Prevention**: …": a sentence opening with a bold label starts one, not the sentence before's tail.)
      for (const s of p.split(/(?<=[a-z)\]”"’']{2}[.])\s+(?=[A-Z“"(]|\*\*[A-Z][^*]{0,30}\*\*:)/)) sentences.push(s);
    }
    let inBold = false;
    let pending = '';
    let pendingBold = false;
    for (const s of sentences) {
      const marks = (s.match(/\*\*/g) ?? []).length;
      const bold = inBold || marks > 0;
      if (marks % 2 === 1) inBold = !inBold;
      const text = s.replace(/\*\*|__/g, '').trim();
      if (!text) continue;
      // A very short sentence ("不建议。", "No —") belongs with the next one.
      if ((/\p{Script=Han}/u.test(text) ? [...text].length < 8 : text.length < 14) && sentences.length > 1) {
        pending += text;
        pendingBold = pendingBold || bold;
        continue;
      }
      const joined = pending ? `${pending}${/\p{Script=Han}/u.test(pending) ? '' : ' '}${text}` : text;
      units.push({ text: joined, bold: bold || pendingBold, bullet: false, para, index: units.length });
      pending = '';
      pendingBold = false;
    }
    if (pending) units.push({ text: pending, bold: pendingBold, bullet: false, para, index: units.length });
  }
  return units;
}

export interface QuoteOptions {
  /** Content words of the question (questionTerms.contentWords). */
  words: string[];
  /** Words of the section's indexed question closest to the parent's, weighing less. */
  related: string[];
  question: string;
  /** Character budget for the quote. */
  limit: number;
  /** Units that must never be quoted (e.g. advice that does not apply to this child). */
  exclude?: (u: Unit) => boolean;
  /**
   * Only the part that answers: a follow-up answered from the section just quoted ("那晚上呢" after naps, "and at
   * night?") hears the sentences its own words ask for, not the whole section again nor its opening once more.
   */
  part?: boolean;
}

/** A short line ending in a question mark is a sub-heading inside the section, not an answer. */
function isSubheading(u: Unit): boolean {
  return /[？?]$/.test(u.text) && [...u.text].length < 40;
}

function scoreUnit(u: Unit, s: SearchableText, o: QuoteOptions, asksNumber: boolean, statesAge: boolean, asked: RegExp[]): number {
  if (isSubheading(u)) return 0;
  let score = 0;
  for (const states of asked) if (states.test(u.text)) score += 1.5;
  for (const w of o.words) if (mentions(s, w)) score += 1;
  for (const w of o.related) if (!o.words.includes(w) && mentions(s, w)) score += 0.5;
  if (asksNumber && HAS_NUMBER.test(u.text)) score += 1.5;
  // "两岁孩子…": the sentence with the age limits is the rule for this child.
  if (statesAge && AGE_LIMIT.test(u.text)) score += 0.8;
  if (u.bold) score += 0.5;
  if (u.index === 0) score += 0.3;
  return score;
}

/** The units to quote, in the section's order, within the budget. */
export function quoteAnswer(markdown: string, o: QuoteOptions): Unit[] {
  const units = splitUnits(markdown);
  const allowed = (u: Unit | undefined): u is Unit => u !== undefined && !o.exclude?.(u);
  if (!units.some(allowed)) return [];
  // A section answers one question: when it fits, all of it is the answer (sub-headings aside). (…also when it is only a
  // little over the budget: a few characters over, a thin choice of its sentences lost the steps it exists to give —
  // the picky-eating section's "a new food may need to be offered ten to fifteen times".)
  const whole = units.filter((u) => allowed(u) && !isSubheading(u));
  if (!o.part && whole.reduce((n, u) => n + u.text.length, 0) <= o.limit * WHOLE_SLACK) return whole;
  // (What is asked — a number, a person, what to do — is read in the part that asks, when a story is told around it: "闹到
  // 十一点才睡 … 说了几次" tells times, it asks none. The child's age is read in the whole message, where it is told.)
  const ask = askedPart(o.question) ?? o.question;
  const asksNumber = ASKS_NUMBER.test(ask);
  const statesAge = STATES_AGE.test(o.question);
  const asked = ASKED_FACTS.filter((f) => f.asks.test(ask)).map((f) => f.states);
  const asksAction = ASKS_ACTION.test(ask);
  const searched = new Map(units.map((u) => [u, searchable(u.text)]));
  const read = (u: Unit) => searched.get(u) ?? searchable(u.text);
  const scored = units.filter(allowed).map((u) => ({ u, score: scoreUnit(u, read(u), o, asksNumber, statesAge, asked) }));
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
  const chosen = new Set<Unit>([best.u]);
  let used = best.u.text.length;
  // A short answer ("不建议。…不适合小孩子。") is explained by the sentence after it.
  const next = units[best.u.index + 1];
  if ([...best.u.text].length < (/\p{Script=Han}/u.test(best.u.text) ? 40 : 80) && allowed(next) && next.para === best.u.para && !next.bullet) {
    chosen.add(next);
    used += next.text.length;
  }
  // Sections open with their answer (the rule, the number): keep it when there is room…
  const opening = units.find((u) => allowed(u) && !isSubheading(u));
  if (opening && !o.part && !chosen.has(opening) && used + opening.text.length <= o.limit) {
    chosen.add(opening);
    used += opening.text.length;
  }
  // …all of it: the bold sentences that open the section are one answer ("…is common and usually temporary. Stay
  // calm, don't scold or punish, and go back to reminders").
  if (opening?.bold && chosen.has(opening)) {
    for (let i = opening.index + 1; i < units.length; i++) {
      const u = units[i]!;
      if (!u.bold || u.bullet || u.para !== opening.para || !allowed(u)) break;
      if (chosen.has(u)) continue;
      if (used + u.text.length > o.limit) break;
      chosen.add(u);
      used += u.text.length;
    }
  }
  // Asked for a number (how long, how much, when) and nothing chosen states one: the sentence with the number that
  // speaks of the question's words, itself or through the sentence it continues ("This is often called colic. It
  // usually … peaks at about 6 weeks and eases by 3–4 months"), is the answer, before the opening's lists.
  // (A question asking how long or how much wants that measure: "From 12 months…" states a number, not the amount a day
  // asked by "switch to cow's milk? how much a day?", which a later line of the section gives.)
  const wanted = askedMeasures(o.question);
  const measured = [...wanted].some((m) => m !== 'age');
  const statesAsked = (u: Unit) => (measured ? givesMeasure(wanted, u.text) : HAS_NUMBER.test(u.text));
  if (asksNumber && ![...chosen].some(statesAsked)) {
    const speaks = (u: Unit | undefined) => u !== undefined && o.words.some((w) => mentions(read(u), w));
    const continues = (u: Unit) => !u.bullet && units[u.index - 1]?.para === u.para && speaks(units[u.index - 1]);
    const candidates = (states: (u: Unit) => boolean) =>
      scored
        .filter((x) => !chosen.has(x.u) && states(x.u) && !isSubheading(x.u) && (speaks(x.u) || continues(x.u)))
        .sort((a, b) => b.score - a.score || a.u.index - b.u.index);
    const number = candidates(statesAsked)[0] ?? ([...chosen].some((u) => HAS_NUMBER.test(u.text)) ? undefined : candidates((u) => HAS_NUMBER.test(u.text))[0]);
    if (number) {
      chosen.add(number.u);
      used += number.u.text.length;
      // (…with the short sentence it continues, which says what "it" is.)
      const before = units[number.u.index - 1];
      const short = (u: Unit) => [...u.text].length < (/\p{Script=Han}/u.test(u.text) ? 40 : 80);
      if (before && continues(number.u) && short(before) && allowed(before) && !chosen.has(before)) {
        chosen.add(before);
        used += before.text.length;
      }
    }
  }
  // Asked what to do: the section's steps (a lead-in ending in a colon and its list) come before other sentences.
  if (asksAction && !units.some((u) => chosen.has(u) && u.bullet)) {
    const lead = units.find(
      (u) => allowed(u) && !u.bullet && !isSubheading(u) && STEPS_LEAD.test(u.text) && !NOT_STEPS.test(u.text) && units[u.index + 1]?.bullet,
    );
    if (lead && used + lead.text.length <= o.limit) {
      if (!chosen.has(lead)) {
        chosen.add(lead);
        used += lead.text.length;
      }
      for (let i = lead.index + 1; i < units.length && units[i]!.bullet; i++) {
        const item = units[i]!;
        if (chosen.has(item) || !allowed(item)) continue;
        if (used + item.text.length > o.limit) break;
        chosen.add(item);
        used += item.text.length;
      }
    }
  }
  // …and a section that is its list of steps with no lead-in ("- **Start with a short trial**… - **Build up gradually**…"):
  // asked what to do, its first steps in order, not one step and a closing remark.
  // (Only when the best answer is itself one of those steps: "how do I tell gagging from choking?" is answered by the
  // sentence that tells them apart, not by the first-aid steps listed before it.)
  if (asksAction && best.u.bullet && [...chosen].filter((u) => u.bullet).length < 2) {
    let start = best.u.index;
    while (start > 0 && units[start - 1]!.bullet) start--;
    const first = units[start]!;
    const before = units[start - 1];
    if ((units[first.index + 1]?.bullet || start < best.u.index) && !(before && !before.bullet && STEPS_LEAD.test(before.text))) {
      for (let i = first.index; i < units.length && units[i]!.bullet; i++) {
        const item = units[i]!;
        if (chosen.has(item) || !allowed(item)) continue;
        if (used + item.text.length > o.limit) break;
        chosen.add(item);
        used += item.text.length;
      }
    }
  }
  // A question of two parts ("how much milk… he still has 4 bottles", "要不要刷 用什么牙膏"): a sentence holding a
  // question word nothing chosen so far holds answers the other part, when it is short enough to fit.
  // (When the message tells a story and then asks — "He is teething, drooling and crying at night. Can I use an amber
  // necklace or teething gel?" — the words of the sentence that asks are its parts: a sentence answering one nothing
  // chosen answers comes first, a little over the budget if need be, before one that only echoes the story.)
  // (A word the parent wrote is heard when a chosen sentence says it, not only a synonym: "is it contagious?" after hand,
  // foot and mouth is not answered by "Colds: …", which its broad concept of illness also meets. Round 39.)
  // (Only a word in the section's own script: "安抚奶嘴" in an English question is heard by "pacifier".)
  const literal = (w: string, u: Unit) => !w.startsWith('~') && HAN.test(w) === HAN.test(u.text);
  const heard = (w: string) => [...chosen].some((u) => (literal(w, u) ? mentionsLiterally(read(u), w) : mentions(read(u), w)));
  const askedWords = wordsAsked(o.question, o.words);
  const answersAsked = (u: Unit) => askedWords.filter((w) => !heard(w) && mentions(read(u), w)).length;
  const byAsked = new Map(scored.map((x) => [x.u, answersAsked(x.u)]));
  let extra = 0;
  for (const { u, score } of [...scored].sort((a, b) => byAsked.get(b.u)! - byAsked.get(a.u)! || b.score - a.score || a.u.index - b.u.index)) {
    if (extra >= 2) break;
    const room = o.limit * (askedWords.length && answersAsked(u) > 0 ? ASKED_PART_SLACK : 1);
    if (chosen.has(u) || score <= 0 || used + u.text.length > room) continue;
    if (!o.words.some((w) => !heard(w) && mentions(read(u), w))) continue;
    chosen.add(u);
    used += u.text.length;
    extra++;
  }
  // Then the next best that answer nearly as well, while the budget lasts (only the part a follow-up asks for: ones
  // that speak of its own words).
  const speaksOwn = (u: Unit) => o.words.some((w) => mentions(read(u), w));
  for (const { u, score } of [...scored].sort((a, b) => b.score - a.score || a.u.index - b.u.index)) {
    if (chosen.has(u) || score <= 0 || score < best.score * 0.6 || (o.part && !speaksOwn(u))) continue;
    if (used + u.text.length > o.limit) continue;
    chosen.add(u);
    used += u.text.length;
  }
  // A sentence that goes on about the one chosen before it ("…cry for long stretches every evening. This is often
  // called colic. It usually … eases by 3–4 months") says what that one leaves open, while the budget lasts.
  // (In order, so a chain of them follows: "This is often called colic. It usually starts…".)
  for (const u of units) {
    if (!chosen.has(u) || u.bullet) continue;
    const next = units[u.index + 1];
    if (!allowed(next) || chosen.has(next) || next.bullet || next.para !== u.para || !REFERS_BACK.test(next.text)) continue;
    if (used + next.text.length > o.limit) continue;
    chosen.add(next);
    used += next.text.length;
  }
  // A list quoted without its lead-in ("出现下列情况……：") loses its meaning: add a short lead-in.
  const firstBullet = units.find((u) => chosen.has(u) && u.bullet);
  if (firstBullet) {
    let at = firstBullet.index - 1;
    while (at > 0 && units[at]?.bullet) at--;
    const lead = units[at];
    if (allowed(lead) && !lead.bullet && /[：:]$/.test(lead.text) && !chosen.has(lead) && used + lead.text.length <= o.limit * 1.3) {
      chosen.add(lead);
      used += lead.text.length;
    }
  }
  // …and a lead-in quoted without its list promises what it does not give: add the list while it fits (of the part a
  // follow-up asks for, the items that speak of its words).
  for (const lead of units.filter((u) => chosen.has(u) && !u.bullet && /[：:]$/.test(u.text))) {
    if (o.part) {
      for (let i = lead.index + 1; i < units.length && units[i]!.bullet; i++) if (allowed(units[i]) && speaksOwn(units[i]!)) chosen.add(units[i]!);
      continue;
    }
    for (let i = lead.index + 1; i < units.length && units[i]!.bullet; i++) {
      const item = units[i]!;
      if (chosen.has(item) || !allowed(item)) continue;
      if (used + item.text.length > o.limit * 1.5) break;
      chosen.add(item);
      used += item.text.length;
    }
  }
  return units.filter((u) => chosen.has(u));
}

/** Quoted units as one text: sentences of a paragraph together, paragraphs and bullets on their own lines. */
export function renderUnits(units: Unit[]): string {
  let out = '';
  let prev: Unit | undefined;
  for (const u of units) {
    if (prev) {
      const sameParagraph = prev.para === u.para && !u.bullet && !prev.bullet && prev.index + 1 === u.index;
      out += sameParagraph ? (/\p{Script=Han}/u.test(u.text) ? '' : ' ') : '\n';
    }
    out += u.text;
    prev = u;
  }
  return out.trim();
}

/**
 * The sentence of another section that names what the quoted answer left out: a topic word of the question nothing
 * quoted holds (`missing`), in a sentence that also holds a topic word the quoted answer does hold (`anchors`), so
 * it speaks of the parent's topic and not only of a word the story shares ("走路总是踮脚尖" for a toe-walking
 * question answered from when children walk). Words count only as written (a concept is too broad for one
 * sentence: "bottle" is not "formula"). With the lead-in of its list when it is an item ("出现以下情况……："), so a
 * sign is quoted with what to do about it. Empty when no sentence qualifies.
 */
export function sentenceNaming(markdown: string, missing: string[], anchors: string[], limit: number): { units: Unit[]; named: number; held: number } {
  const units = splitUnits(markdown);
  let best: { u: Unit; named: number; held: number } | undefined;
  for (const u of units) {
    if (isSubheading(u) || STEPS_LEAD.test(u.text) || [...u.text].length > limit) continue;
    const s = searchable(u.text);
    const named = missing.filter((w) => mentionsLiterally(s, w)).length;
    const held = anchors.filter((w) => mentionsLiterally(s, w)).length;
    if (named === 0 || held === 0) continue;
    if (!best || named > best.named || (named === best.named && held > best.held)) best = { u, named, held };
  }
  if (!best) return { units: [], named: 0, held: 0 };
  const chosen = [best.u];
  if (best.u.bullet) {
    let at = best.u.index - 1;
    while (at >= 0 && units[at]?.bullet) at--;
    const lead = units[at];
    if (lead && !lead.bullet && STEPS_LEAD.test(lead.text) && [...lead.text].length + [...best.u.text].length <= limit * 1.5) chosen.unshift(lead);
  }
  return { units: chosen, named: best.named, held: best.held };
}
