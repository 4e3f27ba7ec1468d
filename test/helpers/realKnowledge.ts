import { expect } from 'vitest';
import { defaultConfig } from '../../src/config/config.ts';
import { OfflineEmbedder } from '../../src/knowledge/OfflineEmbedder.ts';
import { ingestKnowledge } from '../../src/knowledge/ingestKnowledge.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { indexKnowledgeOnce } from './knowledgeOnce.ts';
import { getTestDatabase, resetDatabase } from './testDatabase.ts';

/** The real knowledge/ folder ingested with the offline embedder into the shared test database, as parents would search it. */
export async function realKnowledgeBase(): Promise<KnowledgeBase> {
  const db = await getTestDatabase();
  await resetDatabase(db, { keepKnowledge: true });
  const embedder = new OfflineEmbedder();
  const rules = defaultConfig().booking;
  const summary = await indexKnowledgeOnce(db, { dir: 'knowledge', embedderId: embedder.id, rules }, () =>
    ingestKnowledge({ pool: db.pool, embedder, dir: 'knowledge', rules }),
  );
  if (summary) expect(summary.skipped).toEqual([]);
  return createKnowledgeBase({ pool: db.pool, embedder });
}

/** Asserts that a parent's question finds, first, the section of `docId` whose heading contains `heading` (any case). */
export async function expectTopSection(kb: KnowledgeBase, question: string, lang: 'zh' | 'en', docId: string, heading: string): Promise<void> {
  const [top] = await kb.search(question, { lang, k: 3 });
  expect(top?.docId).toBe(docId);
  expect(top?.headingPath.toLowerCase()).toContain(heading.toLowerCase());
}

/**
 * Asserts that one of the first `n` sections found is `docId`'s section headed `heading`: for questions two sections tie
 * on in raw retrieval (scores within a thousandth), where the answer picks between them and its own test checks that.
 */
export async function expectAmongTop(kb: KnowledgeBase, question: string, lang: 'zh' | 'en', docId: string, heading: string, n: number): Promise<void> {
  const hits = await kb.search(question, { lang, k: Math.max(3, n) });
  expect(hits.slice(0, n).some((h) => h.docId === docId && h.headingPath.toLowerCase().includes(heading.toLowerCase()))).toBe(true);
}
