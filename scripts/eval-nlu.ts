/**
 * Intent and slot accuracy of the offline language understanding on the
 * labelled set (test/fixtures/nlu-messages.jsonl), per language, with the
 * failures listed. Always exits 0: it reports, the test suite enforces.
 *   npm run eval:nlu
 */
import { fileURLToPath } from 'node:url';
import { evaluateNlu, loadLabelled } from '../src/nlu/evaluateNlu.ts';

const path = fileURLToPath(new URL('../test/fixtures/nlu-messages.jsonl', import.meta.url));
const rows = loadLabelled(path);
const started = performance.now();
const report = evaluateNlu(rows);
const ms = performance.now() - started;

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
console.log(`NLU eval: ${rows.length} labelled messages, now = 2026-11-25T10:00+08:00 (Wed), Asia/Shanghai, ${ms.toFixed(0)} ms\n`);
console.log('lang  messages  intent    slots     (correct/labelled)  spurious  language-detect');
for (const lang of ['zh', 'en'] as const) {
  const f = report.byLang[lang];
  console.log(
    `${lang.padEnd(5)} ${String(f.messages).padEnd(9)} ${pct(f.intentCorrect, f.messages).padEnd(9)} ${pct(f.slotCorrect, f.slotLabelled).padEnd(9)} ${`${f.slotCorrect}/${f.slotLabelled}`.padEnd(19)} ${String(f.spurious).padEnd(9)} ${pct(f.langCorrect, f.messages)}`,
  );
}
console.log(`\nFailures (${report.failures.length}):`);
for (const f of report.failures) console.log(`  ${JSON.stringify(f.text)}: ${f.problems.join('; ')}`);
