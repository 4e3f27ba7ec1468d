/**
 * `npm run ingest`: brings the knowledge index in line with KNOWLEDGE_DIR.
 * Incremental (unchanged chunks are not re-embedded); progress on stderr when
 * it is a terminal; a summary at the end.
 */
import { loadConfig } from '../src/config/config.ts';
import { prepareDatabase } from '../src/app/prepareDatabase.ts';
import { createEmbedder } from '../src/knowledge/createEmbedder.ts';
import { ingestKnowledge } from '../src/knowledge/ingestKnowledge.ts';
import { KnowledgeDocumentError } from '../src/knowledge/KnowledgeDocumentError.ts';
import { EmbeddingError } from '../src/knowledge/EmbeddingError.ts';
import { runScript } from './runScript.ts';

runScript(async () => {
  const config = loadConfig();
  const embedder = createEmbedder(config);
  const db = await prepareDatabase(config, (m) => process.stderr.write(`${m}\n`));
  const tty = process.stderr.isTTY;
  let failed = false;
  try {
    process.stderr.write(`Indexing ${config.knowledgeDir} into ${db.describe} with ${embedder.id}\n`);
    const summary = await ingestKnowledge({
      pool: db.pool,
      embedder,
      dir: config.knowledgeDir,
      rules: config.booking,
      onProgress: tty ? ({ done, total, file }) => process.stderr.write(`\r\x1b[K  ${done}/${total} ${file}`) : undefined,
    });
    if (tty) process.stderr.write('\r\x1b[K');
    for (const s of summary.skipped) process.stderr.write(`skipped ${s.reason}\n`);
    if (summary.reindexed) process.stdout.write(`Index (re)built for ${summary.embedder}: every chunk was embedded.\n`);
    process.stdout.write(
      `Documents: ${summary.documents} indexed, ${summary.skipped.length} skipped, ${summary.documentsRemoved} removed\n` +
        `Chunks: ${summary.chunksAdded} added, ${summary.chunksUpdated} updated, ${summary.chunksRemoved} removed, ${summary.chunksUnchanged} unchanged (${summary.embedded} embedded)\n` +
        `Time: ${(summary.ms / 1000).toFixed(1)} s\n`,
    );
  } catch (err) {
    if (err instanceof KnowledgeDocumentError || err instanceof EmbeddingError) {
      process.stderr.write(`\nIngestion stopped: ${err.message}\n`);
      failed = true;
    } else {
      throw err;
    }
  } finally {
    await db.close();
  }
  // runScript exits 0 on return; an operator error is one line and exit 1.
  if (failed) process.exit(1);
});
