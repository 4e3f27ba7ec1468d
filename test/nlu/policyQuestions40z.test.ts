import { describe, expect, it } from 'vitest';
import { parsePlace } from '../../src/nlu/parsePlace.ts';
import { prepareText } from '../../src/nlu/prepareText.ts';

const nearby = (text: string) => parsePlace(prepareText(text)).wantsNearby === true;

// A parent who asks to wait near the point while the child is in care is not asking for places near them (round 40, pol40z).
describe('waiting nearby is not a search near the parent', () => {
  it.each(['第一次送托 我不放心 我能不能就在附近等着', '送进去以后我在附近逛逛行吗', '第一次送托 可以在附近等她嗎', 'can I wait nearby during the session?'])(
    '%s',
    (text) => {
      expect(nearby(text)).toBe(false);
    },
  );
});

describe('places near the parent are still asked for', () => {
  it.each(['附近有没有托育点', '周六附近还有位置吗', '帮我找附近的点 我在附近等', 'any childcare near me on Saturday?'])('%s', (text) => {
    expect(nearby(text)).toBe(true);
  });
});
