import { describe, expect, it } from 'vitest';
import { readCodeSwitched } from '../../src/knowledge/readCodeSwitched.ts';
import { detectRedFlags } from '../../src/safety/detectRedFlags.ts';
import { quoteSection } from '../helpers/knowledgeSection.ts';

describe('the measure asked is the one quoted', () => {
  it('"switch to cow\'s milk? how much a day?" quotes the amount, not only "from 12 months"', () => {
    const q = quoteSection(
      'en',
      'parenting-toddler-nutrition',
      "Can my one-year-old drink cow's milk? Should we stop formula?",
      "Is it okay to switch my 1 year old from formula to cow's milk now? how much a day?",
    );
    expect(q).toMatch(/\d{3}\s*ml a day/);
  });
});

describe('English frame words inside Chinese', () => {
  it('"my baby … can we give" reads as the Chinese documents say it', () => {
    const read = readCodeSwitched('my baby 11个月 can we give 全脂牛奶 当主要的奶吗');
    expect(read).toContain('可以');
    expect(read).toContain('喂');
    expect(read).not.toMatch(/can we|give/);
  });
  it('a longer phrase listed earlier still wins ("baby food" is 辅食)', () => {
    expect(readCodeSwitched('几个月开始吃baby food')).toContain('辅食');
  });
});

describe('going back to sleep is no sign by itself', () => {
  it('"only goes back to sleep with a bottle" is sleep, not an unresponsive child', () => {
    expect(detectRedFlags('my 10 month old wakes 3 times a night and only goes back to sleep with a bottle').emergency).toBe(false);
    expect(detectRedFlags('she goes back to sleep after a feed every time').emergency).toBe(false);
  });
  it('after a knock or vomiting it still is', () => {
    expect(detectRedFlags('he hit his head and fell back to sleep').emergency).toBe(true);
    expect(detectRedFlags('she vomited twice and went straight back to sleep').emergency).toBe(true);
  });
});

describe('everyday words one letter from a booking word', () => {
  it('"spits up after every feed" is not a search for spots', async () => {
    const { understand } = await import('../../src/nlu/understand.ts');
    const u = understand('my 3 week old spits up after every feed, is that ok?', {
      now: new Date('2026-11-25T10:00:00+08:00'),
      timeZone: 'Asia/Shanghai',
    } as never);
    expect(u.intent).not.toBe('find_slots');
  });
});
