/**
 * A short question that stands alone, asked right after an answer, that the document just answered from answers
 * about as clearly as any other: "can I give him paracetamol?" after teething is paracetamol for teething pain, not the
 * fever-medicine section its one topic word finds a little more closely; 「可以給他吃普拿疼嗎」 likewise.
 *
 * followUp.ts hears no leaning word in such a message, so without this the message is read as a new topic. A parent
 * who names one thing right after an answer is still talking about the child just described: the topic is kept when
 * its document lists a question nearly as close to the message as the closest elsewhere. A message that names more,
 * or that another document answers clearly better ("can I give him ibuprofen for a fever of 39?"), is a new topic.
 */
import type { KnowledgeBase, SearchOptions } from '../../../knowledge/KnowledgeBase.ts';
import { readCodeSwitched } from '../../../knowledge/readCodeSwitched.ts';
import { answersQuestion, passageOf, type Passage } from './presentAnswer.ts';
import { keyWords } from './questionTerms.ts';
import { CLEAR_OWN_MATCH } from './searchInTopic.ts';

/** At most this many topic words: a message that names more says what it is about by itself. */
export const FEW_TOPIC_WORDS = 2;
/** The topic's document keeps the message when its closest listed question is at most this much further than any elsewhere. */
export const NEARLY_AS_CLOSE = 0.15;

const qm = (p: Passage | undefined) => p?.questionMatch ?? 0;

/**
 * The sections of the document just answered from, the one closest to the message first, when the message stays on
 * that topic (see above); undefined when it does not, or when the own search already answers from that document.
 */
export async function stillOnTopic(
  knowledge: Pick<KnowledgeBase, 'search'>,
  lang: SearchOptions['lang'],
  question: string,
  topicDoc: string | undefined,
  own: Passage[],
): Promise<Passage[] | undefined> {
  if (!topicDoc || own.length === 0 || own[0]!.docId === topicDoc) return undefined;
  const words = keyWords(readCodeSwitched(question));
  if (words.length === 0 || words.length > FEW_TOPIC_WORDS) return undefined;
  const hits = await knowledge.search(question, { lang, k: 5, within: topicDoc }).catch(() => []);
  const inTopic = hits.filter((h) => h.docId === topicDoc).map(passageOf);
  const closest = Math.max(0, ...own.map(qm));
  const top = inTopic[0];
  if (!top || qm(top) < CLEAR_OWN_MATCH || qm(top) < closest - NEARLY_AS_CLOSE) return undefined;
  return answersQuestion(question, [top]) ? inTopic : undefined;
}

/**
 * A follow-up that leans on the answer before and names nothing of its own, only how long, how often or whether
 * ("how long will that last?" after stuttering, "那要不要把他叫醒" after a night terror): when the document just answered
 * from lists a question its words clearly match, that document answers — not another document's heading that shares
 * its question words ("how long does separation anxiety last", waking a child after a bump). Its leaning word already
 * says it is about the topic: the section just quoted answers when it lists such a question nearly as clearly as the
 * closest in its document (one of twins woken to feed is not the night terror just told). Undefined when it names a
 * topic, or the section just quoted lists no clear match.
 */
export async function leansOnTopic(
  knowledge: Pick<KnowledgeBase, 'search'>,
  lang: SearchOptions['lang'],
  question: string,
  quoted: { docId: string; heading: string } | undefined,
  own: Passage[],
): Promise<Passage[] | undefined> {
  if (!quoted || keyWords(readCodeSwitched(question)).length > 0) return undefined;
  const hits = await knowledge.search(question, { lang, k: 5, within: quoted.docId }).catch(() => []);
  const inTopic = hits.filter((h) => h.docId === quoted.docId).map(passageOf);
  const top = inTopic[0];
  if (!top || qm(top) < CLEAR_OWN_MATCH) return undefined;
  const same = inTopic.find((p) => p.heading === quoted.heading && qm(p) >= CLEAR_OWN_MATCH && qm(p) >= qm(top) - NEARLY_AS_CLOSE);
  // (Only the section just quoted: "when should I make her stop?" after thumb-sucking lists no question as close as the
  // bottle-in-bed section's "stop", and is left to the reading with the question before.)
  // (…nor when the follow-up's own words find a section elsewhere clearly closer: "那我要怎么跟奶奶说她才会听" after screen
  // time is talking with grandparents, as before.)
  if (!same || qm(same) < Math.max(0, ...own.map(qm)) - NEARLY_AS_CLOSE) return undefined;
  const chosen = [same, ...inTopic.filter((p) => p !== same)];
  return answersQuestion(question, [same]) ? chosen : undefined;
}
