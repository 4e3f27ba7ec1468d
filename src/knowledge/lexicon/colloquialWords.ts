/**
 * Colloquial, Minnan and voice-typed words of mainland (and Xiamen) parents
 * for things the Chinese documents name otherwise, read as the documents'
 * word before segmentation, exactly like the Taiwan words of
 * regionalWords.ts (same reader, documents and messages alike):
 *  - Minnan words Xiamen families use in written Mandarin: 囝仔 (child),
 *    阿公/阿嬷 (grandfather/grandmother);
 *  - everyday words the documents do not use: 钟头 (hour), 便便 (poo),
 *    遛娃 (taking the child out), 粘人 (the documents write 黏人), 换时间
 *    (改时间);
 *  - slips of voice typing and pinyin input that sound like a document word
 *    and mean nothing else: 湿诊 for 湿疹, 付食/扶食 for 辅食, 疫描 for 疫苗,
 *    拖育 for 托育.
 * Only words with one meaning in a parent's message (not 粑粑, which is
 * also baby talk for 爸爸; not 困, which is "sleepy" in Mandarin and "sleep"
 * in Minnan).
 */
export const COLLOQUIAL_WORDS: ReadonlyArray<readonly [string, string]> = [
  // Minnan
  ['囝仔', '孩子'],
  ['囡仔', '孩子'],
  ['阿公', '爷爷'],
  ['阿嬷', '奶奶'],
  ['困觉', '睡觉'],
  // Everyday words
  ['钟头', '小时'],
  ['便便', '大便'],
  ['遛娃', '带孩子户外活动'],
  ['粘人', '黏人'],
  ['换时间', '改时间'],
  // 悄悄 (quietly, on the sly) is the documents' 偷偷 when a parent asks about slipping away at drop-off ("悄悄溜走").
  ['悄悄', '偷偷'],
  // 讲话 is the southern everyday word for speaking (两岁了还不太会讲话); the documents write 说话.
  ['讲话', '说话'],
  // Northern words for the mother's parents; the documents write 外婆 and 外公.
  ['姥姥', '外婆'],
  ['姥爷', '外公'],
  ['跌倒', '摔倒'],
  // "头留在肉里", "刺扎进肉里": the flesh is the documents' 皮肤 (only after 在/进, so 猪肉里 stays meat).
  ['在肉里', '在皮肤里'],
  ['进肉里', '进皮肤里'],
  ['偏食', '挑食'],
  // A hoarse voice, one of the allergy and croup signs the documents write as 声音嘶哑.
  ['嗓子哑', '声音嘶哑'],
  // Jealousy of a new sibling: the documents write 吃醋.
  ['争宠', '吃醋'],
  // The brand names parents use for the two fever medicines the documents name.
  ['美林', '布洛芬'],
  ['泰诺林', '对乙酰氨基酚'],
  ['溜娃', '带孩子户外活动'],
  // Nappies and prams in everyday words: the documents write 纸尿裤 and 婴儿推车.
  // Mosquito repellent in everyday words (防蚊液 / 防蚊水 / 防蚊喷雾): the documents write 驱蚊液.
  ['防蚊液', '驱蚊液'],
  ['防蚊水', '驱蚊液'],
  ['防蚊喷雾', '驱蚊液'],
  ['尿不湿', '纸尿裤'],
  ['尿片', '纸尿裤'],
  // 尿布 is the Taiwan and older word for a nappy (送托要自己帶尿布嗎); 尿布疹 (nappy rash) stays itself — the
  // longer word wins.
  ['尿布', '纸尿裤'],
  ['尿布疹', '尿布疹'],
  ['婴儿车', '婴儿推车'],
  ['宝宝车', '婴儿推车'],
  // Sleeping wrapped up (Taiwan 包著睡 after conversion): the documents say 襁褓.
  ['包着睡', '包着襁褓睡'],
  // Shanghainese (吴语) and Hunan words of grandparents and parents from elsewhere, for the words the documents use:
  // 阿拉 (we; not 阿拉伯), 侬 (you), 小人 (child, in 吴语), 勿 (not), 伢子 (child, in Hunan), 么子 (what). (俺 and 阮
  // are read by text/dialectWords.ts before this table.) Without them an eligibility question in dialect ("阿拉是上海人 户口勿在厦门 小人也能去伐")
  // shared too few words with any section to be answered.
  ['阿拉伯', '阿拉伯'],
  ['阿拉', '我们'],
  ['侬', '你'],
  ['小人', '孩子'],
  ['伢子', '孩子'],
  ['么子', '什么'],
  ['勿', '不'],
  // A family's nationality told by its passport or citizenship ("拿越南护照", "日本籍") is what the documents call
  // 外国护照/外籍, and "我不是中国人" is 外国人. (Not "越南人" alone: "我是越南人 … 粥里放鱼露" asks about salt.)
  ['不是中国人', '是外国人'],
  ['不是中国籍', '是外籍'],
  ['外国的护照', '外国护照'],
  ['越南籍', '外籍'],
  ['越南护照', '外国护照'],
  ['越南国籍', '外国籍'],
  ['韩国籍', '外籍'],
  ['韩国护照', '外国护照'],
  ['韩国国籍', '外国籍'],
  ['日本籍', '外籍'],
  ['日本护照', '外国护照'],
  ['日本国籍', '外国籍'],
  ['印尼籍', '外籍'],
  ['印尼护照', '外国护照'],
  ['印尼国籍', '外国籍'],
  ['印度尼西亚籍', '外籍'],
  ['印度尼西亚护照', '外国护照'],
  ['印度尼西亚国籍', '外国籍'],
  ['菲律宾籍', '外籍'],
  ['菲律宾护照', '外国护照'],
  ['菲律宾国籍', '外国籍'],
  ['泰国籍', '外籍'],
  ['泰国护照', '外国护照'],
  ['泰国国籍', '外国籍'],
  ['马来西亚籍', '外籍'],
  ['马来西亚护照', '外国护照'],
  ['马来西亚国籍', '外国籍'],
  ['新加坡籍', '外籍'],
  ['新加坡护照', '外国护照'],
  ['新加坡国籍', '外国籍'],
  ['美国籍', '外籍'],
  ['美国护照', '外国护照'],
  ['美国国籍', '外国籍'],
  ['英国籍', '外籍'],
  ['英国护照', '外国护照'],
  ['英国国籍', '外国籍'],
  ['加拿大籍', '外籍'],
  ['加拿大护照', '外国护照'],
  ['加拿大国籍', '外国籍'],
  ['澳大利亚籍', '外籍'],
  ['澳大利亚护照', '外国护照'],
  ['澳大利亚国籍', '外国籍'],
  ['澳洲籍', '外籍'],
  ['澳洲护照', '外国护照'],
  ['澳洲国籍', '外国籍'],
  ['德国籍', '外籍'],
  ['德国护照', '外国护照'],
  ['德国国籍', '外国籍'],
  ['法国籍', '外籍'],
  ['法国护照', '外国护照'],
  ['法国国籍', '外国籍'],
  ['俄罗斯籍', '外籍'],
  ['俄罗斯护照', '外国护照'],
  ['俄罗斯国籍', '外国籍'],
  ['印度籍', '外籍'],
  ['印度护照', '外国护照'],
  ['印度国籍', '外国籍'],
  ['缅甸籍', '外籍'],
  ['缅甸护照', '外国护照'],
  ['缅甸国籍', '外国籍'],
  ['柬埔寨籍', '外籍'],
  ['柬埔寨护照', '外国护照'],
  ['柬埔寨国籍', '外国籍'],
  ['老挝籍', '外籍'],
  ['老挝护照', '外国护照'],
  ['老挝国籍', '外国籍'],
  ['意大利籍', '外籍'],
  ['意大利护照', '外国护照'],
  ['意大利国籍', '外国籍'],
  ['西班牙籍', '外籍'],
  ['西班牙护照', '外国护照'],
  ['西班牙国籍', '外国籍'],
  ['荷兰籍', '外籍'],
  ['荷兰护照', '外国护照'],
  ['荷兰国籍', '外国籍'],
  ['巴西籍', '外籍'],
  ['巴西护照', '外国护照'],
  ['巴西国籍', '外国籍'],
  ['新西兰籍', '外籍'],
  ['新西兰护照', '外国护照'],
  ['新西兰国籍', '外国籍'],
  ['蒙古国籍', '外籍'],
  ['蒙古国护照', '外国护照'],
  ['蒙古国国籍', '外国籍'],
  // Voice-typing and pinyin-input slips
  ['湿诊', '湿疹'],
  ['付食', '辅食'],
  ['扶食', '辅食'],
  ['疫描', '疫苗'],
  ['拖育', '托育'],
  // Round 34 (par34m): more voice-typing slips with no other meaning — 奶分 (奶粉), 黄胆 (黄疸), 信门 (囟门), 便密
  // (便秘) — and 副食 said for 辅食 only where a baby's food is being added (加副食 / 副食添加; 副食 alone is also the
  // grocer's word for non-staple food).
  ['奶分', '奶粉'],
  ['黄胆', '黄疸'],
  ['信门', '囟门'],
  ['便密', '便秘'],
  ['加副食', '加辅食'],
  ['副食添加', '辅食添加'],
  // Round 35 (par35t): "只肯吃白饭 青菜都不吃" (will only eat plain rice) is the documents' picky eater who 只吃 one food;
  // 菜都不吃 / 青菜都不吃 (won't touch vegetables at all) is their 不吃菜.
  ['只肯吃', '只吃'],
  ['青菜都不吃', '不吃青菜'],
  ['菜都不吃', '不吃菜'],
  // Round 36 (par36x): northern 败火 is the documents' 降火 ("喝点凉茶败败火"), and 公分 (centimetre, also Taiwan usage)
  // their 厘米 ("两岁半才86公分").
  ['败火', '降火'],
  ['公分', '厘米'],
  // Round 37 (par37z): 打呼 (Taiwan and everyday mainland usage, "晚上睡觉打呼很大声") is the documents' 打呼噜; the
  // whole word stays itself (the longer word wins).
  ['打呼', '打呼噜'],
  ['打呼噜', '打呼噜'],
];
