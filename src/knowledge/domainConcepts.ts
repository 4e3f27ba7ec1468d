/**
 * A small bilingual alias map for words parents use about childcare and
 * parenting. Every surface form of a concept (Chinese wording, English
 * wording, colloquial variants) adds the same concept term, so "发热" finds a
 * section that says "发烧", and an English question can still meet a Chinese
 * document when the language fallback runs. This is hand-made lexical help,
 * not understanding: a paraphrase that uses none of these forms gets no help.
 *
 * Chinese forms match as substrings; English forms are word sequences matched
 * after stemming (see stemWord), so "feverish" and "fevers" match "fever".
 */
export interface DomainConcept {
  id: string;
  zh: string[];
  en: string[];
}

export const DOMAIN_CONCEPTS: DomainConcept[] = [
  { id: 'fever', zh: ['发烧', '发热', '高烧', '低烧', '烧到', '体温', '退烧'], en: ['fever', 'temperature', 'feverish', 'high temp'] },
  { id: 'sick', zh: ['生病', '病了', '不舒服', '感冒', '咳嗽', '流鼻涕', '拉肚子', '腹泻', '呕吐', '吐了', '传染'], en: ['sick', 'ill', 'illness', 'unwell', 'cold', 'cough', 'runny nose', 'diarrhea', 'diarrhoea', 'vomit', 'throw up', 'contagious', 'infectious'] },
  { id: 'solids', zh: ['辅食', '米粉', '泥糊', '手指食物', '第一口'], en: ['solid', 'solids', 'solid food', 'complementary food', 'puree', 'purée', 'weaning food', 'baby food', 'rice cereal', 'finger food'] },
  { id: 'honey', zh: ['蜂蜜'], en: ['honey'] },
  { id: 'allergy', zh: ['过敏', '湿疹'], en: ['allergy', 'allergic', 'allergen', 'eczema'] },
  { id: 'breastfeed', zh: ['母乳', '喂奶', '亲喂', '哺乳', '吸奶', '背奶', '奶水'], en: ['breastfeed', 'breast milk', 'breastmilk', 'nursing', 'nurse', 'pump', 'expressed milk', 'latch'] },
  { id: 'formula', zh: ['奶粉', '配方奶', '冲奶', '奶瓶'], en: ['formula', 'bottle', 'powdered milk'] },
  { id: 'sleep', zh: ['睡觉', '入睡', '睡眠', '午睡', '小睡', '夜醒', '哄睡', '作息', '睡不着', '睡整觉', '早睡'], en: ['sleep', 'nap', 'bedtime', 'night waking', 'wake up at night', 'wakes at night', 'sleep through', 'asleep'] },
  { id: 'safesleep', zh: ['猝死', '趴睡', '仰睡', '婴儿床', '同睡', '同床', '襁褓', '蜡烛包'], en: ['sids', 'sudden infant death', 'crib', 'cot', 'co-sleep', 'cosleep', 'bed sharing', 'swaddle', 'tummy sleep', 'on his back', 'on her back'] },
  { id: 'cry', zh: ['哭闹', '哭个不停', '一直哭', '大哭', '哄不好', '肠绞痛', '安抚', '闹觉'], en: ['cry', 'crying', 'fussy', 'colic', 'soothe', 'calm', 'inconsolable', 'screaming'] },
  { id: 'shake', zh: ['摇晃'], en: ['shake', 'shaking', 'shaken'] },
  { id: 'tantrum', zh: ['发脾气', '耍赖', '大哭大闹', '打滚', '撒泼', '闹情绪'], en: ['tantrum', 'meltdown', 'throw fit', 'outburst', 'terrible two'] },
  { id: 'separation', zh: ['分离焦虑', '分离', '不肯离开', '不让我走', '适应', '入托', '送托'], en: ['separation anxiety', 'separation', 'settle in', 'settling', 'clingy', 'drop off', 'drop-off', 'goodbye', 'leave him', 'leave her'] },
  { id: 'language', zh: ['说话', '开口', '语言', '咿呀', '叫爸爸', '叫妈妈', '词汇', '说话晚', '闽南话', '方言'], en: ['talk', 'speak', 'speech', 'language', 'word', 'babble', 'late talker', 'dialect', 'bilingual'] },
  { id: 'motor', zh: ['翻身', '抬头', '爬', '走路', '学步', '大运动', '精细动作', '趴趴', '坐稳'], en: ['crawl', 'walk', 'roll over', 'sit up', 'head control', 'motor', 'milestone', 'tummy time', 'stand', 'baby walker', 'walker'] },
  { id: 'potty', zh: ['如厕', '尿裤子', '尿床', '尿布', '纸尿裤', '马桶', '便盆', '戒尿'], en: ['potty', 'toilet', 'diaper', 'nappy', 'nappies', 'bedwetting', 'wet the bed', 'accident'] },
  { id: 'screen', zh: ['屏幕', '手机', '平板', '电视', 'ipad', '动画片', '视频'], en: ['screen', 'phone', 'tablet', 'ipad', 'tv', 'television', 'cartoon', 'video', 'youtube'] },
  { id: 'play', zh: ['游戏', '玩具', '绘本', '读书', '阅读', '儿歌', '户外', '感官'], en: ['play', 'toy', 'picture book', 'read', 'reading', 'story', 'nursery rhyme', 'song', 'outdoor', 'sensory'] },
  { id: 'book', zh: ['预约', '报名', '预订', '约一个', '约个', '抢名额', '约满'], en: ['booking', 'book a', 'book for', 'book session', 'how to book', 'reserve', 'reservation', 'sign up', 'register', 'slot', 'spot'] },
  { id: 'cancel', zh: ['取消', '退订', '不去了', '去不了', '来不了', '改期', '换时间', '更改'], en: ['cancel', 'cancellation', 'call off', 'can not make it', 'cannot make it', "can't make it", 'reschedule', 'change my booking', 'change booking'] },
  { id: 'noshow', zh: ['预约未到', '没去', '没来', '爽约', '放鸽子', '缺席', '暂停预约'], en: ['no-show', 'no show', 'did not show', "didn't show", 'miss', 'missed', 'skip', 'suspended', 'paused', 'banned', 'blocked'] },
  { id: 'waitlist', zh: ['候补', '排队', '约满', '满了', '没名额', '没有名额', '等位'], en: ['waitlist', 'wait list', 'waiting list', 'full', 'fully booked', 'no space', 'no spaces', 'queue'] },
  { id: 'eligibility', zh: ['户籍', '户口', '外地', '非厦门', '居住证', '社保', '谁可以', '资格', '多大的孩子', '外来'], en: ['hukou', 'household registration', 'eligible', 'eligibility', 'who can', 'resident', 'residence permit', 'non-local', 'migrant', 'age limit', 'how old'] },
  { id: 'free', zh: ['免费', '收费', '多少钱', '费用', '花钱', '要钱'], en: ['free', 'cost', 'fee', 'price', 'pay', 'charge', 'how much'] },
  { id: 'childcare', zh: ['托育', '托儿', '护幼', '托管', '看孩子', '带孩子', '服务点', '爱邻'], en: ['childcare', 'child care', 'daycare', 'day care', 'nursery', 'creche', 'babysit', 'care point', 'ai lin'] },
  { id: 'servicekind', zh: ['半日托', '临时托', '体验课', '课程', '亲子课'], en: ['half day', 'half-day', 'temporary care', 'trial class', 'class', 'session type'] },
  { id: 'bring', zh: ['带什么', '带哪些', '要带', '准备什么', '换洗衣服', '水杯', '物品'], en: ['bring', 'pack', 'what to bring', 'change of clothes', 'water bottle', 'bag'] },
  { id: 'pickup', zh: ['接送', '接孩子', '来接', '代接', '爷爷奶奶接', '外婆', '接走'], en: ['pick up', 'pickup', 'collect', 'drop off', 'grandparent', 'grandma', 'grandpa', 'nanny'] },
  { id: 'healthcheck', zh: ['晨检', '健康检查', '体检', '疫苗', '接种'], en: ['health check', 'morning check', 'checkup', 'vaccine', 'vaccination', 'immunisation', 'immunization', 'shot'] },
  { id: 'privacy', zh: ['隐私', '个人信息', '删除数据', '删除我的', '信息安全', '我的数据'], en: ['privacy', 'personal data', 'personal information', 'delete my data', 'delete data', 'gdpr', 'store my', 'data'] },
  { id: 'staff', zh: ['人工', '工作人员', '客服', '真人', '投诉', '举报', '联系'], en: ['staff', 'human', 'real person', 'agent', 'complain', 'complaint', 'contact', 'talk to someone'] },
  { id: 'emergency', zh: ['急救', '120', '紧急', '窒息', '噎住', '卡住', '呼吸困难'], en: ['emergency', 'ambulance', 'choke', 'choking', 'breathing', 'first aid'] },
  { id: 'ratio', zh: ['配比', '几个老师', '师幼比', '保育员', '国家标准', '资质'], en: ['ratio', 'how many staff', 'caregiver', 'qualified', 'qualification', 'standard', 'certified'] },
  { id: 'weekend', zh: ['周末', '周六', '周日', '星期六', '星期天', '礼拜六', '礼拜天'], en: ['weekend', 'saturday', 'sunday'] },
  { id: 'deadline', zh: ['截止', '提前多久', '最晚', '来得及'], en: ['deadline', 'how late', 'latest', 'in advance', 'ahead'] },
  { id: 'doctor', zh: ['看医生', '医院', '就医', '儿科', '医生'], en: ['doctor', 'hospital', 'pediatrician', 'paediatrician', 'clinic', 'gp'] },
];
