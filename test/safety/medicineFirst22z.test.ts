import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';

/** Round 22 (fix22z): fever medicine first and the doctor after, and a young baby's age in weeks after 出生. */
describe('fever medicine before going is asked', () => {
  it.each(['能不能先喂点退烧药 等退了再去医院', '那可以先给他吃退烧药再去吗', 'can I give her some calpol first before we go'])('%s', (t) => {
    expect(readHealthSigns(t).medicineFirst).toBe(true);
  });
  it.each(['退烧药多久吃一次', '吃了退烧药还是不退'])('not: %s', (t) => {
    expect(readHealthSigns(t).medicineFirst).toBe(false);
  });
});

it('"宝宝出生七周 刚量38.3度": a baby under 3 months with a fever', () => {
  const r = readHealthSigns('宝宝出生七周 刚量38.3度');
  expect(r.ageMonths).toBe(1);
  expect(r.signs.has('fever')).toBe(true);
});
