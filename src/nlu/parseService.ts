import type { ClassTitle, SessionKind } from '../domain/serviceKinds.ts';

export interface ServiceResult {
  kind?: SessionKind;
  classTitle?: ClassTitle;
}

const CLASS_RULES: Array<[ClassTitle, RegExp]> = [
  ['sensory_integration', /感统|感觉统合|(?<![a-z])sensory/],
  // ("reading to a 4 month old", "singing to her": what the parent does with the child is no class asked for; nor is
  // reading, showing or buying picture books at home: "给他read绘本有用吗", "给她读绘本", "买绘本".)
  [
    'picture_books',
    /绘本课|(?<!(?:读|看|讲|念|翻|啃|撕|买|(?<![a-z])read|(?<![a-z])reading)\s?)绘本|读书|阅读|讲故事|故事课|(?<![a-z])(?:picture ?books?|reading(?! (?:to|with|aloud|out loud)\b)|story ?time|storytelling|books? class)/,
  ],
  // ("具体能拿多少", "身体能去吗", "整体能力": 体能 across a word boundary is no class.)
  ['gross_motor', /大运动|运动|(?<![具身整])体能|(?<![a-z])(?:gross ?motor|motor skills?|movement class|physical (?:class|activity|play)|gym class)/],
  ['music_social', /音乐|社交|唱歌|儿歌|(?<![a-z])(?:music|musical|social class|singing(?! (?:to|with)\b)|songs)/],
];

const KIND_RULES: Array<[SessionKind, RegExp]> = [
  [
    'temporary_care',
    /临时托|临托|临时托管|临时照看|临时看护|临时带|临时帮忙看|计时托|(?<![a-z])(?:temporary|temp care|drop[- ]?in|occasional care|hourly care|short[- ]term care)/,
  ],
  // "约了半天" / "等了好半天" mean "for ages", not a half-day session.
  ['half_day', /半日托|半日|(?<![了好老大这等])半天(?![了都也还才])|(?<![a-z])(?:half[- ]?day|half a day|halfday)/],
  ['trial_class', /体验课|体验|试听|试课|试上|早教课|亲子课|课程|上课|(?<![a-z])(?:trial|classes|class|lesson|lessons|taster|parent[- ]child)(?![a-z])/],
];

/**
 * A class the child already has on the day asked about ("哥哥那天要上课", "她当天有课", "that day he has class"): why that
 * child cannot go, not a class asked for.
 */
const BUSY_WITH_CLASS =
  /(?:那天|当天|那个时候|那时候|这天)(?:上午|下午|早上)?\s*(?:也|还)?(?:要|得|有)(?:去)?(?:上)?(?:课|学|兴趣班|早教)|(?<![a-z])(?:has|have|'s got|got) (?:a |his |her |their )?(?:class|lesson)s? (?:that|on that) (?:day|morning|afternoon)(?![a-z])/g;

/**
 * The kind of session asked for. A class title implies a trial class;
 * generic words (托育, 托班, 带娃, childcare) name no kind.
 */
export function parseService(said: string): ServiceResult {
  const text = said.replace(BUSY_WITH_CLASS, ' ');
  let classTitle: ClassTitle | undefined;
  for (const [title, re] of CLASS_RULES) {
    if (re.test(text)) {
      classTitle = title;
      break;
    }
  }
  if (classTitle) return { kind: 'trial_class', classTitle };
  for (const [kind, re] of KIND_RULES) {
    if (re.test(text)) return { kind };
  }
  return {};
}
