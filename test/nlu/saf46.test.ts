import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { triageOf } from '../helpers/triageOf.ts';

/**
 * Round 46, saf46 (test/fixtures/eval-tuning/saf46.jsonl): the night asked after a health answer is a question, not a
 * search; a breath-holding pause of seconds is the spell; heat exhaustion asked of a sweating child is not heatstroke; a
 * dog's lick on a scraped knee is an exposure; a mosquito coil chewed is a poisoning. Worded apart from the probe file.
 */
const signsOf = (text: string) => readHealthSigns(toSimplified(text)).signs;
const now = new Date('2026-11-25T10:00:00+08:00');
const after = { now, timeZone: 'Asia/Shanghai', previousIntent: 'knowledge' as const };

describe('the night asked after a health answer', () => {
  it.each(['今晚还会再发烧吗', '夜里还会咳得更厉害吗', 'anything i should watch overnight?', 'will the cough come back tonight'])(
    '%s is a question',
    (text) => {
      expect(understand(text, after).intent).toBe('knowledge');
    },
  );
  it.each(['今天晚上还有位置吗', 'any slots tomorrow night?'])('%s with a care word is still a search', (text) => {
    expect(understand(text, after).intent).not.toBe('knowledge');
  });
  it('a groove left by a hair, told after an answer, is more of that story', () => {
    expect(understand('头发拿掉了 脚趾上有一道勒痕', after).intent).toBe('knowledge');
  });
});

describe('saf46 triage readings', () => {
  it('a breath-holding spell told as before, with a pause of seconds, is not red', () => {
    expect(triageOf(['宝宝一哭就憋住气 之前有一次脸都紫了 几秒钟没呼吸']).level).not.toBe('red');
  });
  it('breathing trouble now with breath-holding words stays red', () => {
    expect(triageOf(['孩子憋气 现在没喘气 嘴唇发紫']).level).toBe('red');
  });
  it('heat exhaustion asked of a sweating child at the beach is not red; hard to wake is', () => {
    expect(triageOf(['spent the whole morning on the beach, she is red-faced and sweaty and cranky, heat exhaustion?']).level).not.toBe('red');
    expect(triageOf(['heat exhaustion after the beach and now he is hard to wake']).level).toBe('red');
    expect(triageOf(['孩子中暑了 不出汗 很烫']).level).toBe('red');
  });
  it("a dog's lick on a scraped knee is an animal exposure; on the face it is not", () => {
    expect(signsOf("the neighbour's dog licked my daughter's grazed elbow").has('animal_bite')).toBe(true);
    expect(signsOf('the dog licked her cheek').has('animal_bite')).toBe(false);
  });
  it('a mosquito coil or repellent chewed or licked is a poisoning; mosquito bites are not', () => {
    expect(signsOf('he chewed a piece of the mosquito coil').has('poisoning')).toBe(true);
    expect(signsOf('she licked the mosquito repellent liquid').has('poisoning')).toBe(true);
    expect(signsOf('how do I keep mosquitoes off the baby').has('poisoning')).toBe(false);
  });
});
