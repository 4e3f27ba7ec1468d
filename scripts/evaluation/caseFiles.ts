import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { evalCase, type EvalCase } from './caseSchema.ts';

export const CASES_DIR = 'test/fixtures/eval-conversations';
export const FROZEN_FILE = 'FROZEN.sha256';

export interface CaseFile {
  path: string;
  cases: EvalCase[];
  /** One line per invalid case: file:line: what is wrong. */
  problems: string[];
}

export function listCaseFiles(dir = CASES_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(dir, f));
}

/** Every case file under a folder, its subfolders included (the tuning sets keep outside writers' files in folders). */
export function listCaseFilesDeep(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? listCaseFilesDeep(join(dir, e.name)) : e.name.endsWith('.jsonl') ? [join(dir, e.name)] : []));
}

export function loadCaseFile(path: string): CaseFile {
  const cases: EvalCase[] = [];
  const problems: string[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      problems.push(`${path}:${i + 1}: not JSON (${(err as Error).message})`);
      return;
    }
    const r = evalCase.safeParse(json);
    if (!r.success) {
      const id = (json as { id?: string })?.id ?? '?';
      for (const issue of r.error.issues.slice(0, 3)) {
        problems.push(`${path}:${i + 1} (${id}): ${issue.path.join('.') || '(case)'}: ${issue.message}`);
      }
      return;
    }
    cases.push(r.data);
  });
  return { path, cases, problems };
}

/** Loads every file and adds cross-file problems (duplicate ids). */
export function loadCases(paths: string[]): { files: CaseFile[]; problems: string[] } {
  const files = paths.map(loadCaseFile);
  const problems = files.flatMap((f) => f.problems);
  const seen = new Map<string, string>();
  for (const f of files) {
    for (const c of f.cases) {
      const other = seen.get(c.id);
      if (other) problems.push(`${f.path}: id ${c.id} is also used in ${other}`);
      else seen.set(c.id, f.path);
    }
  }
  return { files, problems };
}

export function sha256OfFile(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** FROZEN.sha256 in `sha256sum` format: "<hex>  <file name>". */
export function readFrozen(dir = CASES_DIR): Map<string, string> {
  const p = join(dir, FROZEN_FILE);
  const out = new Map<string, string>();
  if (!existsSync(p)) return out;
  for (const line of readFileSync(p, 'utf8').split('\n')) {
    const m = /^([0-9a-f]{64})\s+\*?(\S+)\s*$/.exec(line.trim());
    if (m) out.set(m[2]!, m[1]!);
  }
  return out;
}

export interface FrozenCheck {
  file: string;
  status: 'ok' | 'changed' | 'missing' | 'not_frozen';
}

/** Every frozen file must still have its hash; files not listed yet are reported, not failed. */
export function checkFrozen(dir = CASES_DIR): FrozenCheck[] {
  const frozen = readFrozen(dir);
  const present = new Set(listCaseFiles(dir).map((p) => basename(p)));
  const out: FrozenCheck[] = [];
  for (const [file, hash] of frozen) {
    if (!present.has(file)) out.push({ file, status: 'missing' });
    else out.push({ file, status: sha256OfFile(join(dir, file)) === hash ? 'ok' : 'changed' });
  }
  for (const file of present) if (!frozen.has(file)) out.push({ file, status: 'not_frozen' });
  return out;
}
