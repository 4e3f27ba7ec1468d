import { describe, expect, it } from 'vitest';
import { isServiceDocument, isServiceSection } from '../../src/knowledge/serviceSection.ts';

describe('which sections speak for the service', () => {
  it('a service or policy document is the service’s own rule', () => {
    expect(isServiceDocument('service-what-to-bring')).toBe(true);
    expect(isServiceDocument('policy-health-check')).toBe(true);
    expect(isServiceDocument('parenting-teething-oral-care')).toBe(false);
  });

  it('a parenting section whose heading asks about the point speaks for it; one on the topic at home does not', () => {
    expect(isServiceSection('parenting-separation-anxiety', '宝宝分离焦虑 > 安抚物有用吗？可以带去托育点吗？')).toBe(true);
    expect(isServiceSection('parenting-sleep-routines', 'Sleep > Can my child nap at a childcare point, and how do I help them settle?')).toBe(true);
    expect(isServiceSection('parenting-teething-oral-care', '长牙 > 宝宝吃手、用安抚奶嘴会影响牙齿吗？')).toBe(false);
    expect(isServiceSection('policy-injury-at-point', 'Injuries > My child was hurt at the point. What should I do?')).toBe(true);
  });
});
