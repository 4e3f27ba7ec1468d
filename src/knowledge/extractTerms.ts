import { createHash } from 'node:crypto';
import { DOMAIN_CONCEPTS } from './domainConcepts.ts';
import { COLLOQUIAL_WORDS } from './lexicon/colloquialWords.ts';
import { EVERYDAY_ENGLISH_WORDS } from './lexicon/everydayEnglishWords.ts';
import { REGIONAL_WORDS } from './lexicon/regionalWords.ts';
import { SEGMENTER_FINGERPRINT, segmentChinese } from './segmentChinese.ts';
import { DIALECT_WORDS_FINGERPRINT, foldDialectWords } from '../text/dialectWords.ts';

/**
 * The one tokenizer shared by ingestion, the keyword index and queries, so a
 * term found in a question is spelled exactly as it was stored.
 * Chinese text becomes words from jieba with the domain dictionary
 * (segmentChinese.ts); Latin text becomes lowercased word stems. Domain
 * concepts (domainConcepts.ts) are added as `~id` terms. Text is expected in
 * Simplified script: callers convert Traditional first (toSimplified).
 * The offline embedder also reads character n-grams from the same analysis.
 */

const HAN = /\p{Script=Han}/u;
// Particles, pronouns and chat filler: a bigram containing one carries no
// topic. 娃 is how parents say "the kid"; 咋/啥 are colloquial how/what.
const STOP_CHARS = new Set([...'的吗呢吧啊呀嘛哦么我你您他她它们了着过很和与及或在是有就都也还又这那个娃咋啥呗啦哈喔诶噢嗯']);
const STOP_BIGRAMS = new Set([
  '可以',
  '时候',
  '怎样',
  '如何',
  '为什',
  '需要',
  '应该',
  '就是',
  '一下',
  '如果',
  '没有',
  '是不',
  '不是',
  '一个',
  '哪里',
  '哪些',
  '知道',
  '请问',
  '现在',
  '已经',
  '一直',
  '所以',
  '因为',
  '但是',
  '觉得',
  '有点',
  '一些',
  '然后',
  '自己',
  '还能',
  '能不',
  '会不',
  '要不',
  '可不',
  '不能',
  '不要',
  '大家',
  '今天',
  '明天',
  '到底',
  '老是',
  '总是',
  // "奶奶天天给他…": every day, filler like 老是 — and a child nickname too, so as a term it matched almost nothing (round 50).
  '天天',
  '一般',
  '正常',
  '问题',
  '办法',
  '比较',
  '真的',
  '感觉',
  '想问',
  '想知',
  '咨询',
  // Feelings and filler around the question ("怎么办啊 好崩溃", "在外面很尴尬"): no topic either.
  '崩溃',
  '好崩',
  '尴尬',
  '着急',
  '担心',
  '焦虑死',
  '救命',
  '求助',
  '求问',
  '特别',
  '非常',
  '严重',
  '一点',
  '怎么',
  '怎办',
  '么办',
  '干嘛',
  '要紧',
  '要管',
  '不管',
  '帮忙',
  '谢谢',
  '麻烦',
  '你们',
  '我们',
  '那边',
  '这边',
]);
// Characters of question words and feelings: as single-character terms they only add noise.
const STOP_UNIGRAMS = new Set([...'怎办好崩溃尴尬特非常严干嘛谢麻烦想问请单']);
// Question words and filler as jieba cuts them (the bigram list above covers most two-character ones).
const STOP_WORDS = new Set([
  ...STOP_BIGRAMS,
  '什么',
  '怎么办',
  '怎么样',
  '怎样',
  '为什么',
  '多少',
  '要不要',
  '能不能',
  '可不可以',
  '是不是',
  '会不会',
  '有没有',
  '行不行',
  '好不好',
  '对不对',
  '一下子',
  '的话',
  '还是',
  '而且',
  '或者',
  '这个',
  '那个',
  '这样',
  '那样',
  '这种',
  '那种',
  '什么样',
  '怎么回事',
  '咋办',
  '咋整',
  '怎么弄',
  '请问一下',
  '谢谢你',
  '你好',
  '您好',
  '在吗',
  '一点点',
  '有些',
  '有人',
  '什么时候',
  '多久',
  '多长时间',
  '之前',
  '以后',
  '之后',
  '现在',
  '时候',
  '可能',
  '还有',
  '以及',
  '关于',
  // Feelings, asides and time fillers around the question ("吓死我了", "好心疼",
  // "在线等", "这两天"): words with no topic that nothing in the documents
  // answers; as terms they only lower the share of the query a passage covers.
  '吓死',
  '急死',
  '愁死',
  '烦死',
  '心疼',
  '好心疼',
  '郁闷',
  '无语',
  '纠结',
  '在线等',
  '急急急',
  '求救',
  '请教',
  '宝妈',
  '宝妈们',
  '姐妹们',
  '各位',
  '最近',
  '这几天',
  '这两天',
  '昨天',
  '前天',
  '刚才',
  '刚刚',
  '平时',
  '有时候',
  '好像',
  '似乎',
  '简直',
  '根本',
  '实在',
  '确实',
  '其实',
  '反正',
  '究竟',
  '咋回事',
  '咋弄',
  '咋搞',
  '怎么搞',
  '该咋办',
  // How the parent wants the reply or where they are writing from ("说简单点", "我在送单"), and how hard it is
  // ("管不住", "盯不住", "贼吓人", "累惨了"): asides that name no topic.
  '简单',
  '简单点',
  '说简单点',
  '送单',
  '接单',
  '跑单',
  '管不住',
  '盯不住',
  '吓人',
  '累惨',
  '累死',
]);
// Words in nearly every parenting question: kept, but worth little.
export const COMMON_TERMS = new Set([
  '宝宝',
  '孩子',
  '小孩',
  '婴儿',
  '幼儿',
  '儿童',
  '家长',
  '爸爸',
  '妈妈',
  '个月',
  '岁的',
  'babi',
  'child',
  'kid',
  'toddler',
  'son',
  'daughter',
  'month',
  'year',
  'old',
  'parent',
  // The service's own name and words, in almost every service document.
  '爱邻',
  '邻护',
  '护幼',
  '托育',
  '服务',
  '务点',
  '本助',
  '助手',
  '点的',
  'ai',
  'lin',
  'hu',
  'you',
  'point',
  'assistant',
  'childcar',
]);
const EN_STOP = new Set(
  (
    'a an the and or but if then than so of to in on at by for with from into about as is are was were be been being am ' +
    'do does did doing done have has had having i me my mine we our us you your he him his she her it its they them their ' +
    'this that these those there here what which who whom whose when where why how can could would should will shall may might must ' +
    'not no nor just also very too much many more most some any all each every other such only own same s t ok okay please ' +
    'hi hello thanks thank get got go going want wanted need know tell let make like one two up down out over again still ' +
    're ve ll d m don doesn didn wont isn aren wasn weren won wouldn shouldn couldn cant dont im ive is it ok yes ' +
    // Chat fillers around the question ("pls", "honestly", "lol").
    'pls plz omg lol ugh haha honestly literally lately recently nowadays ' +
    // Function words: "hold off on eggs because" is about eggs.
    'because though although maybe lot lots thing things stuff anything something everything off ' +
    // "around 2am", "around six months": about when, not what.
    'around'
  ).split(/\s+/),
);

// Irregular forms parents write ("she slept", "he fell", "threw up", "her teeth"),
// read as the base word. Not "bit" ("a bit worried"), "fed" ("fed up") or
// "left": as base words they would change what the message is about.
const IRREGULAR = new Map(
  Object.entries({
    // ("what should I watch for afterwards?" asks what a section headed "…watch for after vaccination?" lists.)
    afterwards: 'after',
    afterward: 'after',
    ate: 'eat',
    eaten: 'eat',
    slept: 'sleep',
    woke: 'wake',
    woken: 'wake',
    fell: 'fall',
    fallen: 'fall',
    bitten: 'bite',
    threw: 'throw',
    thrown: 'throw',
    drank: 'drink',
    drunk: 'drink',
    caught: 'catch',
    bled: 'bleed',
    shook: 'shake',
    broke: 'break',
    broken: 'break',
    spat: 'spit',
    sat: 'sit',
    stood: 'stand',
    took: 'take',
    taken: 'take',
    gave: 'give',
    given: 'give',
    said: 'say',
    told: 'tell',
    felt: 'feel',
    kept: 'keep',
    bought: 'buy',
    lost: 'lose',
    grew: 'grow',
    grown: 'grow',
    began: 'begin',
    begun: 'begin',
    wore: 'wear',
    worn: 'wear',
    froze: 'freeze',
    frozen: 'freeze',
    spoke: 'speak',
    spoken: 'speak',
    ran: 'run',
    swam: 'swim',
    // ("should I just hide the veg?" asks what the line "hiding veg is fine" says: both read as one word.)
    hiding: 'hide',
    hidden: 'hide',
    hid: 'hide',
    breastfed: 'breastfeed',
    bottlefed: 'bottlefeed',
    teeth: 'tooth',
    children: 'child',
    feet: 'foot',
    women: 'woman',
    men: 'man',
    mum: 'mom',
    mummy: 'mommy',
    mums: 'moms',
    // "foreigners" and "foreign families" are one word to a parent asking whether they may use a service.
    foreigner: 'foreign',
    foreigners: 'foreign',
  }),
);

/**
 * British spellings read as American ones, on documents and messages alike
 * (the English documents use both): behaviour/behavior, paediatrician,
 * diarrhoea, immunise/immunize, centre, programme.
 */
function americanSpelling(w: string): string {
  if (w.length < 6) return w;
  return w
    .replace(/paed/g, 'ped')
    .replace(/rrhoea/g, 'rrhea')
    .replace(/^(an|h)aem/, '$1em')
    .replace(/^oesoph/, 'esoph')
    .replace(/our(ite|s|ed|ing|al|able|ful)?$/, 'or$1')
    .replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
    .replace(/(cent|lit|met|theat)re(s?)$/, '$1er$2')
    .replace(/^programme/, 'program')
    .replace(/^practis/, 'practic')
    .replace(/^licenc/, 'licens');
}

/** Light suffix stripping; consistency between documents and queries is what matters. */
export function stemWord(word: string): string {
  const w = IRREGULAR.get(word) ?? EVERYDAY_ENGLISH.get(word) ?? americanSpelling(word);
  if (w.length <= 3 || /\d/.test(w)) return w;
  let s = w;
  if (s.endsWith('ies') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us') && !s.endsWith('is')) s = s.slice(0, -1);
  if (s.endsWith('ing') && s.length > 5) s = undouble(s.slice(0, -3));
  else if (s.endsWith('ed') && s.length > 4) s = undouble(s.slice(0, -2));
  else if (s.endsWith('ly') && s.length > 5) s = s.slice(0, -2);
  if (s.endsWith('y') && s.length > 3) s = `${s.slice(0, -1)}i`;
  if (s.endsWith('e') && s.length > 4) s = s.slice(0, -1);
  return s;
}

function undouble(s: string): string {
  const n = s.length;
  if (n > 3 && s[n - 1] === s[n - 2] && (!'lsz'.includes(s[n - 1]!) || (s[n - 1] === 'l' && n >= 6))) return s.slice(0, -1);
  return s;
}

// Longest first, so a longer regional word wins over one inside it.
const EVERYDAY_ENGLISH = new Map(EVERYDAY_ENGLISH_WORDS);
const REGIONAL = new Map([...REGIONAL_WORDS, ...COLLOQUIAL_WORDS].map(([w, doc]) => [w, doc]));
const REGIONAL_PATTERN = new RegExp(
  [...REGIONAL.keys()]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g',
);

/**
 * Taiwan words (lexicon/regionalWords.ts) and colloquial, Minnan or
 * voice-typed ones (lexicon/colloquialWords.ts) read as the word the
 * documents use; text is Simplified.
 */
export function readRegionalWords(text: string): string {
  return text.replace(REGIONAL_PATTERN, (w) => REGIONAL.get(w) ?? w);
}

/** Full-width to half-width, lowercase, NFKC. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export interface TextAnalysis {
  /** jieba words (search mode) without stop words; the keyword terms of Chinese text. */
  cjkWords: string[];
  cjkUnigrams: string[];
  cjkBigrams: string[];
  cjkTrigrams: string[];
  latinStems: string[];
  latinBigrams: string[];
  concepts: string[];
}

interface PhraseEntry {
  stems: string[];
  concept: string;
}

const zhForms: Array<[string, string]> = [];
const enPhrases = new Map<string, PhraseEntry[]>();
for (const c of DOMAIN_CONCEPTS) {
  for (const z of c.zh) zhForms.push([normalizeForSearch(z), c.id]);
  for (const e of c.en) {
    const stems = latinWords(normalizeForSearch(e)).map(stemWord);
    if (stems.length === 0) continue;
    const list = enPhrases.get(stems[0]!) ?? [];
    list.push({ stems, concept: c.id });
    enPhrases.set(stems[0]!, list);
  }
}

/**
 * English words, apostrophes dropped. "grow out of" is read as one word, outgrow, so "will he grow out of it?" meets the
 * sentence saying most children do, not "language grows fast" nor growing-up milk (round 44); "he'll", "I'll" are read
 * as "he will", "I will", not "hell" and "ill".
 */
function latinWords(text: string): string[] {
  return (
    text
      .replace(/(?<![a-z])(?:grow|grows|grew|growing|grown) out of(?![a-z])/g, 'outgrow')
      .replace(/(?<=[a-z])['’]ll(?![a-z])/g, ' will')
      .replace(/['’]/g, '')
      .match(/[a-z0-9]+/g) ?? []
  );
}

function cjkRuns(text: string): string[] {
  const runs: string[] = [];
  let cur = '';
  for (const ch of text) {
    if (HAN.test(ch)) cur += ch;
    else if (cur) {
      runs.push(cur);
      cur = '';
    }
  }
  if (cur) runs.push(cur);
  return runs;
}

function usefulBigram(b: string): boolean {
  if (STOP_BIGRAMS.has(b)) return false;
  for (const ch of b) if (STOP_CHARS.has(ch)) return false;
  return true;
}

// One-character words that carry no topic on their own (verbs of wanting and
// going, measure words, degree words). Topic characters stay: 奶, 牙, 咬, 哭, 带.
const STOP_SINGLE_WORDS = new Set([...'不要给去些会能想让把被对从到说做用多大小上下来才再等跟比为得地几点让没别先最更太该每各其该此该']);

function usefulWord(w: string): boolean {
  if (STOP_WORDS.has(w)) return false;
  if (w.length === 1 && STOP_SINGLE_WORDS.has(w)) return false;
  for (const ch of w) if (!STOP_CHARS.has(ch) && !STOP_UNIGRAMS.has(ch)) return true;
  return false;
}

// "every single night" is "every night": 'single' alone matched "only says single words".
// A clock time ("around 2am", "by 5pm") says when, not what: no section holds it, and as the rarest term of the
// question it pulled every section's coverage under the bar ("comes into our bed every night around 2am").
const CLOCK_TIME = /^\d{1,2}(?:am|pm)$/;
/** An age right after 满/满了 ("满了三岁", "满了6个月"): the child reaching it. */
const AGE_REACHED = /^\s*(?:[一二两三四五六七八九十\d]+|半)\s*(?:周岁|岁|个多月|个月)/;

/** Everything the embedder and the keyword index need from one text, with repeats (for term frequency). */
/**
 * "a bit", "a little bit", "bit of": a little, not biting — "smells a bit funny and is a bit sticky" is a cord stump, yet
 * "bit" is also the stem of "biting" and ranked a bitten lip first (round 41). "bit his lip" is still biting.
 */
function aLittle(words: string[], i: number): boolean {
  return words[i] === 'bit' && (words[i - 1] === 'a' || words[i - 1] === 'little' || words[i + 1] === 'of');
}

/**
 * Words used as a figure of speech, which no section is about: "at this point", "at what point" (a moment, not a care
 * point — "should we just bring him into our bed at this point" found the point's facilities); "a total nightmare", "she
 * is a nightmare by 5pm" (hard going, not a bad dream — it found the night-terror section). "had a nightmare" is still one.
 */
const FIGURES_OF_SPEECH =
  /(?<![a-z])at (?:this|that|what|which|some) point(?![a-z])|(?<![a-z])(?:(?:a )?(?:total|real|complete|absolute|utter)|such a|(?:is|was|being|been|s) a) nightmare(?![a-z])/g;

/** What follows "bring" when a child is moved into a bed ("him into our bed", "her in with us", "the baby to bed"). */
const INTO_A_BED =
  /^(?:him|her|them|the baby|baby|the kids?|my (?:son|daughter|baby))\s+(?:(?:back\s+)?(?:in|into|to)\s+(?:our|my|the|your)?\s*bed|in with us|into bed with us)\b/;

export function analyzeText(raw: string): TextAnalysis {
  const text = readRegionalWords(foldDialectWords(normalizeForSearch(raw))).replace(FIGURES_OF_SPEECH, ' ');
  const out: TextAnalysis = { cjkWords: [], cjkUnigrams: [], cjkBigrams: [], cjkTrigrams: [], latinStems: [], latinBigrams: [], concepts: [] };

  for (const run of cjkRuns(text)) {
    for (const w of segmentChinese(run)) if (usefulWord(w)) out.cjkWords.push(w);
    const chars = [...run];
    for (let i = 0; i < chars.length; i++) {
      if (!STOP_CHARS.has(chars[i]!) && !STOP_UNIGRAMS.has(chars[i]!)) out.cjkUnigrams.push(chars[i]!);
      if (i + 1 < chars.length) {
        const b = chars[i]! + chars[i + 1]!;
        if (usefulBigram(b)) out.cjkBigrams.push(b);
      }
      if (i + 2 < chars.length) {
        const t = chars[i]! + chars[i + 1]! + chars[i + 2]!;
        if (usefulBigram(chars[i]! + chars[i + 1]!) && usefulBigram(chars[i + 1]! + chars[i + 2]!)) out.cjkTrigrams.push(t);
      }
    }
  }

  const words = latinWords(text);
  const stems = words.map(stemWord);
  let prev: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (EN_STOP.has(w) || (w.length < 2 && !/\d/.test(w)) || CLOCK_TIME.test(w) || (w === 'single' && words[i - 1] === 'every') || aLittle(words, i)) {
      prev = undefined;
      continue;
    }
    const s = stems[i]!;
    out.latinStems.push(s);
    if (prev) out.latinBigrams.push(`${prev} ${s}`);
    prev = s;
  }

  for (const [form, id] of zhForms) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(form, from);
      if (at < 0) break;
      // "满了三岁以后 已经约好的那次怎么办": 满 before an age is reaching it, not a full session (round 31).
      // "有了弟弟 她会不会接受不了": 接受不了 is taking something badly, not 受不了 (a parent at the end of her tether), round 50.
      const acceptBadly = form.startsWith('受不了') && text.slice(Math.max(0, at - 1), at) === '接';
      // "饭含着不咽下去": food the child will not swallow is a mealtime habit, not a thing swallowed (round 50).
      const notSwallowed = id === 'swallowed' && /[不没]$/.test(text.slice(Math.max(0, at - 1), at));
      if (!(form.startsWith('满') && AGE_REACHED.test(text.slice(at + form.length))) && !acceptBadly && !notSwallowed) out.concepts.push(id);
      from = at + form.length;
    }
  }
  for (let i = 0; i < stems.length; i++) {
    for (const p of enPhrases.get(stems[i]!) ?? []) {
      // "should we just bring him into our bed": moving the child into the parents' bed, not something to pack (round 51).
      if (p.concept === 'bring' && INTO_A_BED.test(words.slice(i + 1, i + 8).join(' '))) continue;
      if (p.stems.every((s, j) => stems[i + j] === s)) out.concepts.push(p.concept);
    }
  }
  return out;
}

/** Keyword terms of an analysed text, with repeats (their counts are BM25's term frequencies). */
export function termsOf(a: TextAnalysis): string[] {
  return [...a.cjkWords, ...a.latinStems, ...a.concepts.map((c) => `~${c}`)];
}

/** Distinct keyword terms of a text: Chinese words, Latin stems and `~concept` terms, in first-seen order. */
export function extractTerms(text: string): string[] {
  return [...new Set(termsOf(analyzeText(text)))];
}

/** Each distinct term with how often it occurs, in first-seen order. */
export function countTerms(text: string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const t of termsOf(analyzeText(text))) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts];
}

/**
 * A fingerprint of the segmenter (dictionary, mode, version), the word lists above and the concept map. Stored chunks
 * carry it in their content hash, so editing the lexicon re-indexes the
 * affected chunks (terms and vectors) instead of leaving stale ones behind.
 */
export const LEXICON_FINGERPRINT: string = createHash('sha256')
  .update(
    JSON.stringify([
      SEGMENTER_FINGERPRINT,
      DIALECT_WORDS_FINGERPRINT,
      [...STOP_CHARS],
      [...STOP_BIGRAMS],
      [...STOP_UNIGRAMS],
      [...STOP_WORDS],
      [...STOP_SINGLE_WORDS],
      [...COMMON_TERMS],
      [...EN_STOP],
      CLOCK_TIME.source,
      DOMAIN_CONCEPTS,
      REGIONAL_WORDS,
      COLLOQUIAL_WORDS,
      [...IRREGULAR],
      EVERYDAY_ENGLISH_WORDS,
      americanSpelling.toString(),
      latinWords.toString(),
    ]),
  )
  .digest('hex')
  .slice(0, 12);
