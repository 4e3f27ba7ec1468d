import { mkdtempSync, mkdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import { OfflineEmbedder } from '../../src/knowledge/OfflineEmbedder.ts';
import { ingestKnowledge } from '../../src/knowledge/ingestKnowledge.ts';
import { createKnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { PgVectorKnowledgeStore } from '../../src/knowledge/PgVectorKnowledgeStore.ts';
import type { KnowledgeEmbedder } from '../../src/knowledge/KnowledgeEmbedder.ts';
import { getTestDatabase, resetDatabase } from '../helpers/testDatabase.ts';

const rules = defaultConfig().booking;

const md = (id: string, language: string, title: string, sections: Record<string, string>, intro = '') =>
  `---\nid: ${id}\ntitle: ${title}\nlanguage: ${language}\naudience: parents\ntopic: test\nlast_reviewed: 2026-11-22\nsources:\n  - Test source\n---\n# ${title}\n\n${intro}\n\n` +
  Object.entries(sections)
    .map(([h, t]) => `## ${h}\n\n${t}\n`)
    .join('\n');

const CANCEL_ZH = md('service-change-cancel', 'zh', '怎样取消预约？', {
  '怎么在聊天里取消预约？': '对本助手说“我的预约”，选择要取消的预约并确认即可。',
  '免费取消的截止时间是什么时候？': '在场次开始前 {{rules.cancelDeadlineHours}} 小时（即 {{rules.cancelDeadlineMinutes}} 分钟）之前取消，属于正常取消。',
  '取消后名额去哪里了？': '名额会提供给候补家庭，保留 {{rules.waitlistHoldMinutes}} 分钟。',
});
const CANCEL_EN = md('service-change-cancel', 'en', 'How do I cancel a booking?', {
  'How do I cancel a booking in the chat?': 'Say "my bookings", pick the booking you want to cancel and confirm.',
  'What is the free-cancellation deadline?': 'Cancel at least {{rules.cancelDeadlineHours}} hours before the session starts.',
  'What happens to the place after I cancel?': 'It is offered to the next family on the waitlist for {{rules.waitlistHoldMinutes}} minutes.',
});
const SOLIDS_ZH = md('parenting-starting-solids', 'zh', '添加辅食', {
  '宝宝几个月可以吃辅食？': '建议满6月龄（180天）左右开始添加辅食，同时继续母乳或配方奶。',
  '第一口辅食吃什么好？': '第一口辅食应选富含铁、质地细腻的食物，例如强化铁的婴儿米粉、肉泥、蛋黄泥。',
  '1岁以内哪些东西不能吃？': '1岁以内不能吃蜂蜜，也不要加盐、糖和调味品。',
});

let db: Database;
let dir: string;
const embedder = new OfflineEmbedder();
const ingest = (e: KnowledgeEmbedder = embedder) => ingestKnowledge({ pool: db.pool, embedder: e, dir, rules });
const write = (rel: string, content: string | Uint8Array) => {
  mkdirSync(join(dir, rel, '..'), { recursive: true });
  writeFileSync(join(dir, rel), content);
};
const chunkCount = async () => (await db.pool.query('SELECT count(*)::int AS n FROM knowledge_chunks')).rows[0].n as number;

beforeAll(async () => {
  db = await getTestDatabase();
});
beforeEach(async () => {
  await resetDatabase(db);
  rmSync(dir ?? '/nonexistent', { recursive: true, force: true });
  dir = join(mkdtempSync(join(tmpdir(), 'ailin-kb-')), 'knowledge');
  write('zh/service-change-cancel.md', CANCEL_ZH);
  write('en/service-change-cancel.md', CANCEL_EN);
  write('zh/parenting-starting-solids.md', SOLIDS_ZH);
});
afterAll(() => {
  rmSync(join(dir, '..'), { recursive: true, force: true });
});

describe('ingestKnowledge', () => {
  it('indexes every section with rendered rule numbers, and a second run embeds nothing', async () => {
    const first = await ingest();
    expect(first).toMatchObject({ documents: 3, skipped: [], chunksAdded: 9, embedded: 9, chunksRemoved: 0, reindexed: true });
    expect(await chunkCount()).toBe(9);
    const r = await db.pool.query("SELECT content FROM knowledge_chunks WHERE heading_path LIKE '%截止时间%'");
    expect(r.rows[0].content).toContain('开始前 2 小时（即 120 分钟）');
    const all = await db.pool.query('SELECT content FROM knowledge_chunks');
    expect(all.rows.some((row) => row.content.includes('{{'))).toBe(false);
    const meta = await db.pool.query('SELECT embedder, dimension FROM knowledge_index_meta');
    expect(meta.rows[0]).toEqual({ embedder: 'offline-hash-v1', dimension: 512 });

    const second = await ingest();
    expect(second).toMatchObject({ documents: 3, embedded: 0, chunksAdded: 0, chunksUpdated: 0, chunksRemoved: 0, chunksUnchanged: 9, reindexed: false });
  });

  it('re-embeds only the changed chunk of an edited file', async () => {
    await ingest();
    const before = await db.pool.query('SELECT id, content_hash FROM knowledge_chunks ORDER BY id');
    write('zh/parenting-starting-solids.md', SOLIDS_ZH.replace('蜂蜜', '蜂蜜（包括蜂蜜水）'));
    const s = await ingest();
    expect(s).toMatchObject({ embedded: 1, chunksUpdated: 1, chunksAdded: 0, chunksRemoved: 0, chunksUnchanged: 8 });
    const after = await db.pool.query('SELECT id, content_hash FROM knowledge_chunks ORDER BY id');
    expect(after.rows).toHaveLength(9);
    // Untouched chunks keep their rows (and vectors).
    const kept = after.rows.filter((a) => before.rows.some((b) => b.id === a.id && b.content_hash === a.content_hash));
    expect(kept).toHaveLength(8);
  });

  it('handles added and removed sections and a changed rule value', async () => {
    await ingest();
    write(
      'en/service-change-cancel.md',
      CANCEL_EN.replace(/## What happens to the place[\s\S]*$/, '## New section\n\nBrand new text.\n\n## Another\n\nMore text.\n'),
    );
    const s = await ingest();
    expect(s).toMatchObject({ embedded: 2, chunksUpdated: 1, chunksAdded: 1, chunksRemoved: 0 });
    const r = await ingestKnowledge({ pool: db.pool, embedder, dir, rules: { ...rules, cancelDeadlineMinutes: 180 } });
    expect(r.embedded).toBe(2); // the two deadline sections (zh and en) now say 3 hours
    const c = await db.pool.query("SELECT content FROM knowledge_chunks WHERE content LIKE '%hours before%'");
    expect(c.rows[0].content).toContain('at least 3 hours');
  });

  it('removes a deleted file and its chunks', async () => {
    await ingest();
    unlinkSync(join(dir, 'zh/parenting-starting-solids.md'));
    const s = await ingest();
    expect(s).toMatchObject({ documents: 2, documentsRemoved: 1, chunksRemoved: 3, embedded: 0 });
    expect(await chunkCount()).toBe(6);
    const docs = await db.pool.query("SELECT count(*)::int AS n FROM knowledge_documents WHERE doc_id = 'parenting-starting-solids'");
    expect(docs.rows[0].n).toBe(0);
  });

  it('skips empty, huge, binary, broken and duplicate files with reasons naming them, and indexes the rest', async () => {
    write('zh/empty.md', '');
    write('zh/huge.md', `---\nid: huge\ntitle: Huge\nlanguage: zh\n---\n${'很长的文字。'.repeat(20000)}`);
    write('en/binary.md', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]));
    write('en/broken.md', '---\nid: broken\ntitle Broken\n---\nText');
    write('en/zz-duplicate.md', CANCEL_EN);
    write('en/unknown-placeholder.md', md('x', 'en', 'X', { S: 'Refunds within {{rules.refundDays}} days.' }));
    write('en/notes.txt', 'not markdown, ignored');
    const s = await ingest();
    expect(s.documents).toBe(3);
    const reasons = Object.fromEntries(s.skipped.map((k) => [k.file, k.reason]));
    expect(Object.keys(reasons).sort()).toEqual(
      [
        'knowledge/en/binary.md',
        'knowledge/en/broken.md',
        'knowledge/en/zz-duplicate.md',
        'knowledge/en/unknown-placeholder.md',
        'knowledge/zh/empty.md',
        'knowledge/zh/huge.md',
      ].sort(),
    );
    expect(reasons['knowledge/zh/empty.md']).toMatch(/^knowledge\/zh\/empty\.md: the file is empty/);
    expect(reasons['knowledge/zh/huge.md']).toMatch(/over the 200 KB limit/);
    expect(reasons['knowledge/en/binary.md']).toMatch(/NUL bytes/);
    expect(reasons['knowledge/en/broken.md']).toMatch(/front matter line 3/);
    expect(reasons['knowledge/en/zz-duplicate.md']).toMatch(/already used by knowledge\/en\/service-change-cancel\.md/);
    expect(reasons['knowledge/en/unknown-placeholder.md']).toMatch(/\{\{rules\.refundDays\}\}/);
  });

  it('keeps the previous version of a file that becomes unreadable', async () => {
    await ingest();
    write('zh/parenting-starting-solids.md', '');
    const s = await ingest();
    expect(s.skipped).toHaveLength(1);
    expect(await chunkCount()).toBe(9);
  });

  it('never leaves a document half-written when writing fails', async () => {
    await ingest();
    const before = await db.pool.query('SELECT id, content, content_hash FROM knowledge_chunks ORDER BY id');
    // An embedder that returns a wrong-sized vector for one text: the insert fails inside the transaction.
    const faulty: KnowledgeEmbedder = {
      id: embedder.id,
      getDimension: async () => 512,
      embedQuery: (t) => embedder.embedQuery(t),
      embedDocuments: async (texts) => Promise.all(texts.map(async (t) => (t.includes('BOOM') ? [1, 2, 3] : embedder.embedQuery(t)))),
    };
    write('zh/parenting-starting-solids.md', SOLIDS_ZH.replace('建议满6月龄', '新段落 BOOM 建议满6月龄').replace('蜂蜜', '蜂蜜！'));
    await expect(ingest(faulty)).rejects.toThrow(/3 dimensions/);
    const after = await db.pool.query('SELECT id, content, content_hash FROM knowledge_chunks ORDER BY id');
    expect(after.rows).toEqual(before.rows);
  });

  it('re-indexes everything when the embedder changes, never mixing vectors', async () => {
    await ingest();
    const small = new OfflineEmbedder({ dimension: 256 });
    const s = await ingest(small);
    expect(s).toMatchObject({ reindexed: true, embedded: 9, chunksAdded: 9, chunksUnchanged: 0 });
    const meta = await db.pool.query('SELECT embedder, dimension FROM knowledge_index_meta');
    expect(meta.rows[0]).toEqual({ embedder: 'offline-hash-v1-d256', dimension: 256 });
    const dims = await db.pool.query('SELECT DISTINCT vector_dims(embedding) AS d FROM knowledge_chunks');
    expect(dims.rows).toEqual([{ d: 256 }]);
    const idx = await db.pool.query("SELECT indexdef FROM pg_indexes WHERE indexname = 'knowledge_chunks_embedding_hnsw'");
    expect(idx.rows[0].indexdef).toMatch(/hnsw.*vector\(256\).*vector_cosine_ops/);
    const hits = await createKnowledgeBase({ pool: db.pool, embedder: small }).search('怎么取消预约', { lang: 'zh' });
    expect(hits[0]?.docId).toBe('service-change-cancel');
    expect((await ingest(small)).embedded).toBe(0);
  });
});

describe('search over a small index', () => {
  beforeEach(async () => {
    await ingest();
  });

  it('returns cited hits in the parent’s language', async () => {
    const kb = createKnowledgeBase({ pool: db.pool, embedder });
    const zh = await kb.search('最晚什么时候取消不算违约', { lang: 'zh' });
    expect(zh[0]).toMatchObject({
      docId: 'service-change-cancel',
      language: 'zh',
      source: 'knowledge/zh/service-change-cancel.md',
      title: '怎样取消预约？',
      headingPath: '怎样取消预约？ > 免费取消的截止时间是什么时候？',
    });
    expect(zh[0]!.content).not.toContain('>');
    const en = await kb.search('how late can I cancel', { lang: 'en' });
    expect(en.length).toBeGreaterThan(0);
    expect(en.every((h) => h.language === 'en' && h.source === 'knowledge/en/service-change-cancel.md')).toBe(true);
  });

  it('falls back to the other language when the parent’s has nothing relevant', async () => {
    const kb = createKnowledgeBase({ pool: db.pool, embedder });
    const hits = await kb.search('when can my baby start solid food?', { lang: 'en' });
    expect(hits[0]).toMatchObject({ docId: 'parenting-starting-solids', language: 'zh' });
  });

  it('works through the LangChain VectorStore interface', async () => {
    const store = new PgVectorKnowledgeStore(embedder, { pool: db.pool });
    const docs = await store.similaritySearchWithScore('cancel deadline', 2, { language: 'en' });
    expect(docs).toHaveLength(2);
    expect(docs[0]![0].metadata).toMatchObject({ docId: 'service-change-cancel', language: 'en' });
    expect(docs[0]![1]).toBeGreaterThan(docs[1]![1] - 1e-9);
  });
});
