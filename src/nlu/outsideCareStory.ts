/**
 * A story about care somewhere else — a kindergarten, an early-education class, a 托婴中心, a nanny, the grandparents' home
 * ("孩子在幼儿园被欺负了回来不说，两岁多，怎么看出来", "托婴中心的老师说我儿子会咬别的小朋友", "保母说寶寶都不睡午覺"): what
 * happened there is a parenting question, not a complaint about our points, our staff or this assistant. Complaints
 * concern us; a message that names our points, a session or "你们" is still read as one.
 *
 * Texts are prepared (Simplified, lowercase): Traditional 托嬰/保母 arrive as 托婴/保母.
 */
const OUTSIDE_CARE =
  /幼儿园|幼稚园|早教|亲子班|托婴中心|托婴|私立托|别的托班|其他托班|小区的托班|保姆|保母|月嫂|育儿嫂|奶奶家|外婆家|姥姥家|爷爷家|阿嬷家|(?<![a-z])(?:kindergarten|preschool|pre-school|nursery school|nanny|playgroup|his school|her school)(?![a-z])/;

/** Our own service named: the points, a session, the assistant or its staff ("你们", "服务点", "上次去爱邻"). */
const OUR_SERVICE =
  /你们|您们|贵方|贵单位|托育点|服务点|护幼|爱邻|点上|临时托|半日托|周末托|预约|约的|(?<![a-z])(?:you guys|your (?:staff|point|carers?|teachers?|service)|the point|childcare point|booking|booked|session)(?![a-z])/;

/** Whether the prepared text tells a story about care elsewhere and names nothing of ours. */
export function tellsOutsideCareStory(t: string): boolean {
  return OUTSIDE_CARE.test(t) && !OUR_SERVICE.test(t);
}
