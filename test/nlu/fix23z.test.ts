import { describe, expect, it } from 'vitest';
import { parseLanguageRequest } from '../../src/nlu/parseLanguageRequest.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

/**
 * Round 23 (Chinese outside set): which languages or dialects the carers speak, who runs the points and whether the
 * carers are trained are questions about the service — not a slot search because a district or 点 is named, and not a
 * request for the bot to change language.
 */
describe('questions about the carers and who runs the points are questions', () => {
  it.each([
    '五缘湾那个点的阿姨会讲上海话吗 我孙女听不懂普通话',
    '思明的老师会说四川话吗',
    '服务点有没有会讲韩语的老师 我们是韩国人',
    '集美有没有会说 English 的阿姨? her Chinese is limited',
    '这些点是谁在办的 带孩子的老师有没有资格证',
    'who runs 这个 program? 里面的 staff 有 training 吗',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });

  it('a carer who speaks English, asked for, is not a request to switch language', () => {
    expect(parseLanguageRequest('湖里有没有会说 English 的老师?')).toBeUndefined();
    expect(parseLanguageRequest('说英文')).toBe('en');
  });

  it('a search that names a district and a day stays a search', () => {
    expect(understand('周六湖里有没有阿姨带', ctx).intent).toBe('find_slots');
  });
});
