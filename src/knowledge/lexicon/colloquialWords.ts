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
  // 讲话 is the southern everyday word for speaking (两岁了还不太会讲话); the documents write 说话.
  ['讲话', '说话'],
  // Northern words for the mother's parents; the documents write 外婆 and 外公.
  ['姥姥', '外婆'],
  ['姥爷', '外公'],
  ['跌倒', '摔倒'],
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
  // Voice-typing and pinyin-input slips
  ['湿诊', '湿疹'],
  ['付食', '辅食'],
  ['扶食', '辅食'],
  ['疫描', '疫苗'],
  ['拖育', '托育'],
];
