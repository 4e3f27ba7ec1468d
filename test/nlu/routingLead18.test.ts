import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../src/knowledge/extractTerms.ts';
import { understand } from '../../src/nlu/understand.ts';

/** Round 18, the lead's routing and vocabulary fixes from probes18 (Wednesday 25 Nov 2026). */
const now = new Date('2026-11-25T10:00:00+08:00');
const ctx = { now, timeZone: 'Asia/Shanghai' };

describe('dropping a child somewhere is not dropping a booking', () => {
  it('a father asking whether he may drop his son off and the grandmother collect', () => {
    const u = understand(
      'usually my wife does the bookings on her phone. can I (dad) drop our son at the weekend care on Saturday and my mum pick him up?',
      ctx,
    );
    expect(u.intent).not.toBe('cancel');
  });
  it.each(['drop our son’s booking on sunday', "drop our son's booking on sunday", 'drop the saturday one', 'please drop my saturday booking'])(
    '%s is still a cancellation',
    (text) => {
      expect(understand(text, ctx).intent).toBe('cancel');
    },
  );
});

describe('whether a late cancel counts against the parent is a question about the rule', () => {
  it.each(['can I still cancel without getting a strike?', 'can we cancel without a penalty if she is sick?'])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
});

describe('a waitlist place the parent might lose is a question about the rule, not a request to join', () => {
  it.each(["if I'm on the waitlist and a spot opens at like 11pm while I'm asleep, do I lose it?", 'if we’re on the waiting list do we lose it'])(
    '%s',
    (text) => {
      expect(understand(text, ctx).intent).toBe('knowledge');
    },
  );
  it('joining is still joining', () => {
    expect(understand('put me on the waitlist for saturday', ctx).intent).toBe('join_waitlist');
  });
});

describe('parents’ words meet the section that answers them', () => {
  it.each([
    ['his bum is bright red and he screams when I wipe it', '~nappyrash'],
    ['宝宝屁股红红的 一擦就哭', '~nappyrash'],
    ['my 13 month old still wakes at 3am screaming for a bottle', '~nightfeed'],
    ['can I still cancel without getting a strike?', '~deadline'],
    ['how often should I actually bathe a 6 month old?', '~bath'],
    ['宝宝多久洗一次澡', '~bath'],
    ["my 2yo won't touch anything green. literally spits out broccoli", '~picky'],
  ])('%s → %s', (q, concept) => {
    expect(extractTerms(q)).toContain(concept);
  });
});
