import type { Slots } from '../../nlu/types.ts';
import type { PointInfo } from '../../points/PointDirectory.ts';
import { districtName } from '../../domain/xiamenPlaces.ts';
import type { ReplyBuilder } from './ReplyBuilder.ts';

/** "Where is the Jiangtou point", "服务点电话多少", "how do I get to…". */
export const POINT_INFO = /地址|在哪|在什么地方|怎么去|怎么走|怎么过去|电话|联系方式|号码|address|where is|where's|where are|where r u|located|how do i get|how to get|directions|phone|contact number/i;

/** "Can a 3-month-old come?" — asked with an age, answered from the points' accepted ages. */
export const CAN_ATTEND = /可以去|能去|能不能去|可不可以去|能参加|可以参加|能不能参加|收不收|收吗|能托吗|可以托吗|能送吗|可以送吗|\bcan (?:\w+ ){0,3}(?:go|attend|join|come)\b|\b(?:old enough|too young|accept)\b/i;

/** Which points accept a child of this age, from the points' own age ranges. */
export async function describePointsForAge(b: ReplyBuilder, ageMonths: number): Promise<void> {
  const run = await b.tool<{ points: PointInfo[] }>('find_points', { limit: 20 });
  const all = run.result?.points ?? [];
  const fits = all.filter((p) => p.minAgeMonths <= ageMonths && ageMonths <= p.maxAgeMonths);
  if (ageMonths > 36) {
    b.say('爱邻护幼服务0–3岁（36个月以内）的孩子，超过3岁暂时不能预约。', 'The care points serve children aged 0–3 (up to 36 months); older children cannot be booked.');
    return;
  }
  if (fits.length === 0) {
    b.say(`目前没有服务点接收${ageMonths}个月的宝宝（各点接收的最小月龄不同）。可以等宝宝再大一点，或问问工作人员。`, `No point currently accepts babies of ${ageMonths} months (each point has its own minimum age). You could wait a little, or ask our staff.`);
    b.row(b.button('找工作人员', 'Talk to staff', 'hu'));
    return;
  }
  const byDistrict = new Map<string, string[]>();
  for (const p of fits) {
    const d = districtName(p.district, b.lang);
    byDistrict.set(d, [...(byDistrict.get(d) ?? []), b.lang === 'zh' ? p.nameZh.replace('爱邻护幼服务点', '') : p.nameEn.replace(' Community Care Point', '')]);
  }
  const list = [...byDistrict.entries()].map(([d, names]) => `• ${d}：${names.join('、')}`).join('\n');
  b.say(
    `可以。爱邻护幼服务0–3岁的孩子，不过各服务点接收的月龄不同。${ageMonths}个月的宝宝可以去这${fits.length}个点（共${all.length}个）：`,
    `Yes. The care points serve children aged 0–3, but each point has its own age range. A ${ageMonths}-month-old can go to ${fits.length} of the ${all.length} points:`,
  );
  b.text(list);
  b.say('查空位时我会按孩子的年龄只显示合适的场次。', 'When you search for places I only show sessions that fit your child\'s age.');
  b.row(b.button('找这周末的空位', 'Places this weekend', 'sf'));
  b.state.childAgeMonths = ageMonths;
  b.state.pending = { type: 'search', partial: { childAgeMonths: ageMonths } };
}

/** "Where are you located?" with no place named: the districts, and a request for the parent's area. */
export async function describeNetwork(b: ReplyBuilder): Promise<void> {
  const run = await b.tool<{ points: PointInfo[] }>('find_points', { limit: 20 });
  const all = run.result?.points ?? [];
  const counts = new Map<string, number>();
  for (const p of all) counts.set(districtName(p.district, b.lang), (counts.get(districtName(p.district, b.lang)) ?? 0) + 1);
  b.say(
    `爱邻护幼服务点分布在厦门各区（这里列出的共${all.length}个）：${[...counts.entries()].map(([d, n]) => `${d}${n}个`).join('、')}。告诉我你在哪个区或街道，或发送位置，我帮你找最近的点和地址。`,
    `The care points are spread across Xiamen (${all.length} listed here): ${[...counts.entries()].map(([d, n]) => `${d} ${n}`).join(', ')}. Tell me your district or neighbourhood, or share your location, and I'll show the nearest points with addresses.`,
  );
  b.requestLocation = true;
  b.state.pending = { type: 'search', partial: {}, wantsNearby: true };
}

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
