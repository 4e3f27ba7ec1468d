/**
 * Whether the service may be used in the family's situation, asked with a booking word or a day in it: a question
 * answered by the eligibility or waitlist rule, not a request for places (read on prepared text: Simplified, lowercase).
 *  - the place of work ("那我在思明上班 能送到思明那边的点吗", "I work in Siming, can we use the points there?"): the
 *    residence rule (no limit by district), not a search of that district;
 *  - a child who is only visiting ("can I book for my nephew who is visiting for a week?", "外甥来厦门玩一周 能给他约吗"):
 *    the residence and household-registration rule, not a booking;
 *  - a full session weighed ahead ("If Saturday morning is full, can I join a waiting list?"): how the waitlist works,
 *    not that morning's places.
 * Places asked for in so many words ("能约", "slots") keep the search: callers check the availability words.
 */
const WORKS_THERE_ZH = /(?:在|到)[\u4e00-\u9fff]{1,6}(?:上班|工作|打工|做事)[^，。,.]{0,10}(?:能|可以|能不能|可不可以)(?:送|去|用|上|到)/;
const WORKS_THERE_EN =
  /(?<![a-z])(?:i|we|my (?:husband|wife|partner)) (?:work|works|am working|are working) (?:in|near|at) [a-z' -]{2,30}[,.;]? (?:so )?(?:can|could|may) (?:i|we|she|he) (?:use|go to|send (?:him|her|them) to|take (?:him|her|them) to|drop (?:him|her|them) (?:off )?at) (?:a |the |one of the |any )?(?:points?|centres?|centers?)(?![a-z])/;
const VISITING_ZH =
  /(?:来(?:厦门)?(?:玩|住|探亲|度假|过暑假|过寒假|过年)|暂住|短住|住(?:几天|一周|一个星期|一阵子|半个月)).{0,16}(?:能|可以|能不能|可不可以)(?:给|帮|让)(?:他|她|孩子|小孩|侄子|侄女|外甥女?|孙子|孙女|外孙女?)(?:也)?(?:约|预约|报名|去|参加|用)/;
const VISITING_EN =
  /(?<![a-z])(?:can|could|may) (?:i|we) (?:also )?(?:book|bring|sign [a-z]+ up|use (?:it|this|the [a-z]+))[^?.]{0,30}(?:nephew|niece|cousin|grand[a-z]+|friend'?s|relatives?|guest)[^?.]{0,40}(?:visiting|staying|here for|in town|on holiday|on vacation|from (?:out of town|abroad|overseas|another city))/;
const FULL_WAITLIST_EN =
  /(?<![a-z])(?:if|when|in case) [^?.]{0,40}(?:is|are|gets?|get|'s) (?:already |all )?(?:full|booked up|fully booked)[^?.]{0,40}(?:wait ?list|waiting list)/;

export function asksInTheirSituation(t: string): boolean {
  return WORKS_THERE_ZH.test(t) || WORKS_THERE_EN.test(t) || VISITING_ZH.test(t) || VISITING_EN.test(t) || FULL_WAITLIST_EN.test(t);
}

/**
 * Whether a child of the age told may go, asked of a kind of care or of the weekend in general ("宝宝11个月 weekend
 * half-day可以送吗", "11个月的宝宝可以送周末半日托吗", "my son is 11 months, can he go to the weekend half-day?"): the age
 * rule (which points take that age), not the weekend's places. Read on prepared text (Simplified, lowercase).
 */
export const AGE_MAY_GO =
  /(?:[\d一二两三四五六七八九十半]+\s*(?:个月|岁|周岁))[^，。,.!?！？]{0,24}(?:(?:可以|能)(?:送|去|托|上)[^，。,.!?！？]{0,10}(?:吗|么|嘛)|收吗|收不收|能不能(?:送|去|托|上)|可不可以(?:送|去|托|上))|(?<![a-z])(?:is|she'?s|he'?s|she is|he is|they are|they'?re) (?:\d+|one|two|three|six|nine|ten|eleven|eighteen) (?:months?|years?|yrs?)(?: old)?[,.]? (?:so |but )?(?:can|could|may) (?:she|he|they) (?:go|come|join|attend|be left)(?![a-z])/;
/** A weekend named only in general ("周末", "weekend"): the setting of the age question, not a day to list. */
export const WEEKEND_IN_GENERAL = /^(?:周末|礼拜六日|六日|weekends?|the weekend|on weekends)$/i;
