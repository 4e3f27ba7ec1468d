/**
 * Whether a message weighs a childcare centre against a nanny or a relative at home ("托嬰中心跟保母要怎麼選",
 * "送托育机构好还是请保姆好", "daycare or a nanny for my 1 year old?", "hire an ayi or put her in daycare?"): a parenting
 * question about choosing care, answered from the knowledge base — not a search for places, and not a nanny to find
 * (parseOutsideRequest's 'nanny'). Works on prepared text (Simplified, lowercased).
 */

/** A childcare centre or nursery, in mainland, Taiwan and English words. */
const CENTRE =
  /托婴中心|托育机构|托育中心|托育园|托儿所|日托|托班|早教中心|(?<![a-z])(?:daycare|day care|nursery|nurseries|creche|crèche|childcare cent(?:re|er)s?|child care cent(?:re|er)s?)(?![a-z])/;

/** Care at home: a nanny, an ayi, a grandparent or a parent. */
const AT_HOME =
  /保母|保姆|阿姨|育儿嫂|住家|钟点工|老人带|(?:爷爷|奶奶|外公|外婆|姥姥|阿嬷|长辈|家里人|自己)(?:在家)?带|在家带|(?<![a-z])(?:nann(?:y|ies)|ayis?|babysitters?|au pairs?|helpers?|grandparents?|grandma|granny|in-laws|(?:stay|keep (?:her|him|them)) (?:at )?home)(?![a-z])/;

/** The two set side by side as a choice. */
const CHOICE =
  /还是|或者|或是|哪个|哪种|怎么选|如何选|选哪|比较好|好不好|优缺点|利弊|区别|差别|比较|对比|(?<![a-z])(?:or|vs\.?|versus|between|which|better|choose|choosing|decide|deciding|compare|comparing|pros and cons)(?![a-z])/;

export function asksCareChoice(t: string): boolean {
  return CENTRE.test(t) && AT_HOME.test(t) && CHOICE.test(t);
}
