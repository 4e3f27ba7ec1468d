/**
 * The family's own helper, named as theirs ("our 阿姨 plays 抖音 videos to feed her", "my nanny", "我们家阿姨",
 * "家里的保姆"): a person the parents employ at home, not a carer at a point. What she does is a parenting question for
 * the parents, never a complaint about the service's staff. (Round 38: "our 阿姨 plays 抖音 videos on her phone to feed
 * our 15 month old" was filed as a complaint ticket because "阿姨" and "on her phone" read like a carer at a point.)
 */
export const FAMILY_HELPER =
  /(?:我们家|我家|咱家|家里(?:的)?|自己家(?:的)?|自己请的|请的)(?:阿姨|保姆|保母|育儿嫂|月嫂|住家阿姨)|(?<![a-z])(?:our|my|the family'?s|our own|my own) (?:live-in |full-time |part-time |home )?(?:阿姨|保姆|育儿嫂|月嫂|ayi|nanny|helper|maid|babysitter|domestic helper)(?![a-z])/g;
