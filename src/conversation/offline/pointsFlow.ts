import type { Slots } from '../../nlu/types.ts';
import type { PointInfo } from '../../points/PointDirectory.ts';
import { districtName } from '../../domain/xiamenPlaces.ts';
import type { ReplyBuilder } from './ReplyBuilder.ts';

/** "Where is the Jiangtou point", "服务点电话多少", "how do I get to…". */
export const POINT_INFO = /地址|在哪|在什么地方|怎么去|怎么走|怎么过去|电话|联系方式|号码|address|where is|where's|located|how do i get|how to get|directions|phone|contact number/i;

function ageRange(p: PointInfo, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? `${p.minAgeMonths}–${p.maxAgeMonths}个月` : `${p.minAgeMonths}–${p.maxAgeMonths} months`;
}

/** Addresses, phones and accepted ages of the points in the area the parent named. */
export async function describePoints(b: ReplyBuilder, s: Slots): Promise<void> {
  const args = s.neighbourhood
    ? { near: { latitude: s.neighbourhood.latitude, longitude: s.neighbourhood.longitude } }
    : s.district
      ? { district: s.district }
      : {};
  const run = await b.tool<{ points: PointInfo[] }>('find_points', args);
  const points = run.result?.points ?? [];
  if (points.length === 0) {
    b.say('没有找到那附近的服务点。可以告诉我区名，或发送你的位置。', "I couldn't find a point there. Tell me the district, or share your location.");
    return;
  }
  const shown = s.neighbourhood ? points.slice(0, 2) : points;
  b.text(
    shown
      .map((p) =>
        b.lang === 'zh'
          ? `📍 ${p.nameZh}（${districtName(p.district, 'zh')}·${p.neighbourhoodZh}）\n   地址：${p.addressZh}\n   电话：${p.phone}\n   接收年龄：${ageRange(p, 'zh')}`
          : `📍 ${p.nameEn} (${districtName(p.district, 'en')} · ${p.neighbourhoodEn})\n   Address: ${p.addressEn}\n   Phone: ${p.phone}\n   Ages: ${ageRange(p, 'en')}`,
      )
      .join('\n'),
  );
  const first = shown[0]!;
  b.venue = {
    latitude: first.latitude,
    longitude: first.longitude,
    title: b.lang === 'zh' ? first.nameZh : first.nameEn,
    address: b.lang === 'zh' ? first.addressZh : first.addressEn,
  };
  b.say('要看看这里的空位吗？', 'Would you like to see free places there?');
  b.row(b.button('看这周末的空位', 'Places this weekend', 'sf'));
  b.state.lastSearch = undefined;
  b.state.pending = { type: 'search', partial: s.district ? { district: s.district } : { near: args.near } };
}
