/**
 * The ages a class or a kind of care is for, asked with no child's age told ("平时的大运动课是给多大的孩子上的", "绘本课适合几个月的宝宝",
 * "what age is the music class for"): answered from the rules, not a list of that class's sessions.
 */
const CLASS_AGES_ASKED =
  /(?:给|让|适合|是)?(?:多大|几岁|几个月)(?:的|以上的?|以下的?)?(?:孩子|宝宝|小孩|小朋友|娃|婴儿|宝贝)?(?:才)?(?:上|去|参加|学)(?:的|吗|么|呢|[?？]|$)|适合(?:多大|几岁|几个月|什么年龄|哪个年龄)|(?:年龄段|年龄范围|年龄要求|几岁到几岁|多大到多大)|(?<![a-z])(?:what ages?|which ages?|how old)\b[^.?!]{0,30}\b(?:for|take|takes|suit|suits|suited)(?![a-z])/;

export function asksClassAges(t: string): boolean {
  return CLASS_AGES_ASKED.test(t);
}
