import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { citedDocs, createTestApp, sayNow } from '../helpers/testApp.ts';

/**
 * Everyday behaviour and development questions the documents still do not cover are said to be not covered, with a
 * person offered — never answered from a neighbouring section (piano lessons are not early learning).
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 98_700;

beforeAll(async () => {
  app = await createTestApp();
}, 600_000);

describe('uncovered behaviour and development questions', () => {
  it.each([['两岁的孩子可以开始学钢琴吗', /没有可靠的答案|没有直接回答/, /工作人员/]])('%s', async (text, notCovered, person) => {
    const out = await sayNow(app, ++userSeq, text);
    expect(out.reply).toMatch(notCovered);
    expect(out.reply).toMatch(person);
    expect(citedDocs(out)).toEqual([]);
  });
  it('lying, uncovered until round 31, is answered from its own section now (behaviour guidance)', async () => {
    const out = await sayNow(app, ++userSeq, '孩子两岁半 老是撒谎 明明打翻了水说不是他 怎么办');
    expect(citedDocs(out)[0]).toBe('parenting-behaviour-guidance');
    expect(out.reply).toMatch(/说谎|撒谎/);
  });
  it('an imaginary friend, uncovered until round 44, is answered from its own section (behaviour guidance), not fear of the dark', async () => {
    const out = await sayNow(app, ++userSeq, 'is it ok for my 2 year old to have an imaginary friend?');
    expect(citedDocs(out)[0]).toBe('parenting-behaviour-guidance');
    expect(out.reply).toMatch(/imaginary friend/i);
  });
  it('a tic asked about is answered from the habits document, not eye first aid', async () => {
    const out = await sayNow(app, ++userSeq, 'my toddler keeps blinking his eyes really hard, is that a tic?');
    expect(citedDocs(out)[0]).toBe('parenting-behaviour-habits');
    expect(out.reply).toMatch(/tic/i);
  });
});
