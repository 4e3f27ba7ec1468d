import { describe, expect, it } from 'vitest';
import { PARENT_DISTRESS } from '../../src/nlu/lexicon/parentDistress.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-12-07T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

/** Round 51 (par51z): the understanding changes, each worded apart from the probe file. */
describe('a child angry at the parent is a parenting question, not a grievance', () => {
  it.each(['接她回家的路上 她一直对我很生气 不肯牵手', '孩子最近老是冲我生气 还扭头不理我', '女兒下課後反而跟我很生氣 正常嗎'])('%s', (text) => {
    expect(understand(text, ctx).intent).not.toBe('complaint');
  });
  it.each(['老师对孩子那么凶 我很生气', '你们的工作人员态度太差了 我非常生气'])('the parent angry at the point still complains: %s', (text) => {
    expect(understand(text, ctx).intent).toBe('complaint');
  });
});

describe('a partner who will not take the parent side is a family question, not distress', () => {
  it.each(['我老公不帮我说话 婆婆那边怎么讲', '先生都不帮我讲话 每次都是我去说', '家里人不帮我说句话'])('%s', (text) => {
    expect(PARENT_DISTRESS.test(text)).toBe(false);
  });
  it.each(['老公都不帮忙 我一个人带', '老公从来不帮我 我真的撑不住了', '家里没人帮我'])('no help at home still is distress: %s', (text) => {
    expect(PARENT_DISTRESS.test(text)).toBe(true);
  });
});
