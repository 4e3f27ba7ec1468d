/**
 * Taiwan (and some southern) words for the things the Chinese documents name
 * in mainland usage, read as the documents' word before segmentation
 * (readRegionalWords). Many families in Xiamen come from Taiwan: converting
 * Traditional characters to Simplified (toSimplified) keeps their words —
 * 副食品, 预防针, 冷气, 包巾, 流鼻水 — which the documents say as 辅食, 疫苗,
 * 空调, 襁褓, 流鼻涕. The tokenizer applies this to documents and queries
 * alike, so a Taiwan word in a document's own question list still meets the
 * same word in a message.
 *
 * Each entry: the word as it looks after toSimplified, and the document's
 * word. Only words with one meaning in a parent's message (not 土豆, which
 * is a peanut in Taiwan and a potato in the mainland). Longer entries win
 * where two overlap (集乳袋 before 乳袋).
 */
export const REGIONAL_WORDS: ReadonlyArray<readonly [string, string]> = [
  // Feeding
  ['副食品', '辅食'],
  ['米麦精', '米粉'],
  ['米精', '米粉'],
  ['母奶', '母乳'],
  ['泡好的奶', '冲好的奶'],
  ['泡奶', '冲奶'],
  ['离乳', '断奶'],
  ['集乳袋', '储奶袋'],
  ['退冰', '解冻'],
  ['优格', '酸奶'],
  ['优酪乳', '酸奶'],
  ['起司', '奶酪'],
  ['奇异果', '猕猴桃'],
  ['柳橙', '橙'],
  ['胃食道逆流', '胃食管反流'],
  ['盐巴', '盐'],
  // Taiwan's 湯匙 is the documents' 勺子 (a spoon thrown to the floor at meals).
  ['汤匙', '勺子'],
  ['供餐', '管饭'],
  // Health
  ['预防针', '疫苗'],
  // Taiwan's 氣喘 is asthma ("我兒子有氣喘 平常要用吸入器"), as the mainland's 气喘病; a child breathing hard is told as "喘"
  // or "呼吸急促", which the documents' red signs name.
  ['气喘', '哮喘'],
  ['公费疫苗', '免费疫苗'],
  ['黄卡', '预防接种证'],
  ['接种卡', '预防接种证'],
  ['小儿科', '儿科'],
  // The brand and common names Taiwan (and Hong Kong) families use for paracetamol: 普拿疼 (Panadol), 安佳热; the
  // mainland's older name 扑热息痛 is read the same way. The documents write 对乙酰氨基酚.
  ['普拿疼', '对乙酰氨基酚'],
  ['安佳热', '对乙酰氨基酚'],
  ['扑热息痛', '对乙酰氨基酚'],
  ['看诊', '看医生'],
  ['健儿门诊', '儿保'],
  ['流鼻水', '流鼻涕'],
  ['热痉挛', '高热惊厥'],
  ['异位性皮肤炎', '湿疹'],
  ['发展迟缓', '发育迟缓'],
  ['早疗', '早期干预'],
  ['产后忧郁', '产后抑郁'],
  ['忧郁', '抑郁'],
  ['护理师', '护士'],
  ['健保卡', '医保卡'],
  ['健保', '医保'],
  ['维他命', '维生素'],
  ['嘘嘘', '尿尿'],
  ['屁屁', '屁股'],
  // Sleep, things and places
  ['包巾', '襁褓'],
  ['防撞床围', '护围'],
  ['床围', '护围'],
  ['冷气', '空调'],
  ['汽座', '安全座椅'],
  ['溜滑梯', '滑梯'],
  ['卡通', '动画片'],
  ['3c产品', '电子屏幕'],
  ['共读', '阅读'],
  ['台语', '闽南话'],
  ['国语', '普通话'],
  ['塑胶', '塑料'],
  ['宝特瓶', '塑料瓶'],
  ['托婴中心', '托育机构'],
  ['托婴', '托育'],
  ['幼稚园', '幼儿园'],
  // Xiamen's sights, as parents name them, are any sight to the documents ("周末带宝宝去鼓浪屿玩 要注意什么" asks about a day out
  // with the baby): one word, so a sight's name alone ("鼓浪屿门票多少钱") is not most of a question about the baby there.
  ['鼓浪屿', '景点'],
  ['曾厝垵', '景点'],
  ['南普陀', '景点'],
  ['沙坡尾', '景点'],
  ['植物园', '景点'],
  // The service
  ['额满', '约满'],
  ['据点', '服务点'],
  // Taiwan's 臨托 and 半天班 are the documents' 临时托 and 半日托 ("臨托跟半天班差在哪"; round 35).
  ['半天班', '半日托'],
  ['临托', '临时托'],
  // 相片 ("孩子的相片會不會被放到網上") is the documents' 照片.
  ['相片', '照片'],
  ['身分证', '身份证'],
  ['居留证', '居住证'],
  // 紀錄 (Taiwan's usual way to write "record") converts to 纪录, while the documents write 记录 ("那紀錄要多久才會清掉").
  ['纪录', '记录'],
  // 整粒 (whole, of a nut or a grape) is how Minnan and Cantonese speakers, and many others, say the documents' 整颗.
  ['整粒', '整颗'],
  // Cantonese, as Hong Kong families type it (the understanding folds the same words: nlu/canonicalizeChinese.ts).
  ['眼瞓', '困'],
  ['瞓觉', '睡觉'],
  ['瞓', '睡'],
  ['点算好', '怎么办'],
  ['点算', '怎么办'],
  ['而家', '现在'],
  ['晚晚', '每晚'],
  ['放低', '放下'],
  ['就喊', '就哭'],
  ['湊仔', '带孩子'],
  ['饮奶', '喝奶'],
  ['食奶', '吃奶'],
  // "BB成日要抱住先瞓" (always has to be held to sleep), "唔肯瞓" (won't sleep), "喊到好犀利" (cries really hard).
  ['成日', '总是'],
  ['抱住', '抱着'],
  ['唔肯', '不肯'],
  ['犀利', '厉害'],
  // "日头瞓到天昏地暗 夜晚就成晚醒住玩" (sleeps all day, up all night playing), "工人姐姐成日追住个仔喂饭 佢唔肯坐定 咁样得唔得"
  // (the live-in helper chases my son with the bowl; he won't sit still; is that OK?).
  ['日头', '白天'],
  ['成晚', '整晚'],
  ['夜晚', '晚上'],
  ['醒住', '醒着'],
  ['追住', '追着'],
  ['食饭', '吃饭'],
  ['个仔', '儿子'],
  ['个女', '女儿'],
  ['工人姐姐', '阿姨'],
  ['屋企', '家里'],
  ['坐定', '坐好'],
  ['得唔得', '可以吗'],
  ['咁样', '这样'],
  ['啱啱', '刚刚'],
  ['佢', '他'],
  // Round 31 (par31z): "成日黐住妈咪 爸爸抱佢就喊" (always clings to mummy), "老爷喺屋企食烟 话开咗窗冇问题" (grandpa smokes
  // at home, says an open window is fine), "喺街成日扭计" (always throwing tantrums in the street).
  ['黐住', '黏着'],
  ['黐', '黏'],
  ['妈咪', '妈妈'],
  ['爹哋', '爸爸'],
  ['食烟', '抽烟'],
  ['扭计', '发脾气'],
  ['开咗', '开了'],
  ['冇问题', '没问题'],
  ['会唔会', '会不会'],
  ['瞓喺地下', '躺在地上'],
  ['瞓喺地', '躺在地'],
  ['唔肯行', '不肯走'],
  ['喺', '在'],
  // Round 32 (par32z): "一出街唔啱佢意就喺商场大嗌大叫 成个商场望住" (out and about, when things don't go her way she yells in
  // the mall, everyone stares); "眼又擘大 叫佢又唔应 第二朝问佢又话唔记得" (eyes wide open, doesn't answer, next morning
  // doesn't remember).
  ['出街', '出门'],
  ['唔啱', '不合'],
  ['大嗌大叫', '大喊大叫'],
  ['望住', '看着'],
  ['擘大', '睁大'],
  ['唔应', '不应'],
  ['唔记得', '不记得'],
  ['第二朝', '第二天'],
  ['系咪', '是不是'],
  // Round 33 (par33z): "喺playgroup成日咬其他小朋友 老师已经同我讲咗几次 我应该点做" (keeps biting at playgroup; the teacher
  // has told me several times; what should I do), "工人姐姐成日开YouTube俾佢睇 一日睇成两三个钟" (the helper puts YouTube on
  // for her, two or three hours a day).
  ['点做', '怎么做'],
  ['讲咗', '说了'],
  ['个钟', '个小时'],
  ['睇', '看'],
  ['俾', '给'],
  // Round 34 (par34t): Taiwan and Hong Kong words the documents say otherwise — 黑棗(汁) is the prune (juice) the
  // documents call 西梅, 蝦子 is shrimp (not roe) in a weaning question, 幼幼班 is the 2–3 class a mainland nursery calls
  // 托班, 珍奶 is 奶茶, a 頸圈 is the swimming 脖圈, a 揹巾 is a 背带; Cantonese "淨係想飲奶 一日飲成1000ml 飯就唔肯食"
  // (only wants milk, a litre a day, won't eat) and "一日要飲幾多水" (how much water a day).
  ['黑枣汁', '西梅汁'],
  ['黑枣', '西梅'],
  ['虾子', '虾'],
  ['幼幼班', '托班'],
  // Taiwan's 盧 is a child whining and making a fuss ("回家就超盧"), which the documents say as 闹.
  ['超卢', '很闹'],
  ['很卢', '很闹'],
  ['好卢', '很闹'],
  ['一直卢', '一直闹'],
  ['珍珠奶茶', '奶茶'],
  ['珍奶', '奶茶'],
  ['颈圈', '脖圈'],
  ['揹巾', '背带'],
  ['净系', '只'],
  ['不肯食', '不肯吃'],
  ['饮几多', '喝多少'],
  // "一定要抱住搖先肯瞓 一放低落床就喊" (must be held and rocked before she'll sleep; cries once put down in the cot).
  ['先肯', '才肯'],
  ['起跑点', '起跑线'],
  ['落床', '上床'],
  ['几多', '多少'],
  ['饮水', '喝水'],
  ['少饮', '少喝'],
  ['饮成', '喝了'],
  ['一日', '一天'],
  // Round 35 (par35t): Hong Kong parents' words, as they look after the dialect folding (text/dialectWords.ts) —
  // "想開始食嘢 應該先食咩 米糊定係菜蓉" (starting solids: what first, rice cereal or vegetable purée), "仲未識自己行 扶住就
  // 行到 使唔使擔心" (not walking alone yet, walks holding on; should I worry), "淨係肯食白飯同麵 啲菜一啲都唔食" (only eats
  // rice and noodles, no vegetables), "踮住腳仔行路" (walks on tiptoe), "掟碗落地 鬧佢仲笑" (throws the bowl on the floor,
  // laughs when scolded), "要著幾多件衫 阿嫲著到佢成身汗" (how many layers; grandma dresses him till he sweats all over),
  // "會唔會喊到停唔到 點同佢講拜拜" (will he cry non-stop; how do I say bye), "要攬住先肯瞓 … 要幾耐" (must be held to
  // sleep; how long), "湊仔好攰 好想喊" (so tired, want to cry), "戒片" (out of nappies), "幾時可以食雞蛋" (when eggs).
  ['食东西', '吃东西'],
  ['先食什么', '先吃什么'],
  ['食什么', '吃什么'],
  ['可以食', '可以吃'],
  ['肯食', '肯吃'],
  ['都不食', '都不吃'],
  ['逼他食', '逼他吃'],
  ['定系', '还是'],
  ['菜蓉', '菜泥'],
  ['自己行', '自己走路'],
  ['就行到', '就能走'],
  ['扶住', '扶着'],
  ['使不用', '需不需要'],
  // (只肯食 in one piece, after the dialect table's 淨係 → 只: the table is read in one pass, so 肯吃 would not meet 只肯吃.)
  ['只肯食', '只吃'],
  ['净是', '只'],
  ['同面', '和面条'],
  ['踮住脚仔', '踮脚'],
  ['踮住脚', '踮脚'],
  ['脚仔', '脚'],
  ['行路', '走路'],
  ['扔碗落地', '把碗扔到地上'],
  ['落地', '到地上'],
  ['闹他', '骂他'],
  ['着多少件衫', '穿多少衣服'],
  ['着多少件', '穿多少'],
  ['件衫', '件衣服'],
  ['着到', '穿到'],
  ['着衫', '穿衣服'],
  ['阿嫲', '奶奶'],
  ['成身汗', '全身汗'],
  ['喊到停不到', '哭个不停'],
  ['停不到', '停不下来'],
  ['讲拜拜', '说再见'],
  ['从来未', '从来没有'],
  ['揽住', '抱着'],
  ['几耐', '多久'],
  ['好攰', '很累'],
  ['攰', '累'],
  ['想喊', '想哭'],
  ['凑住', '带着'],
  ['返工', '上班'],
  ['戒片', '如厕训练'],
  ['尿片', '尿布'],
  ['几时', '什么时候'],
  // 打返佢 (hit him back, "可唔可以打返佢等佢知道痛").
  ['打返', '打回去'],
];
