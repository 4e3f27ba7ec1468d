import { describe, expect, it } from 'vitest';
import { checkFrozen, listCaseFiles, listCaseFilesDeep, loadCases, readFrozen } from '../../scripts/evaluation/caseFiles.ts';
import { evalCase } from '../../scripts/evaluation/caseSchema.ts';

const TUNING_DIR = 'test/fixtures/eval-tuning';

// The evaluation set is frozen: a case file listed in FROZEN.sha256 may not
// change (write a new file with its own hash instead), and every case parses.

describe('frozen conversation evaluation set', () => {
  it('every frozen file still matches its hash', () => {
    const changed = checkFrozen().filter((f) => f.status === 'changed' || f.status === 'missing');
    expect(changed, 'a frozen case file was edited or removed; add a new file instead').toEqual([]);
  });

  it('holds at least one frozen file', () => {
    expect(readFrozen().size).toBeGreaterThan(0);
  });

  it('every case in every file parses, with unique ids', () => {
    const { files, problems } = loadCases(listCaseFiles());
    expect(problems).toEqual([]);
    expect(files.flatMap((f) => f.cases).length).toBeGreaterThan(0);
  });

  // The tuning sets (written before each round of tuning, then tuned on) are not frozen, but they run
  // through the same runner, so they must parse and keep ids apart from the frozen set's — the files in the tuning
  // folders too (outside writers' sets and their unseen twins), since a round's files are run together.
  it('every tuning case parses, with ids unique across tuning and frozen files', () => {
    const { files, problems } = loadCases([...listCaseFiles(), ...listCaseFilesDeep(TUNING_DIR)]);
    expect(problems).toEqual([]);
    expect(files.filter((f) => f.path.startsWith(TUNING_DIR)).flatMap((f) => f.cases).length).toBeGreaterThan(0);
  });

  it('the schema rejects misspelt expectation keys and bad regexes', () => {
    const base = { id: 'bk-zh-999', category: 'booking', lang: 'zh', rubric: 'a rubric line here' };
    expect(evalCase.safeParse({ ...base, turns: [{ text: 'hi', expect: { booked: false } }] }).success).toBe(true);
    expect(evalCase.safeParse({ ...base, turns: [{ text: 'hi', expect: { boked: false } }] }).success).toBe(false);
    expect(evalCase.safeParse({ ...base, turns: [{ text: 'hi', expect: { replyIncludes: ['(unclosed'] } }] }).success).toBe(false);
    expect(evalCase.safeParse({ ...base, category: 'other', turns: [{ text: 'hi' }] }).success).toBe(false);
  });
});
