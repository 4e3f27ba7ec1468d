import type { District } from '../domain/xiamenPlaces.ts';

/**
 * Demo service points modelled on Xiamen's community "爱邻护幼" points.
 * Names, operators, addresses and phone numbers are illustrative demo data
 * (not the real points' details); locations are real neighbourhoods.
 */
export interface DemoPoint {
  code: string;
  nameZh: string;
  nameEn: string;
  district: District;
  neighbourhoodZh: string;
  neighbourhoodEn: string;
  addressZh: string;
  addressEn: string;
  latitude: number;
  longitude: number;
  phone: string;
  pointType: 'institution_embedded' | 'community_shared';
  operatorZh: string;
  operatorEn: string;
  minAgeMonths: number;
  maxAgeMonths: number;
  capacity: number;
}

export const DEMO_POINTS: DemoPoint[] = [
  {
    code: 'SM-QP', nameZh: '前埔社区爱邻护幼服务点', nameEn: 'Qianpu Community Care Point', district: 'siming',
    neighbourhoodZh: '莲前街道', neighbourhoodEn: 'Lianqian', addressZh: '思明区前埔社区党群服务中心二楼',
    addressEn: '2F, Qianpu Community Service Centre, Siming', latitude: 24.4772, longitude: 118.1496,
    phone: '0592-5100101', pointType: 'institution_embedded', operatorZh: '小橡树托育中心（演示）', operatorEn: 'Little Oak Childcare (demo)',
    minAgeMonths: 6, maxAgeMonths: 36, capacity: 12,
  },
  {
    code: 'SM-JL', nameZh: '嘉莲社区爱邻护幼服务点', nameEn: 'Jialian Community Care Point', district: 'siming',
    neighbourhoodZh: '嘉莲街道', neighbourhoodEn: 'Jialian', addressZh: '思明区嘉莲街道社区综合服务站一楼',
    addressEn: '1F, Jialian Community Service Station, Siming', latitude: 24.4918, longitude: 118.1238,
    phone: '0592-5100102', pointType: 'institution_embedded', operatorZh: '鹭岛宝贝托育（演示）', operatorEn: 'Egret Island Babies (demo)',
    minAgeMonths: 12, maxAgeMonths: 36, capacity: 15,
  },
  {
    code: 'SM-XG', nameZh: '厦港社区爱邻护幼服务点', nameEn: 'Xiagang Community Care Point', district: 'siming',
    neighbourhoodZh: '厦港街道', neighbourhoodEn: 'Xiagang', addressZh: '思明区厦港街道社区卫生服务站旁活动室',
    addressEn: 'Activity room next to the Xiagang Community Health Station, Siming', latitude: 24.4431, longitude: 118.0921,
    phone: '0592-5100103', pointType: 'community_shared', operatorZh: '厦港街道社区（演示）', operatorEn: 'Xiagang Subdistrict Community (demo)',
    minAgeMonths: 0, maxAgeMonths: 36, capacity: 10,
  },
  {
    code: 'HL-JT', nameZh: '江头社区爱邻护幼服务点', nameEn: 'Jiangtou Community Care Point', district: 'huli',
    neighbourhoodZh: '江头街道', neighbourhoodEn: 'Jiangtou', addressZh: '湖里区江头街道邻里中心三楼',
    addressEn: '3F, Jiangtou Neighbourhood Centre, Huli', latitude: 24.5041, longitude: 118.1318,
    phone: '0592-5200201', pointType: 'institution_embedded', operatorZh: '向日葵托育园（演示）', operatorEn: 'Sunflower Nursery (demo)',
    minAgeMonths: 6, maxAgeMonths: 36, capacity: 20,
  },
  {
    code: 'HL-WY', nameZh: '五缘湾社区爱邻护幼服务点', nameEn: 'Wuyuan Bay Community Care Point', district: 'huli',
    neighbourhoodZh: '金山街道', neighbourhoodEn: 'Jinshan', addressZh: '湖里区金山街道五缘湾社区文体活动中心',
    addressEn: 'Wuyuan Bay Community Culture & Sports Centre, Jinshan, Huli', latitude: 24.5233, longitude: 118.1771,
    phone: '0592-5200202', pointType: 'institution_embedded', operatorZh: '海湾托育（演示）', operatorEn: 'Bayside Childcare (demo)',
    minAgeMonths: 12, maxAgeMonths: 36, capacity: 16,
  },
  {
    code: 'HL-DQ', nameZh: '殿前社区爱邻护幼服务点', nameEn: 'Dianqian Community Care Point', district: 'huli',
    neighbourhoodZh: '殿前街道', neighbourhoodEn: 'Dianqian', addressZh: '湖里区殿前街道社区党群服务中心一楼',
    addressEn: '1F, Dianqian Community Service Centre, Huli', latitude: 24.5297, longitude: 118.1109,
    phone: '0592-5200203', pointType: 'institution_embedded', operatorZh: '小脚丫托育（演示）', operatorEn: 'Little Feet Childcare (demo)',
    minAgeMonths: 0, maxAgeMonths: 36, capacity: 12,
  },
  {
    code: 'JM-QY', nameZh: '侨英社区爱邻护幼服务点', nameEn: 'Qiaoying Community Care Point', district: 'jimei',
    neighbourhoodZh: '侨英街道', neighbourhoodEn: 'Qiaoying', addressZh: '集美区侨英街道新城社区服务中心二楼',
    addressEn: '2F, New Town Community Service Centre, Qiaoying, Jimei', latitude: 24.5962, longitude: 118.1133,
    phone: '0592-6300301', pointType: 'institution_embedded', operatorZh: '嘉庚托育中心（演示）', operatorEn: 'Jiageng Childcare Centre (demo)',
    minAgeMonths: 6, maxAgeMonths: 36, capacity: 18,
  },
  {
    code: 'JM-XL', nameZh: '杏林社区爱邻护幼服务点', nameEn: 'Xinglin Community Care Point', district: 'jimei',
    neighbourhoodZh: '杏林街道', neighbourhoodEn: 'Xinglin', addressZh: '集美区杏林街道社区卫生服务中心附楼',
    addressEn: 'Annex of the Xinglin Community Health Service Centre, Jimei', latitude: 24.5689, longitude: 118.0527,
    phone: '0592-6300302', pointType: 'institution_embedded', operatorZh: '杏林小树苗托育（演示）', operatorEn: 'Xinglin Saplings (demo)',
    minAgeMonths: 12, maxAgeMonths: 36, capacity: 14,
  },
  {
    code: 'HC-XY', nameZh: '新阳社区爱邻护幼服务点', nameEn: 'Xinyang Community Care Point', district: 'haicang',
    neighbourhoodZh: '新阳街道', neighbourhoodEn: 'Xinyang', addressZh: '海沧区新阳街道社区综合服务中心一楼',
    addressEn: '1F, Xinyang Community Service Centre, Haicang', latitude: 24.5221, longitude: 118.0437,
    phone: '0592-6500401', pointType: 'institution_embedded', operatorZh: '海沧童心托育（演示）', operatorEn: 'Haicang Childhearts (demo)',
    minAgeMonths: 6, maxAgeMonths: 36, capacity: 15,
  },
  {
    code: 'HC-HW', nameZh: '海沧湾社区爱邻护幼服务点', nameEn: 'Haicang Bay Community Care Point', district: 'haicang',
    neighbourhoodZh: '海沧街道', neighbourhoodEn: 'Haicang Subdistrict', addressZh: '海沧区海沧街道社区文化活动中心',
    addressEn: 'Community Culture Centre, Haicang Subdistrict, Haicang', latitude: 24.4869, longitude: 118.0331,
    phone: '0592-6500402', pointType: 'community_shared', operatorZh: '海沧街道社区（演示）', operatorEn: 'Haicang Subdistrict Community (demo)',
    minAgeMonths: 0, maxAgeMonths: 36, capacity: 10,
  },
  {
    code: 'TA-DT', nameZh: '大同社区爱邻护幼服务点', nameEn: 'Datong Community Care Point', district: 'tongan',
    neighbourhoodZh: '大同街道', neighbourhoodEn: 'Datong', addressZh: '同安区大同街道社区党群服务中心二楼',
    addressEn: '2F, Datong Community Service Centre, Tong\'an', latitude: 24.7302, longitude: 118.1569,
    phone: '0592-7300501', pointType: 'institution_embedded', operatorZh: '同安启航托育（演示）', operatorEn: 'Tong\'an First Steps (demo)',
    minAgeMonths: 6, maxAgeMonths: 36, capacity: 16,
  },
  {
    code: 'TA-XK', nameZh: '西柯社区爱邻护幼服务点', nameEn: 'Xike Community Care Point', district: 'tongan',
    neighbourhoodZh: '西柯街道', neighbourhoodEn: 'Xike', addressZh: '同安区西柯街道社区服务中心一楼',
    addressEn: '1F, Xike Community Service Centre, Tong\'an', latitude: 24.6641, longitude: 118.1497,
    phone: '0592-7300502', pointType: 'institution_embedded', operatorZh: '西柯彩虹托育（演示）', operatorEn: 'Xike Rainbow Childcare (demo)',
    minAgeMonths: 12, maxAgeMonths: 36, capacity: 12,
  },
  {
    code: 'XA-XD', nameZh: '新店社区爱邻护幼服务点', nameEn: 'Xindian Community Care Point', district: 'xiangan',
    neighbourhoodZh: '新店街道', neighbourhoodEn: 'Xindian', addressZh: '翔安区新店街道社区综合服务中心二楼',
    addressEn: '2F, Xindian Community Service Centre, Xiang\'an', latitude: 24.6219, longitude: 118.2447,
    phone: '0592-7600601', pointType: 'institution_embedded', operatorZh: '翔安小星星托育（演示）', operatorEn: 'Xiang\'an Little Stars (demo)',
    minAgeMonths: 6, maxAgeMonths: 36, capacity: 15,
  },
  {
    code: 'XA-MX', nameZh: '马巷社区爱邻护幼服务点', nameEn: 'Maxiang Community Care Point', district: 'xiangan',
    neighbourhoodZh: '马巷街道', neighbourhoodEn: 'Maxiang', addressZh: '翔安区马巷街道社区卫生服务中心旁',
    addressEn: 'Next to the Maxiang Community Health Service Centre, Xiang\'an', latitude: 24.6608, longitude: 118.2376,
    phone: '0592-7600602', pointType: 'institution_embedded', operatorZh: '马巷暖阳托育（演示）', operatorEn: 'Maxiang Warm Sun (demo)',
    minAgeMonths: 12, maxAgeMonths: 36, capacity: 10,
  },
];
