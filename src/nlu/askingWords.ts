/** A question asked in so many words: a mark, a question particle, "how", "can I", "is it". */
export const QUESTION_WORD = /[?？]|吗|么|嘛|怎么|如何|能不能|可不可以|可以吗|行不行|(?<![a-z])(?:how|can i|could i|is it)(?![a-z])/;

/** Asking whether something is allowed, not asking for it. */
export const ASKS_WHETHER =
  /[?？吗么嘛]|能不能|可不可以|(?<![a-z])(?:can|could|may) (?:i|we)(?![a-z])|(?<![a-z])is (?:it|that) (?:ok|allowed|possible)(?![a-z])/;

/** Coming along with the child already asked about ("一起送", "come along too"); not "也可以吗", which can be the same child. */
export const ALONG_TOO = /一起|(?<![a-z])(?:too|as well|along|with (?:her|him|them))(?![a-z])/;

/**
 * Places (seats) asked for in so many words ("有位吗", "还有名额", "any slots", "a spot for Saturday", "vacancies"): a
 * search's own question, whatever else the message names. One word list for every decider that asks it.
 */
export const PLACES_ASKED = /位置|位子|名额|空位|余位|有位|(?<![a-z])(?:slots?|spots?|places?|spaces?|vacanc\w*)(?![a-z])/;
