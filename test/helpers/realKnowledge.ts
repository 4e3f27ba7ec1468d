import { expect } from 'vitest';
import { defaultConfig } from '../../src/config/config.ts';
import { OfflineEmbedder } from '../../src/knowledge/OfflineEmbedder.ts';
import { ingestKnowledge } from '../../src/knowledge/ingestKnowledge.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { getTestDatabase, resetDatabase } from './testDatabase.ts';

/** The real knowledge/ folder ingested with the offline embedder into the shared test database, as parents would search it. */
export async function realKnowledgeBase(): Promise<KnowledgeBase> {
  const db = await getTestDatabase();
  await resetDatabase(db);
  const embedder = new OfflineEmbedder();
  const summary = await ingestKnowledge({ pool: db.pool, embedder, dir: 'knowledge', rules: defaultConfig().booking });
  expect(summary.skipped).toEqual([]);
  return createKnowledgeBase({ pool: db.pool, embedder });
}
