import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { CASES_DIR, checkFrozen, listCaseFiles, loadCases } from './evaluation/caseFiles.ts';
import { createEvalApp } from './evaluation/evalApp.ts';
import { formatFailures, formatSummary, summarise } from './evaluation/report.ts';
import { runCase, type CaseResult } from './evaluation/runCase.ts';

/**
 * npm run eval:conversations [-- --file <jsonl>] [--only <id-prefix>] [--json <out>] [--label <name>] [--check]
 *
 * Runs the team's frozen conversation set through the one conversation core
 * (offline brain, in-memory database, demo network seeded per case) and
 * prints how many cases were served well, per category and per language.
 * --check only validates the case files and their FROZEN.sha256 hashes.
 */
const { values } = parseArgs({
  options: {
    file: { type: 'string', multiple: true },
    only: { type: 'string' },
    json: { type: 'string', default: 'bench-results/eval-conversations.json' },
    label: { type: 'string', default: '' },
    check: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});

const USER_ID_BASE = 7_000_000;

async function main(): Promise<number> {
  const paths = values.file?.length ? values.file : listCaseFiles(CASES_DIR);
  const { files, problems } = loadCases(paths);
  const frozen = checkFrozen(CASES_DIR);
  const bad = frozen.filter((f) => f.status === 'changed' || f.status === 'missing');
  for (const f of frozen) if (f.status !== 'ok') console.log(`${f.file}: ${f.status.replace('_', ' ')}`);
  if (problems.length || bad.length) {
    for (const p of problems) console.error(p);
    for (const f of bad) console.error(`${f.file}: ${f.status === 'changed' ? 'differs from its FROZEN.sha256 hash' : 'listed in FROZEN.sha256 but missing'}`);
    return 1;
  }
  const all = files.flatMap((f) => f.cases.map((c) => ({ c, file: basename(f.path) })));
  if (values.check) {
    console.log(
      `${all.length} cases in ${files.length} files valid; frozen: ${
        frozen
          .filter((f) => f.status === 'ok')
          .map((f) => f.file)
          .join(', ') || 'none'
      }`,
    );
    return 0;
  }
  const selected = values.only ? all.filter(({ c }) => c.id.startsWith(values.only!)) : all;
  if (!selected.length) {
    console.error(`no case id starts with ${values.only}`);
    return 1;
  }
  const t0 = Date.now();
  const env = await createEvalApp();
  const results: CaseResult[] = [];
  try {
    console.error(`app ready in ${((Date.now() - t0) / 1000).toFixed(1)} s; running ${selected.length} cases`);
    for (const [i, { c, file }] of selected.entries()) {
      // Unique per case over the whole set (not just the selection), so a case always runs as the same parent.
      const userId = USER_ID_BASE + all.findIndex((x) => x.c.id === c.id);
      const r = await runCase(env, c, file, userId);
      results.push(r);
      if (values.verbose) {
        console.error(`${r.pass ? 'PASS' : 'FAIL'} ${c.id} (${r.ms} ms)`);
        for (const t of r.turns)
          console.error(
            `  > ${t.input}\n  < ${t.reply.replace(/\n/g, ' ⏎ ')}${t.buttons.length ? `\n    [${t.buttons.join(' | ')}]` : ''}${t.tools.length ? `\n    tools: ${t.tools.map((x) => `${x.name}${JSON.stringify(x.args)}`).join(' ; ')}` : ''}${t.citations.length ? `\n    cites: ${t.citations.join(', ')}` : ''}${t.failures.length ? `\n    ✗ ${t.failures.join('; ')}` : ''}`,
          );
      } else if ((i + 1) % 25 === 0) {
        console.error(`${i + 1}/${selected.length}…`);
      }
    }
  } finally {
    await env.close();
  }
  const summary = summarise(results, values.label);
  const seconds = (Date.now() - t0) / 1000;
  console.log(formatSummary(summary));
  console.log(`\nFailing cases:\n${formatFailures(results)}`);
  console.log(`\n${results.length} cases in ${seconds.toFixed(0)} s`);
  if (values.json) {
    mkdirSync(dirname(values.json), { recursive: true });
    writeFileSync(values.json, JSON.stringify({ label: values.label, ranAt: new Date().toISOString(), seconds, summary, results }, null, 2));
    console.log(`details: ${values.json}`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
