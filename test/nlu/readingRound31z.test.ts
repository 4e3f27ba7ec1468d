import { describe, expect, it } from 'vitest';
import { asksWithoutParticle } from '../../src/nlu/askingWords.ts';
import { understand } from '../../src/nlu/understand.ts';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };

// Round 31 (par31z, test/fixtures/eval-tuning/par31z.jsonl and the round-30 leftover pz30-zh-011).
describe('an either-or question asked with no particle (round 31)', () => {
  it.each(['宝宝嘴巴里面一块块白的 擦不掉 是奶块还是鹅口疮', '宝宝老是揉眼睛 是困了还是眼睛有问题', '是湿疹还是过敏'])('"%s" asks', (text) => {
    expect(asksWithoutParticle(text)).toBe(true);
  });
  it.each(['这是第二次了 还是没好', '他还是不肯吃', '还是周六上午吧'])('"%s" (还是 = still, or a choice made) asks nothing', (text) => {
    expect(asksWithoutParticle(text)).toBe(false);
  });
  it('the thrush question is a parenting question, not out of scope', () => {
    expect(understand('宝宝嘴巴里面一块块白的 擦不掉 是奶块还是鹅口疮', ctx).intent).toBe('knowledge');
  });
});

describe('抽 in a message about smoking is the cigarette, not a fit (round 31)', () => {
  it.each(['爷爷烟瘾大 每次都跑到阳台上抽 说这样就没事了 抽完回来就抱孙子 这样对宝宝有影响吗', '老公在阳台抽烟 抽完就抱孩子 可以吗'])(
    '"%s" reads no seizure',
    (text) => {
      expect([...readHealthSigns(text).signs]).not.toContain('seizure');
    },
  );
  it.each(['孩子刚才抽完了 现在睡着了', '爷爷抽烟的时候 孩子突然一抽一抽的 翻白眼', '家里有人抽烟 孩子刚才抽搐了'])('"%s" is still a fit', (text) => {
    expect([...readHealthSigns(text).signs]).toContain('seizure');
  });
});
