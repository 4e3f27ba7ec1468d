/**
 * English words that Chinese-writing parents drop into a Chinese sentence
 * ("周六morning送过去要带啥", "爷爷去pick up可以吗", "no-show会被ban吗"), with the
 * Chinese word the knowledge documents use for the same thing. A Chinese
 * question is searched, and judged for coverage, against the Chinese
 * documents, where the English words match nothing; read with these words
 * they do. Only whole English words inside a message that also holds Chinese
 * are read this way (readCodeSwitched); an English message is left alone.
 *
 * Each entry: an English pattern (whole words, case-insensitive; write plural
 * and -ing forms into it) and the Simplified Chinese word. Longer phrases
 * first: the first pattern that matches a stretch of text wins.
 */
export const CODE_SWITCHED_WORDS: ReadonlyArray<readonly [string, string]> = [
  // Parenting
  ['separation anxiety', '分离焦虑'],
  ['screen ?time', '看屏幕'],
  ['tummy ?time', '趴趴练习'],
  ['potty(?: training)?|toilet training', '如厕训练'],
  ['picky eat(?:er|ing)|fussy eat(?:er|ing)', '挑食'],
  ['sleep training', '哄睡'],
  ['solids|solid foods?|baby food', '辅食'],
  ['breast ?milk', '母乳'],
  ['breast ?feed(?:ing)?', '母乳喂养'],
  ['formula', '奶粉'],
  ['tantrums?|meltdowns?', '发脾气'],
  ['teething', '出牙'],
  ['teeth|tooth', '牙齿'],
  ['toothpaste', '牙膏'],
  ['walkers?', '学步车'],
  ['pacifiers?|dummies|dummy', '安抚奶嘴'],
  ['swaddl(?:e|ed|ing)', '襁褓'],
  ['naps?|napping', '午睡'],
  ['bedtime', '睡前'],
  ['eggs?', '鸡蛋'],
  ['peanuts?', '花生'],
  ['honey', '蜂蜜'],
  ['allerg(?:y|ies|ic)', '过敏'],
  ['eczema', '湿疹'],
  ['screens?|ipad|tablet', '屏幕'],
  ['diapers?|nappies|nappy', '纸尿裤'],
  ['vaccines?|vaccinations?|jabs?', '疫苗'],
  ['biting', '咬人'],
  ['hitting', '打人'],
  ['sharing', '分享'],
  ['colic', '肠绞痛'],
  ['crying', '哭闹'],
  ['milestones?', '发育'],
  // The service
  ['drop[- ]?off|dropping (?:him|her|them) off', '送托'],
  ['pick(?:ing)?[- ]?(?:him|her|them)?[- ]?up|pickup|collect(?:ing)?', '接孩子'],
  ['trial class(?:es)?', '体验课'],
  ['half[- ]day', '半日托'],
  ['day ?care|child ?care|nursery', '托育'],
  ['hidden fees?|fees?|charges?|costs?', '费用'],
  ['free', '免费'],
  ['deposit', '押金'],
  ['cancel(?:l?ing|l?ed|lations?)?', '取消'],
  ['no[- ]?shows?', '爽约'],
  ['ban(?:ned)?|blacklist(?:ed)?|blocked', '拉黑'],
  ['wait ?list(?:ed)?|waiting list', '候补'],
  ['bookings?|book(?:ed)?|reservations?', '预约'],
  ['confirm(?:ed)?', '确认'],
  ['deadline', '截止时间'],
  ['slots?|spots?|places?', '名额'],
  ['sessions?', '场次'],
  ['class(?:es)?', '课'],
  ['delete|erase|remove', '删除'],
  ['personal (?:data|info|information)|data|info|information', '信息'],
  ['privacy', '隐私'],
  ['ratio', '配比'],
  ['staff|teachers?|carers?', '老师'],
  ['real person|human', '人工'],
  ['complain(?:t|ts)?', '投诉'],
  ['nanny', '保姆'],
  ['grandparents?|grandma|grandpa', '老人'],
  ['hukou', '户口'],
  ['typhoon', '台风'],
  ['morning', '上午'],
  ['afternoon', '下午'],
  ['weekends?', '周末'],
  ['weekdays?', '工作日'],
  ['pack|bring', '带'],
];
