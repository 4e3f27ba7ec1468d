import { describe, expect, it } from 'vitest';
import type { KnowledgeHit, SearchOptions } from '../../src/knowledge/KnowledgeBase.ts';
import type { Passage } from '../../src/conversation/dialogue/answers/presentAnswer.ts';
import { searchInTopic, topicQuery } from '../../src/conversation/dialogue/answers/searchInTopic.ts';

/**
 * The retrieval step for a follow-up: the topic's document searched with three readings of the follow-up, sections
 * ranked by the sum of how close a question they list is to each. The knowledge base is faked: each reading gets a
 * scripted question match per section, so the ranking rule itself is what is tested.
 */
const DOC = 'service-change-cancel';
const DEADLINE = 'Cancelling > What is the free-cancellation deadline?';
const AFTER = 'Cancelling > Can I still cancel after the deadline?';
const PLACE = 'Cancelling > What happens to the place after I cancel?';

function hit(heading: string, questionMatch: number, docId = DOC): KnowledgeHit {
  return {
    chunkId: heading.length,
    docId,
    title: 'Cancelling',
    headingPath: heading,
    content: `${heading} text`,
    questions: [],
    source: `knowledge/en/${docId}.md`,
    language: 'en',
    score: questionMatch,
    similarity: 0,
    keywordCoverage: 0,
    questionMatch,
  };
}

/** A knowledge base answering each reading (told apart by its words) with scripted matches; records what was asked. */
function fakeKnowledge(byReading: { own: KnowledgeHit[]; topic: KnowledgeHit[]; together: KnowledgeHit[] }) {
  const asked: Array<{ query: string; opts: SearchOptions }> = [];
  return {
    asked,
    search: async (query: string, opts: SearchOptions) => {
      asked.push({ query, opts });
      if (!query.includes('\n')) return byReading.own;
      return query.startsWith(base.previous) ? byReading.together : byReading.topic;
    },
  };
}

const own = (docId: string, questionMatch: number): Passage => ({
  docId,
  title: docId,
  heading: `${docId} > a section`,
  source: '',
  language: 'en',
  text: '',
  questionMatch,
});

const base = { asked: 'and what if i cancel after it?', previous: "what's the free cancellation deadline?", language: 'en' as const, ownTopic: true };

describe('the section of the topic a follow-up asks for', () => {
  it('searches only the topic document, with its own words, the topic words before them, and both questions', async () => {
    const kb = fakeKnowledge({ own: [hit(AFTER, 0.8)], topic: [hit(AFTER, 0.7)], together: [hit(AFTER, 0.6)] });
    await searchInTopic(kb, { ...base, topic: { docId: DOC }, own: [] });
    expect(kb.asked.map((a) => a.opts.within)).toEqual([DOC, DOC, DOC]);
    expect(kb.asked.map((a) => a.query)).toEqual([base.asked, topicQuery(base.previous, base.asked), `${base.previous}\n${base.asked}`]);
    expect(topicQuery(base.previous, base.asked).split('\n')[0]).toMatch(/cancellation/);
    expect(topicQuery(base.previous, base.asked).split('\n')[0]).not.toMatch(/what/);
  });

  it('ranks sections by the sum of the three readings, not by any one of them', async () => {
    const kb = fakeKnowledge({
      own: [hit(PLACE, 0.9), hit(AFTER, 0.8)],
      topic: [hit(PLACE, 0.4), hit(AFTER, 0.73)],
      together: [hit(PLACE, 0.36), hit(AFTER, 0.67)],
    });
    const found = await searchInTopic(kb, { ...base, topic: { docId: DOC }, own: [] });
    expect(found?.[0]?.heading).toBe(AFTER);
  });

  it('the section just quoted yields to another that scores nearly as well', async () => {
    const scripted = {
      own: [hit(DEADLINE, 0.77), hit(AFTER, 0.8)],
      topic: [hit(DEADLINE, 0.87), hit(AFTER, 0.73)],
      together: [hit(DEADLINE, 0.8), hit(AFTER, 0.67)],
    };
    const again = await searchInTopic(fakeKnowledge(scripted), { ...base, topic: { docId: DOC }, own: [] });
    expect(again?.[0]?.heading).toBe(DEADLINE);
    const next = await searchInTopic(fakeKnowledge(scripted), { ...base, topic: { docId: DOC, heading: DEADLINE }, own: [] });
    expect(next?.[0]?.heading).toBe(AFTER);
  });

  it('…but is answered again when the follow-up clearly asks it again', async () => {
    const kb = fakeKnowledge({ own: [hit(DEADLINE, 0.9), hit(AFTER, 0.3)], topic: [hit(DEADLINE, 0.9), hit(AFTER, 0.4)], together: [hit(DEADLINE, 0.9)] });
    const found = await searchInTopic(kb, { ...base, topic: { docId: DOC, heading: DEADLINE }, own: [] });
    expect(found?.[0]?.heading).toBe(DEADLINE);
  });

  it('a strong new topic wins: its own words find another document clearly, closer than the topic', async () => {
    const kb = fakeKnowledge({ own: [hit(AFTER, 0.3)], topic: [hit(AFTER, 0.5)], together: [hit(AFTER, 0.5)] });
    expect(await searchInTopic(kb, { ...base, asked: 'and what about eczema?', topic: { docId: DOC }, own: [own('parenting-eczema', 0.8)] })).toBeUndefined();
    // (Across kinds, not when what it names is what the topic's document speaks of: "cancel" after the deadline.)
    expect(await searchInTopic(kb, { ...base, topic: { docId: DOC }, own: [own('parenting-sleep-routines', 0.8)] })).toBeDefined();
    // (Within the same kind — the service's rules — another document its own words find as clearly is left to the answer's
    // other handling: "那要付费吗" after who may use the service is the fees.)
    expect(await searchInTopic(kb, { ...base, topic: { docId: DOC }, own: [own('service-eligibility', 0.5)] })).toBeUndefined();
    // (Not when its own words name no topic: "how long is it good for?" finds formula storage clearly, yet asks about breast milk.)
    expect(await searchInTopic(kb, { ...base, ownTopic: false, topic: { docId: DOC }, own: [own('parenting-formula-feeding', 0.8)] })).toBeDefined();
    // (Nor when the other document is only loosely close.)
    expect(await searchInTopic(kb, { ...base, asked: 'and what about eczema?', topic: { docId: DOC }, own: [own('parenting-eczema', 0.53)] })).toBeDefined();
  });

  it('finds nothing when no section of the topic lists a question close enough', async () => {
    const kb = fakeKnowledge({ own: [hit(AFTER, 0.2)], topic: [hit(AFTER, 0.3)], together: [hit(AFTER, 0.3)] });
    expect(await searchInTopic(kb, { ...base, topic: { docId: DOC }, own: [] })).toBeUndefined();
  });

  it('leaves out the document opening and other documents', async () => {
    const kb = fakeKnowledge({ own: [hit('Cancelling', 0.9), hit('Other > x', 0.9, 'service-waitlist'), hit(AFTER, 0.5)], topic: [], together: [] });
    const found = await searchInTopic(kb, { ...base, topic: { docId: DOC }, own: [] });
    expect(found?.map((p) => p.heading)).toEqual([AFTER]);
  });
});

describe('the sections next to the one just quoted', () => {
  it('are preferred over a far section that scores about as well: a document is written in the order parents ask', async () => {
    const at = (heading: string, questionMatch: number, chunkId: number) => ({ ...hit(heading, questionMatch), chunkId });
    const FAR = 'Cancelling > How do I change to another time or another point?';
    const scripted = () =>
      fakeKnowledge({
        own: [at(DEADLINE, 0.54, 1), at(AFTER, 0.49, 2), at(PLACE, 0.3, 3), at(FAR, 0.61, 4)],
        topic: [at(DEADLINE, 0.72, 1), at(AFTER, 0.6, 2), at(FAR, 0.65, 4)],
        together: [at(DEADLINE, 0.73, 1), at(AFTER, 0.55, 2), at(FAR, 0.38, 4)],
      });
    const withoutPlace = await searchInTopic(scripted(), { ...base, topic: { docId: DOC }, own: [] });
    expect(withoutPlace?.[0]?.heading).toBe(DEADLINE);
    const next = await searchInTopic(scripted(), { ...base, topic: { docId: DOC, heading: DEADLINE }, own: [] });
    expect(next?.[0]?.heading).toBe(AFTER);
  });
});
