import { foldDialectWords } from '../text/dialectWords.ts';
import { normalizeText } from '../nlu/normalizeText.ts';
import { countOf, readAge, readBreathRate, readDayOfIllness, readFeverDays, readTemperature, withoutAmbientTemperatures } from './measuresInMessage.ts';
import {
  canonicalSymptoms,
  COLD_WORDS,
  DOCTOR_SAID,
  GASTRO_NAMED,
  GIVE_ZH,
  HAND_FOOT_SPOTS,
  HFMD_NAMED,
  HFMD_VACCINE,
  JERKS,
  MEDICINE_EN,
  MEDICINE_ZH,
  MOUTH_SORES,
  RASH_EN,
  RASH_ZH,
  TRUE_BARK,
} from './symptomWords.ts';

/**
 * The health signs in one parent message, both languages, read from
 * Simplified text (callers convert Traditional first). This only reads; what
 * the signs add up to (red, amber, watch) is decided in triageSigns.ts, across
 * the recent turns as well as this one.
 *
 * Sign names are stable: they are stored in the dialogue state between turns
 * and logged. Patterns lean towards flagging: a false alarm costs a sentence,
 * a miss can cost a life.
 */
export interface SignReading {
  /** Every sign recognised in the message (see SIGNS and the computed ones below). */
  signs: Set<string>;
  /** The child's age stated in this message, in months (weeks and days rounded down). */
  ageMonths?: number;
  /** The highest temperature stated, °C. */
  temperature?: number;
  /** How many days the fever has lasted, when said. */
  feverDays?: number;
  /** Asking in general or about prevention, with nothing happening now. */
  educational: boolean;
  /** "If my child…": a hypothetical, not something that happened. */
  hypothetical: boolean;
  /** Emergencies asked about ahead ("如果孩子抽筋了怎么办", "what if my baby chokes"): the first aid to give, not a 120 call now. */
  ahead: string[];
  /** The parent says the child is fine now (playing, eating, back to normal). */
  fineNow: boolean;
  /** "要紧吗 / should I worry": checking whether an incident matters, not calling for help. */
  checking: boolean;
  /** Asking how much medicine to give. */
  asksDose: boolean;
  /** The kind of medicine the message names: fever and pain medicine, or cough and cold medicine. */
  medicine?: 'fever' | 'cough';
  /** Something happened to the child at a childcare point. */
  atPoint: boolean;
  /** The illness is over, or the question is about going back to care ("发烧好了 多久能再送去"): a policy question, not one to watch. */
  recovered: boolean;
  /** Asking about a home remedy or a way to handle what just happened (toothpaste, ice, vinegar, tweezers, popping a blister). */
  remedy: boolean;
  /** "那什么情况要去医院", "when should I take her in?": asking which signs need a doctor (after an incident, its own signs). */
  asksWhenToGo: boolean;
  /** "接下来呢", "what next?", "anything else?": asking what to do next about what was just told. */
  asksNext: boolean;
  /** "几cc", "多少毫升", "how many ml": an amount asked with no medicine named (a dose when a medicine was just asked about). */
  asksAmount: boolean;
  /** "day 5", "第五天": which day of an illness, with no illness named (a fever's day when a fever was just told). */
  dayOfIllness?: number;
  /** "still 39", "还是39": a number that is a temperature when a fever was just told. */
  bareTemperature?: number;
  /** "now 退了", "不烧了", "fever's gone": the fever has come down (the child may still need watching). */
  feverGone: boolean;
  /** "已经打了120", "救护车在路上", "they called 120": help is already coming, so the answer is what to do until it arrives. */
  helpCalled: boolean;
  /** "阿姨发微信说…", "our ayi just texted": someone with the child (a nanny, a grandparent) reported the signs to a parent
   * who is not there, so the one beside the child is the one to call 120 and give the first aid. */
  carerReports: boolean;
  /** "周六的托还能去吗", "can he still go to Saturday's session?": asks whether the child may come to care while ill. */
  asksCare: boolean;
  /** "要不要取消周六的", "should I cancel Saturday?": whether to cancel a booking because of the illness, asked. */
  asksCancel: boolean;
  /** "还要继续吃药吗", "should I skip her daily medicine today?": whether the child's own medicine goes on (or is given again)
   * during the illness — a question for the prescriber, never a dose here. */
  asksUsualMedicine: boolean;
  /** The parent blames themself for what happened ('都怪我没看好', 'I feel like a terrible mum'). */
  selfBlame: boolean;
  /** A choke on milk or water told with how it went (coughing, red in the face, breathing or crying now). */
  fluidChokeTold: boolean;
  /** Wants to sleep all the time ('一直想睡觉', 'so sleepy'), not a question about a nap: a warning after a knock told before. */
  sleepyNow: boolean;
  /** "可以等到明天吗", "can this wait until Monday?", "急诊还是明天门诊": asks whether seeing a doctor can wait. */
  asksWait: boolean;
  /** "可以先给他吃退烧药再去吗", "can I give her Calpol first and then go?": asks to treat at home before going. */
  medicineFirst: boolean;
  /** "she just drank 4oz and had a proper wee", "刚喝了一瓶奶 也尿了": drinking and weeing again after a worry about drying out. */
  drinkingAgain: boolean;
  /** "能让她睡午觉吗", "is it ok if she naps now?": asks whether the child may sleep (after a knock told before, about that knock). */
  asksNap: boolean;
  /** Sudden jerks or startles ('睡觉一直惊跳', 'kept jerking in her sleep'): no sign by itself (a newborn's startle), but the
   * warning of a severe case after hand, foot and mouth told before (triageSigns). */
  jerks: boolean;
}

// Questions about prevention or general knowledge, with nothing happening now.
const EDUCATIONAL =
  /新闻|报道|听说|看到(?:一个|一篇|有)?(?:视频|文章|帖子)|(?<![a-z])(?:in the news|on the news|read about|heard about|saw a (?:video|post|story))(?![a-z])|(?:多少度|几度|多高|烧到多少|烧到几度)[^，。,.!?！？]{0,6}(?:会|就会|才会|容易|可能)|(?<![a-z])(?:(?:at )?what temperature (?:does|do|can|will|would|is|causes?)|how high (?:does|do|can|must) (?:a |the )?(?:fever|temperature))(?![a-z])|预防(?!针|接种)|(?:怎么|怎样|如何|要)(?:收|放|保管|存放)|收好|放好|放在(?:孩子)?够不到|儿童锁|安全锁|(?:比较|才|就|才能|才会)不(?:会|容易)(?:被)?(?:噎|呛|烫|摔|卡)|(?:要)?怎么切|怎样才能|上次|以前|之前|上个月|去年|会不会影响|影响智力|后遗症|烧坏|伤(?:到)?脑|脑(?:子)?(?:会)?(?:受损|损伤)|会不会复发|防止|怎么避免|如何避免|避免|什么是|(?<!不知道|不清楚|不确定|不晓得|知不道)是什么|科普|急救(?:课|培训|知识)|容易|经常|总是|老是|会不会遗传|遗传|提前(?:学|了解|准备|知道)|想(?:先)?学(?:一下|习|学)?|什么原因|(?:是)?什么引起|为什么会(?:抽|惊厥|噎|发烧|烧)|(?<![a-z])(?:what causes?|what caused|why do(?:es)? (?:babies|toddlers|children|kids|some kids|a baby|a child) (?:get|have)|learn (?:what|how) to|want to (?:learn|know) (?:what|how) to|prevent\w*|avoid\w*|child-?proof\w*|baby-?proof\w*|(?:how|where) (?:should|do|can) (?:i|we) (?:store|keep|put|hide)|keep (?:[a-z']+ ){0,3}(?:away from|out of (?:reach|the way))|safe(?:ly)? stor\w*|what is|what are|last (?:time|month|year)|history of|ever had|long-term|brain damage|signs of|how (?:can|do) i tell|in case|first aid (?:course|class|training)|tends to|often|always|usually)(?![a-z])/;
// "多小的东西会噎到", "哪些零食会噎住", "花生会噎到吗", "how small does something have to be to choke", "which foods are
// choking hazards", "can a 1 year old choke on rice crackers?": a question about what can choke, with nobody choking.
const CHOKE_QUESTION =
  /(?:多小|多大|什么(?:样的?)?(?:大小|尺寸)|多(?:粗|细|长))[^，。,.!?！？]{0,12}(?:噎|卡|呛|吞)|(?:哪些|哪种|哪类|什么(?:样的?)?)(?:东西|食物|零食|玩具|水果|坚果|食品|零件|小东西)[^，。,.!?！？]{0,10}(?:噎|卡|呛)|(?<![了])(?:会|能)(?:不会)?(?:被)?(?:噎|卡|呛)(?:到|住|着)?(?:吗|么|嘛|不)|(?<![a-z])(?:how (?:small|big|large|tiny)|what size|choking (?:hazards?|risks?|dangers?)|(?:which|what) (?:foods?|toys?|things|snacks|objects|items)(?: [a-z']+){0,4} (?:choke|choking)|(?:can|could|will|would|do|does) (?:an? |my |the |babies|toddlers|kids|children|infants|he|she|they)(?:[a-z0-9']+ ){0,3}choke on)(?![a-z])/;
// A worry about choking ahead of time ('自己抓着吃会不会卡到喉咙', '就怕她噎着', "I'm scared she'll choke on the strips",
// "how do I know she won't choke", "is it gagging or actual choking?", "tips so he doesn't choke on a fish bone"): a question
// about the risk (gagging vs choking, safe pieces, "怎么分辨是真的噎住", "how do I tell real choking"), not a choke now — unless the message tells a child who cannot cough,
// cry, breathe or is turning blue.
const CHOKE_WORRY =
  /(?:怎么|怎样|如何|要怎么)(?:分辨|区分|判断|知道|看出)(?:是不是|是)?(?:真的|真正)(?:被)?(?:噎|卡|呛|哽)(?:到|住|着)?|(?<![a-z])how (?:do|can|will|would) (?:i|we|you) (?:know|tell|spot|recogni[sz]e)[^.!?]{0,30}(?:real|actual|true|proper) chok\w*(?![a-z])|(?:跟|和|与)(?:被)?(?:噎|呛|卡|哽)(?:到|住|着)?(?:有|是)?(?:什么|啥|哪里|哪些)(?:不一样|不同|区别|差别|分别)|(?:噎|呛|哽)(?:到|住|着)?(?:跟|和|与)[^，。,.!?！？]{0,8}(?:的)?(?:区别|差别|不同|分别)|会不会(?:被)?(?:噎|卡|呛|哽)(?:到|住|着)?(?![到住着了])|(?<!可)(?:怕|担心)[^，。,.!?！？]{0,8}(?:噎|卡|呛|哽)(?:到|住|着)?(?![到住着了])|(?:会不会|怕|担心)[^，。,.!?！？]{0,8}chok(?:e|ing)(?![a-z])|(?<![a-z])(?:(?:scared|afraid|worried|nervous|terrified|worry|fear)[^.!?]{0,30}(?:(?:'ll|will|might|may|could|would|won'?t) choke|(?:about|of) (?:her |him |them )?choking)|won'?t choke|gag\w* (?:vs\.?|versus|or|and|from) (?:actual |real |true )?chok\w*|chok\w* (?:vs\.?|versus|or) gag\w*|difference between (?:gagging|choking)|(?:so|that) (?:he|she|they|the baby|my (?:baby|son|daughter|toddler)) (?:doesn'?t|does not|won'?t|don'?t) choke|(?:prevent|avoid)(?:ing)? (?:him |her |them )?(?:from )?choking)(?![a-z])/;
// Someone's claim that a food or a way of feeding *will* make the child choke ('阿嬤說太早吃顆粒會噎到', '奶奶说这样一定会
// 噎着', 'grandma says she will choke'): a prediction told to ask whether it is true, not a choke now, even when the
// story around it says 一直 or 现在 about something else ('不要一直用湯匙餵'). A child who cannot cough, cry or breathe
// is still a choke (CHOKE_DISTRESS).
const CHOKE_CLAIMED =
  /(?:说|觉得|认为|以为|讲|怕|担心|反对)[^，。,.!?！？]{0,14}(?<!不)(?:一定|肯定|就|很|容易|可能|也)?会(?:被)?(?:噎|卡|呛|哽)(?:到|住|着)?(?![了过])|(?<![a-z])(?:says?|said|thinks?|worried|worries|afraid|scared|convinced|insists?|insisted|reckons?|claims?|believes?|warns?|warned|sure|certain)(?: [a-z']+){0,5}?(?:'ll| (?:will|'ll|would|might|may|could|is going to|gonna|会|一定会))\s*choke(?![a-z])|(?:说|觉得|担心|怕)[^，。,.!?！？]{0,8}(?:一定|肯定)?会\s*choke(?![a-z])/;
/** A tick named (壁虱, 蜱虫, 'tick'): its 'head' left in the skin is the tick's mouthparts, not the child's head. */
const TICK = /壁虱|蜱|草爬子|(?<![a-z])ticks?(?![a-z])/;
const TICK_HEAD_LEFT =
  /(?:虫)?头(?:部)?(?:好像|可能|还|都|也)*(?:断|留|卡|还在)(?:在|了)?[^，。,.!?！？]{0,8}(?:皮肤|肉|里)?|(?<![a-z])(?:the |its |his |her )?head (?:is |was |got |seems |looks |still |stayed |broke )*(?:stuck|left|in|off|inside)(?![a-z])/g;
/** "头断在皮肤里面" with no tick named in the message (told after an answer about one): the same, a part in the skin. */
const TICK_HEAD_IN_SKIN = /头(?:部)?(?:好像|可能|还|都|也)*(?:断|留|卡)(?:在|了)?[^，。,.!?！？]{0,4}(?:皮肤|肉)(?:里|里面)?/g;
/** "喉咙怪怪的", "嗓子发紧", "her throat feels funny": how a child tells a tight throat. */
const THROAT_TIGHT =
  /(?:喉咙|嗓子|喉)(?:里)?(?:有点|好像|感觉|觉得)?(?:怪怪的?|怪怪|不舒服|紧|发紧|卡卡的?|痒痒?)|(?<![a-z])(?:(?:throat|neck) (?:feels|is|feeling) (?:tight|funny|weird|strange|scratchy|closing)|tight throat)(?![a-z])/;
/** Gagging named (干呕, 作呕, 'gags', 'gagging'): the protective reflex of a baby learning lumps. */
const GAG_TOLD = /干呕|作呕|(?<![a-z])gag(?:s|ged|ging)?(?![a-z])/;
const CHOKE_DISTRESS =
  /咳不出|哭不出|发不出|出不了声|没(?:有)?声|不能呼吸|无法呼吸|喘不|没(?:有)?呼吸|发紫|发青|变紫|变青|(?<![a-z])(?:can'?t (?:breathe|cough|cry)|cannot (?:breathe|cough|cry)|not breathing|no sound|turning blue|went blue|is choking|'s choking)(?![a-z])/;
/** 'Now' said of what is left of something past: a scar, a lump still there, a mark fading. */
const AFTERMATH_NOW =
  /现在(?:还|都|已经|也)?(?:留(?:了|下)?(?:个|一个|一块|一道)?疤|有(?:个|一个|一块|一道)?(?:疤|印子?|包|痕)|没(?:有)?(?:完全)?消|结痂|长好|好(?:多|一些|点)了)/g;
// ("so this doesn't happen again" asks how to prevent it: nothing is happening.)
const HAPPENING_NOW =
  /现在|这次|(?:今天|今早|今晚|这两天)(?:又|也|还)?(?:发)?烧|又(?:发)?烧(?:起来|到)?|(?<!如果|万一|要是|假如|下次|下次再)又抽|(?<![不没])在(?:抽(?![血烟水奖签屉鼻泣噎搭])|惊厥)|又开始|不见了|找不到了|正在|刚刚|刚才|突然|一直|救命|急急|快来|马上|已经(?:吞|吃|喝)|(?<![a-z])(?:(?:he|she|they) just did|just (?:swallowed|ate|drank|did|had)|right now|just now|is having|currently|(?<!(?:n't|not|never) happen )again|this time|is missing|can'?t find|suddenly|help|emergency|urgent|asap|won'?t stop|keeps)(?![a-z])/;
// A question that opens with "if": "如果孩子抽筋了怎么办", "what if my baby chokes" — asking ahead, nothing happening.
const LEADING_IF =
  /^(?:请问|想问一下|想问|我想问|问一下|老师)?[，,\s]*(?:如果|万一|假如|假设|(?:what (?:should i do |do i do |to do )?if|if|in case)(?![a-z]))/;
// "问一下以防万一 如果宝宝吞了纽扣电池怎么办", "just asking, what if…": an "if" question that says it is asked ahead, wherever
// the "if" stands in the message.
const ASKED_AHEAD =
  /以防万一|家族史|下次|下一次|(?:先|提前|就|只是|随便)问(?:一下|问)?|(?:先|提前|预先)(?:了解|学|知道)|做(?:点)?功课|(?<![a-z])(?:just asking|just in case|asking ahead|for future reference|hypothetical(?:ly)?|family history|next time)(?![a-z])/;
/** "哪些情况一定要马上去医院": 马上 inside the question of when to go, not something happening now (round 53). */
const GO_NOW_ASKED = /(?:一定|必须|就|才)?(?:要|需要|得|该|应该)马上(?:去|送|打|带|就医|看)/g;
const HYPOTHETICAL = /如果|万一|假如|要是|下次(?:再|又|还)|(?<![a-z])(?:what if|if (?:my|a|the|our) (?:child|kid|baby|son|daughter|toddler)|in case)(?![a-z])/;

/**
 * A question asked on a condition with …的话 ("孩子在据点受伤的话 有保险吗", "受傷的話 要自己保嗎"): supposing, as 如果/要是 are,
 * not telling — when the words after the condition ask something and nothing in the message says it is happening or has
 * happened ("刚才摔了 肿起来的话要去医院吗" is told). Not the words someone said ("老师说的话").
 */
const ON_CONDITION = /(?<![说讲听骂问写])的话[，,\s]*([^。！!]*)/;
const ASKED_AFTER_CONDITION = /[?？]|吗|么|呢|怎么|如何|什么|谁|哪|多少|几|会不会|有没有|能不能|可不可以|要不要|是不是|算不算/;
const TOLD_BEFORE = /刚|已经|昨天|今天|今早|前天|上周|这次|摔了|撞了|磕了|烫了|伤了|咬了/;
function asksOnCondition(t: string): boolean {
  const m = ON_CONDITION.exec(t);
  const before = m ? t.slice(0, m.index) : '';
  return Boolean(m && ASKED_AFTER_CONDITION.test(m[1] ?? '')) && !HAPPENING_NOW.test(t) && !TOLD_BEFORE.test(before);
}

// One list of each kind for every poisoning pattern (they used to be repeated pattern by pattern and drift apart).
/** Household chemicals, tobacco, alcohol and pesticides: get help whatever the amount. */
const CHEMICALS = [
  '花露水',
  '风油精',
  '清凉油',
  '洁厕灵',
  '洁厕剂',
  '马桶清洁',
  '烟头',
  '烟丝',
  '烟油',
  '电子烟',
  '香烟',
  '精油',
  '卸妆水',
  '洗衣液',
  '洗衣凝珠',
  '洗衣球',
  '洗衣胶囊',
  '洗衣珠',
  '洗洁精',
  // Taiwan's and the north's words for the same washing-up liquid (洗碗精, 洗涤灵): a lick is still the soap's (round 53).
  '洗碗精',
  '洗碗液',
  '洗涤灵',
  '亮碟剂',
  '洗碗机',
  '洗碗块',
  '洗碗粉',
  '消毒液',
  '消毒水',
  '消毒片',
  '泡腾片',
  '酒精',
  '洗手液',
  '香水',
  '漱口水',
  '指甲油',
  '汽油',
  '煤油',
  '驱蚊液',
  // Plug-in mosquito liquid is sold as 电蚊香液 / 电热蚊香液 (the verb comes straight before it: "咬破电蚊香液的瓶子").
  '电热蚊香液',
  '电蚊香液',
  '蚊香液',
  // The coil itself, or the mat for a plug-in (蚊香片), chewed: an insecticide swallowed.
  '蚊香片',
  '蚊香',
  '84',
  '漂白',
  '清洁剂',
  '农药',
  '老鼠药',
  '杀虫剂',
  '干燥剂',
  '樟脑丸',
  // Camphor and methyl-salicylate rubs and oils (绿油精, 白花油, 万金油…): a mouthful can cause fits (US Poison Control).
  '绿油精',
  '白花油',
  '万金油',
  '红花油',
  '驱风油',
  '樟脑油',
  '薄荷油',
  '白酒',
  '啤酒',
  '红酒',
  // A cigarette said as 烟 alone ("把爸爸的烟吃了一点"); not fireworks, smoke alarms, chimneys or a smell of smoke.
  '烟(?![花雾囱台火气味熏感])',
].join('|');
/** Medicines by kind or by name. */
const MEDICINES = [
  '药',
  '药片',
  '胶囊',
  '维生素',
  '钙片',
  '铁剂',
  '药丸',
  '头孢',
  '阿莫西林',
  '布洛芬',
  '美林',
  '泰诺林',
  '对乙酰氨基酚',
  '扑热息痛',
  '阿司匹林',
  '褪黑素',
  '二甲双胍',
  '安定',
  '感冒灵',
].join('|');
/** The words for a medicine after a quantity or an owner ("吃了几颗奶奶的降压药"). */
const MEDICINE_KINDS = ['药', '胶囊', '维生素', '钙片', '铁剂', '丸'].join('|');
/** Whose medicine: someone else's makes it an ingestion, the child's own a dose. */
const OTHERS = ['奶奶', '爷爷', '外婆', '外公', '姥姥', '姥爷', '阿嬷', '阿公', '阿婆', '大人', '爸爸', '妈妈', '老人', '别人', '哥哥', '姐姐'].join('|');
/** Family words in pinyin inside an English message ("2 of laolao's blood pressure pills"): whose medicine, as "grandma's" (round 38, mix38). */
const EN_PINYIN_KIN = ['lao ?lao', 'nai ?nai', 'wai ?po', 'wai ?gong', 'ye ?ye', 'ah? ?ma', 'a ?gong', 'ayi'].join('|');
/** What a child may swallow, drink or chew that is poisonous (English). */
const EN_POISONS = [
  'mouthwash',
  // A mosquito coil, a plug-in's mat or its repellent liquid chewed or licked: an insecticide swallowed (round 46).
  'mosquito (?:coils?|mats?|repellent(?: liquid)?|liquid)',
  'hand saniti[sz]er',
  'cigarette butts?',
  'cigarettes?',
  'tobacco',
  'vape (?:liquid|juice)',
  'essential oils?',
  '(?:eucalyptus|tea tree|lavender|peppermint|clove|wintergreen|citronella|pine|camphor(?:ated)?) oil',
  'oil (?:from|out of|in) (?:the |a |her |his |my )?diffuser',
  'camphor',
  'nail polish remover',
  'antifreeze',
  'lamp oil',
  'window cleaner',
  'toilet cleaner',
  'drain cleaner',
  'oven cleaner',
  'pills',
  'tablets',
  'capsules',
  'medication',
  'vitamins',
  'gummies',
  'ibuprofen',
  'paracetamol',
  'acetaminophen',
  'tylenol',
  'calpol',
  'nurofen',
  'melatonin',
  'iron tablets',
  'laundry pods?',
  'tide pods?',
  '(?:laundry|washing|detergent) (?:capsules?|tabs?|tablets?|balls?)',
  'rinse aid',
  'detergent',
  'bleach',
  'cleaner',
  'dishwasher tablets?',
  'dishwasher (?:liquid|detergent|gel|powder|pods?)',
  'laundry (?:liquid|detergent|gel|powder)',
  'fabric softener',
  'e-?liquid',
  'nicotine',
  'perfume',
  'nail polish',
  'wine',
  'beer',
  'liquor',
  'spirits',
  'vodka',
  'whisk(?:e)?y',
  'baijiu',
  'rum',
  'gin',
  'alcohol',
  '(?:mosquito|insect) repellent',
  'pesticide',
  'rat poison',
].join('|');

/** Hot things a child touches or grabs (scalds by contact), both languages. */
const HOT_THINGS_ZH =
  '锅(?!巴|包)|熨斗|卷发棒|直发夹|夹板|烤箱|炉子|炉灶|火炉|热锅|锅边|锅盖|蒸笼|蒸锅|暖气片|电暖器|取暖器|暖风机|排气管|烤炉|烤盘|吹风机|电水壶|热水壶|烧水壶|热水瓶|暖水瓶|热水袋|电饭煲|电饭锅|电熨斗';
const HOT_THINGS_EN =
  'iron|stove|oven|hob|radiator|heater|pan|pot|kettle|toaster|hair ?dryer|curling (?:iron|wand)|hair straighteners?|straighteners?|flat iron|steamer|rice cooker|hot water bottle|heating pad|grill|barbecue|bbq|glue gun|exhaust';

/** Animals whose bite or scratch gets the animal-bite care (rabies is decided by a doctor), both languages. */
/**
 * Household poisons named in English inside a Chinese sentence ("喝了半瓶 hand sanitizer"): the Chinese verb of
 * swallowing does the work. Not pills, vitamins or gummies, which are also food words in a mixed sentence.
 */
const MIXED_POISONS = [
  'mouthwash',
  'hand ?saniti[sz]er',
  'cigarettes?',
  'cigarette butts?',
  'tobacco',
  'vape(?: liquid| juice)?',
  'essential oils?',
  'camphor',
  'nail polish(?: remover)?',
  'bleach',
  'detergent',
  '(?:laundry|detergent|dishwasher) (?:pods?|tablets?|capsules?)',
  '(?:toilet |drain |oven |window )?cleaner',
  'alcohol',
  'perfume',
  'antifreeze',
  '(?:mosquito|insect|bug) (?:repellent|spray)',
  'repellent',
].join('|');

// Dogs are often named by breed ("被邻居家的泰迪咬了", "柯基咬了一口", "the neighbour's corgi bit him"): still a dog bite, with
// its rabies clinic — never a human bite's advice (国家卫健委《狂犬病暴露预防处置工作规范》).
const DOG_BREEDS =
  '泰迪|柯基|金毛|哈士奇|二哈|比熊|柴犬|拉布拉多|博美|萨摩耶?|边牧|德牧|秋田|雪纳瑞|贵宾犬|吉娃娃|法斗|斗牛犬|中华田园犬|corgi|poodle|husky|labrador|golden retriever|shih tzu|pomeranian|chihuahua|schnauzer|bulldog|shiba';
/** The English breed names alone, for the English bite patterns ("the corgi bit her"). */
const EN_DOG_BREEDS = 'corgi|poodle|husky|labrador|golden retriever|shih tzu|pomeranian|chihuahua|schnauzer|bulldog|shiba';
const ANIMALS = `狗|猫|犬|老鼠|仓鼠|兔子|松鼠|蝙蝠|猴子?|${DOG_BREEDS}|hamster|rabbit|squirrel|dog|cat|puppy|kitten`;

/** What was stuck came out: "咳出来了", "coughed it up". */
const OBJECT_OUT =
  /(?:吐|咳|拍|弄|抠|拿)(?:了)?出来了|已经(?:吐|咳)?出来|(?:咳|吐)(?:了)?(?:几下|一下)就好|(?<![a-z])(?:coughed (?:it )?(?:up|out)|came (?:out|up)|spat (?:it )?out|dislodged)(?![a-z])|(?<![a-z])(?:coughed|cough|spat|spit)\s?(?:it\s?)?(?:了)?出来/;

/** A poison the child may be handling: remembered, so that "好像喝了一口" next is an ingestion. */
const POISON_NEAR_THING = new RegExp(
  String.raw`${CHEMICALS}|(?<![a-z])(?:bleach|detergent|cleaner|laundry pods?|dishwasher tablets?|pills|tablets|medicine)(?![a-z])`,
);

const MAGNET_THING = /磁铁|磁力珠|磁珠|吸铁石|巴克球|(?<![a-z])(?:magnets?|magnetic (?:balls?|beads?)|buckyballs?)(?![a-z])/;
const BATTERY_THING =
  /[纽钮]扣电池|扣式电池|小圆电池|圆形电池|(?:扣子|纽扣|钮扣|硬币|一元|一块钱)(?:那样|一样|那么大|大小|似|样)的?(?:小)?电池|(?<![a-z])(?:button batter(?:y|ies)|coin batter(?:y|ies)|lithium batter(?:y|ies))(?![a-z])/;
/** The thing named as a coin after the event ("it was a 1 yuan coin", "原来是硬币"). */
const COIN_NAMED =
  /(?:是|原来是|应该是|就是|好像是)[^，。,.!?！？]{0,6}(?:硬币|钢镚|钱币)|(?<![a-z])(?:it was|it's|it is|was just|think it was|turned out to be|must have been|probably)(?: [a-z0-9']+){0,3} coins?(?![a-z])/;
/** Gone from where it was ("不见了", "少了两颗", "missing"). */
const THING_MISSING = /不见了?|找不到了?|少了|没了|丢了|(?<![a-z])(?:missing|gone|can'?t find)(?![a-z])/;
/** Something small and shiny, not made out ("亮晶晶的小东西", "something shiny", "a little silver thing"). */
const SHINY_UNSEEN =
  /(?:亮晶晶|亮亮|闪闪|发亮|银色|银白色|金属)的?(?:小)?(?:东西|玩意儿?|物件|片|圆片)|(?<![a-z])(?:something (?:small and )?(?:shiny|silver|metal(?:lic)?)|(?:small |little |tiny )?(?:shiny|silver|metal(?:lic)?) (?:thing|object|something|disc|piece))(?![a-z])/;
/** The child has the thing in hand or mouth. */
const HANDLING =
  /拿着|拿到|在玩|玩|打开|拧开|咬|碰|够到|抓着|抓到|舔|手上|嘴|(?<![a-z])(?:got hold of|playing with|opened|holding|found (?:him|her|them) with|got into|chewing)(?![a-z])/;

/** A first taste of a food, or a common allergen just eaten. */
const FOOD_TRIGGER =
  /(?:第一次|头一次|刚)(?:吃|尝|喝)[^，。,.!?！？]{0,10}(?:蛋|花生|坚果|腰果|虾|蟹|鱼|牛奶|奶粉|芝麻|海鲜|小麦|辅食)|(?:吃|喝)(?:了|完)[^，。,.!?！？]{0,8}(?:花生|坚果|腰果|虾|蟹|芝麻|海鲜|鸡蛋)[^，。,.!?！？]{0,4}(?:之后|以后|后)|(?<![a-z])(?:(?:first time|after) (?:eating|having|trying|he ate|she ate|they ate)|first (?:taste|bite) of)(?: [a-z']+){0,3} (?:eggs?|peanuts?|peanut butter|nuts?|cashews?|shrimp|prawns?|fish|milk|sesame|shellfish)(?![a-z])/;

/** The features of Kawasaki disease as parents tell them, one pattern each (NHS). */
const KAWASAKI_FEATURES = [
  /眼睛(?:都|也|有点|一直)?(?:红红的?|发红|通红|充血)|眼白(?:都)?(?:红|充血)|(?<![a-z])(?:red|bloodshot|pink) eyes(?![a-z])/,
  /嘴唇[^，。,.!?！？]{0,6}(?:干裂|裂开|裂了|鲜红|很红|通红|红红|脱皮)|草莓舌|(?<![a-z])(?:cracked|red|peeling|chapped) lips|strawberry tongue(?![a-z])/,
  /(?:手脚|手和脚|手掌|脚掌|手指|脚趾)[^，。,.!?！？]{0,6}(?:肿|脱皮|蜕皮|发红)|(?<![a-z])(?:swollen|puffy|peeling|red) (?:hands|feet|fingers|toes|hands and feet)(?![a-z])/,
  /皮疹|疹子|红疹|(?<![a-z])rash(?![a-z])/,
  /脖子[^，。,.!?！？]{0,6}(?:肿块|包|淋巴结)|(?<![a-z])(?:lump in (?:his|her|their|the) neck|swollen (?:neck )?glands)(?![a-z])/,
];
/** A rash told as hives would be: raised, in patches, itchy ("一块一块的疹子", "blotchy", "welts"). */
const FOOD_RASH = /一块一块|一片一片|一坨一坨|风团|荨麻疹|风疹块|痒|(?<![a-z])(?:hives|welts|blotch\w*|itchy)(?![a-z])/;
/** A swollen testicle or scrotum, in either language or both ("scrotum 一边肿了"). */
const SCROTUM_SWOLLEN =
  /(?:睾丸|蛋蛋|阴囊|(?<![a-z])(?:testicles?|scrotum|balls))[^。！？!?]{0,10}(?:肿|胀|鼓|变大|大了|(?<![a-z])(?:swollen|swelling|bigger|enlarged|puffy)(?![a-z]))|(?<![a-z])(?:swollen|swelling|enlarged|puffy) (?:of |in )?(?:his |the )?(?:testicles?|scrotum|balls)(?![a-z])/;
/** The nappy area named ("nappy rash", "尿布疹", "红屁股"). */
const NAPPY_AREA = /尿布|纸尿裤|尿不湿|红屁股|屁股(?:上)?(?:红|的疹)|(?<![a-z])(?:nappy|nappies|diaper|diapers)(?![a-z])/;
/** A rash told as not fading under pressure, purple or bruise-like, or with a stiff neck. */
const NON_BLANCHING_TOLD =
  /压|按|杯|玻璃|褪色|紫|瘀|出血点|脖子|颈|(?<![a-z])(?:press\w*|push\w*|glass|tumbler|blanch\w*|purple|bruis\w*|petechia\w*|stiff|neck|fade\w*)(?![a-z])/;
/** Hand sanitiser (免洗洗手液, Taiwan's 乾洗手). */
const SANITISER = /免洗|干洗手|洗手液|消毒凝胶|(?<![a-z])(?:hand ?saniti[sz]er|saniti[sz]er|hand gel|sanitising gel)(?![a-z])/;
/** Every mention of hand sanitiser, with the alcohol it is said to contain ("含酒精的洗手液", "alcohol hand gel"). */
const SANITISER_ALL = new RegExp(String.raw`(?:含?酒精(?:的)?|(?<![a-z])alcohol(?:-based)? )?(?:${SANITISER.source})`, 'g');
/** Sanitiser drunk or swallowed, or more than a lick ("喝了好几口", "swallowed some", "half the bottle"). */
const SANITISER_DRUNK =
  /喝|吞|咽|吃(?:了|下|进)|半瓶|一瓶|整瓶|大口|(?<![a-z])(?:drank|drunk|drink\w*|swallow\w*|gulp\w*|swig\w*|mouthfuls?|sip\w*|(?:half|most|all) (?:of )?(?:a |the )?bottle|whole bottle)(?![a-z])/;
/** A lick or a taste, not a drink. */
const LICKED = /舔|吃手|吮|嘬|尝了|(?<![a-z])(?:lick\w*|taste\w*|sucked|sucking)(?![a-z])/;
/** Soaps that are low in toxicity in a lick or a taste (hand washing-up liquid, hand soap, shampoo, body wash). */
const MILD_SOAP =
  /洗洁精|洗碗精|洗碗液|洗涤灵|洗发水|洗发露|沐浴露|沐浴液|肥皂|香皂|洗手液(?=.{0,6}(?:泡沫|肥皂))|泡泡水|(?<![a-z])(?:washing[- ]up liquid|dish ?soap|dishwashing liquid|hand soap|bar of soap|soap|shampoo|body wash|bubble bath|bubble mixture)(?![a-z])/;
const MILD_SOAP_ALL = new RegExp(MILD_SOAP.source, 'g');
/** A lick, a taste or a little in the mouth, not a drink. */
const LICKED_OR_TASTED =
  /舔|尝了|嘬|吮|(?:吃|咬)了?一?(?:小)?口|(?:放|塞)(?:进|到)?嘴里|(?<![a-z])(?:lick\w*|taste\w*|sucked|sucking|(?:a )?bit in (?:his|her|their) mouth|put (?:it|some) in (?:his|her|their) mouth|chewed)(?![a-z])/;
/** A vaccination denied: not given (yet). */
const NO_VACCINE =
  /(?:没|没有|还没|还没有|未|不)(?:打|接种)(?:过)?(?:疫苗|预防针|针)|(?<![a-z])(?:(?:has|have|had|did)n'?t (?:had |got |gotten |have |get )?(?:any |her |his |their |the |its )?(?:\w+ )?(?:jabs?|vaccin\w*|shots|immuni[sz]ations?)|(?:no|not had (?:any|her|his)) (?:jabs?|vaccin\w*|shots) (?:yet|today))(?![a-z])/;
/** Walking unsteadily. */
const UNSTEADY =
  /摇摇晃晃|摇晃|站不稳|走不稳|走路不稳|东倒西歪|(?<![a-z])(?:wobbly|unsteady|staggering|stumbling|can'?t (?:walk|stand) (?:straight|properly))(?![a-z])/;
/** Sleepy in plain words. */
const VERY_SLEEPY = /一直想睡|很想睡|特别想睡|老想睡|总想睡|很困|特别困|昏昏欲睡|(?<![a-z])(?:very sleepy|really sleepy|so sleepy|drowsy)(?![a-z])/;
/** Went under the water (slipped, fell, face down, head under), not only a mouthful breathed in. */
const WENT_UNDER =
  /滑|掉|栽|沉|淹|埋|扎进|没入|整个|头(?:都)?(?:进|在|泡)|脸(?:都)?(?:进|在|泡|朝下)|(?<![a-z])(?:under|underwater|submerged|slipped|fell|face ?down|went in|pulled (?:him|her|them) out)(?![a-z])/;
/** A ride told with the vomiting: car sickness (晕车, 坐车…吐, "car sick", "threw up after the bus ride"). */
const MOTION_SICK =
  /晕车|晕船|晕动|坐(?:了)?[^。！？!?]{0,14}(?:车|船|轮渡)[^。！？!?]{0,14}(?:吐|呕)|(?<![a-z])(?:car ?sick\w*|motion sick\w*|travel sick\w*|sea ?sick\w*|(?:car|bus|boat|ferry|taxi|coach) (?:ride|journey|trip)[^.!?]{0,30}(?:vomit\w*|threw up|thrown up|sick))(?![a-z])/;
/** An earlier day ("昨天", "前天", "yesterday", "two days ago"). */
const EARLIER_DAY = /昨天|昨晚|前天|[两几三]天前|(?<![a-z])(?:yesterday|last night|days? ago)(?![a-z])/;
/** Pain said in words. */
const HURTS = /(?:很|好|特别|突然|非常|一直)(?:疼|痛)|喊(?:疼|痛)|(?<![a-z])(?:hurts?|hurting|painful|in pain|sore)(?![a-z])/;
/** Said not to hurt ("但不痛", "doesn't hurt", "no pain"). */
const PAINLESS =
  /不痛|不疼|没有?(?:疼|痛)|不怎么(?:疼|痛)|(?<![a-z])(?:not (?:painful|sore|tender)|(?:doesn'?t|does not|didn'?t|don'?t) (?:seem to )?(?:hurt|bother)|no pain|painless|without pain)(?![a-z])/;

type Sign = [name: string, re: RegExp, educationalSuppresses: boolean];

/** Signs read straight from the words. Red and amber ones are named after NICE NG143 and usual first-aid guidance. */
const SIGNS: Sign[] = [
  // ── emergencies (red wherever they appear) ──
  [
    'seizure',
    /抽搐|抽筋|惊厥|(?<!肠|胃|肌肉|腿|脚|肠道|腹部|肚子)痉挛|翻白眼|抽风|手脚(?:一直)?抖(?:个)?不停|(?:两眼|眼睛|眼珠)(?:一直)?(?:往上|向上|上)翻|口吐白沫|牙关紧闭|(?:全身|浑身|手脚)(?:一直)?(?:抽动|一抽一抽|一抖一抖|僵直)|(?:现在|还|正)?在抽(?![血烟水奖签屉鼻泣噎搭]|了?[一两几]?[张根支口包盒片])|抽(?:了)?起来|抽完(?:了|以后|之后)?|(?:抽搐|抽筋|惊厥)(?:停|完)(?:了|以后|之后)|(?:还|又|也|就|突然)抽了(?=$|[，。,.!?！？\s]|一下|几下|好几|两下|起来)|(?:一直|还在|正在|又)抽(?![血烟水奖签屉鼻泣噎搭]|了?[一两几]?[张根支口包盒片])|抽(?:了|过)(?:[一两二三四五六七八九十几\d]+(?:分钟|分|秒|下|次|回)|一会儿?|好久)(?![鼻血])|(?<![a-z])(?:seizures?|seizing|convuls\w*|having a fit|had a fit|fitting|(?:fever|febrile) (?:fit|seizure|convulsion)s?|(?:the|his|her|a) fit (?:stopped|ended|lasted|finished)|eyes (?:are |were |keep |kept )?(?:rolled|rolling) (?:back|up)|(?:jerking|twitching|shaking) (?:and|but) (?:not responding|unresponsive)|(?:went|goes|gone|going|is|was|got) (?:all |really |very )?stiff[^.!?]{0,40}(?:jerk\w*|twitch\w*|shak\w*))(?![a-z])/,
    true,
  ],
  [
    'not_breathing',
    /没有呼吸|没呼吸|不呼吸|停止呼吸|呼吸停|呼吸暂停|没气了|不(?:会)?喘气了|没(?:有)?(?:在)?喘气了?|(?<![a-z])(?:not breathing|stopped breathing|isn'?t breathing|no breathing|stopped breathing properly)(?![a-z])/,
    false,
  ],
  [
    'breathing_difficulty',
    /呼吸困难|喘不上气|喘不过气|喘不过来|喘不到气|吸不上气|吸不到气|吸不进气|吸不上来|上不来气|透不过气|不能呼吸|无法呼吸|不会呼吸|呼吸不了|呼吸(?:很|特别|非常)?(?:费力|吃力)|呼吸急促|呼吸特别快|呼吸(?:很|特别|非常)?困难|breathing\s?(?:很|特别|非常)?困难|没有呼吸|没呼吸|不呼吸|停止呼吸|呼吸暂停|(?:胸口|胸部|肋骨|肋间|锁骨|脖子|肚子)(?:下面|下边|那里|这里|中间)?.{0,6}(?:凹陷|凹进去|凹下去|陷进去|陷下去|吸进去|一凹一凹|一吸一吸|(?:往|向)(?:里|内|下)(?:凹|陷|吸|缩))|(?:胸口|胸部|肋骨|肋间|锁骨|肚子)[^，。,.!?！？]{0,6}凹(?:得|的)?(?:很|好|特别)?深|一吸一凹|三凹征|说话(?:都)?说不(?:完整|全|出整句)|(?:喘|咳)(?:得|到)(?:都)?(?:说|讲)不(?:出|了|完)|喘得(?:很|特别|好)?厉害|(?:一直|很|好|特别)喘(?!气)|(?<![a-z])(?:can'?t (?:finish|complete) (?:a |her |his )?sentences?|too breathless to (?:talk|speak|feed|eat))(?![a-z])|(?:肚子|胸口)一鼓一鼓|ribs (?:are )?showing|(?:can )?see (?:his|her|their) ribs|憋得(?:脸)?(?:都)?(?:发紫|发青|青紫|喘不|透不过|说不出|不能呼吸)|憋紫|(?<![a-z])(?:can'?t breathe|cannot breathe|not breathing|stopped breathing|struggl\w* to breathe|having (?:a )?(?:hard|tough) time breathing|trouble breathing|difficulty breathing|hard to breathe|breathing (?:very )?(?:hard|heavily)|gasping|(?:chest|ribs?|tummy|belly|skin between (?:the|her|his) ribs) (?:is |are |keeps? |keep )?(?:sucking|pulling|caving|sinking|drawing|sucks?|pulls?|caves?|sinks?|draws?) in|(?:sucks?|sucking|pulls?|pulling|sinks?|sinking|caves?|caving|draws?|drawing) in (?:between|under|below|beneath|around) (?:his|her|their|the) ribs|indrawing|retractions|can'?t get (?:enough )?air|can'?t catch (?:his|her|their|a) breath|struggling for (?:breath|air)|laboured breathing|labored breathing|breathing (?:is )?(?:laboured|labored))(?![a-z])/,
    false,
  ],
  // Breathing the parent says is not right ("呼吸怪怪的", "breathing kind of weird"): vague on its own, but after being
  // pulled from water it is the breathing trouble of a near-drowning (triageSigns).
  [
    'breathing_odd',
    /(?:呼吸|喘气)(?:得|的|声)?(?:有点|有些|好像|感觉|变得|也)*(?:怪怪的?|很怪|怪|奇怪|不太对|不对劲|不对|不太正常|不正常|不顺)|(?<![a-z])(?:breath\w* (?:is |was |seems |looks |sounds )?(?:kind of |kinda |a bit |a little |really |very |all |sort of )?(?:weird\w*|funny|strange\w*|odd\w*|abnormal\w*|not right|off|wrong)|(?:weird|funny|strange|odd|abnormal) breathing)(?![a-z])/,
    false,
  ],
  // (A toddler who "points and grunts", "grunts at the cup" is asking for something without words yet — communication,
  // not the breathing sign: grunting aimed at a thing or paired with pointing is left out.)
  [
    'grunting',
    /(?:呼吸|喘气|出气)(?:的时候|时)?(?:一直|总)?(?:在)?(?:哼哼|呻吟)|(?<![a-z])(?<!point(?:s|ed|ing)? (?:and |then )(?:just |only )?)grunt\w*(?![a-z])(?! (?:at|for|to (?:ask|get|tell|show|say|communicate)|and point|instead of)(?![a-z]))/,
    false,
  ],
  [
    'stridor_at_rest',
    /安静(?:的时候|时|下来)?(?:吸气|呼吸).{0,6}(?:响|声音)|安静(?:的时候|时|下来)?[^，。,.!?！？]{0,4}(?:也|都|还)?(?:有)?\s?stridor|(?<![a-z])stridor(?![a-z])[^，。,.!?！？]{0,8}安静|(?<![a-z])(?:(?:whistl\w*|squeak\w*|high-pitched|harsh|crowing|rasping) (?:noise |sound )?[^.!?]{0,20}breath\w* in[^.!?]{0,30}(?:sitting still|at rest|resting|calm|quiet|asleep|sleeping|lying down)|stridor (?:at rest|when (?:calm|resting))|(?:noisy|harsh|loud|rasping) breathing (?:even )?(?:at rest|while resting|when (?:calm|resting|quiet|sitting still|sitting quietly)))(?![a-z])/,
    false,
  ],
  // A code-switched colour comes with spaces around the English word ("now 嘴唇 有点 blue", "her lips 有点紫").
  [
    'blue_lips',
    /(?:嘴唇|嘴巴|脸|脸色|面色|皮肤|全身|浑身|身上)(?:都|也|有点|有些|好像|开始|已经|一下|一下子)*(?:发紫|发青|青紫|紫了|青了|变紫|变青)|嘴唇(?:都|也|有点|有些|好像|开始|已经|很)*(?:发灰|灰了|变灰|灰灰|灰白|青灰|紫灰)|嘴唇(?:都|也|有点|有些|好像|很)(?:发)?(?:紫|青|乌)|(?:嘴唇|嘴巴|脸|脸色)\s*(?:(?:都|也|有点|有些|好像|很|发|变)\s*)*(?:blue|purple|bluish)(?![a-z])|(?<![a-z])(?:lips|face)\s*(?:(?:都|也|有点|有些|好像|很|发|变)\s*)+(?:blue|purple|bluish|紫|青)|(?:嘴唇|嘴巴|脸|脸色)(?:都|也|有点|有些|好像|很)?(?:紫紫|青青|乌乌|紫青|青紫)|嘴唇(?:都|也|有点)?发(?:黑|乌)|(?:脸|脸色|面色)(?:都|也|有点)?(?:发黑|变黑|黑了)|(?:嘴巴|嘴唇|嘴)(?:周围|四周|一圈)(?:都|有点)?(?:发青|发紫|青紫|青了|紫了)|发绀|(?<![a-z])(?:blue lips|(?:grey|gray|greyish|grayish|ashen|blue-?gr[ae]y|gr[ae]y-?blue|bluish) lips|lips (?:are |is )?(?:look |looks |looked |turning |turned |went |go |going |getting )?(?:a bit |a little |slightly |kind of |kinda |quite )?(?:blue|bluish|purple|greyish|grayish|ashen|grey|gray)|turning blue|turned blue|turns blue|goes blue|went blue|gone blue|going blue|(?:he|she|they|baby|face|lips|skin)(?:'s| was| were| went| looked| had gone| has gone| goes) (?:a bit |a little |slightly |all |kind of |kinda )?(?:blue|purple)|(?:blue|purple) for (?:a|one|two|a few|several|\d+) (?:seconds?|secs?|moments?|minutes?)|(?:lips|face|skin) (?:look |looks |are |is |went |gone |going )?dusky|dusky (?:lips|face|skin)|blue around (?:the |his |her )?(?:mouth|lips)|(?:lips|mouth) (?:look |looks |are |is )?(?:bluish|blue))(?![a-z])/,
    false,
  ],
  [
    'mottled_skin',
    /(?:皮肤|身上|腿上|手脚|脸)[^，。,.!?！？]{0,8}(?:发花|花花的?|花斑|发灰)|(?:皮肤|身上|腿上)[^，。,.!?！？]{0,6}一块一块[^，。,.!?！？]{0,4}(?:紫|青|花|白)|(?:面色|脸色)(?:发)?灰|(?<![a-z])(?:mottled|ashen|(?:grey|gray) skin|skin (?:is |looks )?(?:grey|gray|blue)|(?<!hair (?:has |is |had )?)(?:gone|going|turned|turning|looks?|looking) (?:all |a bit |very |really )?(?:grey|gray)(?! hair))(?![a-z])/,
    false,
  ],
  // Limp or floppy is the child, not an arm: "her arm was hanging limp" is a pulled elbow (arm_not_used, a doctor today).
  [
    'unresponsive',
    /叫不醒|很难叫醒|叫不太醒|叫不应|摇不醒|拍不醒|叫(?:他|她|了)?(?:也|都)?(?:不醒|不应|不理|没(?:有)?反应|没(?:有)?动静)|(?:叫|喊)(?:他|她)?(?:也|都)?没(?:什么|啥)(?:反应|动静)|醒了又(?:马上)?睡(?:过去|着)|(?<![点按击了])没(?:有)?反应|昏迷|昏过去|晕过去|晕倒|昏倒|晕了过去|昏了过去|(?:叫|喊)(?:他|她)?.{0,4}迷迷糊糊|意识模糊|不醒来?(?:吃|喝)奶|(?<![a-z])(?:(?:won'?t|doesn'?t|isn'?t|not) wak\w* (?:up )?for (?:feeds|feeding|a feed))(?![a-z])|不省人事|意识不清|没(?:有)?知觉|瘫软|软绵绵|(?:孩子|宝宝|宝贝|娃|人|身体|身子|全身|浑身|她|他)\s?(?:都|也|变得|有点|好像)?软软的|软软的\s?(?:没力气|不动|没反应)|突然不动|叫不起来|叫不起|软趴趴|(?:怎么|咋)(?:叫|弄|摇|拍|喊)(?:都|也)(?:不醒|叫不醒|没(?:有)?反应)|(?:全身|浑身|身体)(?:都)?(?:发)?软(?!件)|醒不过来|叫醒了?又睡|(?<![a-z])(?:unresponsive|won'?t stay awake|can'?t stay awake|(?<!only |\bso (?:that )?(?:he|she|they|baby|the baby|it) |(?:helps?|makes?|gets?|lets?) (?:him|her|them) )(?:goes|went|falls|fell) (?:straight |right )?back to sleep(?! (?:with|if|when|unless|once|on (?:the |her |his )?(?:breast|boob)|after (?:a |her |his |the |some )?(?:bottle|feed|feeding|milk|cuddle|rock\w*|dummy|pacifier)))|keeps (?:falling|dropping) (?:back )?(?:asleep|off)|won'?t wake|can'?t wake|not waking up|won'?t respond\w*|not (?:really |properly |much )?respond\w*|doesn'?t respond\w*|no response|(?<!(?:arm|hand|wrist|elbow)\b[^.!?]{0,20})(?:(?<!(?:a|sudden|suddenly|new|slight|突然|突然间) ?)limp(?![^.!?。，]{0,30}(?:腿|脚|着地|走路|(?<![a-z])(?:leg|foot|walk\w*|weight)(?![a-z])))|floppy)(?! (?:arm|hand|wrist))|passed out|unconscious|fainted|hard to wake)(?![a-z])/,
    false,
  ],
  [
    'abnormal_cry',
    /哭声(?:很|特别|非常|有点)?(?:尖|弱|微弱|怪)|声音(?:很|特别|非常)?尖(?:.{0,8}(?:哭|停不下来))?|尖(?:声|叫着?)(?:地)?哭|(?<![a-z])(?:high-pitched cry\w*|weak cry|crying weakly)(?![a-z])/,
    false,
  ],
  [
    'skin_turgor',
    /(?:捏|揪)(?:起)?(?:来)?(?:的)?皮肤.{0,8}(?:不|没有?)(?:马上)?(?:回弹|平复|恢复|弹回|回去)|皮肤.{0,6}不回弹|(?:捏|揪)[^，。,.!?！？]{0,12}(?:回|弹|平)(?:得|的)?(?:很|特别|比较|有点)?慢|(?<![a-z])(?:skin (?:stays|stay) (?:up|tented)|skin (?:is )?slow to (?:go back|flatten|spring back)|tenting|skin (?:doesn'?t|does not) (?:spring|go) back)(?![a-z])/,
    false,
  ],
  [
    'meningitis_signs',
    /脖子(?:好像|有点|很|都|也|一直)?(?:硬|僵)|头(?:都|也|完全)?低不下(?:去|来)?|低头(?:都|也)?低不下|(?:低头|低下头)(?:看)?[^，。,.!?！？]{0,4}(?:会|就)?(?:哭|痛|疼)|头不能低|低不了头|不(?:能|敢|肯)低头|(?:压|按|杯)[^。！？!?]{0,12}(?:不(?:会|能)?(?:褪色|褪|退|消退|变白|变淡)|没(?:有)?(?:褪|退|变白|变淡))|颈(?:部|项)?(?:僵硬|强直|发硬)|(?:按压|压了?|按了?|玻璃杯压)(?:上去|下去|一下)?(?:都|也)?不(?:褪色|褪|消退|退|变白|变淡)|不褪色的(?:皮疹|疹子|红点)|(?<![a-z])(?:glass|tumbler|press(?:ed|ing)?)(?: test)?(?![a-z])[^。！？!?]{0,12}(?:不(?:褪色|会褪|褪|消退|变白|变淡)|没(?:有)?(?:褪|退|变白))|紫(?:红)?(?:色)?(?:的)?(?:小)?(?:斑|点)|(?:疹子?|红点|rash|spots?)\s*(?:还是)?不(?:褪色?|退|消退|变白)(?=[^。！？!?]{0,16}(?:压|按|杯|press|glass))|瘀点|瘀斑|出血点|出血斑|紫癜|(?<![a-z])(?:stiff neck|neck (?:is |feels |looks )?stiff|(?:can'?t|won'?t|cannot) (?:bend|put|touch) (?:his|her|their) (?:head|chin) (?:down|forward|to (?:his|her|their) chest)|neck hurts when (?:he|she|they) (?:bends?|looks? down)|rash (?:that )?(?:doesn'?t|does not|won'?t) fade|(?:spots?|dots?|marks?|rash|it) (?:still )?(?:don'?t|do not|doesn'?t|does not|didn'?t|did not|won'?t) (?:fade|blanch|go (?:away|white|pale)|disappear)|non-?blanching|(?:doesn'?t|does not|don'?t|do not|won'?t) fade (?:under|with) (?:a |the )?glass|(?:press\w*|push\w*|glass)[^.!?]{0,40}(?<![a-z])(?:they|these|those|it|them) (?:still )?(?:don'?t|do not|doesn'?t|does not|didn'?t|did not|won'?t) (?:fade|blanch|go (?:away|white|pale)|disappear)|purple (?:spots|dots|specks|pinpricks|marks|blotches)|rash .{0,30}(?:doesn'?t|does not|won'?t|didn'?t|isn'?t) (?:fade|go away|disappear|blanch|going away|fading)|petechia\w*)(?![a-z])/,
    false,
  ],
  [
    'bulging_fontanelle',
    /(?:前囟|囟门).{0,3}(?:鼓|凸|隆起|胀)|(?<![a-z])(?:bulging (?:soft spot|fontanelle?)|soft spot[^.!?]{0,60}(?<![a-z])(?:bulg\w*|swollen|puffy|tense|raised|sticking out|pushing out)|fontanel\w*[^.!?]{0,60}(?<![a-z])(?:bulg\w*|swollen|puffy|tense|raised))(?![a-z])/,
    false,
  ],
  // "中毒" alone reads as a poisoning, except in a question about a risk ("洗澡会不会一氧化碳中毒", "怕煤气中毒"): what was
  // swallowed or breathed in is read by the words around it, so "吃了洗衣液会不会中毒" is still a poisoning.
  // An English verb before a Chinese poison ("drank from grandpa's cup of 白酒") is read like the Chinese verb.
  [
    'poisoning',
    new RegExp(
      String.raw`误食|误吞|误服|误喝|偷吃|(?:吞|咽|吃|喝|舔)(?:下去?|进去|了)?(?:[一两二三四五六七八九十几半整好多\d]+[颗个粒片瓶口些包块板])(?:大人的)?(?:药(?!后|以后|之后|还|也|没|就|了还)|药片)|(?:吞|咽|吃|喝|舔|啃|嚼|咬(?:破|开|烂|碎)?)(?:下去?|进去|了|到)?(?:[一两二三四五六七八九十几半整好多\d]+(?:小|大)?[颗个粒片瓶口些包块板下点])?(?:(?:${OTHERS})的)?(?:${CHEMICALS}|电池|纽扣电池|磁铁|酒)|(?:吞|咽|吃|喝|舔|啃|嚼)(?:下去?|进去|了|到)[^，。,.!?！？]{0,20}(?:${CHEMICALS})|(?<!涂|抹|擦|搽|涂了|抹了|擦了|搽了|涂点|抹点|擦点)(?:${CHEMICALS})[^，。,.!?！？]{0,6}(?:喝|吃|吞|咽|舔)(?:了|下|进|掉)|(?:吞|咽|吃|喝|舔|啃|嚼)(?:下去?|进去|了|到)[^，。,.!?！？]{0,12}(?<![a-z])(?:${MIXED_POISONS})(?![a-z])|(?<![a-z])(?:${MIXED_POISONS})(?![a-z])[^，。,.!?！？]{0,8}(?:(?:喝|吃|吞|咽|舔)(?:了|下|进|掉)|(?:喷|倒|挤|弄|滴)(?:到|进)(?:了)?(?:他|她)?(?:的)?嘴)|(?<![a-z])(?:swallowed|ate|drank|drunk|sipped|gulped|swigged|chewed|licked)(?![a-z])[^，。,.!?！？]{0,40}(?:${CHEMICALS})|(?<!(?:会不会|怕|担心|预防|防止|避免|以免|以防)[^，。,.!?！？]{0,6}|会|容易|防)中毒|(?<![a-z])(?:swallowed|ate|drank|chewed|licked)(?: (?:a|an|some|the|my|his|her|two|several))? (?:pills?|medicine|tablets?|detergent|laundry pod|battery|batteries|button battery|magnets?|bleach|poison|cleaner|alcohol|rat poison|pesticide)|(?<![a-z])(?:poisoned|poisoning|button battery)(?![a-z])|(?<![a-z])(?:bit into|bitten into|chewed (?:on|up)|sucked on|mouthed|got into|burst)(?: (?:a|an|the|some|my|his|her))? (?:dishwasher|laundry|detergent|washing)(?: (?:detergent|washing|soap|liquid|gel))? (?:pods?|tablets?|tabs?|capsules?|liquid)(?![a-z])|(?<![a-z])(?:put|popped|had|has|stuck|shoved|got) (?:a |an |the |one |some |my |his |her )?(?:dishwasher |laundry |detergent |washing |tide )+(?:pods?|capsules?|tablets?|tabs?) (?:in|into) (?:his|her|their|the) mouth(?![a-z])|(?<![a-z])(?:found|caught)(?: [a-z']+){0,4} with (?:an? |the |my |his |her )?(?:open|opened|empty|half[- ]empty)(?: [a-z']+){0,2} (?:bottle|packet|pack|box|tube|jar|blister pack)s? of(?: [a-z']+){0,2} (?:medicine|pills|tablets|paracetamol|acetaminophen|ibuprofen|tylenol|calpol|vitamins|gummies|cough syrup|syrup|iron|melatonin|bleach|cleaner|detergent)(?![a-z])|(?<![a-z])(?:swallowed|ate|drank|drunk|sips?|sipped|gulps?|gulped|swigs?|mouthfuls?|chewed|chewing on|chewing|sucking on|licked|got into|got hold of)(?: [a-z']+){0,5} (?:${EN_POISONS})(?![a-z])|(?<![a-z])(?:swallowed|ate|eaten|chewed)(?: (?:maybe|probably|possibly|like|about))?(?: (?:\d+|one|two|three|a couple|a few|some|several))(?: or (?:\d+|two|three|four))? of (?:her|his|my|the|our|grandma's|grandpa's|granny's|mum's|mom's|dad's|nana's|(?:${EN_PINYIN_KIN})'s)(?: [a-z']+){0,3} (?:pills|tablets|capsules|medication|medicines?|meds)(?![a-z])|(?<![a-z])(?:got into|got hold of|into|opened)(?: [a-z']+){0,8} (?:pills|tablets|capsules|medication|medicines?|meds)(?![a-z])`,
    ),
    true,
  ],
  // A quantity or someone else's medicine makes "吃了…药" an ingestion, not a child's own dose:
  // "吃了几颗奶奶的降压药", "吞了一把维生素片", "偷吃了妈妈的药".
  [
    'poisoning',
    new RegExp(
      String.raw`(?:吞|吃|喝|舔|嚼)(?:了|下|进|掉)?(?:去)?(?:[一两二三四五六七八九十几半整好多\d]+[颗个粒片瓶口些包块板把盒]|一把|好多|很多)(?:(?:[\u4e00-\u9fa5]{0,6}|[a-z']{2,12}\s?)的)?[\u4e00-\u9fa5]{0,4}(?:${MEDICINE_KINDS})(?!后|以后|之后|还|也没)|(?:吞|吃|喝|舔|嚼)(?:了|下|进|掉)?(?:去)?(?:${OTHERS})的[\u4e00-\u9fa5]{0,5}(?:${MEDICINE_KINDS})(?!后|以后|之后|还|也没)`,
    ),
    true,
  ],
  // "把奶奶的降压药吃了两片", "把药罐里的药吃了好几颗", "把洗衣凝珠咬破了": the 把 form, with someone
  // else's medicine, a container or a quantity (a child's own medicine "把药吃了" is not an ingestion).
  [
    'poisoning',
    new RegExp(
      String.raw`把(?:${OTHERS})的[\u4e00-\u9fa5]{0,6}(?:${MEDICINE_KINDS})[^，。,.!?！？]{0,4}(?:吃|吞|喝|咽|嚼)|把[^，。,.!?！？]{0,8}(?:药罐|药瓶|药盒|药箱|瓶子|罐子)(?:里|里面)?的[^，。,.!?！？]{0,6}(?:吃|吞|喝|咽|嚼)|把[^，。,.!?！？]{0,10}(?:${MEDICINES})[^，。,.!?！？]{0,3}(?:吃|吞|喝|咽|嚼)(?:了|下|掉)?(?:去)?(?:[一两二三四五六七八九十几半整好多\d]+[颗个粒片瓶口些包块板把盒]|一把|好多|很多|好几|一整)|把[^，。,.!?！？]{0,10}(?:${CHEMICALS})[^，。,.!?！？]{0,4}(?:吃|吞|喝|咽|舔|咬)`,
    ),
    true,
  ],
  // Mixed: a Chinese verb and an English thing ("吃了 detergent pod", "喝了 bleach").
  [
    'poisoning',
    new RegExp(
      String.raw`(?:吃|吞|咽|喝|舔|咬|啃)(?:了|下|到|掉|进)?(?:去)?\s?(?:(?:[a-z']+\s?){1,2}的\s?|(?:${OTHERS})的\s?|(?:my|his|her|grandma'?s|grandpa'?s|granny'?s|mum'?s|mom'?s|dad'?s) )?(?:a |an |the |some |一个|一颗|一点|一口|几口)?\s?(?:detergent|laundry|dishwasher|pods?|pills?|tablets?|medicine|meds|bleach|cleaner|poison|alcohol|wine|beer|cigarettes?|vape)(?![a-z])|(?:吃|吞|咽)(?:了|下|到|掉|进)?(?:去)?\s?(?<![a-z])(?:grandma|grandpa|granny|grandad|nana|mum|mom|mummy|mommy|dad|daddy|adult)(?:'s)?\s?的?\s?(?:[a-z-]+ ){0,3}(?:pills?|tablets?|meds|medicines?|medication|capsules?)(?![a-z])`,
    ),
    true,
  ],
  // A household chemical picked up first, the chewing or swallowing told after ("在阳台捡到蚊香 啃了一小块下去",
  // "拿到干燥剂 咬破了吃了一点"): the same ingestion as the verb first.
  [
    'poisoning',
    new RegExp(
      String.raw`(?:捡|拿|抓|摸|翻)(?:到|了|起|出)(?:了)?[^，。,.!?！？]{0,8}(?:${CHEMICALS})[^。！？!?]{0,8}(?:吃|啃|咬|舔|吞|嚼|喝)(?:了|下|掉|进|破)`,
    ),
    true,
  ],
  // The medicine named first, the swallowing after: "降压药掉在地上 孙子好像捡起来吃了一颗", "把一整瓶维生素软糖吃完了";
  // or gone from where it lay: "安眠药掉在地上 少了两颗", "two of her pills are missing".
  [
    'poisoning',
    new RegExp(
      String.raw`(?:${MEDICINES})[^。！？!?]{0,16}(?:吃|吞|咽|嚼)(?:了|下|进|掉)?(?:去)?(?:[一两二三四五六七八九十几半好\d]+[颗粒片个])|把[^，。,.!?！？]{0,4}(?:一整|整|一|好几|半)[瓶盒板袋罐包][^，。,.!?！？]{0,8}(?:${MEDICINE_KINDS}|药片|软糖|糖丸)[^，。,.!?！？]{0,3}(?:吃|吞|嚼)(?:完|光|掉|了)|(?:吃|吞|嚼)(?:完|光)了?[^，。,.!?！？]{0,4}(?:一整|整|一|半)[瓶盒板袋罐][^，。,.!?！？]{0,8}(?:${MEDICINE_KINDS}|药片)|(?:${MEDICINES})[^。！？!?]{0,12}(?:少了|不见了|找不到了?|缺了)(?:[一两二三四五六七八九十几\d]+[颗粒片个])|(?<![a-z])(?:(?:pills?|tablets?|capsules?|medicine)(?: [a-z']+){0,3} (?:are |is )?missing|missing (?:some |a few |one |two |three )?(?:of (?:her|his|my|the) )?(?:pills|tablets|capsules))(?![a-z])|(?<![a-z])(?:pills?|tablets?|capsules?|medicines?|meds)(?![a-z])[^.!?]{0,40}(?<![a-z])(?:\d+|one|two|three|four|five|a few|some|several) (?:[a-z]+ )?(?:are |is |were )?(?:missing|gone)(?![a-z])|(?<![a-z])(?:missing|gone) from (?:the |a |her |his |my )?(?:strip|blister(?: pack)?|packet|pill box|pillbox|bottle)(?![a-z])|(?<![a-z])(?:grandma|grandpa|granny|grandad|grandmother|grandfather|nana|nan|mum|mom|mummy|mommy|dad|daddy|my|our|adult|someone)(?:'s|s')?(?: [a-z-]+){0,3} (?:pills|tablets|capsules|meds|medication|medicines?)(?![a-z])[^.!?]{0,60}(?<![a-z])(?:ate|swallowed|eaten|chewed)(?: (?:maybe|probably|possibly|like|about))? (?:\d+|one|two|three|four|a couple|a few|several|some)(?: or (?:\d+|two|three|four))?(?! (?:bites?|spoon\w*|mouthfuls?|bowls?|pieces?|slices?|times?|days?|hours?|minutes?|of (?:the |her |his )?(?:food|dinner|lunch|breakfast|rice|yogh?urt)))(?![a-z])`,
    ),
    true,
  ],
  // A medicine bottle drunk from by the child ("退烧药水 喝了大概半瓶", "drank half the bottle of Calpol"): an amount
  // nobody measured — an ingestion, not a dose.
  [
    'poisoning',
    new RegExp(
      String.raw`(?:${MEDICINES}|药水|糖浆)[^。！？!?]{0,16}(?:喝|吃|吞|嚼)(?:了|下|掉|完|光)?(?:去)?(?:大概|差不多|快|将近|有|了)?(?:一整|整|大半|小半|半|一|好几|两|几)(?:瓶|盒|板|袋|罐|管)|(?<![a-z])(?:drank|drunk|swallowed|gulped|downed)(?: [a-z']+){0,3} (?:half|most|all|a whole|the whole|the rest|a lot|loads) (?:of )?(?:a |the |his |her )?(?:bottle|box|packet|tube)(?: of)?(?: [a-z']+){0,2} (?:medicine|calpol|nurofen|syrup|paracetamol|ibuprofen|tylenol|motrin|antibiotics?|vitamins?)(?![a-z])`,
    ),
    true,
  ],
  // A hand warmer's or self-heating pack's contents eaten or licked ("把暖宝宝撕开了 嘴巴周围都是黑色的粉", "chewed open a hand
  // warmer"): iron powder (or quicklime in a self-heating meal pack), not the low-toxicity silica gel of a desiccant sachet.
  [
    'poisoning',
    /(?:暖宝宝|暖贴|暖手贴|暖身贴|暖足贴|自热包|发热包)[^。！？!?]{0,30}(?:吃|吞|咽|舔|嚼|咬(?!伤)|(?:粉|铁粉)[^。！？!?]{0,10}嘴|嘴[^。！？!?]{0,10}(?:粉|黑))|(?:吃|吞|咽|舔|嚼|咬)(?:了|下|进|破|开)?[^，。,.!?！？]{0,6}(?:暖宝宝|暖贴|暖手贴|自热包|发热包)(?:里)?(?:的)?(?:粉|东西|里面)|(?<![a-z])(?:(?:hand|foot|body|toe) ?warmers?|heat packs?|self-heating (?:packs?|bags?))[^.!?]{0,60}(?:chew\w*|ate|eaten|swallow\w*|lick\w*|powder)|(?:chew\w*|ate|swallow\w*|bit|licked) (?:open |into |on )?(?:a |an |the |one of (?:the |those |his |her )?)?(?:[a-z-]+ )?(?:(?:hand|foot|body|toe) ?warmers?|heat packs?)(?![a-z])/,
    true,
  ],
  [
    'poisoning',
    /夹竹桃|曼陀罗|蓖麻|毒蘑菇|野蘑菇|野生菌|(?:路边|草地|草坪|草丛|公园|小区|院子|树下|山上|花坛|绿化带)(?:里|上|边)?(?:的|长的|摘的|长(?:了|出)?(?:好多|很多|一些|几个|一堆)?(?:的)?)?蘑菇|(?<![a-z])(?:oleander|foxglove|datura|angel'?s trumpet|castor beans?|yew berr\w*|lily of the valley|(?:wild|garden|lawn) mushrooms?|(?:ate|eaten|chewed|swallowed) (?:a |some |the )?mushrooms? (?:from|in|on) (?:the )?(?:garden|lawn|park|grass|yard))(?![a-z])/,
    true,
  ],
  [
    'button_battery',
    /[纽钮]扣电池|扣式电池|(?:吞|吃|咽).{0,6}batter(?:y|ies)|batter(?:y|ies).{0,6}(?:吞|吃|咽)|把[^，。,.!?！？]{0,10}电池[^，。,.!?！？]{0,4}(?:吃|吞|咽)|(?:吞|吃|咽)(?:了|下|进)?(?:去)?.{0,6}电池|(?:嘴|吞|吃|咽|含).{0,12}电池.{0,12}(?:找不到|不见)|电池[^。!?！？]{0,8}(?:放|塞|含)(?:进|在|到)?(?:了)?嘴|电池.{0,12}(?:找不到|不见).{0,12}(?:嘴|吞|吃|咽|含)|(?:遥控器?|手表|电子秤|体重秤|体温计|玩具|车钥匙|计算器|助听器|小圆|圆形|扣式|纽扣|钮扣)[^。！？!?]{0,12}电池[^。！？!?]{0,8}(?:少了|不见了?|找不到了?|没了|丢了)|(?:遥控器?|手表|电子秤|体重秤|体温计|玩具|车钥匙|计算器|助听器)[^。！？!?]{0,14}(?:少了|不见了?|丢了|缺了)[^。！？!?]{0,10}电池|(?:扣子|纽扣|钮扣|硬币|一元|一块钱)(?:那样|一样|那么大|大小|似|样)的?(?:小)?电池[^。！？!?]{0,8}(?:少了|不见了?|找不到了?|没了|丢了)|(?:少了|不见了?|丢了|缺了)[^。！？!?]{0,6}(?:扣子|纽扣|钮扣|硬币|一元|一块钱)(?:那样|一样|那么大|大小|似|样)的?(?:小)?电池|(?<![a-z])(?:lithium batter(?:y|ies)|chewed (?:on )?(?:a |the )?batter(?:y|ies)|button batter(?:y|ies)|coin batter(?:y|ies)|swallowed(?: [a-z']+){0,3} batter(?:y|ies)|(?:watch|remote|hearing aid|key fob|car key|toy|calculator|thermometer|scale) batter(?:y|ies).{0,40}(?:swallow\w*|missing|mouth)|(?:round|coin|flat|disc|watch) batter(?:y|ies)[^.!?]{0,30}(?:missing|gone|can'?t (?:find|be found)|swallow\w*|mouth)|(?:remote|watch|key fob|car key|toy|calculator|thermometer|scale)[^.!?]{0,40}batter(?:y|ies) (?:is |are |was |were )?(?:missing|gone)|(?:swallow\w*|mouth).{0,40}(?:watch|remote|hearing aid|key fob|car key|toy|calculator|thermometer|scale) batter(?:y|ies))(?![a-z])/,
    true,
  ],
  [
    'battery_nose',
    /(?:电池[^。！？!?]{0,12}(?:鼻|耳))|(?:(?:鼻|耳)[^。！？!?]{0,12}电池)|(?<![a-z])(?:batter(?:y|ies)[^.!?]{0,30}(?:nose|nostril|ear)|(?:nose|nostril|ear)[^.!?]{0,30}batter(?:y|ies))(?![a-z])/,
    true,
  ],
  [
    'magnets',
    /(?:吞|吃|咽)(?:了|下|进)?(?:去)?.{0,6}(?:磁铁|磁力珠|磁珠|吸铁石|巴克球|磁力球|magnets?)|把[^，。,.!?！？]{0,10}(?:磁铁|磁力珠|磁珠|吸铁石|巴克球|磁力球)[^，。,.!?！？]{0,4}(?:吃|吞|咽)|(?<![a-z])swallowed[^.!?。！？]{0,60}(?:magnets?|magnetic (?:balls?|beads?|pieces?|toys?)|buckyballs?)(?![a-z])/,
    true,
  ],
  [
    'severe_bleeding',
    /大量出血|大出血|流了(?:很多|好多|好些|一大片)血|流(?:很多|好多)血|(?:很多|好多)血|一直(?:在)?流血|血(?:还是|还|仍然|仍|依然)?一直(?:在)?流|血流不止|(?<!(?:口水|鼻涕|眼泪|泪水|汗|奶)[^，。,.!?！？]{0,3})流(?:血)?(?:流)?个不停|血(?:还)?(?:在)?流个不停|止不住血|血止不住|出血不止|喷血|(?<![a-z])(?:bleeding (?:a lot|heavily|badly|profusely)|won'?t stop bleeding|lots of blood|severe bleeding|blood everywhere)(?![a-z])/,
    false,
  ],
  [
    'serious_burn',
    /(?:大面积|很大一片|一大片|脸|面部|手(?!臂|腕|肘)|起泡|水泡|水疱|起了泡).{0,6}(?:烫伤|烧伤|(?<!摸(?:着|起来|上去)?(?:很|好|特别|有点|都|也|还)?)烫)|(?:烫|烧)(?:伤|到|了)?(?:了)?(?:整个|整条|大半个|一整片|整片)|烫(?:到|伤|着)(?:了)?(?:宝宝|孩子|他|她)?(?:的)?(?:脸|面部|手掌|脚掌|会阴|屁股|眼睛|嘴)|(?:烫伤|烧伤|开水烫|被烫|烫到|烫了)[^。！？!?]{0,10}(?:大面积|很大|一大片|起泡|水泡|水疱|脸|面部|皮肤发白|发黑)|(?<![a-z])(?:(?:bad|big|large|serious|severe) burn|burn(?:ed|t)? .{0,20}(?:blister\w*|face|hands?|palms?|feet|foot|large|big))(?![a-z])/,
    false,
  ],
  // Something swallowed that is stuck on the way down (drooling, cannot swallow): emergency care, not back blows.
  [
    'object_stuck',
    /(?:吞|咽|吃)(?:了|下|进)?(?:去)?.{0,8}(?:硬币|鱼刺|骨头|枣核|果核|纽扣|珠子|异物).{0,30}(?:流口水|咽不下|吞不下|不能吞|吞不了|咽不了|胸口疼|一直吐)|(?:硬币|鱼刺|骨头|枣核|果核|纽扣|珠子|异物).{0,8}(?:吞|咽|吃|卡).{0,30}(?:流口水|咽不下|吞不下|不能吞|吞不了|咽不了|胸口疼|一直吐)|(?<![a-z])(?:swallowed|ate)(?: (?:a|an|the|some))? (?:coin|fish ?bone|bone|bead|marble|button|toy part|object).{0,50}(?:drool\w*|can'?t swallow|cannot swallow|unable to swallow|chest pain|keeps? vomiting)(?![a-z])/,
    false,
  ],
  [
    'choking',
    /噎住|噎着|噎到|噎了(?:一下)?|哽住|哽到|卡住(?:了)?.{0,8}(?:喘|呼吸|说不出|咳不出|哭不出|不会哭|不哭|没声|发不出声|出不了声|脸)|(?:吞|吃|咽)(?:了|下|进)?(?:去)?.{0,8}卡住|(?:葡萄|果冻|糖果?|花生|坚果|瓜子|豆子?|肉|苹果|香肠|麻糬|年糕|汤圆|饼干|食物|异物|爆米花|樱桃|圣女果|小番茄|鱼丸|肉丸|玉米|枣|奶酪|芝士|胡萝卜)[^，。,.!?！？]{0,4}(?:卡住|呛住)|(?:吃|喝|含)[^，。,.!?！？]{0,8}(?:呛住|卡住|卡(?:了)?一下|卡到(?:了)?)|吃[^，。,.!?！？喝奶水]{0,8}(?:呛到|呛着)(?!水)|卡(?:在|到|住)?喉咙|喉咙(?:里)?卡|卡嗓子|喘不了|呛(?:到|着|住)?(?:了)?(?:一下|一口)?.{0,12}(?:(?:咳|吐)(?:了)?出来|就好了|没事了|(?:后来|然后|才|又|现在)(?:就)?好了|现在[^，。,.!?！？]{0,4}(?:正常|没事|红润)|不咳了|咳了(?:几下|一下|两下|好几下|好久|很久|一会儿?|半天))|(?:呛|卡)(?:到|着|住)?(?:了)?.{0,8}(?:不能呼吸|无法呼吸|喘不上气|没有?呼吸|脸(?:都|也|开始|已经|有点)?(?:发|变)?(?:紫|青)|嘴唇(?:都|也|开始|已经|有点)?(?:发|变)?(?:紫|青)|哭不出|咳不出|发不出声|没(?:有)?(?:哭)?声(?:音)?)|(?:吃|喝|含|嚼|塞)[^。！？!?]{0,16}(?:咳不出|哭不出|发不出声|出不了声|不能呼吸|无法呼吸|喘不上气|喘不过气)|(?:抓|挠|捂|掐)(?:着)?(?:自己的?)?(?:喉咙|脖子)|(?<![a-z])(?:chok\w*|something stuck in (?:his|her|their) throat|stuck in (?:his|her|their) throat|(?:eating|ate|chewing|had (?:a|some)|mouthful of)[^.!?]{0,40}(?:can'?t|cannot|couldn'?t|unable to) (?:breathe|cough|cry|make a sound)|(?:put|stuck|shoved|popped|swallowed|got) (?:a |an |the |some )?(?:whole )?[a-z]+ (?:in|into|down) (?:his|her|their) (?:mouth|throat)[^.!?]{0,40}(?:can'?t|cannot|couldn'?t|unable to|not able to) (?:breathe|cough|cry|make a sound)|(?:grape|nut|peanut|sweet|candy|popcorn|coin|button|marble|sausage|hot dog|cherry tomato|jelly|food|piece of [a-z]+)s? (?:is |was |got )?stuck[^.!?]{0,40}(?:can'?t|cannot|couldn'?t|unable to) (?:breathe|cough|cry|make a sound)|clutching (?:at )?(?:his|her|their) (?:throat|neck))(?![a-z])/,
    true,
  ],
  [
    'drowning',
    /(?<!干性|继发性|二次|迟发性)溺水|(?<!干性|继发性|二次|迟发性)溺(?!爱|水)|掉(?:进|到)(?:水|池|河|海|泳池|浴缸|鱼缸|水桶|水缸|澡盆|浴盆|游泳池|池塘)|(?:栽|掉|摔|跌|扎|倒)(?:进|到)(?:了)?[^，。,.!?！？\s]{0,5}(?:水桶|浴缸|水缸|澡盆|浴盆|泳池|鱼缸|水池)|呛水.{0,8}(?:昏|没反应|呼吸)|(?:从|在)(?:水|水里|池|泳池|游泳池|浴缸|澡盆|水桶|鱼塘|池塘|海)[^，。,.!?！？]{0,6}(?:捞|拉|抱|救)(?:了)?(?:出来|上来|起来)|(?<![a-z])(?:(?<!(?:dry|secondary|delayed) )drown\w*|fell (?:into|in) (?:the )?(?:water|pool|bath|river|sea)|(?:fell|fallen|tipped|toppled|slipped|went)(?: over)?(?: head ?first| face ?(?:first|down))? (?:into|in) (?:a |the )?(?:bucket|tub|bathtub|pond|paddling pool)(?: of water)?|found (?:him|her|them) (?:face ?down |floating )?in the (?:pool|water|bath|bathtub|tub|pond|sea)|(?:pulled|fished|dragged|got) (?:him|her|them) out of the (?:pool|water|bath|bathtub|tub|pond|sea|river)|(?:pulled|fished|dragged|lifted|scooped) (?:my|our|the) (?:[a-z]+ )?(?:son|daughter|boy|girl|baby|toddler|kid|child|little one) out of (?:the |a )?(?:paddling |swimming |kiddie |kiddy |inflatable |baby )?(?:pool|water|bath|bathtub|tub|pond|sea|river|lake))(?![a-z])/,
    true,
  ],
  [
    // A whole day (or 12 hours) dry, or one wee in a whole day, is red; fewer wet nappies *so far today* is the amber
    // 'fewer wet nappies' below (NICE CG84: decreased urine output is clinical dehydration, not a red flag).
    'severe_dehydration',
    /(?:一天|一整天|半天|一上午|一下午|整个(?:早上|上午|下午|晚上)|(?:\d+|[两三四五六七八九十]+)\s*个?(?:多)?(?:小时|钟头)|好几个小时|一晚上)(?:了)?(?:都|了|一直)?没(?:有)?(?:尿|小便|湿(?:过)?尿布)|没(?:有)?(?:尿|小便)(?:了)?(?:一天|半天|(?:\d+|[两三四五六七八九十]+)\s*个?(?:多)?(?:小时|钟头))|(?:从)?(?:早上|早晨|上午|今早|今天早上)(?:起来|起床)?(?:到现在|开始|以后|之后)?(?:都|了|一直|就)?(?:没|没有)(?:尿|小便|尿过|湿(?:过)?尿布)|尿布(?:一直)?(?:都)?是干的|(?:前囟|囟门)门?(?:凹陷|下陷|凹下去|陷下去|凹进去|瘪了?)|眼窝(?:凹陷|凹下去|陷下去)|眼睛(?:也|都|有点|好像)?(?:凹|陷)(?:下去|进去|陷)|一整天只尿了?(?:一|两)|(?<![a-z])(?:no wet (?:diapers?|nappies|nappy)|(?:hasn'?t|has not|haven'?t) (?:had )?(?:a |any )?wet (?:diapers?|nappies|nappy) (?:for|since|in|all)|hasn'?t (?:peed|weed|wee'?d|urinated)|no pee|no wees?(?! ?(?:[a-z]+ ){0,2}(?:accidents?|potty|toilet|pants|training))|dry (?:diapers?|nappies) (?:all|for)|sunken (?:soft spot|fontanelle?|eyes)|eyes (?:look |are |seem |looking )?sunken|(?:soft spot|fontanelle?) (?:looks |is |seems |looking |has )?(?:sunken|dipped|caved in|sunk)|only (?:had )?(?:one|two|1|2) wet (?:diapers?|nappies|nappy) (?:all day|in (?:24 hours|a day|the whole day))|(?:peed|weed|wee'?d|urinated) only (?:once|twice) (?:all day|in 24 hours))(?![a-z])/,
    false,
  ],
  [
    'vomits_everything',
    /喝什么吐什么|喝不进去|一喝就吐|喝(?:了)?(?:水|奶)?就吐|吃什么吐什么|(?:喂|喝)(?:水|奶)(?:也|都)(?:吐|吐出来)|连(?:水|奶)(?:都|也)吐|(?<![a-z])(?:can'?t keep anything down|vomit\w* everything|throw\w* up everything|(?:vomit|throw up|sick)\w*.{0,12}even (?:water|milk)|can'?t keep (?:water|milk|fluids) down|vomit\w* everything)(?![a-z])/,
    false,
  ],
  [
    'green_vomit',
    /吐(?:出)?(?:了)?(?:的|出来的)?(?:是|都是)?(?:绿色|绿水|胆汁|绿的|绿绿的?|黄绿色|墨绿)|吐[^。！？!?]{0,10}(?:绿色|绿绿|绿水|黄绿|墨绿|胆汁)|绿色的?(?:呕吐物|东西)|(?<![a-z])(?:green vomit|vomit\w* green|throwing up green|bile|(?:sick|vomit\w*|threw up|throwing up|thrown up)[^.!?]{0,30}(?:it'?s|it is|it was|was|is|looks|looked|all) (?:bright |dark |yellowy? |yellow-)?green)(?![a-z])/,
    false,
  ],
  [
    'allergic_reaction',
    /(?:喉咙|嘴唇|舌头|脸)(?:突然|都|也|还|有点)?肿(?:了|起来)?.{0,16}(?:呼吸(?!(?:都|也|还)?(?:很|挺|算)?(?:正常|好|还好|没问题|平稳|平顺|顺畅|不错))|喘|声音(?:都|也)?(?:哑|嘶哑|沙哑))|舌头(?:都|也|好像|有点)?肿|过敏性休克|喉咙(?:都)?(?:肿|发紧|很紧|紧紧的)|(?<![a-z])(?:throat (?:feels |is )?(?:tight|closing)|(?:chest|throat) feels tight)(?![a-z])|(?:蜇|叮|过敏|吃了).{0,16}肿.{0,16}(?:呼吸(?!(?:都|也|还)?(?:很|挺|算)?(?:正常|好|还好|没问题|平稳|平顺|顺畅|不错))|喘(?!气(?:都|也|还)?(?:很|挺)?(?:正常|还好|平稳|顺))|breath\w*(?![a-z])(?! (?:is |are |seems |sounds |looks |still )?(?:fine|ok|okay|normal\w*|well|all right|alright|good))|wheez\w*)|(?<![a-z])(?:anaphyla\w*|swollen (?:lips|tongue|throat|face).{0,30}(?:breath\w*(?![a-z])(?! (?:is |are |seems |sounds |looks |still )?(?:fine|ok|okay|normal\w*|well|all right|alright|good))|wheez)|(?:lips?|tongue|throat|face|mouth) (?:is |are |has |have )?(?:looks? |seems? |got |getting |gone |went )?(?:swelling|swollen|swelled|puff\w*).{0,40}(?:breath\w*(?![a-z])(?! (?:is |are |seems |sounds |looks |still )?(?:fine|ok|okay|normal\w*|well|all right|alright|good))|wheez\w*|cough\w*|hoarse)|tongue (?:is |are |looks? |seems? )?(?:swelling|swollen|puff\w*)|swollen tongue|(?:breath\w*(?![a-z])(?! (?:is |are |seems |sounds |looks |still )?(?:fine|ok|okay|normal\w*|well|all right|alright|good))|wheez\w*).{0,40}(?:lips?|tongue|throat|face) (?:is |are )?(?:swelling|swollen|puff\w*)|throat (?:is )?(?:swelling|closing))(?![a-z])/,
    false,
  ],
  // A firecracker or firework going off at the face, the eye hurt now ("鞭炮在脸旁边炸开 眼睛很红 睁不开"): a blast injury
  // to the eye — shielded, not rubbed, pressed or rinsed, and to emergency eye care now (American Academy of Ophthalmology).
  [
    'eye_blast',
    /(?:鞭炮|爆竹|炮仗|摔炮|擦炮|烟花|烟火|礼花|炮竹)[^。！？!?]{0,24}(?:眼)[^。！？!?]{0,12}(?:红|肿|痛|疼|流泪|流眼泪|眼泪|睁不开|看不见|看不清|出血|流血|伤|炸|进了|黑)|眼[^。！？!?]{0,8}(?:被|让)(?:鞭炮|爆竹|炮仗|摔炮|擦炮|烟花|烟火|礼花)[^。！？!?]{0,6}(?:炸|崩|伤|烧|打)|(?<![a-z])(?:(?:firecrackers?|fireworks?|bangers?|sparklers?|rockets?)[^.!?]{0,50}(?:eyes?)[^.!?]{0,30}(?:red|swollen|hurt\w*|pain\w*|water\w*|tears?|can'?t open|won'?t open|bleed\w*|burn\w*|injur\w*)|eyes?[^.!?]{0,30}(?:hit|burn\w*|injur\w*|hurt) by (?:a |the )?(?:firecrackers?|fireworks?|bangers?|sparklers?|rockets?))(?![a-z])/,
    true,
  ],
  // The eye pushed forward, painful to move or seeing less, with a swollen lid or a fever: an infection behind the eye
  // (orbital cellulitis) — the emergency department now (NHS, cellulitis of the eye).
  [
    'eye_bulging',
    /(?:眼睛|眼球|眼珠)[^。！？!?]{0,6}(?:凸出|突出|鼓出|凸起|往外凸|往外突)|(?:转动|转眼睛|动眼睛|转眼珠|眼睛转)[^。！？!?]{0,6}(?:会)?(?:痛|疼)|(?<![a-z])(?:eyes? (?:is |are |looks? |seems? )?(?:bulg\w*|sticking out|pushed out|popping out)|bulging eyes?|(?:hurts?|pain\w*) (?:to|when (?:he|she|they) (?:try to )?) ?move (?:his |her |their |the )?eyes?|(?:moving|move) (?:his |her |their |the )?eyes? hurts?)(?![a-z])/,
    true,
  ],
  // A swollen eyelid ("眼皮又红又肿", "one eyelid puffy"): with a fever or red and hot, an infection of the lid (periorbital
  // cellulitis) — a doctor today; with a bite and nothing else, an everyday question.
  [
    'eyelid_swollen',
    /(?:眼皮|眼睑|眼睛周围|眼眶)[^。！？!?]{0,6}(?:肿|红肿|鼓起|浮肿)|(?<![a-z])(?:(?:eye ?lids?|eyes?) (?:is |are |looks? |got |went )?(?:swollen|puffy|swelling|puffed up)|(?:swollen|puffy) (?:eye ?lids?|eyes?))(?![a-z])/,
    true,
  ],
  // Cold after the sea, a pool or a swim and shivering ("在海里玩太久 shivering 嘴唇有点紫"): warm the child up (NHS hypothermia).
  [
    'cold_exposure',
    /(?:海|泳池|游泳|水里|戏水|沙滩|海边|(?<![a-z])(?:sea|ocean|pool|swim\w*|beach|water)(?![a-z]))[^。！？!?]{0,40}(?:发抖|打哆嗦|打冷颤|打寒颤|冷得|冻得|冻坏|(?<![a-z])(?:shiver\w*|freezing|so cold|very cold)(?![a-z]))/,
    true,
  ],
  // No longer shivering but drowsy, confused or slow to answer, after the cold: hypothermia getting worse (NHS: call 999).
  [
    'hypothermia_signs',
    /(?:不抖了|不再发抖|停止发抖|不发抖了|(?<![a-z])(?:not shivering(?: any ?more)?|stopped shivering|no longer shivering)(?![a-z]))[^。！？!?]{0,40}(?:想睡|困|迷糊|反应慢|反应很慢|叫不醒|说话不清|口齿不清|(?<![a-z])(?:sleepy|drowsy|confused|slurr\w*|slow to (?:respond|answer|react)|respond\w* (?:很|very |really )?慢|respond\w* slowly|floppy)(?![a-z]))|体温过低|失温|(?<![a-z])hypothermi\w*(?![a-z])/,
    true,
  ],
  [
    'self_harm',
    /不想活|想死|自杀|轻生|结束生命|伤害(?:孩子|宝宝|自己)|掐死|跳楼|活不下去|不如死了|(?:抱着|带着)(?:他|她|孩子|宝宝|娃)[^。！？!?]{0,6}一起[^。！？!?]{0,6}(?:跳下去|跳楼|去死|死)|从楼上跳下去|一起(?:去)?死|没有我[^。！？!?]{0,8}(?:更好|会更好)|(?<![a-z])(?:kill myself|suicid\w*|end my life|end it all|hurt(?:ing)? (?:my|the) (?:baby|child|kid)|harm(?:ing)? (?:my|the) (?:baby|child|kid)|harm(?:ing)? myself|hurt(?:ing)? myself|(?:be |is |are )?better off without me|(?:don'?t|do not) want to (?:be here|be alive|live|exist|wake up)(?: any ?more)?|wish i (?:was|were) dead|want to die)(?![a-z])/,
    false,
  ],

  [
    'heat_illness',
    /中暑|热射病|热衰竭|(?:发烫|很烫|好烫|很热|滚烫).{0,10}(?:不出汗|没(?:有)?(?:流|出)?汗)|(?:不出汗|没(?:有)?(?:流|出)汗).{0,10}(?:发烫|很烫|蔫|没精神|昏|吐|迷糊)|(?:关在|锁在)车(?:里|上)|(?<![a-z])(?:heat ?stroke|heat exhaustion|not sweating|stopped sweating|overheat\w*|(?:locked|stuck) in (?:a|the) (?:hot )?car)(?![a-z])/,
    true,
  ],
  // A child left in a car in the heat ("把孩子留在车里五分钟", "left him in the car"): not heatstroke by itself
  // (asleep in the car on the way home is no child left — only "在车里睡着了 我去买个东西" is) — the signs
  // decide (triageSigns: red with the heatstroke signs, otherwise a doctor today, AAP hot cars). Locked in stays red above.
  [
    'car_left',
    /(?:留|放|丢|扔|忘|闷)(?:在)?(?:了)?车(?:子)?(?:里|上)|在车(?:子)?(?:里|上)(?:睡着了?|睡觉|睡了|等)[^。！？!?]{0,8}(?:我|大人|就|先)(?:去|下车|走开|离开|买)|(?:停车|下车|(?:^|[，,。\s])去|去(?:超市|超商|便利店|便利商店|商店|药店|药房|药局|买|拿|取|办|上厕所|洗手间))[^。！？!?]{0,12}在车(?:子)?(?:里|上)(?:睡着|睡觉|睡了|等)|(?<![a-z])(?:left (?:[\w']+ ){0,3}(?:alone )?in (?:the |a |our |my )?(?:hot )?car|alone in (?:the |a |our |my )?(?:hot )?car|asleep in (?:the |a |our |my )?(?:hot )?car[^.!?]{0,30}(?:left|ran|popped|nipped|dashed))(?![a-z])/,
    false,
  ],
  // Hot from a car or the sun, sweating, still alert: cool down and watch (heat exhaustion); with the red signs it is heat stroke.
  // A shock told with the socket, plug or wire it came from ("stuck a hairpin in the socket and got a shock", "插座电了一下").
  [
    'electric_shock',
    /触电|被电(?:到|了|击|着)|电击|电到了|(?:插座|插头|插孔|电线|电源)[^。！？!?]{0,16}(?:电(?:了|到|着)|麻了一下)|(?<![a-z])(?:electric(?:al)? shock|electrocut\w*|got (?:a )?shock\w* from|(?:socket|outlet|power point|plug|wire|cable)[^.!?]{0,40}(?:got|had|gave (?:him|her|them)) (?:a |an )?(?:electric |little |small |big )?(?:shock|zap)|(?:got|had) (?:a |an )?(?:electric |little |small |big )?(?:shock|zap)[^.!?]{0,30}(?:socket|outlet|power point|plug|wire|cable))(?![a-z])/,
    true,
  ],

  // ── see a doctor today (amber) ──
  // Bruises on a baby not yet crawling or walking, or bruises nobody can explain: a doctor today to find the cause (a
  // clotting problem, a birthmark, an injury) — NICE CG89: bruising in a child who is not independently mobile.
  [
    'bruise_unexplained',
    /(?:瘀青|淤青|青紫|瘀伤|淤伤|淤血|瘀血|乌青|瘀斑|淤斑|(?<![a-z])bruis\w*(?![a-z]))[^。！？!?]{0,40}(?:不知道(?:是)?怎么(?:来|弄|搞|磕)的|不明原因|莫名其妙|没(?:有)?(?:磕|碰|摔)(?:到|过)|还不会(?:爬|走|翻身)|不会(?:爬|走|翻身)|(?<![a-z])(?:unexplained|no idea how|don'?t know how|can'?t explain|not (?:yet )?(?:crawling|mobile|rolling)|(?:doesn'?t|can'?t|cannot) (?:crawl|roll|walk))(?![a-z]))|(?:不知道(?:是)?怎么(?:来|弄|搞|磕)的|不明原因|莫名其妙|没(?:有)?(?:磕|碰|摔)(?:到|过)|还不会(?:爬|走|翻身)|不会(?:爬|走|翻身)|(?<![a-z])(?:unexplained|not (?:yet )?(?:crawling|mobile|rolling)|(?:doesn'?t|can'?t|cannot) (?:crawl|roll|walk))(?![a-z]))[^。！？!?]{0,40}(?:瘀青|淤青|青紫|瘀伤|淤伤|淤血|瘀血|乌青|瘀斑|淤斑|(?<![a-z])bruis\w*(?![a-z]))/,
    true,
  ],
  ['snake_bite', /被蛇咬|蛇咬|毒蛇|(?<![a-z])(?:snake ?bite|bitten by a snake|snake bit\w*)(?![a-z])/, true],
  // A hair or thread wound tight round a toe or finger (hair tourniquet, AAP): unwound or cut now, a doctor if it will not come off.
  [
    'hair_tourniquet',
    /(?:头发|毛发|发丝|线头|丝线|棉线|(?<![a-z])(?:hairs?|threads?|fibres?|fibers?)(?![a-z]))[^，。,.!?！？]{0,8}(?:缠|勒|绕|绑|卡)(?:住|着|紧|在|了)*[^，。,.!?！？]{0,6}(?:脚趾|手指|趾头|指头|小鸡鸡|(?<![a-z])(?:toes?|fingers?)(?![a-z]))|(?:脚趾|手指|趾头|指头|小鸡鸡|(?<![a-z])(?:toes?|fingers?)(?![a-z]))[^，。,.!?！？]{0,10}(?:头发|毛发|发丝|线头|丝线|棉线|(?<![a-z])(?:hairs?|threads?)(?![a-z]))[^，。,.!?！？]{0,4}(?:缠|勒|绕|绑)|(?<![a-z])(?:hair|thread) tourniquet|(?:hairs?|threads?|fibres?|fibers?) (?:is |was |got |has got )?(?:wrapped|wound|tied|tangled|caught|stuck) (?:(?:really|very|so|super) )?(?:tight(?:ly)? )?(?:round|around) (?:his |her |their |the |a |one |my baby'?s )?(?:little |big )?(?:toes?|fingers?)(?![a-z])/,
    true,
  ],
  [
    'arm_not_used',
    /(?:左|右)?(?:手|胳膊|手臂)\s?(?:就|都|也|一直)?\s?(?:不肯|不愿意|不愿|不敢)\s?(?:动|用|抬)(?:了|啦)?(?=$|[，。,.!?！？\s]|一碰)|(?:左|右)(?:手|胳膊|手臂)(?:就|都|也|一直)?不(?:动|能动)(?:了|啦)?(?=$|[，。,.!?！？\s]|一碰)|(?:胳膊|手臂|手|(?<![a-z])arm)\s?(?:一直|就)?(?:垂着|耷拉着?|抬不起来)|(?<![a-z])(?:(?:won'?t|will not|doesn'?t|does not|refuses to|not|isn'?t) (?:want to |wanna )?(?:use|using|move|moving|lift|lifting) (?:his|her|their|the|that|this) (?:left |right )?(?:arm|hand)|arm (?:is |was |has been |keeps )?(?:just )?(?:hanging|dangling)|(?:limp|floppy) arm|arm (?:is |was |went |goes |has gone )?(?:all |completely )?(?:limp|floppy)|pulled elbow|nursemaid'?s elbow)(?![a-z])/,
    true,
  ],
  [
    'fracture',
    /(?:手臂|胳膊|腿|手腕|脚踝|小腿|大腿|手肘|肘)(?:都)?(?:弯得不对|弯的不对|变形|歪了|折了|断了|形状不对)|骨折(?!(?:了)?(?:以后|之后|后|多久|恢复|好了))|(?:手臂|胳膊|腿|手腕|脚踝|小腿|大腿)(?:都|一直)?(?:不能动|动不了|抬不起来|不敢动|一动就(?:哭|疼|痛))|(?<![a-z])(?:can'?t|cannot|isn'?t able to|unable to) (?:move|use|lift) (?:his|her|their) (?:arm|leg|wrist)(?![a-z])|骨头(?:露|戳)出来|(?<![a-z])(?:broken (?:arm|leg|wrist|ankle|bone|collarbone)|(?:arm|leg|wrist|ankle) (?:looks |is )?(?:bent|deformed|out of shape|at a (?:funny|strange|weird) angle)|bone (?:sticking|poking) out)(?![a-z])/,
    true,
  ],
  [
    'nasal_flaring',
    /鼻翼(?:一)?扇(?:一扇)?(?:动)?|(?:鼻孔|鼻翼|鼻子)(?:一直|会|在|也|都)*(?:一扇一扇|一张一张|一开一合|一张一合|一鼓一鼓|扇动|扇来扇去)|(?<![a-z])(?:nasal flaring|nostrils? (?:are |is |keep |keeps )?flar\w*|flar\w* (?:his |her |their |the )?nostrils?)(?![a-z])/,
    false,
  ],
  [
    'fast_breathing',
    /呼吸(?:有点|有些|比平时|稍微|比较|很|好|挺)(?:快|急)|呼吸(?:一分钟|每分钟)?(?:[五六]十|[56]\d)(?:几|多)?(?:下|次)|(?<![a-z])(?:breathing (?:a bit |a little |slightly |quite |very |really |so )?(?:fast|quick\w*|rapid\w*)|fast breathing)(?![a-z])|(?<![a-z])breathing\s?(?:有点|有些|比较|很|好|挺|特别|变得?)?(?:快|急)/,
    false,
  ],
  ['pale', /(?:脸色|面色|嘴唇)(?:很|有点|有些|特别|好|都)?(?:苍白|发白|煞白|白白的|白)(?![天班色的衣])|(?<![a-z])(?:pale|pallor)(?![a-z])/, false],
  // "叫他半天才睁眼": woken only with prolonged stimulation (NICE NG143 amber; red after a knock on the head).
  [
    'hard_to_wake',
    /费(?:很大|好大)?(?:的)?劲(?:才(?:能)?)?(?:叫醒|弄醒)|叫(?:了)?(?:他|她|孩子|宝宝|娃)?(?:好)?半天(?:才|都)(?:能)?(?:醒|睁眼|睁开眼|有反应|应|睁开)|(?<![a-z])(?:takes? (?:a lot|ages|forever) to wake|hard to rouse)(?![a-z])/,
    false,
  ],
  [
    'very_lethargic',
    /精神萎靡|特别嗜睡|一直(?:在)?(?:昏)?睡|昏睡|昏昏沉沉|(?:烧|发热)[^，。,.!?！？]{0,4}迷迷糊糊|(?<![a-z])(?:(?:very|really|so|extremely|super|unusually) (?:lethargic|drowsy|sleepy|listless)|sleeping all (?:day|the time))(?![a-z])/,
    false,
  ],
  [
    'rigors',
    /寒战|寒颤|打冷颤|打冷战|打哆嗦|(?:一直|还在|浑身|全身)(?:在)?发抖|(?<![a-z])(?:rigou?rs|shivering (?:uncontrollably|badly|a lot))(?![a-z])/,
    false,
  ],
  [
    'limb_swelling',
    /(?:关节|膝盖|脚踝|手腕|胳膊|手臂|手肘|腿|小腿|大腿|脚|脚背|手背|手指|脚趾)(?:头)?(?:也|都|有点|好像)?(?:红)?肿(?:了|起来)?|(?<![a-z])(?:swollen (?:joint|knee|ankle|leg|arm|wrist|elbow|hand|foot|finger|toe)|(?:knee|ankle|joint|leg|arm|wrist|elbow|hand|foot|finger|toe) (?:is |looks |got |has gotten )?(?:all |very |really )?swollen)(?![a-z])/,
    false,
  ],
  [
    'not_weight_bearing',
    /(?:腿|脚).{0,4}不(?:敢|肯|能)(?:着地|用力|落地|走)|一瘸一拐|一拐一拐|走路(?:一)?(?:瘸|拐)|不(?:肯|敢|愿意)用(?:左|右)?(?:腿|脚)|不(?:敢|肯)走路了|不肯站了|(?<![a-z])(?:won'?t (?:put (?:any |much )?weight|stand on)|(?:not|isn'?t) (?:bearing|putting(?: any)?) weight|limping|limps|(?:(?:a|sudden|suddenly|new|slight)\s?|突然\s?)limp(?=[^.!?。]{0,30}(?:腿|脚|着地|走路|no fall|(?<![a-z])(?:leg|foot|walk\w*|weight|fell|fall)(?![a-z]))))(?![a-z])/,
    false,
  ],
  [
    'barking_cough',
    /咳(?:嗽|得)?(?:的)?(?:声音)?像狗叫|(?:像|跟)海豹(?:叫|一样|似的)?|海豹(?:式|叫声|样)(?:的)?咳|犬吠|喘鸣|(?:吸气|呼吸)(?:的时候|时)?(?:有)?(?:咝咝|嘶嘶|呼噜呼噜|呼哧)(?:声|响)?|呼吸有声音|(?<!鼻[^，。,.!?！？\s]{0,5})呼哧呼哧|嘶嘶(?:的)?(?:声|响)|咻咻(?:声|叫)?|(?:得了|得|是|患了?|诊断(?:为|是)?)(?:急性)?(?:喉炎|哮吼)|(?:哮吼|急性喉炎)(?:了|又犯了?|发作)|(?<![a-z])croup(?![a-z])\s?(?:了|又)|(?<![a-z])(?:bark(?:ing|y)(?:狗叫)?\s?(?: ?[a-z]+){0,2} ?cough|seal(?:-like)? (?:cough|bark)|cough\w* like a (?:seal|dog)|stridor|(?:has|got|have|with|having|diagnosed with) croup|croupy cough)(?![a-z])/,
    false,
  ],
  // Wheeze: a whistling or 'hu-hu' noise as the child breathes ('呼吸有呼呼的声音', '喘气的时候喉咙里呼呼响', 'a wheezy
  // whistling sound when she breathes out'): a doctor today (NHS; the cough section of 'Fever and common illnesses'),
  // named as a wheeze, not as croup's bark. A rattly, phlegmy '呼噜呼噜' is not it (a cough with phlegm).
  [
    'wheeze',
    /(?:呼吸|喘气|出气|吸气|呼气|喘)(?:的时候|时)?[^，。,.!?！？]{0,8}(?:呼呼|吱吱)(?:的|地)?(?:声|响|叫)|(?:喉咙|嗓子|胸口|胸腔|气管)(?:里|那里)?(?:有|一直|总是)?(?:呼呼|吱吱)(?:的|地)?(?:声|响|叫)|哮鸣|喘息声|拉风箱|(?:呼吸|喘气)[^，。,.!?！？]{0,6}(?:哨音|哨子|笛音|口哨)|(?<![a-z])(?:wheez\w*|whistl\w* (?:sound |noise )?(?:when|as) (?:(?:he|she|they) )?breath\w*|whistling (?:sound|noise) (?:when|as) (?:(?:he|she|they) )?breath\w*)(?![a-z])/,
    false,
  ],
  // Teething words: a fever told with them is still a fever (teething does not cause one; NHS, NICE CKS).
  [
    'teething',
    /长牙|出牙|冒牙|萌牙|发牙|牙(?:齿)?(?:要)?(?:冒|长)出来|(?<![a-z])(?:teething|cutting (?:a |her |his |their |some |new )*(?:tooth|teeth|molars?)|(?:new (?:tooth|teeth)|molars?) (?:are |is )?coming (?:in|through))(?![a-z])/,
    false,
  ],
  [
    'blood_in_stool',
    /(?:大便|便便|拉屎|屎|粑粑|尿布)(?:里|上)?.{0,4}(?:带血|有血|血丝|出血|(?:一点|一些|点|些)血)|便血|果酱(?:样|一样|色)?(?:的)?(?:大便|便便|便)|果酱[^，。,.!?！？]{0,6}(?:大便|便便|粑粑|屎)|(?:大便|便便|粑粑)像果酱|(?<![a-z])(?:red ?currant jelly|jelly-like (?:poo|stool|blood)|(?:poo|poop|stool|nappy|diaper)s? (?:with|full of|containing|that had) (?:[\w'-]+ ){0,3}blood)(?![a-z])|(?:便便|大便|粑粑|屎|尿布|poo\w*|stool)(?:里|上)?(?:有|带)?.{0,3}blood|(?<![a-z])(?:blood in (?:the |her |his )?(?:poo|stool|nappy|diaper)|bloody (?:poo|stool|diarrh\w*)|blood (?:mixed )?(?:in|on|through) (?:the |her |his |my |our )?(?:[\w']+ ){0,4}(?:poo|poop|stool|nappy|diaper)s?)(?![a-z])/,
    false,
  ],
  [
    'severe_pain',
    /肚子(?:剧痛|疼得(?:很厉害|厉害|打滚|直哭|一直哭|直叫)|痛得(?:很厉害|厉害|打滚|直哭|一直哭|直叫))|疼得(?:直)?打滚|右下腹(?:疼|痛)|(?<![a-z])(?:severe (?:tummy|belly|abdominal|stomach) pain|screaming in pain)(?![a-z])/,
    false,
  ],
  [
    'belly_swollen',
    /肚子(?:又)?(?:硬|胀)(?:又(?:硬|胀))?(?:得)?|肚子(?:胀|鼓)(?:得)?鼓鼓|(?<![a-z])(?:swollen (?:belly|tummy|abdomen)|(?:belly|tummy) (?:is )?(?:hard|swollen|distended))(?![a-z])/,
    false,
  ],
  [
    'bite_broken',
    /咬(?:破|出血|出了血)(?:了)?(?:皮)?|咬.{0,6}(?<!没|没有|未|不|无)(?:破皮|出血|流血)|牙印.{0,6}(?<!没|没有|未|不|无)(?:破|血)|(?<![a-z])(?:(?:bit(?= (?:him|her|them|me|my|his|our|their|the|into|through|it|a))|bites?|biting|bitten).{0,20}(?<!not |n't |no |never |without )(?:broke|broken|bleed\w*|blood)|(?<!not |n't |never )broke the skin)(?![a-z])/,
    false,
  ],

  // "一颗门牙整颗掉出来了", "knocked out one of her front teeth" are the same injury.
  [
    'tooth_injury',
    /(?:牙|牙齿|门牙)(?:整颗|整个|直接|都|也)?(?:被|给)?(?:磕|撞|摔|碰)?(?:掉|断|松|脱落|出来|进去)|(?:磕|撞|摔|碰)(?:到|了)(?:了)?(?:门牙|牙齿)[^。!?！？]{0,8}(?:缺|崩|裂|碎|断|流血|出血)|(?:门牙|牙齿)[^，。,.!?！？]{0,6}(?:缺了|崩了|崩掉|裂了|碎了|磕缺|撞缺)|(?:门牙|牙齿)[^，。,.!?！？]{0,8}(?:松动|松了|松松|有点松|晃动|在晃|会晃)|(?:磕|撞|摔|碰)(?:掉|断|松)(?:了)?(?:一颗|一个|两颗|颗)?(?:门)?牙|(?<![a-z])(?:knocked (?:out )?(?:one of )?(?:his |her |their |a |the )?(?:front |baby )?(?:tooth|teeth)|(?:tooth|teeth) (?:was |were |got |came |is )?(?:knocked out|chipped|broken|loose|out)|(?:broke|chipped|cracked) (?:his |her |their |a )?(?:front )?tooth)(?![a-z])/,
    true,
  ],
  [
    'finger_crushed',
    /(?:夹|压)(?:到|了|伤|住)(?:了)?.{0,4}(?:手指|手|脚趾|指头|finger)|(?:手|脚)(?:被|让|给)[^，。,.!?！？]{0,4}(?:门|抽屉|柜门|车门|窗)?(?:夹|压)(?:到|了|伤|住)?|(?:手指|指头|脚趾|小手|finger)(?:头)?.{0,6}(?:夹|压)(?:到|了|伤|住)?|(?<![a-z])(?:(?:caught|trapped|shut|slammed) in (?:a |the )?(?:car )?(?:door|drawer|gate)|fingers? (?:got |was |were |is )?(?:caught|trapped|slammed|shut|jammed|crushed|squashed)|(?:caught|trapped|slammed|shut|jammed|crushed|squashed) (?:his |her |their |a |my |the )?(?:[a-z]+'s )?fingers?|fingers? in (?:a |the )?(?:car |front |back |kitchen |cupboard )?(?:door|drawer|gate|window))(?![a-z])/,
    true,
  ],
  [
    'nosebleed',
    /流鼻血|鼻(?:子|孔)?(?:里)?(?:一直|还|又|老是?|总是?|突然|不停地?)?(?:在)?(?:出|流|冒)血|鼻(?:子|孔)(?:里)?(?:流|出)(?:了)?(?:点|一点|一些|些|好多|很多)血|鼻血|(?<![a-z])(?:nose ?bleed\w*|nose (?:is |was |keeps |keeps on |has been |'s been |had been |started |is still |won'?t stop )?bleeding|bleeding (?:from )?(?:his |her |the )?nose|bloody nose)(?![a-z])/,
    true,
  ],
  [
    'sunburn',
    /晒伤|晒红|晒脱皮|晒得(?:通红|很红|红红|发红)|晒(?:了)?[^，。,.!?！？]{0,14}(?:红红|发红|通红|红了|脱皮)|(?:海边|沙滩|太阳底下|游泳)[^。！？!?]{0,30}(?:肩膀|后背|背上|脸|鼻子|胳膊|手臂|腿)[^。！？!?，,]{0,6}(?:红红|发红|通红|红了|又红又烫|发烫)|(?<![a-z])(?:sun ?burn\w*|sunburnt|(?:beach|sun|sunny|pool|swim\w*)(?![a-z])[^.!?]{0,100}(?:shoulders?|back|face|nose|skin|arms?|legs?|cheeks?) (?:is |are |look |looks |got |went |have gone |has gone )?(?:all |really |very |bright |a bit |a little |slightly )?(?:red|pink)|(?:shoulders?|back|face|nose|arms?|legs?|cheeks?) (?:is |are |looks? |got |went |turned |have gone |has gone )?(?:all |really |very |bright |a bit |a little |slightly )?(?:red|pink)[^.!?]{0,30}(?:after|from|at|by) (?:the )?(?:beach|sun|pool|swim\w*))(?![a-z])/,
    true,
  ],
  [
    'water_inhaled',
    /呛(?:到|着)?(?:了)?(?:[几一两好]+口)?水|(?:滑|掉|栽|沉|淹)(?:到|进|入|在)(?:了)?(?:水里|水中|浴缸|澡盆|浴盆)|(?:头|脸)(?:都|整个)?(?:埋|泡|扎|没|淹)(?:进|到|入|在)(?:了)?水(?:里|下|中)|(?<![a-z])(?:(?:went|slipped|sank|gone|ducked) (?:right |completely |all the way )?under(?= for (?:a |about |like |maybe |just )?(?:few |couple of |\d+ |several |second|moment)?(?:seconds?|secs?|moments?|bit|while))|underwater for|(?:head|face) (?:went |was |got |slipped )?(?:under|into) (?:the )?water|(?:slipped|went|gone|fell|was|been|ducked) under(?: the)?(?: bath| bath ?tub| tub| pool)? water|(?:slipped|went|gone|fell|ducked) under (?:in|at) the (?:(?:paddling|swimming|kiddie|kiddy|inflatable|baby) )?(?:pool|bath|bathtub|tub|sea|lake|river|pond)|inhaled (?:some )?water|(?:fell |found (?:him |her |them )?|lying |was |floating )?face[- ]?down (?:in|into) (?:the |a |her |his )?(?:mop |water |paddling |swimming |kiddie |inflatable )?(?:bath|bathtub|tub|water|pool|paddling pool|pond|bucket|sea)|swallowed (?:some |a lot of )?(?:bath |pool )?water|face (?:down )?in the (?:bath|water))(?![a-z])/,
    true,
  ],
  [
    'allergy_mild',
    /风团|荨麻疹|风疹块|(?:嘴巴|嘴唇|眼睛|眼皮|脸)(?:上)?(?:都|也|还|又|有点|有些|好像|突然|开始)*肿(?:了|起来|得|(?=[\s，。,.!?！？、]|$))|(?:嘴巴|嘴唇|嘴|脸|眼睛|眼皮)(?:周围|四周|一圈)(?:都|也|有点|有些|突然|开始)*(?:红)?肿|(?:过敏|allergic|allergy)[^。!?！？]{0,10}肿|(?<![a-z])(?:hives|welts|(?:lips?|eyes?|face) (?:is |are |has |have )?(?:gone |got |become |been )?(?:swollen|swelling|swelled|puff\w*)|swollen (?:lips?|face|eyes?|eyelids?))(?![a-z])/,
    true,
  ],
  [
    'nose_object',
    /(?:鼻子|鼻孔|耳朵|耳朵眼)(?:里)?(?:面)?(?:被)?(?:塞(?![得住着的塞]|不通|(?:了)?(?:[\s，。,.!?！？]|$))|放|卡|掉)(?:了|进|进去|到)?|(?:鼻子|鼻孔|耳朵)(?:里)?进了(?!水)|(?:塞|放|卡|掉)(?:进|到)(?:了)?(?:鼻子|鼻孔|耳朵)|(?<![a-z])(?:(?:up|in|into) (?:his|her|their|the) (?:nose|nostril|ear)|stuck in (?:his|her|their|the) (?:nose|nostril|ear))(?![a-z])/,
    true,
  ],
  [
    'eye_injury',
    /(?:鞭炮|炮竹|爆竹|烟花|炮仗|摔炮|擦炮|(?<![a-z])(?:fireworks?|firecrackers?|bangers?)(?![a-z]))[^。！？!?]{0,20}(?:炸|崩|溅|蹦|(?<![a-z])(?:went off|exploded|burst|blew up)(?![a-z]))[^。！？!?]{0,20}(?:眼|(?<![a-z])eyes?(?![a-z]))|(?:眼睛|眼球|(?<![a-z])eyes?(?![a-z]))\s?(?:被|让)?.{0,8}(?:戳|扎|刺|划|打|撞|磕|抓|刮)(?:到|伤|了|破)|(?:戳|扎|刺|划|抓|刮)(?:到|伤|破|进)(?:了)?[^，。,.!?！？\s]{0,6}(?:眼睛|眼球)|(?<![a-z])(?:(?:poked|scratched|hit|jabbed|stabbed|caught) (?:him |her |them )?(?:in )?(?:the |his |her |their )?eye|eye (?:injury|was (?:poked|scratched|hit)))(?![a-z])/,
    true,
  ],
  [
    'sting',
    /蜜蜂|黄蜂|马蜂|胡蜂|虎头蜂|大黄蜂|蜂蜇|蜂蛰|蜂螫|被蜂|蜇(?:了|到|伤)|蛰(?:了|到|伤)|螫(?:了|到|伤)|(?:不知道|不晓得|不清楚)?(?:是)?什么虫(?:子)?[^，。,.!?！？]{0,3}(?:叮|咬|蜇)|(?:被\s?)?(?<![a-z])(?:wasp|bee|hornet|bumble ?bee)s?(?![a-z])\s?(?:叮|蜇|蛰|螫|咬)|(?<![a-z])(?:stung|bee sting|wasp sting|stung by|(?:unknown|some|a) (?:bug|insect) (?:bite|sting)|bitten by (?:a |some )?(?:bug|insect))(?![a-z])/,
    true,
  ],
  // Through the lip, inside and out: a wound a doctor cleans and usually closes, even once it stops bleeding (NHS, mouth injuries).
  [
    'wound_through',
    /咬穿|穿透|(?:里外|内外|里面外面|外面(?:跟|和)里面)(?:都)?有(?:伤口|口子)|(?<![a-z])(?:(?:bit|bitten|went|gone|cut) (?:right )?through (?:his |her |their |the )?(?:lower |upper |bottom |top )?lip|through[- ]and[- ]through)(?![a-z])/,
    false,
  ],
  [
    'wound_deep',
    // A tooth through the lip ("牙齿把嘴唇咬穿了", "里外都有伤口"): a wound through the lip, which a doctor closes (NHS, mouth injuries).
    /口子(?:.{0,4}(?:深|大|长))?|伤口(?:很|有点|挺|比较)?(?:深|大|长)|裂开|缝针|咬穿|穿透|(?:里外|内外|里面外面|外面(?:跟|和)里面)(?:都)?有(?:伤口|口子)|(?<![a-z])(?:deep cut|gaping|needs? stitches|split (?:open|lip|chin)|(?:bit|bitten|went|gone|cut) (?:right )?through (?:his |her |their |the )?(?:lower |upper |bottom |top )?lip|through[- ]and[- ]through)(?![a-z])/,
    false,
  ],
  ['rash', new RegExp(String.raw`疹子|皮疹|红疹|出疹|起疹|红点|(?<![a-z])(?:${RASH_EN})(?![a-z])`), false],
  [
    'after_vaccine',
    /打(?:了|完|过)?(?:疫苗|预防针|针|五合一|六合一|四合一|百白破|麻腮风|乙肝|卡介苗|流脑|乙脑|肺炎球菌|轮状)|接种|疫苗|(?<![a-z])(?:mmr|dtap|pentavalent|booster)(?![a-z])|(?<![a-z])(?:vaccin\w*|jabs?|immuni[sz]ation|shots)(?![a-z])/,
    false,
  ],
  ['still_bleeding', /还在流|血还没止|止不住|(?<![a-z])(?:still bleeding|won'?t stop|hasn'?t stopped)(?![a-z])/, false],
  ['water_beads', /水宝宝|海绵宝宝珠|水晶泥|吸水珠|泡大珠|水精灵|(?<![a-z])(?:water ?beads?|orbeez|gel beads?)(?![a-z])/, true],

  // Low-toxicity things a child puts in the mouth (National Capital Poison Center): soap, lipstick, crayons, chewing gum.
  // A worry about what may happen ("用含氟牙膏 会不会吞下去", "要用牙膏吗 吞下去怎么办") is not something swallowed.
  // A kind of product ("可吞咽牙膏", swallowable toothpaste) is not something swallowed either.
  [
    'low_toxic',
    /(?<!会不会|会|怕|担心|可|可吞|可以|能)(?:啃|吃|咬|舔|嚼|吞|咽|喝)(?:了|下|掉|进|过)?(?:去)?(?:一口|几口|一点|一截|一块|一小块|半个|半支)?[^，。,.!?！？]{0,6}(?:香皂|肥皂|口红|唇膏|润唇膏|蜡笔|粉笔|口香糖|泡泡糖|牙膏|橡皮泥|彩泥|泡泡水|洗发水|沐浴露|沙子|泥土|沙土|一口土|土块|纸巾|纸片|一张纸|纸屑|卫生纸|餐巾纸|橡皮擦|橡皮|蜡烛)|(?:香皂|肥皂|口红|唇膏|润唇膏|蜡笔|粉笔|口香糖|泡泡糖|牙膏|橡皮泥|彩泥|泡泡水|洗发水|沐浴露|沙子|泥土|沙土|一口土|土块|纸巾|纸片|一张纸|纸屑|卫生纸|餐巾纸|橡皮擦|橡皮|蜡烛)[^，。,.!?！？]{0,8}(?<!会不会|会|怕|担心)(?:啃|吃|咬|舔|嚼|吞|咽|喝)(?:了|下|掉|进|过)(?!去?(?:的话|怎么办|咋办|会怎样|会怎么样|要紧吗|有没有事))|(?<![a-z])(?:ate|eaten|eating|bit|bitten|chewed|chewing|licked|swallowed|sucked on|took a bite (?:out )?of|had a (?:bite|lick|mouthful) of)(?: [a-z']+){0,4} (?:soap|lipstick|lip balm|chapstick|crayons?|chalk|chewing gum|gum|bubble gum|toothpaste|play-?doh|bubble solution|shampoo|body wash|sand|dirt|soil|mud|paper|tissues?|candle|candle wax|eraser|rubber|silica gel)(?![a-z])|(?:soap|lipstick|lip balm|crayons?|chewing gum|gum|toothpaste)(?: [a-z']+){0,2} (?:ate|eaten|swallowed|chewed)|(?:吃|咽|吞|啃|咬)[^，。,.!?！？]{0,4}(?:lipstick|soap|crayon|gum)/,
    false,
  ],
  [
    'low_toxic',
    /(?:香皂|肥皂|口红|唇膏|润唇膏|蜡笔|粉笔|口香糖|泡泡糖|牙膏|橡皮泥|彩泥|泡泡水|洗发水|沐浴露|沙子|泥土|沙土|一口土|土块|纸巾|纸片|一张纸|纸屑|卫生纸|餐巾纸|橡皮擦|橡皮|蜡烛)[^，。,.!?！？]{0,8}(?:塞|放|含)(?:进|到|在)?(?:了)?嘴/,
    false,
  ],
  // A plant or leaves eaten: keep the plant (or a photo) and get advice; a poisonous one is above.
  [
    'plant',
    /(?:吃|嚼|啃|吞|咽|咬)(?:了|下|进|掉)?(?:去)?[^，。,.!?！？]{0,8}(?:(?<!菜)叶子|叶片|花瓣|浆果|植物|绿萝|滴水观音|海芋|万年青|多肉植物|花盆(?!里?的?(?:土|泥|沙))|盆栽(?!里?的?(?:土|泥|沙)))|(?:(?<!菜)叶子|叶片|花瓣|浆果|植物|绿萝|滴水观音|海芋|万年青|多肉植物|盆栽(?!里?的?(?:土|泥|沙)))[^，。,.!?！？]{0,8}(?:吃|嚼|啃|吞|咽|咬|放(?:进)?嘴|塞(?:进)?嘴)|(?<![a-z])(?:ate|eaten|eating|chewed|chewing|swallowed|munched|bit|nibbled)(?: [a-z']+){0,4} (?:leaf|leaves|berry|berries|plants?|houseplant|flowers?|petals?|pothos|peace lily|dieffenbachia|elephant ear)(?![a-z])/,
    false,
  ],
  // Sudden pain or swelling in a testicle can be torsion: the emergency department now (NHS).
  [
    'testicle_pain',
    /(?:睾丸|蛋蛋|阴囊|小鸡鸡下面)(?:突然)?(?:又|有点|很)?(?:红)?(?:又|而且)?(?:肿|疼|痛|红肿|发紫)|(?<![a-z])(?:(?:testicles?|scrotum|balls?) (?:is |are |looks? |seems? )?(?:swollen|painful|hurting|hurts?|sore|red|purple)|(?:pain|swelling) in (?:his |the )?(?:testicles?|scrotum|groin))(?![a-z])/,
    false,
  ],
  // Pale, white or clay-coloured poo in a baby: a doctor today (a sign of liver disease; NHS, newborn jaundice).
  // Fluid, pus or blood running out of an ear (often after a night of ear pain): a doctor looks at it; nothing put in the ear
  // (NHS, ear infections).
  [
    'ear_discharge',
    /耳朵(?:里|里面)?(?:一直|有点|有)?(?:流|冒|渗)(?:出)?(?:了)?(?:来|黄|脓|水|液|东西|分泌物)|耳朵(?:里)?(?:有)?(?:流脓|流水|脓水|黄水|分泌物)|(?:黄|脓)(?:黄的)?(?:水|液)[^，。,.!?！？]{0,10}耳朵(?:里)?(?:流|出)|(?<![a-z])(?:(?:fluid|pus|discharge|liquid|gunk|goo|yellow stuff) (?:is )?(?:coming |leaking |oozing |draining |running )?(?:out of|from) (?:his|her|their|the) ears?|ears? (?:is |are )?(?:leaking|draining|oozing|discharging|running|weeping))(?![a-z])/,
    false,
  ],
  [
    'pale_stool',
    /(?:大便|便便|粑粑|屎|拉的)(?:是|都是|颜色|的颜色)?(?:很|有点|都|变成|变得|发)?(?:白色|灰白|陶土色|米白色?|白白的|发白|浅白)|白色的?(?:大便|便便|粑粑)|(?:大便|便便|粑粑|拉的)[^。！？!?]{0,12}(?:陶土|灰白|发白|浅白|白色)|像陶土|陶土(?:色|一样|样)|(?<![a-z])(?:(?:white|pale|chalky|grey|gray|clay[- ]colou?red|putty[- ]colou?red) (?:poo|poos|poop|poops|stools?|nappies)|(?:poo|poos|poop|poops|stools?) (?:is |are |looks? )?(?:white|pale|chalky|grey|gray)|(?:poo|poos|poop|poops|stools?)\b[^.!?]{0,30}\b(?:pale|white|chalky|clay[- ]colou?red|putty[- ]colou?red))(?![a-z])/,
    false,
  ],
  // A food, then hives, a rash or itching: a possible food allergy.
  [
    'food_rash',
    /(?:吃|喝|尝)(?:了|过|完)?[^，。,.!?！？]{0,8}(?:花生|坚果|鸡蛋|蛋|牛奶|奶粉|海鲜|虾|蟹|鱼|芒果|菠萝|猕猴桃|豆|小麦|辅食|新的?食物)[^。!?！？]{0,16}(?:疹|风团|荨麻疹|起包|起疙瘩|疙瘩|痒|红点|红斑|起(?:了)?(?:几个|一些|好多|很多)?(?:小)?包|(?:嘴巴|嘴|脸|嘴唇)(?:周围|四周|一圈)?(?:都)?红(?:了|红的))|(?:吃|喝)(?:了|过|完)[^。!?！？]{0,14}(?:起|出|长)(?:了)?(?:好多|很多|一些|一片|一身)?(?:疹子|红疹|风团|荨麻疹|疙瘩|红点|红斑)|(?<![a-z])(?:rash|hives|welts|spots|blotches)(?: [a-z']+){0,3} (?:after|since) (?:eating|having|trying|she ate|he ate|they ate)(?: [a-z']+){0,3} (?:peanuts?|peanut butter|nuts?|eggs?|milk|formula|shrimp|prawns?|fish|shellfish|seafood|mango|kiwi|sesame|wheat)(?![a-z])|(?<![a-z])(?:after|ate|eating|tried|had)(?: [a-z']+){0,4} (?:peanuts?|peanut butter|nuts?|eggs?|milk|formula|shrimp|prawns?|fish|shellfish|seafood|mango|kiwi|sesame|wheat)(?: [a-z',]+){0,8} (?:rash|hives|itchy|itching|spots|welts|blotch\w*)(?![a-z])/,
    false,
  ],
  ['splinter', /扎(?:了|进|到)?(?:一)?(?:根|个)?(?:刺|木刺|竹刺|玻璃)|(?:刺|木刺|竹刺)扎(?:进|到|了)|(?<![a-z])splinters?(?![a-z])/, false],
  ['centipede', /蜈蚣|(?<![a-z])centipedes?(?![a-z])/, false],
  // A nose that looks crooked or out of shape after a knock ('鼻梁看起来有点歪', "his nose looks bent"): possibly broken — a doctor
  // soon, not only the nosebleed's care (NHS, Broken nose) — round 52.
  [
    'nose_bent',
    /鼻(?:子|梁|樑|骨)[^，。,.!?！？]{0,8}(?:歪|变形|塌|不正)|(?<![a-z])nose (?:looks |is |seems |has gone |went |got )?(?:a (?:bit|little) )?(?:crooked|bent|wonky|out of shape|misshapen|flattened)(?![a-z])|(?<![a-z])nose (?:looks |is |seems )?(?:有(?:一)?点)?(?:歪|变形)/,
    false,
  ],
  // Red imported fire ants (红火蚁, 火蟻), common on lawns in southern China: stings that turn into white pustules — round 52.
  ['fire_ant', /火蚁|(?<![a-z])fire[- ]?ants?(?![a-z])/, false],
  [
    'marine_sting',
    /(?:水母|海蜇|僧帽水母|海葵)[^，。,.!?！？]{0,6}(?:蜇|蛰|螫|叮|刺|碰|扎|咬)|(?:被|让)(?:水母|海蜇|海葵)|(?<![a-z])(?:jelly ?fish|man o'? ?war|bluebottle)(?![a-z])/,
    false,
  ],
  // Swelling that grows or spreads after a bite or sting; a hoarse voice or wheeze with swelling (allergy).
  // Compared with earlier ("比昨天还大", "bigger than this morning"), still growing ("还变大了") or red streaks running from
  // it (NHS cellulitis / insect bites: signs of an infection spreading) — round 53.
  [
    'spreading',
    /越来越(?:大|肿|红|多)|范围(?:变|越来越)?大|扩散|蔓延|比(?:昨天|前天|早上|上午|中午|之前|刚才|刚开始)(?:还|更)?(?:大|肿|红)|(?:还|又|一直|在)变(?:大|红|肿)|(?<![a-z])(?:spread\w*|getting (?:bigger|worse|redder)|(?:bigger|redder|larger|more swollen) than (?:this morning|yesterday|before|earlier|last night)|red (?:streaks?|lines?)|streaks? (?:going|running|spreading))(?![a-z])/,
    false,
  ],
  // Pus or yellow fluid from a wound or a bite ("还有黄黄的脓", "流黄水", "oozing pus"): with a wound, an infection (NHS cuts
  // and grazes) — round 53. A pustule (脓包, 脓疱) is not: fire ants leave sterile ones by design (round 52's fire_ant).
  ['pus', /脓(?![包疱])|流黄水|渗黄水|(?<![a-z])(?:pus|oozing|weeping yellow)(?![a-z])/, false],
  // Bundling a feverish child up to sweat it out ('捂汗', 'sweat it out', 'thick blanket'): answered with 'don't' first.
  [
    'bundling',
    /捂汗|捂(?:一)?捂|捂(?:出|一身)?汗|捂着|捂(?:严|紧|厚)|(?:包|裹|穿|盖)(?:得)?(?:厚|严实|紧|多)(?:一点|一些|点)?(?:捂)?|厚被子|(?:多|再|加)盖(?:上)?(?:一|两|几)?(?:层|床|条)?(?:厚)?(?:被子|毯子)|盖(?:上)?(?:两|几)?(?:层|床)(?:厚)?被子|发(?:发|一发|一下|点)?汗|(?<![a-z])(?:sweat (?:it|the fever|them|him|her) out|sweating it out|bundl\w*|wrap\w* (?:him|her|them) up|thick (?:blankets?|duvets?|clothes|layers)|(?:cover|wrap)\w* (?:him|her|them) (?:up )?(?:with|in) (?:a |lots of |extra |more )?(?:thick|heavy|warm|blankets?))(?![a-z])/,
    false,
  ],
  // A changed voice told in lay words ("声音变了 怪怪的", "her voice sounds weird") counts as hoarse: with swelling it is the airway.
  [
    'hoarse',
    /声音(?:都|也|有点|变得|变)?(?:有点)?(?:哑|嘶哑|沙哑)|声音(?:都|也)?(?:变了|不对劲?|怪怪的|很怪|变怪|变得怪)|(?<![a-z])(?:hoarse|croaky voice|voice (?:sounds?|is|seems|has gone|went|got) (?:really |very |a bit |kind of |kinda )?(?:weird|strange|funny|odd|different|changed|croaky|muffled))(?![a-z])/,
    false,
  ],
  ['short_breath', /喘(?!气(?:都|也|还)?(?:很|挺)?(?:正常|还好|平稳|顺))|(?<![a-z])(?:wheez\w*|short of breath|breathless)(?![a-z])/, false],
  // The tongue or throat swelling (NHS: swelling of the lips, mouth, throat or tongue after a bite or sting is 999/A&E).
  [
    'mouth_swelling',
    /舌头(?:都|也|有点|好像|在|开始|已经)*(?:肿|变大|大了)|喉咙(?:都|也|有点|好像|在|开始|已经)*肿|(?<![a-z])(?:(?:tongue|throat)(?: (?:is|looks|seems|has|got|getting|started|starting|a|bit|little|to|gone))* (?:swell\w*|swollen|puffy)|swollen (?:tongue|throat))(?![a-z])/,
    false,
  ],
  [
    'cant_swallow',
    /流口水|咽不下|吞不下|不能吞|吞不了|咽不了|不(?:肯|敢|愿意?)(?:吞|咽)|(?<![a-z])(?:drool\w*|can'?t swallow|cannot swallow|won'?t swallow|unable to swallow|(?:doesn'?t|refuses to|not) (?:want to )?swallow)(?![a-z])/,
    false,
  ],

  // ── context: not a level by themselves; they add up with other signs and across turns ──
  [
    'fewer_wees',
    // "尿不湿已经8个小时都是干的", "8个小时没有wet diaper了": a dry nappy for hours (NICE CG84: reduced urine output).
    /(?:尿不湿|尿布|纸尿裤|尿片)(?:已经)?[^，。,.!?！？]{0,10}(?:都|一直|全)?是干的|没(?:有)?\s*wet\s*(?:diapers?|nappies|nappy)|尿(?:布)?(?:也|都)?(?:比(?:平时|平常|往常|以前))?(?:明显)?(?:变)?(?:很)?少|(?:一天|一整天|今天|一上午|一下午|一早上|半天|到现在)(?:都|也)?没(?:怎么|什么|啥)(?:尿|小便|尿尿)|(?:一天|一整天|今天|一上午|一下午|到现在|早上到现在)\s*(?:的)?(?:尿布|尿不湿|尿片|纸尿裤|diapers?|nappies|nappy)?\s*(?:只|才|就)(?:有|换了?|尿了?|湿了?)?\s*[一两二三四五\d]{1,2}\s*(?:片|个|块|次|张|回)(?:湿)?(?:的)?(?:尿布|尿不湿|尿片)?|尿(?:得|的)(?:很|特别|比较)?少|(?<![a-z])(?:pee|wee)(?:s)?\s*(?:也|都)?(?:很|特别|比较|变)?少|尿量(?:明显)?(?:变)?少|小便(?:变)?少|湿尿布(?:变)?少|(?:只有|才|就)\s*[一两二三四五\d]{1,2}\s*(?:片|个|块|次)\s*(?:wet\s*(?:diapers?|nappies|nappy)|湿尿布|尿布|尿不湿|尿片)|(?:尿布|尿不湿|尿片)(?:比(?:平时|平常|往常|以前))?(?:也|都)?(?:明显|很|特别)?干(?:很多|多了|了很多|了好多|好多)|尿不湿(?:比平时)?(?:都)?(?:很)?干|(?<![a-z])(?:(?:diapers?|nappies|nappy) (?:are|is|have been|has been|were|was|look|looks|seem|seems) (?:a lot |much |really |very |quite |pretty |all )?(?:dry|drier)|drier (?:diapers?|nappies|nappy)|only (?:had )?(?:one|two|1|2|a couple of|a couple) wet (?:diapers?|nappies|nappy)|(?:peed|weed|wee'?d|urinated) only (?:once|twice)|only (?:peed|weed|wee'?d|urinated) (?:once|twice)|fewer wet|less wet|not many wet|only (?:[3-5]|three|four|five) wet|weeing less|peeing less|hardly (?:any )?(?:wet|pee|wee)|few wet)(?![a-z])/,
    false,
  ],
  [
    'dry_mouth',
    /嘴(?:巴|唇)?(?:也|都|还)?(?:很|特别|有点)?干(?:裂|巴巴|燥|干的?)?|嘴唇(?:干裂|起皮)|口干|(?:嘴唇|嘴巴)\s*(?:很|有点|好)?\s*dry|(?<![a-z])(?:dry (?:mouth|lips)|cracked lips|lips (?:are )?(?:dry|cracked))(?![a-z])/,
    false,
  ],
  ['no_tears', /哭(?:了)?(?:的时候)?(?:都)?没(?:有)?(?:什么)?眼泪|眼泪(?:很|特别)?少|(?<![a-z])(?:no tears|few tears|without tears)(?![a-z])/, false],
  [
    'poor_feeding',
    /不(?:肯|愿意|想)?(?:吃奶|喝奶|吃东西|喝水)|不(?:太|怎么|大)(?:想|肯|愿意|爱)?(?:吃奶|喝奶)|(?:奶|奶瓶|母乳|配方奶)(?:都|也|就)?(?:不太|不怎么|不大|不想|不肯|不愿意)(?:想|肯|愿意)?(?:喝|吃)|(?:几乎|基本(?:上)?|差不多|一整天|一天)(?:都)?(?:没|不)(?:怎么|什么|啥|太)?(?:喝|吃)|没(?:怎么|什么|啥)(?:喝|吃)(?:水|奶|东西)|吃奶(?:很|明显|比平时)?少|奶量(?:明显)?(?:变少|少了|下降)|喝(?:得|的)(?:很|特别|比平时)?少|(?<![a-z])(?:not feeding|refus\w* (?:feeds|the bottle|to feed|to drink)|won'?t (?:feed|drink)|not drinking|drinking (?:much )?less|feeding poorly|off (?:his|her|their) (?:food|feeds?|milk|bottle))(?![a-z])/,
    false,
  ],
  [
    'listless',
    /没精神|没有精神|没什么精神|没啥精神|不(?:太|怎么|大)有精神|懒懒的|懒洋洋|不太爱笑|不怎么笑|懒得理|精神(?:很|特别|有点|不太)?(?:差|不好)|蔫|不爱动|不想动|不玩了|不笑了|不爱笑|反应(?:比平时)?(?:差|慢|迟钝)|(?:不怎么|不太|不大|懒得)?理人|叫(?:他|她)?(?:也|都)?(?:不太|不怎么|不大)?理|爱理不理|不理(?:人|我)|没力气|无精打采|(?<![a-z])(?:listless|lethargic|not (?:himself|herself|themselves)|not smiling|no energy|quiet and (?:floppy|sleepy))(?![a-z])/,
    false,
  ],
  [
    'cold_hands',
    /(?:手脚|浑身|全身|身上|身体)(?:都)?(?:冰凉|发凉|冰冷|凉凉的|很凉|冰冰的?)|(?<![a-z])(?:cold (?:hands|feet|hands and feet)|hands and feet (?:are )?(?:cold|icy))(?![a-z])/,
    false,
  ],
  [
    'inconsolable',
    /哭(?:个)?不停|哭闹不止|哭个没完|一直哭|怎么哄都哄不好|哄不好|(?<![a-z])(?:won'?t stop crying|crying nonstop|inconsolable|can'?t (?:be )?(?:soothed|settled))(?![a-z])/,
    false,
  ],
  [
    'diarrhoea',
    /拉肚子|腹泻|拉稀|水样便|拉水|拉了(?:好几|[一两二三四五六七八九十\d]+)次|(?<![a-z])(?:diarrh\w*|runny poo\w*|watery poo\w*|loose stools?)(?![a-z])/,
    false,
  ],
  [
    'vomiting',
    /吐了|呕吐|又吐|在吐|一直吐|反复吐|开始吐|吐(?:个)?不停|吐(?:了)?(?:[一两二三四五六七八九十几好\d]+)次|喷射(?:状|性)?(?:的)?(?:吐|呕)?|(?:奶|吃的|喝的|东西)?(?:都|就)?喷(?:了)?出来|(?<![a-z])(?:vomit\w*|threw up|throwing up|thrown up|throws up|being sick|been sick (?:twice|again|three times|a few times|several times|\d+ times)|projectile)(?![a-z])/,
    false,
  ],
  ['cough', /咳嗽|咳得|(?<![a-z])cough\w*(?![a-z])/, false],
  // Crying at once after a knock (a good sign); crying that will not stop is read as inconsolable.
  ['cried', /(?<!不|没|没有)(?:哭了(?!个不停)|在哭|大哭|哭出来)|(?<![a-z])(?:cried|crying)(?![a-z])/, false],
  [
    'fever',
    /(?<!不|没|没有|无|不再|也不|都不|并没有?)(?:发烧|发热)|高烧|低烧|烧到|(?<!没|不)烧了|(?:还在|一直|反复|又)(?:发)?烧|烧得(?:很|好|厉害|迷迷糊糊|滚烫|脸)|烧起来|(?:额头|身上|(?<!烟)头|后背|背上|脖子|肚子|手心|小脸|脸|摸着|摸起来|摸上去)(?:很|好|有点|有些|特别)?烫(?![伤到着了])|(?:额头|身上|头|后背|背上|脖子|肚子|手心|小脸|脸|摸着|摸起来|摸上去|全身|浑身)(?:都)?(?:滚烫|烫手|烫烫)|(?:身体|身躯|身上|头壳|额头)?烧烧的?(?![汤水饭粥茶奶东])|摸(?:着|起来|上去)[\u4e00-\u9fa5]{1,3}(?:很|好|有点|有些|特别)?(?:烫|热)(?![水奶闹天死情心伤到着了])|(?:额头|脑门|身上|身子|后背|摸着|摸起来)(?:很|好|有点|有些|特别)?(?:热乎乎|热热的?|发热|热(?![水奶闹天死情心]))|体温.{0,6}(?:37\.[5-9]|3[89]|4[0-2])|(?<![\d.])(?:3[89]|4[0-2])(?:\.\d)?\s*(?:度|℃|°)|(?<![a-z])(?<!no |without |without a |not |no sign of )(?:fever\w*|fevr|fver|feaver|febrile|temperature of|temp of|high temp|burning up|(?:is|feels?|he'?s|she'?s) (?:boiling|roasting)(?: hot)?|feels? (?:really |very |so |a (?:bit|little) )?(?:hot|warm)|(?:is|feels?) (?:really |very )?hot to (?:the )?touch)(?![a-z])|(?<![a-z])(?:armpit|underarm|under the arm|forehead|ear|rectal|thermometer|temp|temperature|checked?|measured?|took (?:her|his|their|the) temp\w*|reading|reads?)[^.!?\d]{0,12}(?<![\d.])(?:3[89]|4[0-2])\.\d(?!\d|\.\d)|(?<![\d.])(?:3[89]|4[0-2])(?:\.\d)?\s*(?:°c|c)(?![a-z])|(?<![\d.])(?:100\.[4-9]|10[1-6](?:\.\d)?)\s*(?:f|°f)(?![a-z])/,
    false,
  ],
  [
    'constipation',
    /便秘|(?:[一两二三四五六七八九十几\d]+|好几)天(?:都|了)?(?:都)?没(?:有)?(?:拉|大便|便便|拉屎|拉粑粑|排便)|大便(?:很|又)?(?:干|硬)|拉不出|(?<![a-z])(?:constipat\w*|hasn'?t (?:pooed|pooped|had a poo)|no poo(?:p)? (?:for|in)|hard (?:poo|stools?))(?![a-z])/,
    true,
  ],
  // A scald that happened ("被开水烫了", "scalded his hand"), not the word in a question ("烫伤要冲多久的水").
  [
    'scald',
    /烫(?:伤|到|着|红|破)?了|被.{0,8}烫|烫到(?!了)|被[^，。,.]{0,4}(?:热汤|开水|热水|热茶|热粥|热油|热奶|热咖啡)[^，。,.]{0,3}(?:splash\w*|spill\w*|splatter\w*|洒|泼|溅|浇)|烧伤了|(?:打翻|弄翻|碰翻|碰倒|洒|泼)了?(?:[一半]?[碗杯壶锅])?(?:热汤|开水|热水|热茶|热粥|热油|热奶|热咖啡|刚煮好的汤|汤)[^。！？!?]{0,12}(?:身上|手|腿|脚|脸|胳膊|手臂|肚子|胸口|背)|(?:身上|手|腿|脚|脸|胳膊|肚子|胸口|背)[^，。,.]{0,4}被[^，。,.]{0,4}(?:热汤|开水|热水|热茶|热粥|热油|热奶|热咖啡|油|汤|粥)[^，。,.]{0,2}(?:洒|泼|溅|浇|烫)|(?:热汤|开水|热水|热茶|热粥|热油|热奶|热咖啡|汤|粥).{0,8}(?:洒|泼|倒|打翻|溅|浇)(?:到|在)?.{0,6}(?:身上|手|腿|脚|脸|胳膊|肚子|胸口|背)|(?<![a-z])(?:(?:hot|boiling) (?:drink|tea|coffee|water|soup|milk|noodles|oil)|kettle).{0,30}(?:over|on|onto) (?:him|her|his|her|their|the|my)|(?:spilled|spilt|knocked|poured|tipped|splashed|splattered)(?: [a-z']+){0,3} (?:hot|boiling) |(?:coffee|tea|soup|broth|hot ?pot|stock|noodles|porridge|congee|kettle)[^.!?]{0,25}(?:spilled|spilt|poured|splashed|splattered|tipped|went) (?:on|over|onto|all over) (?:him|her|them|his|their|the|my|our)|(?<![a-z])(?:scalded|(?:got|has|have|had) (?:a )?(?:burn|scald)|burn(?:ed|t) (?:his|her|their|my|the|on|by|with|from|it|himself|herself|itself))(?![a-z])/,
    true,
  ],
  // A drink or soup spilt on the child ("spilled my tea on her arm", "我的咖啡洒到她手上"): a tea or coffee that is spilt
  // on a child is read as hot — a scald's first aid costs nothing if it was not.
  [
    'scald',
    /(?<![a-z])(?:spilt|spilled|spilling|knocked|tipped|poured|dropped)(?: over)? (?:my |his |her |their |a |the |our |some )?(?:cup of |mug of |bowl of )?(?:tea|coffee|cocoa|hot chocolate|soup|noodles|instant noodles|congee|porridge)(?: [a-z]+){0,2} (?:on|over|onto|down)(?: [a-z']+){0,2}(?: \d+[- ]?(?:years?|yrs?|months?|mo)[- ]?olds?'?s?)? (?:fore)?(?:arm|hand|leg|wrist|thigh|chest|face|tummy|belly|back|foot|feet|lap|neck|shoulder|him|her|them)s?(?![a-z])|(?:茶|咖啡|奶茶)(?:水)?[^，。,.]{0,6}(?:洒|泼|倒|打翻|溅|浇)(?:到|在)?[^，。,.]{0,6}(?:身上|手|腿|脚|脸|胳膊|肚子|胸口|背)/,
    true,
  ],
  [
    'scald',
    new RegExp(
      String.raw`(?:碰|摸|贴|靠|按|抓)(?:到|了|在)?(?:了)?[^，。,.!?！？]{0,8}(?:${HOT_THINGS_ZH}|(?<![a-z])(?:hot )?(?:${HOT_THINGS_EN})(?![a-z]))|(?<![a-z])(?:(?:touched|grabbed|burn\w* on)|(?:put|placed|pressed|leaned|rested|brushed|bumped|knocked|rubbed|caught) (?:his|her|their|a) (?:hand|palm|fingers?|arm|forearm|wrist|elbow|foot|leg|shin|knee|cheek)s? (?:on|against)|(?:brushed|leaned|fell) (?:on|against)) (?:the |a |an |my |his |her |our )?(?:hot )?(?:${HOT_THINGS_EN}|${HOT_THINGS_ZH})(?![a-z])`,
    ),
    true,
  ],
  // Mixed: 'burn 到手', '被 iron burn 了'.
  // Mixed: a hot drink or food named in English, spilt in Chinese ('被hot coffee泼到胸口', '被boiling water溅到').
  [
    'scald',
    /(?<![a-z])(?:burn|burnt|burned|scald|scalded)\s?(?:到|了|伤)|被[^，。,.!?！？]{0,10}(?:burn|scald)|(?<![a-z])(?:hot|boiling)\s?(?:coffee|tea|soup|water|milk|oil|noodles|porridge|congee)(?![a-z])[^，。,.!?！？]{0,3}(?:泼|洒|溅|浇|烫|倒)/,
    true,
  ],
  // ("他這週咬了兩個小朋友": the child who bit others is not bitten; see AT_POINT_INCIDENT.)
  // (Nor is a grown-up of the family the toddler bites — "外婆每次被咬都笑", "我被咬了好几次" — the biting phase is the
  // question, not first aid; a grown-up bitten by an animal is still read.)
  [
    'bite',
    /(?<!(?:外婆|奶奶|姥姥|外公|爷爷|姥爷|妈妈|爸爸|我|老人|大人)(?:每次|经常|总是|又|也|都|老是|常常)?)被.{0,8}咬|(?:外婆|奶奶|姥姥|外公|爷爷|姥爷|妈妈|爸爸|我|老人|大人)(?:每次|经常|总是|又|也|都|老是|常常)?被.{0,8}(?:狗|猫|蛇|鼠|猴|动物)咬|咬(?:了|伤|破)(?![一两二三四五几好]?个?(?:小朋友|同学|小孩|别人|人家|其他|别的))|牙印|(?<![a-z])(?:bitten|bit (?:him|her|my|our)|bite marks?)(?![a-z])/,
    true,
  ],
  // A burn from a hot-water bottle, an electric blanket or a heat pack found on the skin ("热水袋…小腿红了一块 起了水泡"):
  // a contact burn, often deeper than it looks, with no 烫 word in the message.
  [
    'scald',
    /(?:热水袋|暖水袋|暖手宝|电热毯|暖宝宝|暖贴|汤婆子|电热宝)[^。！？!?]{0,30}(?:红了|发红|红红|(?:起|长)(?:了)?(?:一个|个|几个|好多)?(?:水)?[泡疱]|水[泡疱]|烫)|(?<![a-z])(?:hot[- ]water bottle|electric blanket|heat(?:ing)? pad|heat pack|hand warmer)[^.!?]{0,40}(?:blister\w*|red mark|burn\w*)(?![a-z])/,
    true,
  ],
  // Steam or a hot appliance, with the skin told red or blistered and no 烫 word ("手伸到电锅的蒸气那边 手掌红了一片 起了水泡",
  // "put his hand in the steam from the rice cooker, now it's blistering"): a scald.
  [
    'scald',
    /(?:蒸汽|蒸气|热气|电锅|电饭锅|电饭煲|高压锅|压力锅|电热水壶|烧水壶|水壶|熨斗|烤箱|电暖器|取暖器|小太阳|暖气片|火炉)[^。！？!?]{0,30}(?:红了|发红|红红|红一片|(?:起|长)(?:了)?(?:一个|个|几个|好多|一些)?(?:小|大)?(?:水)?[泡疱]|水[泡疱])|(?<![a-z])(?:steam|rice cooker|pressure cooker|kettle|oven door|heater|radiator)(?![a-z])[^.!?]{0,40}(?<![a-z])(?:blister\w*|red mark|went red|is red|turned red)(?![a-z])/,
    true,
  ],
  // The heat source itself: its own line (none in a baby's bed, NHS / Lullaby Trust) with the burn's first aid.
  [
    'heat_pad',
    /热水袋|暖水袋|暖手宝|电热毯|暖宝宝|暖贴|汤婆子|电热宝|(?<![a-z])(?:hot[- ]water bottles?|electric blankets?|heat(?:ing)? pads?|heat packs?|hand warmers?)(?![a-z])/,
    false,
  ],
  // Carbon monoxide: a gas or charcoal heater, a gas water heater or a charcoal brazier with headache, dizziness, vomiting or
  // drowsiness, or the poisoning named (NHS, carbon monoxide poisoning: out into fresh air, then emergency care).
  [
    'carbon_monoxide',
    /(?<!(?:会不会|怕|担心|预防|防止|避免|以免|以防)[^，。,.!?！？]{0,6}|会|防)(?:一氧化碳|煤气|co)中毒|(?:燃气|煤气|天然气|液化气|炭火|炭盆|木炭|烧炭|煤炉|蜂窝煤|取暖器|热水器|(?<![a-z])(?:gas|charcoal|kerosene|paraffin) (?:heater|stove|fire|burner|water heater|boiler))[^。！？!?]{0,40}(?:头晕|头痛|头疼|呕吐|吐了|想吐|恶心|昏昏|迷糊|没精神|嗜睡|很困|特别困|好困|叫不醒|晕倒|晕了)|(?<![a-z])(?:(?:has|have|got|think (?:it'?s|he has|she has|they have)|from|with) (?:carbon monoxide|co) poisoning|(?:gas|charcoal|kerosene|paraffin) (?:heater|stove|fire|burner|water heater|boiler)[^.!?]{0,100}(?:headache|dizzy|headache|vomit\w*|sick|sleepy|drowsy|confused|faint\w*|won'?t wake))(?![a-z])/,
    true,
  ],
  // Soil or mud eaten from a plant pot or the ground ("抓盆栽的土来吃"): of low toxicity like sand; fertiliser or pesticide in it
  // is asked about in the reply (US Poison Control).
  [
    'low_toxic',
    /(?:吃|啃)(?:了)?(?:几口|一口|一点|好多|一些)?(?:泥巴|泥土|泥(?!鳅)|土(?!豆|鸡|司|耳其|方))|(?:泥巴|泥土|沙子|(?<![泥沙黄国领本乡风水])土(?!豆|鸡|司|耳其|方))(?:来|拿来)(?:吃)/,
    false,
  ],
  // Iron tablets or drops (a mother's 补铁片, 铁剂, iron pills) eaten: iron is among the most dangerous overdoses in small
  // children, often with no signs for hours (US Poison Control) — read as a poisoning, with its own line.
  [
    'iron_taken',
    /(?:补铁片|补铁的药|补铁剂|铁剂|铁片|补血片|亚铁)[^，。,.!?！？]{0,8}(?:吃|吞|咽|嚼)(?:了|掉|下)|(?:吃|吞|咽|嚼)(?:了|掉|下)(?:去)?[^，。,.!?！？]{0,10}(?:补铁片|补铁的药|补铁剂|铁剂|铁片|补血片|亚铁)|(?<![a-z])(?:swallowed|ate|eaten|chewed|got into|got hold of|took|taken)(?: [a-z']+){0,5} (?:iron|ferrous)(?: [a-z]+)? (?:tablets?|pills?|supplements?|drops|gummies|capsules?)(?![a-z])/,
    true,
  ],
  // A cigarette, butt or e-cigarette liquid eaten or licked, told in any order ('捡到烟蒂 吃掉半根了').
  [
    'tobacco',
    /(?:吃|吞|咽|咬|嚼|啃|舔)(?:了|下|掉)?[^，。,.!?！？]{0,8}(?<![用拿])(?:烟头|烟蒂|香烟|烟丝|烟草|半根烟|一根烟|烟油|烟弹|电子烟)|(?:烟头|烟蒂|香烟|烟丝|烟草|烟油|烟弹)[^，。,.!?！？]{0,10}(?:吃|吞|咽|咬|嚼|啃|舔|塞进嘴|放进嘴|往嘴里)|(?<![a-z])(?:ate|eaten|swallowed|chewed|chewing|eating)(?: [a-z']+){0,4} (?:cigarettes?|cigarette (?:butts?|ends?)|tobacco|cigars?|vape (?:juice|liquid)|e-?liquid|(?:e-?cigarette|vape) (?:liquid|juice|pods?|cartridges?))(?![a-z])/,
    true,
  ],
  // An insect bite (bug, mosquito, spider): read only with a spreading redness or a fever after it (possible infection).
  [
    'insect_bite',
    /(?:蚊子|虫子?|蜘蛛|蚂蚁|跳蚤|小黑蚊)(?:子)?[^，。,.!?！？]{0,4}(?:咬|叮)|蚊子包|蚊虫包|(?<![a-z])(?:(?:bug|insect|mosquito|spider|ant|flea|midge|sandfly) bites?)(?![a-z])/,
    true,
  ],
  // A nut, seed, shell or popcorn choked on or breathed in: small hard pieces go down the airway and can stay in a lung
  // with little to show after the coughing stops — a doctor today even if the child seems fine (NHS choking; AAP).
  [
    'airway_object',
    /(?:花生|坚果|瓜子|葵花籽|南瓜子|豆子|黄豆|爆米花|核桃|杏仁|腰果|开心果|松子|夏威夷果|种子|果核)[^，。,.!?！？]{0,10}(?:呛|卡|噎|吸(?:进|到|入))|(?:吸|呛)(?:进|到|入)(?:了)?[^，。,.!?！？]{0,6}(?:气管|肺)|(?<![a-z])(?:(?:chok\w*|inhal\w*|breathed in|aspirated)(?: (?:on|in))?(?: (?:a|an|the|some|half|part of|a piece of|a bit of|bits of))*(?: [a-z'-]+){0,2} (?:peanuts?|nuts?|seeds?|seed shells?|shells?|popcorn|cashews?|almonds?|walnuts?|pistachios?|beans?)|(?:peanuts?|nuts?|seeds?|shells?|popcorn)[^.!?]{0,20}(?:went down the wrong way|inhaled|breathed in|into (?:the|his|her|their) (?:airway|lungs?|windpipe)))(?![a-z])/,
    false,
  ],
  // Crying or screaming in bouts with the legs drawn up: with blood in the poo, the picture of intussusception (AAP).
  [
    'colic_bouts',
    /一阵一阵(?:地|的)?(?:哭|哭闹|尖叫|喊疼)|阵发性(?:地)?(?:哭闹|哭|腹痛)|(?:哭|尖叫)(?:一阵|一会儿)(?:停|好)(?:一阵|一会儿)|(?:腿|膝盖)(?:往上|往肚子)?(?:缩|蜷|抬)|蜷(?:着|起|缩)(?:腿|身子)|(?<![a-z])(?:(?:screaming|crying|screams|cries|pain)[^.!?]{0,15}(?:on and off|comes? and goes|in bouts|in waves|in episodes)|(?:pull\w*|draw\w*|bring\w*) (?:his |her |their |both )?(?:legs|knees) up)(?![a-z])/,
    false,
  ],
  [
    'animal_bite',
    new RegExp(
      String.raw`(?:${ANIMALS})(?:给)?.{0,4}(?:咬|抓)|(?:${ANIMALS})把[^，。,.!?！？]{0,8}(?:咬|抓)|被.{0,4}(?:${ANIMALS}).{0,4}(?:咬|抓)|(?:狗|猫|犬|dog|cat|puppy|kitten)[^，。,.!?！？]{0,4}舔[^，。,.!?！？]{0,10}(?<!没有|没|无|未|不是)(?:伤口|破皮|破了|伤)|(?<![a-z])(?:(?:dog|cat|rat|bat|monkey|hamster|rabbit|squirrel|puppy|kitten|${EN_DOG_BREEDS}) (?:bit|bite|scratch|nip|nipped|snapped at)\w*|bitten by (?:a |the |our )?(?:dog|cat|rat|bat|monkey|hamster|rabbit|squirrel|puppy|kitten|${EN_DOG_BREEDS})|(?:dog|cat|puppy|kitten|monkey|rat|bat)(?: [a-z'\u4e00-\u9fa5]+){1,4} (?:bit|nipped|scratched|snapped at) (?:him|her|them|my|his|their|our)|(?:dog|cat) bite|(?:dog|cat|puppy|kitten)(?: [a-z']+){0,4} licked (?:[a-z']+ ){0,3}(?:cut|wound|graze[sd]?|scratch(?:ed)?|scrape[sd]?|sore|broken skin))(?![a-z])`,
    ),
    true,
  ],
  [
    'minor_wound',
    // ("she keeps scratching them": scratching is the itch of bites or eczema, not a scratch wound — round 38.)
    /擦伤|擦破|蹭破|磨破|刮破|撞破|摔破|碰破|跌破|(?<!没|没有|未|不|无)破皮|划伤|划破|磕破|淤青|瘀青|乌青|瘀血|淤血|青了一块|青一块|抓痕|抓伤|红印|(?:破|划|割|磕|碰|撞|裂)(?:了|开|出)?(?:个|一个|一道|道|条|一条)?(?:小)?口子|(?:嘴唇|下巴|膝盖|手肘|手掌|额头|眉毛|眉骨|脸|嘴)(?:上)?[^，。,.!?！？]{0,4}(?:流(?:了)?(?:点|一点|一些|些)?血|出(?:了)?(?:点|一点)?血)|(?<![a-z])(?:bruise\w*|scratch(?!ing)\w*(?! (?:that|this)(?![a-z]))|graze\w*|scrape\w*|a cut|cut (?:his|her|their|my) (?:lip|chin|knee|hand|finger|forehead|eyebrow|head)|(?:lip|chin|knee|forehead) (?:is |was )?bleeding)(?![a-z])/,
    true,
  ],
  [
    'lump',
    /(?:起|鼓|肿)(?:了)?(?:个|一个)?(?:大)?包|肿(?:一粒|一个|起来一粒)|(?:有|还有|留了?)(?:个|一个)(?:大|小)?包(?![裹子括装])|鼓包|(?:头|额头|脑袋|后脑勺?|脑门)(?:上)?(?:有|起|鼓|肿)?(?:了)?(?:一)?(?:个)?(?:大|小)?(?:包|肿块)|(?<![a-z])(?:bump|lump|egg on)(?![a-z])/,
    false,
  ],
  [
    'blister',
    /(?<!没|没有|未|没起|没有起|未起|不会起|不起)(?:起泡|水泡|水疱|起了泡|起了?(?:个|一个|几个|好几个|一些)(?:大|小)?(?:水)?泡(?![泡澡脚奶]))|脱皮|(?<![a-z])(?<!no |not |without |any )blister\w*(?![a-z])/,
    false,
  ],
];

/** The words that tell a graze, a bruise or a small cut. */
const MINOR_WOUND = SIGNS.find(([name]) => name === 'minor_wound')![1];
const PALE_STOOL = SIGNS.find(([name]) => name === 'pale_stool')![1];

/** "没磕到头", "didn't hit her head": the head is said to be unhurt. */
const HEAD_SPARED =
  /(?:没|没有|未)(?:有)?(?:磕|撞|碰|摔|伤)(?:到|着)?(?:头|脑袋|头部)|头(?:部)?(?:没|没有)(?:有)?(?:磕|撞|碰|受伤|事)|(?<![a-z])(?:(?:didn'?t|did not|never|without) (?:hit|hitting|bump|bumping|bang|banging|knock|knocking|hurt|hurting) (?:his|her|their|the) head|no (?:head (?:injury|knock|bump)|bump to the head)|head (?:is |was )?(?:fine|ok|okay|untouched))(?![a-z])/g;
/**
 * "一生气就拿头撞地板撞墙", "bangs her head on the floor when she's angry": head-banging as a habit (behaviour-habits), not a
 * knock — unless the words of an injury (a lump, bleeding, a fall) are told too, which are read as usual. So is a baby who
 * rolls about in sleep and bumps the cot's bars ("晚上睡覺滾來滾去 常常咚一聲頭撞到嬰兒床的邊邊 … 要買防撞床圍嗎", round 35):
 * the question is the cot bumper, not a knock (no fall may sit inside the words set aside).
 */
const HEAD_BANGING_HABIT =
  /(?:一生气|一哭|一闹|发脾气|生气|不高兴|不开心|急了|累了|睡前|入睡|老是|总是|经常|动不动|常常|每次)(?:的时候|时)?(?:就|都)?[^，。,.!?！？]{0,6}(?:拿|用)头(?:去)?(?:撞|磕|碰)(?:地板|地上|地|墙|床|门|桌子)*|(?:常常|经常|老是|总是|每晚|睡觉|睡着|翻身|滚来滚去)[^。!?！？摔掉跌坠]{0,12}头(?:会)?(?:撞|磕|碰)(?:到)?(?:婴儿床|小床|床)(?:的)?(?:边边|边|栏杆|围栏|床栏|护栏)|(?<![a-z])(?:head[- ]?bang\w*|bang(?:s|ing)? (?:his|her|their) head (?:on|against) (?:the )?(?:floor|wall|cot|crib|bed)s?(?: when| if| every)?)(?![a-z])/g;
/**
 * A knock feared ahead of time ("嬰兒床要不要裝床圍 怕寶寶撞到頭", "担心他学走路磕到头", round 35): a question about a bumper or
 * a corner guard, not a knock — set aside like HEAD_SPARED, so a knock told besides it ("昨天真的撞到头 起了个包") still reads.
 */
const HEAD_WORRY = /(?<!可)(?:怕|担心|以免|免得|防止)[^，。,.!?！？]{0,8}(?:撞|磕|碰)(?:到|着)?(?:头|脑袋|头部)/g;
/** Whether to go out is asked ("中午能出去吗", "还要出去户外活动吗", "can we go outside at noon?"). */
const GOING_OUT_ASKED =
  /(?:能不能|能|可以|可不可以|要不要|还要|需要|该不该|适合|适不适合)[^，。,.!?！？]{0,6}(?:出去|出门|户外|外出|晒太阳)|(?<![a-z])(?:can|should|could) (?:we|i|she|he|they|my \w+) (?:still )?(?:go|take \w+) (?:out|outside|outdoors)(?![a-z])/;
/** An injury told beside head-banging ("撞出一个大包 还吐了"): the knock is read as usual. */
const HEAD_BANGING_HABIT_HURT =
  /包|肿|流血|出血|破了|吐|呕|晕|昏|嗜睡|叫不醒|没反应|抽|(?<![a-z])(?:lump|bump|bleed\w*|blood|vomit\w*|threw up|throwing up|drowsy|unconscious|passed out|knocked out)(?![a-z])/;
// A nipple, a pillow or a bun is no head ("一下子断掉 在奶头上抹辣椒", round 43); nor is washing,
// shaving or combing one ("囟门不能碰 洗头都不敢洗", round 44); nor a touch forbidden ("头顶软的地方碰不得 头都不让洗").
const HEAD =
  /头壳(?:上)?(?:肿|撞|磕|碰|破)|(?:跋倒|跋落)[^。！？!?]{0,8}(?:头|头壳)|(?:摔|磕|撞|跌|掉|(?<!不能|不敢|不让|不要|不可以|别)碰(?!不得|不了))(?:到|伤|了|破)?(?:了)?.{0,6}(?:(?<![奶乳枕馒骨石罐镜码舌眉拳洗剃梳])头|脑袋|后脑|额头)|(?:头|脑袋|后脑|额头)(?:上)?(?:被)?(?:磕|撞|碰)|(?:撞|磕|碰)(?:到|在)?(?:了)?桌角|头(?:先|朝下)?着(?:的)?地|(?<![a-z])(?:head injury|(?:hit|bumped|banged|knocked|bonked|(?:after|since|from) (?:hitting|bumping|banging|knocking))(?: (?:his|her|their|the|its))?(?: (?:side|back|front|top) of (?:his|her|their|the|its))? (?:head|forehead)|fell (?:off|from|down) .{0,25}head)(?![a-z])/;
// A lump on the head with no word about how it came ("额头一个大包"): a knock, unless an insect bit.
const HEAD_LUMP =
  /(?:头|额头|脑袋|后脑勺?|脑门)(?:上)?(?:有|起|鼓|肿)?(?:了)?(?:一)?(?:个)?(?:大|小)?(?:包|肿块)|(?<![a-z])(?:bump|lump|egg) on (?:his|her|their|the) (?:head|forehead)(?![a-z])/;
// A fall from furniture with no word about the head.
/** What children fall from, both languages (a Chinese sentence may name it in English: "从 climbing frame 上摔下来"). */
const FALL_FROM_ZH = '床|沙发|楼梯|高处|椅子|凳子|板凳|桌子|婴儿车|推车|购物车|餐椅|尿布台|护理台|滑梯|秋千|攀爬架|蹦床|上铺|台阶|自行车|滑板车|柜子';
const FALL_FROM_EN =
  'bed|stairs|steps|sofa|couch|table|chair|stool|bench|counter|changing table|high ?chair|slide|swing|climbing frame|trampoline|bunk|trolley|shopping cart|cart|pram|stroller|buggy|bike|scooter';
const FALL = new RegExp(
  String.raw`(?:摔|掉|滚|跌|栽)(?:下|落)(?:了)?(?:${FALL_FROM_ZH})|(?:从|由)[^，。,.!?！？]{0,6}(?:${FALL_FROM_ZH}|${FALL_FROM_EN})[^，。,.!?！？]{0,4}(?:摔|掉|跌|滚|栽|翻(?:下|落|掉)|fell|fall)|(?<![a-z])(?:fell|rolled|tumbled) (?:off|from|down|out of) .{0,25}(?:${FALL_FROM_EN})(?![a-z])`,
);
// Higher than the child, or over a metre: hospital even if the child seems fine (NHS head injury advice).
// A bare 推车 is a pushchair (婴儿推车, Taiwan's 推車), whose seat is low; a shopping trolley's seat is about a metre up.
const HIGH_FALL =
  /(?:从|由).{0,6}(?:楼梯|高处|楼上|阳台|窗|上铺|双层床|二楼|滑梯顶|尿布台|护理台|换尿布台).{0,4}(?:摔|掉|跌|滚)|(?:尿布台|护理台|换尿布台)(?:上)?(?:摔|掉|跌|滚)(?:下来|下去|了)|(?:一|1|两|2|三|3)\s*米(?:多)?高|(?:购物车|(?<!婴儿|宝宝)手推车|(?:超市|商场|购物)推车)(?:上|里)?[^，。,.!?！？]{0,10}(?:摔|掉|跌|滚|栽)|(?<![a-z])(?:(?:fell|tumbled|toppled|dropped|climbed) (?:out of|off|from) (?:the |a )?(?:shopping )?(?:trolley|cart)|fell (?:down )?(?:the |a flight of )?stairs|fell (?:from|out of) (?:a |the )?(?:window|balcony|height|top bunk)|(?:fell|rolled|tumbled|dropped) (?:off|from) (?:the |a |her |his |our )?(?:changing|change|nappy[- ]changing|diaper[- ]changing) (?:table|unit|mat on the (?:dresser|table)))(?![a-z])/;
// A few stairs counted ("滚下来三四级", "fell down the last two steps"), and no other height: not a dangerous fall by itself —
// NICE head-injury guidance counts a fall from more than 1 metre or 5 stairs; the child's signs decide.
const FEW_STAIRS =
  /(?:[一两二三四]|一两|两三|三四|几)\s*(?:级|个台阶|阶|层台阶)|最后(?:一|两|几)(?:级|个台阶|阶)|(?<![a-z])(?:(?:one|two|three|four|a couple of|a few|the last (?:one|two|three|few|couple of)|the bottom (?:one|two|three|few|couple of)|[1-4]) (?:steps|stairs))(?![a-z])/;
const HIGH_NOT_STAIRS =
  /高处|楼上|阳台|窗|上铺|双层床|二楼|滑梯|尿布台|护理台|推车|米|(?<![a-z])(?:window|balcony|height|bunk|trolley|cart|changing|flight|metres?|meters?)(?![a-z])/;
// After a knock on the head, what makes it an emergency (and not a bump to watch).
const HEAD_WARNING =
  /吐|呕|精神(?:差|不好)|没精神|蔫|嗜睡|一直(?:想)?睡|(?:特别|老是?|总是?|很)想睡|昏|晕(?!车)|(?<![a-z])(?:(?:was|got|been|is|be) knocked (?:out|unconscious)|knocked (?:him|her|them|himself|herself) (?:out|unconscious)|blacked out|lost consciousness|passed out|out cold)(?![a-z])|叫不醒|抽|流血|出血|流(?:出)?(?:清)?水|不动|哭(?:个)?不停|一直哭|哄不好|站不稳|走路(?:摇晃|不稳|歪)|头(?:很)?(?:痛|疼)|瞳孔|看不清|(?<![a-z])(?:vomit\w*|threw up|throwing up|(?:been|being|was|is|got) sick|sick (?:twice|again|\d+ times)|drowsy|(?:very|really|so|unusually|extremely) sleepy|bleeding|unconscious|won'?t stop crying|not moving|wobbly|unsteady|headache|head (?:hurts|is hurting|is sore)|confused|fluid from)(?![a-z])/;

/** The skin broken or bleeding, said on its own (of a bite told in the same message). */
const BROKEN_SKIN =
  /(?<!没|没有|未|不|无)(?:破了?皮|皮(?:都|也)?破了|出血了|流血了)|(?<![a-z])(?:(?<!not |n't |never )(?:skin (?:is |was |has been |got |'s )?(?:broken|torn)|broken skin)|(?<!not |n't |no |never )(?:it |skin |bite )?(?:is |was )?bleeding)(?![a-z])/;
/** Knocked out (not a tooth knocked out): a knock to the head that made the child lose consciousness. */
const KNOCKED_OUT =
  /(?<![a-z])(?:(?:was|got|been|is|be) knocked (?:out|unconscious)|knocked (?:him|her|them|himself|herself) (?:out|unconscious)|knocked (?:out )?(?:cold|senseless))(?![a-z])/;
// Sleepy after a knock: a warning, unless the parent asks whether the child may nap or sleep as usual
// (NHS and RoSPA: sleep is fine if the child is otherwise well and wakes normally).
const SLEEPY = /想睡|困了|犯困|要睡了|(?<![a-z])(?:sleepy|tired)(?![a-z])/;
/** The sleepy words that were head warnings before a nap question could lift them (困了 and 'tired' never were). */
const SLEEPY_WARNING = /想睡|(?<![a-z])sleepy(?![a-z])/;
const NAP_QUESTION =
  /(?:能|可以|可不可以|能不能|要不要|让)(?:让)?(?:他|她|孩子|宝宝|娃)?(?:睡|午睡|睡午觉|睡觉|睡一会)|睡午觉|午睡|(?:能|可以|可不可以|能不能|要不要)\s?(?:让)?\s?(?:他|她)?\s?(?:sleep|nap)|(?<![a-z])(?:nap|naps|napping|nap ?time|bed ?time|let (?:him|her|them) (?:sleep|nap|go to sleep)|(?:can|should|is it ok (?:if|for)) (?:he|she|they|him|her|them|my \w+) (?:to )?(?:sleep|nap|go to sleep))(?![a-z])/;
const SEIZURE_PAST =
  /昨天|昨晚|前天|前几天|上周|上星期|上个?礼拜|上个?月|去年|前年|上次|以前|之前|那次|小时候|(?:几|一|两|三|半)个?(?:月|年)前|(?<![a-z])(?:yesterday|last night|the other day|last (?:week|month|year|time|summer|winter|spring|autumn)|(?:a|one|two|three|a few|several|\d+) (?:days?|weeks?|months?|years?) ago|when (?:he|she|they) (?:was|were) (?:a baby|younger|little|smaller))(?![a-z])/;
/** "预防再抽", "how do I stop it happening again": a fit that may come back, not one going on now. */
const RECURRENCE =
  /(?:预防|防止|避免|怕|担心|会不会|会)(?:再|又)(?:次)?(?:抽|发作|惊厥)|(?:要是|如果|万一|假如|下次|以后)[^，。,.!?！？]{0,8}(?:又|再)(?:次)?(?:抽|发作|惊厥)|(?<![a-z])(?:(?:stop|prevent\w*|avoid\w*)[^.!?]{0,30}(?:another|a second|more|further) (?:seizures?|fits?|convulsions?)|(?:happen\w*|occur\w*|com\w* back|recur\w*|get (?:one|another|it)|have (?:one|another|it)) again|(?:stop|prevent\w*|avoid\w*)[^.!?]{0,30}again)(?![a-z])/g;
/** "以后还会…吗", "会变成癫痫吗", "will he grow out of it", "is it epilepsy": a question about later, not a fit now. */
const RECURRENCE_ASKED =
  /(?:以后|将来|长大|下次|今后)[^，。,.!?！？]{0,10}(?:会|还会|要|能)|(?:会|会不会)(?:变成|发展成|转成|是)?癫痫|(?<![a-z])(?:will (?:it|he|she|they|this) (?:happen|come back|recur)|(?:turn|develop|grow) (?:into|out of)|(?:is it|does (?:it|this) mean|lead to) epilep\w*|in (?:the )?future)(?![a-z])/g;
/** "the doctors said", "医院说", "急诊说": the plural and the hospital, which DOCTOR_SAID (one doctor) does not read. */
const FIT_NAMED_BY_DOCTORS =
  /(?:医院|急诊|大夫)(?:说|讲|诊断)|(?<![a-z])(?:doctors|drs|hospital|a&e|er|the er|paramedics|ambulance (?:crew|people)) (?:said|say|says|told us|think|thought|diagnosed)(?![a-z])/;
/** The fit the doctor named was a febrile one (热性惊厥, 高热惊厥, 热性痉挛, febrile seizure/convulsion). */
const FEBRILE_FIT_NAMED = /热性(?:惊厥|痉挛|抽搐)|高热惊厥|发烧(?:引起的?)?(?:惊厥|抽筋|抽搐)|(?<![a-z])febrile (?:seizure|convulsion|fit)s?(?![a-z])/;
const SEIZURE_NOW =
  /现在|又(?:抽|开始)|还在抽|(?<![不没])在(?:抽(?![血烟水奖签屉鼻泣噎搭])|惊厥)|正在|刚刚|刚才|(?<![a-z])(?:now|again|right now|just now|is having|still)(?![a-z])/;
/**
 * A day or more ago (not 'earlier', not 'just now'): a red episode told with one of these and over since ("上个礼拜昏过去
 * 几秒就醒了", "he stopped breathing for a moment last week, fine since") is not an emergency now.
 */
const DAYS_AGO =
  /昨天|昨晚|前天|前几天|大前天|上周|上星期|上个?礼拜|上个?月|去年|(?:几|一|两|三|四|五|\d+)\s*(?:天|周|个?星期|个?礼拜|个?月)(?:以)?前|(?<![a-z])(?:yesterday|last night|the other day|last (?:week|weekend|month)|(?:a|one|two|three|four|five|a few|several|\d+) (?:days?|weeks?|months?) ago)(?![a-z])/;
/** …and the child came round or has been well since. */
const EPISODE_OVER =
  /醒(?:了|过来)|好了|恢复|缓过来|没事|(?:之后|后来|以后|现在|一直)(?:都|也|一直)?(?:很|挺|还)?(?:好|正常)|(?<![a-z])(?:came (?:round|to)|woke|recovered|fine|ok|okay|normal|well since)(?![a-z])/;
/** Red signs that can be an episode over and done: fainting, going blue, a pause in breathing. */
const EPISODE_SIGNS = ['unresponsive', 'blue_lips', 'not_breathing', 'breathing_difficulty'];
/** Nobody has seen the child about it yet ("当时没去医院", "we didn't see anyone"). */
const NOT_SEEN =
  /没(?:有)?(?:去|带(?:他|她|孩子|宝宝)?去)?(?:看|看过|去过)?(?:医院|医生|急诊|就医|就诊|检查)|(?:没|还没|没有)去看|(?<![a-z])(?:(?:didn'?t|did not|never|haven'?t|have not|hasn'?t|has not)(?: yet)? (?:see|seen|get|got|go|gone|take|taken|been)(?: [a-z']+){0,3} (?:anyone|anybody|doctor|gp|hospital|checked|seen)|not (?:been )?(?:seen|checked)(?: by (?:a|the|any) doctor)?)(?![a-z])/;
/** "今天还在烧", "she still has a fever": the fever goes on, not the fit. */
const FEVER_STILL =
  /(?<![a-z])(?:now|today),? (?:he|she|they|baby|the baby)(?:'s| has| have|'ve)(?: got)? (?:a )?(?:(?:high|slight) )?(?:fever|temperature)(?: again)?(?![a-z])|(?:还在|还|现在|今天)(?:又)?(?:有点)?(?:发)?烧(?:到)?(?:[0-9.]+(?:度|°c?)?)?|(?:has|have|'s got|got|with) (?:a )?(?:fever|temperature)(?: of)?(?: [0-9.]+(?: ?°?c)?)? (?:now|today)|(?:still|now) (?:has|have|got) (?:a )?(?:bit of a |slight |high )?(?:fever|temperature)|(?:fever|temperature) (?:is )?(?:still|now)|still (?:a bit |a little |slightly |very )?(?:feverish|hot|warm|running a (?:fever|temperature))/g;
/** "想睡觉正常吗", "is it normal that he's sleepy?": asking about sleep, not reporting a drowsy child. */
const SLEEP_NORMAL =
  /(?:睡|困)[^，。,.!?！？]{0,6}(?:正常吗|要紧吗|没事吧|可以吗|行吗)|(?<![a-z])(?:is it (?:normal|ok|okay) (?:that |for )?(?:he|she|they|him|her|them)?\s?(?:is |are |to be |'s )?(?:sleepy|tired|sleep|nap))(?![a-z])/;
/** "she's fine now", "现在好了": the 'now' is about being well. */
const NOW_FINE =
  /(?:fine|ok|okay|well|better|normal|good|happy|back to normal) now|now (?:fine|ok|okay|well|better|normal)|现在(?:很|挺|都|已经)?(?:好了|正常|没事|挺好|很好|还好)/g;
/** A fall with no word about what from or what was hit ("摔了一跤", "had a fall"). */
const GENERIC_FALL =
  /跋倒|跋落|摔了一跤|摔(?:了)?一下|摔倒了?|跌倒了?|摔跤了|(?<![a-z])(?:fell over|fell down|had a (?:bad )?fall|took a tumble|tripped and fell)(?![a-z])/;
/** "she just fell", "he fell", "took a little spill": a fall in English with nothing else said (not 'fell asleep'). */
const BARE_FALL =
  /(?<![a-z])(?:(?:just|has|she|he|they|baby|son|daughter|toddler|kid|child|one|boy|girl) (?:just |has |had )?fell(?! (?:asleep|ill|sick|for|in love|apart|behind|through|short|silent|quiet|off to sleep|pregnant))|(?:had|took) a (?:bad |big |little |small )?(?:fall|tumble|spill))(?![a-z])/;
/** Holding the breath while crying or in a tantrum. */
/** The parent asks whether what happened was a fit ("是不是抽风", "was that a seizure?"). */
const ASKS_IF_FIT_SRC = String.raw`是不是(?:在)?(?:抽风|抽搐|抽筋|惊厥|癫痫)|(?:算|属于)(?:不算)?(?:抽风|抽搐|惊厥|癫痫)|(?<![a-z])(?:was|is) (?:that|it|this) (?:a |an )?(?:seizure|fit|epilep\w*)(?![a-z])`;
const ASKS_IF_FIT = new RegExp(ASKS_IF_FIT_SRC);
const ASKS_IF_FIT_ALL = new RegExp(ASKS_IF_FIT_SRC, 'g');
/** Screaming out of sleep, eyes open, not knowing the parent, back to sleep and no memory of it: a night terror (AAP, NHS). */
const NIGHT_TERROR =
  /(?:半夜|夜里|晚上|睡着|睡觉|睡到一半)[^。！？!?]{0,12}(?:尖叫|大叫|哭喊|惊叫|惊醒|坐起来)[\s\S]{0,60}(?:不认识|不认人|叫不应|不理|不记得|又睡|接着睡)|夜惊|睡惊|(?<![a-z])(?:night terrors?|screams? in (?:her|his|their) sleep|screaming in (?:her|his|their) sleep)(?![a-z])/;
const BREATH_HOLDING =
  /(?:哭|闹|生气|发脾气)[^，。,.!?！？]{0,6}憋(?:气|住|过气)|憋气|背过气|(?:哭|闹|生气|发脾气)[^，。,.!?！？]{0,8}(?:岔气|没气|闭气|断气|没(?:了)?呼吸)|哭(?:到|着|得|的)[^，。,.!?！？]{0,6}(?:突然|一下子?)没(?:有)?(?:了)?声(?:音)?|(?:大哭|哭(?:得|到)(?:很|太|好)?(?:厉害|凶|狠))[^，。,.!?！？]{0,8}(?:之后|以后|后)?[^，。,.!?！？]{0,4}(?:突然|一下子?)?(?:脸)?(?:发白|软掉|软了|晕(?:过去|倒)|昏(?:过去|倒))|(?<![a-z])(?:breath[- ]holding|held (?:his|her|their) breath|holds? (?:his|her|their) breath|(?:hold|holds|holding) breath|cried (?:so |really |very |super )?hard(?: and)?(?: then)?(?: that)?(?: (?:he|she|they))? (?:passed out|fainted|went (?:limp|floppy|blue|pale|white)|blacked out|stopped breathing))(?![a-z])/;
/** …and it is over: came round on its own ("马上就醒了", "现在好了", "she's fine now"), or it was another time. */
const SPELL_OVER =
  /(?:现在|已经)(?:又)?醒(?:过来)?了|(?:自己|马上|很快|一会儿?)(?:就|又)?(?:好了|缓过来|恢复|醒(?:过来)?了)|现在(?:已经|都)?(?:好了|没事了?|正常了)|缓过来了|(?:又|就|再)(?:自己)?(?:缓|醒|回)过来|(?:又|才|就)(?:哭|喘|吸)(?:了)?出(?:来|声)|(?:过|隔)了?(?:几|一两|两三)秒(?:钟)?(?:就|又)?(?:好|缓|醒|哭|恢复)|\d+\s*(?:秒|seconds?)(?:钟)?\s*(?:就|又)(?:好|缓|醒|哭|恢复)|上次|以前|之前|有一次|有(?:几|两)次|有时(?:候)?|(?<![a-z])(?:(?:a couple of|a few|several|some|two or three) times|once or twice|sometimes|came round|came to|comes? (?:round|around|to)|(?<!n't |not |never )(?:comes?|came) (?:back|round again)|(?<!n't |not |never )(?:pinks?|pinked) up|recover(?:ed|s)|back to normal|was fine|(?:she|he|they)(?:'s| is| are|'re) (?:fine|ok|okay|alright|all right|awake|up|conscious) (?:again|now)|(?:last|one) time|before|breath(?:es|ed)? again|(?:starts?|started) breathing again|then (?:cries|cried|breathes|breathed))(?![a-z])/;
/** …told as another time ('上次', 'one time'): a question about spells, for the knowledge base. */
const SPELL_BEFORE =
  /上次|以前|之前|有一次|有(?:几|两)次|有时(?:候)?|(?<![a-z])(?:(?:last|one) time|before|(?:a couple of|a few|several|some|two or three) times|once or twice|sometimes)(?![a-z])/;
/** …and any limpness was brief: a few seconds (a breath-holding spell can end in a short faint, NHS). */
const SPELL_BRIEF = /几秒|一两秒|两三秒|一下子?(?:就)?(?:好|缓|醒)|(?<![a-z])(?:a (?:second|moment|few seconds)|(?:few|couple of|\d+) seconds)(?![a-z])/;
/** …a pause of seconds in it ("好几秒没喘气", "几秒钟没呼吸"): the breath held, not a breathing difficulty. */
const SPELL_PAUSE = /(?:好|一|两|三)?几?秒(?:钟)?(?:都|就)?没(?:有)?(?:喘气|呼吸|气)|没(?:有)?(?:喘气|呼吸)(?:了)?(?:好)?几秒/;
/** Heat exhaustion named (asked or told), which alone is not heatstroke. */
const EXHAUSTION_NAMED = /热衰竭|(?<![a-z])heat exhaustion(?![a-z])/;
const EXHAUSTION_NAMED_ALL = new RegExp(EXHAUSTION_NAMED.source, 'g');
/** Perhaps swallowed: unsure whether it went down, or last seen in the mouth. */
const MAYBE_SWALLOWED =
  /不(?:知道|确定|清楚)(?:有没有|是不是|是否)?(?:吞|吃|咽)|(?:好像|可能|也许|怀疑)(?:是)?(?:被)?(?:吞|吃|咽)|(?:放|塞|含)(?:进|到|在)?(?:了)?(?:嘴|口)(?:巴)?里|(?<![a-z])(?:(?:not sure|don'?t know|no idea) (?:if|whether) (?:he|she|they|it) (?:swallowed|ate|has swallowed|went down)|(?:might|may|could) have swallowed|maybe swallowed|(?:put|had|popped) (?:it|one|a [a-z ]{1,20}|the [a-z ]{1,20}) in (?:his|her|their) mouth)(?![a-z])/;
/** What a poisoning does to a child (carbon monoxide or a swallowed poison), said as happening. */
const POISON_SYMPTOMS = /头晕|头痛|头疼|呕吐|吐了|想吐|恶心|昏|迷糊|嗜睡|叫不醒|晕倒|晕了|抽搐|没反应|呼吸困难/;
/** A poisoning asked about as a risk ("会不会一氧化碳中毒", "怕煤气中毒"). */
const POISON_RISK_ASKED = /(?:会不会|怕|担心|预防|防止|避免)[^，。,.!?！？]{0,6}中毒/;
/** Asking what the symptoms are ("有什么症状", "头晕吗", "what are the symptoms"). */
const SYMPTOMS_ASKED =
  /(?:什么|哪些)(?:症状|表现|信号)|症状是什么|(?:头晕|头痛|头疼|想吐|恶心|呕吐)(?:吗|么)|(?<![a-z])(?:what are the (?:symptoms|signs)|symptoms of)(?![a-z])/;
const MEDICINE_ANY = new RegExp(`${MEDICINES}`);
/** Whose or where the medicine was: someone else's, dropped or found, out of its box. */
const NOT_THEIR_MEDICINE = new RegExp(`${OTHERS}|掉(?:在|到)?(?:了)?(?:地|床|沙发)|捡|偷|翻(?:出|到)|药(?:瓶|盒|箱|板)`);
/** Picked up and put in the mouth ("捡了一颗吃", "抓起来就往嘴里塞"). */
const PICKED_AND_ATE =
  /(?:捡|拿|抓|摸)(?:了|起|到)?(?:来)?(?:一|几|两|半)?(?:颗|粒|片|个)?[^，。,.!?！？]{0,4}(?:吃|吞|放(?:进)?(?:嘴|口)|塞(?:进)?(?:嘴|口)|往嘴)/;
/** A blocked or snuffly nose, however said. */
const NOSE_BLOCKED = /鼻子?(?:有点|都|全)?(?:塞|堵|不通)|鼻塞|(?<![a-z])(?:(?:blocked|stuffy|snuffly|congested) nose|snuffl\w*|snort\w*)(?![a-z])/;
/** The parent blaming themself for the incident. */
/** Biting or chewing one's own nails, fingers or lips: a habit (parenting-common-concerns), not an injury. */
/** The child biting people, told as what he does ("老咬人", "爱咬奶奶的胳膊"): who bites is the child. */
const CHILD_BITES_OTHERS =
  /(?:老是|总是|经常|老|总|爱|又|最近|开始)咬人|(?<!被)咬(?:了)?(?:奶奶|爷爷|外婆|外公|姥姥|姥爷|阿嬷|阿公|妈妈|爸爸|大人|我)(?:的)?(?:胳膊|手臂|手|脸|肩膀|腿|肩)?/;

const NAIL_BITING =
  /(?:咬|啃|吃)(?:手)?指甲|(?:咬|啃)(?:手指|指头|手皮|倒刺|嘴唇|嘴皮)|(?<![a-z])(?:bit(?:es|ing)? (?:his |her |their |my |own )*(?:finger)?nails|nail[- ]?biting|chew(?:s|ing)? (?:his |her |their )*(?:finger)?nails)(?![a-z])/;
/** Someone (or an animal) bit the child, or the child bit someone: then it is a bite after all. */
const OTHER_BITE =
  /被[^，。,.!?！？]{0,6}咬|咬(?:了|到|伤)?(?:他|她|别人|小朋友|同学|人|妹妹|弟弟|哥哥|姐姐)|[狗猫鼠]|(?<![a-z])(?:bitten by|bit (?:him|her|another|a child|his|her)|dog|cat)(?![a-z])/;

const SELF_BLAME =
  /都怪我|(?<!奇)怪我|是我的错|我的错|我没(?:看好|看住|注意|照顾好)|没看住|我太(?:大意|粗心)|很(?:差|失败)的(?:妈妈|爸爸|家长)|不是(?:一个)?(?:好|合格的)(?:妈妈|爸爸|家长)|不称职|好自责|很自责|自责|内疚|(?<![a-z])(?:(?:terrible|bad|awful|useless|horrible) (?:mum|mom|mother|parent|dad|father)|my fault|i feel (?:so |really |very )?(?:guilty|awful|terrible)|blame myself|i should have been watching)(?![a-z])/;
/** Dry nappies for a number of hours under 12 ('八个小时没尿', 'no wee for 6 hours'). */
const DRY_HOURS =
  /(?<![\d一二三四五六七八九十])(?:[1-9]|1[01]|[一两二三四五六七八九]|十一?)\s*个?(?:多)?(?:小时|钟头)|(?<![a-z\d])(?:[1-9]|1[01]|one|two|three|four|five|six|seven|eight|nine|ten|eleven) hours?(?![a-z])/;
/**
 * How long the nappies have been dry, when it is long enough to be an emergency by itself: a whole day or night, 12 hours
 * or more; or sunken eyes or a sunken soft spot.
 */
const DRY_LONG =
  /一天|整天|一晚上|一整晚|整晚|一夜|(?:1[2-9]|[2-9]\d)\s*个?(?:多)?(?:小时|钟头)|(?:十[二三四五六七八九]|[二三四]十[一二三四五六七八九]?)\s*个?(?:多)?(?:小时|钟头)|囟|眼窝|眼睛(?:也|都|有点|好像)?(?:凹|陷)|(?<![a-z])(?:sunken|soft spot|fontanelle?|all day|whole day|24 hours|(?:1[2-9]|[2-9]\d) hours|overnight|all night|since yesterday)(?![a-z])/;
/** The child's own teeth cut the lip, cheek or tongue ("被自己的牙齿咬破", "咬到舌头", "嘴唇内侧咬破了"). */
const OWN_TEETH =
  /(?:被)?自己(?:的)?牙(?:齿)?[^，。,.!?！？]{0,2}(?:咬|磕|嗑)|(?:咬|磕)(?:破|到|伤|烂)(?:了)?(?:自己的)?(?:嘴唇|舌头|嘴巴|嘴里|口腔|腮|脸颊内侧)|(?:嘴唇|舌头|口腔|腮)(?:内侧|里面|里)?[^，。,.!?！？]{0,6}(?:被(?:自己的)?(?:牙(?:齿)?)?)?(?:咬|磕)(?:破|伤|到|烂)/;

/** A poison's container bitten open, told thing first ("那个洗衣凝珠咬破了"). */
const BITTEN_OPEN = new RegExp(String.raw`(?:${CHEMICALS})[^，。,.!?！？]{0,6}(?:咬|啃|嚼)(?:破|开|烂|碎)`);
/** Heat or the sun around the illness (a beach afternoon, a heatwave, a hot flat). */
/** A toe or finger changing colour ("脚趾开始发紫了", "it's turning purple"): after a hair tourniquet, the blood flow is failing. */
const DIGIT_DISCOLOURED =
  /(?:脚趾|手指|趾头|指头|指尖|那里|勒的地方)?[^，。,.!?！？]{0,6}(?:发紫|变紫|发青|发白|变白|发黑|变黑|紫了|黑了)|(?<![a-z])(?:turning|turned|gone|going|looks?|is) (?:a bit |quite |really |very )?(?:purple|blue|white|black|dark)(?![a-z])/;
const HOT_DAY =
  /天(?:太|很|特别|好|非常)?热|太热了|高温|暴晒|晒了(?:一|半|好|很)|晒太阳|太阳(?:底下|下面)|海边|沙滩|(?:好|很|太|超|特别|真)\s?hot(?![a-z])|(?<![a-z])(?:heatwave|heat wave|(?:a |so |very |really )?hot (?:day|weather|flat|room|afternoon)|in the (?:hot )?sun|at the beach|so hot)(?![a-z])/;
/** A cable, charger or plug chewed: an object in the mouth, not a bite. */
const CHEWED_CABLE =
  /(?:咬|啃|嚼|舔)(?:了|破|断|坏|着)?[^，。,.!?！？]{0,8}(?:电线|充电线|充电器|数据线|插头|插座|电源线|(?<![a-z])(?:charger|cable|cord|wire|plug)(?![a-z]))|(?<![a-z])(?:chew\w*|bit|bitten|bite|sucked on)(?: [a-z']+){0,3} (?:charger|cable|cord|wire|plug|socket)s?(?![a-z])/;
/** …that was live: plugged in, or a burn mark at the mouth. */
const LIVE_CABLE =
  /插着电|通着电|通电|带电|没拔|电到|麻了一下|黑点|发黑|焦|烧伤|(?<![a-z])(?:plugged in|was on|live|switched on|shock\w*|burn\w*|black (?:mark|spot)|scorch\w*)(?![a-z])/;
/** A desiccant sachet from a food packet eaten or bitten open. */
const DESICCANT_EATEN =
  /(?:吃|吞|咽|咬|啃|舔|嚼)[^。！？!?]{0,10}(?:干燥剂|防潮剂|保鲜剂)|(?:干燥剂|防潮剂|保鲜剂)[^。！？!?]{0,10}(?:吃|吞|咽|咬|啃|舔|嚼)|(?<![a-z])(?:ate|eaten|swallowed|chewed|bit|licked)(?: [a-z']+){0,5} (?:desiccant|(?:silica|anti-?moisture|moisture) (?:packet|sachet|pack)s?|(?:little|small) (?:packet|sachet) (?:from|in|out of) (?:the |a )?(?:seaweed|snack|food|box|bag))(?![a-z])/;
/** Medicine given twice, too much, or the wrong medicine. */
const MEDICINE_ERROR =
  /(?:又|再|重复|多)(?:喂|吃|给|服|用)了?(?:一次|一遍|一回|一顿|一剂|一份|一勺|一管)|(?:喂|吃|给|服)了两次|重复(?:喂|给|吃|服)|(?:喂|给|服)(?:多|错)了|吃错了?药|多(?:喂|给|吃)了|(?:喂|给|吃|拿|用)错(?:了)?(?:药|[^，。,.!?！？]{0,6}的药)|(?<![a-z])(?:double(?:d)? (?:the |his |her )?dose|gave (?:him|her|them|it) twice|given (?:it )?twice|both gave|two doses|both (?:[a-z']+ ){0,3}(?:gave|given|had given)|each (?:gave|had given)|within (?:an|one|half an|\d+) hours? of each other|without (?:telling|checking with) each other|too much (?:calpol|nurofen|medicine|paracetamol|ibuprofen|tylenol|motrin|syrup)|(?:wrong|someone else'?s|(?:his|her|their) (?:brother|sister|sibling)'?s) (?:medicine|antibiotics?|meds|syrup|dose|drops)|(?:gave|given)(?: [a-z']+){0,8} (?:by mistake|by accident)|accidentally (?:gave|given)|gave (?:him|her|them) (?:the )?wrong)(?![a-z])/;
/**
 * Asking whether to give another dose ('能不能再喂一次', '可以再吃一次吗', 'can I give her another dose?'): a question about
 * the next dose, not a dose already doubled — unless the message also tells one given twice or too much.
 */
const ASKS_ANOTHER_DOSE =
  /(?:能不能|可不可以|可以|能否|能|要不要|需不需要|该不该|用不用|还能)(?:再|多|提前|重复|加)(?:喂|吃|给|服|用|加)|(?:再|多|提前)(?:喂|吃|给|服|用)(?:一次|一遍|一回|一剂|一点)?(?:吗|么|嘛|不)|(?<![a-z])(?:can|should|could|may|do) (?:i|we) (?:give|repeat|top (?:him|her|them) up|re-?dose)[^.?!]{0,25}(?:another|again|more|second|extra)(?![a-z])/;
const MEDICINE_ERROR_TOLD =
  /(?:喂|给|服|吃)了两次|(?:喂|给|服)(?:多|错)了|多(?:喂|给|吃)了|吃错了?药|(?:又|重复)(?:喂|吃|给|服|用)了|(?<![a-z])(?:double(?:d)? (?:the |his |her )?dose|gave (?:him|her|them|it) twice|given (?:it )?twice|both gave|by mistake|by accident|accidentally)(?![a-z])/;
const MEDICINE_WORD =
  /药|糖浆|美林|泰诺林|布洛芬|对乙酰氨基酚|(?<![a-z])(?:medicine|meds|calpol|nurofen|paracetamol|ibuprofen|tylenol|motrin|antibiotics?|amoxicillin|syrup|dose|drops)(?![a-z])/;
/** A cough, a wheeze or noisy breathing that has gone on since. */
const LINGERING_COUGH =
  /(?:之后|以后|后来|到现在|一直|还在|还是|老是|总是)[^。！？!?]{0,6}(?:咳|喘|呼吸)|咻咻|呼呼|喘鸣|(?<![a-z])(?:(?:still|been|keeps?) (?:coughing|wheezing)|cough\w* ever since|wheez\w*|cough(?:ing)? since)(?![a-z])/;
/** A rash that fades when pressed with a glass. */
const RASH_BLANCHES =
  /(?:压|按|杯)[^。！？!?，,]{0,10}(?<!不|没|没有|不会)(?:会|能|就|也)?(?:褪色|退色|褪掉|消退|变白|变淡|褪了|退了)|(?<![a-z])(?:(?:it|rash|spots?) (?:does |do )?(?:fades?|blanch\w*|goes? (?:white|pale))|(?<!doesn'?t |does not |don'?t |not |won'?t )fades? (?:when|under|with)|(?<!doesn'?t |does not |don'?t |not |won'?t )(?:disappear|go away|goes away|vanish)\w* (?:when (?:i |you )?press\w*|under (?:a |the )?glass|with (?:a |the )?glass)|blanching rash)(?![a-z])/;
/** What stings the eye without burning it. */
const EYE_IRRITANT =
  /辣椒|花椒|洗洁精|洗碗精|洗碗液|洗涤灵|洗发|沐浴|洗手液|防晒|肥皂|香皂|泡泡水|(?<![a-z])(?:chill?i(?:es)?|chill?i (?:oil|sauce)|hot sauce|shampoo|body wash|bubble bath|hand soap|soap|sunscreen|sun ?cream|suncream|sunblock|washing[- ]up liquid|dish ?soap)(?![a-z])/;
/**
 * What burns the eye: rinse and the emergency department. Alcohol hand sanitiser is here: in children's eyes it has
 * caused corneal burns needing surgery (JAMA Ophthalmology, 2021).
 */
const EYE_CORROSIVE =
  /洗碗机|洗碗块|洗碗粉|洗衣精|免洗|酒精|花露水|消毒液|消毒水|漂白|84|洁厕|马桶|管道|通渠|洗衣(?:液|凝珠|粉|珠)|石灰|干燥剂|清洁剂|油污|杀虫|农药|化学|(?<![a-z])(?:saniti[sz]er|alcohol|bleach|toilet|drain|oven|laundry|lime|cement|chemical\w*|pesticide|insect spray|bug spray|fly spray|ammonia|disinfectant)(?![a-z])/;
/** The fall is told as something that just happened (not learning to walk, not 'how do I teach him to get up'). */
const FALL_JUST_HAPPENED =
  /刚|今天|早上|上午|中午|下午|晚上|昨天|突然|一下|(?<![a-z])(?:just|earlier|today|this (?:morning|afternoon|evening)|tonight|(?:a|one) (?:minute|moment|second|few minutes) ago|just now)(?![a-z])/;
const FALL_AS_TOPIC = /教|学(?:走|站|爬|跑)|(?<![a-z])(?:teach\w*|learn\w*)(?![a-z])/;
/** A body part other than the head named with a fall: the fall is that injury's. */
const NOT_THE_HEAD =
  /膝盖|手(?!机)|胳膊|手臂|手腕|手肘|腿|脚|屁股|牙|(?<![a-z])(?:knees?|hands?|arms?|wrists?|elbows?|legs?|ankles?|feet|foot|bottom|bum|teeth|tooth)(?![a-z])/;
/** A broken bone already set: "打了石膏", "石膏还没拆", "in a cast", "wearing a cast". */
const IN_A_CAST =
  /(?:打|上|戴|绑|缠)(?:了|着)?(?:个|一个)?石膏|石膏(?:还没拆|没拆|还没|固定|拆了)|(?<![a-z])(?:in (?:a |her |his |their )?(?:cast|plaster)|(?:has|had|wearing|wears|got) (?:a )?(?:cast|plaster)|cast on)(?![a-z])/;
/** Injuries with their own advice: a fall that caused one of these is not read as a knock on the head. */
const INJURY_ELSEWHERE = new Set([
  'minor_wound',
  'fracture',
  'tooth_injury',
  'finger_crushed',
  'limb_swelling',
  'not_weight_bearing',
  'arm_not_used',
  'nosebleed',
  'wound_deep',
  'scald',
]);
/** Asking when the child may come back to care ("多久能再送去", "how soon can he go back to care"). */
const RETURN_TO_CARE =
  /(?:再|重新|回去|回来)(?:送|去|上|来)(?:托育|托|点|服务点)?|(?:多久|几天|多少天|什么时候|哪天)(?:以后|之后|后)?(?:才)?(?:能|可以)?(?:再)?(?:送|去|来|上)(?:托育|托|点|服务点|幼儿园)?|(?:能|可以)(?:再)?(?:送|去)(?:去|过去|到)?(?:托育|托|服务点|点)|(?<![a-z])(?:(?:go|come|get|went) back (?:to |in(?:to)? )?(?:care|daycare|day care|childcare|the (?:childcare |care )?point|nursery|the centre|the center|playgroup)|return(?:ing)? to (?:care|daycare|day care|childcare|the (?:childcare |care )?point|nursery|the centre|the center)|back (?:to|in|into) (?:care|daycare|day care|childcare|nursery)|(?:how soon|how long|how many days|when).{0,30}(?:go|come) back)(?![a-z])/;
/**
 * "这样能去吗", "可以去吗", "can she go?": going asked about without naming where — after an illness said to be over, in a
 * message that books (or asks to go), it is going to care (the return-to-care rule), read only beside ILLNESS_OVER.
 */
const GOING_ASKED =
  /(?:这样|那|那还|还|现在)?(?:能|可以|能不能|可不可以)(?:去|送)(?:吗|么|嘛|不|了吗)?\s*[?？]*\s*$|(?<![a-z])(?:can|could) (?:she|he|they|we) (?:still )?(?:go|come|attend)(?: then| now)?\s*[?？]*\s*$/;
/** Going (back) to care asked about, with the place it names: not where something happened. */
const RETURN_TO_CARE_NAMED = new RegExp(`(?:${RETURN_TO_CARE.source})(?:托育点|服务点|爱邻护幼|托班)?`, 'g');
/**
 * Another kind of setting named with its own toddler class ("在幼儿园托班被小朋友咬了", "早教中心的托班", "at her
 * kindergarten's toddler class"): where it happened is not one of our points, so its 托班 is no point either.
 */
const OTHER_SETTING_NAMED =
  /(?:幼儿园|幼稚园|早教中心|早教班|早教机构|亲子园|托管班|私立托育(?:机构|中心)?|民办托育(?:机构|中心)?)(?:的|里的?|里面的?)?(?:托班|托育班?|小小班|小班)?|(?<![a-z])(?:kindergarten|preschool|nursery school|private nursery|private daycare)(?:'s)?(?: (?:toddler class|daycare|class))?(?![a-z])/gi;
/** The fever, diarrhoea or vomiting is over ("发烧退了", "拉肚子好了", "after a fever"). */
const ILLNESS_OVER =
  /(?:烧|发烧|发热|拉肚子|腹泻|拉稀|吐|呕吐|病|感冒)(?:已经|都)?(?:好了|退了|停了|止住了?|好转了?|痊愈)|(?:发烧|发热|拉肚子|腹泻|拉稀|呕吐)\s?(?:昨天|前天|昨晚|今早|今天早上|后来|第二天|yesterday|last night|this morning)\s?(?:就|已经|都|就已经)?\s?(?:好了|退了|停了|止住了?|痊愈了?)|退烧(?:了|后|以后|之后)|烧退(?:了|后|以后|之后)|(?:发烧|发热|拉肚子|腹泻|拉稀|呕吐|生病|病)(?:好)?(?:后|以后|之后)|(?<![a-z])(?:after (?:(?:a|the|his|her|their|this) )?(?:fever|high temperature|temperature|diarrh\w*|tummy bug|stomach bug|vomiting|sickness|illness|being sick|throwing up)|(?:fever|temperature|diarrh\w*|vomiting|sickness|tummy bug|stomach bug)(?: has| is|'s)? (?:gone|broken|passed|over|stopped|cleared|settled|down)|recovered|(?:is|was|got) better)(?![a-z])/;
/** The illness is still going on: a fever, diarrhoea or vomiting now, or a temperature stated. */
const ILLNESS_ONGOING =
  /还在|还(?:有点|有些)?(?:烧|发烧|发热|拉|吐)|又(?:烧|发烧|发热|拉|吐)|(?:反复|一直)(?:烧|发烧|发热|拉|吐)|\d{2}(?:\.\d)?\s*(?:度|°|℃)|(?<![a-z])(?:still|again|keeps?)(?![a-z])/;
/** The signs a return-to-care question names as over. */
const OVER_ILLNESS = ['fever', 'diarrhoea', 'vomiting'];
const FINE_NOW =
  /(?:现在|已经|后来|然后)\s?(?:ok|okay|fine|all right|alright)(?![a-z])\s?(?:了|啦)|(?:精神|胃口|吃喝|吃奶|吃饭|玩|反应|一切)[^，。,.]{0,4}(?:都)?(?:很|挺|还)?(?:好|正常|不错|可以)|挺正常|(?:今天|今早|今天早上|一早|一整天|到现在)(?:都|也)?(?:很|挺)?(?:正常|好好的|没事|没什么事)|都很正常|(?<!没|没有|不太|不怎么|不)(?:很|挺|还|蛮|特别)有精神|又跑又跳|不咳了|不呛了|(?:说话|呼吸|哭声|声音|脸色|面色)(?:也|都)?(?:正常|没事|没问题|红润|恢复(?:正常)?)|活蹦乱跳|(?:咳|吐)(?:了)?(?:几下|一下)就好|(?:现在|已经|后来|然后)(?:很|挺|都|也)?正常|恢复正常|正常了|(?:现在|已经|后来|然后)?(?:好了|没事了?|能玩|在玩|玩得(?:挺|很)?好|不哭了|还好|挺好|没什么事|能吃能(?:喝|玩)|吃得(?:下|好|挺好|很好|香)|胃口(?:很|挺|还)?好|(?:挺|很)?开心|精神(?:很|挺|还)?好)|(?:其他|其它|别的)(?:都|也)?(?:很|挺|还)?(?:好|正常|没事)|(?<![a-z])(?:otherwise (?:fine|ok|okay|well|happy|normal|alright|all right)|seems? (?:fine|ok|okay|normal|happy)|is (?:fine|ok|okay) now|(?:fine|ok|okay) now|now (?:fine|ok|okay|happy|playing)|(?:is|she'?s|he'?s|they'?re) (?:fine|ok|okay|alright|all right)(?! to| for)|back to normal|playing (?:again|normally|now|happily|fine|well|ok)|breathing (?:normally|fine|ok|okay|well)|(?:chatting|talking|babbling) (?:away|normally|again)|(?:is|he'?s|she'?s) chatting|eating (?:well|fine|normally|ok)|eating and playing|(?:happy|cheerful) and|and (?:happy|cheerful)|in good spirits|(?:drinking|feeding) (?:okay|ok|fine|well|normally)|still playing|still (?:plays?|eats?|eating|drinks?|drinking|feeds?|feeding|active|smiling)|running (?:around|about)|(?:drinking|drinks) (?:juice|water|milk|plenty|lots)|(?:pees?|peeing|wees?|weeing|wet (?:diapers?|nappies)) (?:is |are )?(?:normal|normally|ok|okay|fine)|playing a (?:bit|little))(?![a-z])/;
const CHECKING =
  // ("am I overreacting?", "我是不是大惊小怪了" right after a health answer: whether that advice stands, round 38.)
  /(?<![a-z])(?:am i (?:just )?(?:over-?reacting|being (?:paranoid|silly|dramatic)|overthinking(?: this| it)?))(?![a-z])|(?:我)?是不是(?:我)?(?:太)?(?:紧张|大惊小怪|想多了|小题大做)|(?:要不要|需不需要|需要|用不用|该不该|要)(?:去)?(?:挂|看)?(?:急诊|门诊|儿科)(?:吗|么)?|(?:要不要|需不需要|需要|用不用|该不该|要|得)(?:去)?\s?(?:er(?![a-z])|a&e|急诊室|(?:the )?hospital(?![a-z])|(?:see )?(?:a |the )?doctor(?![a-z]))\s?(?:吗|么|嘛)?|还是明天(?:再)?(?:看|去)|等(?:到)?(?:明天|明早|天亮|早上)[^，。,.!?！？]{0,12}(?:再)?(?:去|看)|(?<![a-z])(?:(?:can|could|should|shall) (?:we|i|it) (?:just )?wait (?:until|till|for|to|and see)|wait (?:until|till) (?:tomorrow|the morning|morning|monday))(?![a-z])|(?<![a-z])(?:can (?:we|i) (?:just )?(?:keep an eye on|watch|monitor) (?:him|her|them)|just (?:watch|keep an eye on) (?:him|her|them))(?![a-z])|(?:可以|能)(?:先)?(?:观察|等)(?:一下|一天|一晚|一会儿?)?(?:吗|么)|明天(?:再)?(?:去|看)[^，。,.!?！？]{0,4}(?:可以|行)?(?:吗|么)|(?:要|需要|用|得)(?:叫|打)(?:救护车|120)(?:吗|么)|(?<![a-z])(?:is (?:this|it|that) (?:an emergency|urgent|serious)|do (?:i|we) (?:need|have) to call (?:120|an ambulance))(?![a-z])|(?:是不是|是否|那)?(?:就)?(?:不用|不需要|没必要)(?:再)?(?:去|上|看)?(?:医院|急诊|看医生|打120|叫救护车)|一定要.{0,10}吗|还(?:要|用|需要)(?:去)?吗|还要不要去|不去(?:行|可以)吗|还(?:要|用|需要|得)(?:再)?(?:带(?:他|她|孩子|宝宝|娃)?)?(?:去)?(?:看|看看|医院|看医生|就医|检查|急诊)?(?:一下)?(?:吗|么|嘛)|(?:要|需要|用|得)(?:不要)?带(?:他|她|孩子|宝宝|娃)?(?:去)?(?:看医生|医院|看|就医|检查|急诊)(?:一下)?(?:吗|么)|(?<![a-z])(?:do (?:we|i) (?:still|really) (?:have|need) to go|still go)(?![a-z])|必须.{0,10}吗|非(?:得|要).{0,8}吗|还要(?:去)?(?:医院|看医生|打针)|(?:要|需要)(?:去)?打(?:针|疫苗)吗|可以停了?吗|(?<![a-z])(?:do (?:i|we) (?:really |still )?need to|can (?:i|we) stop|still need)(?![a-z])|没事吧|应该没事|应该没关系|不要紧吧|能不能(?:先)?(?:在家)?(?:观察|等)|(?:先)?在家观察|等(?:到)?明天|(?:能|可以)等(?:到)?[^，。,.!?！？]{0,12}(?:体检|检查|复查|打针|疫苗)|(?<![a-z])(?:can (?:we|i|it|this|that) wait|wait and see|wait (?:until|till|for) (?:his|her|their|the|our) (?:\d+[- ]?(?:week|month) )?(?:check|check-?up|appointment|vaccin\w*|jabs?)|wait until (?:tomorrow|morning)|probably fine|should be (?:fine|ok))(?![a-z])|要紧吗|要不要紧|严重吗|要不要(?:去)?(?:医院|看医生)|需要(?:去)?(?:医院|看医生)吗|要去医院吗|要观察|观察什么|注意什么|留意什么|(?:能|可以)(?:让(?:他|她|孩子|宝宝))?睡(?:觉|午觉|一会儿?)?吗|(?<![a-z])(?:can (?:i|we) let (?:him|her|them) (?:sleep|nap)|is it ok (?:if|for) (?:he|she|they|him|her|them) (?:to )?(?:sleep|nap)|is it (?:ok|okay|safe|fine|alright|all right) to let (?:him|her|them) (?:sleep|nap|go to sleep)|(?:should|can) (?:i|we) let (?:him|her|them) (?:sleep|nap)|(?:can|may) (?:he|she|they) (?:sleep|nap|have a nap))(?![a-z])|(?<![a-z])(?:should i (?:worry|be worried)|how (?:worried|concerned) should (?:i|we) be|should (?:i|we) be (?:worried|concerned)|is (?:it|this|that) serious|what should i (?:watch|look) (?:for|out for)|do (?:i|we) (?:really |still )?need to (?:go|see)|should (?:i|we) (?:still |really |now )?(?:go|see|take))(?![a-z])/;
/** Whether the doctor can wait (tomorrow, the morning, Monday, the clinic instead of the emergency department). */
const ASKS_WAIT =
  /等(?:到)?(?:明天|明早|天亮|早上|白天|周一|星期一|礼拜一|下周)|还是(?:等)?(?:到)?明天|还是(?:先)?(?:等|再)?(?:观察|看)?(?:过)?(?:一两|两三|两|几)天(?:再)?(?:看|去|说)?|(?:等|过)(?:一两|两三|两|几)天(?:再)?(?:看看?|去|说)|明天(?:早上|白天)?(?:再)?(?:去|看)|急诊还是|还是(?:去)?(?:挂)?急诊|(?<![a-z])(?:wait (?:until|till|for) (?:tomorrow|the morning|morning|monday|the clinic|her doctor|his doctor|our doctor)|can (?:it|this|that|we|i) (?:just )?wait|(?:a&e|the er|emergency)[^.!?]{0,20}or[^.!?]{0,20}(?:tomorrow|morning|clinic))(?![a-z])/;
/**
 * Fever medicine (or any medicine) first and the doctor after ("先喂点退烧药再去", "等烧退了再去医院", "give Calpol first and
 * then go"): the going put off for a treatment at home, which a red sign never waits for.
 */
const MEDICINE_FIRST =
  // "去医院之前要不要先给他吃点退烧药" (before going, named first) and "先帮他洗个温水澡退烧再去" (a bath to bring it down first).
  /(?:去医院|去急诊|去看医生|出门|出发|去)(?:之前|以前|前)[^。!?！？]{0,12}先(?:给|喂|吃|用|塞)[^，。,.!?！？]{0,8}(?:退烧药|退热药|药|美林|泰诺林|布洛芬|对乙酰氨基酚|退烧栓|栓剂)|先[^，。,.!?！？]{0,12}(?:退烧|退热|降温)[^。!?！？]{0,4}(?:再|然后|才)(?:去|出门|看|送)|先(?:给(?:他|她|宝宝|孩子|娃)?|喂|吃|用|塞)(?:他|她|宝宝|孩子|娃)?(?:吃|喂|用)?(?:点|一点|些|个)?[^，。,.!?！？]{0,6}(?:退烧药|退热药|药|美林|泰诺林|布洛芬|对乙酰氨基酚|退烧栓|栓剂)[^。!?！？]{0,12}(?:再|然后|才)(?:去|出门|看|送)|等(?:烧|体温|热)?退(?:了|下来|一点)?(?:以后|之后)?再(?:去|看|出门)|先(?:多)?(?:给(?:他|她|宝宝|孩子|娃)?)?(?:喝|喂)(?:点|一点|些)?[^，。,.!?！？]{0,4}(?:水|奶|汤|粥|糖水|盐水)[^。!?！？]{0,14}(?:再|然后|才)(?:去|出门|看|送)|(?<![a-z])(?:give|try)(?: [a-z']+){0,3} (?:medicine|calpol|paracetamol|ibuprofen|tylenol|nurofen|panadol|motrin|fever reducer)(?: [a-z']+){0,3} (?:first|before (?:we |i )?(?:go|leave|going|leaving|head out)|on the way|in the (?:car|taxi|ambulance))(?![a-z])/;
/** "能不能先给他吃这个看看", "can I give him some first": a medicine at home tried before going (with MEDICINE_TO_TRY). */
const TRY_FIRST =
  /先(?:给(?:他|她|宝宝|孩子|娃)?)?(?:吃|喂|用|涂|抹)[^，。,.!?！？]{0,10}(?:看看|试试|观察|行吗|行不行|可以吗|好吗|吗)|(?:能不能|可不可以|可以|能|要不要|需不需要|该不该|用不用)先(?:给(?:他|她|宝宝|孩子|娃)?)?(?:吃|喂|用)|(?<![a-z])(?:give|try)(?: [a-z']+){0,4} (?:first|instead)(?![a-z])/;
/** A medicine to try at home: any medicine word, and the antihistamines parents keep (氯雷他定, 西替利嗪, Benadryl). */
const MEDICINE_TO_TRY = new RegExp(
  String.raw`${MEDICINE_ZH}|氯雷他定|西替利嗪|开瑞坦|仙特明|抗过敏|(?<![a-z])(?:${MEDICINE_EN}|antihistamines?|benadryl|piriton|zyrtec|claritin|cetirizine|loratadine|allergy medicine)(?![a-z])`,
);
/** Drank and weed after a worry about drying out (the drink and the wee both told). */
const DRANK_AGAIN =
  /(?:喝|吃)(?:了|完)(?:一|半|大半|好多|不少|很多|\d+)?[^，。,.!?！？]{0,8}(?:奶|水|瓶)|(?<![a-z])(?:drank|drunk|finished|took|had) (?:\d+ ?(?:oz|ml)|(?:a |her |his |the |some |most of |half |a whole |a full |a good )[^.!?]{0,20}(?:oz|ml|bottle|feed|milk|water|drink|cup))(?![a-z])/;
const WEED_AGAIN =
  /(?<!没|没有|不)(?:尿了|有尿了?|尿尿了|尿布湿了|湿了一片|尿了一大泡)|(?<![a-z])(?:had a (?:proper |good |big |full )?(?:wee|pee)|(?:wet|soaked) (?:a |her |his |the )?(?:nappy|diaper)|(?:peed|weed|wee'?d) (?:again|properly|a lot))(?![a-z])/;
/** A home remedy or a way to handle it asked about: answered with the incident's own advice. */
const REMEDY =
  /捂汗|捂(?:一)?捂|(?:包|裹|穿|盖)(?:得)?厚|厚被子|(?:多|再|加)盖|发(?:发|一发|一下|点)?汗|牙膏|酱油|药膏|烫伤膏|獾油|芦荟|冰块|冰敷|醋|棉花棒|棉签|棉棒|饭团|吞(?:口|一口)?饭|馒头|镊子|夹(?:出来|出)|挖(?:出来|出)|掏(?:出来|出)|抠(?:出来|出)|挑破|戳破|弄破|刺破|催吐|(?<![a-z])(?:sweat (?:it|the fever) out|bundl\w*|thick blankets?|butter|toothpaste|ice|cream|ointment|vinegar|tweezers?|cotton ?buds?|q-?tips?|pop (?:it|the blister)|burst (?:it|the blister)|make (?:him|her|them) (?:sick|vomit|throw up))(?![a-z])/;
/** Asking for a medicine amount: never answered with a number. */
const DOSE =
  /几\s*(?:cc|毫升|ml|mg|毫克|片|颗|粒|滴)|(?:掰|切|分)(?:成)?(?:一半|半片|半颗|两半|四分之一)|(?:大人|成人)(?:吃|用)?的[^，。,.!?！？]{0,8}(?:给|喂)|交替(?:吃|用|喂|服)|(?:间隔|隔)(?:多久|几个?小时)|几个?小时(?:吃|喂|用)一次|多久(?:吃|喂|用)一次|(?<![a-z])(?:half (?:an |a )?(?:adult )?(?:tablet|pill)|adult (?:tablet|pill|dose|paracetamol|ibuprofen|tylenol|panadol)|alternat\w*|how (?:often|many hours apart)|hours apart)(?![a-z])|(?:吃|喂|用|给).{0,6}(?:多少|几毫升|几ml|几片|几颗|剂量|几次)|剂量|多少(?:毫升|ml|mg|毫克)|(?<![a-z])(?:how much|what dose|dosage|how many (?:ml|mg))(?![a-z]).{0,30}(?:ibuprofen|paracetamol|acetaminophen|tylenol|calpol|nurofen|motrin|medicine|syrup)|(?:布洛芬|美林|泰诺林|对乙酰氨基酚|退烧药|退热药|感冒药|止咳药|止咳糖浆).{0,8}(?:多少|几|剂量|怎么吃|怎么喂|怎么用|吃法|用法|用量)|(?<![a-z])(?:dose|dosage)(?![a-z])/;
// Pain relief for a child is the same paracetamol or ibuprofen ("止痛药", "can I give him something for the pain?").
const PAIN_MEDICINE =
  /止痛药|止疼药|镇痛药|(?<![a-z])(?:pain ?(?:relief|relievers?|killers?|medicine|meds)|(?:something|anything|medicine) for (?:the |his |her |their )?pain)(?![a-z])/;
const FEVER_MEDICINE =
  /布洛芬|普拿疼|安佳热|美林|泰诺林|对乙酰氨基酚|扑热息痛|退烧药|退热药|退烧栓|退烧糖浆|(?<![a-z])(?:ibuprofen|paracetamol|acetaminophen|tylenol|calpol|nurofen|motrin|advil|panadol|fever (?:medicine|reducer|syrup))(?![a-z])/;
const COUGH_MEDICINE = /止咳|感冒药|化痰|(?<![a-z])(?:cough (?:medicine|syrup|mixture|drops)|cold (?:medicine|remedy|remedies)|decongestant)(?![a-z])/;
const AT_POINT_PLACE =
  /托育点|服务点|据点|托班|托育|托婴|爱邻护幼|在点里|点里的?老师|老师(?:打(?:了个?)?电话|来电话|打来)|(?<![a-z])(?:care ?point|childcare point|the point'?s (?:staff|teachers?|carers?))(?![a-z])|(?:在|从|去)[\u4e00-\u9fa5]{1,6}的(?:服务)?点(?![心子头儿滴])|点(?:里|上)的老师|在你们(?:那|这)|你们(?:那边|那里|老师)|你们(?:是)?怎么(?:看|带|照顾|照看|管)(?:的)?(?:孩子|小孩|宝宝)?|送托|老师(?:说|讲|什么|都没|也没|没说|没讲)|保育员|接(?:孩子|他|她|回来|回家|的时候)|(?<![a-z])(?:pick-?\s?up|teachers?|carers?)\s*(?:的时候|时候|时|都没|也没|没说|没讲|说)|(?<![a-z])(?:(?:the|your) (?:care ?)?point (?:gave|fed|let|served|forgot|didn'?t|did not)|at (?:the )?(?:point|centre|center|childcare|daycare|nursery)|(?:at|from) the (?:[a-z]+ ){1,3}(?:point|centre|center)|picked (?:up )?[a-z]+ (?:up )?from|at pick-?up|picked (?:up )?(?:my|him|her|them|our)|when i picked (?:him|her|them) up|the (?:carers?|teachers?|staff) (?:said|told|didn'?t)|(?:nobody|no one|no-one) (?:told|said|mentioned|called|rang|phoned)|how (?:did|do|could) (?:you|your (?:staff|carers?|teachers?)) (?:let|look after|watch|supervise|take care))(?![a-z])/;
// ("常常跌倒", "老是摔": how the child often is, told of a teacher's worry, not something that happened at a point.)
// ("老師說他這週咬了兩個小朋友": the child biting others is what he did, a parenting question, not an injury to him; being
// bitten is told with 被, read below.)
const AT_POINT_INCIDENT =
  /(?<!常常|经常|老是|总是|容易|动不动就|[常老总爱])(?:摔|磕|撞|跌|碰|咬|抓|推|打|烫|夹|划|割)(?:了|伤|破|到|倒|着)(?![一两二三四五几好]?个?(?:小朋友|同学|小孩|别人|人家|其他|别的))|被.{0,8}(?:咬|抓|推|打|撞|烫|夹)|受伤|受了伤|淤青|瘀青|乌青|牙印|抓痕|伤口|(?:起|鼓|肿)(?:了)?(?:个|一个)?(?:大)?包|(?:头|额头|脑袋|后脑勺?|脑门)(?:上)?(?:有)?(?:了)?(?:一)?(?:个)?(?:大)?包|(?<![a-z])(?:got hurt|was hurt|is hurt|injur\w*|fell|bitten|bit (?:him|her)|bite marks?|scratch(?:ed|es)?(?! (?:that|this)(?![a-z]))|bruised?|bump on|lump|burn(?:ed|t)|pushed|caught in|trapped in|shut in|slammed)(?![a-z])/;

/**
 * What happened to the child, whatever words told it: with a care point named, any of these is an incident there
 * (an arm swollen after pickup, a cut lip nobody mentioned, a fit the teacher phoned about), as the injury words are.
 * Illnesses (a fever, diarrhoea, a cough) are not incidents of the point.
 */
const POINT_INCIDENT_SIGNS = [
  'seizure',
  'not_breathing',
  'breathing_difficulty',
  'blue_lips',
  'unresponsive',
  'poisoning',
  'button_battery',
  'magnets',
  'severe_bleeding',
  'serious_burn',
  'choking',
  'object_stuck',
  'drowning',
  'allergic_reaction',
  'eye_chemical',
  'electric_shock',
  'fracture',
  'limb_swelling',
  'not_weight_bearing',
  'arm_not_used',
  'minor_wound',
  'wound_deep',
  'head_knock',
  'lump',
  'bite',
  'bite_broken',
  'scald',
  'tooth_injury',
  'finger_crushed',
  'eye_injury',
  'nose_object',
  'swallowed_object',
  'low_toxic',
  'sting',
  'food_rash',
  'allergy_mild',
  'nosebleed',
];

// A small object swallowed (a coin, a bead): a doctor today, 120 with symptoms; not poison first aid.
const SMALL_OBJECT =
  /塑料(?:片|块|珠|零件)|水宝宝|海绵宝宝|水晶泥|吸水珠|硬币|钱币|钢镚|珠子|弹珠|玻璃珠|串珠|(?<!电池的?)[纽钮]扣(?!电池)|扣子|小玩具|玩具(?:的)?(?:零件|小件|配件)|(?:玩具|塑料)[\u4e00-\u9fa5]{0,5}(?:轮子|小轮|轮胎|盖子|碎片|小件)|小轮子|乐高|小零件|零件|积木|小球|螺丝|钉子|发卡|发夹|别针|回形针|石子|小石头|(?<![a-z])(?:(?:small |little )?piece of (?:a )?(?:plastic|toy)|water ?beads?|orbeez|coins?|beads?|marbles?|buttons?(?! batter)|lego|small toy|toy part|(?:toy|plastic) (?:wheel|piece|bit|part)s?|(?:small |little |tiny )?(?:plastic|toy) [a-z]+ (?:wheel|piece|bit|part)|piece of (?:a )?toy|screws?|pebbles?|hair ?clips?|hair ?pins?|bobby pins?|safety pins?|paper ?clips?)(?![a-z])/;
// Gone from the mouth it was in ("嘴里含着硬币玩 一下子不见了", "it was in her mouth and now it's gone"): swallowed until found.
const SWALLOWED =
  /误吞|误食|吞|咽|吃(?:了|下|进)|(?:嘴里|含着|含在嘴)[^。！？!?]{0,12}(?:不见了?|没了|找不到)|(?<![a-z])(?:swallow\w*|ate|has eaten|in (?:his|her|their) mouth[^.!?]{0,30}(?:gone|missing|can'?t find))(?![a-z])/;
const TOXIC = new RegExp(
  String.raw`${MEDICINES}|${CHEMICALS}|洗衣|洗洁|消毒|酒|清洁|樟脑|烟|电池|磁|(?<![a-z])(?:pills?|tablets?|medic\w*|detergent|bleach|cleaner|poison\w*|alcohol|batter(?:y|ies)|magnets?|cigarettes?|nicotine)(?![a-z])`,
);
const LOTS_OF_TOOTHPASTE =
  /(?:吃|吞|咽|舔|嘬|吸)(?:了|下|掉|进|光|完)?(?:去)?(?:一整|整|大半|半|一)(?:支|管|条|瓶)[\u4e00-\u9fa5]{0,4}牙膏|牙膏[^，。,.!?！？]{0,8}(?:吃|吞|咽|舔|嘬|吸)(?:了|掉|光|完)(?:一整|整|大半|半|一)?(?:支|管|条|瓶|好多|很多|一大半)|(?:一整|整|大半|半)(?:支|管|条|瓶)(?:的)?牙膏[^，。,.!?！？]{0,8}(?:吃|吞|咽|舔|嘬|吸)|(?:好多|很多|一大坨|一大口|大量)(?:的)?牙膏[^，。,.!?！？]{0,6}(?:吃|吞|咽)|(?:吃|吞|咽)(?:了|下|掉|进)?(?:去)?(?:好多|很多|一大坨|一大口|大量)(?:的)?牙膏|(?<![a-z])(?:ate|eaten|swallowed|sucked|eating|swallowing)(?: [a-z']+){0,4} (?:tube|lots|a lot) of (?:the )?toothpaste(?![a-z])/;
const ITCHY_BITE = /痒|(?<![a-z])itch\w*(?![a-z])/;
const INSECT = /蚊|虫|蚂蚁|跳蚤|螨|蜜蜂|蜂蜇|(?<![a-z])(?:mosquito\w*|bug|insect\w*|ants?|fleas?|bees?|wasps?|spiders?|ticks?)(?![a-z])/;

// After vaccines: the mild reaction's words, and the words that are more than that (drowsy past waking, limp, listless
// in the illness sense) which keep their own reading.
const VACCINE_MILD =
  /困|睡(?:得|的)?(?:多|久|比平时)|爱睡|想睡|一直(?:在)?睡|睡(?:了)?一(?:下午|上午|天)|有点蔫|蔫蔫|没(?:什么|啥)?精神|哭闹|爱哭|闹(?:觉|人|腾)?|烦躁|黏人|粘人|胃口(?:差|不好)|吃(?:得|的)?(?:少|不多)|(?:打针|针眼|接种|注射)(?:的)?(?:地方|部位|处|位置)?[^，。,.!?！？]{0,6}(?:红|肿|硬|疼|痛)|红肿|硬块|硬疙瘩|(?<![a-z])(?:injection site|red and (?:hard|swollen|sore)|swollen|hard lump|lump|sore (?:arm|leg|thigh))(?![a-z])|(?<![a-z])(?:sleepy|drowsy|sleeping (?:a lot|more|loads)|napping (?:a lot|more)|tired|fussy|cranky|grumpy|irritable|clingy|unsettled|whiny|off (?:her|his|their) (?:food|feeds?|milk))(?![a-z])/;
/** Warmth felt by hand, not measured ("摸着烫", "feels warm", "burning up"), or no reading to be had. */
const FELT_HOT =
  /摸(?:着|起来|上去|了一下)|(?:额头|脑门|身上|身子|头|手心|后背)(?:很|好|有点|有些|特别)?(?:烫|热)|滚烫|烫手|烫烫的?|(?<![a-z])(?:feels? (?:really |very |so |a (?:bit|little) )?(?:hot|warm)|burning up|(?:hot|warm) to (?:the )?touch)(?![a-z])/;
const FELT_VERY_HOT =
  /(?:很|好|特别|非常|超|太)烫|滚烫|烫手|烫得(?:很|吓人|厉害)|烧得(?:很|好)?(?:厉害|滚烫)|(?<![a-z])(?:burning up|boiling|(?:really|very|so|extremely|super) hot)(?![a-z])/;
const NO_READING =
  /(?:还)?没(?:有)?(?:来得及|空)?(?:量|测|体温计|温度计)|家里没(?:有)?(?:体温计|温度计)|(?:体温计|温度计)(?:找不到|不见|坏|没电)|(?<![a-z])(?:no thermometer|(?:don'?t|do not) have (?:a )?thermometer|(?:haven'?t|have not|didn'?t|did not) (?:taken|take|measured|measure|checked|check) (?:his |her |their |the )?temp\w*|not (?:yet )?measured)(?![a-z])/;
/** Crying that will not be soothed, lasts hours, or sounds wrong: the cry NICE NG143 counts as red. */
/** A sharp thing or a point told about what was swallowed (a closed safety pin, a bobby pin or a hair clip is not, unless told pointed or open). */
const SHARP_THING =
  /尖|锋利|缝衣针|大头针|图钉|(?<!别|发|回形)针|钉子|刀片|碎玻璃|玻璃碴|牙签|鱼钩|(?<![a-z])(?:sharp|pointy|(?<!(?:bobby|hair|safety|kirby) ?)pins?|needles?|razor|blades?|broken glass|toothpicks?|thumbtacks?|drawing pins?|nails?(?! (?:polish|clippers?|file)))(?![a-z])/;
/** A sharp thing named ("缝衣针", "图钉", "a pin", "a toothpick"). */
const SHARP_ITEM =
  /缝衣针|大头针|绣花针|针头|图钉|钉子|刀片|碎玻璃|玻璃碴|牙签|鱼钩|(?<![a-z])(?:(?<!(?:bobby|hair|safety|kirby|rolling) ?)pins?|needles?|razor blades?|blades?|broken glass|piece of glass|toothpicks?|thumbtacks?|drawing pins?|tacks?|fish ?hooks?)(?![a-z])/;
/** A child shut in a car, with the keys or the doors locked. */
const LOCKED_IN_CAR =
  /(?:锁|关|困)(?:了)?在车(?:里|上|内|入面|度)|(?:钥匙|车门|车)[^。！？!?]{0,6}锁[^。！？!?]{0,20}(?:孩子|小孩|宝宝|女儿|儿子|他|她)[^。！？!?]{0,6}(?:还|一个人)?(?:在|困在)车(?:里|上|内)|(?<![a-z])(?:locked in (?:a|the|our|my) (?:hot )?car|(?:locked|left) (?:the |my )?keys? in (?:the|my|our) car[^.!?]{0,60}(?:baby|child|son|daughter|toddler|kid|he|she)|(?:baby|child|son|daughter|toddler|kid)(?:'s| is| was)? (?:still )?(?:locked|stuck|trapped) (?:inside|in (?:the|a|our|my) car))(?![a-z])/;
/** Ear pain told by or of the child ("说耳朵痛", "一直抓耳朵", "says her ear hurts"). */
const EAR_PAIN =
  /耳朵(?:很|好|一直|有点)?(?:痛|疼)|(?:抓|揪|拉|扯)耳朵|(?<![a-z])(?:ear ?ache|ear (?:hurts|is hurting|pain)|pulling (?:at )?(?:his|her|their) ears?)(?![a-z])/;
const STRONG_CRY =
  /哄不好|哄不住|哄不停|怎么哄|安抚不了|(?:[三四五六七八3-8]|几|好几)个(?:多)?小时|哭了?(?:一|整)(?:整)?(?:个)?(?:下午|上午|晚上|晚|夜|天)|哭(?:声|得)(?:很|特别|好|有点)?(?:尖|弱)|尖(?:声|着嗓子|细)|微弱|没力气|(?<![a-z])(?:inconsolable|can'?t (?:be )?(?:soothed|settled|comforted)|nothing (?:works|helps|settles)|(?:[3-8]|three|four|five|six|several) hours|high-?pitched|shrill|weak cry|whimper\w*)(?![a-z])/;
/** The crying stops when the baby is held, fed or soothed: consolable, whatever word was used for it. */
const CRY_SETTLES =
  /抱(?:着|起来|一抱)?(?:才|就)?(?:会)?(?:停|不哭|好)|哄(?:一)?(?:下|会儿?|一会儿?)(?:就)?(?:停|好|不哭)|喂(?:奶|一下)?(?:就|才)?(?:停|不哭|好了)|(?<![a-z])(?:settles?|calms? down|stops? (?:crying )?when (?:i|we) (?:hold|feed|pick|rock|cuddle))(?![a-z])/;
const VACCINE_NOT_MILD = /昏睡|昏昏沉沉|精神萎靡|软|(?<![a-z])(?:lethargic|limp|floppy|listless|barely (?:awake|moving))(?![a-z])/;
/** Stung on the lip or the mouth (the mouth itself, the tongue and the throat are read by the list above). */
const LIP_STING =
  /(?:蛰|蜇|叮)(?:到|在|了|着)*(?:他|她|宝宝|孩子|小孩)?(?:的)?(?:上|下)?(?:嘴唇|嘴巴|嘴|唇)|(?:嘴唇|嘴巴|嘴|唇)(?:上)?(?:被|给|让)[^，。,.!?！？]{0,8}(?:蛰|蜇|叮)|(?<![a-z])(?:stung (?:[a-z]+ ){0,3}(?:on|in) (?:the|his|her|their|my) (?:lips?|mouth)|(?:lips?|mouth) (?:got |was |were )?stung)(?![a-z])/;
/** Swelling or hives beyond the stung lip: an allergic reaction is read as well. */
const ALLERGY_ELSEWHERE = /风团|荨麻疹|眼皮|眼睛|脸|全身|身上|(?<![a-z])(?:hives|welts|eyes?|eyelids?|face|all over)(?![a-z])/;
/** A rash from drool round the mouth or on the chin. */
const DROOL_RASH =
  /口水疹|口水[^，。,.!?！？]{0,16}(?:疹|皲裂|干裂)|疹[^，。,.!?！？]{0,16}口水|(?<![a-z])(?:drool(?:ing)? rash|drool\w*[^.!?]{0,40}rash|rash[^.!?]{0,40}drool\w*)(?![a-z])/;
/** Asking whether teething brings a fever, not telling one. */
const TEETHING_FEVER_QUESTION =
  /(?:会不会|会|能不能|能|可能)(?:引起|导致|造成|有)?(?:发烧|发热)(?:吗|么|嘛|呢)|(?:发烧|发热)(?:正常|常见)?(?:吗|么|嘛)|(?<![a-z])(?:(?:does|can|do|will|could) teething (?:cause|give|bring)|(?:is|are) (?:a )?(?:fevers?|temperatures?) (?:normal|common|usual) (?:with|when|while|during) teething)(?![a-z])/;
/** Drooling that is a sign, not a rash's cause: something stuck, swallowed or stinging, or a swelling mouth. */
const NOT_DROOL_RASH = [
  'sting',
  'sting_mouth',
  'swallowed_object',
  'poisoning',
  'button_battery',
  'magnets',
  'choking',
  'object_stuck',
  'allergy_mild',
  'fish_bone',
];
/** A fall, knock or injury told with it: an injured child, not a tantrum. */
const HURT = /摔|撞|磕|跌|掉下|砸|烫|夹|(?<![a-z])(?:fell|fall(?:en|s|ing)?|hit|bump\w*|knock\w*|injur\w*|hurt|burn\w*)(?![a-z])/;
/** Screaming or crying while it happens, or a tantrum: the child is responsive. */
const NIGHT_SLEEP =
  /半夜|夜里|夜间|晚上|睡着|睡梦|睡觉|入睡|(?<![a-z])(?:in (?:his|her|their) sleep|at night|night|midnight|bedtime|asleep|middle of the night|\d{1,2} ?(?:pm|am)|(?:after|since) (?:going to |he goes to |she goes to )?bed|(?:goes|went|going|falls|fell|drifts) back to sleep)(?![a-z])/;
// ("眼睛open": the English word inside a Chinese story, as code-switching parents write it.)
const EYES_OPEN =
  /眼睛?(?:是|都|还)?(?:睁|张)(?:着|开|得|很|大)|睁着眼|睁(?:开|大)(?:了)?眼|眼睛?(?:是|都|还)? ?(?:wide )?open(?![a-z])|(?<![a-z])eyes (?:are |were |wide |still )*open(?![a-z])/;
const NIGHT_SCREAM = /尖叫|哭喊|哭叫|喊叫|惊叫|大叫|大哭|哭闹|(?<![a-z])(?:scream\w*|shriek\w*|yell\w*|crying out|cries out)(?![a-z])/;
/** Crying out in the night ('哭着坐起来', '大哭', 'crying'). */
const NIGHT_CRY = /哭|(?<![a-z])(?:cry|cries|cried|crying|wail\w*|sobb\w*)(?![a-z])/;
/**
 * What makes a night terror one when the eyes are not mentioned: sitting up, not knowing the parent, asleep again by
 * themself, or no memory of it the next morning ("叫也叫不醒 第二天什么都不记得", "doesn't remember it in the morning").
 */
const NIGHT_TERROR_SIGN =
  /坐起来|坐了起来|不认(?:识|得)|认不出|(?:又|自己|就|马上)(?:睡着|睡了|睡过去|接着睡)|(?:第二天|早上|醒来|起来|白天)[^，。,.!?！？]{0,8}(?:都|也)?(?:不记得|记不得|没(?:有)?印象)|(?<![a-z])(?:(?:doesn'?t|does not|didn'?t|did not) remember (?:it|anything)|no memory(?: of it)?|sat up|sits up|sitting up|(?:didn'?t|doesn'?t|did not|does not) (?:seem to )?(?:know|recogni[sz]e)|(?:went|goes|fell|falls) (?:straight |right )?back to sleep|back asleep|thrash\w*)(?![a-z])/;
const NOT_NIGHT_TERROR =
  /软|瘫|抽|僵|发紫|发青|嘴唇|呼吸|喘|翻白眼|发烧|发热|烧到|吐|(?<![a-z])(?:limp|floppy|stiff|jerk\w*|twitch\w*|shak\w*|blue|breath\w*|fever|vomit\w*|rolled)(?![a-z])/;
/**
 * A baby asleep or dropping off ("睡觉的时候", "刚睡着", "in her sleep"): where the startle (Moro) reflex and sleep twitches
 * show.
 */
const ASLEEP =
  /睡觉|睡着|睡梦|入睡|睡的时候|刚睡|快睡|(?<![a-z])(?:in (?:his|her|their) sleep|asleep|while (?:she|he|they) (?:is |are |'s |'re )?sleep\w*|when (?:she|he|they) (?:is |are |'s |'re )?(?:sleep\w*|dozing|drifting off)|falling asleep|drifting off|dozing)(?![a-z])/;
/** One brief jerk or startle, told as such ("突然抖一下", "一惊一乍", "吓醒", "twitches", "startles herself awake"). */
const ONE_STARTLE =
  /(?:突然|会|猛地|猛然)?(?:抖|颤|弹|惊|动|抽)(?:了)?一下|一(?:抖|弹|颤|惊)(?!一乍)|一惊一乍|惊跳|惊醒|吓醒|(?:两只手|双手|手臂|胳膊|手)(?:一下子?)?(?:突然)?(?:张开|举起|伸开|一伸)|(?<![a-z])(?:twitch\w*|jerks?|jerked|startl\w*|jumps?|jolts?|(?:arms?|legs?) (?:fly|flies|flew|flung|shoot|shoots) (?:out|up))(?![a-z])/;
/** The parent asks whether it is a fit ("是不是抽筋", "is it a seizure?"): a name asked about, not a fit told. */
const FIT_ASKED =
  /(?:是不是|是否|会不会|会是|算不算|难道是|怕是|担心是|以为是)(?:在)?(?:抽筋|抽风|抽搐|惊厥|癫痫)(?:了)?|(?:抽筋|抽风|抽搐|惊厥|癫痫)(?:吗|么|嘛)|(?<![a-z])(?:(?:is|could|might|can) (?:it|this|that|these|they|those) (?:be )?(?:a |having )?(?:seizures?|fits?|convulsions?)|(?:are|were) (?:these|they|those|them) (?:seizures?|fits?|convulsions?)|(?:scared|worried|afraid) (?:it'?s|it is|they'?re|they are|that it'?s) (?:a )?(?:seizures?|fits?|convulsions?))(?![a-z])/g;
/**
 * What is no startle (the knowledge answer's own 120 signs, and the amber ones): stiff, rhythmic, going on, in a series, on
 * waking or when awake, with blue lips, eyes rolling, no response or a fever; a child past the startle's months who is
 * jerking is read as usual too.
 */
const NOT_A_STARTLE =
  /(?:还|正|一直)在(?:抖|抽|动|颤)|现在[^，。,.!?！？]{0,3}(?:抖|抽|颤)|僵|硬|发紫|发青|嘴唇|翻白眼|眼睛(?:往上|向上|上)翻|叫不醒|没反应|不理|发烧|发热|烧到|一下一下|一抽一抽|一抖一抖|有节律|节奏|不停|一直抖|一直抽|停不下|几分钟|好几分钟|连续|一串|成串|一阵一阵|醒着|醒来的时候|醒的时候|点头|弯腰|(?<![a-z])(?:still (?:jerk|twitch|shak|trembl)\w*|right now|stiff\w*|rigid|blue|grey|gray|eyes (?:roll\w*|rolled)|unresponsive|not responding|won'?t wake|can'?t wake|fever|temperature|rhythmic\w*|won'?t stop|doesn'?t stop|keeps? going|for (?:a )?(?:minutes|minute|while)|in (?:a )?(?:clusters?|series|a row)|clusters?|when (?:she|he|they)(?:'s|'re| is| are)? awake|while awake|on waking|when (?:she|he|they) wakes?|nodding|head drops?|bending forward)(?![a-z])/;
const SCREAMING_NOW =
  /尖叫|大叫|哭闹|大哭|哭喊|嚎|(?<!疼得|痛得|疼的|痛的)打滚|撒泼|发脾气|闹脾气|耍赖|(?<![a-z])(?:screaming|screams?|screeching|yelling|shrieking|howling|wailing|kicking and (?:crying|screaming)|tantrums?|meltdowns?)(?![a-z])/;
/** Words that the child is not responding, or stopped crying before going limp: unresponsive stays. */
const NOT_RESPONDING =
  /叫不醒|叫不应|没(?:有)?反应|不理人|昏|晕|不省人事|意识|没(?:有)?知觉|(?:不|没)(?:哭|叫|出声)(?:了|也)?|突然(?:不哭|没声)|哭着哭着|憋(?:气|住|过去)|没(?:有)?呼吸|不呼吸|翻白眼|(?<![a-z])(?:not (?:responding|crying|breathing|making a sound)|unresponsive|no response|won'?t respond|doesn'?t respond|stopped (?:crying|screaming|breathing)|passed out|unconscious|fainted|blacked out|breath[- ]holding|holds? (?:his|her) breath|(?:went|goes|turned|turns) (?:blue|grey|gray|white))(?![a-z])/;
/** "接下来呢", "然后呢", "what next?", "anything else?": what to do next about the incident just told. */
const ASKS_NEXT =
  /接下来(?:呢|怎么办|要做什么|该做什么|该怎么做|还要做什么|要怎么做)|然后呢|然后(?:要|该)?怎么办|还(?:需要|要|得|能|可以)做(?:些|点)?什么|(?<![a-z])(?:what (?:next|now|else)|anything else|what should (?:i|we) do (?:next|now)|what do (?:i|we) do (?:next|now))(?![a-z])/;
/**
 * 120 already called or an ambulance on its way ("已经打了120 救护车在路上", "they called 120, what do I do until they come"):
 * telling the parent to call first would waste the minutes the first aid is for. Not "要不要打120" or "还没打120".
 */
const HELP_CALLED =
  /救护车(?:还有|大概|大约|预计|说)?(?:\d+|[一二两三四五六七八九十]+)\s*分钟|^(?:好的?|嗯|ok)?[，,\s]*(?:打了|已经打了|打过了|已打)(?=[，。,.!！\s]|$)|^\s*(?:ok(?:ay)?[ ,.]*|yes[ ,.]*)?(?:called|rang|phoned|dialled|dialed)(?: (?:it|them|120|already))?\s*[.!,]|(?<![a-z])ambulance (?:is |'s )?(?:in |coming in |arriving in |eta |here in |will be here in |due in |arrives in )?(?:about |around |~)?(?:\d+|ten|five|fifteen|twenty|a few) ?(?:min|mins|minutes)(?![a-z])|(?<!没|没有|还没|还没有|不|要不要|该不该|需不需要|需要|要)(?:已经|刚|刚刚|都)?(?:打|拨|叫|call|呼叫)(?:了|过)(?:120|急救|救护车)|(?:120|急救电话)(?:已经|也|都)?(?:打|拨|call)(?:了|过)|救护车(?:已经|也|都)?(?:叫|打)(?:了|过)(?![吗么没])|(?:打|拨|call)(?:120|急救)(?:了)(?![吗么没])|救护车(?:已经|马上|快|正在|还在|还没|还没有|在)?(?:在路上|路上|来了|出发|快到|马上到|赶来|过来了|要到|还没到|没到|还没来|还没有来|没来)|120(?:已经|正在)?在路上|(?:等|等着|在等)(?:救护车|120|急救)|(?<![a-z])(?:(?:already |just |have |has |i've |we've |they've |he's |she's )?(?:called|rang|phoned|dialled|dialed|rung)(?: for)? (?:120|an ambulance|the ambulance|emergency services|999|911)|ambulance (?:is |'s )?(?:on (?:its|the) way|coming|en route|here soon|not here yet)|(?:waiting|wait) for (?:the |an )?(?:ambulance|paramedics|120)|120 (?:is |are )?(?:on (?:the|its|their) way|coming)|(?:paramedics|ambulance) (?:are |is )?(?:coming|on (?:the|their|its) way))(?![a-z])/;
/**
 * Whether an ill child may still come to a care session ("周六的托还能去吗", "明天还能送托吗", "can she still go to
 * Saturday's care?"): the health answer and the drop-off rule (policy-health-check) both answer it. A booking told
 * first and "还要去吗" after the illness ("今天上午约了托育 结果孩子又吐又拉 还要去吗") asks the same.
 */
/**
 * The child's own medicine asked about while they are ill or being sick: whether it goes on, is skipped or given again
 * ("还要继续吃药吗", "每天要吃的维生素D今天还要照吃吗", "吃完药就吐了 要不要补", "should I skip her heart medicine today or give
 * it again?"). Answered with the prescriber's part (RCPCH/NPPG Medicines for Children: what to do depends on the medicine),
 * never a dose.
 */
const USUAL_MEDICINE_ASKED =
  /(?:还|继续|照常|照|接着|要不要|需不需要|能不能|可不可以|该不该)(?:要|能|可以)?(?:再|继续|照常|照|接着)?(?:吃|喂|给)(?:药|抗生素|吗|么|不)|(?:抗生素|长期(?:吃|用)的药|每天(?:要)?吃的|平时(?:吃|用)的药|医生开的药|维生素\s?d|维d|鱼肝油)[^。！？?]{0,12}(?:还|要不要|照|继续|停|补)|(?:要不要|需不需要|能不能|该不该)(?:再)?补(?:一次|一顿|吃|喂)|(?<![a-z])(?:(?:skip|stop|continue|repeat|keep giving|carry on with)(?: [a-z']+){0,3} (?:dose|medicine|meds|medication|antibiotics?|drops)|(?:give|repeat) (?:it|the dose|her dose|his dose) again|(?:usual|daily|regular) (?:medicine|meds|medication|dose|drops))(?![a-z])/;
const ASKS_CARE =
  /(?:托育|托班|半日托|临时托|全日托|(?<![委拜])托|服务点|护幼|课|体验课)[^。!?！？]{0,8}(?:还|也)?(?:能|可以|可不可以|能不能|可以不可以)(?:去|送|上|参加)|(?:还|也)?(?:能|可以|可不可以|能不能)(?:送托|送去|去托|去上|送过去)|(?:还|也)(?:能|可以)去(?:吗|么|嘛)|(?:周六|周日|礼拜六|礼拜天|礼拜日|星期六|星期天|星期日|拜六|拜日|明天|后天|这周末|周末|(?<![a-z])(?:sat(?:urday)?|sun(?:day)?|weekend|tomorrow)(?![a-z]))[^。!?！？]{0,10}(?:还|也)(?:能|可以)(?:去|送)|(?<![a-z])(?:can (?:he|she|they|my (?:son|daughter|baby|child|kid|toddler)|the baby) (?:still )?(?:go|come|attend|be dropped off)|(?:still|ok to|okay to|fine to) (?:go|come|attend|send (?:him|her|them))(?: [a-z']+){0,3} (?:to |on )?(?:saturday|sunday|tomorrow|the session|care|childcare|daycare|class)|should (?:he|she|they|i|we) (?:still )?(?:go|come|skip|miss))(?![a-z])|(?:约了|预约了|订了|报了)[^。!?！？]{0,6}(?:托育|托班|半日托|临时托|全日托|托|服务点|课)[^。!?！？]{0,24}(?:还|也)(?:要|用|能|可以)(?:去|送)(?:吗|么|嘛)/;
/**
 * "要不要取消周六的", "那周六的 booking 要 cancel 吗", "should I cancel Saturday?": whether a booking should be cancelled,
 * asked — a question about coming to care (never "我要取消", which cancels).
 */
const ASKS_CANCEL =
  /(?:预约|预订|订的|booking)[^。!?！？]{0,4}(?:要|该|应该|得)?怎么(?:办|处理|弄)|(?:要不要|该不该|应不应该|需不需要|用不用|得不得)(?:先)?(?:把[^。!?！？]{0,10})?(?:取消|退掉)|(?:需要|要|得|应该|必须)(?:先)?(?:取消|退掉)[^。!?！？]{0,8}(?:吗|么|不|[?？])|(?:要|需要|得)\s*cancel\s*(?:吗|么|不|[?？])|(?<![a-z])(?:should (?:i|we) (?:still )?cancel|do (?:i|we) (?:need|have) to cancel|(?:must|shall) (?:i|we) cancel|is it better to cancel)(?![a-z])/;
/** An amount asked with no medicine named ("那你直接说几cc就好", "just tell me how many ml"). */
const AMOUNT =
  /几\s*(?:cc|毫升|ml|mg|毫克|片|颗|粒|滴)|多少\s*(?:cc|毫升|ml|mg|毫克|片|颗|粒|滴)|(?<![a-z])(?:how many (?:ml|mls|cc|mg|drops|tablets|teaspoons|spoons)|how much (?:should|do|can) (?:i|we) give|what dose|what amount)(?![a-z])/;
/** "那什么情况要去医院", "when should I take her in?", "要注意什么": which signs need a doctor. */
const WHEN_TO_GO =
  /(?:什么|哪些|啥)(?:样的?)?(?:情况|症状|表现|时候)(?:下)?[^，。,.!?！？]{0,6}(?:医院|医生|就医|就诊|急诊|120|看病|送医)|(?:要|需要|该|得)(?:注意|观察|留意)(?:些)?(?:什么|哪些|啥)|(?:注意|观察|留意)(?:些)?(?:什么|哪些|啥)|(?<![a-z])(?:when (?:should|do|would|must|to) (?:i |we )?(?:actually |really |still |then )?(?:take|bring|go|see|call|worry|get)|what (?:signs?|symptoms?)(?: [a-z']+){0,4} (?:take|bring|go|see|call|worry|mean|need|watch|look)|(?:what|which) (?:should i|to|do i) (?:watch|look) (?:for|out)|warning signs|red flags|take (?:her|him|them) in|when is it (?:an emergency|serious|time to))(?![a-z])/;

/** "now 退了", "烧退了", "不烧了", "the fever's gone": the fever has come down. */
// ("退了烧就能吃能玩": how the child is between fevers that come back, not a fever gone.)
const FEVER_GONE =
  /(?<!没|没有|还没|不)退(?:烧)?了(?!烧?(?:就|的时候|时|以后就|之后就))|(?<!没|没有|还没|不)退(?:烧|热)(?:以|之)?后(?!就)|烧退(?!了?就|的时候)|热退|不烧了|(?<![a-z])(?:(?:after|once|when) (?:the|her|his|its) (?:fever|temperature|temp) (?:went|broke|came down|settled|had gone)|(?:fever|temperature|temp)(?: has| is|'s)? (?:gone|broken|down|come down)|no (?:more |longer a )?fever|(?:fever|temperature|temp|it)(?: has| had)? finally (?:broke|broken|gone|come down|came down|went down)|fever broke)(?![a-z])/;
/** "still 39", "it's 38.5 now", "还是39", "又到39了": a body temperature said as a bare number. */
const BARE_TEMPERATURE =
  /(?:(?<![a-z])(?:still|again|now|it'?s|it is|at|back (?:up )?to|up to|hit|reached|reads?|reading)\s+|还是|还有|又到|又烧到|又是|到了|现在|量了|量出来)(?:about |around |大概|差不多)?(3[7-9]|4[0-2])(?:\.(\d))?(?![\d.%])(?!\s*(?:mins?|minutes?|kg|kilos?|cm|weeks?|months?|days?|hours?|years?|pounds?|lbs?|分|公斤|斤|厘米|公分|周|天|个|小时|岁|号|日|点|块|元|页|次|下))/;

/** Spit-up words (吐奶, 溢奶, spitting up, posset, reflux). */
const SPIT_UP_WORDS = /吐奶|溢奶|漾奶|回奶|反流|(?<![a-z])(?:spit\w* up|spits? up|posset\w*|reflux)(?![a-z])/;
/** Bringing milk up, in any words. */
const SPIT_ACT = /吐|溢|漾|(?<![a-z])(?:sick|vomit\w*|throw\w* up|threw up|bring\w* up|brought up|spit\w*|posset\w*)(?![a-z])/;
/** After a feed or a bottle. */
const AFTER_FEEDS =
  /(?:喝|吃|喂)(?:完|了|过)?(?:奶|母乳|奶粉)|奶(?:以后|后|之后)|(?<![a-z])(?:after (?:(?:her|his|the|each|every|a|their|most) )?(?:bottles?|feeds?|feedings?|milk|breastfeeds?|formula)|during (?:her|his|the)? ?feeds?)(?![a-z])/;
/** A small amount brought up. */
const SPIT_SMALL = /一小口|一口|一点|少量|一些|(?<![a-z])(?:a mouthful|mouthfuls?|a little|a bit|small amounts?|tiny amounts?|a splash|a dribble)(?![a-z])/;
/** A baby who is content and growing. */
const SPIT_THRIVING =
  /精神(?:很|挺|都|也|还)*好|体重(?:也|有|都|还|一直)*(?:正常|在长|在涨|长得|涨得|有长|有涨|长|涨)|长得(?:很|挺)?好|(?<![a-z])(?:happy|content|gaining weight|putting on weight|growing well|thriving)(?![a-z])/;
/** What makes spit-up something else: forceful, green, blood, weight loss, feeds refused. */
const SPIT_UP_BAD =
  /喷射|喷(?:了)?出来|绿|血|不长(?:肉|体重)|体重(?:不长|不涨|下降|掉|减)|拒奶|不肯吃|(?<![a-z])(?:not gaining|losing weight|lost weight|weight loss|not putting on weight|refus\w*|forceful\w*|projectile|green|blood\w*|shoots? out)(?![a-z])/;
/** Something heavy on, or a knock to, a leg, arm, hand or foot. */
const LIMB_KNOCK =
  /(?:腿|胳膊|手臂|脚|小腿|大腿|膝盖|脚背|手背)(?:上)?(?:被)?[^，。,.!?！？]{0,8}(?:砸|压|撞|磕|碰)(?:到|了|伤)?|(?:砸|压|撞|磕|碰)(?:到|在|了)?[^，。,.!?！？]{0,4}(?:腿|胳膊|手臂|脚|膝盖)|(?<![a-z])(?:(?:fell|tipped|toppled|landed|dropped|came down|crashed)(?: over)? (?:on|onto) (?:his|her|their|my son'?s|my daughter'?s|the baby'?s|[a-z]+'s) (?:legs?|arms?|foot|feet|knees?|shins?|ankles?|hands?)|(?:bumped|banged|knocked|hit|hurt|bashed|whacked|trapped|squashed) (?:his|her|their) (?:legs?|arms?|knees?|shins?|ankles?|foot|feet|elbows?))(?![a-z])/;
/** Will not stand or walk (now, not yet: "won't walk yet" is a milestone question). */
const LEG_REFUSE =
  /不(?:肯|敢|愿意|想|能)(?:站|走|下地)(?:起来)?(?:走路|走)?|(?<![a-z])(?:won'?t|refuses? to|doesn'?t want to|can'?t|isn'?t able to|will not) (?:walk|stand|put (?:his|her|their) foot down)(?! yet)(?![a-z])/;
/** A leg, knee or foot that hurts. */
const LEG_PAIN =
  /(?:腿|脚|膝盖|脚踝|屁股|髋)(?:很|好|一直)?(?:痛|疼)|(?:说|喊)(?:腿|脚|膝盖)(?:痛|疼)|(?<![a-z])(?:(?:leg|knee|foot|ankle|hip)s? (?:hurts?|is sore|pain)|sore (?:leg|knee|foot|ankle|hip)|(?:leg|knee|foot|ankle|hip) pain)(?![a-z])/;
const FLUID_CHOKE =
  /(?:喂|吃|喝|吸)(?:了)?(?:奶|水|母乳|奶粉|奶瓶)[^，。,.!?！？]{0,4}(?:呛|噎)(?:到|着|住|了)|呛奶|呛(?:了)?(?:一)?(?:口)?水|(?<![a-z])(?:chok\w*|splutter\w*|sputter\w*|cough\w*) on (?:her |his |their |the |some )?(?:milk|bottle|formula|feed|water|drink)(?![a-z])/;
/** Itchy skin ("very itchy, he scratch at night"): scratching an itch (eczema, bites, heat rash) is not a scratch wound. */
const ITCHY = /痒|(?<![a-z])itch\w*(?![a-z])/;
const SCRATCHING = /抓痕|抓伤|(?<![a-z])scratch\w*(?![a-z])/g;
/** The child's own nails named ("指甲", "nails"): scratches they make are the nail question's. */
const OWN_NAILS = /指甲|(?<![a-z])(?:finger ?nails?|nails)(?![a-z])/;
/** Drool ("口水", "drooling"): the skin round the mouth the child wets. */
const DROOL = /口水|流涎|(?<![a-z])(?:drool\w*|dribbl\w*|saliva)(?![a-z])/;
/** Skin gone raw, said without a wound: "破皮", "red and raw", "the skin is broken". */
const RAW_SKIN = /破皮|(?<![a-z])(?:raw|broken skin|skin is broken|cracked)(?![a-z])/g;
/** Snacking all day ("grazes all day", "grazing on snacks") and lifting cradle-cap crusts: no graze nor scrape wound. */
const NOT_A_GRAZE =
  /(?<![a-z])(?:graz(?:es|ing|ed)? (?:all day|on|through(?:out)?|between)|grazer|scrap(?:e|es|ed|ing) (?:off )?(?:the |his |her |those |these )?(?:crusts?|flakes?|scales?|cradle cap|dry skin)(?: off)?)(?![a-z])/;
/** White milk curds in the poo: "白色的奶瓣", "奶块", "white curds", "white bits". */
const MILK_CURDS =
  /(?:白色的?|白白的?)?(?:小)?(?:奶瓣|奶块|奶渣|颗粒|小颗粒|小块)|(?<![a-z])(?:white )?(?:curds?|milk curds?|white (?:bits|specks|flecks|seeds))(?![a-z])/g;
/** Milk spat up ("溢奶", "吐奶", "spit-up", "posseting"). */
const SPIT_UP = /溢奶|吐奶|漾奶|(?<![a-z])(?:spit(?:s|ting)?[- ]?up|posset\w*)(?![a-z])/;
/** …through the nose. */
const THROUGH_NOSE = /鼻子|鼻孔|(?<![a-z])(?:nose|nostrils?)(?![a-z])/;
/**
 * Spit-up told as coming out of the nose ("奶从鼻子里喷出来了", "it came out of her nose"): scary to see, common in babies (the
 * nose and throat join), so its 喷 is not the forceful vomiting of SPIT_UP_BAD (NHS reflux in babies).
 */
const OUT_OF_THE_NOSE =
  /(?:从|由)?(?:鼻子|鼻孔)(?:里|里面)?(?:都)?(?:喷|冒|流|涌)(?:了)?出来(?:了)?|(?<![a-z])(?:came |coming |comes |shot |went )?(?:out of|through|from) (?:his|her|the|their|both) (?:nose|nostrils?)(?![a-z])/g;
const NAPPY_RASH = /尿布疹|红屁股|红屁屁|尿布皮炎|尿布湿疹|(?<![a-z])(?:nappy|diaper) rash(?![a-z])/;
const BREASTFED =
  /纯母乳|全母乳|吃母乳|母乳喂养|喂母乳|亲喂|(?<![a-z])(?:(?:exclusively |fully |only )?breast ?fed|breastfeeding|breast milk only|only breast milk|ebf)(?![a-z])/;
/** Yellow poo, snot, wee or vomit: not the skin. */
const YELLOW_NOT_SKIN =
  /(?<![a-z])(?:poo|poop|poos|stools?|nappy|nappies|diapers?|snot|mucus|wee|pee|urine|discharge|pus|phlegm|vomit|sick)\b[^.!?,]{0,16}yellow\w*(?: and \w+)?|黄(?:色)?(?:的)?(?:便|屎|大便|鼻涕|痰|尿|脓)/g;
const JAUNDICE_WORD = /黄疸|(?<![a-z])jaundice\w*(?![a-z])/;
const JAUNDICE_SKIN =
  /满月(?:了)?(?:还|都|仍)(?:有点|有些|是)?(?:发)?黄|(?:脸|皮肤|眼白|眼睛|身上|全身|胸口|胸前|肚子|脸色|手心|脚心)(?:上)?(?:(?:和|跟|、|还有)(?:腿|胳膊|手|脚|脸|身上|肚子|手心|脚心|手脚|四肢|眼白|眼睛))?(?:就|已经|还是|还|都|也|仍然|依然)?(?:有点|有些|都|也|很|好|越来越)?(?:发黄|黄黄|变黄|黄了|很黄|偏黄|黄)(?!色的?(?:便|屎|大便|鼻涕|痰))|(?<![a-z])(?:(?:skin|face|eyes|whites of (?:his|her|the|their) eyes|chest|body)(?: [a-z]+){0,3} (?:look|looks|looking|is|are|seems?|got|turned|turning|going|gone)(?: [a-z]+)? yellow\w*|(?:looks?|turned|turning|gone|going|still|is|so) (?:a bit |quite |very |really |a little )?yellow\w*|yellow (?:skin|eyes))(?![a-z])/;
const JAUNDICE_EARLY =
  /出生(?:第)?(?:一|1)天|(?:不到|没到|未满)(?:24|二十四)(?:个)?小时|生下来(?:当天|第一天|就)|刚出生(?:就|当天|第一天)|(?:昨天|今天|今早|昨晚|今天早上)(?:才|刚)?(?:出生|生的|生下来)|(?<![a-z])(?:(?:1|one)[- ]day[- ]old|(?:less than|under|not yet|not even) (?:24|twenty-four) hours|(?:born|delivered) (?:yesterday|today|this morning|last night)|first day|day one|\d{1,2} hours old)(?![a-z])/;
const JAUNDICE_WARNING =
  /(?:手心|脚心|脚底|手脚|四肢|腿|胳膊|肚子)(?:也|都)?(?:有点|开始)?(?:发)?黄|越来越黄|更黄了|满月(?:了)?(?:还|都|仍)|(?:两|2|三|3)(?:个)?(?:周|星期)(?:了|多)?(?:还|都|仍)|(?<![a-z])(?:(?:legs|arms|palms|soles|feet|tummy|belly)[^.!?]{0,20}yellow|yellow[^.!?]{0,30}(?:legs|arms|palms|soles|feet|tummy|belly)|getting (?:more )?yellow|more yellow|yellower|(?:over|more than|after) (?:2|two|3|three) weeks|(?:2|two|3|three|4|four|5|five|6|six) weeks?(?: old)?,? (?:and|now|still|is still|and still)|pale (?:poo|stool)|dark (?:wee|urine|pee))(?![a-z])/;
const DENGUE = /登革|骨痛热|(?<![a-z])dengue(?![a-z])/;
/**
 * Many mosquitoes or bites told with a fever ("这几天蚊子特别多 被咬了好多包", "tons of mosquitoes lately", "covered in mosquito
 * bites"): in Xiamen's dengue season the fever is read as one with dengue about (China CDC, WHO: tell the doctor of the
 * bites), so its warning signs (bleeding gums or nose, vomiting again and again) are 120.
 */
const MOSQUITO_EXPOSURE =
  /蚊子[^，。,.!?！？\s]{0,4}(?:特别|很|好|超|非常|太)多|(?:被)?蚊子[^，。,.!?！？\s]{0,2}(?:咬|叮)(?:了)?[^，。,.!?！？\s]{0,2}(?:好多|很多|一身|满身|好几十?|十几)|(?<![a-z])(?:(?:lots|tons|loads|plenty|swarms) of mosquito(?:e?s)?|so many mosquito(?:e?s)?|mosquito(?:e?s)? (?:everywhere|all over)|(?:covered in|lots of|so many|loads of|tons of) mosquito bites)(?![a-z])/;
const DENGUE_WARNING =
  /牙龈(?:出血|流血)|鼻(?:子)?(?:出血|流血)|吐血|黑便|(?:肚子|腹)(?:很|特别|剧烈)?(?:疼|痛)得(?:厉害|很)|剧烈(?:腹痛|肚子痛)|手脚冰凉|烦躁|(?<![a-z])(?:bleeding gums|gums? (?:are |is )?bleeding|nose ?bleeds?|blood in (?:the )?(?:vomit|poo)|black poo|severe (?:tummy|stomach|belly|abdominal) pain|vomit\w* (?:again and again|repeatedly|over and over)|cold hands|restless)(?![a-z])/;
/** A burn told as large or deep (a big area, white, leathery or charred skin): the emergency department wherever it is. */
const LARGE_OR_DEEP_BURN =
  /大面积|很大|一大片|大片|整个|整条|整片|大半|发白|变白|发黑|焦|(?<![a-z])(?:bad|big|large|serious|severe|deep|white|charred|leathery|whole|all over)(?![a-z])/;
/** "All over" a child's body, or a large area, said of a scald. */
const BIG_SCALD_AREA =
  /全身|满身|大面积|一大片|整个(?:胸|肚|背|后背|上身)|(?<![a-z])(?:all over (?:his|her|their|the) (?:chest|tummy|belly|stomach|back|body|front|legs?|arms?)|(?:most|half) of (?:his|her|their) (?:body|chest|back|tummy))(?![a-z])/;
/** The trunk's parts, each counted once ("胸口", "肚子", "chest", "tummy"). */
const TRUNK_PART =
  /胸口|胸前|胸部|肚子|肚皮|腹部|后背|背上|背部|大腿|(?<![a-z])(?:chest|tummy|belly|stomach|(?:his|her|their|the) back|thighs?|torso)(?![a-z])/g;
/** The parent says a burn has not blistered ("没有起水泡", "没起泡", "no blister", "hasn't blistered"). */
const NO_BLISTER =
  /(?:没|没有|未|不|无|也没有?)(?:有|起|出|长)*(?:水泡|水疱|泡)|(?<![a-z])(?:no|not|without|hasn'?t|isn'?t|didn'?t|doesn'?t)(?: any| a| an| got| been| have| has)* blister\w*(?![a-z])/;

/** Reads one message (Simplified or English, any case). */
/**
 * The child hitting, biting, pushing or scratching someone else ("咬了别的小朋友", "老打人", "把人推倒了",
 * "hits me", "pushed another kid"), or not listening ("not responding to no"): behaviour, a parenting question, not an
 * injury to this child. Taken out before reading, so a bite, a push or a care point named with it reads no incident
 * (a bite the child received, "被别的小朋友咬了", is kept).
 */
/**
 * A severe allergic reaction told as the child's history ("he had anaphylaxis once and carries an EpiPen", "以前出现过过敏性
 *休克"), usually in a question about care or food: not a reaction happening now. The words are taken out before reading;
 * a swelling or a breathing sign told with it is still read.
 */
const PAST_ANAPHYLAXIS =
  /(?:有过|出现过|发生过|得过|发过|以前|之前|曾经|曾)[^。！？!?，,]{0,8}过敏性休克(?:过)?|过敏性休克(?:史|过)|(?<![a-z])(?:(?:has |have |had |once |previously |already )?(?:had|has had|have had|experienced|suffered)(?: an?| one)?(?: severe)?(?: episode of| bout of)? anaphyla\w*(?: reaction)?(?: once| before| in the past| last (?:year|month|time)| when (?:he|she) was [a-z0-9 ]{1,20})?|(?:a |with a )?history of anaphyla\w*|previous anaphyla\w*|anaphyla\w* (?:once|before|in the past|last (?:year|month|time)))(?![a-z])/g;
/**
 * A sign the parent says is absent ("没有呼吸困难", "没有喘", "no trouble breathing", "not wheezing"): taken out before
 * reading, so a mild reaction told with what is NOT happening is not read as the emergency it names. "没呼吸" / "no
 * breathing" alone (not breathing) are kept: only whole sign phrases after the negation are removed.
 */
const NEGATED_SIGNS =
  /(?:没有|没|无|并没有|也没有|也没|并无|不)(?:出现|什么|任何)?(?:很|太|特别|那么|怎么|多)?(?:呼吸困难|呼吸急促|喘不上气|喘不过气|气喘|喘(?![不气])|发紫|发青|(?:嘴唇|嘴巴|脸|眼睛|眼皮|舌头|喉咙)(?:有|发)?肿)|(?<![a-z])(?:no|not|without|isn'?t|is not|wasn'?t|doesn'?t|does not|didn'?t|nor|no sign of|no signs of)(?: having| any| showing)? (?:(?:trouble|difficulty|problems?|issues?) (?:breathing|with (?:his|her|their )?breathing)|struggling (?:to breathe|for breath)|short of breath|breathless|wheez\w*|(?:lip|tongue|face|throat) swelling|swelling (?:of|in) (?:the |his |her )?(?:lips|tongue|face|throat)|(?:swollen|puffy) (?:lips|tongue|face))(?![a-z])/g;
/**
 * Sign words a parent denies in passing while telling what IS happening ("没有起疹子，也没有抽筋", "胸口没有凹进去，嘴唇
 *也不紫", "没有吐，也没有一直想睡", "no rash, not breathing fast", "No vomiting."): a table of the words, each taken out
 * with the denial right before it (a few fillers allowed: 有/出现/看到, any/been/had/see/noticed). Only the whole denied phrase goes;
 * the signs themselves — 没有呼吸, 没反应, 叫不醒, 不吃奶, 没尿, "not breathing", "not responding", "can't stop
 * vomiting" — are not in the table and are read as before, and a question ("有没有抽筋", "是不是抽筋") is no denial.
 */
const DENIED_SIGN_WORDS_ZH = [
  '抽筋',
  '抽搐',
  '惊厥',
  '抽风',
  '呕吐',
  '吐(?![出])',
  '(?:起|出|长)?(?:疹子|皮疹|红疹|疹)',
  '(?:起|出|长)?红点',
  '(?:往里)?(?:凹进去|凹下去|凹陷|凹)',
  '(?:发|变)?(?:紫|青紫)',
  '(?:一直|总是|老是|很|特别)?(?:想睡|嗜睡|昏睡)',
  '(?:流|出)血',
  '(?:起)?(?:水泡|水疱|泡)',
  '呻吟',
  '哼哼',
  '(?:红)?肿(?:起来|胀)?',
  // "不是电池也不是磁铁": the parent has looked at what was swallowed and rules these out (a plain toy part is watched).
  '(?:纽扣|钮扣|扣式)?电池',
  '(?:磁铁|磁力珠|磁珠|吸铁石)',
];
const DENIED_SIGN_WORDS_EN = [
  'vomit\\w*',
  'thrown up',
  'threw up',
  'throw(?:ing)? up',
  '(?:been |being )?sick',
  'rash\\w*',
  'spots',
  'fits?',
  'fitting',
  'seizures?',
  'seizing',
  'convuls\\w*',
  'breathing (?:fast|quickly|rapidly|hard|heavily)',
  '(?:fast|rapid|quick) breathing',
  'grunt\\w*',
  'blue',
  'purple',
  'floppy',
  'drowsy',
  'sleepy',
  'lethargic',
  'bleeding',
  'blood',
  'blister\\w*',
  'swelling',
  'swollen',
  'wheez\\w*',
  'stiff neck',
  'mottled',
  '(?:a )?(?:button )?batter(?:y|ies)(?: or (?:a |an )?magnets?)?',
  '(?:a )?magnets?(?: or (?:a |an )?(?:button )?batter(?:y|ies))?',
];
/**
 * "每次送去都哭得喘不上气", "哭到喘不过气来": how hard the child cries, not a breathing sign (a breath-holding spell that
 * turns the lips blue or makes the child faint is read by those words).
 */
const CRIED_BREATHLESS = /哭(?:得|到|的)(?:都|快|要|快要|差点)?(?:喘不上气|喘不过气|喘不过来|上不来气|透不过气)(?:来)?/g;
const DENIED_SIGNS = new RegExp(
  [
    `(?<![有是会])(?:并没有|也没有|都没有|还没有|没有|也没|都没|还没|没|并无|无|也不|都不|不|未)(?:有|出现|看到|发现|见|什么|任何|是)*(?:${DENIED_SIGN_WORDS_ZH.join('|')})`,
    `(?<![a-z])(?:no|not|never|without|nor|isn'?t|aren'?t|wasn'?t|weren'?t|hasn'?t|haven'?t|hadn'?t|didn'?t|doesn'?t|don'?t)(?: (?:any|a|an|been|had|has|have|having|got|shown|showing|really|too|very|much|signs? of|see|seen|notice|noticed|find|found))* (?:${DENIED_SIGN_WORDS_EN.join('|')})(?![a-z])`,
  ].join('|'),
  'g',
);
const BEHAVIOUR_TOWARD_OTHERS = new RegExp(
  [
    `(?<!被|给|让|狗|猫|犬|鼠|兔|兔子|猴|猴子|dog|cat)(?:咬|打|推|抓|踢|挠|撞|掐|拍)(?:了|伤了?|倒了?|破了?|哭了?)?(?:一下|几下|一口)?(?:别的|别人|其他|其它|另(?:外)?一个|另外的?|人家|同学|小朋友|小伙伴|弟弟|妹妹|哥哥|姐姐|我(?!家|们家)|妈妈|爸爸|大人|老师|奶奶|爷爷|外婆|外公|阿姨)(?!电话|手机|针|疫苗)(?:的)?(?:小朋友|小孩|孩子|同学|脸|手)?`,
    `把(?:别的|别人|人家|人|其他|其它|同学|小朋友|小伙伴|弟弟|妹妹|哥哥|姐姐|我|妈妈|爸爸|老师)(?![的家])[^，。,.!?！？]{0,6}(?:咬|打|推|抓|踢|挠|撞|掐)(?:了|伤了?|倒了?|破了?|哭了?)?`,
    `(?<!被|给|让)(?:爱|老是?|总是?|经常|会|喜欢|又|还)?(?:咬|打|推|抓|踢|挠|掐)人`,
    `(?<![a-z])(?:hits?|hitting|bites?|biting|bit|push(?:es|ed|ing)?|shov(?:es|ed|ing)|kick(?:s|ed|ing)?|scratch(?:es|ed|ing)?|smack(?:s|ed|ing)?|slap(?:s|ped|ping)?|pinch(?:es|ed|ing)?|hurt(?:s|ing)?) (?:me|us|people|others|everyone|other (?:kids|children|people|toddlers|babies)|(?:an?|the|some|his|her|their|another|other)(?: other| younger| older| little| smaller)? (?:kids?|child(?:ren)?|boys?|girls?|toddlers?|bab(?:y|ies)|classmates?|friends?|sister|brother|sibling|cousin|playmates?|peers?)|(?:his|her|their) (?:mum|mom|dad|mother|father|grandma|grandpa|nanny|teacher|carer)s?)(?![a-z])`,
    String.raw`(?<![a-z])(?:not|isn'?t|won'?t|doesn'?t|never) (?:really )?(?:respond\w*|listen\w*) (?:to (?:no|'no'|"no"|being told|discipline|time-?outs?|(?:his|her|their) name|instructions|rules|warnings|me saying|us saying|requests)|when (?:i|we) say)(?![a-z])`,
  ].join('|'),
  'g',
);

/** Broad beans, mothballs (naphthalene) or a known G6PD deficiency: what sets off favism. */
const FAVISM_TRIGGER =
  /蚕豆|胡豆|罗汉豆|樟脑丸|樟脑球|卫生球|臭丸|萘|g6pd|(?<![a-z])(?:fava|broad) beans?|(?<![a-z])(?:mothballs?|moth balls?|naphthalene|favism)(?![a-z])/;
/**
 * Red cells breaking down (NHS, G6PD deficiency): dark tea-, cola- or soy-sauce-coloured urine, yellow skin or eyes,
 * pallor, listlessness. With a trigger above, the emergency department now.
 */
const HAEMOLYSIS =
  /(?:尿|小便|尿液|尿尿|尿布)[^，。,.!?！？]{0,6}(?:浓茶|茶色|酱油|可乐|深褐|褐色|棕色|红褐|深黄|发黑|发红|黑色|红色)|(?:浓茶|茶|酱油|可乐)(?:一样|似)?(?:颜色|色)的?(?:尿|小便)|(?:皮肤|脸|脸色|面色|眼白|眼睛|全身|身上)[^，。,.!?！？]{0,3}(?:发黄|变黄|黄黄|有点黄|很黄|蜡黄|苍白|发白|煞白)|黄疸|(?<![a-z])(?:(?:dark|brown|cola|tea|red|black)(?:[- ]colou?red)? (?:urine|pee|wee|nappies|diapers?)|(?:urine|pee|wee)[^.!?]{0,20}(?:dark|brown|cola|tea|red|black)|yellow (?:skin|eyes)|(?:skin|eyes)[^.!?]{0,12}yellow|jaundiced?|pale|pallor)(?![a-z])/;

/** An insect or a small thing in the ear ("小虫跑进耳朵", "an insect flew into his ear"): taken out by a doctor, never poked at. */
const EAR_INSECT =
  /(?:虫|蚊子|蟑螂|蚂蚁|飞蛾|苍蝇|(?<![a-z])(?:insect|bug|fly|ant|moth|beetle)s?(?![a-z]))[^。！？!?]{0,12}(?:飞|爬|钻|跑|进)(?:进|到|了)?[^。！？!?]{0,6}(?:耳朵|耳|(?<![a-z])ears?(?![a-z]))|(?:耳朵(?!后|背|根|上面|外面|旁边)|(?<![a-z])(?<!behind (?:his|her|their|the|my) )ears?(?![a-z]))[^。！？!?]{0,12}(?:有|进了?)?[^。！？!?]{0,8}(?:虫|(?<![a-z])(?:insect|bug)s?(?![a-z])|东西在动|something (?:moving|buzzing))/;
/** Blood from the mouth, the gums or a lip (after a knocked tooth): the mouth injury's own bleeding. */
const MOUTH_BLEEDING =
  /(?:嘴|嘴里|嘴巴|牙龈|嘴唇|牙)(?:里|巴里)?(?:面)?(?:在|一直|还在)?(?:流血|出血)|(?<![a-z])(?:(?:mouth|gums?|lips?) (?:is |are |was |were |keeps? )?bleeding|bleeding (?:from )?(?:the |his |her |their )?(?:mouth|gums?|lips?))(?![a-z])/g;
/** Bleeding with no place named before it (not the head, forehead or scalp): after a knocked tooth, the mouth's. */
const UNPLACED_BLEEDING =
  /(?<!(?:头|脑袋|额头|后脑勺?|脑门|头皮|头上|额头上)[^，。,.!?！？]{0,4})(?:流血|出血)|(?<![a-z])(?<!(?:head|forehead|scalp) (?:is |was |keeps? )?)(?:bleeding|bled|blood)(?![a-z])(?![^,.!?]{0,12}(?:head|forehead|scalp))/g;
/** Blood under a crushed nail (a doctor today: it can be released to ease the pain, NHS finger injuries). */
const NAIL_BLOOD =
  /指甲(?:下|里|底下)(?:面)?(?:有|出|淤|积|都是)?(?:了)?(?:淤)?血|指甲(?:下|里|底下)(?:面)?(?:有点|有一块|都|也)?(?:发|变)?(?:黑|紫|青)|指甲(?:里|下)?(?:发)?(?:黑|紫)(?:了)?(?:一块|一片)?(?:淤血)?|(?<![a-z])(?:blood (?:under|beneath) (?:the |his |her |their )?(?:finger)?nail|(?:finger)?nail (?:is |has gone |went |turned )?(?:black|purple|dark))(?![a-z])/;
/** Still swollen after first aid, or swelling more. */
const STILL_SWOLLEN =
  /(?:还是|还|仍然|依然|一直)(?:很|有点|有些)?肿|越来越肿|(?:更|又)肿了|肿得(?:更|越来越)|肿(?:还是|还|一直)?没(?:有)?消|(?<![a-z])(?:still (?:swollen|swelling|puffy)|(?:more|getting|even more) swollen|swelling (?:is )?(?:getting )?(?:worse|bigger)|swelling (?:hasn'?t|has not|didn'?t|did not) (?:gone|come) down)(?![a-z])/;
/** The knocked-out tooth found, and how to carry it ("牙找到了 要泡在什么里面", "found the tooth, what do I keep it in?"). */
const TOOTH_FOUND =
  /(?:牙|牙齿)(?:已经)?找到了|(?:牙|牙齿)[^，。,.!?！？]{0,10}(?:泡|放|装|保存)在(?:什么|哪)|(?:泡|放|装|保存)在什么(?:里|里面)?[^，。,.!?！？]{0,6}(?:带|拿)|(?<![a-z])(?:found the tooth|(?:keep|put|store|carry) (?:the |his |her )?tooth in|what (?:do|should) (?:i|we) (?:keep|put|store) (?:it|the tooth) in)(?![a-z])/;
/** Vomited or had diarrhoea several times today (told with nothing else): care at home and the dehydration signs. */
const LACTOSE_WORD = /乳糖|(?<![a-z])lactose(?![a-z])/;
const GUT_BETTER =
  /(?:拉肚子|腹泻|肠胃炎|胃肠炎|肠胃型感冒|拉稀)[^，。,.!?！？]{0,3}(?:好了|好(?:了)?(?:以后|之后)|刚好|才好|过后)|(?<![a-z])(?:since|after) (?:the |her |his |a |that |their )?(?:tummy|stomach) (?:bug|virus)|(?:tummy|stomach) (?:bug|virus) (?:is |was )?(?:over|gone|better)(?![a-z])/;
const MILK_THEN_LOOSE =
  /(?:喝|吃|一喝|一吃)(?:了)?(?:奶|奶粉|牛奶|配方奶|母乳|milk)[^，。.!?！？]{0,8}(?:拉|泻|稀|水样|水便)|(?<![a-z])(?:milk|bottles?|formula)[^.!?]{0,30}(?:runny|watery|loose|diarrh\w*)|(?:runny|watery|loose|diarrh\w*)[^.!?]{0,40}(?:milk|bottles?|formula)(?![a-z])/;
const GUT_REPEATED =
  /(?:吐|拉)(?:了)?(?:好几|好多|几|[两三四五六七八九十\d]+)(?:次|回)|一直(?:在)?(?:吐|拉)|(?<![a-z])(?:(?:vomited|been sick|thrown up|threw up|had diarrh\w*)[^.!?]{0,12}(?:several|many|a few|\d+|three|four|five) times|keeps? (?:vomiting|being sick|throwing up))(?![a-z])/;
/** Bitten or stung on the ear: a bite, not something in the ear. */
const BITTEN_ON = /咬|叮|蜇|蛰|(?<![a-z])(?:bit|bitten|bite|stung|sting)(?![a-z])/;
/** Confused, muddled or not making sense: with heat, heat stroke (NHS). */
const CONFUSED =
  /迷糊|糊涂|神志不清|说胡话|胡言乱语|反应(?:很|变|有点)?(?:慢|迟钝)|认不出(?:人|我)|(?<![a-z])(?:confused|disoriented|disorientated|not making sense|dazed|delirious)(?![a-z])/;
/**
 * Bleeding words that say how much (a lot, will not stop, spurting), as against how long ("一直在流血" from a cut
 * finger or a knocked tooth, which pressing for 10 minutes usually stops).
 */
const PRESSED_LONG =
  /(?:按|压|捂|摁|压迫)(?:住|着|了|紧)*[^，。,.!?！？]{0,4}(?:十|10|十几|十多|十五|15|二十|20|半)(?:几|多)?(?:分钟|分|个小时|小时)|(?<![a-z])(?:press\w*|pressure|held|holding)[^.!?]{0,25}(?:10|ten|15|fifteen|20|twenty) ?min\w*(?![a-z])/;
const CUT_WORD = /伤口|割|划|切到|刀|剪刀|玻璃|破了|摔破|磕破|擦破|口子|(?<![a-z])(?:cut|wound|gash|graze\w*|slic\w*)(?![a-z])/;
const HEAVY_BLEEDING =
  /大量|大出血|很多|好多|好些|一大片|止不住|不止|喷|流个不停|(?<![a-z])(?:a lot|lots|heavily|badly|profusely|won'?t stop|blood everywhere|spurting|pouring)(?![a-z])/;
/** A small place to bleed from: a finger or toe, the mouth, a lip, a knee, a tooth. */
const SMALL_BLEEDING_SITE = /手指|指头|脚趾|指尖|嘴|牙|嘴唇|舌头|膝盖|(?<![a-z])(?:finger\w*|toes?|mouth|lips?|gums?|teeth|tooth|knee|tongue)(?![a-z])/;
/** A rash after starting a medicine (an antibiotic most often): a doctor before the next dose (NHS). */
const MEDICINE_RASH = new RegExp(
  String.raw`(?:${GIVE_ZH})(?:了)?[^，。,.!?！？]{0,8}(?:${MEDICINE_ZH}|${MEDICINE_EN})[^。！？!?]{0,24}(?:${RASH_ZH})|(?:阿莫西林|头孢|抗生素|消炎药|青霉素|阿奇霉素)[^。！？!?]{0,20}(?:${RASH_ZH})|(?:${MEDICINE_ZH}|${MEDICINE_EN})(?:以后|之后|后)[^。！？!?]{0,20}(?:${RASH_ZH})|(?<![a-z])(?:(?:started|on|taking|took|after|since|gave (?:him|her|them)|given|giving (?:him|her|them)?)(?: [a-z']+){0,3} (?:${MEDICINE_EN})[^.!?]{0,60}(?:${RASH_EN}|spots|bumps|blotches)|(?:${RASH_EN}|spots|bumps|blotches)[^.!?]{0,40}(?:amoxicillin|antibiotics?|penicillin|cefalexin|cephalexin|medicine|medication|ibuprofen|paracetamol))(?![a-z])`,
);

/** A message about tobacco ("烟瘾大", "抽烟", "二手烟", "smoking", "vape"). */
const SMOKING_TOLD = /烟|(?<![a-z])(?:smok\w*|cigarettes?|vap(?:e|es|ing))(?![a-z])/;
/** A bare 抽 (not 抽搐/抽筋/抽风/抽动, not the twitching 一抽一抽). */
const BARE_DRAW = /(?<!一)抽(?![搐筋风动]|一抽)/g;

/**
 * "爷爷烟瘾大 跑到阳台上抽 抽完回来就抱孙子": where the message is about smoking, a bare 抽 is drawing on a cigarette,
 * not a fit ("抽完" and "在抽" are read as a seizure elsewhere); it is read as 吸 so only the fit words stay signs.
 */
function asSmokingTold(text: string): string {
  return SMOKING_TOLD.test(text) ? text.replace(BARE_DRAW, '吸') : text;
}

/**
 * Whether the carers can handle a fit ("老师会 handle seizure 吗", "孩子有癫痫 老师会处理抽搐吗", "can the staff deal with a
 * seizure?"): a question about the service for a child with a known condition, not a fit told — round 35.
 */
/** Someone with the child reported it to the parent: "阿姨发微信说", "奶奶打电话来说", "our ayi just texted", "the nanny says". */
const CARER_REPORTS =
  /(?:阿姨|保姆|保母|外佣|菲佣|帮佣|育儿嫂|月嫂|奶奶|爷爷|外婆|外公|姥姥|姥爷|婆婆|阿嬷|阿公|老公|孩子(?:他|她)?爸|我妈|我爸)(?:刚|刚刚|刚才)?(?:给我)?(?:(?:发|传)(?:了)?(?:微信|消息|信息|讯息|语音|短信|line)|打(?:了)?电话|来电话?|视频|微信)(?:来|过来|给我)?(?:说|讲)?|(?:我(?:在|正在)(?:上班|公司|单位|外地|出差|开会)|我不在家)[^。！？!?]{0,20}(?:阿姨|保姆|育儿嫂|奶奶|爷爷|外婆|外公|姥姥|姥爷|婆婆|阿嬷|阿公)(?:说|讲)|(?<![a-z])(?:(?:our|my|the) )?(?:ayi|nanny|helper|maid|babysitter|sitter|grandma|grandpa|granny|nana|husband|wife)(?: [a-z]+){0,2} (?:just )?(?:texted|messaged|called|rang|phoned|wechatted|says|said|sent (?:me )?a (?:message|text|voice (?:message|note)))(?![a-z])/;
/**
 * A battery named as the other case, after a coin or another object ("不用吃蜂蜜对吧 那个是吞电池才要的", "so no honey right?
 * that was for batteries"): the honey is the battery's, and nothing here says a battery went in — round 52.
 */
const BATTERY_CONTRASTED =
  /(?:那个|这个|蜂蜜)?(?:是|只有|只是)?(?:吞|吃|咽|误吞)(?:了|下)?(?:纽扣|钮扣)?电池(?:的)?(?:时候)?(?:才|才会)(?:要|用|需要|吃|喂)?(?:的)?|(?<![a-z])(?:(?:that|it|honey|the honey)(?:'s| is| was) (?:only )?for (?:button |coin )?batter(?:y|ies)|only (?:for|with) (?:button |coin )?batter(?:y|ies))(?![a-z])/g;
const CARERS_HANDLE =
  /(?:老师|阿姨|保育员|工作人员|服务点|你们|他们)(?:们)?\s*(?:会不会|会|能不能|能|知不知道|知道|懂不懂|懂|可以|有没有人?|有)?\s*(?:handle|deal with|manage|处理|应对|应付|照顾|急救)\s*(?:得了)?\s*(?:孩子|宝宝|小孩)?(?:的)?\s*(?:a |the |her |his )?(?:seizures?|fits?|抽搐|抽筋|惊厥|癫痫(?:发作)?|发作)|(?<![a-z])(?:can|do|will|would|are|is) (?:the )?(?:carers?|staff|teachers?|they|you|anyone)(?: there)?(?: be)?(?: (?:able|trained|know how))?(?: to)? (?:handle|deal with|manage|cope with|respond to|give first aid for) (?:a |the |her |his |any )?(?:seizures?|fits?|convulsions?)(?![a-z])/gi;

export function readHealthSigns(text: string): SignReading {
  // The temperature of water, milk, a bath, a room or the weather is no sign: it is taken out before reading.
  // Parents' own words for signs (红疙瘩, 软塌塌, 'the runs') are rewritten first into the words the patterns read.
  // A phone's curly apostrophe ("can’t breathe", "won’t wake up") is read as the straight one the patterns are written with.
  const straight = (text ?? '').slice(0, 4000).replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'");
  const told = asSmokingTold(
    withoutAmbientTemperatures(canonicalSymptoms(foldDialectWords(normalizeText(straight))))
      .replace(BEHAVIOUR_TOWARD_OTHERS, ' ')
      .replace(PAST_ANAPHYLAXIS, ' '),
  );
  // Signs the parent denies are taken out; `told` keeps the denials for the few readings that need them (no blister).
  const t = told
    .replace(NEGATED_SIGNS, ' ')
    .replace(DENIED_SIGNS, ' ')
    .replace(CARERS_HANDLE, ' ')
    .replace(BATTERY_CONTRASTED, ' ')
    .replace(CRIED_BREATHLESS, '哭得很厉害');
  // "现在好了", "现在留了疤", "现在还有个包": 'now' describing how things are since, not something happening now.
  const nowText = t.replace(NOW_FINE, ' ').replace(AFTERMATH_NOW, ' ').replace(GO_NOW_ASKED, ' ');
  const ifAhead = LEADING_IF.test(t) || (ASKED_AHEAD.test(t) && HYPOTHETICAL.test(t.replace(/以防万一/g, ' ')));
  const educational =
    (EDUCATIONAL.test(t) || CHOKE_QUESTION.test(t) || (CHOKE_WORRY.test(t) && !CHOKE_DISTRESS.test(t)) || ifAhead) && !HAPPENING_NOW.test(nowText);
  const askingAhead = ifAhead && !HAPPENING_NOW.test(t);
  const signs = new Set<string>();
  const ahead = new Set<string>();
  for (const [name, re, suppressible] of SIGNS) {
    if (!re.test(t)) continue;
    if (!(suppressible && educational)) signs.add(name);
    else if (askingAhead) ahead.add(name);
  }
  // The claim is set aside and the rest read again: a choke told besides it ('结果刚才真的噎住了') still counts.
  if (signs.has('choking') && CHOKE_CLAIMED.test(t) && !CHOKE_DISTRESS.test(t)) {
    const chokingSign = SIGNS.find(([name]) => name === 'choking');
    const rest = t.replace(new RegExp(CHOKE_CLAIMED.source, 'g'), ' ');
    if (chokingSign && !chokingSign[1].test(rest)) signs.delete('choking');
  }
  // "喉咙怪怪的", "my throat feels funny" after a sting, a bite or hives: a child's words for a tight throat — anaphylaxis
  // (NHS: a tight throat after a sting → 999; triageSigns). By itself (a cold, a sore throat) it is no sign.
  if (THROAT_TIGHT.test(t) && ['sting', 'allergy_mild', 'food_rash', 'insect_bite'].some((x) => signs.has(x))) signs.add('throat_tight');
  // Gagging on lumps told as it goes (干呕, 作呕, "gags on every lump", then brings it back up or coughs it out), asked
  // "是不是噎住了 / is she choking?": the gag reflex while learning to eat, normal (NHS, AAP) — a question for the
  // knowledge base, not a choke now. The food coming back up and the gag's cough are part of it. A child who cannot
  // cough, cry or breathe, or turns blue, is still a choke (CHOKE_DISTRESS).
  if (
    signs.has('choking') &&
    GAG_TOLD.test(t) &&
    !CHOKE_DISTRESS.test(t) &&
    !['breathing_difficulty', 'not_breathing', 'blue_lips', 'unresponsive'].some((x) => signs.has(x))
  ) {
    signs.delete('choking');
    if (!signs.has('fever')) for (const x of ['vomiting', 'cough', 'lump']) signs.delete(x);
  }
  // "fell off the bed" and "磕到头": one head injury, whichever words were used.
  const insect = INSECT.test(t);
  const headSpared = HEAD_SPARED.test(t);
  const th = t
    .replace(TICK.test(t) ? TICK_HEAD_LEFT : TICK_HEAD_IN_SKIN, ' ')
    .replace(HEAD_SPARED, ' ')
    .replace(HEAD_WORRY, ' ')
    .replace(HEAD_BANGING_HABIT_HURT.test(t) ? /$^/ : HEAD_BANGING_HABIT, ' ');
  if (!educational && (HEAD.test(th) || (FALL.test(th) && !headSpared) || (HEAD_LUMP.test(th) && !insect))) signs.add('head_knock');
  if (!educational && !headSpared && GENERIC_FALL.test(t) && (SLEEPY.test(t) || NAP_QUESTION.test(t))) signs.add('head_knock');
  // A fall told with nothing about where it hurt ("孩子刚才摔了一下", "剛剛跌倒了", "she just fell"): read as a knock,
  // so the reply asks how the child is now and names the signs for 120 (the head is what matters when nothing is said).
  // A fall that hurt a limb, a knee or a tooth is that injury's, not a knock.
  if (
    !educational &&
    !headSpared &&
    (GENERIC_FALL.test(t) || BARE_FALL.test(t)) &&
    FALL_JUST_HAPPENED.test(t) &&
    !FALL_AS_TOPIC.test(t) &&
    !NOT_THE_HEAD.test(t) &&
    ![...signs].some((x) => INJURY_ELSEWHERE.has(x))
  )
    signs.add('head_knock');
  if (!educational && HIGH_FALL.test(t) && !(FEW_STAIRS.test(t) && !HIGH_NOT_STAIRS.test(t))) signs.add('high_fall');
  // A lump, bruise or swelling on a baby's head measured at 5 cm or more ("about 6cm across", "5公分的包"): hospital now
  // under 1, even if the baby seems fine (NHS head injury advice); the age is weighed in triageSigns.
  if (signs.has('head_knock') || HEAD_LUMP.test(t)) {
    const size = /(\d+(?:\.\d+)?)\s*(?:cm|厘米|公分)/.exec(t);
    if (size && Number(size[1]) >= 5 && Number(size[1]) < 30) signs.add('big_lump');
  }
  // Forceful vomiting that shoots out ("喷射状", "projectile"): not ordinary spit-up (common-concerns).
  if (signs.has('vomiting') && /喷射|喷(?:了)?出来|喷得(?:很|老|好)?远|(?<![a-z])projectile(?![a-z])/.test(t)) signs.add('projectile');
  // "poos have gone really pale": the poo is pale, not the child.
  if (
    signs.has('pale_stool') &&
    signs.has('pale') &&
    !/(?:脸|面色|脸色|嘴唇|皮肤)[^，。,.!?！？]{0,4}(?:苍白|发白|煞白|白白)|(?<![a-z])(?:(?:looks?|is|skin|face|lips) (?:very |really |quite |a bit )?pale|pale (?:skin|face|lips))(?![a-z])/.test(
      t,
    )
  )
    signs.delete('pale');
  // "he fell and was knocked out briefly": knocked out is a knock to the head, and a warning sign whatever came after.
  if (!educational && KNOCKED_OUT.test(t)) signs.add('head_knock');
  if (signs.has('head_knock') && /头(?:先|朝下)着(?:的)?地|头着地|倒栽葱|(?<![a-z])(?:head ?first|landed on (?:his|her|their|the) head)(?![a-z])/.test(t))
    signs.add('head_first');
  if (signs.has('head_knock') && (HEAD_WARNING.test(th) || (SLEEPY_WARNING.test(t) && !NAP_QUESTION.test(t) && !SLEEP_NORMAL.test(t))))
    signs.add('head_warning');
  // Knocked out, even for a moment, after a knock (said so the answer can say why hospital, though the child is awake now).
  if (
    signs.has('head_knock') &&
    (KNOCKED_OUT.test(t) || /晕(?!车)|昏|(?<![a-z])(?:blacked out|passed out|lost consciousness|out cold|unconscious)(?![a-z])/.test(th))
  )
    signs.add('knocked_out');
  // Blood or vomit words also read as head warnings only after a knock; "fever" stays fever.
  const temperature = readTemperature(t);
  if (temperature !== undefined && temperature >= 37.5) signs.add('fever');
  // A reading of 37.5–37.9 °C: a fever by the Chinese definition but under NICE's 38 °C line (what decides under 3 months).
  if (temperature !== undefined && temperature >= 37.5 && temperature < 38) signs.add('reading_below_38');
  if (signs.has('iron_taken')) signs.add('poisoning');
  // Hot to the touch or no thermometer, and no reading: a temperature to take now (under 3 months the reading decides,
  // unless the parent says the baby is very hot: a parent's sense of a fever is taken seriously, NICE NG143).
  if (signs.has('fever') && temperature === undefined && (FELT_HOT.test(t) || NO_READING.test(t))) {
    signs.add('no_reading');
    if (FELT_VERY_HOT.test(t)) signs.add('felt_very_hot');
  }
  const feverDays = signs.has('fever') || /烧|fever|temperature/.test(t) ? readFeverDays(t) : undefined;
  if (feverDays !== undefined) signs.add('fever');
  const resolvedChoking = OBJECT_OUT.test(t) || FINE_NOW.test(t);
  // A fish bone or a bone stuck in the throat of a child who breathes: no back blows, no rice or vinegar to push
  // it down; the ENT clinic today, the emergency department at once when it will not go down (drooling) or hurts the chest.
  const bone = /鱼刺|鱼骨|骨头|(?<![a-z])(?:fish ?bone|bone)(?![a-z])/.test(t);
  const boneStuck = bone && /卡|扎|(?<![a-z])(?:stuck|caught)(?![a-z])/.test(t);
  if ((signs.has('choking') || boneStuck) && bone && !['breathing_difficulty', 'not_breathing', 'blue_lips', 'unresponsive'].some((x) => signs.has(x))) {
    signs.delete('choking');
    if (signs.has('object_stuck') || signs.has('cant_swallow')) signs.add('object_stuck');
    else signs.add('fish_bone');
  }
  if (/一直(?:在)?咳|还在咳|咳个不停|咳不停|不停地咳|(?<![a-z])(?:still coughing|keeps? coughing|won'?t stop coughing|coughing non-?stop)(?![a-z])/.test(t))
    signs.add('cough_ongoing');
  // "咳出来了 现在没事了" after a choke told before: kept as a modifier, read with the choke remembered.
  if (!signs.has('choking') && OBJECT_OUT.test(t)) signs.add('choking_resolved');
  if (signs.has('choking') && resolvedChoking) {
    signs.add('choking_resolved');
    // Back blows or thrusts were needed: a doctor checks the child afterwards (first-aid guidance).
    if (/拍背|拍(?:了)?(?:几下|出来)|海姆立克|腹部冲击|压肚子|胸部按压|(?<![a-z])(?:back blows?|thrusts?|heimlich|patted (?:his|her) back)(?![a-z])/.test(t))
      signs.add('choking_first_aid');
  }
  // Broad beans or mothballs (or a child known to have G6PD deficiency), then dark urine, yellow or pale skin: favism,
  // an emergency. Asked about ahead ("G6PD 能吃蚕豆吗") it is a question for the knowledge base.
  const favismAsked =
    (educational || /会(?:怎|不会|变|出现|有)|(?<![a-z])(?:what happens|would|will)(?![a-z])/.test(t)) &&
    !/现在|已经|今天|刚才|刚刚|(?<![a-z])(?:now|already|today)(?![a-z])/.test(t);
  if (FAVISM_TRIGGER.test(t) && HAEMOLYSIS.test(t) && !favismAsked) signs.add('favism');
  // Insect bites are not injuries to triage; an animal bite is its own sign. A bite told itchy ("after she's bitten? it's
  // really itchy and swollen", "咬了个包 好痒") is an insect's: a child's or an animal's bite hurts, it does not itch.
  if (insect || ITCHY_BITE.test(t) || signs.has('animal_bite') || signs.has('centipede') || signs.has('marine_sting') || signs.has('fire_ant'))
    signs.delete('bite');
  // "把洗衣凝珠咬破了", "咬开了瓶子": the child bit into a thing, nobody bit the child.
  if (/把[^，。,.!?！？]{0,24}咬(?:破|开|烂|坏|碎)|咬(?:破|开)(?:了)?[^，。,.!?！？]{0,3}(?:包装|袋|瓶|盖|小包)/.test(t) || BITTEN_OPEN.test(t)) {
    signs.delete('bite');
    signs.delete('bite_broken');
  }
  // Nail biting, chewing the fingers or the lips is a habit, not a bite ("很爱咬指甲 有时候咬到流血", "啃手指啃到出血",
  // "bites her nails till they bleed"): no one bit the child, unless the message also says someone did.
  if (NAIL_BITING.test(t) && !OTHER_BITE.test(t)) {
    signs.delete('bite');
    signs.delete('bite_broken');
  }
  // The child's own teeth in the lip or tongue ("嘴唇内侧被自己的牙齿咬破", "咬到舌头流血"): a mouth cut from a fall or a
  // slip, nobody bit the child (round 51).
  if (OWN_TEETH.test(t) && !OTHER_BITE.test(t.replace(OWN_TEETH, ''))) {
    signs.delete('bite');
    signs.delete('bite_broken');
  }
  // The child as the biter ("最近总咬人 把外公手上咬了一圈牙印", "爱咬妈妈的肩膀"): a behaviour asked about, not a wound to
  // treat — unless the skin is broken or the child was bitten too (round 50).
  // (Read before the behaviour toward others is set aside, which takes "老咬人" out of `t`.)
  if (CHILD_BITES_OTHERS.test(normalizeText(straight)) && !signs.has('bite_broken') && !/被.{0,8}咬/.test(t)) signs.delete('bite');
  // A laundry pod, a sachet of cleaner or a medicine bitten open ("洗衣凝珠咬破了"): what was in it is in the mouth.
  if (!educational && BITTEN_OPEN.test(t)) signs.add('poisoning');
  // "咬了charger的线", "chewed the phone cable": the child bit a thing, nobody bit the child. A cable that was live (plugged
  // in, a burn or black mark at the mouth) is an electric injury: power off before touching, the hospital (St John, AAP).
  if (CHEWED_CABLE.test(t)) {
    signs.delete('bite');
    signs.delete('bite_broken');
    if (!educational && LIVE_CABLE.test(t)) signs.add('electric_shock');
  }
  // A desiccant sachet eaten with no word of which kind: silica gel is of low toxicity, quicklime burns — the packet decides.
  if (!educational && DESICCANT_EATEN.test(t) && !/石灰|氧化钙|硅胶|透明|小珠|珠子|颗粒|(?<![a-z])(?:lime|quicklime|silica|gel|beads?)(?![a-z])/.test(t)) {
    for (const x of ['bite', 'bite_broken', 'poisoning', 'poison_near']) signs.delete(x);
    signs.add('desiccant');
  }
  // Medicine given twice, too much or the wrong one (a mix-up between carers): advice now, even if the child seems well.
  if (
    !educational &&
    !signs.has('poisoning') &&
    MEDICINE_ERROR.test(t) &&
    MEDICINE_WORD.test(t) &&
    !(ASKS_ANOTHER_DOSE.test(t) && !MEDICINE_ERROR_TOLD.test(t))
  )
    signs.add('medicine_error');
  // A choke days ago, a cough or a wheeze since: something may have gone down the airway — a doctor today, not 120 now.
  if (
    signs.has('choking') &&
    DAYS_AGO.test(t) &&
    LINGERING_COUGH.test(t) &&
    !/现在(?:又|还)?(?:卡|噎)|(?<![a-z])(?:choking (?:now|again)|right now)(?![a-z])/.test(t)
  ) {
    signs.delete('choking');
    signs.add('choke_days_ago');
  }
  // "用杯子压了 会褪色": a rash that fades under a glass (the non-blanching one is read as a meningitis sign above).
  // A nappy rash that "won't go away" after days of cream is a rash that lasts, not one that does not fade under pressure:
  // with no glass or press test, no purple spots and no stiff neck told, it is the nappy-rash question (NHS, nappy rash:
  // red spots spreading into the creases may be thrush — a doctor or pharmacist). A non-blanching rash stays red.
  if (signs.has('meningitis_signs') && NAPPY_AREA.test(t) && !NON_BLANCHING_TOLD.test(t)) signs.delete('meningitis_signs');
  if (RASH_BLANCHES.test(t) && !signs.has('meningitis_signs')) signs.add('rash_blanches');
  // Silica-gel desiccant beads (clear beads, "silica gel") are of low toxicity; quicklime sachets (石灰, powder) burn.
  if (
    /干燥剂|desiccant|silica/.test(t) &&
    /透明|硅胶|小珠|珠子|颗粒|(?<![a-z])(?:silica|gel|beads?)(?![a-z])/.test(t) &&
    !/石灰|氧化钙|粉|(?<![a-z])(?:lime|powder)(?![a-z])/.test(t)
  ) {
    signs.delete('poisoning');
    signs.add('low_toxic');
  }
  // A new or allergenic food, then floppy, or pale and vomiting: anaphylaxis can show in the gut and circulation
  // without a rash (Resuscitation Council UK) — the allergy first aid (lie flat, legs raised, adrenaline if prescribed).
  if (FOOD_TRIGGER.test(t) && (signs.has('unresponsive') || (signs.has('pale') && signs.has('vomiting')) || (signs.has('hoarse') && signs.has('allergy_mild'))))
    signs.add('allergic_reaction');
  // A button battery in the nose or an ear: its own emergency (no honey, nothing swallowed).
  if (signs.has('battery_nose')) for (const x of ['button_battery', 'nose_object', 'poisoning']) signs.delete(x);
  // A hot day, the sun or the beach, told with a sign: drying out or overheating is cooled down first.
  if (signs.size && HOT_DAY.test(t)) signs.add('hot_day');
  // A toe or finger changing colour, told with the thread or the digit named: its meaning is decided with a hair
  // tourniquet told now or before (triageSigns); never remembered.
  if (!educational && DIGIT_DISCOLOURED.test(t) && /头发|缠|勒|解不开|剪不断|取不下|弄不下|趾|指|(?<![a-z])(?:hairs?|thread|toes?|fingers?)(?![a-z])/.test(t))
    signs.add('digit_discoloured');
  // Hot from a car or the sun: a car or the sun together with heat or sweat words, never sweat alone (night sweats) or a car alone (car sickness).
  if (
    !educational &&
    !signs.has('heat_illness') &&
    /(?:车|车子)(?:里|上)|太阳|烈日|暴晒|海边|沙滩|海滩|鼓浪屿|景区|景点|爬山|逛了|走了一(?:下午|上午|整天|天)|(?:冷气|空调)(?:坏|没开|不凉)|没(?:有)?开?(?:冷气|空调)|堵车|公园|动物园|户外|室外|外面|游乐场|操场|出门|出去玩|(?<![a-z])(?:car|sun|outside|outdoors|beach|playground|zoo|traffic|without (?:the )?(?:air ?con|a\/?c)|no (?:air ?con|a\/?c))(?![a-z])/.test(
      t,
    ) &&
    // A flushed face after time in the sun is overheating's sign too ("脸红扑扑的", "now 有点 flushed") — round 53.
    /热|烫|闷|晒|太阳|烈日|冷气|空调|满身(?:是)?(?:大)?汗|满头(?:是)?(?:大)?汗|大汗|出汗|流汗|一身汗|出(?:了)?(?:很多|好多|一身|满头|不少|一堆)汗|红扑扑|脸(?:蛋)?(?:通红|红红)|(?<![a-z])(?:hot|heat|sweat\w*|boiling|scorching|flushed|red[- ]faced)(?![a-z])/.test(
      t,
    ) &&
    // It happened (time spent there), not a question about going out in the sun.
    /(?:待|呆|闷|坐|玩|晒|等|困)[^，。,.!?！？]{0,8}了|小时|分钟|半天|一下午|一上午|很久|回来|回到家|回家(?:后|以后)|(?<![a-z])(?:was|were|been|spent|hours?|minutes?|all (?:day|afternoon|morning))(?![a-z])/.test(
      t,
    ) &&
    !/晕车|(?<![a-z])car ?sick\w*(?![a-z])/.test(t) &&
    // "厦门夏天太晒了 … 中午能出去吗": whether to go out in the heat is asked, with nothing wrong told.
    !(signs.size === 0 && GOING_OUT_ASKED.test(t)) &&
    // A yellow newborn put in the sun ("皮肤有点黄 老人说抱出去晒晒太阳就退了") is the folk remedy for jaundice, not heat.
    !(JAUNDICE_WORD.test(t) || JAUNDICE_SKIN.test(t.replace(YELLOW_NOT_SKIN, ' ')))
  )
    signs.add('heat_exposure');
  // "is this heat exhaustion?" asked of a child hot from the sun or the beach and still sweating, with no sign of
  // heatstroke (round 46): heat exhaustion is cooled down and watched (NHS: better within 30 minutes, or 120) — the name
  // asked is not the emergency. Heatstroke's own words, a hot car or a red sign keep it red.
  if (signs.has('heat_illness') && EXHAUSTION_NAMED.test(t)) {
    const heatWords = SIGNS.find(([name]) => name === 'heat_illness')?.[1];
    const redNow = ['unresponsive', 'seizure', 'hard_to_wake', 'very_lethargic', 'confused'].some((x) => signs.has(x));
    if (heatWords && !heatWords.test(t.replace(EXHAUSTION_NAMED_ALL, ' ')) && !redNow) {
      signs.delete('heat_illness');
      signs.add('heat_exposure');
    }
  }
  // Hot from a car or the sun and now hard to wake, confused or fitting is heatstroke (NHS): the cooling first aid
  // belongs in the 120 answer, not only the breathing checks.
  if (signs.has('heat_exposure') && ['unresponsive', 'seizure', 'hard_to_wake', 'very_lethargic', 'confused'].some((x) => signs.has(x)))
    signs.add('heat_illness');
  // A button battery named in a message that reads no emergency of its own, as in "what if it was actually a button
  // battery?": after an object in the nose or ear told before, that is the battery's emergency (triageSigns); never
  // remembered. An "if" question with nothing told before keeps only its first aid (ahead), as before.
  if (BATTERY_THING.test(t) && signs.size > 0) signs.add('battery_named');
  // A poison within reach ("拿着84消毒液的瓶子在玩"), remembered so that "好像喝了一口" next is an ingestion.
  if (!educational && !signs.has('poisoning') && POISON_NEAR_THING.test(t) && HANDLING.test(t)) signs.add('poison_near');
  // Magnets or button batteries in the child's hands ("在玩磁力珠", "playing with the remote's batteries"): remembered,
  // so that "好像吞了两颗下去" next is that emergency, as with a poison within reach.
  if (!educational && !signs.has('magnets') && MAGNET_THING.test(t) && HANDLING.test(t)) signs.add('magnets_near');
  // Magnets gone from what the child was chewing or playing with ("在 chewing 一个 magnet 玩具 两颗小 magnet 不见了"): treated
  // as swallowed, as a missing button battery is — an X-ray decides (poison-centre advice for magnets).
  if (!educational && !signs.has('magnets') && MAGNET_THING.test(t) && HANDLING.test(t) && THING_MISSING.test(t)) signs.add('magnets');
  // Something shiny swallowed and not seen well ("好像吞了一个亮晶晶的小东西 没看清", "might have swallowed something shiny"):
  // it may be a button battery, so it is treated as one until an X-ray says otherwise (National Capital Poison Center:
  // if you suspect a battery was swallowed, act as if it was).
  if (!educational && !TOXIC.test(t) && SHINY_UNSEEN.test(t) && SWALLOWED.test(t) && !signs.has('choking')) {
    signs.delete('swallowed_object');
    signs.add('button_battery');
  }
  // In the mouth and perhaps swallowed ("磁铁放进嘴里了 不知道有没有吞下去", "not sure if he swallowed it"): treated as
  // swallowed — an X-ray decides (poison-centre advice for magnets and button batteries).
  if (!educational && MAYBE_SWALLOWED.test(t)) {
    if (MAGNET_THING.test(t) && !signs.has('magnets')) signs.add('magnets');
    if (BATTERY_THING.test(t) && !signs.has('button_battery') && !signs.has('battery_nose')) signs.add('button_battery');
  }
  // A poisoning feared while the child already shows its signs ("担心孩子一氧化碳中毒了 他头晕想吐"): not a question about a
  // risk any more — red, as a poisoning told.
  // Asked the other way ("会不会一氧化碳中毒 有什么症状 头晕吗"), the symptoms are the question's, not the child's.
  const symptomsAsked = POISON_RISK_ASKED.test(t) && SYMPTOMS_ASKED.test(t);
  if (!educational && !symptomsAsked && /中毒/.test(t) && POISON_SYMPTOMS.test(t)) {
    signs.add('poisoning');
    if (/一氧化碳|煤气|燃气/.test(t)) signs.add('carbon_monoxide');
  }
  if (symptomsAsked && !HAPPENING_NOW.test(nowText)) {
    signs.delete('poisoning');
    signs.delete('carbon_monoxide');
  }
  // Someone else's medicine, dropped or found, perhaps eaten ("奶奶的降压药掉地上了 孩子好像捡了一颗吃 不确定吃没吃"): a
  // possible poisoning is treated as one — 120 with the packet (NHS: if you think a child has swallowed medicine). The
  // child's own medicine ("好像吃了药也没退烧") is a dose, not this.
  if (!educational && !signs.has('poisoning') && MEDICINE_ANY.test(t) && NOT_THEIR_MEDICINE.test(t) && (MAYBE_SWALLOWED.test(t) || PICKED_AND_ATE.test(t)))
    signs.add('poisoning');
  if (!educational && !signs.has('button_battery') && BATTERY_THING.test(t) && HANDLING.test(t)) signs.add('battery_near');
  if (
    /(?:喝|吃|吞|舔|咽)(?:了|下|进|到)(?:去)?(?:一口|几口|一点|一些|点|一下|一小口)(?:那个|它|这个|里面的)?(?=$|[，。,.!?！？\s])|(?:吞|吃|咽)(?:了|下|进)?(?:[一两二三四五六七八九十几\d]+[颗个粒片])(?:下去|进去)?(?=$|[，。,.!?！？\s])|(?:被(?:他|她|孩子|宝宝)?)?(?:吞|吃|咽)(?:了)?(?:下去|进去)(?:了)?(?=$|[，。,.!?！？\s])|(?<![a-z])(?:swallowed|ate) (?:it|one|them|two|a couple)(?=$|[,.!?;]| i think| maybe| now| and| but)|(?<![a-z])(?:drank|swallowed|ate|licked|had) (?:some|a bit|a little|a sip|a mouthful|a lick)(?: of it)?(?=$|[,.!?;]| i think| maybe| now| and| but)/.test(
      t,
    )
  )
    signs.add('took_some');
  // "bitten by another kid at the care point, the skin is broken": the bite broke the skin, however far apart it is told.
  if (signs.has('bite') && BROKEN_SKIN.test(t)) signs.add('bite_broken');
  // A swollen scrotum: sudden pain with it is torsion (120, above); swelling that does not hurt (a hydrocele or a hernia)
  // is a doctor today, not an emergency (NHS, testicle lumps and swellings). Either language, or both in one message.
  // Water breathed in without going under ("呛了一口水", "choked on bath water"): a mouthful, not a submersion.
  if (signs.has('water_inhaled') && !WENT_UNDER.test(t)) signs.add('water_mouthful');
  // A nut or seed choked on an earlier day with nothing since ("昨天吃瓜子呛到了 后来好了"): what to watch, as any choke.
  if (signs.has('airway_object') && EARLIER_DAY.test(t) && !['cough_ongoing', 'wheeze', 'short_breath', 'fast_breathing', 'cough'].some((x) => signs.has(x)))
    signs.delete('airway_object');
  // Pain said in words ("突然很疼", "it hurts a lot"): read with what was told before (a swelling that did not hurt).
  if (HURTS.test(t) && !PAINLESS.test(t)) signs.add('hurts');
  if (SCROTUM_SWOLLEN.test(t)) {
    if (PAINLESS.test(t) && !signs.has('severe_pain')) {
      signs.delete('testicle_pain');
      signs.add('scrotal_swelling');
    } else signs.add('testicle_pain');
  }
  // An animal's bite has its own care (rabies); the human bite's words do not apply.
  if (signs.has('animal_bite')) signs.delete('bite_broken');
  // A jellyfish sting has its own care (sea water, not the bee sting's); its red lines are not a wound.
  if (signs.has('marine_sting')) signs.delete('sting');
  if (signs.has('marine_sting') || signs.has('centipede') || signs.has('fire_ant')) signs.delete('minor_wound');
  // A fracture already set in a cast ("胳膊骨折打了石膏 还能去托吗", "a broken arm in a cast. Can she still come?"): a doctor has
  // treated it; what is asked is care with the cast, not first aid for a new injury (round 31).
  if (signs.has('fracture') && IN_A_CAST.test(t)) signs.delete('fracture');
  // Nappy rash that has gone raw ("尿布疹红到屁屁都破皮了", "diaper rash so bad the skin is broken"): a skin-care question for
  // the nappy-rash answer (barrier cream, air, frequent changes), not a graze to rinse and watch.
  if (NAPPY_RASH.test(t)) signs.delete('minor_wound');
  // "grazes all day on crackers" (snacking) and "scrape the crusts off his head" (cradle cap) name no wound: the words
  // are read again without those phrases (round 39).
  if (signs.has('minor_wound') && NOT_A_GRAZE.test(t) && !MINOR_WOUND.test(t.replace(new RegExp(NOT_A_GRAZE.source, 'g'), ' '))) signs.delete('minor_wound');
  // White milk curds in the poo ("粑粑里面好多白色的奶瓣", "white curds in her poo"): undigested milk fat, not a pale stool
  // — unless the poo itself is told pale or white besides (round 39).
  if (signs.has('pale_stool') && !PALE_STOOL.test(t.replace(MILK_CURDS, ' '))) signs.delete('pale_stool');
  // Milk spat up that comes out through the nose ("溢奶 從鼻子噴出來"): common in babies, not forceful vomiting — unless it
  // is told as shooting far or projectile (round 39).
  if (signs.has('projectile') && SPIT_UP.test(t) && THROUGH_NOSE.test(t) && !/喷射|喷得(?:很|老|好)?远|(?<![a-z])projectile(?![a-z])/.test(t))
    signs.delete('projectile');
  // Drool rash gone raw ("長牙口水一直流 下巴都紅紅的破皮了", "drooling so much her chin is red and raw"): the skin question for
  // the drool-rash answer (pat dry, a barrier), not a graze — unless other words tell a wound (round 39).
  if (signs.has('minor_wound') && DROOL.test(t) && !MINOR_WOUND.test(t.replace(RAW_SKIN, ' '))) signs.delete('minor_wound');
  // Itchy skin the child scratches ("red dry patch, very itchy, he scratch at night", "痒得一直抓"): the skin question for the
  // knowledge answer (eczema care, bites, heat rash), not a graze to rinse — unless other words tell a wound.
  if (signs.has('minor_wound') && ITCHY.test(t) && !MINOR_WOUND.test(t.replace(SCRATCHING, ' '))) signs.delete('minor_wound');
  // A baby scratching their own face with sharp nails ("指甲好利 一直抓伤自己的脸", "keeps scratching her face with her nails"):
  // the nail-care question (trim or file them, mittens for short spells), not a graze to rinse — unless other words tell a wound.
  if (signs.has('minor_wound') && OWN_NAILS.test(t) && !MINOR_WOUND.test(t.replace(SCRATCHING, ' '))) signs.delete('minor_wound');
  // A baby fed only breast milk: several days without a poo can be normal (the knowledge answer), not a toddler's constipation.
  if (BREASTFED.test(t)) signs.add('breastfed');
  if (
    signs.has('sting') &&
    /嘴里|嘴巴里|舌头|喉咙|口腔|眼皮|眼睛|眼角|(?<![a-z])(?:eyelid|(?:near|by|next to|on) (?:the|his|her|their) eye|(?:in|inside) (?:the|his|her|their) (?:mouth|throat)|on (?:the|his|her|their) tongue|tongue|throat)(?![a-z])/.test(
      t,
    )
  ) {
    signs.add('sting_mouth');
    // Stung inside the mouth and the mouth is swelling ("蛰到嘴里面了 嘴巴在肿"): the inside is swelling, not the lip.
    if (
      /嘴里|嘴巴里|口腔|(?<![a-z])(?:in|inside) (?:the|his|her|their) mouth(?![a-z])/.test(t) &&
      /(?:嘴巴?|口腔|嘴唇)(?:里面?)?(?:都|也|有点|好像|在|开始|已经)*肿|(?<![a-z])(?:mouth|lips?) (?:is |are |looks |already |now |starting to |started |getting )*(?:swell\w*|swollen|puffy)(?![a-z])/.test(
        t,
      )
    )
      signs.add('mouth_swelling');
  }
  // A sting on the lip or the mouth ('蛰到嘴唇', '嘴唇被蜜蜂叮到', 'stung by a bee on her lip'): the same — swelling there
  // can spread into the mouth and block breathing (NHS: a sting in the mouth or throat needs urgent advice). The lip
  // swelling that follows is the sting's own, not a food allergy's: no 'stop the food' advice (swelling elsewhere, hives
  // or the eyes are still read as an allergic reaction).
  if (signs.has('sting') && LIP_STING.test(t)) {
    signs.add('sting_mouth');
    if (!ALLERGY_ELSEWHERE.test(t)) signs.delete('allergy_mild');
  }
  // Two or more of red eyes, red cracked lips or a strawberry tongue, swollen or peeling hands or feet, a rash and a lump
  // in the neck: with a fever of several days, the picture a doctor checks for Kawasaki disease (NHS) — read in triageSigns.
  if (!educational && KAWASAKI_FEATURES.filter((r) => r.test(t)).length >= 2) signs.add('kawasaki_features');
  // Hives or a rash that came up soon after a first taste of a food or a common allergen ("第一次吃虾 半小时后…起了一块一块的
  // 疹子", "first time eating egg and now a blotchy rash"): a mild allergic reaction told without its usual words — stop
  // the food and see a doctor about it, with the signs that make it 120 (NHS food allergy).
  if (!educational && FOOD_TRIGGER.test(t) && signs.has('rash') && FOOD_RASH.test(t)) signs.add('allergy_mild');
  // Drool rash ('口水疹', 'drool rash', red and broken skin round the mouth from dribbling): a skin question for the
  // knowledge base, not a graze — unless a fall or knock is told with it.
  // 'Does teething cause a fever?' ('在长牙会发烧吗', 'can teething give a temperature?') with no reading: a question for the
  // teething answer, not a fever to triage.
  if (signs.has('teething') && signs.has('fever') && readTemperature(t) === undefined && TEETHING_FEVER_QUESTION.test(t)) signs.delete('fever');
  // Drooling is the rash's cause there, not a child who cannot swallow; 'broken skin' is the rash's, not a bite's.
  if (DROOL_RASH.test(t) && !HURT.test(t) && !NOT_DROOL_RASH.some((x) => signs.has(x))) {
    for (const x of ['minor_wound', 'bite_broken']) signs.delete(x);
    if (!/咽不下|吞不下|不能吞|咽不了|(?<![a-z])(?:swallow\w*)(?![a-z])/.test(t)) signs.delete('cant_swallow');
  }
  // Asking whether the child may nap after a knock is checking on it.
  const napQuestion = NAP_QUESTION.test(t);
  // Fluoride toothpaste is harmless in the amounts used for brushing, not by the tube ("吃了大半支牙膏",
  // "ate a whole tube of toothpaste"): that is a poisoning to get advice on, not a low-toxicity mouthful.
  if (!educational && LOTS_OF_TOOTHPASTE.test(t)) {
    signs.delete('low_toxic');
    signs.add('poisoning');
  }
  if (signs.has('low_toxic') && !TOXIC.test(t)) signs.delete('poisoning');
  // "误吞了东西", "swallowed something": an object not named — a doctor today (the reason says 120 if it could be a battery, magnets or medicine).
  if (
    !educational &&
    (signs.has('poisoning') || /(?<![a-z])swallowed (?:something|an object)/.test(t)) &&
    !TOXIC.test(t) &&
    /误(?:吞|食|吃)了?(?:一个|个|什么|一些|点)?(?:东西|异物)|(?:吞|吃|咽)(?:了|下|进)(?:去)?(?:一个|个|什么|一些|点)?(?:东西|异物)|(?<![a-z])swallowed (?:something|an object|a small (?:thing|object)|a thing)(?![a-z])/.test(
      t,
    )
  ) {
    signs.delete('poisoning');
    signs.add('swallowed_object');
  }
  if (!educational && SMALL_OBJECT.test(t) && SWALLOWED.test(t) && !TOXIC.test(t) && !signs.has('object_stuck') && !signs.has('choking')) {
    signs.delete('poisoning');
    signs.add('swallowed_object');
  }
  // Something sharp swallowed (a pin, a nail, a clip with a point, glass): it can pierce the food pipe or bowel — the
  // emergency department now, even when the child seems fine (NHS: swallowed something sharp → A&E).
  if (
    !educational &&
    SHARP_ITEM.test(t) &&
    SWALLOWED.test(t) &&
    !TOXIC.test(t) &&
    !signs.has('object_stuck') &&
    !signs.has('choking') &&
    !signs.has('fish_bone')
  ) {
    signs.delete('poisoning');
    signs.add('swallowed_object');
  }
  if (signs.has('swallowed_object') && SHARP_THING.test(t)) signs.add('sharp_swallowed');
  // What went down named afterwards as a coin ("ok I think it was a 1 yuan coin", "应该是一个一元硬币"): a coin swallowed —
  // a doctor today for an X-ray, with the signs that make it 120 — read as told, not the possible battery answered before.
  if (!educational && COIN_NAMED.test(t) && !TOXIC.test(t) && !signs.has('choking')) signs.add('swallowed_object');
  // A child locked in a car: the car opened now (110 / 119), a window broken if the child is hot or unwell — with the
  // heat first aid once out.
  if (!educational && LOCKED_IN_CAR.test(t)) {
    signs.add('locked_in_car');
    signs.add('heat_illness');
  }
  if (insect && !signs.has('head_knock')) signs.delete('lump');
  // A bite or sting that swells is the bite's own care, not a swollen limb or joint.
  if (insect) signs.delete('limb_swelling');
  // Breaths counted in a minute: over 60 is red at any age (NICE NG143); over 50 at 6–12 months or over 40 after a year, amber.
  const rate = readBreathRate(t);
  const age = readAge(t);
  if (rate !== undefined && rate > 60) signs.add('very_fast_breathing');
  else if (rate !== undefined && (age === undefined || age >= 6) && rate > (age !== undefined && age < 12 ? 50 : 40)) signs.add('fast_breathing');
  // Sleeping all the time and barely answering when called ('一直睡 叫他也不太理', 'sleeping all day, barely responds'): a
  // child who does not stay awake when roused — red in NICE NG143, not only a quiet child (read with very_lethargic).
  if (
    signs.has('very_lethargic') &&
    /叫(?:他|她|了)?(?:也|都)?(?:不太|不怎么|不大|几乎不|基本不)(?:理|应|醒|睁眼)|(?<![a-z])(?:barely|hardly) (?:respond\w*|reacts?|wakes?|wake up|opens? (?:his|her|their) eyes)(?![a-z])/.test(
      t,
    )
  )
    signs.add('barely_responds');
  // Alcohol swallowed (hand sanitiser, mouthwash, perfume, spirits): a few mouthfuls can poison a toddler — said why, with
  // the signs to watch on the way (US National Capital Poison Center).
  if (
    signs.has('poisoning') &&
    /酒精|洗手液|漱口水|香水|白酒|啤酒|红酒|黄酒|米酒|药酒|(?<![a-z])(?:alcohol|hand ?saniti[sz]er|mouthwash|perfume|wine|beer|vodka|whisk(?:e)?y|spirits)(?![a-z])/.test(
      t,
    )
  )
    signs.add('alcohol');
  // A lick of hand sanitiser ("舔了一点干洗手", "licked the sanitiser off her hands", "licked some hand sanitiser") is not a
  // poisoning by itself (Poison Control); remembered, so that sleepiness, wobbliness or vomiting told next is read as alcohol
  // poisoning (triageSigns). The one decider in both languages: licked or tasted, nothing drunk or swallowed and no other
  // poison named → a lick; drunk, swallowed, a mouthful or a bottle → the poisoning read above.
  if (!educational && SANITISER.test(t) && LICKED.test(t) && !SANITISER_DRUNK.test(t) && !TOXIC.test(t.replace(SANITISER_ALL, ' '))) {
    signs.delete('poisoning');
    signs.delete('alcohol');
    signs.add('alcohol_lick');
  }
  // A lick or a taste of hand washing-up liquid, soap, shampoo or body wash ("舔了一口洗洁精", "licked some washing up
  // liquid off a sponge") is low in toxicity: wipe the mouth, a few sips of water, watch (US National Capital Poison
  // Center) — not a poisoning to call 120 for. Drunk or swallowed, or a dishwasher or laundry product (corrosive), stays
  // the poisoning read above.
  if (
    !educational &&
    signs.has('poisoning') &&
    MILD_SOAP.test(t) &&
    LICKED_OR_TASTED.test(t) &&
    !SANITISER_DRUNK.test(t) &&
    !EYE_CORROSIVE.test(t) &&
    !TOXIC.test(t.replace(MILD_SOAP_ALL, ' '))
  ) {
    signs.delete('poisoning');
    signs.add('soap_lick');
  }
  if (UNSTEADY.test(t)) signs.add('unsteady');
  if (VERY_SLEEPY.test(t)) signs.add('sleepy');
  // Shivering with a fever is rigors.
  if (signs.has('fever') && /发抖|打颤|打冷颤|(?<![a-z])(?:shiver\w*|chills|shaking with cold)(?![a-z])/.test(t)) signs.add('rigors');
  // A breath-holding spell while crying that is over ("哭到憋气 嘴唇都有点紫了 过一会儿自己就好了", "held his breath
  // till he went blue, then came round fine"): common and harmless, a parenting question (a doctor the first time) —
  // not a blue child now. Going blue with nothing said about it being over stays red.
  // Limp for a few seconds at the end of the spell is part of it; limp for longer, or a fit, is read as usual.
  // "是不是抽风?", "was that a seizure?" asked about a breath-holding spell or a night terror the parent describes: the
  // question names a fit, the story does not. With no fit word outside the question, the seizure sign is dropped so the
  // spell or the night terror is answered (NHS; AAP night terrors). Any jerking, stiffening or eyes rolling still reads.
  if (signs.has('seizure') && ASKS_IF_FIT.test(t) && (BREATH_HOLDING.test(t) || NIGHT_TERROR.test(t))) {
    const seizureWords = SIGNS.find(([name]) => name === 'seizure')?.[1];
    if (seizureWords && !seizureWords.test(t.replace(ASKS_IF_FIT_ALL, ' ')) && !JERKS.test(t)) {
      signs.delete('seizure');
      if (NIGHT_TERROR.test(t)) {
        // 哄也哄不好 during a night terror is the terror itself, not an abnormal cry.
        signs.delete('inconsolable');
        signs.add('night_terror');
      }
    }
  }
  // (A pause of seconds told as the spell — "好几秒没喘气", round 46 — is the breath held, not a breathing difficulty now.)
  const pauseOfSeconds = SPELL_PAUSE.test(t);
  if (
    BREATH_HOLDING.test(t) &&
    SPELL_OVER.test(t) &&
    !['seizure', 'choking'].some((x) => signs.has(x)) &&
    (!signs.has('breathing_difficulty') || pauseOfSeconds) &&
    ((!signs.has('unresponsive') && !signs.has('not_breathing')) || SPELL_BRIEF.test(t))
  ) {
    // Not breathing or limp for a few seconds, then crying again, is the spell itself.
    if (pauseOfSeconds) {
      signs.delete('breathing_difficulty');
      signs.delete('short_breath');
    }
    signs.delete('blue_lips');
    signs.delete('unresponsive');
    signs.delete('not_breathing');
    // Just now: what to do during a spell, a doctor to check, and when it is 120 (parenting-first-aid, NHS).
    if (!SPELL_BEFORE.test(t)) signs.add('breath_holding');
  }
  // Sick after a car or boat ride, with no knock and no diarrhoea ("坐了一个多小时车 下车就吐了一次 是晕车吗", "threw up
  // after the ferry"): motion sickness, an everyday question for the knowledge base — not a tummy bug to watch. A knock on
  // the head told with it keeps the vomiting (a head injury's warning sign).
  if (signs.has('vomiting') && MOTION_SICK.test(t) && !signs.has('head_knock') && !signs.has('diarrhoea') && !signs.has('fever')) {
    signs.delete('vomiting');
    signs.add('motion_sick');
  }
  // A nosebleed that bleeds a lot ("lots of blood on the pillow", "流了好多 止不住") is a nosebleed: its own first aid
  // (lean forward, pinch), a doctor when it goes on 20 minutes — not a wound bleeding heavily.
  // Tissue or cotton pushed up a bleeding nose ("stuffed tissue up his nose") is the nosebleed's first aid gone wrong,
  // not an object stuck in the nose.
  if (signs.has('nosebleed') && signs.has('nose_object') && /纸|棉|(?<![a-z])(?:tissues?|cotton|gauze|toilet paper)(?![a-z])/.test(t))
    signs.delete('nose_object');
  if (signs.has('nosebleed') && signs.has('severe_bleeding') && !/伤口|割|划|砸|(?<![a-z])(?:cut|wound|gash)(?![a-z])/.test(t)) {
    signs.delete('severe_bleeding');
    signs.add('still_bleeding');
  }
  // Something splashed or sprayed into the eye with nothing named ("眼睛好像也有喷到 他一直揉"): right after a chemical
  // swallowed or spilled, that chemical in the eye (triageSigns); never remembered.
  if (
    !educational &&
    /眼睛|眼里|眼内|眼角|(?<![a-z])eyes?(?![a-z])/.test(t) &&
    /溅到|溅进|喷到|喷进|喷了|弄到|弄进|进了|沾到|(?<![a-z])(?:splash\w*|spray\w*|squirt\w*|got (?:some |it )?in|went in)(?![a-z])/.test(t)
  )
    signs.add('eye_splashed');
  // A chemical splashed into the eye: rinse first (its own first aid), not a swallowed poison.
  if (
    /眼睛|眼里|眼内|眼角|(?<![a-z])eyes?(?![a-z])/.test(t) &&
    /辣椒|花椒|消毒|漂白|84|清洁剂|洁厕|免洗|洗手液|洗洁精|洗衣|酒精|化学|石灰|干燥剂|洗发|沐浴|驱蚊|防蚊|杀虫|花露水|喷雾|防晒|肥皂|香皂|洗碗|洗涤|(?<![a-z])(?:chill?i(?:es)?|hot sauce|bleach|dish ?soap|washing[- ]up liquid|dishwasher|cleaner|cleaning|chemical\w*|(?:hand )?saniti[sz]er|detergent|disinfectant|alcohol|lime|shampoo|insect spray|bug spray|fly spray|repellent|sunscreen|sun ?cream|suncream|sunblock|soap|body wash|bubble bath)(?![a-z])/.test(
      t,
    ) &&
    /溅|喷|弄|进|洒|泼|滴|揉|抹|擦|沾|流到|(?<![a-z])(?:splash\w*|spray\w*|squirt\w*|got|get|went|rubbed|in (?:his|her|their|my|the) eyes?)(?![a-z])/.test(t) &&
    !educational
  ) {
    signs.delete('poisoning');
    // Soap, shampoo, washing-up liquid, sunscreen or hand sanitiser sting but rarely burn the eye: rinse at once, then a
    // doctor today if it stays red or sore (poison-centre advice). Bleach, 84, toilet or drain cleaner, laundry liquid
    // and lime burn: rinse and the emergency department.
    if (EYE_IRRITANT.test(t) && !EYE_CORROSIVE.test(t)) signs.add('eye_irritant');
    else signs.add('eye_chemical');
  }
  // A fall that broke a limb, with no word about the head: the limb's first aid, not a head injury's.
  if (signs.has('fracture') && !HEAD.test(t) && !HEAD_WARNING.test(t)) signs.delete('head_knock');
  // An arm not used after a fall (not a pull), told swollen: the arm may be broken — a limb injury (keep it still, a doctor
  // today, an X-ray), not a knock on the head (NHS, broken bones).
  if (
    signs.has('arm_not_used') &&
    !HEAD.test(t) &&
    !HEAD_WARNING.test(t) &&
    !/拉|牵|拽|提|甩|(?<![a-z])(?:pull\w*|yank\w*|swung|swing\w*|lift\w*)(?![a-z])/.test(t)
  ) {
    signs.delete('head_knock');
    if (/肿|(?<![a-z])swell\w*|swollen(?![a-z])/.test(t)) signs.add('limb_swelling');
  }
  // A fall that knocked a tooth out, with no word about the head: a mouth injury (dentist today), not a head injury.
  // A crushed finger that is out of shape, will not move or has a black or loose nail: a doctor today.
  if (
    signs.has('finger_crushed') &&
    /指甲.{0,4}(?:黑|紫|掉|脱|翻|裂)|变形|弯不了|不能(?:动|弯)|动不了|骨折|(?<![a-z])(?:nail.{0,15}(?:black|purple|off|came|loose)|bent|deformed|can'?t (?:move|bend)|won'?t (?:move|bend)|broken)(?![a-z])/.test(
      t,
    )
  )
    signs.add('finger_bad');
  if (signs.has('vomits_everything')) signs.add('vomiting');
  // No wee for a stated number of hours under 12 is fewer wet nappies — a doctor today (NICE CG84: reduced urine output is
  // a sign of clinical dehydration, assessed face to face); a whole day, 12 hours or more, sunken eyes or soft spot stay an
  // emergency, and so does 'since this morning' with no hours said (the table escalates, it does not reassure). Kept as
  // 'dry_spell', so with vomiting everything it is still 120.
  if (signs.has('severe_dehydration') && DRY_HOURS.test(t) && !DRY_LONG.test(t)) {
    signs.delete('severe_dehydration');
    signs.add('fewer_wees');
    signs.add('dry_spell');
  }
  // An insect or a small thing in the ear: the same care as a thing up the nose (not poked at, a doctor takes it out).
  if (!educational && EAR_INSECT.test(t) && !BITTEN_ON.test(t)) signs.add('nose_object');
  // Confused or muddled: with heat, a sign of heat stroke.
  if (CONFUSED.test(t)) signs.add('confused');
  // Still bleeding after ten minutes or more of firm pressure ('按了十几分钟 血还是止不住', 'pressed on it for 10 minutes
  // and it won't stop'): emergency care, wherever the cut (St John Ambulance, NHS). Only a cut or graze told in the message:
  // a nosebleed, here or in a turn before ('這次壓了二十分鐘還在流'), keeps its own rule (a doctor).
  if (signs.has('still_bleeding') && !signs.has('nosebleed') && PRESSED_LONG.test(t) && CUT_WORD.test(t)) {
    signs.add('severe_bleeding');
    signs.delete('minor_wound');
  }
  // A cut finger or a knocked tooth that keeps bleeding: pressed for 10 minutes (a doctor when it gapes or goes on),
  // not a heavy bleed — unless the words say how much.
  if (signs.has('severe_bleeding') && SMALL_BLEEDING_SITE.test(t) && !HEAVY_BLEEDING.test(t) && !(PRESSED_LONG.test(t) && CUT_WORD.test(t))) {
    signs.delete('severe_bleeding');
    signs.add('still_bleeding');
    if (!signs.has('tooth_injury') && !signs.has('nosebleed')) signs.add('minor_wound');
  }
  if (NAIL_BLOOD.test(t)) signs.add('nail_blood');
  // "冰敷了十分钟 还是肿", "still swollen after the ice": how an injury told before is doing after first aid.
  if (!educational && STILL_SWOLLEN.test(t)) signs.add('still_swollen');
  if (TOOTH_FOUND.test(t)) signs.add('tooth_found');
  if ((signs.has('vomiting') || signs.has('diarrhoea')) && GUT_REPEATED.test(t)) signs.add('gut_repeated');
  // Loose poo again with milk once a tummy bug is over, or a question naming lactose ('肠胃炎好了 一喝奶粉又拉稀 是不是乳糖不耐受',
  // 'since the tummy bug she gets runny poo after every bottle'): a question about lactose intolerance after gastroenteritis
  // (the starting-solids answer: often temporary, a doctor before changing formula), not a tummy bug's home care. Only when
  // nothing else is told: blood, vomiting, a fever, dry nappies, a sleepy child or any other sign is read as usual.
  if (
    signs.has('diarrhoea') &&
    MILK_THEN_LOOSE.test(t) &&
    (LACTOSE_WORD.test(t) || GUT_BETTER.test(t)) &&
    [...signs].every((x) => x === 'diarrhoea' || x === 'gut_repeated' || x === 'long_time')
  ) {
    for (const x of ['diarrhoea', 'gut_repeated', 'long_time']) signs.delete(x);
  }
  // A rash after starting a medicine: a possible reaction to it (a doctor today, before the next dose).
  if (signs.has('rash') && MEDICINE_RASH.test(t)) signs.add('medicine_rash');
  // Common illnesses named from what the parent describes, so the answer can name them and give their own care and
  // warning signs (the level is still decided by the signs): hand, foot and mouth disease — sores in the mouth with spots
  // on the hands, feet or bottom, or with a fever (China NHC HFMD guideline 2018; NHS); roseola — a rash that comes as a
  // fever of some days goes (NHS); bronchiolitis — a baby under 1 with a cold, then wheezy or laboured breathing (NICE
  // NG9; NHS); a tummy bug — vomiting and diarrhoea together, or named (NHS gastroenteritis).
  if (!educational) {
    const mouthSores = MOUTH_SORES.test(t);
    const handFoot = HAND_FOOT_SPOTS.test(t);
    // Named with any sign told ('手足口病第三天 今天一直吐'); named alone ('会传染吗', '好了多久能去') is a question.
    if ((mouthSores && (handFoot || signs.has('fever'))) || (HFMD_NAMED.test(t.replace(HFMD_VACCINE, ' ')) && (mouthSores || handFoot || signs.size > 0)))
      signs.add('hfmd');
    if (signs.has('hfmd') && DOCTOR_SAID.test(t)) signs.add('doctor_seen');
    // Limbs jerking or trembling, or startling easily, with HFMD: an early sign of a severe case — hospital now (NHC 2018).
    if (signs.has('hfmd') && JERKS.test(t)) signs.add('hfmd_severe');
    const feverBroke = FEVER_GONE.test(t) && !/还在烧|又烧|又发烧|(?<![a-z])(?:still|again)(?![a-z])/.test(t);
    if (signs.has('rash') && feverBroke && !signs.has('hfmd') && ((feverDays ?? 0) >= 2 || /几天|好几天|(?<![a-z])(?:days|few days)(?![a-z])/.test(t)))
      signs.add('roseola');
    // A young baby's blocked nose that snorts or rattles in sleep and makes her pause at feeds to breathe ("刚满月 鼻子塞住了
    // 睡觉呼吸呼噜呼噜的 吃奶的时候要停下来喘一下"): the noise is the nose, not croup or a wheeze — the blocked-nose answer
    // (saline, feeds, when to see a doctor). With a cough, a fever, a bark or any sign of hard breathing it is read as usual.
    if (
      age !== undefined &&
      age < 6 &&
      NOSE_BLOCKED.test(t) &&
      !TRUE_BARK.test(t) &&
      ![
        'cough',
        'fever',
        'wheeze',
        'fast_breathing',
        'breathing_difficulty',
        'grunting',
        'blue_lips',
        'very_fast_breathing',
        'nasal_flaring',
        'poor_feeding',
      ].some((x) => signs.has(x)) &&
      ['barking_cough', 'short_breath'].some((x) => signs.has(x))
    ) {
      signs.delete('barking_cough');
      signs.delete('short_breath');
    }
    if (
      age !== undefined &&
      age < 12 &&
      COLD_WORDS.test(t) &&
      ['wheeze', 'short_breath', 'fast_breathing', 'barking_cough', 'breathing_difficulty'].some((x) => signs.has(x)) &&
      !TRUE_BARK.test(t)
    )
      signs.add('bronchiolitis');
    if ((signs.has('vomiting') && signs.has('diarrhoea')) || (GASTRO_NAMED.test(t) && (signs.has('vomiting') || signs.has('diarrhoea')))) signs.add('gastro');
  }
  // A fit a doctor has already named ("医生说是热性惊厥", "the doctors said it was a febrile seizure"), asked about for later
  // ("以后还会再抽吗", "will it happen again?", "会变成癫痫吗"): the fit is over and seen — what to expect and what to do if it
  // comes back, not 120 now. Anything said to be happening now ("又抽了", "still") keeps it red.
  if (
    signs.has('seizure') &&
    (DOCTOR_SAID.test(t) || FIT_NAMED_BY_DOCTORS.test(t)) &&
    (RECURRENCE_ASKED.test(t) || new RegExp(RECURRENCE.source).test(t)) &&
    !SEIZURE_NOW.test(t.replace(FEVER_STILL, ' ').replace(NOW_FINE, ' ').replace(RECURRENCE, ' ').replace(RECURRENCE_ASKED, ' '))
  ) {
    signs.delete('seizure');
    signs.add('seizure_past');
    if (FEBRILE_FIT_NAMED.test(t)) signs.add('febrile_seizure_named');
  }
  // A fit that is over and was yesterday or before: what to do if it comes back, not 120 now.
  if (signs.has('seizure') && SEIZURE_PAST.test(t) && !SEIZURE_NOW.test(t.replace(FEVER_STILL, ' ').replace(NOW_FINE, ' ').replace(RECURRENCE, ' '))) {
    signs.delete('seizure');
    signs.add('seizure_past');
  }
  // Fainted, went blue or stopped breathing a day or more ago and has been well since: a doctor to find out why,
  // not 120 now. Anything said to be happening now ("现在又", "again", "still") keeps it red.
  const nowWords = SEIZURE_NOW.test(t.replace(FEVER_STILL, ' ').replace(NOW_FINE, ' ').replace(RECURRENCE, ' '));
  if (EPISODE_SIGNS.some((x) => signs.has(x)) && DAYS_AGO.test(t) && (EPISODE_OVER.test(t) || FINE_NOW.test(t)) && !nowWords && !signs.has('seizure')) {
    for (const x of EPISODE_SIGNS) signs.delete(x);
    signs.add('episode_past');
  }
  if ((signs.has('seizure_past') || signs.has('episode_past')) && NOT_SEEN.test(t)) signs.add('not_seen');
  // A cramp in a leg, a foot or a finger ("小腿抽筋", "脚抽筋了") is a muscle cramp, not a fit — unless fit words come with it.
  if (
    signs.has('seizure') &&
    /(?:腿|小腿|大腿|腿肚子?|脚|脚趾|脚底|脚板|手指|手指头)(?:又|老是|经常|总是)?抽筋/.test(t) &&
    !/抽搐|惊厥|翻白眼|(?:眼睛|眼珠)(?:往上|向上|上)翻|口吐白沫|牙关|全身|浑身|没(?:有)?反应|叫不醒|叫不应|意识|发烧|烧到|高烧|(?<![a-z])(?:seizure|fit|convuls\w*)(?![a-z])/.test(
      t,
    )
  )
    signs.delete('seizure');
  // Water breathed in at bath time is not a choke on food: its own signs (cough, breathing over the next hours).
  if (signs.has('water_inhaled') && !['breathing_difficulty', 'not_breathing', 'blue_lips', 'unresponsive'].some((x) => signs.has(x))) {
    signs.delete('choking');
    signs.delete('choking_resolved');
    signs.delete('choking_first_aid');
  }
  // Bleeding from the mouth is the tooth's, not a warning sign of a knock to the head.
  if (signs.has('tooth_injury') && !HEAD.test(t) && !HEAD_WARNING.test(t.replace(MOUTH_BLEEDING, ' '))) {
    signs.delete('head_knock');
    signs.delete('head_warning');
  }
  // "撞到桌角 门牙整颗掉下来 还有流血": a tooth knocked out and bleeding with no place named bleeds from the mouth —
  // the knock stays (watched), but the bleeding is no head warning unless another warning is told (NHS dental injuries).
  if (signs.has('tooth_injury') && signs.has('head_warning') && !HEAD_WARNING.test(t.replace(MOUTH_BLEEDING, ' ').replace(UNPLACED_BLEEDING, ' ')))
    signs.delete('head_warning');
  // "发烧退了多久可以再去托育点", "how soon can he go back to care after diarrhoea": a question about coming
  // back to care (the health-check policy), not a sign now. Only the illness said to be over is set aside:
  // any other sign in the message is read as usual, and one still going on ("还在烧", a temperature) stays.
  // One decider for 'over' (the illness said to be over and not going on) and 'coming back to care'.
  const illnessOver = ILLNESS_OVER.test(t) && !ILLNESS_ONGOING.test(t);
  const backToCare = RETURN_TO_CARE.test(t) || (illnessOver && GOING_ASKED.test(t));
  if (backToCare && illnessOver) for (const s of OVER_ILLNESS) signs.delete(s);
  // Twenty minutes or more of bleeding (a nosebleed): a doctor now.
  const minutes = /(\d{1,3}|[二三四五六]十)\s*(?:多)?\s*(?:分钟|分鐘|mins?|minutes)/.exec(t);
  const said = minutes?.[1] ?? '';
  const mins = /^\d+$/.test(said) ? Number(said) : (countOf(said.slice(0, 1)) ?? 0) * 10;
  if (mins >= 20 || /半(?:个)?小时|一个?小时|好久|很久|半天|(?<![a-z])(?:half an hour|an hour)(?![a-z])/.test(t)) signs.add('long_time');
  const cooled =
    /(?:凉水|冷水|流动的?水|自来水|水龙头)(?:下)?(?:冲|淋)(?:了|过)?|冲(?:了|过)(?:水|凉水|冷水)?(?:\d+|[一二两三四五六七八九十]+)?(?:多)?分钟|冲了?\s?(?:cold|cool|running) water|已经冲|(?<![a-z])(?:cooled|ran (?:it )?under|held (?:it )?under|under (?:the )?(?:cold|cool|running) (?:tap|water)|under the tap)(?![a-z])/.test(
      t,
    );
  if (cooled) signs.add('cooled');
  if (
    /一点(?:点)?|一小块|一小片|小面积|有点红|红了一(?:点|块|下)|不大|很小|(?<![a-z])(?:small|tiny|minor|slight\w*|a bit red|a little (?:red|bit|burn|scald)|(?:a little|a bit|slightly)(?= ?[,.!?;]|$))(?![a-z])/.test(
      t,
    )
  )
    signs.add('small');
  // A sting with a small swelling round it ('被 wasp 叮了 脸上肿了一小块'): the sting's own local reaction (NHS, insect bites and
  // stings), not an allergy; hives, lips or breathing are read as usual.
  if (
    signs.has('sting') &&
    signs.has('small') &&
    signs.has('allergy_mild') &&
    !/风团|荨麻疹|嘴唇|眼皮|全身|(?<![a-z])(?:hives|lips?|eyelids?|all over)(?![a-z])/.test(t)
  )
    signs.delete('allergy_mild');
  // A jellyfish's red welts or lines where it touched ("angry red welts on her arm", "腿上一条一条的风团"): the sting's own mark
  // (NHS jellyfish stings: rinse with seawater, hot water), not an allergic reaction — hives elsewhere, lips, eyes or
  // breathing are read as usual.
  if (
    signs.has('marine_sting') &&
    signs.has('allergy_mild') &&
    !/荨麻疹|嘴唇|眼皮|全身|(?<![a-z])(?:hives|lips?|eyelids?|all over|whole body)(?![a-z])|(?:lips?|eyes?|face) (?:is |are )?swollen|swollen (?:lips?|face|eyes?)|(?:嘴巴|嘴唇|眼睛|眼皮|脸)[^，。,.!?！？]{0,4}肿/.test(
      t,
    )
  )
    signs.delete('allergy_mild');
  // …and its red lines on a leg at the beach are not a sunburn unless the sun is named ("晒", "sunburnt").
  if (signs.has('marine_sting') && signs.has('sunburn') && !/晒|太阳|(?<![a-z])(?:sun\w*)(?![a-z])/.test(t)) signs.delete('sunburn');
  // A burn on the face, neck or genitals, or one on the hand or foot that is not just a small spot, goes to the
  // emergency department (NHS: burns to the face, hands, feet or genitals; bigger than the child's palm).
  if (signs.has('scald')) {
    const faceOrGenitals =
      /脸|面部|眼|嘴|脖子|颈|会阴|生殖器|私处|小鸡鸡|(?<![a-z])(?:face|eyes?|mouth|lips|neck|genitals|groin|privates|penis|vulva)(?![a-z])/.test(t);
    const handOrFoot =
      /手掌|手心|手背|手指|指尖|拇指|小手|(?<!胳膊|手臂)手(?!臂|腕|肘|机)|脚|(?:抓|握)(?:了|住|到)|(?<![a-z])(?:hands?|palms?|finger(?:tip)?s?|thumbs?|toes?|feet|foot|soles?|grabbed|grabbing|gripped)(?![a-z])/.test(
        t,
      );
    // A hand or foot told as only red, with no blister ("紅紅的 沒有起水泡", "red but there's no blister"): a superficial
    // burn — cooled for 20 minutes and a doctor if it blisters, not the emergency department (NHS: hands and feet that blister).
    const unblistered = handOrFoot && !signs.has('small') && NO_BLISTER.test(told);
    if (faceOrGenitals || (handOrFoot && !signs.has('small') && !unblistered)) signs.add('burn_site');
    // A scald over two parts of the trunk or "all over" ("it went all over her chest and tummy", "胸口和肚子都烫到了"): far
    // larger than the child's palm — 120 and cooling now (NHS burns and scalds).
    if (!signs.has('small') && (BIG_SCALD_AREA.test(t) || new Set(t.match(TRUNK_PART) ?? []).size >= 2)) signs.add('serious_burn');
    else if (unblistered) {
      signs.add('burn_unblistered');
      // The hand words of the serious-burn pattern ("手…烫", "burned his hand") are this burn; a large, white or charred
      // one stays serious.
      if (!LARGE_OR_DEEP_BURN.test(t)) signs.delete('serious_burn');
    }
  }
  // A night terror: screaming or crying out in the night with the eyes open, not responding to the parent, then back to
  // sleep ('半夜突然尖叫 眼睛睁着 抱她也没反应', "screams in her sleep with her eyes open and doesn't respond to me"): the
  // child is asleep, not unconscious — the sleep answer (don't wake, keep safe), not 120. Floppy, stiff, jerking, blue,
  // breathing trouble, a fever, a fall or any other sign is read as usual.
  // The same story told without 'eyes open' ('半夜突然哭着坐起来 喊她抱她都没反应 好像不认识我 几分钟后又自己睡了',
  // '昨晚睡到一半突然坐起來大哭 抱她跟她講話都沒反應 …又睡著了'): decided as a night terror too, because every part of it is
  // one — the child is crying and sitting up (active, not limp), does not know the parent, and falls asleep again by
  // herself within minutes — and nothing red is told. That is not NICE's red 'does not respond / cannot be woken', which
  // is a drowsy or floppy child; nor a faint or a pause in breathing last night (a doctor today). Floppy, stiff, jerking,
  // blue, breathing trouble, a fever, vomiting or a fall (NOT_NIGHT_TERROR, HURT) keep it red, and so does 'cannot be
  // woken' told afterwards in a message of its own.
  // A scream counts as the cry here ('每天半夜 scream 叫不醒, 第二天都不记得'): screaming is as active as crying.
  const nightTerror =
    NIGHT_SLEEP.test(t) &&
    (EYES_OPEN.test(t) || (NIGHT_TERROR_SIGN.test(t) && (NIGHT_CRY.test(t) || NIGHT_SCREAM.test(t)))) &&
    (NIGHT_SCREAM.test(t) || NIGHT_CRY.test(t));
  if (
    (signs.has('unresponsive') || signs.has('episode_past')) &&
    nightTerror &&
    [...signs].every((x) => ['unresponsive', 'cried', 'long_time', 'episode_past', 'not_seen'].includes(x)) &&
    !NOT_NIGHT_TERROR.test(t) &&
    !HURT.test(t.replace(/(?<![a-z])f(?:a|e)ll(?:s|ing)? (?:straight |right |just )?(?:back )?(?:asleep|to sleep)(?![a-z])/g, ''))
  ) {
    for (const x of ['unresponsive', 'cried', 'long_time', 'episode_past', 'not_seen']) signs.delete(x);
  }
  // A baby who jerks or startles once in their sleep, the parent asking whether it is a fit ("寶寶4個月 睡覺的時候手腳會突然抖一下
  // 有時候還會嚇醒 是不是抽筋", "my 3 month old twitches and jerks her arms in her sleep... is it a seizure??"): the startle (Moro)
  // reflex or sleep twitches, common and harmless in the first months (AAP) — the knowledge answer, which says what is a fit
  // (120) and what needs a doctor, not a fit now. Only when the fit is named in the question alone and nothing else is told:
  // stiffening, rhythmic or ongoing jerking, jerks in a series or when awake, blue lips, eyes rolling, no response or a fever
  // (NOT_A_STARTLE), any other sign, or a child of 1 year or more, is read as usual (red).
  if (
    signs.has('seizure') &&
    ASLEEP.test(t) &&
    ONE_STARTLE.test(t) &&
    !SIGNS.find(([name]) => name === 'seizure')![1].test(t.replace(FIT_ASKED, ' ')) &&
    !NOT_A_STARTLE.test(t) &&
    (age === undefined || age < 12) &&
    [...signs].every((x) => x === 'seizure' || x === 'cried')
  ) {
    signs.delete('seizure');
    signs.delete('cried');
  }
  // Limp while screaming or crying ("goes limp on the floor screaming", "躺在地上打滚尖叫 全身软下来"): a child who is
  // screaming is responsive — going floppy in a tantrum is behaviour, not unconsciousness. Limp and not responding, not
  // crying, or crying that stopped before going limp (a breath-holding spell) is read as usual.
  // Only when nothing else is told: floppy with a fever, vomiting, a fall or a knock is an ill or injured child, read as usual.
  if (
    signs.has('unresponsive') &&
    SCREAMING_NOW.test(t) &&
    !NOT_RESPONDING.test(t) &&
    [...signs].every((x) => x === 'unresponsive' || x === 'cried') &&
    !HURT.test(t)
  ) {
    signs.delete('unresponsive');
    signs.delete('cried');
  }
  // "一直哭", "won't stop crying" said of a baby who settles when held or fed ("抱著才會停", "she settles when I feed her"),
  // or of the fussing after vaccines: crying a lot, not NICE's high-pitched or continuous cry. Crying that cannot be
  // soothed, goes on for 3 hours or more, or is shrill or weak keeps its red reading (parenting-vaccination: crying
  // non-stop for hours → 120).
  // "一直哭 说耳朵痛", "crying, says his ear hurts": crying with a pain the child names, not NICE's continuous cry — the ear
  // pain is answered (a doctor if it lasts, discharge or a high fever; NHS ear infection), unless the cry is shrill, weak or for hours.
  if (signs.has('inconsolable') && !STRONG_CRY.test(t) && EAR_PAIN.test(t)) {
    signs.delete('inconsolable');
    signs.add('cried');
  }
  // "没打疫苗", "she hasn't had any jabs yet": no vaccine was given, so nothing is read as its reaction.
  if (signs.has('after_vaccine') && NO_VACCINE.test(t)) signs.delete('after_vaccine');
  if (signs.has('inconsolable') && !STRONG_CRY.test(t) && (CRY_SETTLES.test(t) || signs.has('after_vaccine'))) {
    signs.delete('inconsolable');
    signs.add(signs.has('after_vaccine') ? 'vaccine_mild' : 'cried');
  }
  // After vaccines, crying that cannot be soothed or goes on for hours is the reaction that needs 120 (parenting-vaccination).
  if ((signs.has('inconsolable') || signs.has('cried')) && signs.has('after_vaccine') && STRONG_CRY.test(t)) signs.add('abnormal_cry');
  // Sleepy, fussy or a bit off after vaccines: a common mild reaction (watched, with the signs that need a doctor), not
  // the lethargy of an illness. Cannot be woken, floppy, a fit or any other red sign is read as usual.
  if (
    signs.has('after_vaccine') &&
    !VACCINE_NOT_MILD.test(t) &&
    !['unresponsive', 'hard_to_wake', 'seizure', 'abnormal_cry', 'breathing_difficulty', 'not_breathing', 'blue_lips', 'mottled_skin'].some((x) =>
      signs.has(x),
    ) &&
    (VACCINE_MILD.test(t) || signs.has('listless') || signs.has('very_lethargic'))
  ) {
    // (Remembered when it was told listless — 有点蔫 — so a fever with it still sees a doctor today: triageSigns.)
    if (signs.has('listless') || signs.has('very_lethargic')) signs.add('vaccine_listless');
    for (const x of ['very_lethargic', 'listless']) signs.delete(x);
    signs.add('vaccine_mild');
  }
  // Spit-up (possetting, reflux): a little milk brought up after feeds in a baby who is content and growing ("she keeps
  // being sick after her bottle, a mouthful each time, happy and gaining weight", "每次喝完奶都吐一口 精神很好") is the
  // everyday question of the spit-up section, not vomiting to watch with 120 (NHS reflux in babies). Forceful, green or
  // bloody, with weight loss, refusing feeds, drying out or any other sign is read as usual.
  if (
    (signs.has('vomiting') || SPIT_ACT.test(t)) &&
    (SPIT_UP_WORDS.test(t) || (AFTER_FEEDS.test(t) && (SPIT_SMALL.test(t) || SPIT_THRIVING.test(t)))) &&
    !SPIT_UP_BAD.test(SPIT_UP.test(t) ? t.replace(OUT_OF_THE_NOSE, ' ') : t) &&
    [...signs].every((x) => ['vomiting', 'gut_repeated', 'cried', 'teething', 'small'].includes(x))
  ) {
    for (const x of ['vomiting', 'gut_repeated', 'small']) signs.delete(x);
    signs.add('spit_up');
  }
  // A knock to a leg, arm, hand or foot, with nothing said about the head ("the chest of drawers tipped onto his leg, he
  // cried straight away and is walking fine", "腿被柜子砸了一下 现在走路正常"): the limb's watch list (a cold pack; a doctor
  // today for a limp, not bearing weight, swelling or pain in one spot), not the head-bump list. A leg that is not borne,
  // swollen or bent is read as usual (amber or red).
  if (!educational && LIMB_KNOCK.test(t) && !HEAD.test(t)) signs.add('limb_knock');
  // A leg that hurts and a child who will not stand or walk on it ("一直说脚痛 不肯站起来走路", "says his leg hurts and won't
  // walk"), or the same with a fever: not bearing weight, an amber sign (NICE NG143).
  if (!educational && LEG_REFUSE.test(t) && (LEG_PAIN.test(t) || signs.has('fever'))) signs.add('not_weight_bearing');
  // Choked on milk or water and coughing (呛奶, 'choked on her bottle'): common; what to do and watch, and a doctor today if
  // the breathing stays fast, noisy or hard (something may have gone down the airway). A child who cannot breathe, cry or
  // cough, or goes blue, is red as usual.
  if (!educational && FLUID_CHOKE.test(t) && !signs.has('choking')) signs.add('fluid_choke');
  // Newborn jaundice (yellow skin or eyes in a baby's first weeks): in the first 24 hours after birth it needs a doctor
  // the same day, and so does yellow that deepens or spreads, a sleepy baby who feeds poorly, pale poo or dark wee, or
  // yellow past 2 weeks (NHS, newborn jaundice; NICE CG98). Otherwise the newborn-care answer.
  if (!educational && (JAUNDICE_WORD.test(t) || JAUNDICE_SKIN.test(t.replace(YELLOW_NOT_SKIN, ' '))) && (age === undefined || age < 3)) {
    signs.add('jaundice');
    if (JAUNDICE_EARLY.test(t)) signs.add('jaundice_early');
    if (JAUNDICE_WARNING.test(t) || ['very_lethargic', 'hard_to_wake', 'poor_feeding', 'pale_stool', 'listless'].some((x) => signs.has(x)))
      signs.add('jaundice_warning');
  }
  // Dengue named with a fever now ("there's dengue going around our compound, fever since yesterday"): a doctor today and
  // the warning signs of severe dengue (WHO) — severe tummy pain, vomiting again and again, bleeding gums or nose, very
  // drowsy or restless — which are 120.
  // A warning told in a later message ("now her gums are bleeding") is read with the dengue remembered from before.
  if ((DENGUE.test(t) || MOSQUITO_EXPOSURE.test(t)) && signs.has('fever') && !educational) signs.add('dengue');
  if (
    !educational &&
    (DENGUE_WARNING.test(t) ||
      (signs.has('dengue') && ['severe_pain', 'gut_repeated', 'vomits_everything', 'very_lethargic', 'hard_to_wake'].some((x) => signs.has(x))))
  )
    signs.add('dengue_warning');
  // A live insect in the ear ("小虫飞进她耳朵里", "a bug crawled into his ear"): its own first step (ear down, a torch), not the nose's.
  if (
    signs.has('nose_object') &&
    /耳[^。！？!?，,]{0,8}(?:虫|蚊|蚂蚁|苍蝇|飞蛾)|(?:虫|蚊子|蚂蚁|苍蝇|飞蛾)[^。！？!?，,]{0,10}耳|(?<![a-z])(?:bug|insect|ant|fly|moth|beetle|mosquito)s?(?![a-z])[^.!?]{0,30}(?<![a-z])ears?(?![a-z])/.test(
      t,
    )
  )
    signs.add('ear_insect');
  return {
    signs,
    ageMonths: age,
    temperature,
    feverDays,
    educational,
    hypothetical: HYPOTHETICAL.test(t) || asksOnCondition(t),
    ahead: [...ahead],
    jerks: !educational && JERKS.test(t),
    fineNow: FINE_NOW.test(t),
    checking: CHECKING.test(t) || SLEEP_NORMAL.test(t) || (napQuestion && signs.has('head_knock')),
    remedy: REMEDY.test(t) && /吗|么|\?|？|要不要|可以|能不能|行不行|(?<![a-z])(?:can|should|is it|do i)(?![a-z])/.test(t),
    // An amount of food or milk ('一天喂多少奶') is not a dose: a medicine has to be in the question.
    asksDose:
      (PAIN_MEDICINE.test(t) && /多少|几(?:毫升|片|颗|次)|剂量|用量|(?<![a-z])(?:how much|how many|dose|dosage)(?![a-z])/.test(t)) ||
      (DOSE.test(t) &&
        /药|剂量|糖浆|滴剂|栓|毫克|(?<![a-z])(?:dose|dosage|medicine|medication|syrup|drops|mg|ibuprofen|paracetamol|acetaminophen|tylenol|calpol|nurofen|motrin|advil|panadol)(?![a-z])|布洛芬|美林|泰诺林|对乙酰氨基酚|普拿疼|安佳热/.test(
          t,
        )),
    // (A pain medicine asked for teething with no fever — "how much Calpol for teething pain?" — is the teething section's,
    // which says what soothes and that the amount comes from the label or a pharmacist: not the fever-care block; round 43.)
    medicine:
      signs.has('teething') && !signs.has('fever') && !COUGH_MEDICINE.test(t)
        ? undefined
        : FEVER_MEDICINE.test(t) || PAIN_MEDICINE.test(t)
          ? 'fever'
          : COUGH_MEDICINE.test(t)
            ? 'cough'
            : undefined,
    // (The point named only as where the child may go next — "前几天摔了胳膊打着石膏 这周末还能送去托育点吗" — is no
    // incident there: the fall happened elsewhere, and the question is care with the cast; round 36.)
    atPoint:
      AT_POINT_PLACE.test(t.replace(RETURN_TO_CARE_NAMED, ' ').replace(OTHER_SETTING_NAMED, ' ')) &&
      (AT_POINT_INCIDENT.test(t) || POINT_INCIDENT_SIGNS.some((x) => signs.has(x))),
    recovered: illnessOver || backToCare,
    asksWhenToGo: WHEN_TO_GO.test(t),
    asksNext: ASKS_NEXT.test(t),
    asksAmount: AMOUNT.test(t),
    dayOfIllness: readDayOfIllness(t),
    // "奶奶说捂一捂就退了" is a remedy's promise, not a fever gone.
    feverGone: FEVER_GONE.test(t) && !signs.has('bundling') && !/还在烧|又烧|又发烧|(?<![a-z])(?:still|again)(?![a-z])/.test(t),
    helpCalled: HELP_CALLED.test(t),
    carerReports: CARER_REPORTS.test(t),
    asksCare: ASKS_CARE.test(t) || ASKS_CANCEL.test(t),
    asksCancel: ASKS_CANCEL.test(t),
    asksUsualMedicine: USUAL_MEDICINE_ASKED.test(t),
    selfBlame: SELF_BLAME.test(t),
    sleepyNow: SLEEPY_WARNING.test(t) && !napQuestion && !SLEEP_NORMAL.test(t),
    asksNap: napQuestion && !educational,
    asksWait: ASKS_WAIT.test(t),
    medicineFirst: MEDICINE_FIRST.test(t) || (TRY_FIRST.test(t) && MEDICINE_TO_TRY.test(t)),
    drinkingAgain: DRANK_AGAIN.test(t) && WEED_AGAIN.test(t),
    fluidChokeTold:
      signs.has('fluid_choke') &&
      (signs.has('long_time') ||
        /咳|脸(?:红|通红|紫)|呼吸|喘|哭|(?<![a-z])(?:cough\w*|splutter\w*|sputter\w*|breath\w*|red in the face|crying|cried)(?![a-z])/.test(t) ||
        FINE_NOW.test(t)),
    bareTemperature: ((m) => (m ? Number(m[1]) + (m[2] ? Number(m[2]) / 10 : 0) : undefined))(BARE_TEMPERATURE.exec(t)),
  };
}
