import { asksWithoutParticle } from '../../../nlu/askingWords.ts';
import { normalizeText } from '../../../nlu/normalizeText.ts';
import { toSimplified } from '../../../text/chineseScript.ts';
import { keyWords } from './questionTerms.ts';

/**
 * The part of a parent's message that asks, when a story is told around it. Parents tell first and ask last, with
 * asides and grandparents' opinions, often voice-typed with spaces for pauses and no punctuation: "我家老二二十四个月了
 * 最近每天晚上都要闹到十一点才睡 白天在奶奶家睡两个多小时 奶奶说别管他 我觉得不对 是不是午睡太多了 要不要叫醒他". The
 * asking part ("是不是午睡太多了 要不要叫醒他") is what a section must cover to answer, and what the quoted sentences
 * speak of; the story's words (奶奶, 十一点, 最近) only help retrieval find the section. The one place that decides
 * which part of a message asks: the "not covered" test (presentAnswer.ts) and the choice of sentences (quoteAnswer.ts)
 * both read it.
 */

/**
 * Chinese clauses that ask: a question mark, an asking particle at the end, or a question word ("怎么办", "多少", "几个月").
 * Questions with neither — A-not-A ("要不要", "是不是", "有没有") and dialect endings ("要紧不", "…伐") — are read by
 * `asksWithoutParticle`, the one list of them. Read on normalized Simplified text.
 */
const ASKS_ZH =
  /[?？]|[吗么嘛呢][啊呀哦啦]?$|是否|怎么|怎样|咋|如何|多少|多久|多大|多长|几(?:个|岁|次|点|天|周|月|小时|分钟|顿|觉|毫升|颗)|什么|啥|哪(?:里|儿|个|些|种|家)|为什么|为啥|请问|想问|问一?下|求助|求教/;
/** English clauses that ask: a question mark, or an opening question word or inverted verb ("Is she right…", "how much…"). */
const ASKS_EN =
  /\?$|^(?:(?:and|but|so|or|also|then|ok|okay)\s+)?(?:how|what|when|where|why|which|who|whom|should|shall|is|are|am|was|were|do|does|did|can|could|will|would|must|may|might|any|anything|has|have|had|wondering|i wonder|please advise|advice|tips)(?![a-z])/;

/**
 * Question words used as indefinites in a story, which ask nothing: "怎么抱都哄不住", "啥都不记得", "过几分钟又睡了", "我说了几次".
 */
const INDEFINITE = /(?:怎么|怎样|什么|啥|哪里|哪儿|谁)[^\s,，。]{0,4}?(?:都|也)|(?:过|了|好|这|那|前|后)几/g;

/** Whether a clause asks (read on normalized Simplified text). */
function asks(clause: string): boolean {
  const c = clause.replace(/[\s。.!！~～…,，;；、]+$/u, '');
  const zh = c.replace(INDEFINITE, ' ');
  return ASKS_ZH.test(zh) || asksWithoutParticle(zh) || ASKS_EN.test(c);
}

/**
 * A message's clauses, each with where it starts: split at sentence punctuation, at Chinese clause punctuation, at a comma
 * beside a Chinese character, and at a space between a Chinese character and another word (a voice-typed pause). An
 * English sentence keeps its commas ("Which brand is best — Babyzen, Bugaboo or Goodbaby?" is one question).
 */
function clauses(text: string): Array<{ text: string; at: number }> {
  const out: Array<{ text: string; at: number }> = [];
  const boundary =
    /[。！？!?；;，、\n]+|(?<=\p{Script=Han}\s*),|,(?=\s*\p{Script=Han})|(?<=[a-z0-9)\]"'’])[.](?=\s|$)|\s+[—–]+\s+|(?<=\p{Script=Han})\s+(?=[\p{Script=Han}a-z0-9])|(?<=[\p{Script=Han}a-z0-9])\s+(?=\p{Script=Han})/giu;
  const push = (piece: string, at: number) => {
    if (piece.trim()) out.push({ text: piece.trim(), at: at + (piece.length - piece.trimStart().length) });
  };
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index! + m[0].length;
    push(text.slice(start, end), start);
    start = end;
  }
  push(text.slice(start), start);
  return out;
}

/**
 * The asking part of a message that also tells a story: the last run of clauses that ask, when it names a topic of its
 * own ("是不是午睡太多了 要不要叫醒他"). Undefined when no clause asks, the asking run is the whole message, or it names
 * no topic ("这样正常吗", "is that ok?", "怎么办" ask about the story itself, which is then the question). A message
 * joined to the question before it ("…\n那晚上呢") is a follow-up, read elsewhere (followUp.ts): the question before is
 * its context, not a story around it.
 */
export function askedPart(message: string): string | undefined {
  if (message.includes('\n')) return undefined;
  const text = toSimplified(message).trim();
  const parts = clauses(text);
  if (parts.length < 2) return undefined;
  const asking = parts.map((p) => asks(normalizeText(p.text)));
  const last = asking.lastIndexOf(true);
  if (last < 0) return undefined;
  let first = last;
  while (first > 0 && asking[first - 1]) first--;
  if (first === 0) return undefined;
  const part = text.slice(parts[first]!.at, parts[last]!.at + parts[last]!.text.length).trim();
  return keyWords(part).length > 0 ? part : undefined;
}
