/** A question asked in so many words: a mark, a question particle, "how", "can I", "is it". */
export const QUESTION_WORD = /[?？]|吗|么|嘛|怎么|如何|能不能|可不可以|可以吗|行不行|(?<![a-z])(?:how|can i|could i|is it)(?![a-z])/;

/**
 * Questions asked with neither a particle nor a question word: A-not-A ("行不行", "好不好", "是不是", "吃不吃", "有没有",
 * "可以不可以") anywhere, and a closing 伐 (Wu: "托育点周六开门伐"), X不 ("这样要得不" in Hunan and Sichuan, "可以不", "要紧不") or
 * 了/过没 ("打过疫苗没有"), and 是 X 还是 Y (below). Read on Simplified text.
 */
const A_NOT_A = /([\u4e00-\u9fff])[不没]\1|(可以|需要|应该|喜欢|知道|正常|合适|方便|要紧|严重)不\2/;
const DIALECT_QUESTION_END = /(?:伐|(?:可以|行|好|对|要得|要紧|得|能|会|是|要|够|中|成)不|(?:了|过)[^，。,.!?？！\s]{0,6}没(?:有)?)[\s?？。!！~～]*$/;

/**
 * An either-or question ("是奶块还是鹅口疮", "是困了还是眼睛有问题"): 是 X 还是 Y inside one clause asks which, with no
 * particle. A 还是 that means "still" ("这是第二次了 还是没好") has a break or no 是 before it.
 */
const EITHER_OR = /是[^，。,.!?？！\s]{1,12}还是[^，。,.!?？！\s]/;

/** Whether a message asks a question without a particle or a question word (see above). */
export function asksWithoutParticle(text: string): boolean {
  return A_NOT_A.test(text) || DIALECT_QUESTION_END.test(text) || EITHER_OR.test(text);
}

/** Asking whether something is allowed, not asking for it. */
export const ASKS_WHETHER =
  /[?？吗么嘛]|能不能|可不可以|(?<![a-z])(?:can|could|may) (?:i|we)(?![a-z])|(?<![a-z])is (?:it|that) (?:ok|allowed|possible)(?![a-z])/;

/** Coming along with the child already asked about ("一起送", "come along too"); not "也可以吗", which can be the same child. */
export const ALONG_TOO = /一起|(?<![a-z])(?:too|as well|along|with (?:her|him|them))(?![a-z])/;

/**
 * Places (seats) asked for in so many words ("有位吗", "还有名额", "any slots", "a spot for Saturday", "vacancies"): a
 * search's own question, whatever else the message names. One word list for every decider that asks it.
 */
// A spot on the body ("the soft spot on his head", "red spots on her cheeks") is no place asked for.
export const PLACES_ASKED =
  /位置|位子|名额|空位|余位|有位|(?<![a-z])(?:slots?|(?<!(?:soft|bald|sore|red|white|dry|pink|dark|brown|flat|rough|itchy) )spots?|places?|spaces?|vacanc\w*)(?![a-z])/;
