/**
 * The words parents use for signs, gathered into word classes, and a layer that
 * rewrites their own words into the words the sign patterns read (healthSigns.ts).
 *
 * Why a layer: the sign patterns were written from textbook wordings (疹子, 吃了药,
 * 叫不醒) and missed the same sign told another way — 红疙瘩 / 一颗一颗红红的 / "red
 * blotchy bumps" for a rash, 喂了 / 'gave him' for a medicine given, 软塌塌 for floppy,
 * 上吐下泻 / 'the runs' for a tummy bug. Widening each pattern by single phrases drifts
 * apart pattern by pattern; rewriting a word class once, before every pattern reads
 * the text, keeps them together. Rewrites only map a phrase onto a word of the same
 * meaning (never a stronger one), so no sign is read that the parent did not tell.
 * Text is Simplified and lower-cased (normalizeText) when it gets here.
 */

/** Rash words in Chinese, as parents say them (a class for patterns that need a rash word near another word). */
export const RASH_ZH =
  '疹|红点|红斑|风团|荨麻疹|红疙瘩|疙瘩|红包包|小红包|红色(?:的)?(?:小)?(?:包包|包|点点|点|颗粒|斑块)|红点点|一颗一颗|一粒一粒|一块一块红|一片一片(?:的)?红';
/** Rash words in English: 'rash', 'hives', and spots, bumps or blotches with a word that says they are a rash. */
export const RASH_EN = String.raw`rash\w*|hives|welts|(?:red|pink|pinkish|raised|itchy|blotchy|spotty|little|tiny|small|purple|flat|bumpy)(?:,? (?:red|pink|pinkish|raised|itchy|blotchy|little|tiny|small|flat))* (?:spots|dots|bumps|blotches|patches|lumps)|spotty`;
/** Giving or taking a medicine: 吃/喝/服/用/打 and the parent's 喂 / 给…吃; 'gave', 'started', 'on'. */
export const GIVE_ZH = '吃|喝|服|用|打|喂|给[^，。,.!?！？]{0,4}(?:吃|喝|用)';
/** Medicines parents name: a generic word, antibiotics, fever and pain medicines, cold medicines. */
export const MEDICINE_ZH = '药|阿莫西林|头孢|抗生素|消炎药|青霉素|阿奇霉素|罗红霉素|布洛芬|美林|泰诺林|对乙酰氨基酚|退烧药|感冒药|止咳药|药水|糖浆|冲剂|颗粒剂';
export const MEDICINE_EN = String.raw`amoxicillin|amoxil|augmentin|antibiotics?|penicillin|cephalexin|cefalexin|cefdinir|azithromycin|ibuprofen|paracetamol|acetaminophen|calpol|nurofen|tylenol|motrin|advil|medicine|medication|meds|syrup`;

/**
 * Phrases rewritten before the sign patterns read the text: [what parents say, what the patterns read].
 * Ordered: longer phrases first where one holds another.
 */
const REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
  // ── rash: parents' words for spots and bumps (红疙瘩, 红点点, 一颗一颗红红的, 一片一片的红包) → 红点, a word every
  // rash pattern reads (the rash itself, after a food, after a medicine, and 不褪色的红点 for the glass test) ──
  [/(?:小)?红(?:色)?(?:的)?(?:小)?(?:疙瘩|包包|点点|颗粒|斑块)/g, '红点'],
  [/红红(?:的)?(?:小)?(?:点点|点|疙瘩|包包|颗粒)/g, '红点'],
  [/(?:一颗一颗|一粒一粒|一块一块|一片一片)(?:的)?(?:小)?红(?:红|色)?(?:的)?(?:小)?(?:包|点|疙瘩|斑)?/g, '红点'],
  // Bumps that itch, or come out in patches all over, are a rash, not a bump from a knock.
  [/(?:起|冒|长|出)(?:了)?(?:好多|很多|一片|一些|一身|满身|好些|一堆)(?:的)?(?:小)?(?:包包|小包|疙瘩)(?=[^。!?！？]{0,12}(?:痒|抓|连成|一片))/g, '起了红点'],
  [
    /(?:起|冒|长|出)(?:了)?(?:好多|很多|一片|一些|一身|满身|好些|一堆|几个)?(?:的)?(?:小)?(?:包包|小包|疙瘩)(?=[^。!?！？]{0,4}(?:很|好|有点|特别)?痒)/g,
    '起了红点',
  ],
  // ── floppy and hard to wake (软塌塌, 软哒哒; 叫他都懒得睁眼, 喊也睁不开眼) ──
  [/软(?:塌塌|哒哒|踏踏|塔塔|嗒嗒|沓沓)(?:的)?/g, '软趴趴'],
  [/(?:叫|喊|拍)(?:他|她|了)?[^，。,.!?！？]{0,4}(?:都|也)?(?:(?:懒得|不|不肯|不太)睁(?:开)?(?:眼睛|眼)?|(?:眼睛|眼)?睁不开(?:眼睛|眼)?)/g, '叫不醒'],
  [/(?:叫|喊)(?:他|她|了)?(?:也|都)?(?:不太|不怎么|不大)醒/g, '很难叫醒'],
  // 怎么叫都睡不醒 is 叫不醒; Taiwanese Hokkien 叫袂醒 / 叫嘸醒 the same; 昏昏欲睡 is drowsy.
  [/(?:叫|喊|摇|拍)[^，。,.!?！？]{0,4}(?:都|也)?(?:睡不醒|袂醒|嘸醒|无醒)/g, '叫不醒'],
  [/昏昏欲睡/g, '昏昏沉沉'],
  [/(?<=[规全])身躯/g, '身体'],
  // ── energy and feeding in Taiwan and everyday wording (活力很差, 没有活力; 不太喝奶, 不太吃东西) ──
  [/活力(?:很|比较|有点|有些|变|变得|都)?(?:差|不好|不佳|低|下降)|(?:没有|没|没什么)活力/g, '没精神'],
  [/不(?:太|怎么|大)(吃奶|喝奶|吃东西|喝水)/g, '不肯$1'],
  // ── drying out: wees and tears told with a word between (小便很少, 尿尿都很少; 哭也没眼泪) ──
  [/(?:小便|尿尿|尿量|小便量)(?:很|特别|比较|明显|变得|都|也|好像)*(?:少|变少)/g, '尿少'],
  [/哭(?:了)?(?:的时候)?(?:也|都|却)没(?:有)?(?:什么|啥)?(?:眼泪|泪)/g, '哭没眼泪'],
  // ── a tummy bug: 上吐下泻 is vomiting and diarrhoea; 'the runs' is diarrhoea ──
  [/上吐下泻|又吐又拉|吐泻/g, '呕吐 拉肚子'],
  // 'been sick twice' (British English for vomiting), told with how often — not 'been sick since Monday' (ill).
  [/(?<![a-z])(?:been|was|is being|got) sick (twice|three times|\d+ times|a few times|several times|again|all (?:night|morning|day))(?![a-z])/g, 'vomited $1'],
  [/(?<![a-z])(?:the runs|runny (?:tummy|nappies|diapers|poos?|poops?))(?![a-z])/g, 'diarrhoea'],
  // ── a fever told as 'has had a temp', 'running a temperature' ──
  [
    /(?<![a-z])(?:has|had|have|got|running|with|has had|'s had|'s got|been running) (?:a )?(?:high |slight |bit of a |little )?(?:temp|temperature)(?! (?:of )?(?:3[5-7](?:\.\d)?|normal))(?![a-z])/g,
    'has a fever',
  ],
  // ── croup's bark told with the animal (像小狗叫, 像鸭子叫, 空空的; 'sounds like a seal barking') ──
  [/咳[^，。,.!?！？]{0,8}像(?:小狗|狗狗|狗|小鸭子|鸭子|鸭|海豹|公鸡|小海豹)(?:在)?叫/g, '咳嗽像狗叫'],
  [/咳[^，。,.!?！？]{0,8}(?:空空|空空空|嗡嗡)(?:的|声)?/g, '咳嗽像狗叫'],
  [/(?<![a-z])cough\w*[^.!?]{0,30}(?:seal|dog)(?: barking| bark)?(?![a-z])/g, 'barking cough'],
  // ── a hoarse voice (声音沙沙的, 嗓子哑哑的, 嗓子也哑了) ──
  [/(?:声音|嗓子|嗓音)(?:都|也|有点|有些|变得|变)?(?:沙沙|哑哑|沙哑|哑|嘶哑|粗粗)(?:的|了)?/g, '声音沙哑 '],
  // ── a sawing or crowing noise breathing in (像拉锯, 像公鸡叫) is stridor, read with croup's words ──
  [/(?:吸气|呼吸|喘气)[^，。,.!?！？]{0,8}(?:像)?(?:拉锯|锯木头)(?:一样|似的)?(?:的)?(?:声音)?/g, '吸气时有喘鸣'],
  // ── noisy breathing told with 喘气 (喘气有点响, 喘气有声音) reads as breathing with a noise ──
  [/(?:喘气|出气)(?:的时候|时)?(?:有点|有些|都|也|很|好)?(?:有)?(?:声音|响声|响)/g, '呼吸有声音'],
  // ── fits: jerking limbs told with a word between (手脚会一抽一抽的) ──
  [/(手脚|全身|浑身)(?:会|老是|总是|时不时|一直|还)(一抽一抽|一抖一抖|抽动)/g, '$1$2'],
];

/**
 * English words inside a Chinese message: the Chinese word is added after the English one (only when the message has
 * Chinese in it), so the Chinese patterns read 'egg' next to 起包 and the English ones still read the English word.
 */
const MIXED: ReadonlyArray<readonly [RegExp, string]> = [
  // Not before a word about fading: 'spots don't fade' is read by the English glass-test pattern as it stands.
  [/(?<![a-z])(?<!purple |dark )(?:red |little |tiny |small |pink )?(?:spots|dots|bumps)(?![a-z])(?![^。，,.!?！？]{0,20}(?:fade|blanch|褪))/g, '$&红点'],
  [/(?<![a-z])hives(?![a-z])/g, '$&风团'],
  [/(?<![a-z])ulcers?(?![a-z])/g, '$&溃疡'],
  [/(?<![a-z])itchy(?![a-z])/g, '$&痒'],
  [/(?<![a-z])eggs?(?![a-z])/g, '$&鸡蛋'],
  [/(?<![a-z])peanuts?(?![a-z])/g, '$&花生'],
  [/(?<![a-z])(?:shrimps?|prawns?)(?![a-z])/g, '$&虾'],
  [/(?<![a-z])barking(?![a-z])/g, '$&狗叫'],
  // A chest that sucks in told in English inside Chinese ("胸口一吸气 sucking in"): read as the Chinese words the indrawing
  // pattern knows (往里凹), so the chest word a few characters before still finds it (round 45).
  [/(?<![a-z])(?:sucking|sucks|pulling|pulls|caving|caves|sinking|sinks) in(?![a-z])/g, '往里凹'],
  [/(?<![a-z])hfmd(?![a-z])/g, '$&手足口病'],
  // Low-toxicity things named in English inside Chinese ("偷偷吃了一点toothpaste"): read as the Chinese word the
  // low-toxicity pattern knows, so a mouthful is not read as any 偷吃 ingestion (poisoning).
  [/(?<![a-z])(?:kids'? |children'?s |baby )?tooth ?paste(?![a-z])/g, '牙膏'],
  [/(?<![a-z])(?:crayons?)(?![a-z])/g, '蜡笔'],
  [/(?<![a-z])(?:lipstick|lip balm|chapstick)(?![a-z])/g, '口红'],
];

const HAS_CJK = /[\u4e00-\u9fff]/;

/** Rewrites a parent's own words for signs into the words the sign patterns read. */
export function canonicalSymptoms(t: string): string {
  let out = t;
  if (HAS_CJK.test(out)) for (const [re, to] of MIXED) out = out.replace(re, to);
  for (const [re, to] of REWRITES) out = out.replace(re, to);
  return out;
}

// ── named common conditions, read from what the parent describes ──

/** Sores or blisters in the mouth or throat (嘴里有泡泡, 喉咙破洞, 'blisters in her mouth'). */
export const MOUTH_SORES = new RegExp(
  String.raw`(?:嘴|口腔|口|喉咙|嗓子|舌头|牙龈|上颚)(?:巴)?(?:里|里面|上|内)?(?:好像|也|都|还)?(?:长了|有|起了|冒了|都是|也有|出了|长|也)?(?:好多|很多|一些|几个|好几个)?(?:小)?(?:泡泡|泡|水泡|疱疹|溃疡|破洞|破了|白点|口疮|烂了)|(?:泡泡|水泡|疱疹|溃疡|口疮)[^，。,.!?！？]{0,4}(?:嘴|口腔|喉咙)|(?<![a-z])(?:(?:blisters?|sores?|ulcers?|spots) (?:in|on|inside) (?:her |his |their |the )?(?:mouth|throat|tongue|gums)|(?:mouth|tongue|gum|throat) (?:blisters?|sores?|ulcers?)|sores on the (?:tongue|gums))(?![a-z])`,
);
/** Spots or blisters on the hands, feet or bottom (手心脚底起小红疹, 'spots on her palms and soles'). */
export const HAND_FOOT_SPOTS = new RegExp(
  String.raw`(?:手心|手掌|手上|手指|脚底|脚心|脚掌|脚上|屁股|屁屁|臀部|手脚)[^。!?！？]{0,16}(?:${RASH_ZH}|水泡|泡泡|疱)|(?<![a-z])(?:(?:${RASH_EN}|rash|spots|blisters?)[^.!?]{0,30}(?:palms?|soles?|hands?|feet|bottom|bum|butt)|(?:palms?|soles?|hands?|feet) [^.!?]{0,20}(?:${RASH_EN}|rash|spots|blisters?))(?![a-z])`,
);
/** Hand, foot and mouth disease (or enterovirus, as Taiwan calls it) named by the parent. */
export const HFMD_NAMED = /手足口|肠病毒|肠道病毒|疱疹性咽峡炎|(?<![a-z])(?:hfmd|hand,? foot,? (?:and|&) mouth|enterovirus|herpangina)(?![a-z])/;
/**
 * The hand, foot and mouth vaccine (EV71), named: a question about a vaccine, not the illness ("手足口疫苗要不要打",
 * "自费 vaccines for 水痘 and 手足口 EV71. do we need them?"); taken out before HFMD_NAMED is read (round 38).
 */
export const HFMD_VACCINE =
  /(?:手足口(?:病)?|肠道病毒|肠病毒|ev-?71)\s*(?:的)?\s*(?:疫苗|vaccines?|jabs?|shots?)|(?:疫苗|vaccines?|jabs?|shots?)\s*(?:for|against|of)?\s*[^.?!。？！]{0,30}?(?:手足口(?:病)?|肠道病毒|肠病毒|hfmd|hand,? foot,? (?:and|&) mouth)/g;
/** A cold: a runny or blocked nose, a cough with a cold ('感冒三天', 'with a cold'). */
export const COLD_WORDS = /感冒|流鼻涕|鼻涕|鼻塞|着凉|(?<![a-z])(?:a cold|the sniffles|runny nose|snotty|stuffy nose|blocked nose)(?![a-z])/;
/** Croup's own bark (not any noisy breathing): a dog, a seal, a duck, 'barking'. */
export const TRUE_BARK = /狗叫|海豹|鸭子叫|犬吠|(?<![a-z])(?:bark\w*|seal)(?![a-z])/;
/** A tummy bug named ('肠胃炎', 'tummy bug', 'gastro'). */
/** Told as seen by a doctor already ('医生说是手足口', 'the GP said it's HFMD'). */
export const DOCTOR_SAID =
  /医生(?:说|讲|看了|看过|诊断)|(?:诊断|确诊)(?:为|是|了)?|看过医生|看了医生|(?<![a-z])(?:doctor|gp|paediatrician|pediatrician|clinic)(?: [a-z']+){0,2} (?:said|says|thinks|confirmed|diagnosed)|diagnosed(?![a-z])/;
/** A limb jerking or trembling, or startling easily (肢体抖动, 易惊, 'jerking', 'startles'): with HFMD, a sign of a severe case. */
export const JERKS =
  /(?:手|脚|胳膊|腿|手脚|身体|全身)(?:会|老是|总是|时不时|一直|还)?(?:一抽一抽|一抖一抖|抖动|发抖|抽动)|易惊|(?:容易|老是|总是)(?:惊跳|惊醒|受惊)|惊跳|(?<![a-z])(?:jerk\w*|trembl\w*|twitch\w*|startl\w* easily|keeps startling)(?![a-z])/;
export const GASTRO_NAMED = /肠胃炎|胃肠炎|肠胃感冒|诺如|轮状|(?<![a-z])(?:tummy bug|stomach bug|gastro\w*|stomach flu|norovirus|rotavirus)(?![a-z])/;
