import { analyzeText, normalizeForSearch, readRegionalWords } from './extractTerms.ts';
import { DOMAIN_CONCEPTS } from './domainConcepts.ts';
import { CHINESE_IN_ENGLISH_WORDS } from './lexicon/chineseInEnglishWords.ts';
import { CODE_SWITCHED_WORDS } from './lexicon/codeSwitchedWords.ts';
import { PINYIN_WORDS } from './lexicon/pinyinWords.ts';

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * The plain English of a code-switched pattern ("tantrums?|meltdowns?" →
 * "tantrums", "potty(?: training)?" → "potty training"): its first
 * alternative, groups read as their first alternative, optional marks dropped.
 */
export function plainEnglish(pattern: string): string {
  let depth = 0;
  let first = '';
  for (const ch of pattern) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === '|' && depth === 0) break;
    first += ch;
  }
  return first
    .replace(/\[[^\]]*\]\??/g, ' ')
    .replace(/\(\?:([^|)]*)(?:\|[^)]*)?\)\??/g, '$1')
    .replace(/[?()\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// The list here first, then codeSwitchedWords.ts read backwards; longest Chinese word first.
const GLOSSARY = new Map<string, string>();
for (const [zh, en] of CHINESE_IN_ENGLISH_WORDS) GLOSSARY.set(zh, en);
for (const [en, zh] of CODE_SWITCHED_WORDS) if (!GLOSSARY.has(zh)) GLOSSARY.set(zh, plainEnglish(en));
const GLOSSARY_PATTERN = new RegExp([...GLOSSARY.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');

// A concept's English word: its first one-word English form, else its first form.
const CONCEPT_ENGLISH = new Map(DOMAIN_CONCEPTS.filter((c) => c.en.length > 0).map((c) => [c.id, c.en.find((e) => !e.includes(' ')) ?? c.en[0]!]));

/** Pinyin words of lexicon/pinyinWords.ts, in list order (longer phrases first), each read as whole words. */
const PINYIN = PINYIN_WORDS.map(([pattern, english]) => [new RegExp(`(?<![a-z])(?:${pattern})(?![a-z])`, 'gi'), english] as const);

/** Pinyin in an English message read as the English documents say it ("nai zui all day" → "pacifier all day"). */
export function readPinyin(text: string): string {
  if (!/[a-z]/i.test(text)) return text;
  let out = text;
  for (const [pattern, english] of PINYIN) out = out.replace(pattern, english);
  return out;
}

/**
 * An English message with Chinese words in it, each stretch of Chinese read
 * as the English words the documents use ("Is there a 押金 to pay?" → "Is
 * there a deposit to pay?"): words of lexicon/chineseInEnglishWords.ts and of
 * codeSwitchedWords.ts read backwards; a stretch with none of those, the
 * English word of each domain concept it names. A stretch with none of them stays as written.
 * Pinyin (readPinyin) is read as English too. A message without both scripts is returned as is. Text is Simplified.
 */
export function readChineseInEnglish(original: string): string {
  // Pinyin is read first: it needs no Chinese characters in the message.
  const text = readPinyin(original);
  if (!/[A-Za-z]/.test(text) || !/\p{Script=Han}/u.test(text)) return text;
  return text.replace(HAN_RUN, (run) => {
    const read = readRegionalWords(normalizeForSearch(run));
    const words = read.match(GLOSSARY_PATTERN)?.map((w) => GLOSSARY.get(w)!) ?? [];
    // Concepts are broad (送托 also names separation): only for a stretch the word lists do not know.
    const concepts = words.length ? [] : [...new Set(analyzeText(read).concepts)].flatMap((id) => CONCEPT_ENGLISH.get(id) ?? []);
    const english = [...new Set([...words, ...concepts])];
    return english.length ? ` ${english.join(' ')} ` : run;
  });
}
