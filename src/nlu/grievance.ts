/**
 * What the parent is angry about, told ("很生气", "态度太差", "老师一直玩手机", "老师都没帮我儿子换尿布", "the teacher was rude",
 * "never changed his nappy", "nobody was watching the kids", "老师不太耐心", "the carer was impatient"): with a member of staff
 * named, a complaint; beside a question
 * about how complaints work, a complaint still. 不满 before an age ("不满一岁的呢") is "under", no grievance.
 */
export const GRIEVANCE =
  /很生气|太生气|不(?:太|够|怎么|是很|是太)?耐心|没(?:有|什么|啥)?耐心|气死|气人|很烦|好烦|太烦|烦死|不满(?!意?\s*(?:[\d一二两三四五六七八九十半几]+)\s*(?:个)?\s*(?:月|岁|周岁|周|天))|过分|差劲|离谱|不负责|态度(?:真的|非常|特别|很|太|真|超)*(?:差|恶劣|不好)|凶|骂|投诉|大吼大叫|(?:老师|阿姨|保育员|工作人员)(?:一直|全程|都|就|在|一整天|一上午|一下午|总是|老是|光)*(?:玩|刷|看|滑)(?:了)?(?:一[整天下午上]*)?手机|哭(?:了)?都(?:不理|没人管|没人理)|没人(?:管|理|看着)|(?:没|没有)(?:帮|给)(?:我)?(?:家)?(?:孩子|儿子|女儿|宝宝|小孩|孩|他|她|娃|宝)?(?:换|喂|擦|洗|穿|盖|喝)(?:过|一下|一次)?(?:尿布|尿不湿|尿片|纸尿裤|裤子|衣服|水|奶|饭)|(?<![a-z])(?:rude|impatient|(?:not|wasn'?t|weren'?t|isn'?t) (?:very |that |really )?patient|yelled|shouted|upset|angry|furious|unacceptable|complain|ignored|careless|(?:on|scrolling|playing|texting on|glued to) (?:her|his|their) phones?|(?:never|didn'?t|did not|not once|haven'?t|hadn'?t) (?:\w+ )?(?:change|changed|feed|fed|give|gave) (?:him |her |them )?(?:his|her|their|the|my|a|any)? ?(?:nappy|nappies|diaper|diapers|lunch|water|milk|drink)|(?:nobody|no one|no-one) (?:was )?(?:watch|watching|watched|looking after|looked after) (?:the|our|my) (?:kids|children|child|baby|babies|son|daughter))(?![a-z])/;
