import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-12-01T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

/** Round 48 (par48z): the understanding changes, each worded apart from the probe file. */
describe('answering back to advice is no session that went well', () => {
  it.each(['可是她坐在里面玩得很开心啊 抱出来就闹', '但是他在那个椅子里玩得超开心', 'but she has such a great time in it, she cries when I take her out'])(
    '%s',
    (text) => {
      expect(understand(text, ctx).intent).not.toBe('thanks');
    },
  );
  it.each(['上周六在湖里玩得很开心 谢谢老师', 'thanks, she had a great time last saturday'])('a session told of is still thanked for: %s', (text) => {
    expect(understand(text, ctx).intent).toBe('thanks');
  });
});
