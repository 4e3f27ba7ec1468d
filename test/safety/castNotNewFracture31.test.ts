import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

const signsOf = (text: string) => [...readHealthSigns(toSimplified(text)).signs];

// Round 31 (pol31): a broken bone already set in a cast is a question about care with the cast, not first aid for a new
// fracture; a fracture feared now still is one.
describe('a fracture already in a cast', () => {
  it.each([
    '孩子胳膊骨折打了石膏 还能去托吗',
    '小孩手骨折上了石膏 週六可以送嗎',
    'My daughter has a broken arm in a cast. Can she still come on Saturday?',
    'he broke his wrist last month and is wearing a cast, can he come?',
  ])('%s is not read as a new fracture', (text) => {
    expect(signsOf(text)).not.toContain('fracture');
  });

  it.each(['孩子摔了 胳膊好像骨折了', 'he fell off the sofa and I think it is a broken arm'])('%s is still a fracture', (text) => {
    expect(signsOf(text)).toContain('fracture');
  });
});
