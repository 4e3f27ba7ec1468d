import type { Intent } from './types.ts';

/** One piece of evidence for an intent: when the pattern matches the prepared message, the intent gains the weight. */
export type IntentRule = [Intent, RegExp, number];

/**
 * Words, per language, that settle a message's intent when the rules' scores
 * alone would get it wrong (see understand.ts). Each language's patterns are
 * joined, so a message mixing languages is read by all of them.
 */
export interface ArbitrationWords {
  /** Consequences, changes and illness around a booking ("会不会影响", "missed"): questions, not searches. */
  ruleOrHealthQuestion: RegExp;
  /** How the service works, asked about a day or a booking (what to bring, cost, hours, who picks up). */
  policyQuestion: RegExp;
  /** An explicit ask for places, which keeps a message a search even with a policy word in it. */
  availabilityAsk: RegExp;
  /** A request for every child of the family at once ("两个都约", "both kids"). */
  allChildren: RegExp;
  /** Words that make a segment a request for places on its own. */
  bookingSignal: RegExp;
  /** Drop-off care asked about, by name or in general ("托育", "送托", "daycare", "drop off"), not a class. */
  careAsk: RegExp;
  /** Where the family's household is registered or lives, asked about ("户口不在厦门", "外地户口", "no Xiamen hukou"): an eligibility rule beside the age. */
  residenceAsk: RegExp;
  /** Asking about a rule, a consequence, a cost or a possibility ("要钱吗", "会怎样", "is that ok", "what if"): a question, whatever it names. */
  asksAbout: RegExp;
  /** An imperative or a choice ("帮我取消", "cancel it", "put me on the waitlist"): what makes a message with a question word an action. */
  actionRequest: RegExp;
  /** A booking already made, told as context ("约好了", "we have a half-day booked"): not a request for one. */
  bookedContext: RegExp;
  /** Taking the child somewhere ("带她去…", "bring her to…"): with a place named, going there is asked for, not a rule about bringing things. */
  bringsThere: RegExp;
  /** How or to whom a complaint is made, asked ("投诉找谁", "who can I complain to"): how complaints work, answered. */
  complaintHowAsked: RegExp;
  /** Where the family lives, told ("住在海沧", "we live in 翔安"): the place captured (one group per language) is home. */
  homePlace: RegExp;
  /** A sight or a station (鼓浪屿, the ferry, the airport): named back when a message about it is outside the service. */
  outOfScopePlace: RegExp;
  /**
   * Everyday things outside the service that a parenting question may be set in (the weather, a flight, a taxi, a hotel):
   * asked of on their own they are out of scope ("what's the weather tomorrow"); beside a question about the child ("the
   * weather is so hot, how many layers for my baby at night?", "flying with my 8 month old, how do I help her ears") they
   * are the question's setting.
   */
  settingTopic: RegExp;
  /**
   * The whole message asks the assistant to find out from someone ("那帮我问一下吧", "yes please ask them"), after an answer
   * that could not say: a person, and what they are asked is the question before.
   */
  asksOnMyBehalf: RegExp;
  /** Whether both parts of one day may be booked, asked ("上午送一次 下午再约一次行不行", "can we book morning and afternoon?"): a rule, when no place is named. */
  bothPartsAsked: RegExp;
  /**
   * Whether two points may be booked on one day, asked ("上午湖里 下午思明另一个点 一天约两个地方可以吗", "two different
   * points on the same saturday, allowed?"): the rule is asked, though the places are named.
   */
  twoPlacesAsked: RegExp;
  /** A session picked from a list without saying which ("换另一个", "the other one", "那个吧"): which one is asked. */
  pickWithoutWhich: RegExp;
  /**
   * The parent tells that a session went well ("玩得很开心", "回来一直说很好玩", "she had a great time"): thanks for it,
   * whatever day it names — "last Saturday" is when it happened, not a day to search.
   */
  wentWell: RegExp;
  /**
   * A message that opens by answering back to what was just said ("可是他在里面玩得特别开心", "but he loves it in there"):
   * an objection to the answer before, not a report of a session — its "玩得开心" is about what the answer advised against.
   */
  answersBack: RegExp;
  /**
   * The parent says where the question starts ("…went fine. anyway my question: how much water…", "…都挺好的 我想问的是…"):
   * what comes after it is the request, and the story before it (a booking last week, a day) asks for nothing.
   */
  questionFollows: RegExp;
  /**
   * A booking the parent already holds, told at the start before a question ("周日下午约了半日托 …", "booked the sunday
   * session already, …"): the setting of the question, not its topic.
   */
  bookingTold: RegExp;
}
