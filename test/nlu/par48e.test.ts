import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';
import { detectRedFlags } from '../../src/safety/detectRedFlags.ts';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

const signsOf = (text: string) => [...readHealthSigns(toSimplified(text)).signs];
const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };

/** Round 48, par48e: parenting messages that were read as a red sign or a search for care. */
describe('par48e: a parenting story is not an emergency or a search', () => {
  it.each([
    'my 13 month old points at everything and just grunts at it lol. is that normal or should he be saying words by now',
    'he points and grunts when he wants his cup, no words yet at 14 months',
    'she grunts for the milk instead of saying it',
  ])('a toddler grunting to ask for something is communication, not the breathing sign: %s', (text) => {
    expect(detectRedFlags(text).emergency).toBe(false);
  });

  it.each(['my 2 month old is grunting with every breath', "she's grunting and breathing fast, 5 weeks old"])('grunting breathing stays red: %s', (text) => {
    expect(detectRedFlags(text).emergency).toBe(true);
  });

  it('a night terror told with "after bed" and "goes back to sleep" is a sleep question, not unresponsiveness', () => {
    const text =
      '2.5yo wakes screaming about an hour after bed, eyes wide open but doesnt seem to know me, then goes back to sleep like nothing happened. wtf is this';
    expect(detectRedFlags(text).emergency).toBe(false);
  });

  it('a child who is floppy and cannot be woken after bed stays red', () => {
    expect(detectRedFlags("an hour after bed he went floppy and we can't wake him").emergency).toBe(true);
  });

  it.each(['she is a total nightmare by 5pm though', "he's so cranky by late afternoon"])('how the child is by a time of day is no search: %s', (text) => {
    expect(understand(text, ctx).intent).not.toBe('find_slots');
  });

  it('a time asked for care is still a search', () => {
    expect(['find_slots', 'book']).toContain(understand('any free care on saturday afternoon by 5pm?', ctx).intent);
  });

  it.each(['外婆每次被咬都笑 说好玩', '女儿咬人 我每次被咬都很痛 怎么纠正'])('a grown-up the toddler bites needs no bite first aid: %s', (text) => {
    expect(signsOf(text)).not.toContain('bite');
  });

  it.each(['孩子被小朋友咬了一口 有牙印', '宝宝在托育点被咬了'])('a bitten child is still read: %s', (text) => {
    expect(signsOf(text)).toContain('bite');
  });

  it.each(['外婆每次被咬都笑 说好玩', 'the other mum clearly thinks hes rude tho, its embarrassing'])(
    'a grown-up bitten at home, or another parent calling the child rude, is no complaint: %s',
    (text) => {
      expect(understand(text, ctx).intent).not.toBe('complaint');
    },
  );

  it.each(['孩子在托育点被咬了', 'the staff were rude to me at pick-up'])('a complaint about the service stays one: %s', (text) => {
    expect(understand(text, ctx).intent).toBe('complaint');
  });
});
