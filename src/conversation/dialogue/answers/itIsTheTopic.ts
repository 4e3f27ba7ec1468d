/**
 * "ok how do we get rid of it?" after a dummy: "it" is what was just answered, so the section the follow-up's one
 * other word finds elsewhere (how to get rid of cradle cap) is not the answer; the section the question before finds
 * with it, in the document just answered from, is.
 *
 * Only the pronouns that stand for a thing ("it", "them", 它): "this" and "that", 这个 and 那个 are as often a
 * determiner before a thing of the message's own ("is this normal?", "这个米粉可以吗"). And only when the follow-up
 * names at most one thing besides: "my son has a rash, is it measles?" says what "it" is.
 */
import { readCodeSwitched } from '../../../knowledge/readCodeSwitched.ts';
import type { KnowledgeBase, SearchOptions } from '../../../knowledge/KnowledgeBase.ts';
import { passageOf, type Passage } from './presentAnswer.ts';
import { keyWords } from './questionTerms.ts';
import { CLEAR_OWN_MATCH } from './searchInTopic.ts';

/** A pronoun standing for a thing: "it", "them", 它. */
export const IT = /(?<![a-z'])(?:it|them)(?![a-z'])|它/i;

const qm = (p: Passage | undefined) => p?.questionMatch ?? 0;

/**
 * The passages the search with the question before found, when the follow-up says "it", names at most one thing
 * itself, its own closest section is in another document, and that search stays in the topic's document; else
 * undefined.
 */
export function itIsTheTopic(question: string, own: Passage[], withContext: Passage[], topicDoc: string | undefined): Passage[] | undefined {
  if (!topicDoc || !IT.test(question) || withContext[0]?.docId !== topicDoc) return undefined;
  if (keyWords(readCodeSwitched(question)).length > 1) return undefined;
  const closest = own.reduce<Passage | undefined>((a, p) => (a && qm(a) >= qm(p) ? a : p), undefined);
  return closest && closest.docId !== topicDoc ? withContext : undefined;
}

/**
 * "should I wake him up when it happens?" right after a night-terror answer: a question that stands alone but says
 * "it", names at most one thing and finds no section clearly its own, asks about what was just quoted — the section
 * just quoted, read with the question before (a night terror), answers; not "not covered", nor what happens in an
 * emergency, which its words meet only loosely. Undefined otherwise.
 */
export async function itIsWhatWasQuoted(
  knowledge: Pick<KnowledgeBase, 'search'>,
  lang: SearchOptions['lang'],
  question: string,
  previous: string | undefined,
  quoted: { docId: string; heading: string } | undefined,
  own: Passage[],
): Promise<Passage[] | undefined> {
  if (!quoted || !previous || !IT.test(question)) return undefined;
  if (keyWords(readCodeSwitched(question)).length > 1 || Math.max(0, ...own.map(qm)) >= CLEAR_OWN_MATCH) return undefined;
  const hits = await knowledge.search(`${previous}\n${question}`, { lang, k: 5, within: quoted.docId }).catch(() => []);
  const same = hits.map(passageOf).filter((p) => p.heading === quoted.heading);
  return same.length ? same : undefined;
}
