/**
 * Retrieval quality on two question sets, reported separately:
 * test/fixtures/retrieval-questions.jsonl (the set the scoring was tuned on)
 * and test/fixtures/retrieval-questions-realistic.jsonl (short colloquial
 * parent messages, held out from tuning as far as possible). Ingests the
 * knowledge folder into a fresh in-memory PGlite with the offline embedder,
 * then reports hit@1, hit@3, MRR (over questions that have an answer) and
 * no-answer accuracy (questions with none must get []), per language, for
 * hybrid search and for a vector-only baseline. Ranks count distinct
 * documents. `section@1` is the share of questions with a `section` field
 * whose top hit's heading contains it (the answering section, not a
 * neighbour). Pass one .jsonl path to evaluate only that file.
 * `--verbose` lists every miss.
 */
import { readFileSync } from 'node:fs';
import { defaultConfig } from '../src/config/config.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { OfflineEmbedder } from '../src/knowledge/OfflineEmbedder.ts';
import { ingestKnowledge } from '../src/knowledge/ingestKnowledge.ts';
import { createKnowledgeBase, type KnowledgeHit } from '../src/knowledge/KnowledgeBase.ts';
import { runScript } from './runScript.ts';

interface Question {
  q: string;
  lang: 'zh' | 'en';
  expected: string[];
  /** Substring of the heading path of the section that answers (checked on the top hit). */
  section?: string;
}

interface Tally {
  answerable: number;
  hit1: number;
  hit3: number;
  rr: number;
  noAnswer: number;
  noAnswerRight: number;
  emptyOnAnswerable: number;
  sectioned: number;
  sectionRight: number;
}

const verbose = process.argv.includes('--verbose');
const only = process.argv.find((a) => a.endsWith('.jsonl'));
const files = only ? [only] : ['test/fixtures/retrieval-questions.jsonl', 'test/fixtures/retrieval-questions-realistic.jsonl'];

function load(file: string): Question[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as Question;
      } catch {
        throw new Error(`${file}:${i + 1} is not valid JSON`);
      }
    });
}

function score(questions: Question[], results: KnowledgeHit[][], label: string, set: string) {
  const tallies: Record<string, Tally> = {};
  questions.forEach((q, i) => {
    const t = (tallies[q.lang] ??= { answerable: 0, hit1: 0, hit3: 0, rr: 0, noAnswer: 0, noAnswerRight: 0, emptyOnAnswerable: 0, sectioned: 0, sectionRight: 0 });
    const docs = [...new Set(results[i]!.map((h) => h.docId))];
    if (q.expected.length === 0) {
      t.noAnswer++;
      if (docs.length === 0) t.noAnswerRight++;
      else if (verbose) console.log(`  [${label}] false answer: ${q.q} -> ${docs.slice(0, 3).join(', ')}`);
      return;
    }
    t.answerable++;
    if (docs.length === 0) t.emptyOnAnswerable++;
    const rank = docs.findIndex((d) => q.expected.includes(d)) + 1;
    if (rank === 1) t.hit1++;
    if (rank >= 1 && rank <= 3) t.hit3++;
    if (rank >= 1) t.rr += 1 / rank;
    if (q.section) {
      t.sectioned++;
      const top = results[i]![0];
      if (top && top.headingPath.toLowerCase().includes(q.section.toLowerCase())) t.sectionRight++;
      else if (verbose) console.log(`  [${label}] wrong section: ${q.q} -> ${top?.headingPath ?? '[]'} (want …${q.section}…)`);
    }
    if (verbose && (rank === 0 || rank > 3)) console.log(`  [${label}] miss (rank ${rank || '-'}): ${q.q} -> ${docs.slice(0, 3).join(', ') || '[]'} (want ${q.expected.join('|')})`);
  });
  const rows = Object.entries(tallies).map(([lang, t]) => ({
    set,
    search: label,
    lang,
    questions: t.answerable + t.noAnswer,
    'hit@1': +(t.hit1 / t.answerable).toFixed(3),
    'hit@3': +(t.hit3 / t.answerable).toFixed(3),
    MRR: +(t.rr / t.answerable).toFixed(3),
    'section@1': t.sectioned ? `${t.sectionRight}/${t.sectioned}` : '-',
    'no-answer acc': `${t.noAnswerRight}/${t.noAnswer}`,
    'answerable but []': t.emptyOnAnswerable,
  }));
  return rows;
}

runScript(async () => {
  const db = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrate(db.pool);
    const embedder = new OfflineEmbedder();
    const config = defaultConfig();
    const summary = await ingestKnowledge({ pool: db.pool, embedder, dir: config.knowledgeDir, rules: config.booking });
    for (const s of summary.skipped) console.log(`skipped ${s.file}: ${s.reason}`);
    const chunks = summary.chunksAdded + summary.chunksUpdated + summary.chunksUnchanged;
    console.log(
      `Ingested ${summary.documents} documents, ${chunks} chunks with ${embedder.id} in ${summary.ms} ms ` +
        `(${Math.round((chunks / summary.ms) * 1000)} chunks/s, including parsing, splitting and writing).`,
    );

    const kb = createKnowledgeBase({ pool: db.pool, embedder });
    const rows = [];
    for (const file of files) {
      const questions = load(file);
      const set = file.replace(/^.*retrieval-questions-?/, '').replace(/\.jsonl$/, '') || 'tuning';
      if (verbose) console.log(`${file}:`);
      const hybrid: KnowledgeHit[][] = [];
      const vectorOnly: KnowledgeHit[][] = [];
      const t0 = performance.now();
      for (const q of questions) hybrid.push(await kb.search(q.q, { lang: q.lang, k: 5 }));
      const hybridMs = performance.now() - t0;
      for (const q of questions) vectorOnly.push(await kb.searchVectorOnly(q.q, { lang: q.lang, k: 5 }));
      const crossLanguage = hybrid.filter((hits, i) => hits.length && hits[0]!.language !== questions[i]!.lang).length;
      rows.push(...score(questions, hybrid, 'hybrid', set), ...score(questions, vectorOnly, 'vector-only', set));
      console.log(
        `${set}: ${questions.length} questions; hybrid search ${(hybridMs / questions.length).toFixed(1)} ms/question on PGlite; ` +
          `${crossLanguage} answered from the other language (fallback).`,
      );
    }
    console.table(rows);
  } finally {
    await db.close();
  }
});
