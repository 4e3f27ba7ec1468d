import { describe, expect, it } from 'vitest';
import { headingAgeRange, outsideAgeRange, queryAgeMonths } from '../../src/knowledge/ageRange.ts';

describe('age ranges in section headings', () => {
  it('reads the range of the first question, in months', () => {
    expect(headingAgeRange('1岁以内的宝宝被噎住了怎么办？')).toEqual({ from: 0, to: 12 });
    expect(headingAgeRange('1岁以上的孩子被噎住了怎么办？')).toEqual({ from: 12, to: Number.POSITIVE_INFINITY });
    expect(headingAgeRange('1—3岁的孩子一天喝多少奶合适？喝太多有什么问题？')).toEqual({ from: 12, to: 48 });
    expect(headingAgeRange('宝宝1到3岁语言怎么发展？')).toEqual({ from: 12, to: 48 });
    expect(headingAgeRange('How much milk should a 1–3-year-old drink a day?')).toEqual({ from: 12, to: 48 });
    expect(headingAgeRange('My baby (under 1) is choking — what do I do?')).toEqual({ from: 0, to: 12 });
    // A heading about every age, whose second question names one, states no range.
    expect(headingAgeRange('每种场次收多大的孩子？6个月以下的宝宝能送托吗？')).toBeUndefined();
    expect(headingAgeRange('宝宝一次喝多少奶？多久喂一次？')).toBeUndefined();
  });

  it('says when the age a question states is outside it', () => {
    expect(queryAgeMonths('3个月喝几cc')).toBe(3);
    // A bound of a range is not the child's age.
    expect(queryAgeMonths('一岁以下可以吃蜂蜜吗')).toBeUndefined();
    expect(queryAgeMonths('is honey ok under 1 year')).toBeUndefined();
    expect(queryAgeMonths('两岁小孩一直闹脾气怎么办')).toBe(24);
    expect(outsideAgeRange('1—3岁的孩子一天喝多少奶合适？', 3)).toBe(true);
    expect(outsideAgeRange('1—3岁的孩子一天喝多少奶合适？', 24)).toBe(false);
    expect(outsideAgeRange('1—3岁的孩子一天喝多少奶合适？', 47)).toBe(false);
    expect(outsideAgeRange('1岁以内的宝宝被噎住了怎么办？', 12)).toBe(true);
    expect(outsideAgeRange('宝宝一次喝多少奶？', 3)).toBe(false);
  });
});
