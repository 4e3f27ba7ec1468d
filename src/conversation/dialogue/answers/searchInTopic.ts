/**
 * The retrieval step for a follow-up (followUp.ts decides that a message is one): the section of the topic just
 * answered that the follow-up's own words ask for.
 *
 * Searching the two questions glued together lets the question before, which carries most of the words, find its
 * own section again ("取消预约要提前多久" + "那如果过了时间呢" finds the deadline, not cancelling after it). Instead
 * the topic is kept as a place and a few words: the document the last answer quoted is searched, on its own
 * sections only, with the question before's topic words (its concepts, not its question words) and the follow-up's
 * words; its sections are ranked by how close a question they list is to that. The topic is left when the follow-up's
 * own words find a section of another document as clearly (see searchInTopic).
 */
import type { KnowledgeBase } from '../../../knowledge/KnowledgeBase.ts';
import { DEFAULT_THRESHOLDS } from '../../../knowledge/KnowledgeBase.ts';
import { sectionHeading } from '../../../knowledge/KnowledgeBase.ts';
import { outsideAgeRange, queryAgeMonths } from '../../../knowledge/ageRange.ts';
import { toSimplified } from '../../../text/chineseScript.ts';
import { readCodeSwitched } from '../../../knowledge/readCodeSwitched.ts';
import { passageOf, type Passage } from './presentAnswer.ts';
import { keyWords, mentions, searchable } from './questionTerms.ts';

/** The section the last answer quoted (DialogueState.lastAnswer), or only its document when that is all that is known. */
export interface TopicBefore {
  docId: string;
  heading?: string;
}

/** A section its own words find elsewhere this closely is a topic of its own (as answerQuestion's CLEAR_OWN_MATCH). */
export const CLEAR_OWN_MATCH = 0.6;
/**
 * A follow-up seldom asks the very section just quoted again: that section yields to another section of the topic
 * that scores this nearly as well, summed over the three readings below ("and what if I cancel after it?" after the deadline).
 */
export const SAME_AGAIN_MARGIN = 0.25;
/** What being next to the section just quoted adds to a section's summed score (see searchInTopic). */
export const NEIGHBOUR = 0.15;
/** What a statement's own words weigh in a section's summed score (see searchInTopic). */
export const TOLD_OWN_WEIGHT = 0.5;
/** Enough hits to rank every section of a document. */
const SECTIONS = 20;

const qm = (p: Passage | undefined) => p?.questionMatch ?? 0;
/** The service's rules (service-*, policy-*) are one kind of document, parenting topics another. */
const kindOf = (docId: string) => (docId.startsWith('parenting-') ? 'parenting' : 'service');

/** The words a follow-up is searched with in the topic: the question before's topic words, then its own. */
export function topicQuery(previous: string, asked: string): string {
  const topic = keyWords(readCodeSwitched(previous));
  return topic.length ? `${topic.join(' ')}\n${asked}` : `${previous}\n${asked}`;
}

/**
 * The topic's sections for a follow-up, the one it asks for first; undefined when no section of the topic lists a
 * question close enough (retrieval's own bar), or a strong new topic wins (see above). `own` is what the follow-up's
 * own words found across all documents.
 *
 * Each section of the topic's document is scored by how close a question it lists is to three readings of the
 * follow-up, summed: its own words (which part of the topic), the question before's topic words with them (the topic,
 * asked this way), and the two questions together (the conversation so far). No one reading is reliable on lexical
 * matching alone; together they rank the section the follow-up asks for first more often than any of them.
 */
export async function searchInTopic(
  knowledge: Pick<KnowledgeBase, 'search'>,
  p: { asked: string; previous: string; topic: TopicBefore; own: Passage[]; language: 'zh' | 'en'; ownTopic: boolean; told?: boolean },
): Promise<Passage[] | undefined> {
  const readings = [p.asked, topicQuery(p.previous, p.asked), `${p.previous}\n${p.asked}`];
  const sections = new Map<string, { passage: Passage; matches: number[] }>();
  for (const [i, query] of readings.entries()) {
    const hits = await knowledge.search(query, { lang: p.language, k: SECTIONS, within: p.topic.docId }).catch(() => []);
    for (const h of hits) {
      // (Sections only: the document's opening passage names every topic and answers none.)
      if (h.docId !== p.topic.docId || h.language !== p.language || !h.headingPath.includes(' > ')) continue;
      const entry = sections.get(h.headingPath) ?? { passage: passageOf(h), matches: readings.map(() => 0) };
      entry.matches[i] = Math.max(entry.matches[i]!, h.questionMatch ?? 0);
      sections.set(h.headingPath, entry);
    }
  }
  // A document is written in the order parents ask: the section right before or after the one just quoted is what a
  // follow-up asks next more often than a far one ("那如果过了时间呢" after the deadline: cancelling after it, the next
  // section). Sections are indexed in the document's order, so their chunk ids give it.
  const order = [...sections.values()].sort((a, b) => (a.passage.chunk ?? 0) - (b.passage.chunk ?? 0));
  const at = p.topic.heading ? order.findIndex((x) => x.passage.heading === p.topic.heading) : -1;
  const neighbours = new Set(at < 0 ? [] : [order[at - 1], order[at + 1]].filter((x) => x !== undefined));
  // (A statement about the child asks nothing: its own words meet a listed question only through the words a story
  // shares with it — "she drinks like 4 bottles a day" meets "should my baby drink water from a bottle or a cup" —, so
  // that reading weighs half, and the conversation says which part of the topic it is about.)
  const weights = readings.map((_, i) => (i === 0 && p.told ? TOLD_OWN_WEIGHT : 1));
  const score = (x: { matches: number[] }) =>
    x.matches.reduce((a, b, i) => a + b * weights[i]!, 0) + (neighbours.has(x as (typeof order)[number]) ? NEIGHBOUR : 0);
  // The child's age, told in the follow-up or before it, stays theirs: a section whose heading leaves that age out is
  // for another child ("she drinks like 4 bottles a day" after how much milk a 2-year-old needs is not the 7–12-month
  // amounts), while one for their age is there to answer.
  const age = queryAgeMonths(toSimplified(p.asked)) ?? queryAgeMonths(toSimplified(p.previous));
  const forAge = (x: { passage: Passage }) => age === undefined || !outsideAgeRange(sectionHeading(x.passage.heading), age);
  const all = [...sections.values()];
  const fitting = all.filter((x) => forAge(x) && Math.max(...x.matches) >= DEFAULT_THRESHOLDS.questionMatch).length ? all.filter(forAge) : all;
  const ranked = fitting.sort((a, b) => score(b) - score(a));
  let best = ranked[0];
  if (!best || Math.max(...best.matches) < DEFAULT_THRESHOLDS.questionMatch) return undefined;
  if (p.topic.heading && best.passage.heading === p.topic.heading) {
    const next = ranked.find((x) => x.passage.heading !== p.topic.heading);
    if (next && score(next) >= score(best) - SAME_AGAIN_MARGIN && Math.max(...next.matches) >= DEFAULT_THRESHOLDS.questionMatch) best = next;
  }
  // The follow-up's own words may find their answer in another document of the same kind (the service's rules, or
  // parenting topics) at least as clearly as in the topic: "那上课要带什么" after the sensory class is what to bring,
  // "那要付费吗" after who may use the service is the fees — the answer's other handling (answerQuestion) weighs those.
  // Across kinds it takes a clear match of a topic the document never speaks of: "那要怎么帮他缓解不舒服" after teething
  // is not a child falling ill at a point, "还有 湿疹怎么办" after sleep is eczema.
  const elsewhere = p.own.filter((x) => x.docId !== p.topic.docId).sort((a, b) => qm(b) - qm(a))[0];
  if (p.ownTopic && elsewhere && qm(elsewhere) >= Math.max(DEFAULT_THRESHOLDS.questionMatch, best.matches[0]!)) {
    if (kindOf(elsewhere.docId) === kindOf(p.topic.docId)) return undefined;
    const named = keyWords(readCodeSwitched(p.asked));
    const said = searchable([...sections.values()].map(({ passage: x }) => `${x.heading}\n${(x.questions ?? []).join('\n')}\n${x.text}`).join('\n'));
    if (qm(elsewhere) >= CLEAR_OWN_MATCH && named.length > 0 && !named.some((k) => mentions(said, k))) return undefined;
  }
  const chosen = best.passage;
  return [
    { ...chosen, questionMatch: Math.max(...best.matches) },
    ...ranked.filter((x) => x !== best).map((x) => ({ ...x.passage, questionMatch: x.matches[0] })),
  ];
}
