/**
 * Cantonese, Minnan (Hokkien), Northeastern and Southwestern Mandarin words read as the Mandarin word they mean, so a
 * Hong Kong mother's "係咪有問題" or a Xiamen grandfather's "會凍無" is understood,
 * searched and triaged like "是不是有问题" / "可以吗". One table, applied to
 * Simplified text (after toSimplified) before understanding (nlu/prepareText),
 * retrieval (knowledge/extractTerms) and triage (safety/healthSigns).
 *
 * Only words that are dialect and nothing else in a Mandarin sentence, or
 * bound forms that are (系 alone is 关系/系统 in Mandarin, so only 系咪, 唔系,
 * 真系 …; 食 alone is 辅食/食物, so only 食奶, 食饭 …). Longer forms first.
 * Used for matching only, never shown.
 */
const DIALECT_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  // ── Minnan: 会冻…无 ("can … or not"), 袂 (cannot), 阮 (my/our), 囝仔 (child) ──
  [/(?:会|能)(?:冻|栋|当)([^，。,.!?！？\s]{0,16}?)(?:无|袂)(?=$|[\s，。,.!?！？呢啦啊])/g, '可以$1吗'],
  [/会(?:冻|栋)(?=无|袂|$|[\s，。,.!?！？])/g, '可以'],
  [/袂(?:冻|栋)/g, '不可以'],
  [/(?<!姓)阮(?![氏籍])/g, '我'],
  [/囝仔|囡仔/g, '孩子'],
  [/予伊/g, '给他'],
  [/(?<![a-z\u4e00-\u9fff])伊(?=[阿讲真足很爱吃食会袂无嘛都就])|(?<=[给予叫让])伊(?![利拉朗斯丽万甸犁])/g, '他'],
  [/孙仔/g, '孙子'],
  [/无要紧/g, '没关系'],
  // ── Cantonese: questions and how ──
  [/系唔系|系咪|是咪/g, '是不是'],
  [/唔(?:系|是)/g, '不是'],
  // 净系 / 淨係 (only: "淨係肯食白飯") before 系 after 净 reads as 是.
  [/净系/g, '只'],
  [/(?<=[就都又真净只])系(?![统列数])/g, '是'],
  [/点算好?|点办|点样(?:做|处理|算)/g, '怎么办'],
  [/(?<=^|[\s，。,.!?！？又咁要我你他她])点(?=处理|做|搞|教|应对|应付)/g, '怎么'],
  [/点样|点解/g, '怎么'],
  [/咁又/g, '那又'],
  [/咁样|咁(?=[^\d一二三四五六七八九十几多个点岁])/g, '这样'],
  [/乜嘢|咩/g, '什么'],
  // ── Cantonese: not, have not, past, still, can ──
  [/有冇/g, '有没有'],
  [/冇(?:乜)?事/g, '没事'],
  [/冇/g, '没有'],
  // 使唔使 (need or not: "使唔使淨係同佢講一種") before 唔使 alone (no need).
  [/使唔使|洗唔洗/g, '需不需要'],
  [/唔使|唔洗|唔驶/g, '不用'],
  [/唔该/g, '谢谢'],
  [/唔/g, '不'],
  [/咗/g, '了'],
  [/发紧烧/g, '在发烧'],
  [/(喊|食|饮|瞓|玩|睇)紧/g, '在$1'],
  // 喊 is to cry in Cantonese; '喊咗一阵' (cried for a while), not shouting.
  [/喊(?:咗|了)(?=一阵|阵|好耐|一轮|几声)/g, '哭了'],
  [/未识|唔识|不识/g, '不会'],
  [/仲未/g, '还没'],
  [/仲(?!裁|夏|秋|春|冬|介|景|伯)/g, '还'],
  [/(?<![认知意常见学胆赏标共辨])识(?=行|讲|叫|爬|企|坐|跑|食|饮|自己)/g, '会'],
  [/(?<=会|学|不会|还没|没有)行(?=路|$|[\s，。,.!?！？了])/g, '走路'],
  // ── Cantonese: people and things ──
  [/(?<![a-z])bb(?![a-z霜])/g, '宝宝'],
  [/佢哋|佢/g, '他'],
  [/我哋/g, '我们'],
  // 同佢 (with him/her: "同佢講拜拜", "同佢講一種"); 同 alone is also Mandarin's 同 (same).
  [/同(?=佢|他|她)/g, '跟'],
  [/你哋/g, '你们'],
  [/嘅/g, '的'],
  [/喺/g, '在'],
  [/啲/g, '些'],
  [/嘢/g, '东西'],
  [/(?<![一两几这那每哪某半整])个仔/g, '儿子'],
  [/(?<![一两几这那每哪某半整])个女(?![孩儿生人的子])/g, '女儿'],
  [/(?<=我|你|他)个(?=宝宝|孩子)/g, '的'],
  [/细路(?:仔|女)?|细蚊仔/g, '孩子'],
  [/湊仔|凑仔|湊女|凑女/g, '带孩子'],
  [/隔篱/g, '隔壁'],
  [/梳化/g, '沙发'],
  [/乞嗤/g, '喷嚏'],
  // Hives (風癩) and the whole body (周身); 痕 is itchy.
  [/风癞/g, '风团'],
  [/周身/g, '全身'],
  [/(?<=[好很几咁])痕(?!迹)/g, '痒'],
  // ── Cantonese: doing and feeling ──
  [/眼瞓/g, '困'],
  [/瞓(?:觉|教)?/g, '睡'],
  [/(?<=^|[\s，。,.!?！？我你他她仔女不没肯要会识想])食(?=奶|饭|粥|药|嘢|东西|得|唔|不|完|咗|了)/g, '吃'],
  [/饮(?=奶|水|汤|药)/g, '喝'],
  [/扭计/g, '发脾气'],
  [/大嗌|嗌/g, '大叫'],
  [/嬲/g, '生气'],
  [/掟/g, '扔'],
  [/撳|揿|㩒/g, '按'],
  [/(?<=按|压|撳)落去/g, '下去'],
  [/叫极|点叫/g, '怎么叫'],
  [/(?<=[好很]|不用|唔使)惊(?![喜讶奇醒吓动跳厥人慌])/g, '怕'],
  [/(?<=老公|老婆|妈妈|爸爸|婆婆|医生|老师|佢)话(?![题费筒语说多少很也])/g, '说'],
  [/而家/g, '现在'],
  [/晚晚/g, '每晚'],
  [/日日/g, '每天'],
  [/成日/g, '总是'],
  [/放低/g, '放下'],
  [/(?<=[就又都])喊(?![叫人话他她我])|(?<=成日|一直|总是)喊(?![叫人话他她我])/g, '哭'],
  // ── Northeastern (东北话) and Southwestern Mandarin (西南官话): words with one meaning in a parent's message ──
  [/嘎哈(?=都|也)/g, '什么'],
  [/嘎哈|干哈/g, '干什么'],
  [/咋整/g, '怎么办'],
  [/俺们/g, '我们'],
  [/俺/g, '我'],
  [/(?<![盗窃小做抓当])贼(?=[吓好快多累难大小冷热凶烦能])/g, '很'],
  [/莫得/g, '没有'],
  [/晓得/g, '知道'],
  [/啥子/g, '什么'],
  [/咋个/g, '怎么'],
  [/娃儿/g, '孩子'],
  // 好多 asks "how many" in Southwestern Mandarin before a unit of medicine ("美林要喝好多毫升"); in Mandarin 好多 ("a lot")
  // does not come before a unit like this.
  [/好多(?=\s*(?:毫升|ml|cc|毫克|mg|片|颗|粒|滴))/g, '多少'],
  // ── Cantonese, after the words above: come, just, or not, and ──
  [/得不得/g, '可以吗'],
  [/(?<=我们|你们|他们)系(?![统列数])/g, '是'],
  [/嚟/g, '来'],
  [/啱啱/g, '刚刚'],
  [/同埋/g, '还有'],
  [/㗎/g, ''],
];

/** Cantonese and Minnan words in Simplified text read as their Mandarin word. */
export function foldDialectWords(text: string): string {
  let out = text;
  for (const [re, to] of DIALECT_WORDS) out = out.replace(re, to);
  return out;
}

/** The table as text, for the knowledge index's fingerprint (editing it re-indexes). */
export const DIALECT_WORDS_FINGERPRINT: string = DIALECT_WORDS.map(([re, to]) => `${re.source}\t${to}`).join('\n');
