import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/conversation/dialogue/answers/presentAnswer.ts';
import { readWithBefore } from '../../src/conversation/dialogue/answers/readWithBefore.ts';

const section = (text: string, heading: string): Passage => ({
  docId: 'parenting-test',
  title: 'Test',
  heading: `Test > ${heading}`,
  source: 'test',
  language: 'en',
  text,
  questions: [],
});

const hfmd = section(
  'Hand, foot and mouth disease causes fever, mouth sores and blisters on the hands and feet. It is very contagious: keep your child at home and wash hands often.',
  'What should I know about hand, foot and mouth disease?',
);
const dummy = section(
  'Dummies are usually harmless before age 2 to 3. To stop, wean gently and step by step: first only at sleep time, then not at all.',
  'Will a dummy harm my child’s teeth?',
);

describe('readWithBefore: which words a follow-up’s chosen section is quoted for', () => {
  it('prefers the follow-up’s own words when it is told to and they are answered', () => {
    expect(readWithBefore('my son has hand foot and mouth disease', 'is it contagious?', [hfmd], 'own')).toEqual({ query: 'is it contagious?' });
  });

  it('prefers the question before with it when it is told to and that is answered', () => {
    expect(readWithBefore('my son has hand foot and mouth disease', 'is it contagious?', [hfmd], 'before')).toEqual({
      query: 'my son has hand foot and mouth disease\nis it contagious?',
    });
  });

  it('takes the other reading when the preferred one is not answered', () => {
    expect(readWithBefore('she still has a dummy, is that bad for her teeth?', 'how do we get rid of it?', [dummy], 'own')).toEqual({
      query: 'she still has a dummy, is that bad for her teeth?\nhow do we get rid of it?',
    });
  });
});
