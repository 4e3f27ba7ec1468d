import type { App } from './createApp.ts';
import { ingestKnowledge, type IngestSummary } from '../knowledge/ingestKnowledge.ts';

/** Brings the knowledge index up to date (a no-op when nothing changed). */
export async function prepareKnowledge(app: Pick<App, 'db' | 'embedder' | 'config'>): Promise<IngestSummary> {
  return ingestKnowledge({ pool: app.db.pool, embedder: app.embedder, dir: app.config.knowledgeDir, rules: app.config.booking });
}
