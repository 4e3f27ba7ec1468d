import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { triageAdvice } from '../../src/safety/triageAdvice.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { triageOf } from '../helpers/triageOf.ts';

/**
 * Round 47, saf47 (test/fixtures/eval-tuning/saf47.jsonl): the second turn after a triage answer read from the same
 * story — a febrile seizure the doctor named, asked about for later; gagging on lumps; a tick's head left in the skin;
 * a tight throat after a hornet sting. Worded apart from the probe file.
 */
const signsOf = (text: string) => readHealthSigns(toSimplified(text)).signs;

describe('a febrile seizure the doctor named, asked about for later', () => {
  it.each([
    '急诊大夫说是高热惊厥 将来还会不会再抽',
    '醫生說是熱性痙攣 長大會不會變成癲癇',
    'the er doctors said febrile convulsion, is it going to happen again',
    'hospital said it was a febrile seizure, does this mean epilepsy later on?',
  ])('%s is not a fit now', (text) => {
    const t = triageOf(['孩子发烧抽筋了 现在停了', text]);
    expect(t.level).not.toBe('red');
    expect(signsOf(text).has('seizure_past')).toBe(true);
  });
  it('the answer opens with whether it comes back and whether it is epilepsy', () => {
    const reading = readHealthSigns(toSimplified('医生说是热性惊厥 以后还会再抽吗'));
    const t = triageOf(['医生说是热性惊厥 以后还会再抽吗']);
    expect(triageAdvice(t, reading.signs, false).firstSteps[0]).toBe('febrileSeizureOutlook');
  });
  it.each(['医生说是热性惊厥 现在又抽起来了', 'the doctor said febrile seizure but hes jerking again right now'])('%s — a fit now stays red', (text) => {
    expect(triageOf([text]).level).toBe('red');
  });
});

describe('gagging on lumps is not a choke', () => {
  it.each(['宝宝9个月 吃碎肉粒就作呕 呕完咳两下吐出来了 算不算噎到', 'my 8 month old keeps gagging on the soft pieces and coughs them up, is that choking?'])(
    '%s is not red',
    (text) => {
      expect(triageOf([text]).level).not.toBe('red');
      expect(signsOf(text).has('choking')).toBe(false);
    },
  );
  it.each(['吃肉的时候干呕 然后咳不出来 脸发紫', 'she was gagging and now she is choking, no sound, turning blue'])('%s stays red', (text) => {
    expect(triageOf([text]).level).toBe('red');
  });
});

describe("a tick's head left in the skin is not a head injury", () => {
  it.each(['蜱虫拽下来了 头好像还卡在肉里', 'pulled the tick off but its head broke off in her skin'])('%s', (text) => {
    expect(signsOf(text).has('head_knock')).toBe(false);
  });
  it('a knock to the head told with a tick bite is still a knock', () => {
    expect(signsOf('被蜱虫咬了 后来又摔倒撞到头').has('head_knock')).toBe(true);
  });
});

describe('a tight throat after a sting', () => {
  it.each(['被马蜂蛰了好几下 他说嗓子发紧', '被虎頭蜂叮了 現在說喉嚨卡卡的', 'stung by a hornet and now she says her throat feels funny'])(
    '%s is red',
    (text) => {
      expect(triageOf([text]).level).toBe('red');
    },
  );
  it('a scratchy throat with a cold is no red sign', () => {
    expect(triageOf(['感冒两天了 嗓子不舒服 流鼻涕']).level).not.toBe('red');
  });
});

describe('how often, counted after a health answer', () => {
  const after = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai', previousIntent: 'knowledge' as const };
  it.each(['血是止住了 可这个月都第五回了', 'stopped now but thats the third time this week'])('%s is a question', (text) => {
    expect(understand(text, after).intent).toBe('knowledge');
  });
  it('with a care word it is still a search', () => {
    expect(understand('这个礼拜约了三次托 还有位置吗', after).intent).not.toBe('knowledge');
  });
});
