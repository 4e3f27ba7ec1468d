import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/operators/readTable.ts';
import { rowReader } from '../../src/operators/rowReader.ts';
import type { RowProblem } from '../../src/operators/OperatorError.ts';

describe('operator files', () => {
  it('CSV: header names normalised, comment lines skipped, line numbers are the file lines, quoted commas kept', () => {
    const t = readTable('\uFEFF# a comment\nCode, Name ZH ,address_en\nSM-A,甲,"2F, Centre"\n\nSM-B,乙,"x ""y"""\n', { fileName: 'p.csv' });
    expect(t.columns).toEqual(['code', 'name_zh', 'address_en']);
    expect(t.rows).toEqual([
      { line: 3, values: { code: 'SM-A', name_zh: '甲', address_en: '2F, Centre' } },
      { line: 5, values: { code: 'SM-B', name_zh: '乙', address_en: 'x "y"' } },
    ]);
  });

  it('JSON: an array or {"points": [...]}, each object with the line it starts on; values become text', () => {
    const t = readTable(
      '{\n  "points": [\n    {"code": "A", "latitude": 24.5, "active": true},\n    {\n      "code": "B", "weekdays": ["sat", "sun"], "x": null\n    }\n  ]\n}',
      { listKeys: ['points'] },
    );
    expect(t.rows).toEqual([
      { line: 3, values: { code: 'A', latitude: '24.5', active: 'true' } },
      { line: 4, values: { code: 'B', weekdays: 'sat,sun', x: '' } },
    ]);
  });

  it('unreadable files say why', () => {
    expect(() => readTable('{"points": [', {})).toThrow(/FILE_UNREADABLE/);
    expect(() => readTable('a,b\n1,2,3\n', { format: 'csv' })).toThrow(/FILE_UNREADABLE.*line/);
  });

  it('weekdays in English, Chinese, ISO numbers and ranges', () => {
    const problems: RowProblem[] = [];
    const read = (v: string) => rowReader({ line: 2, values: { weekdays: v } }, problems).weekdays('weekdays');
    expect(read('sat,sun')).toEqual([6, 7]);
    expect(read('周六、周日')).toEqual([6, 7]);
    expect(read('1-5')).toEqual([1, 2, 3, 4, 5]);
    expect(read('Wednesday')).toEqual([3]);
    expect(read('someday')).toBeUndefined();
    expect(problems).toEqual([{ line: 2, field: 'weekdays', reason: 'bad_weekdays', value: 'someday' }]);
  });
});
