import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

const read = (text: string) => readHealthSigns(toSimplified(text));

// Round 34 (par34t): a knock the parent guards against with gear ("怕寶寶撞到頭") supposes one, as 如果 does: a question about
// cot bumpers is not a head injury to triage. A knock that happened stays told, even with 怕 in the message.
describe('a knock feared, not told', () => {
  it.each(['嬰兒床要不要裝床圍 怕寶寶撞到頭 長輩送了一組很可愛的', '床边要不要装护栏 担心孩子掉下来', '桌角要贴防撞条吗 以免他磕到'])('%s supposes', (text) =>
    expect(read(text).hypothetical).toBe(true),
  );

  it.each(['宝宝刚才撞到头了 我好怕', '孩子昨天从床上摔了 现在很怕摔', '十个月 撞到头 起了个包 怕他有事'])('%s tells what happened', (text) => {
    expect(read(text).hypothetical).toBe(false);
  });
});
