import { describe, expect, it } from 'vitest';
import { ruleDocuments } from '../../src/conversation/dialogue/answers/ruleFacts.ts';

describe('the documents that state the rules a question asks about', () => {
  it('names the rule document of a question answered from the booking rules', () => {
    expect(ruleDocuments('weekly cap是按孩子算还是按家庭算')).toEqual(['service-how-to-book']);
    expect(ruleDocuments('候補名額保留多久')).toEqual(['service-waitlist']);
    expect(ruleDocuments('取消要提前多久')).toEqual(['service-change-cancel']);
  });

  it('names none for a question that asks no rule, or about a doctor appointment', () => {
    expect(ruleDocuments('宝宝晚上总是醒怎么办')).toEqual([]);
    expect(ruleDocuments('打疫苗要提前几天预约')).toEqual([]);
  });
});
