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
  { id: 'fever', zh: ['发烧', '发热', '高烧', '低烧', '烧到', '体温', '退烧'], en: ['fever', 'temperature', 'feverish', 'high temp', 'temp'] },
  { id: 'sick', zh: ['生病', '病了', '病好', '不舒服', '感冒', '咳嗽', '流鼻涕', '呕吐', '吐了', '传染', '手足口'], en: ['sick', 'ill', 'illness', 'unwell', 'cold', 'cough', 'runny nose', 'vomit', 'throw up', 'contagious', 'infectious', 'hand foot and mouth'] },
  { id: 'solids', zh: ['辅食', '米粉', '泥糊', '手指食物', '第一口'], en: ['solid', 'solids', 'solid food', 'complementary food', 'puree', 'purée', 'weaning food', 'baby food', 'rice cereal', 'finger food'] },
  { id: 'honey', zh: ['蜂蜜'], en: ['honey'] },
  { id: 'allergy', zh: ['过敏', '湿疹'], en: ['allergy', 'allergic', 'allergen', 'eczema'] },
  { id: 'breastfeed', zh: ['母乳', '喂奶', '亲喂', '哺乳', '吸奶', '吸出来', '背奶', '奶水', '奶够不够', '吃饱'], en: ['breastfeed', 'breast milk', 'breastmilk', 'nursing', 'nurse', 'pump', 'expressed milk', 'latch', 'enough milk'] },
  { id: 'formula', zh: ['奶粉', '配方奶', '冲奶', '奶瓶'], en: ['formula', 'bottle', 'powdered milk'] },
  { id: 'sleep', zh: ['睡觉', '入睡', '睡眠', '午睡', '小睡', '夜醒', '哄睡', '作息', '睡不着', '睡整觉', '早睡', '半夜', '夜里', '夜醒', '老醒', '总醒', '醒来'], en: ['sleep', 'nap', 'bedtime', 'night waking', 'wake up at night', 'wakes at night', 'sleep through', 'asleep'] },
  { id: 'safesleep', zh: ['猝死', '趴睡', '仰睡', '婴儿床', '同睡', '同床', '襁褓', '蜡烛包'], en: ['sids', 'sudden infant death', 'crib', 'cot', 'co-sleep', 'cosleep', 'bed sharing', 'swaddle', 'tummy sleep', 'on his back', 'on her back'] },
  { id: 'cry', zh: ['哭闹', '哭个不停', '一直哭', '大哭', '哄不好', '肠绞痛', '安抚', '闹觉'], en: ['cry', 'crying', 'fussy', 'colic', 'soothe', 'calm', 'inconsolable', 'screaming'] },
  { id: 'shake', zh: ['摇晃'], en: ['shake', 'shaking', 'shaken'] },
  { id: 'tantrum', zh: ['发脾气', '耍赖', '大哭大闹', '打滚', '撒泼', '闹情绪'], en: ['tantrum', 'meltdown', 'throw fit', 'throw a fit', 'fit', 'outburst', 'terrible two', 'melt down'] },
  { id: 'separation', zh: ['分离焦虑', '分离', '不肯离开', '不让我走', '适应', '入托', '送托'], en: ['separation anxiety', 'separation', 'settle in', 'settling', 'clingy', 'drop off', 'drop-off', 'drop him off', 'drop her off', 'goodbye', 'leave him', 'leave her', 'first day'] },
  { id: 'language', zh: ['说话', '开口', '语言', '咿呀', '叫爸爸', '叫妈妈', '词汇', '说话晚', '闽南话', '方言'], en: ['talk', 'speak', 'speech', 'language', 'word', 'babble', 'late talker', 'dialect', 'bilingual'] },
  { id: 'motor', zh: ['翻身', '抬头', '爬', '走路', '学步', '大运动', '精细动作', '趴趴', '坐稳'], en: ['crawl', 'walk', 'roll over', 'sit up', 'head control', 'motor', 'milestone', 'tummy time', 'stand', 'baby walker', 'walker'] },
  { id: 'potty', zh: ['如厕', '尿裤子', '尿床', '尿布', '纸尿裤', '马桶', '便盆', '戒尿'], en: ['potty', 'toilet', 'diaper', 'nappy', 'nappies', 'bedwetting', 'wet the bed', 'accident'] },
  { id: 'screen', zh: ['屏幕', '手机', '平板', '电视', 'ipad', '动画片', '视频'], en: ['screen', 'phone', 'tablet', 'ipad', 'tv', 'television', 'cartoon', 'video', 'youtube'] },
  { id: 'play', zh: ['游戏', '玩具', '绘本', '读书', '阅读', '儿歌', '户外', '感官'], en: ['play', 'toy', 'picture book', 'read', 'reading', 'story', 'nursery rhyme', 'song', 'outdoor', 'sensory'] },
  { id: 'book', zh: ['预约', '报名', '预订', '约一个', '约个', '抢名额', '约满'], en: ['booking', 'book a', 'book for', 'book session', 'how to book', 'reserve', 'reservation', 'sign up', 'register', 'slot', 'spot'] },
  { id: 'cancel', zh: ['取消', '退订', '不去了', '去不了', '来不了', '改期', '换时间', '改时间', '改到', '更改'], en: ['cancel', 'cancellation', 'call off', 'can not make it', 'cannot make it', "can't make it", 'reschedule', 'change my booking', 'change booking'] },
  { id: 'noshow', zh: ['预约未到', '没去', '没来', '爽约', '放鸽子', '缺席', '暂停预约', '申诉', '记录有误', '拉黑'], en: ['no-show', 'no show', 'did not show', "didn't show", 'missed', 'skip', 'suspended', 'paused', 'banned', 'blocked', 'absent', 'dispute', 'contest', 'appeal', 'forget to show', 'forgot to come'] },
  { id: 'waitlist', zh: ['候补', '排队', '约满', '满了', '没名额', '没有名额', '等位'], en: ['waitlist', 'wait list', 'waiting list', 'full', 'fully booked', 'no space', 'no spaces', 'queue'] },
  { id: 'eligibility', zh: ['户籍', '户口', '外地', '非厦门', '居住证', '社保', '谁可以', '资格', '多大的孩子', '外来'], en: ['hukou', 'household registration', 'eligible', 'eligibility', 'who can', 'resident', 'residence permit', 'non-local', 'migrant', 'age limit', 'how old'] },
  { id: 'free', zh: ['免费', '收费', '多少钱', '费用', '花钱', '要钱'], en: ['free', 'cost', 'fee', 'price', 'pay', 'charge', 'how much'] },
  { id: 'childcare', zh: ['托育', '托儿', '护幼', '托管', '看孩子', '带孩子', '服务点', '爱邻'], en: ['childcare', 'child care', 'daycare', 'day care', 'nursery', 'creche', 'babysit', 'care point', 'ai lin'] },
  { id: 'servicekind', zh: ['半日托', '临时托', '体验课', '课程', '亲子课'], en: ['half day', 'half-day', 'temporary care', 'trial class', 'class', 'session type'] },
  { id: 'bring', zh: ['带什么', '带哪些', '要带', '准备什么', '换洗衣服', '水杯', '物品'], en: ['bring', 'pack', 'what to bring', 'change of clothes', 'water bottle', 'bag'] },
  { id: 'pickup', zh: ['接送', '接孩子', '来接', '代接', '去接', '外婆', '外公', '婆婆', '亲戚', '接走'], en: ['pick up', 'pickup', 'pick him up', 'pick her up', 'collect', 'grandparent', 'grandma', 'grandpa', 'nanny', 'mother in law', 'father in law', 'relative'] },
  { id: 'healthcheck', zh: ['晨检', '健康检查', '体检', '疫苗', '接种'], en: ['health check', 'morning check', 'checkup', 'vaccine', 'vaccination', 'immunisation', 'immunization', 'shot'] },
  { id: 'privacy', zh: ['隐私', '个人信息', '删除数据', '删除我的', '信息安全', '我的数据'], en: ['privacy', 'personal data', 'personal information', 'delete my data', 'delete data', 'gdpr', 'store my', 'data'] },
  { id: 'staff', zh: ['人工', '工作人员', '客服', '真人', '投诉', '举报', '联系'], en: ['staff', 'human', 'real person', 'agent', 'complain', 'complaint', 'contact', 'talk to someone'] },
  { id: 'emergency', zh: ['急救', '120', '紧急', '窒息', '噎住', '卡住', '呼吸困难'], en: ['emergency', 'ambulance', 'choke', 'choking', 'breathing', 'first aid'] },
  { id: 'ratio', zh: ['配比', '几个老师', '师幼比', '国家标准', '资质', '资格证', '带几个', '看几个', '照看几个', '最多照看'], en: ['ratio', 'how many staff', 'per carer', 'per staff', 'qualified', 'qualification', 'standard', 'certified', 'licensed'] },
  { id: 'weekend', zh: ['周末', '周六', '周日', '星期六', '星期天', '礼拜六', '礼拜天'], en: ['weekend', 'saturday', 'sunday'] },
  { id: 'deadline', zh: ['截止', '提前多久', '最晚', '来得及'], en: ['deadline', 'how late', 'latest', 'in advance', 'ahead'] },
  { id: 'doctor', zh: ['看医生', '医院', '就医', '儿科', '医生'], en: ['doctor', 'hospital', 'pediatrician', 'paediatrician', 'clinic', 'gp', 'er', 'a and e', 'emergency room', 'urgent care'] },
  { id: 'diarrhoea', zh: ['拉肚子', '腹泻', '拉稀', '脱水'], en: ['diarrhea', 'diarrhoea', 'runny poo', 'loose stool', 'dehydration', 'dehydrated'] },
  { id: 'carer', zh: ['老师', '保育人员', '保育员', '照护人员', '阿姨'], en: ['carer', 'caregiver', 'teacher', 'nanny', 'caretaker'] },
  { id: 'medicine', zh: ['喂药', '吃药', '用药', '药物', '退烧药'], en: ['medicine', 'medication', 'meds', 'dose', 'paracetamol', 'ibuprofen'] },
  { id: 'comfort', zh: ['安抚物', '安抚巾', '小被子', '毛绒', '玩偶', '离不开'], en: ['comfort object', 'comforter', 'teddy', 'blanket', 'lovey', 'stuffed animal', 'soft toy'] },
  { id: 'operator', zh: ['谁办', '谁在办', '主办', '运营', '举办', '谁开', '靠谱'], en: ['run', 'runs', 'operate', 'operator', 'organise', 'organize', 'behind', 'trustworthy', 'legit'] },
  { id: 'accompany', zh: ['陪同', '陪着', '留下', '待在', '陪伴'], en: ['stay with', 'stay the whole', 'accompany', 'leave my child', 'have to stay'] },
  { id: 'opening', zh: ['提前几天', '开始约', '开放预约', '开始预约', '放号'], en: ['in advance', 'how far ahead', 'how early', 'booking open', 'bookings open', 'open for booking'] },
  { id: 'siblings', zh: ['两个孩子', '两个娃', '双胞胎', '二胎', '兄弟', '姐妹', '一起约'], en: ['twins', 'two children', 'two kids', 'both my', 'siblings', 'brother', 'sister'] },
  { id: 'weeklylimit', zh: ['每周', '一周', '一个星期', '约几次', '几次', '上限', '每个周末'], en: ['per week', 'each week', 'every weekend', 'how many times', 'how often can', 'limit'] },
  { id: 'homesafety', zh: ['摔', '烫伤', '中毒', '溺水', '防护', '安全座椅', '纽扣电池', '磁铁'], en: ['baby-proof', 'babyproof', 'childproof', 'fall', 'burn', 'poison', 'drown', 'car seat', 'button battery', 'magnet'] },
  { id: 'storm', zh: ['台风', '暴雨', '下雨', '红色预警', '停课'], en: ['typhoon', 'storm', 'rain', 'heavy rain', 'weather warning'] },
];
