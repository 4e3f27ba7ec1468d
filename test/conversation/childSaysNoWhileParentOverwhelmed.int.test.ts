import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { citedDocs, createTestApp, sayNow } from '../helpers/testApp.ts';

/**
 * A parent at the end of their tether about a child who says no to everything hears a kind word, then how to handle
 * the "no" phase (two choices) from the tantrums document — not a neighbouring section (discipline, a newborn's bath)
 * that the tantrum filter for a parent's own anger used to leave first.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 98_500;

beforeAll(async () => {
  app = await createTestApp();
}, 600_000);

describe('a child saying no to everything, told by an overwhelmed parent', () => {
  it.each([
    ['孩子最近什么都说不要 穿衣服不要 吃饭不要 刷牙也不要 好崩溃', /选择/],
    ['my 2.5yo says NO to everything - getting dressed, leaving the park, bath time. any tips before I lose it?', /choices?/],
  ])('%s', async (text, said) => {
    const out = await sayNow(app, ++userSeq, text);
    expect(citedDocs(out)[0]).toBe('parenting-tantrums');
    expect(out.reply).toMatch(said);
    expect(citedDocs(out)).not.toContain('parenting-newborn-care');
  });
  it("a parent's own anger still hears the wellbeing section, not the tantrum sections", async () => {
    const out = await sayNow(app, ++userSeq, '对小孩大吼大叫 我快疯了');
    expect(citedDocs(out)).toContain('parenting-parent-wellbeing');
    expect(citedDocs(out)).not.toContain('parenting-tantrums');
  });
});
