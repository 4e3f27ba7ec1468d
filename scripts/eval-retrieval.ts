/**
 * Retrieval quality, reported per question set and per language:
 *  - tuning:    test/fixtures/retrieval-questions.jsonl (the scoring was tuned on it)
 *  - realistic: test/fixtures/retrieval-questions-realistic.jsonl (short parent
 *               messages; earlier sessions tuned on it too, so it is not held out)
 *  - hant:      test/fixtures/retrieval-questions-hant.jsonl, Traditional (Taiwan)
 *               questions written for tuning zh-Hant, alongside the held-out set
 *  - tuning2:   test/fixtures/retrieval-questions-tuning2.jsonl, 209 parent questions
 *               (zh, zh-Hant, en; colloquial, voice-typed, indirect, ~9% with no
 *               answer) written from the documents' topics, committed before the
 *               question-match tuning and tuned on
 *  - round3:    test/fixtures/retrieval-questions-round3.jsonl, 243 parent questions
 *               (zh, zh-Hant with Taiwan usage, en; colloquial, voice-typed, indirect,
 *               emotional, ~7% with no answer) covering every document, committed
 *               before the round-3 ranking changes and tuned on
 *  - round4:    test/fixtures/retrieval-questions-round4.jsonl, 317 parent questions
 *               (zh 139, zh-Hant 77 in Taiwan usage, en 101; 26 of them mixing
 *               Chinese and English, marked "mixed"; colloquial, voice-typed, typos,
 *               dialect words; 24 with no answer, most sharing a word with a
 *               document: ferry times, kindergarten enrolment, hospital parking,
 *               vaccine and nanny costs) covering every document, committed before
 *               the round-4 ranking changes and tuned on
 *  - round5:    test/fixtures/retrieval-questions-round5.jsonl, 293 parent questions
 *               (zh 120, zh-Hant 75 in Taiwan usage, en 98; 25 mixing Chinese and
 *               English; 25 near misses with no answer: kindergarten places,
 *               maternity leave, residence permits, brands, permits) covering
 *               every document, written from the documents' headings only (not
 *               their text or question lists), committed before the round-5
 *               ranking changes and tuned on
 *  - heldout:   test/fixtures/retrieval-questions-heldout.jsonl, written before the
 *               issue-15 changes and frozen: never tune on it.
 * Ingests the knowledge folder into a fresh in-memory PGlite with the offline
 * embedder, then reports hit@1, hit@3, MRR (over questions that have an
 * answer) and no-answer accuracy (questions with none must get []), for
 * hybrid search and a vector-only baseline. Languages are zh, zh-Hant and en;
 * a zh-Hant question is searched in the zh index exactly as a parent's
 * Traditional message would be (the knowledge base converts it). Ranks count
 * distinct documents. `section@1`: of the questions with a `section` field,
 * how many got a top hit whose own section heading contains it. Questions
 * marked `"mixed": true` (Chinese and English in one message) count in their
 * language and again in a `mixed` row.
 * Writes bench-results/retrieval-eval.json, naming the knowledge/ commit measured.
 * The documents change while content is edited; `--knowledge-commit=<rev>`
 * measures knowledge/ as committed at <rev> (extracted to a temporary folder)
 * instead of the working copy, so two code versions can be compared on the
 * same documents.
 *
 *   npm run eval:retrieval [-- <file.jsonl> | --sets=tuning,realistic] [--verbose] [--knowledge-commit=<rev>]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../src/config/config.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { OfflineEmbedder } from '../src/knowledge/OfflineEmbedder.ts';
import { ingestKnowledge } from '../src/knowledge/ingestKnowledge.ts';
import { createKnowledgeBase, sectionHeading, type KnowledgeHit } from '../src/knowledge/KnowledgeBase.ts';
import { runScript } from './runScript.ts';

type QuestionLanguage = 'zh' | 'zh-Hant' | 'en';

interface Question {
  q: string;
  lang: QuestionLanguage;
  expected: string[];
  /** Substring of the heading of the section that answers (checked on the top hit). */
  section?: string;
  /** Chinese and English in one message: also tallied in a `mixed` row. */
  mixed?: boolean;
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
const knowledgeCommit = process.argv.find((a) => a.startsWith('--knowledge-commit='))?.slice('--knowledge-commit='.length);
const only = process.argv.find((a) => a.endsWith('.jsonl'));
const SETS: Array<[string, string]> = [
  ['tuning', 'test/fixtures/retrieval-questions.jsonl'],
  ['realistic', 'test/fixtures/retrieval-questions-realistic.jsonl'],
  ['hant', 'test/fixtures/retrieval-questions-hant.jsonl'],
  ['tuning2', 'test/fixtures/retrieval-questions-tuning2.jsonl'],
  ['round3', 'test/fixtures/retrieval-questions-round3.jsonl'],
  ['round4', 'test/fixtures/retrieval-questions-round4.jsonl'],
  ['round5', 'test/fixtures/retrieval-questions-round5.jsonl'],
  ['heldout', 'test/fixtures/retrieval-questions-heldout.jsonl'],
];
// --sets=tuning,realistic: measure while tuning without ever looking at the held-out set.
const setNames = process.argv
  .find((a) => a.startsWith('--sets='))
  ?.slice('--sets='.length)
  .split(',');
const files = only
  ? [[only.replace(/^.*retrieval-questions-?/, '').replace(/\.jsonl$/, '') || 'tuning', only] as [string, string]]
  : SETS.filter(([name]) => !setNames || setNames.includes(name));

function load(file: string): Question[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        const q = JSON.parse(l) as Question;
        if (!['zh', 'zh-Hant', 'en'].includes(q.lang)) throw new Error('lang');
        return q;
      } catch {
        throw new Error(`${file}:${i + 1} is not a question line ({"q", "lang": "zh"|"zh-Hant"|"en", "expected": [...]})`);
      }
    });
}

/** Which index a question is searched in: Traditional Chinese goes to the Chinese one. */
const indexLanguage = (l: QuestionLanguage) => (l === 'en' ? 'en' : 'zh');

function score(questions: Question[], results: KnowledgeHit[][], label: string, set: string) {
  const tallies: Record<string, Tally> = {};
  questions.forEach((q, i) => {
    for (const group of q.mixed ? [q.lang, 'mixed'] : [q.lang]) tally(q, results[i]!, group);
  });
  function tally(q: Question, hits: KnowledgeHit[], group: string) {
    tallies[group] ??= { answerable: 0, hit1: 0, hit3: 0, rr: 0, noAnswer: 0, noAnswerRight: 0, emptyOnAnswerable: 0, sectioned: 0, sectionRight: 0 };
    const t = tallies[group]!;
    // Misses are printed once, under the question's own language.
    const say = verbose && group === q.lang;
    const docs = [...new Set(hits.map((h) => h.docId))];
    if (q.expected.length === 0) {
      t.noAnswer++;
      if (docs.length === 0) t.noAnswerRight++;
      else if (say) console.log(`  [${set} ${label}] false answer: ${q.q} -> ${docs.slice(0, 3).join(', ')}`);
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
      const top = hits[0];
      if (top && q.expected.includes(top.docId) && sectionHeading(top.headingPath).toLowerCase().includes(q.section.toLowerCase())) t.sectionRight++;
      else if (say && rank === 1) console.log(`  [${set} ${label}] wrong section: ${q.q} -> ${top?.headingPath ?? '[]'} (want …${q.section}…)`);
    }
    if (say && rank !== 1)
      console.log(`  [${set} ${label}] miss (rank ${rank || '-'}): ${q.q} -> ${docs.slice(0, 3).join(', ') || '[]'} (want ${q.expected.join('|')})`);
  }
  const order = ['zh', 'zh-Hant', 'en', 'mixed'];
  return Object.entries(tallies)
    .sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]))
    .map(([lang, t]) => ({
      set,
      search: label,
      lang,
      questions: t.answerable + t.noAnswer,
      'hit@1': +(t.hit1 / t.answerable).toFixed(3),
      'hit@3': +(t.hit3 / t.answerable).toFixed(3),
      MRR: +(t.rr / t.answerable).toFixed(3),
      'section@1': t.sectioned ? `${t.sectionRight}/${t.sectioned}` : '-',
      'no-answer acc': t.noAnswer ? +(t.noAnswerRight / t.noAnswer).toFixed(3) : null,
      'no-answer': `${t.noAnswerRight}/${t.noAnswer}`,
      'answerable but []': t.emptyOnAnswerable,
    }));
}

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

/** knowledge/ as committed at `rev`, in a temporary folder named knowledge (citations stay knowledge/...). */
function extractKnowledge(rev: string, dir: string): { dir: string; cleanup: () => void } {
  if (!/^[\w./~^-]+$/.test(rev)) throw new Error(`--knowledge-commit: "${rev}" is not a revision`);
  const root = mkdtempSync(join(tmpdir(), 'ailin-eval-kb-'));
  const archive = execFileSync('git', ['archive', '--format=tar', rev, dir], { maxBuffer: 64 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', root], { input: archive });
  return { dir: join(root, dir), cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Which knowledge/ was measured: its last commit, its tree, and whether the working copy differs. */
function knowledgeVersion(dir: string): Record<string, string | boolean> {
  try {
    if (knowledgeCommit) {
      return {
        lastCommit: git('log', '-1', '--format=%h %s', knowledgeCommit, '--', dir).slice(0, 120),
        tree: git('rev-parse', `${knowledgeCommit}:${dir}`).slice(0, 12),
        extractedFrom: knowledgeCommit,
        codeCommit: git('rev-parse', '--short', 'HEAD'),
      };
    }
    return {
      lastCommit: git('log', '-1', '--format=%h %s', '--', dir).slice(0, 120),
      tree: git('rev-parse', `HEAD:${dir}`).slice(0, 12),
      uncommittedChanges: git('status', '--porcelain', '--', dir) !== '',
      codeCommit: git('rev-parse', '--short', 'HEAD'),
    };
  } catch {
    return { lastCommit: 'unknown (not a git checkout)' };
  }
}

runScript(async () => {
  const db = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrate(db.pool);
    const embedder = new OfflineEmbedder();
    const config = defaultConfig();
    const knowledge = knowledgeVersion(config.knowledgeDir);
    console.log(`knowledge/: ${JSON.stringify(knowledge)}`);
    const snapshot = knowledgeCommit ? extractKnowledge(knowledgeCommit, config.knowledgeDir) : undefined;
    let summary: Awaited<ReturnType<typeof ingestKnowledge>>;
    try {
      summary = await ingestKnowledge({ pool: db.pool, embedder, dir: snapshot?.dir ?? config.knowledgeDir, rules: config.booking });
    } finally {
      snapshot?.cleanup();
    }
    for (const s of summary.skipped) console.log(`skipped ${s.file}: ${s.reason}`);
    const chunks = summary.chunksAdded + summary.chunksUpdated + summary.chunksUnchanged;
    console.log(
      `Ingested ${summary.documents} documents, ${chunks} chunks with ${embedder.id} in ${summary.ms} ms ` +
        `(${Math.round((chunks / summary.ms) * 1000)} chunks/s, including parsing, splitting and writing).`,
    );

    const kb = createKnowledgeBase({ pool: db.pool, embedder });
    const rows = [];
    const timings: Record<string, number> = {};
    for (const [set, file] of files) {
      const questions = load(file);
      if (verbose) console.log(`${file}:`);
      const hybrid: KnowledgeHit[][] = [];
      const vectorOnly: KnowledgeHit[][] = [];
      const t0 = performance.now();
      for (const q of questions) hybrid.push(await kb.search(q.q, { lang: indexLanguage(q.lang), k: 5 }));
      const hybridMs = performance.now() - t0;
      for (const q of questions) vectorOnly.push(await kb.searchVectorOnly(q.q, { lang: indexLanguage(q.lang), k: 5 }));
      const crossLanguage = hybrid.filter((hits, i) => hits.length && hits[0]!.language !== indexLanguage(questions[i]!.lang)).length;
      rows.push(...score(questions, hybrid, 'hybrid', set), ...score(questions, vectorOnly, 'vector-only', set));
      timings[set] = +(hybridMs / questions.length).toFixed(1);
      console.log(
        `${set}: ${questions.length} questions; hybrid search ${timings[set]} ms/question on PGlite; ` +
          `${crossLanguage} answered from the other language (fallback).`,
      );
    }
    console.table(rows.map(({ 'no-answer acc': _acc, ...r }) => r));
    mkdirSync('bench-results', { recursive: true });
    writeFileSync(
      'bench-results/retrieval-eval.json',
      `${JSON.stringify({ generatedAt: new Date().toISOString(), embedder: embedder.id, knowledge, documents: summary.documents, chunks, msPerQuestion: timings, rows }, null, 2)}\n`,
    );
    console.log('Wrote bench-results/retrieval-eval.json');
  } finally {
    await db.close();
  }
});
