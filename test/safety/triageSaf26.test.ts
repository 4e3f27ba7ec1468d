import { describe, expect, it } from 'vitest';
import { parseChildName } from '../../src/nlu/parseChildName.ts';
import { normalizeText } from '../../src/nlu/normalizeText.ts';
import { levelOf } from '../helpers/triageOf.ts';

// Round 26 (saf26): injuries told in English the way expat parents write them, read at the level the Chinese wording
// already was. Someone else's pills and a bitten laundry pod are 120 even when the child looks fine (poison-centre
// advice); a breath-holding spell that is over is not a blue child now (NHS), one that does not end still is.
describe('injuries and poisonings told in English', () => {
  it.each([
    ['red', "my son bit into a laundry detergent pod, he's coughing and gagging"],
    ['red', 'she bit into a dishwasher detergent tablet'],
    ['red', "grandma's heart pills were on the table and I think my 18 month old ate one or two. he seems ok. what do I do"],
    ['red', "my mum's tablets fell on the floor and he swallowed one"],
    ['none', 'my pills are in the cupboard, she ate two bites of rice'],
    ['watch', 'my 15 month old holds her breath when she cries and turns blue, then comes back after a few seconds. is this dangerous?'],
    ['watch', 'held his breath crying, went blue, then came back a few seconds later'],
    ['red', "she holds her breath and goes blue and doesn't come back, still blue"],
    ['red', "held his breath crying, went blue and didn't come back for a minute"],
    ['red', 'my baby went blue'],
    ['amber', "Shut my toddler's fingers in the car door. Nail is going black and swollen. She's still crying. ER?"],
    ['watch', "I shut my son's finger in the door, he is fine now, just red"],
    ['red', 'he fell off the sofa about an hour ago and hit his head, now he has thrown up twice'],
    ['amber', '刚才拉他手上楼梯 他大哭 现在arm一直垂着不肯用 是不是nursemaid elbow'],
    ['red', 'he was stung by a wasp and now his lips and tongue are swelling'],
    ['red', 'She licked a tide pod'],
    ['red', 'my son popped a laundry capsule in his mouth and bit it'],
    ['red', 'my 1yo drank some of the dishwasher rinse aid'],
    ['none', 'how to stop her putting laundry pods in her mouth'],
    ['red', "he's been throwing up after hitting his head"],
    ['red', "he's been sick twice after banging his head"],
    ['watch', "he's fine after hitting his head on the table"],
    ['none', 'he keeps banging his head on the floor when angry'],
  ] as const)('%s ← %s', (want, text) => {
    expect(levelOf(text)).toBe(want);
  });
});

// "要把他叫醒吗" (should I wake him?) after a knock on the head asks about waking the child; it names no child called 醒吗.
describe('叫醒 is waking, not a name', () => {
  it.each([
    ['他现在睡着了 要把他叫醒吗', undefined],
    ['要把她叫醒吗', undefined],
    ['她叫醒醒 2024年3月5日出生', '醒醒'],
    ['他叫乐乐', '乐乐'],
  ] as const)('%s → %s', (text, want) => {
    expect(parseChildName(normalizeText(text), text)).toBe(want);
  });
});
