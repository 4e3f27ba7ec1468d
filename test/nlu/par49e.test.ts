import { describe, expect, it } from 'vitest';
import { readFollowUp, tellsBack, WHEN_DOCTOR } from '../../src/conversation/dialogue/answers/followUp.ts';
import { understand } from '../../src/nlu/understand.ts';
import { detectRedFlags } from '../../src/safety/detectRedFlags.ts';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { normalizeText } from '../../src/nlu/normalizeText.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };
const norm = (text: string) => normalizeText(toSimplified(text));

/** Round 49, par49e: English and mixed-language parenting follow-ups that were read as something else. */
describe('par49e: a relative’s prediction of choking is no choke now', () => {
  it.each([
    "grandpa is sure she'll choke on those finger foods",
    'my mum insists the baby will choke if we skip purees',
    "my MIL reckons he'll choke on the lumps",
  ])('%s', (text) => {
    expect([...readHealthSigns(norm(text)).signs]).not.toContain('choking');
    expect(detectRedFlags(text).emergency).toBe(false);
  });

  it('a child choking now stays red', () => {
    expect(detectRedFlags("she's choking on a grape and can't breathe").emergency).toBe(true);
  });
});

describe('par49e: answered back after an answer, the topic goes on', () => {
  it.each([
    'my husband says the walker is fine if we stay in the room',
    'we tried the sticker chart and she just tore it up',
    'the helper insists honey never hurt any baby',
    '外婆说我们小时候天天喝蜂蜜水',
    '我们也试过关灯 她哭得更凶',
  ])('a statement answering back leans on the answer before: %s', (text) => {
    expect(tellsBack(norm(text))).toBe(true);
    expect(readFollowUp(norm(text), 'is honey ok for a baby', text)).toMatchObject({ leans: true, signal: 'told' });
  });

  it.each(['what does the nanny say about naps?', 'my mum says is it ok to give him rice cereal?'])('a question is no answer back: %s', (text) => {
    expect(tellsBack(norm(text))).toBe(false);
  });

  it('"how long before we should take him to the doctor" asks when to see a doctor', () => {
    expect(WHEN_DOCTOR.test('how long before we should take him to the doctor?')).toBe(true);
    expect(WHEN_DOCTOR.test('how many days until i should see a doctor')).toBe(true);
  });
});

describe('par49e: parenting talk that is not about the care points', () => {
  it.each([
    'we want to try sleep training with our 9 month old, is he old enough?',
    'thinking about potty training our 20 month old, is she old enough for it?',
  ])('"old enough" for a parenting practice is no question about the points: %s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });

  it('"old enough to come" to the care is still about the points', () => {
    expect(understand('is my 8 month old old enough to come to the weekend care?', ctx).intent).not.toBe('knowledge');
  });

  it('what the staff say about a baby spa is a parenting story, not a request for a person', () => {
    expect(understand('the swim teachers say the float ring is safe for him', ctx).intent).toBe('knowledge');
  });

  it.each(['月子里婆婆想把老大送去外婆家住', '奶奶说要将老二交给保姆带'])('a birth-order word that is acted on names no child: %s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).not.toBe('register_child');
    expect(u.slots.childName).toBeUndefined();
  });

  it('a birth-order word with its name still names the child', () => {
    expect(understand('老大叫乐乐 2023年5月出生', ctx).slots.childName).toBe('乐乐');
  });
});
