import { normalizeText } from '../nlu/normalizeText.ts';
import { parseAge } from '../nlu/parseAge.ts';

export interface RedFlags {
  /** Tell the parent to call 120 / go to emergency care now, before anything else. */
  emergency: boolean;
  /** Stable names of what was recognised, for logs and for choosing the advice. */
  flags: string[];
}

/**
 * Medical red flags in a parent's message, both languages. Tuned to catch a
 * real emergency described in passing ("宝宝抽搐了", "he swallowed a button
 * battery") while leaving plain knowledge questions alone ("how to prevent
 * choking", "宝宝发烧38度要去医院吗"). When a description is ambiguous it is
 * flagged: a false alarm costs a sentence, a miss can cost a life.
 */

// Questions about prevention or general knowledge, with nothing happening now.
const EDUCATIONAL = /预防|防止|怎么避免|如何避免|避免|什么是|是什么|科普|急救(?:课|培训|知识)|容易|经常|总是|老是|会不会遗传|遗传|(?<![a-z])(?:prevent\w*|avoid\w*|what is|what are|signs of|how (?:can|do) i tell|in case|first aid (?:course|class|training)|tends to|often|always|usually)(?![a-z])/;
const HAPPENING_NOW = /现在|正在|刚刚|刚才|突然|一直|救命|急急|快来|马上|(?<![a-z])(?:right now|just now|is having|currently|suddenly|help|emergency|urgent|asap|won'?t stop|keeps)(?![a-z])/;

type Check = [flag: string, re: RegExp, educationalSuppresses: boolean];

const CHECKS: Check[] = [
  ['seizure', /抽搐|抽筋|惊厥|翻白眼|抽风|手脚(?:一直)?抖(?:个)?不停|(?<![a-z])(?:seizures?|seizing|convuls\w*|having a fit|had a fit|fitting)(?![a-z])/, true],
  ['breathing_difficulty', /呼吸困难|喘不上气|喘不过气|呼吸急促|呼吸很快|呼吸很急|透不过气|呼吸暂停|没有呼吸|没呼吸|不呼吸|停止呼吸|胸口凹陷|三凹征|鼻翼扇动|憋得|(?<![a-z])(?:can'?t breathe|cannot breathe|not breathing|stopped breathing|struggling to breathe|trouble breathing|difficulty breathing|hard to breathe|breathing (?:very )?(?:fast|hard|heavily|rapidly)|gasping)(?![a-z])/, false],
  ['blue_lips', /(?:嘴唇|嘴巴|脸|脸色|面色|皮肤)(?:都)?(?:发紫|发青|青紫|紫了|青了|变紫|变青)|发绀|(?<![a-z])(?:blue lips|lips (?:are |look |turning |turned )?(?:blue|purple|grey|gray)|turning blue|turned blue|blue around (?:the|his|her) mouth)(?![a-z])/, false],
  ['unresponsive', /叫不醒|(?<![点按击了])没(?:有)?反应|昏迷|昏过去|晕过去|晕倒|不省人事|意识不清|瘫软|软绵绵|(?<![a-z])(?:unresponsive|won'?t wake|can'?t wake|not waking up|limp|floppy|passed out|unconscious|fainted)(?![a-z])/, false],
  ['poisoning', /误食|误吞|误服|误喝|偷吃|(?:吞|咽|吃|喝|舔)(?:下去?|进去|了)?(?:[一两二三四五六七八九十几半整好多\d]+[颗个粒片瓶口些包块板])?(?:大人的)?(?:药(?!后|以后|之后|还|也|没|就|了还)|药片|洗衣液|洗衣凝珠|洗洁精|消毒液|84|漂白|清洁剂|电池|纽扣电池|磁铁|农药|老鼠药|酒|干燥剂|樟脑丸)|中毒|(?<![a-z])(?:swallowed|ate|drank|chewed|licked)(?: (?:a|an|some|the|my|his|her|two|several))? (?:pills?|medicine|tablets?|detergent|laundry pod|battery|batteries|button battery|magnets?|bleach|poison|cleaner|alcohol|rat poison|pesticide)|(?<![a-z])(?:poisoned|poisoning|button battery)(?![a-z])/, true],
  // A quantity or someone else's medicine makes "吃了…药" an ingestion, not a child's own dose:
  // "吃了几颗奶奶的降压药", "吞了一把维生素片", "偷吃了妈妈的药".
  ['poisoning', /(?:吞|吃|喝|舔|嚼)(?:了|下|进|掉)?(?:去)?(?:[一两二三四五六七八九十几半整好多\d]+[颗个粒片瓶口些包块板把盒]|一把|好多|很多)(?:[\u4e00-\u9fa5]{0,6}的)?[\u4e00-\u9fa5]{0,4}(?:药|胶囊|维生素|钙片|铁剂)(?!后|以后|之后|还|也没)|(?:吞|吃|喝|舔|嚼)(?:了|下|进|掉)?(?:去)?(?:奶奶|爷爷|外婆|外公|姥姥|姥爷|大人|爸爸|妈妈|老人|别人|哥哥|姐姐)的[\u4e00-\u9fa5]{0,5}(?:药|胶囊|维生素|钙片)(?!后|以后|之后|还|也没)/, true],
  ['head_injury', /(?:摔|磕|撞|跌|掉)(?:到|伤|了|破)?(?:了)?.{0,6}(?:头|脑袋|后脑|额头)|(?<![a-z])(?:head injury|hit (?:his|her|their|the) head|bumped (?:his|her|their) head|fell (?:off|from|down) .{0,25}head|banged (?:his|her|their) head)(?![a-z])/, true],
  ['severe_bleeding', /大量出血|流了很多血|流很多血|血流不止|止不住血|血止不住|出血不止|喷血|(?<![a-z])(?:bleeding (?:a lot|heavily|badly|profusely)|won'?t stop bleeding|lots of blood|severe bleeding|blood everywhere)(?![a-z])/, false],
  ['serious_burn', /(?:大面积|很大一片|一大片|脸|面部|手|起泡|水泡|起了泡).{0,6}(?:烫伤|烧伤|烫)|(?:烫伤|烧伤|开水烫|被烫).{0,10}(?:大面积|很大|一大片|起泡|水泡|脸|面部|皮肤发白|发黑)|(?<![a-z])(?:(?:bad|big|large|serious|severe) burn|burn(?:ed|t)? .{0,20}(?:blister\w*|face|large|big))(?![a-z])/, false],
  ['choking', /噎住|噎着了|卡住(?:了)?.{0,6}(?:喘|呼吸|说不出|咳不出|脸)|卡(?:在)?喉咙|卡嗓子|喘不了|(?<![a-z])(?:choking|choked|something stuck in (?:his|her|their) throat|stuck in (?:his|her|their) throat)(?![a-z])/, true],
  ['drowning', /溺水|溺|掉(?:进|到)(?:水|池|河|海|泳池|浴缸)|呛水.{0,8}(?:昏|没反应|呼吸)|(?<![a-z])(?:drown\w*|fell (?:into|in) (?:the )?(?:water|pool|bath|river|sea))(?![a-z])/, true],
  ['meningitis_signs', /脖子(?:很)?(?:硬|僵)|颈(?:部|项)?(?:僵硬|强直|发硬)|(?:按压|压了?|按了?|玻璃杯压)(?:都|也)?不(?:褪色|消退|退)|不褪色的(?:皮疹|疹子|红点)|紫(?:色)?(?:斑|点)|瘀点|(?<![a-z])(?:stiff neck|neck (?:is )?stiff|rash (?:that )?(?:doesn'?t|does not|won'?t) fade|non-?blanching|doesn'?t fade (?:under|with) (?:a )?glass|purple spots)(?![a-z])/, false],
  ['severe_dehydration', /(?:一天|一整天|半天|一上午|一下午|\d+\s*个?小时|好几个小时|一晚上)(?:都|了)?没(?:有)?(?:尿|小便|湿(?:过)?尿布)|没(?:有)?(?:尿|小便)(?:了)?(?:一天|半天|\d+\s*个?小时)|尿布(?:一直)?(?:都)?是干的|囟门(?:凹陷|下陷)|哭(?:了)?(?:都)?没(?:有)?眼泪|(?<![a-z])(?:no wet (?:diapers?|nappies|nappy)|hasn'?t (?:peed|weed|wee'?d|urinated)|no pee|dry (?:diapers?|nappies) (?:all|for)|sunken (?:soft spot|fontanelle?)|no tears when crying)(?![a-z])/, false],
  ['allergic_reaction', /(?:喉咙|嘴唇|舌头|脸)(?:突然)?(?:都)?肿(?:了|起来)?.{0,10}(?:呼吸|喘)|过敏性休克|(?<![a-z])(?:anaphyla\w*|swollen (?:lips|tongue|throat|face).{0,30}(?:breath|wheez)|throat (?:is )?(?:swelling|closing))(?![a-z])/, false],
  ['self_harm', /不想活|想死|自杀|轻生|结束生命|伤害(?:孩子|宝宝|自己)|掐死|(?<![a-z])(?:kill myself|suicid\w*|end my life|hurt (?:my|the) (?:baby|child|kid)|harm myself|hurt myself)(?![a-z])/, false],
];

// A fall from furniture with no word about the head: an emergency unless the parent says the child is fine now
// and names no warning sign ("从沙发上摔下来了 哭了一会儿现在好了 要紧吗" is a question, not a 120 call).
const FALL = /(?:从|由).{0,6}(?:床|沙发|楼梯|高处|椅子|桌子|婴儿车|餐椅|尿布台|护理台).{0,4}(?:摔|掉|跌)|(?<![a-z])fell (?:off|from|down) .{0,25}(?:bed|stairs|sofa|couch|table|chair|changing table|high ?chair)(?![a-z])/;
const FINE_NOW = /(?:现在|已经|后来|然后)?(?:好了|没事了?|正常了?|能玩|在玩|不哭了|还好|挺好|没什么事)|(?<![a-z])(?:seems? (?:fine|ok|okay|normal)|is (?:fine|ok|okay) now|(?:fine|ok|okay) now|back to normal|playing (?:again|normally|now))(?![a-z])/;
const FALL_WARNING = /吐|呕|精神(?:差|不好)|没精神|蔫|嗜睡|想睡|昏|叫不醒|抽|流血|出血|肿|鼓包|起包|不动|哭个?不停|一直哭|(?<![a-z])(?:vomit\w*|threw up|throwing up|sleepy|drowsy|bleeding|unconscious|swelling|bump|lump|won'?t stop crying|not moving)(?![a-z])/;

const FEVER = /发烧|发热|高烧|低烧|烧到|烧了|体温.{0,6}(?:3[7-9]|4[0-2])|(?<![\d.])(?:3[89]|4[0-2])(?:\.\d)?\s*(?:度|℃|°)|(?<![a-z])(?:fever|febrile|temperature of|temp of|high temp)(?![a-z])|(?<![\d.])(?:100\.[4-9]|10[1-6](?:\.\d)?)\s*(?:f|°f)(?![a-z])/;
const UNDER_3_MONTHS = /新生儿|刚出生|满月|未满月|出生(?:才)?\d+\s*天|(?<![\d个])\d{1,2}\s*天(?:大|的宝宝)|(?<![\d个])(?:[1-9]|1[0-2])\s*周(?:大|的宝宝)|[一两二俩]?个?(?:多)?星期(?:大)?的宝宝|(?<![a-z])(?:newborn|neonate|\d{1,2}[- ]days?[- ]old|(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight)[- ]weeks?[- ]old)(?![a-z])/;
const HIGH_FEVER = /(?<![\d.])(?:4[0-2])(?:\.\d)?\s*(?:度|℃|°)|高烧不退|(?<![a-z])(?:high fever|10[4-6](?:\.\d)?\s*(?:f|°f))(?![a-z])/;

export function detectRedFlags(text: string): RedFlags {
  const t = normalizeText((text ?? '').slice(0, 4000));
  const flags: string[] = [];
  const educational = EDUCATIONAL.test(t) && !HAPPENING_NOW.test(t);
  for (const [flag, re, suppressible] of CHECKS) {
    if (re.test(t) && !(suppressible && educational) && !flags.includes(flag)) flags.push(flag);
  }
  if (!flags.includes('head_injury') && FALL.test(t) && (FALL_WARNING.test(t) || !FINE_NOW.test(t)) && !educational) flags.push('head_injury');
  if (FEVER.test(t)) {
    const age = parseAge(t).childAgeMonths;
    if (UNDER_3_MONTHS.test(t) || (age !== undefined && age < 3)) flags.push('fever_under_3_months');
    // Fever with a stiff neck or a rash that does not fade is the pattern to act on.
    if (flags.includes('meningitis_signs') && !flags.includes('fever_with_meningitis_signs')) flags.push('fever_with_meningitis_signs');
    if (HIGH_FEVER.test(t)) flags.push('high_fever');
  }
  // A very high fever alone means "see a doctor today", not "call 120".
  const emergency = flags.some((f) => f !== 'high_fever');
  return { emergency, flags };
}
