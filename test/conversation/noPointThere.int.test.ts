import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { chatAs, createTestApp } from '../helpers/testApp.ts';

/**
 * A search near a place with no point of its own (鼓浪屿, a landmark mapped to 鹭江街道) says so first, in the parent's
 * words, so the nearest points are not read as points there; a subdistrict with a point says nothing of the kind.
 * "Now" is Wednesday 2026-11-25 10:00 in Xiamen.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 9800;

beforeAll(async () => {
  app = await createTestApp();
});

describe('no point at the place asked about', () => {
  it.each([
    ['鼓浪屿 有没有 point? 周六 morning 想送娃', /鼓浪屿没有爱邻护幼服务点/],
    ['鼓浪嶼這週六上午有地方可以托嗎', /鼓浪嶼沒有/],
    ['anything on Gulangyu this Saturday morning?', /There is no care point in Gulangyu/i],
  ])('%s: said first, then the nearest points', async (text, said) => {
    const out = await chatAs(app, ++userSeq)(text);
    expect(out.reply).toMatch(said);
    expect(out.reply.search(said)).toBeLessThan(5);
  });

  it('a subdistrict with a point of its own says nothing of the kind', async () => {
    const out = await chatAs(app, ++userSeq)('金山街道这周六上午有位吗');
    expect(out.reply).not.toMatch(/没有爱邻护幼服务点/);
  });
});
