/**
 * A small bilingual alias map for words parents use about childcare and
 * parenting. Every surface form of a concept (Chinese wording, English
 * wording, colloquial variants) adds the same concept term, so "发热" finds a
 * section that says "发烧", and an English question can still meet a Chinese
 * document when the language fallback runs. This is hand-made lexical help,
 * not understanding: a paraphrase that uses none of these forms gets no help.
 *
 * Chinese forms are Simplified (Traditional input is converted first) and
 * include words Taiwan families use (副食品, 母奶, 客诉, 保母, 小儿科).
 * Chinese forms match as substrings; English forms are word sequences matched
 * after stemming (see stemWord), so "feverish" and "fevers" match "fever".
 */
export interface DomainConcept {
  id: string;
  zh: string[];
  en: string[];
}

export const DOMAIN_CONCEPTS: DomainConcept[] = [
  { id: 'fever', zh: ['发烧', '发热', '高烧', '低烧', '烧到', '体温', '退烧', '三十七度', '三十八度', '三十九度', '四十度', '38度', '39度', '40度'], en: ['fever', 'temperature', 'feverish', 'high temp', 'temp'] },
  { id: 'sick', zh: ['生病', '病了', '病好', '不舒服', '感冒', '咳嗽', '流鼻涕', '呕吐', '吐了', '传染', '手足口', '肠病毒'], en: ['sick', 'ill', 'illness', 'unwell', 'cold', 'cough', 'runny nose', 'vomit', 'throw up', 'contagious', 'infectious', 'hand foot and mouth'] },
  { id: 'solids', zh: ['辅食', '米粉', '泥糊', '手指食物', '第一口', '副食品'], en: ['solid', 'solids', 'solid food', 'complementary food', 'puree', 'purée', 'weaning food', 'baby food', 'rice cereal', 'finger food'] },
  { id: 'honey', zh: ['蜂蜜'], en: ['honey'] },
  { id: 'allergy', zh: ['过敏', '湿疹', '红疹', '起疹子', '疹子', '一块块红'], en: ['allergy', 'allergic', 'allergen', 'eczema', "rash"] },
  { id: 'breastfeed', zh: ['母乳', '喂奶', '亲喂', '哺乳', '吸奶', '吸出来', '背奶', '奶水', '奶够不够', '吃饱', '母奶', '挤奶'], en: ['breastfeed', 'breast milk', 'breastmilk', 'nursing', 'nurse', 'pump', 'expressed milk', 'latch', 'enough milk'] },
  { id: 'formula', zh: ['奶粉', '配方奶', '冲奶', '奶瓶'], en: ['formula', 'bottle', 'powdered milk'] },
  { id: 'sleep', zh: ['睡觉', '入睡', '睡眠', '午睡', '小睡', '夜醒', '哄睡', '作息', '睡不着', '睡整觉', '早睡', '半夜', '夜里', '夜醒', '老醒', '总醒', '醒来', '老是醒', '总是醒', '醒好几次', '醒四五次', '醒几次', '又醒了', '睡不好', '睡渣', '睡不踏实', '午觉', '睡午觉', '不肯睡', '哭醒', '醒来醒去', '睡不着觉'], en: ['sleep', 'nap', 'bedtime', 'night waking', 'wake up at night', 'wakes at night', 'sleep through', 'asleep', "wake up", "wakes up", "waking up", "keeps waking", "every 2 hours", "every two hours", "all night", "wakes up crying"] },
  { id: 'safesleep', zh: ['猝死', '趴睡', '仰睡', '婴儿床', '同睡', '同床', '襁褓', '蜡烛包', '趴着睡', '侧睡', '趴着'], en: ['sids', 'sudden infant death', 'crib', 'cot', 'co-sleep', 'cosleep', 'bed sharing', 'swaddle', 'tummy sleep', 'on his back', 'on her back'] },
  { id: 'cry', zh: ['哭闹', '哭个不停', '一直哭', '大哭', '哄不好', '肠绞痛', '安抚', '闹觉', '停不下来', '哭不停', '哄不住', '让他哭', '让她哭', '抱着走', '怎么哄'], en: ['cry', 'crying', 'fussy', 'colic', 'soothe', 'calm', 'inconsolable', 'screaming', "cry it out", "let him cry", "let her cry", "screams", "screaming for hours"] },
  { id: 'shake', zh: ['摇晃', '摇他', '摇她', '晃他', '晃她', '使劲摇', '摇一摇'], en: ['shake', 'shaking', 'shaken'] },
  { id: 'tantrum', zh: ['发脾气', '耍赖', '大哭大闹', '打滚', '撒泼', '闹情绪', '躺地上', '一生气', '生气', '闹脾气', '哄都没用'], en: ['tantrum', 'meltdown', 'throw fit', 'throw a fit', 'fit', 'outburst', 'terrible two', 'melt down', "on the floor", "throws herself", "throws himself", "throw herself", "throw himself"] },
  { id: 'separation', zh: ['分离焦虑', '分离', '不肯离开', '不让我走', '适应', '入托', '送托'], en: ['separation anxiety', 'separation', 'settle in', 'settling', 'clingy', 'drop off', 'drop-off', 'drop him off', 'drop her off', 'goodbye', 'leave him', 'leave her', 'first day'] },
  { id: 'language', zh: ['说话', '开口', '语言', '咿呀', '叫爸爸', '叫妈妈', '词汇', '说话晚', '闽南话', '方言', '不会说', '会说话', '叫人', '台语', '国语', '闽南语', '普通话'], en: ['talk', 'speak', 'speech', 'language', 'word', 'babble', 'late talker', 'dialect', 'bilingual', "says", "only says", "mama", "dada", "words", "hokkien", "minnan", "mandarin"] },
  { id: 'motor', zh: ['翻身', '抬头', '爬', '走路', '学步', '大运动', '精细动作', '趴趴', '坐稳', '不会走', '会走', '站不稳', '走不稳'], en: ['crawl', 'walk', 'roll over', 'sit up', 'head control', 'motor', 'milestone', 'tummy time', 'stand', 'baby walker', 'walker'] },
  { id: 'potty', zh: ['如厕', '尿裤子', '尿床', '尿布', '纸尿裤', '马桶', '便盆', '戒尿', '戒尿布', '包尿布', '尿不湿', '拉拉裤'], en: ['potty', 'toilet', 'diaper', 'nappy', 'nappies', 'bedwetting', 'wet the bed', 'accident'] },
  { id: 'screen', zh: ['屏幕', '手机', '平板', '电视', 'ipad', '动画片', '视频', '滑手机'], en: ['screen', 'phone', 'tablet', 'ipad', 'tv', 'television', 'cartoon', 'video', 'youtube'] },
  { id: 'play', zh: ['游戏', '玩具', '绘本', '读书', '阅读', '儿歌', '户外', '感官'], en: ['play', 'toy', 'picture book', 'read', 'reading', 'story', 'nursery rhyme', 'song', 'outdoor', 'sensory'] },
  { id: 'book', zh: ['预约', '报名', '预订', '约一个', '约个', '抢名额', '约满'], en: ['booking', 'book a', 'book for', 'book session', 'how to book', 'reserve', 'reservation', 'sign up', 'register', 'slot', 'spot'] },
  { id: 'cancel', zh: ['取消', '退订', '不去了', '去不了', '来不了', '改期', '换时间', '改时间', '改到', '更改'], en: ['cancel', 'cancellation', 'call off', 'can not make it', 'cannot make it', "can't make it", 'reschedule', 'change my booking', 'change booking'] },
  { id: 'noshow', zh: ['预约未到', '没去', '没来', '爽约', '放鸽子', '缺席', '暂停预约', '申诉', '记录有误', '拉黑'], en: ['no-show', 'no show', 'did not show', "didn't show", 'missed', 'skip', 'suspended', 'paused', 'banned', 'blocked', 'absent', 'dispute', 'contest', 'appeal', 'forget to show', 'forgot to come'] },
  { id: 'waitlist', zh: ['候补', '排队', '约满', '满了', '没名额', '没有名额', '等位', '额满'], en: ['waitlist', 'wait list', 'waiting list', 'full', 'fully booked', 'no space', 'no spaces', 'queue'] },
  { id: 'eligibility', zh: ['户籍', '户口', '外地', '非厦门', '居住证', '社保', '谁可以', '资格', '多大的孩子', '外来', '多大可以', '多大能', '几岁可以', '几岁能', '年龄', '年纪', '月龄'], en: ['hukou', 'household registration', 'eligible', 'eligibility', 'who can', 'resident', 'residence permit', 'non-local', 'migrant', 'age limit', 'how old', "what age", "age range", "too young", "too old", "minimum age", "not from xiamen"] },
  { id: 'free', zh: ['免费', '收费', '多少钱', '费用', '花钱', '要钱'], en: ['free', 'cost', 'fee', 'price', 'pay', 'charge', 'how much'] },
  { id: 'childcare', zh: ['托育', '托儿', '护幼', '托管', '看孩子', '带孩子', '服务点', '爱邻', '托婴'], en: ['childcare', 'child care', 'daycare', 'day care', 'nursery', 'creche', 'babysit', 'care point', 'ai lin'] },
  { id: 'servicekind', zh: ['半日托', '临时托', '体验课', '课程', '亲子课'], en: ['half day', 'half-day', 'temporary care', 'trial class', 'class', 'session type'] },
  { id: 'bring', zh: ['带什么', '带哪些', '要带', '准备什么', '换洗衣服', '水杯', '物品'], en: ['bring', 'pack', 'what to bring', 'change of clothes', 'water bottle', 'bag'] },
  { id: 'pickup', zh: ['接送', '接孩子', '来接', '代接', '去接', '外婆', '外公', '婆婆', '亲戚', '接走', '奶奶', '爷爷', '姥姥', '姥爷', '老人', '老一辈'], en: ['pick up', 'pickup', 'pick him up', 'pick her up', 'collect', 'grandparent', 'grandma', 'grandpa', 'nanny', 'mother in law', 'father in law', 'relative', "my mom", "my mum", "my mother", "my dad"] },
  { id: 'healthcheck', zh: ['晨检', '健康检查', '体检', '疫苗', '接种', '体检证明', '健康证明', '证明'], en: ['health check', 'morning check', 'checkup', 'vaccine', 'vaccines', 'vaccinated', 'vaccination', 'vaccinations', 'unvaccinated', 'jab', 'jabs', 'immunisation', 'immunization', 'immunised', 'immunized', 'shot', 'shots', "health certificate", "medical certificate"] },
  { id: 'privacy', zh: ['隐私', '个人信息', '删除数据', '删除我的', '信息安全', '我的数据', '信息', '资料', '干嘛用', '个人数据', '个资'], en: ['privacy', 'personal data', 'personal information', 'delete my data', 'delete data', 'gdpr', 'store my', 'data', "my info", "information"] },
  { id: 'staff', zh: ['人工', '工作人员', '客服', '真人', '投诉', '举报', '联系', '客诉'], en: ['staff', 'human', 'real person', 'agent', 'complain', 'complaint', 'contact', 'talk to someone'] },
  { id: 'emergency', zh: ['急救', '120', '紧急', '窒息', '噎住', '卡住', '呼吸困难', '噎着', '噎到', '噎', '呛到', '卡喉咙'], en: ['emergency', 'ambulance', 'choke', 'choking', 'breathing', 'first aid', "gag", "gagging"] },
  { id: 'ratio', zh: ['配比', '几个老师', '师幼比', '师生比', '国家标准', '资质', '资格证', '带几个', '看几个', '照看几个', '最多照看', '老师带', '证照', '保母证', '顾几个', '照顾几个'], en: ['ratio', 'how many staff', 'per carer', 'per staff', 'per teacher', 'kids per', 'children per', 'qualified', 'qualification', 'standard', 'certified', 'licensed'] },
  { id: 'weekend', zh: ['周末', '周六', '周日', '星期六', '星期天', '礼拜六', '礼拜天'], en: ['weekend', 'saturday', 'sunday'] },
  { id: 'deadline', zh: ['截止', '提前多久', '最晚', '来得及'], en: ['deadline', 'how late', 'latest', 'in advance', 'ahead'] },
  { id: 'doctor', zh: ['看医生', '医院', '就医', '儿科', '医生', '小儿科', '挂号', '急诊', '挂急诊'], en: ['doctor', 'hospital', 'pediatrician', 'paediatrician', 'clinic', 'gp', 'er', 'a and e', 'emergency room', 'urgent care'] },
  { id: 'diarrhoea', zh: ['拉肚子', '腹泻', '拉稀', '脱水'], en: ['diarrhea', 'diarrhoea', 'runny poo', 'loose stool', 'dehydration', 'dehydrated'] },
  { id: 'carer', zh: ['老师', '保育人员', '保育员', '照护人员', '阿姨', '保母'], en: ['carer', 'caregiver', 'teacher', 'nanny', 'caretaker'] },
  { id: 'medicine', zh: ['喂药', '吃药', '用药', '药物', '退烧药'], en: ['medicine', 'medication', 'meds', 'dose', 'paracetamol', 'ibuprofen'] },
  { id: 'comfort', zh: ['安抚物', '安抚巾', '小被子', '毛绒', '玩偶', '离不开'], en: ['comfort object', 'comforter', 'teddy', 'blanket', 'lovey', 'stuffed animal', 'soft toy'] },
  { id: 'operator', zh: ['谁办', '谁在办', '主办', '运营', '举办', '谁开', '靠谱'], en: ['run', 'runs', 'operate', 'operator', 'organise', 'organize', 'behind', 'trustworthy', 'legit'] },
  { id: 'accompany', zh: ['陪同', '陪着', '留下', '待在', '陪伴', '陪着一起', '在旁边', '一起进去'], en: ['stay with', 'stay the whole', 'accompany', 'leave my child', 'have to stay', "come alone", "on my own", "by myself", "stay and watch"] },
  { id: 'opening', zh: ['提前几天', '开始约', '开放预约', '开始预约', '放号', '提前多久', '提前几天约'], en: ['in advance', 'how far ahead', 'how early', 'booking open', 'bookings open', 'open for booking', "how far in advance", "far in advance"] },
  { id: 'siblings', zh: ['两个孩子', '两个娃', '双胞胎', '二胎', '兄弟', '姐妹', '一起约', '大宝', '哥哥', '姐姐', '超过3岁', '一起带'], en: ['twins', 'two children', 'two kids', 'both my', 'siblings', 'brother', 'sister', "older brother", "older sister", "come along", "4 year old", "four year old"] },
  { id: 'weeklylimit', zh: ['每周', '一周', '一个星期', '约几次', '几次', '上限', '每个周末', '一个礼拜', '每个礼拜', '几回'], en: ['per week', 'each week', 'every weekend', 'how many times', 'how often can', 'limit'] },
  { id: 'homesafety', zh: ['摔', '烫伤', '中毒', '溺水', '防护', '安全座椅', '纽扣电池', '磁铁', '水银电池', '钮扣电池'], en: ['baby-proof', 'babyproof', 'childproof', 'fall', 'burn', 'poison', 'drown', 'car seat', 'button battery', 'magnet'] },
  { id: 'storm', zh: ['台风', '暴雨', '下雨', '红色预警', '停课'], en: ['typhoon', 'storm', 'rain', 'heavy rain', 'weather warning'] },
  { id: 'hitbite', zh: ['咬人', '打人', '动手', '推人', '抓人', '咬小朋友', '打小朋友', '咬别人', '打别人', '抓别人', '推别人', '咬'], en: ['bite', 'bites', 'biting', 'hit', 'hits', 'hitting', 'push other', 'pushing', 'aggressive', 'scratch'] },
  { id: 'stranger', zh: ['认生', '怕生', '怕人', '见人就哭', '生人', '陌生人', '见到人就', '外人', '谁抱都哭', '往怀里钻', '怕陌生'], en: ['stranger', 'strangers', 'stranger anxiety', 'shy', 'new people'] },
  { id: 'picky', zh: ['挑食', '不肯吃饭', '不吃饭', '不爱吃', '偏食', '吃饭难', '追着喂', '不吃菜', '只吃', '不好好吃'], en: ['picky', 'fussy eater', 'refuse food', 'refuses', 'won t eat', 'wont eat', 'only eats', 'veggies', 'vegetables', 'mealtime', 'picky eater'] },
  { id: 'sucking', zh: ['吃手', '吮手', '吸手指', '安抚奶嘴', '奶嘴', '啃手'], en: ['pacifier', 'dummy', 'thumb', 'thumb sucking', 'soother', 'finger sucking'] },
  { id: 'teeth', zh: ['长牙', '出牙', '牙齿', '刷牙', '牙膏', '蛀牙', '龋齿', '牙医', '流口水', '牙'], en: ['teeth', 'tooth', 'teething', 'toothpaste', 'toothbrush', 'brush', 'dentist', 'cavity', 'cavities', 'drool', 'drooling'] },
  { id: 'supplement', zh: ['补钙', '缺钙', '钙', '维生素d', '维d', '鱼肝油', '补铁', '补锌', '微量元素', '补充剂'], en: ['vitamin d', 'vitamin', 'calcium', 'supplement', 'drops', 'iron'] },
  { id: 'nightfeed', zh: ['夜奶', '断夜奶', '夜里喝奶', '晚上喝奶', '一晚上喝', '次奶', '夜里吃奶', '半夜喝奶', '晚上还要喝', '晚上还喝', '夜里还喝', '晚上喝奶', '两顿奶', '夜里要喝'], en: ['night feed', 'night feeds', 'night feeding', 'night bottle', 'feeds at night', 'milk at night'] },
  { id: 'cctv', zh: ['监控', '摄像头', '看到娃', '看到孩子', '旁边看', '看得到', '监视器'], en: ['cctv', 'camera', 'cameras', 'check on', 'watch', 'monitor'] },
  { id: 'late', zh: ['迟到', '晚到', '来晚', '晚点到', '迟了', '晚了'], en: ['late', 'running late', 'arrive late', 'delayed'] },
  { id: 'overnight', zh: ['过夜', '晚上托', '夜托', '晚上能托', '全天托', '全天', '加班', '晚上送', '托一整天'], en: ['overnight', 'evening care', 'evening', 'full day', 'full-day', 'all day', 'night care', 'work late', 'sleep over', 'sleepover'] },
  { id: 'duration', zh: ['托多久', '托多长', '托几个小时', '多长时间', '几个小时', '几点到几点'], en: ['how long', 'how many hours', 'duration', 'leave him there', 'leave her there'] },
  { id: 'meals', zh: ['午饭', '午餐', '管饭', '带饭', '供餐', '饭菜', '点心', '管吃'], en: ['lunch', 'meal', 'meals', 'provide food', 'pack food', 'snack', 'snacks', 'food provided'] },
  { id: 'walkin', zh: ['当天去', '直接去', '直接过去', '临时去', '没提前约', '没预约', '不预约', '不用预约', '现场'], en: ['walk in', 'walk-in', 'without booking', 'drop in', 'same day', 'same-day', 'turn up', 'just show up'] },
  { id: 'insurance', zh: ['保险', '谁负责', '出了事', '出事', '受伤', '磕到', '碰到'], en: ['insurance', 'insured', 'responsible', 'liability', 'injured', 'gets hurt', 'injury'] },
  { id: 'deposit', zh: ['押金', '定金', '保证金'], en: ['deposit'] },
  { id: 'hours', zh: ['几点开门', '开门', '营业时间', '开放时间', '关门', '几点'], en: ['opening hours', 'opening time', 'opening times', 'what time', 'hours', 'closing time', 'open on'] },
  // Overwhelmed parents say how they feel rather than what they ask.
  { id: 'overwhelmed', zh: ['受不了', '撑不住', '快疯了', '要疯了', '搞疯', '累死', '好累', '心累', '带不动', '想哭', '抑郁', '崩溃'], en: ['exhausted', 'overwhelmed', "wit's end", 'wits end', 'end of my rope', "can't cope", 'cannot cope', 'burnt out', 'burned out', 'breaking point', 'losing it', 'snap at'] },
  { id: 'work', zh: ['上班', '产假', '回单位', '复工', '返岗', '背奶'], en: ['back to work', 'return to work', 'maternity leave', 'working mom', 'working mum'] },
  { id: 'scald', zh: ['烫伤', '烫到', '烫了', '被烫', '烧伤', '烫红', '起水泡'], en: ['burn', 'burned', 'burnt', 'scald', 'scalded', 'hot drink', 'hot tea', 'hot soup'] },
  { id: 'seizure', zh: ['抽搐', '抽风', '惊厥', '翻白眼', '一抽一抽', '手脚抽', '抽筋'], en: ['seizure', 'convulsion', 'convulsing', 'jerking', 'twitching', 'febrile seizure'] },
  { id: 'swallowed', zh: ['吞了', '吞下', '误吞', '吃进去', '咽下去', '纽扣电池', '扣式电池', '小电池', '圆电池', '磁铁', '磁珠'], en: ['swallow', 'swallowed', 'button battery', 'coin battery', 'round battery', 'magnet', 'magnets'] },
  { id: 'dehydration', zh: ['脱水', '尿少', '尿很少', '没尿', '嘴唇干', '眼窝凹', '哭没眼泪'], en: ['dehydrated', 'dehydration', 'no wee', 'no pee', 'dry lips', 'cracked lips', 'fewer wet', 'no tears'] },
  { id: 'headbump', zh: ['磕到头', '撞到头', '摔到头', '后脑勺', '碰到头', '磕了头', '从床上掉', '从沙发上摔'], en: ['hit his head', 'hit her head', 'hit their head', 'bumped', 'bump on the head', 'head injury', 'fell off the bed', 'rolled off'] },
  { id: 'chokefood', zh: ['葡萄', '坚果', '花生米', '爆米花', '果冻', '硬糖', '圣女果', '小番茄', '整颗'], en: ['grape', 'grapes', 'whole nuts', 'popcorn', 'hard sweets', 'hard candy', 'cherry tomato', 'cherry tomatoes'] },
  { id: 'constipation', zh: ['便秘', '拉不出', '不拉大便', '没拉', '拉粑粑', '大便', '粑粑', '拉屎'], en: ['constipation', 'constipated', 'poop', 'poo', 'stool', 'bowel'] },
];
