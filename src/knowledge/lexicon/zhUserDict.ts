/**
 * Words of the service and of early childhood that jieba's general dictionary
 * splits or does not know, so segmentation keeps them whole in documents and
 * in parent messages alike ("半日托", not "半日 / 托"). Simplified only:
 * Traditional input is converted before segmentation (toSimplified), so
 * Taiwan words appear here in their converted form (副食品, 个资).
 *
 * Editing this list changes SEGMENTER_FINGERPRINT, which re-indexes the
 * chunks whose terms it changes. Keep it to real words: a phrase added here
 * becomes one term and stops matching its parts.
 */
export const ZH_USER_WORDS: readonly string[] = [
  // The service, its point types and offers
  '爱邻护幼', '爱邻', '护幼', '托育', '托育点', '服务点', '托育机构', '社区共享型', '机构嵌入型',
  '半日托', '临时托', '全日托', '全天托', '夜托', '体验课', '亲子课', '感统', '感统课', '感觉统合', '大运动', '精细动作',
  '音乐社交', '绘本课', '育儿指导', '送托', '入托', '接送', '代接',
  // Booking rules
  '晨检', '健康检查', '候补', '候补名单', '爽约', '预约未到', '暂停预约', '改期', '押金', '场次',
  // Eligibility
  '户籍', '户口', '居住证', '社保', '月龄',
  // Feeding
  '辅食', '米粉', '米糊', '泥糊', '肉泥', '蛋黄泥', '手指食物', '配方奶', '冲奶', '母乳', '亲喂', '瓶喂', '吸奶', '背奶', '储奶',
  '夜奶', '断夜奶', '断奶', '奶睡', '挑食', '偏食', '追着喂',
  // Sleep and crying
  '夜醒', '睡整觉', '哄睡', '午睡', '小睡', '趴睡', '仰睡', '侧睡', '同床', '同房', '襁褓', '蜡烛包', '猝死', '婴儿猝死',
  '肠绞痛', '闹觉', '分离焦虑', '安抚物', '安抚巾', '安抚奶嘴', '认生', '怕生', '发脾气', '闹脾气', '咬人', '打人',
  // Health and safety
  '手足口', '手足口病', '疱疹性咽峡炎', '湿疹', '便秘', '拉肚子', '拉稀', '腹泻', '脱水', '退烧', '退烧药', '布洛芬',
  '对乙酰氨基酚', '物理降温', '捂汗', '高热惊厥', '热性惊厥', '抽搐', '纽扣电池', '误吞', '噎住', '噎着', '呛到', '海姆立克',
  '背部叩击', '胸部冲击', '溺水', '烫伤', '跌落', '安全座椅', '防护栏', '接种证', '预防接种证', '免疫规划', '自费疫苗',
  '维生素D', '维D', '补钙', '补铁', '鱼肝油',
  // Development
  '如厕', '如厕训练', '尿裤子', '尿床', '纸尿裤', '尿不湿', '戒尿布', '学步车', '趴趴', '抬头', '翻身', '咿呀',
  '闽南话', '普通话', '说话晚', '长牙', '出牙', '蛀牙', '龋齿', '刷牙', '含氟牙膏', '吃手', '磨牙',
  // Staff and standards
  '师幼比', '保育人员', '保育员', '照护人员', '育婴员', '资格证', '监控', '摄像头',
  // Taiwan words parents write (after conversion to Simplified)
  '副食品', '母奶', '肠病毒', '个资', '监视器', '保母', '托婴', '托婴中心', '小儿科', '挂号', '挂急诊', '尿布', '戒奶嘴',
  '钮扣电池', '水银电池', '滑手机', '育婴假', '幼幼班', '便便', '客诉', '证照', '额满', '趴着睡',
];
