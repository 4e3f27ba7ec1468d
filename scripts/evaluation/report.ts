import { CATEGORIES, LANGS } from './caseSchema.ts';
import type { CaseResult } from './runCase.ts';

/** Pass counts per category, per language and overall, as tables parents' reviewers can read. */
export interface Tally {
  key: string;
  cases: number;
  pass: number;
}

function tally(results: CaseResult[], keyOf: (r: CaseResult) => string, order: readonly string[]): Tally[] {
  const m = new Map<string, Tally>();
  for (const r of results) {
    const k = keyOf(r);
    const t = m.get(k) ?? { key: k, cases: 0, pass: 0 };
    t.cases++;
    if (r.pass) t.pass++;
    m.set(k, t);
  }
  return [...m.values()].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
}

export interface Summary {
  label: string;
  overall: Tally;
  byCategory: Tally[];
  byLang: Tally[];
  byFile: Tally[];
}

export function summarise(results: CaseResult[], label: string): Summary {
  return {
    label,
    overall: { key: 'overall', cases: results.length, pass: results.filter((r) => r.pass).length },
    byCategory: tally(results, (r) => r.category, CATEGORIES),
    byLang: tally(results, (r) => r.lang, LANGS),
    byFile: tally(results, (r) => r.file, []),
  };
}

const pct = (t: Tally) => (t.cases ? `${((100 * t.pass) / t.cases).toFixed(0)}%` : '-');

/** Markdown tables (they read fine in a terminal too). */
export function formatSummary(s: Summary): string {
  const table = (title: string, rows: Tally[]) =>
    [`| ${title} | cases | PASS | % |`, '|---|---:|---:|---:|', ...rows.map((t) => `| ${t.key} | ${t.cases} | ${t.pass} | ${pct(t)} |`)].join('\n');
  return [
    `Conversation evaluation${s.label ? ` — ${s.label}` : ''}: ${s.overall.pass}/${s.overall.cases} served well (${pct(s.overall)})`,
    '',
    table('category', s.byCategory),
    '',
    table('language', s.byLang),
    '',
    table('file', s.byFile),
  ].join('\n');
}

export function formatFailures(results: CaseResult[]): string {
  const failing = results.filter((r) => !r.pass);
  if (!failing.length) return 'No failing cases.';
  return failing
    .map((r) => {
      const f = r.failure!;
      const where = f.turn === 0 ? 'setup/end' : `turn ${f.turn}`;
      return `- ${r.id} (${where}): ${f.checks.join('; ')}${f.excerpt ? `\n    reply: ${f.excerpt}` : ''}`;
    })
    .join('\n');
}
