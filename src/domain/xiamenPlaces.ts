/**
 * Xiamen's six districts and the sub-district (街道/镇) and landmark names
 * parents use, with approximate centre coordinates. Shared by the demo seed
 * (to place points) and language understanding (to resolve "near 莲前").
 */

export const DISTRICTS = ['siming', 'huli', 'jimei', 'haicang', 'tongan', 'xiangan'] as const;
export type District = (typeof DISTRICTS)[number];

export interface DistrictInfo {
  id: District;
  zh: string;
  en: string;
  /** Other ways people write it. */
  aliases: string[];
  latitude: number;
  longitude: number;
}

export const DISTRICT_INFO: Record<District, DistrictInfo> = {
  siming: { id: 'siming', zh: '思明区', en: 'Siming', aliases: ['思明', 'siming district'], latitude: 24.4798, longitude: 118.0894 },
  huli: { id: 'huli', zh: '湖里区', en: 'Huli', aliases: ['湖里', 'huli district'], latitude: 24.5127, longitude: 118.1465 },
  jimei: { id: 'jimei', zh: '集美区', en: 'Jimei', aliases: ['集美', 'jimei district'], latitude: 24.5759, longitude: 118.0972 },
  haicang: { id: 'haicang', zh: '海沧区', en: 'Haicang', aliases: ['海沧', 'haicang district'], latitude: 24.4846, longitude: 118.0326 },
  tongan: { id: 'tongan', zh: '同安区', en: "Tong'an", aliases: ['同安', 'tongan', 'tong an', "tong'an district"], latitude: 24.7229, longitude: 118.152 },
  xiangan: {
    id: 'xiangan',
    zh: '翔安区',
    en: "Xiang'an",
    aliases: ['翔安', 'xiangan', 'xiang an', "xiang'an district"],
    latitude: 24.6186,
    longitude: 118.248,
  },
};

export interface Neighbourhood {
  zh: string;
  en: string;
  district: District;
  aliases: string[];
  latitude: number;
  longitude: number;
}

export const NEIGHBOURHOODS: Neighbourhood[] = [
  // 思明 Siming
  { zh: '中华街道', en: 'Zhonghua', district: 'siming', aliases: ['中华', '中山路'], latitude: 24.4589, longitude: 118.0847 },
  { zh: '鹭江街道', en: 'Lujiang', district: 'siming', aliases: ['鹭江', '轮渡'], latitude: 24.4563, longitude: 118.0752 },
  { zh: '厦港街道', en: 'Xiagang', district: 'siming', aliases: ['厦港', '沙坡尾'], latitude: 24.4426, longitude: 118.0903 },
  { zh: '滨海街道', en: 'Binhai', district: 'siming', aliases: ['滨海', '曾厝垵', 'zengcuoan'], latitude: 24.4476, longitude: 118.1302 },
  { zh: '嘉莲街道', en: 'Jialian', district: 'siming', aliases: ['嘉莲', '莲花', 'lianhua'], latitude: 24.4906, longitude: 118.1254 },
  { zh: '莲前街道', en: 'Lianqian', district: 'siming', aliases: ['莲前', '前埔', 'qianpu'], latitude: 24.4781, longitude: 118.1457 },
  { zh: '梧村街道', en: 'Wucun', district: 'siming', aliases: ['梧村', '火车站', 'xiamen railway station'], latitude: 24.4727, longitude: 118.1138 },
  { zh: '筼筜街道', en: 'Yundang', district: 'siming', aliases: ['筼筜', '白鹭洲', 'bailuzhou'], latitude: 24.4862, longitude: 118.1021 },
  { zh: '开元街道', en: 'Kaiyuan', district: 'siming', aliases: ['开元'], latitude: 24.4705, longitude: 118.0951 },
  {
    zh: '软件园二期',
    en: 'Software Park II',
    district: 'siming',
    aliases: ['软件园', 'software park', '观音山', 'guanyinshan'],
    latitude: 24.4916,
    longitude: 118.1812,
  },
  // 湖里 Huli
  { zh: '湖里街道', en: 'Huli Subdistrict', district: 'huli', aliases: ['湖里街道', '东渡', 'dongdu'], latitude: 24.5113, longitude: 118.0985 },
  { zh: '殿前街道', en: 'Dianqian', district: 'huli', aliases: ['殿前', '高崎', 'gaoqi'], latitude: 24.5302, longitude: 118.1128 },
  { zh: '禾山街道', en: 'Heshan', district: 'huli', aliases: ['禾山', '蔡塘', 'caitang'], latitude: 24.5108, longitude: 118.1543 },
  { zh: '江头街道', en: 'Jiangtou', district: 'huli', aliases: ['江头', 'SM', 'sm广场', 'sm city'], latitude: 24.5032, longitude: 118.1305 },
  { zh: '金山街道', en: 'Jinshan', district: 'huli', aliases: ['金山', '五缘湾', 'wuyuan bay', 'wuyuanwan'], latitude: 24.5206, longitude: 118.1753 },
  // 集美 Jimei
  {
    zh: '集美街道',
    en: 'Jimei Subdistrict',
    district: 'jimei',
    aliases: ['集美学村', 'jimei school village', '集美街道'],
    latitude: 24.5792,
    longitude: 118.1036,
  },
  { zh: '侨英街道', en: 'Qiaoying', district: 'jimei', aliases: ['侨英', '集美新城', 'jimei new town'], latitude: 24.5956, longitude: 118.112 },
  { zh: '杏林街道', en: 'Xinglin', district: 'jimei', aliases: ['杏林'], latitude: 24.5702, longitude: 118.0511 },
  { zh: '杏滨街道', en: 'Xingbin', district: 'jimei', aliases: ['杏滨'], latitude: 24.5839, longitude: 118.0722 },
  { zh: '后溪镇', en: 'Houxi', district: 'jimei', aliases: ['后溪', '厦门北站', 'xiamen north station'], latitude: 24.632, longitude: 118.0713 },
  { zh: '灌口镇', en: 'Guankou', district: 'jimei', aliases: ['灌口'], latitude: 24.6028, longitude: 117.9933 },
  // 海沧 Haicang
  { zh: '海沧街道', en: 'Haicang Subdistrict', district: 'haicang', aliases: ['海沧街道', '海沧湾', 'haicang bay'], latitude: 24.4856, longitude: 118.0345 },
  { zh: '新阳街道', en: 'Xinyang', district: 'haicang', aliases: ['新阳'], latitude: 24.5213, longitude: 118.0452 },
  { zh: '嵩屿街道', en: 'Songyu', district: 'haicang', aliases: ['嵩屿'], latitude: 24.4697, longitude: 118.0598 },
  { zh: '东孚街道', en: 'Dongfu', district: 'haicang', aliases: ['东孚'], latitude: 24.5528, longitude: 117.9814 },
  // 同安 Tong'an
  { zh: '大同街道', en: 'Datong', district: 'tongan', aliases: ['大同', '同安城区'], latitude: 24.7311, longitude: 118.1553 },
  { zh: '祥平街道', en: 'Xiangping', district: 'tongan', aliases: ['祥平'], latitude: 24.7098, longitude: 118.1426 },
  { zh: '西柯街道', en: 'Xike', district: 'tongan', aliases: ['西柯', '同安新城', "tong'an new town"], latitude: 24.6626, longitude: 118.1512 },
  { zh: '新民镇', en: 'Xinmin', district: 'tongan', aliases: ['新民'], latitude: 24.6734, longitude: 118.1003 },
  { zh: '五显镇', en: 'Wuxian', district: 'tongan', aliases: ['五显'], latitude: 24.743, longitude: 118.0905 },
  // 翔安 Xiang'an
  { zh: '新店街道', en: 'Xindian', district: 'xiangan', aliases: ['新店', '翔安新城'], latitude: 24.6203, longitude: 118.2431 },
  { zh: '马巷街道', en: 'Maxiang', district: 'xiangan', aliases: ['马巷'], latitude: 24.6617, longitude: 118.239 },
  { zh: '内厝镇', en: 'Neicuo', district: 'xiangan', aliases: ['内厝'], latitude: 24.6822, longitude: 118.2809 },
  { zh: '新圩镇', en: 'Xinxu', district: 'xiangan', aliases: ['新圩'], latitude: 24.7206, longitude: 118.2602 },
  { zh: '大嶝街道', en: 'Dadeng', district: 'xiangan', aliases: ['大嶝'], latitude: 24.554, longitude: 118.338 },
];
