import type { Lang } from '../i18n/languages.ts';

/**
 * The knowledge-base sections each triage answer follows, for its citation.
 * A test checks every title and heading against knowledge/{zh,en}/ so a
 * renamed section is caught, not silently mis-cited.
 */
export interface TriageSource {
  docId: string;
  title: string;
  /** The section's own heading (the citation's heading is "Title > Section"). */
  section: string;
}

const DOCS = {
  'parenting-first-aid': {
    zh: '急救与危险信号：噎住、烫伤、抽搐、磕到头、脱水、误吞异物',
    en: 'First aid and warning signs: choking, burns, fits, head bumps, dehydration, swallowed objects',
  },
  'parenting-fever-illness': { zh: '孩子发烧和常见病', en: 'Fever and common illnesses' },
  'parenting-common-concerns': {
    zh: '便秘、补维生素D和钙、断夜奶、湿疹、拉肚子：家长常问的小毛病',
    en: 'Everyday health worries: constipation, vitamin D, calcium, night feeds, eczema, diarrhea',
  },
  'parenting-home-safety-choking': { zh: '居家安全与防噎', en: 'Home safety and choking' },
  'parenting-tantrums': { zh: '幼儿发脾气怎么办', en: 'Toddler tantrums' },
  'parenting-vaccination': { zh: '宝宝打疫苗（预防接种）', en: 'Vaccinations for babies and toddlers' },
  'parenting-newborn-care': {
    zh: '新生儿和小婴儿的日常护理：脐带、黄疸、乳痂、鹅口疮、剪指甲、洗澡、打嗝、私处、囟门',
    en: 'Caring for a newborn and young baby: cord, jaundice, cradle cap, thrush, nails, baths, hiccups, private parts, soft spot',
  },
  'parenting-weather-travel': {
    zh: '湿热季节与出行：空调、回南天、台风、蚊子和登革热、海边、坐飞机',
    en: 'Hot, humid seasons and travel: air conditioning, humid spells, typhoons, mosquitoes and dengue, the beach, flying',
  },
  'policy-injury-at-point': { zh: '孩子在服务点受伤了怎么办？', en: 'What if my child is hurt at a point?' },
  'policy-health-check': {
    zh: '爱邻护幼的健康检查：孩子什么情况要在家休息？',
    en: 'Health checks at Ai Lin Hu You points — when should my child stay home?',
  },
} as const;
type DocId = keyof typeof DOCS;

const SECTIONS: Record<string, [DocId, { zh: string; en: string }]> = {
  choking_infant: ['parenting-first-aid', { zh: '1岁以内的宝宝被噎住了怎么办？', en: 'My baby (under 1) is choking — what do I do?' }],
  choking_child: ['parenting-first-aid', { zh: '1岁以上的孩子被噎住了怎么办？', en: 'My child (over 1) is choking — what do I do?' }],
  burn: ['parenting-first-aid', { zh: '孩子被烫伤、烧伤了，马上该怎么做？', en: 'My child got burned or scalded — what do I do right now?' }],
  seizure: ['parenting-first-aid', { zh: '孩子抽搐（抽风、惊厥）了怎么办？', en: 'My child is having a fit (seizure, convulsion) — what do I do?' }],
  head: [
    'parenting-first-aid',
    { zh: '孩子磕到头，现在看起来没事，要观察什么？', en: 'My child bumped their head and seems fine now — what should I watch for?' },
  ],
  dehydration: [
    'parenting-first-aid',
    { zh: '孩子是不是脱水了？哪些情况今天要看医生，哪些要马上急救？', en: 'Is my child dehydrated? Which signs mean a doctor today, and which an emergency?' },
  ],
  swallowed: [
    'parenting-first-aid',
    {
      zh: '孩子误吞了纽扣电池、磁铁、药或化学品怎么办？',
      en: 'My child swallowed something — a button battery, magnets, medicine or chemicals. What do I do?',
    },
  ],
  bleeding_allergy: [
    'parenting-first-aid',
    { zh: '孩子大量出血或严重过敏，怎么办？', en: 'My child is bleeding heavily or having a severe allergic reaction — what do I do?' },
  ],
  cpr: ['parenting-first-aid', { zh: '孩子没有呼吸或没有反应了怎么办？', en: 'My child is not breathing or not responding — what do I do?' }],
  fever_red: ['parenting-fever-illness', { zh: '出现哪些信号要立即拨打120？（红色）', en: 'Which signs mean I should call 120 now? (red)' }],
  fever_amber: ['parenting-fever-illness', { zh: '什么情况今天一定要看医生？（黄色）', en: 'When must my child see a doctor today? (amber)' }],
  fever_care: ['parenting-fever-illness', { zh: '孩子发烧在家怎么护理？', en: "How do I care for my child's fever at home?" }],
  teething_fever: [
    'parenting-fever-illness',
    { zh: '出牙期间量到38°C以上的体温，要怎么处理？', en: "My teething baby's temperature is 38 °C or more — what do I do?" },
  ],
  choking_foods: [
    'parenting-home-safety-choking',
    { zh: '哪些食物容易噎住孩子？葡萄要怎么切？', en: 'Which foods can a toddler choke on, and how should I cut grapes?' },
  ],
  accident: [
    'parenting-home-safety-choking',
    { zh: '发生意外后，什么时候该看医生或拨打120？', en: 'When should I see a doctor or call 120 after an accident?' },
  ],
  common_ill: [
    'parenting-fever-illness',
    { zh: '感冒、手足口病、腹泻，家长要注意什么？', en: 'What should I know about colds, hand, foot and mouth disease, and diarrhoea?' },
  ],
  cough: ['parenting-fever-illness', { zh: '孩子咳嗽、感冒，能吃止咳药、感冒药吗？', en: 'Can I give my toddler cough or cold medicine?' }],
  constipation_fine: ['parenting-common-concerns', { zh: '宝宝几天不拉大便，算便秘吗？', en: "My baby hasn't pooped for a few days — is that constipation?" }],
  constipation: [
    'parenting-common-concerns',
    { zh: '孩子便秘拉不出来怎么办？什么时候要看医生？', en: 'How can I help my constipated toddler, and when should we see a doctor?' },
  ],
  diarrhoea: [
    'parenting-common-concerns',
    { zh: '宝宝拉肚子怎么办？哪些情况要马上看医生？', en: 'What should I do when my baby has diarrhea, and when is it urgent?' },
  ],
  nose_tooth_finger: [
    'parenting-first-aid',
    { zh: '孩子流鼻血、磕掉牙、手指被门夹了怎么办？', en: 'A nosebleed, a knocked-out tooth, a finger caught in a door — what do I do?' },
  ],
  hair_tourniquet: [
    'parenting-first-aid',
    { zh: '头发或线缠住了宝宝的脚趾、手指怎么办？', en: "A hair or thread is wrapped round my baby's toe or finger — what do I do?" },
  ],
  pulled_elbow: [
    'parenting-first-aid',
    {
      zh: '孩子被拉了一下手，胳膊就不肯动了（牵拉肘）怎么办？',
      en: "My child's arm was pulled and now they won't use it (pulled elbow) — what do I do?",
    },
  ],
  mouth_plants: [
    'parenting-first-aid',
    { zh: '孩子吃了香皂、口红、口香糖或植物叶子怎么办？', en: 'My child ate soap, lipstick, chewing gum or a plant — what now?' },
  ],
  centipede: ['parenting-first-aid', { zh: '被蜈蚣咬了怎么办？', en: 'A centipede bit my child — what do I do?' }],
  fire_ant: [
    'parenting-first-aid',
    { zh: '被红火蚁（火蚁）咬了，起了白色小脓包怎么办？', en: 'Fire ants stung my child and little white pustules came up — what do I do?' },
  ],
  jellyfish: [
    'parenting-first-aid',
    { zh: '被水母蜇了、踩到海胆怎么办？', en: 'My child was stung by a jellyfish or stepped on a sea urchin — what do I do?' },
  ],
  small_things: [
    'parenting-first-aid',
    { zh: '被蚊虫叮了起大包、手上扎了刺怎么办？', en: 'A big lump from a mosquito or insect bite, or a splinter — what do I do?' },
  ],
  animal_bite: [
    'parenting-first-aid',
    { zh: '被狗、猫咬伤或抓伤怎么办？要打狂犬病疫苗吗？', en: 'Bitten or scratched by a dog or cat — what now, and what about rabies?' },
  ],
  favism: [
    'parenting-first-aid',
    {
      zh: '蚕豆病（G6PD缺乏症）：吃了蚕豆后尿色变深、皮肤发黄怎么办？',
      en: 'Favism (G6PD deficiency): dark urine or yellow skin after broad beans — what do I do?',
    },
  ],
  bruise_unexplained: [
    'parenting-first-aid',
    {
      zh: '还不会爬的宝宝身上有瘀青，不知道怎么来的，会不会是保姆弄的？怎么办？',
      en: "My baby can't crawl yet but has bruises I can't explain — what should I do?",
    },
  ],
  other_urgent: [
    'parenting-first-aid',
    {
      zh: '睾丸疼痛肿胀、大便发白、肚子疼得厉害：还有哪些情况要马上看医生？',
      en: 'A painful swollen testicle, pale poo, bad tummy pain: what else needs a doctor straight away?',
    },
  ],
  breath_holding: [
    'parenting-first-aid',
    {
      zh: '孩子一哭就憋气、嘴唇发紫甚至软下去几秒（屏气发作）怎么办？',
      en: 'My child holds their breath when crying and goes blue or limp (a breath-holding spell) — what do I do?',
    },
  ],
  tantrum_help: ['parenting-tantrums', { zh: '孩子发脾气，什么时候需要寻求专业帮助？', en: 'When should I seek help for tantrums?' }],
  eye_electric: ['parenting-first-aid', { zh: '化学品溅进眼睛、触电怎么办？', en: 'A chemical in the eye or an electric shock — what do I do?' }],
  eye_blast: ['parenting-first-aid', { zh: '鞭炮、烟花伤到了孩子的眼睛怎么办？', en: "A firecracker or firework hurt my child's eye — what do I do?" }],
  eyelid: ['parenting-first-aid', { zh: '孩子眼皮肿了：蚊子咬的，还是感染？', en: "My child's eyelid is swollen — a bite or an infection?" }],
  cold: [
    'parenting-first-aid',
    { zh: '在海里、泳池玩得冻得发抖、嘴唇发紫怎么办？', en: 'My child is shivering with blue lips after the sea or a pool — what do I do?' },
  ],
  heat_sun: ['parenting-first-aid', { zh: '中暑和晒伤怎么办？', en: 'Heat illness and sunburn — what do I do?' }],
  tobacco: [
    'parenting-first-aid',
    { zh: '孩子吃了烟头、舔了电子烟油怎么办？', en: 'My child ate a cigarette butt or some e-cigarette liquid — what do I do?' },
  ],
  winter_heat: [
    'parenting-first-aid',
    {
      zh: '冬天取暖：燃气取暖器和一氧化碳、电热毯、热水袋，怎样才安全？',
      en: 'Keeping warm in winter: gas heaters and carbon monoxide, electric blankets, hot-water bottles — what is safe?',
    },
  ],
  water: ['parenting-first-aid', { zh: '洗澡时呛水、差点溺水，之后要注意什么？', en: 'My child went under water in the bath and seems fine — what now?' }],
  vaccine_after: ['parenting-vaccination', { zh: '打完疫苗要注意什么？发烧正常吗？', en: 'What should I watch for after vaccination? Is a fever normal?' }],
  vaccine_doctor: ['parenting-vaccination', { zh: '打完疫苗出现哪些情况要看医生或打120？', en: 'When should I see a doctor after a vaccination?' }],
  vaccine_fever: ['parenting-fever-illness', { zh: '打完疫苗发烧了怎么办？', en: 'My child has a fever after a vaccination — what should I do?' }],
  ear: [
    'parenting-fever-illness',
    {
      zh: '孩子半夜哭醒、一直抓耳朵：是耳朵痛吗？怎么办？',
      en: 'My child wakes at night crying and pulling at the ear — is it ear pain, and what do I do?',
    },
  ],
  spit_up: ['parenting-common-concerns', { zh: '宝宝吐奶、吃奶容易呛到，怎么办？', en: 'My baby spits up or chokes on milk during feeds — what can I do?' }],
  rash_glass: [
    'parenting-fever-illness',
    { zh: '发烧出了疹子：用玻璃杯压一压会不会褪色？', en: 'Spots or a rash with a fever: does the rash fade under a glass?' },
  ],
  limb_injury: [
    'parenting-first-aid',
    {
      zh: '摔了以后腿不肯落地、手脚肿（可能骨折）怎么办？',
      en: "My child won't put weight on a leg or a limb is swollen after a fall (a possible broken bone) — what do I do?",
    },
  ],
  jaundice: ['parenting-newborn-care', { zh: '新生儿黄疸要紧吗？什么时候要去医院？', en: 'Is newborn jaundice serious? When should we go to hospital?' }],
  dengue: [
    'parenting-weather-travel',
    {
      zh: '厦门蚊子多，怎么给宝宝防蚊？要怎么预防登革热？',
      en: 'How do I protect my baby from mosquitoes in Xiamen, and how do we avoid dengue?',
    },
  ],
  point_injury: ['policy-injury-at-point', { zh: '孩子在服务点受伤了，家长该怎么做？', en: 'My child was hurt at the point. What should I do?' }],
  point_marks: [
    'policy-injury-at-point',
    { zh: '接孩子时发现伤痕或咬痕，老师没提，怎么办？', en: 'I found a bruise or bite mark at pickup and nobody mentioned it. What now?' },
  ],
  care_return: ['policy-health-check', { zh: '孩子病好后什么时候可以再来？', en: 'When can my child come back after being ill?' }],
  point_after: ['policy-injury-at-point', { zh: '孩子受伤后回家要注意什么？', en: 'What should I watch for at home after an injury?' }],
};

export type TriageSection = keyof typeof SECTIONS;
export const TRIAGE_SECTIONS = Object.keys(SECTIONS);

export function triageSource(section: string, lang: Lang): TriageSource | undefined {
  const entry = SECTIONS[section];
  if (!entry) return undefined;
  const [docId, headings] = entry;
  return { docId, title: DOCS[docId][lang], section: headings[lang] };
}
