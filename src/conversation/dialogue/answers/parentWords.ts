/**
 * How a parent's question sounds, beyond its topic: at the end of their rope
 * (a person first), or asking for a medicine amount (never a number).
 * Patterns read Simplified, lowercased text (normalizeText(toSimplified(…))).
 */

/** Sounds at the end of their rope: a human tone and a person, before (not instead of) the answer. */
export const OVERWHELMED =
  /崩溃|受不了|撑不住|好累|太累了|累死|累垮|快疯|要疯|逼疯|绝望|想哭|心累|烦死|熬不住|扛不住|顶不住|没办法了|无助|(?<![a-z])(?:wit'?s end|exhausted|can'?t cope|cannot cope|can'?t take (?:it|this|much more)|losing my mind|at the end of my (?:rope|tether)|overwhelmed|breaking down|so tired|desperate|falling apart|burn(?:ed|t) out|i give up)(?![a-z])/i;
/** Asking for a medicine amount: never answered with a number. */
export const DOSE =
  /(?:吃|喂|用|给).{0,6}(?:多少|几毫升|几ml|几片|几颗|剂量|几次)|剂量|多少(?:毫升|ml|mg|毫克)|(?<![a-z])(?:how much|what dose|dosage|how many (?:ml|mg))(?![a-z]).{0,30}(?:ibuprofen|paracetamol|acetaminophen|tylenol|calpol|nurofen|motrin|medicine|syrup)|(?:布洛芬|美林|泰诺林|对乙酰氨基酚|退烧药|感冒药|止咳药|止咳糖浆).{0,8}(?:多少|几|剂量)|(?<![a-z])(?:dose|dosage)(?![a-z])/i;
/**
 * Sounds like a follow-up to the question before ("那第一口吃什么好", "那如果…", "and if…?", "what about…"):
 * it opens with a word that leans on what was said, or is too short to name its own topic.
 */
export const FOLLOW_UP =
  /^(?:那|那么|那如果|如果|还有|另外|再问|顺便|那要是|要是)|^(?:and|but|also|so|then|what about|how about|what if|if)(?![a-z])|^[^a-z]{1,8}[?？]?$/i;
