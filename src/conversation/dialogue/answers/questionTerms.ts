import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { analyzeText, COMMON_TERMS, extractTerms, normalizeForSearch, readRegionalWords, stemWord } from '../../../knowledge/extractTerms.ts';
import { ZH_USER_WORDS } from '../../../knowledge/lexicon/zhUserDict.ts';
import { DOMAIN_CONCEPTS } from '../../../knowledge/domainConcepts.ts';
import { EN_FRAME, FRAME_WORDS, PEOPLE, UNITS } from '../../../knowledge/lexicon/questionFrameWords.ts';
import { toSimplified } from '../../../text/chineseScript.ts';
import { foldDialectWords } from '../../../text/dialectWords.ts';

/**
 * The content words of a parent's question and whether a passage covers them,
 * read with the knowledge base's own tokenizer (extractTerms) so a word is
 * spelled as it was indexed. Used to quote the sentences that answer, and to
 * say "not covered" instead of answering a neighbouring topic.
 */

// Chinese question frames: a concept form holding one ("几岁可以", "提前多久") asks, it names no topic.
const HAN_FRAMES = [...FRAME_WORDS].filter((w) => /\p{Script=Han}/u.test(w));

/** An age or a count ("两岁", "2yo", "3", "18个月", "fourteen months"): says who, not what. */
function isAgeOrNumber(term: string): boolean {
  return /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|half|dozen)$|^\d+(?:\.\d+)?$|^\d+(?:yo|y|m|mo|mos|month|year|week|day)s?$|^[一两二三四五六七八九十半\d]+(?:岁|个月|月|周|天|小时|次)(?:半|大)?$/.test(
    term,
  );
}

/** Distinct content words of a question: topic words, without question frames, ages or the service's own name. */
export function contentWords(question: string): string[] {
  const terms = extractTerms(toSimplified(question));
  return terms.filter((t) => {
    if (t.startsWith('~')) return false;
    if (COMMON_TERMS.has(t) || FRAME_WORDS.has(t) || isAgeOrNumber(t)) return false;
    // One Chinese character is rarely a topic (吃, 学, 喂); Latin stems of two letters never are.
    // (A two-letter word a concept lists is one: "tv".)
    if (/\p{Script=Han}/u.test(t) ? [...t].length < 2 : t.length < 3 && (!CONCEPT_OF_FORM.has(t) || UNITS.has(t))) return false;
    return true;
  });
}

/**
 * The domain concepts a question names ("~hitbite" for "biting", 咬人, "bites"): a sentence naming the same
 * concept in other words answers it, even when the parent's own word stems into a frame ("biting" → "bit").
 */
export function conceptTerms(question: string): string[] {
  return [...new Set(extractTerms(toSimplified(question)).filter((t) => t.startsWith('~')))];
}

/** A text prepared for "does it contain this word": its normalised form, its terms and its concepts. */
export interface SearchableText {
  text: string;
  terms: Set<string>;
  concepts: Set<string>;
}

export function searchable(text: string): SearchableText {
  const simplified = normalizeForSearch(toSimplified(text));
  const a = analyzeText(simplified);
  return { text: simplified, terms: new Set(extractTerms(simplified)), concepts: new Set(a.concepts) };
}

// A word that is itself one of a concept's forms ("趴着" for safe sleep, "发热" for fever) matches the concept's other forms.
const CONCEPT_OF_FORM = new Map<string, string>();
// Chinese forms, longest first: the longest form of a concept in a question names it.
const ZH_FORMS: Array<[string, string]> = DOMAIN_CONCEPTS.flatMap((c) => c.zh.map((f): [string, string] => [normalizeForSearch(f), c.id])).sort(
  (a, b) => [...b[0]].length - [...a[0]].length,
);
for (const c of DOMAIN_CONCEPTS) {
  for (const f of c.zh) CONCEPT_OF_FORM.set(normalizeForSearch(f), c.id);
  for (const f of c.en) if (!f.includes(' ')) CONCEPT_OF_FORM.set(stemWord(normalizeForSearch(f)), c.id);
}

/**
 * Whether a content word appears in a text: as a term, as a substring
 * (Chinese segments differ), or as a synonym listed in the domain concepts.
 * A word that only contains a concept's form ("手机电池") is not its synonym.
 */
export function mentions(t: SearchableText, word: string): boolean {
  if (t.terms.has(word)) return true;
  if (/\p{Script=Han}/u.test(word)) {
    if (t.text.includes(word)) return true;
    // (A Taiwan word is mentioned by the documents' word for it, as retrieval reads it: "幼稚园" by 幼儿园.)
    const read = readRegionalWords(word);
    if (read !== word && t.text.includes(read)) return true;
  } else if (t.terms.has(stemWord(word))) return true;
  const concept = CONCEPT_OF_FORM.get(word) ?? CONCEPT_OF_FORM.get(stemWord(word));
  return concept !== undefined && t.concepts.has(concept);
}

/**
 * Whether the word itself is in the text (as a term, a stem or a Chinese substring), not only a synonym of it: a
 * concept is broad ("bottle" is a form of formula feeding), too broad to say one sentence speaks of the word.
 */
export function mentionsLiterally(t: SearchableText, word: string): boolean {
  if (t.terms.has(word)) return true;
  return /\p{Script=Han}/u.test(word) ? t.text.includes(word) : t.terms.has(stemWord(word));
}

/**
 * Whether a text holds a word of the question, or, for a four-character Chinese compound the segmenter kept whole
 * ("暂停预约", "分床睡觉"), both its two-character halves: "暂停只限制新的预约" holds "被暂停预约了" as surely as a
 * section that writes the compound out.
 */
export function holds(t: SearchableText, word: string): boolean {
  if (mentions(t, word)) return true;
  const chars = [...word];
  if (chars.length !== 4 || !chars.every((c) => /\p{Script=Han}/u.test(c))) return false;
  const [a, b] = [chars.slice(0, 2).join(''), chars.slice(2).join('')];
  return mentions(t, a) && mentions(t, b);
}

/** Share (0..1) of the question's content words found in a text; 1 when the question has none. */
export function coverage(words: string[], t: SearchableText): number {
  if (words.length === 0) return 1;
  return words.filter((w) => holds(t, w)).length / words.length;
}

// Parts of speech that name a topic (jieba tags): nouns, named things, verbal nouns ("游泳"), Latin words, and
// abbreviations ("j": 医保, 社保, 居住证, 师生比) — "少儿医保在厦门要去哪里办" is about medical insurance, which no
// section covers, not about the materials a booking needs.
const TOPIC_TAGS = /^(?:n|nr|nrt|nrfg|ns|nt|nz|nw|vn|an|eng|j)$/;

let tagger: Jieba | undefined;
/** jieba with the knowledge base's domain words (as nouns); loaded on first use. */
function tagChinese(text: string): Array<{ word: string; tag: string }> {
  if (!tagger) {
    const j = Jieba.withDict(dict);
    j.loadDict(Buffer.from(ZH_USER_WORDS.map((w) => `${w} 20000 n`).join('\n')));
    tagger = j;
  }
  return tagger.tag(text, false);
}

/**
 * The words that name what a question is about, for judging whether a
 * passage covers it: nouns for Chinese (a question's verbs and adjectives
 * are mostly how parents talk, "送过去以后一直哭 不让我走"), topic stems for
 * English; never people, ages, question frames or the service's own name.
 * Empty when a question names no topic; then coverage cannot be judged.
 */
/**
 * The doctor who prescribed a medicine ("医生开了药 中午要吃一次 老师可以帮忙喂吗", "the doctor prescribed antibiotics, can
 * the carers give them?") is how the medicine came, not the topic: the question is about taking it.
 */
const PRESCRIBED =
  /(?:医生|大夫|儿科)(?:给(?:他|她|孩子|宝宝|我们)?)?开(?:了|的)?(?:点|些|一些)?(?:药|抗生素|消炎药)|(?<![a-z])(?:the |our |a )?(?:doctor|gp|paediatrician|pediatrician) (?:has |had )?(?:prescribed|gave (?:us|him|her|them)(?: some)? (?:medicine|antibiotics))(?![a-z])/gi;

/** The parent angry from feeding or teaching the child ("喂得我都快要生气了", "教到我快要生气"), as the complaint rule reads it. */
const PARENT_WORN_ANGRY = /(?:喂|教|讲|哄|带|弄|追)(?:饭)?(?:到|得)(?:我)?(?:都|也)?(?:快|要|快要)?生气(?:了)?/g;

export function keyWords(question: string): string[] {
  // (Cantonese and Minnan words as the Mandarin they mean, as retrieval reads them: "仲未识行" is 还不会走路.)
  // (Nor is the parent's own anger at the feeding or teaching a topic — "菜一口不吃 喂得我都快要生气了" —: that 生气 is no
  // tantrum of the child's, and as the question's only topic word it made the picky-eating section "not cover" it; round 53.)
  const simplified = foldDialectWords(toSimplified(question))
    .replace(PRESCRIBED, (m) => (/[a-z]/i.test(m) ? 'medicine' : '吃药'))
    .replace(PARENT_WORN_ANGRY, ' ');
  const out = new Set<string>();
  for (const { word, tag } of tagChinese(simplified)) {
    if (!/\p{Script=Han}/u.test(word) || [...word].length < 2 || !TOPIC_TAGS.test(tag)) continue;
    const w = normalizeForSearch(word);
    if (COMMON_TERMS.has(w) || FRAME_WORDS.has(w) || PEOPLE.has(w) || isAgeOrNumber(w)) continue;
    out.add(w);
  }
  for (const t of contentWords(simplified)) {
    if (/\p{Script=Han}/u.test(t)) continue;
    if (PEOPLE.has(t) || EN_FRAME.has(t) || /^[a-z]?\d/.test(t)) continue;
    out.add(t);
  }
  // Latin words inside Chinese ("wifi") are topics too.
  // (Not units or frames: "一天要喝几cc". Nor in English with a Chinese word or two, "how many times 一天?": its English
  // words were read as English above, frames and all.)
  const latin = [...simplified.matchAll(/[A-Za-z]{2,}/g)];
  const englishFirst = latin.length >= (simplified.match(/\p{Script=Han}/gu)?.length ?? 0);
  for (const m of englishFirst ? [] : latin) {
    const w = normalizeForSearch(m[0]);
    // (Nor English function words: "is this normal" in "一天好几次 is this normal".)
    if (extractTerms(w).length === 0) continue;
    if (/\p{Script=Han}/u.test(simplified) && !EN_FRAME.has(w) && !PEOPLE.has(w) && !UNITS.has(w)) out.add(w);
  }
  // A domain concept named in the question is its topic, whatever the part of speech ("躺在地上打滚", "要钱吗"):
  // one word per concept, its longest form, unless a word already stands for it or it names a person.
  const text = normalizeForSearch(simplified);
  const named = new Set([...out].map((w) => CONCEPT_OF_FORM.get(w)).filter((c) => c !== undefined));
  for (const [form, id] of ZH_FORMS) {
    if (named.has(id) || [...form].length < 2 || !text.includes(form)) continue;
    if (PEOPLE.has(form) || COMMON_TERMS.has(form) || HAN_FRAMES.some((f) => form.includes(f))) continue;
    named.add(id);
    out.add(form);
  }
  return [...out];
}
