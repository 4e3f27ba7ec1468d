import { readHealthSigns, type SignReading } from '../../safety/healthSigns.ts';
import { triageSigns, type Triage } from '../../safety/triageSigns.ts';
import { triageAdvice } from '../../safety/triageAdvice.ts';
import { triageSource } from '../../safety/triageSources.ts';
import { toSimplified } from '../../text/chineseScript.ts';
import { languageOf, type Locale } from '../../i18n/languages.ts';
import type { ButtonCodec } from '../buttonCodec.ts';
import type { DialogueState } from '../DialogueState.ts';
import type { HistoryTurn } from '../ConversationMemory.ts';
import type { ToolContext } from '../tools/defineTool.ts';
import { escalateQuestionAction } from '../actions/helpActions.ts';
import { askCancelAction } from '../actions/bookingActions.ts';
import type { AgentReply } from './AgentTypes.ts';
import { escalate } from './escalate.ts';
import { Reply } from './Reply.ts';
import { behaviourAskedBesides } from '../../nlu/behaviourAskedBesides.ts';
import { DEFAULT_THRESHOLDS } from '../../knowledge/KnowledgeBase.ts';
import type { Passage } from './answers/presentAnswer.ts';
import { searchKnowledgeTool } from '../tools/searchKnowledgeTool.ts';

/** Health signs are read together for this long (diarrhoea this morning, no wet nappy this afternoon). */
export const HEALTH_SIGNS_TTL_MS = 6 * 3_600_000;

/** The signs remembered from recent turns, or none when they are older than the TTL. */
function recentSigns(state: DialogueState, now: Date): string[] {
  const kept = state.healthSigns;
  if (!kept) return [];
  const at = Date.parse(kept.at);
  if (!Number.isFinite(at) || now.getTime() - at > HEALTH_SIGNS_TTL_MS || at > now.getTime() + 60_000) return [];
  return kept.flags;
}

/** Another place's emergency number ('要打119嗎' from a Taiwan family, 'is it 911 here?'): the parent needs 120. */
const OTHER_EMERGENCY_NUMBER = /(?<!\d)(?:119|911|999)(?!\d)/;

function cite(r: Reply, sections: string[]): void {
  const titles: string[] = [];
  for (const key of sections) {
    const s = triageSource(key, r.lang);
    if (!s) continue;
    r.citations.push({ title: s.title, source: `knowledge/${r.lang}/${s.docId}.md`, docId: s.docId, heading: `${s.title} > ${s.section}` });
    if (!titles.includes(s.title)) titles.push(s.title);
  }
  if (titles.length) r.say(r.w.knowledge.source(titles));
}

/** What the parent's message says beside the red sign, each answered in its place in the red answer. */
interface RedTold {
  /** It happened at one of our points. */
  atPoint: boolean;
  asksDose: boolean;
  /** "但是精神还好 应该没事吧": how the child seems, which does not lower a red sign. */
  reassured: boolean;
  /** 120 is already called. */
  helpCalled: boolean;
  medicineFirst: boolean;
  /** "这周六还可以去吗": whether the child may still go to the point. */
  asksCare: boolean;
  /** A carer reports the signs by message, away from the parent. */
  carerReports: boolean;
}

/** Red: 120 first, the first aid that applies while waiting, an urgent ticket. */
async function red(r: Reply, t: Triage, signs: Set<string>, text: string, told: RedTold): Promise<void> {
  const { atPoint, asksDose, reassured, helpCalled, medicineFirst, asksCare, carerReports } = told;
  const w = r.w;
  if (t.findings.includes('self_harm')) {
    r.say(w.emergency.selfHarm);
  } else {
    const advice = triageAdvice(t, signs, atPoint);
    if (helpCalled) {
      // "已经打了120 救护车在路上": help is coming; the minutes until it arrives are for first aid, said first.
      r.say([w.triage.helpOnWay, ...advice.firstAid.map((k) => w.triage.firstAid[k])].join('\n'));
      // "120还没到 能不能先喂点退烧药": the medicine asked about while waiting — none needed, the crew and doctor decide.
      if (medicineFirst || asksDose) r.say(w.triage.medicineWhileWaiting);
      r.say(w.triage.helpOnWayKeep);
    } else {
      // A burn alone (blistered, on a hand or foot, a baby's): NHS sends it to the emergency department, not an ambulance.
      r.say(t.findings.every((f) => f === 'serious_burn' || f === 'infant_burn') ? w.triage.callNowBurn : w.triage.callNow);
      // "阿姨发微信说…": the parent is away, so the one beside the child is the one to call and to be talked through it.
      if (carerReports) r.say(w.triage.carerCalls);
      if (OTHER_EMERGENCY_NUMBER.test(text)) r.say(w.triage.numberHere);
      // "但是精神还好 应该没事吧": a red sign is not lowered by how the child seems.
      if (reassured) r.say(w.triage.evenIfFine);
      // "先喂点退烧药再去": the going is not put off for a medicine at home; the doctor decides about it.
      if (medicineFirst) r.say(w.triage.noMedicineFirst);
      // The rule that makes it red when the child may look well (a baby under 3 months with a fever, a baby's burn, a fall
      // from a height): said, so a parent who sees a child feeding or playing knows why not to wait.
      const why = [...t.findings, ...['knocked_out', 'high_fall', 'big_lump', 'alcohol'].filter((s) => signs.has(s))].filter((k) => w.triage.redWhy[k]);
      if (why[0]) r.say(w.triage.redWhy[why[0]]);
      if (advice.firstAid.length) r.say([w.triage.whileWaiting, ...advice.firstAid.map((k) => w.triage.firstAid[k])].join('\n'));
    }
    // "现在没事了 这周六还可以去吗": the parent's question answered after the first aid — a doctor first, the booking waits.
    if (asksCare) r.say(w.triage.careAfterRed);
    // A dose asked for in the same message: never a number, and nothing by mouth before the doctor says so.
    if (asksDose) r.say(w.triage.notDose);
    r.say(w.triage.staffTold);
    if (atPoint) r.say(w.triage.atPointRed);
    cite(r, advice.sections);
  }
  await escalate(r, 'medical', text);
  r.urgent = true;
}

/** Amber: a doctor today, why, and the signs that would make it 120. No alarm, no ticket unless asked. */
function amber(r: Reply, t: Triage, signs: Set<string>, atPoint: boolean, asksDose: boolean, asksWait: boolean, care?: string, medicineFirst = false): void {
  const w = r.w;
  const advice = triageAdvice(t, signs, atPoint);
  // "路上要不要捂捂汗": the parent's own question answered first, then the advice it belongs to.
  if (signs.has('bundling') && signs.has('fever')) r.say(w.triage.noBundling);
  // "那我可以先给他吃退烧药再去吗" after a doctor-today fever: the answer to that first (yes, for comfort, by the label), in
  // place of the plain doctor-today line it already holds. (Before a 120 answer's visit, medicine never comes first.)
  // (Not with dengue about: no ibuprofen or aspirin before the doctor — its own first step says so, WHO.)
  const feverMedicine = medicineFirst && signs.has('fever') && !signs.has('dengue');
  if (feverMedicine) r.say(w.triage.amber.medicineThenDoctor);
  for (const k of advice.firstSteps) r.say(w.triage.amber[k]);
  // "可以等到明天吗", "can this wait until Monday?": the answer to that, in place of the plain doctor-today line.
  if (!feverMedicine) r.say(asksWait ? w.triage.amber.noWait : w.triage.amber.seeDoctorToday);
  if (asksDose) r.say(w.triage.notDose);
  const reasons = advice.reasons.map((k) => (w.triage.reason as Record<string, string>)[k]).filter(Boolean);
  if (reasons.length) r.say(w.triage.amber.because(reasons.join(r.lang === 'zh' ? '；' : '; ')));
  if (advice.care.length) r.say(w.triage.amber.meanwhile(advice.care.map((k) => w.triage.meanwhileCare[k]).join(' ')));
  if (advice.urgent.length) r.say(w.triage.amber.urgentIf(advice.urgent.map((k) => w.triage.urgentSigns[k]).join(r.lang === 'zh' ? '；' : '; ')));
  sayCareRule(r, care);
  cite(r, care ? [...advice.sections, 'care_return'] : advice.sections);
  r.say(w.knowledge.medicalDisclaimer);
}

/**
 * Minor incidents that may still be going on when the parent writes (a nosebleed, a sting, a small burn or cut): the
 * answer opens with what to do now, not 'your child sounds all right now' — unless the parent said so.
 */
const ACT_NOW = new Set([
  'nosebleed',
  'sting',
  'centipede',
  'fire_ant',
  'jellyfish',
  'finger',
  'splinter',
  'small_burn',
  'minor_wound',
  'bite',
  'sunburn',
  'heat_exhaustion',
  // A fever blamed on teething: what to do about the fever now, not 'your child sounds all right'.
  'teething_fever',
]);

/** Watch: a minor incident, the child fine now: what to watch for over the next 24 hours, and when it becomes 120. */
function watch(r: Reply, t: Triage, signs: Set<string>, atPoint: boolean, asksDose: boolean, fineNow: boolean, care?: string): void {
  const w = r.w;
  const advice = triageAdvice(t, signs, atPoint);
  if (signs.has('bundling') && signs.has('fever')) r.say(w.triage.noBundling);
  // A febrile seizure the doctor named, asked about for later: whether it comes back and whether it is epilepsy, first.
  if (advice.firstSteps.includes('febrileSeizureOutlook')) r.say(w.triage.amber.febrileSeizureOutlook);
  const urgent = advice.urgent.length
    ? w.triage.watch.urgentIf(advice.urgent.map((k) => w.triage.urgentSigns[k]).join(r.lang === 'zh' ? '；' : '; '))
    : undefined;
  if (t.findings.includes('point_injury') || t.findings.includes('fall_unclear')) {
    // Nothing said about how the child is: ask, then the signs for 120 come first, then what to do.
    if (t.findings.includes('fall_unclear')) r.say(w.triage.watch.askHowNow);
    r.say(urgent);
    r.say(advice.watch.map((k) => w.triage.watch[k]).join('\n'));
    if (asksDose) r.say(w.triage.notDose);
  } else {
    const actNow = !fineNow && t.findings.every((f) => ACT_NOW.has(f));
    // Newborn jaundice is not an incident the child is over: it opens with what it usually is.
    const intro = t.findings.every((f) => f === 'jaundice_watch')
      ? w.triage.watch.introJaundice
      : t.findings.every((f) => f === 'drinking_again')
        ? w.triage.watch.introDrinking
        : actNow
          ? w.triage.watch.doNow
          : w.triage.watch.intro;
    r.say([intro, ...advice.watch.map((k) => w.triage.watch[k])].join('\n'));
    if (asksDose) r.say(w.triage.notDose);
    r.say(urgent);
  }
  sayCareRule(r, care);
  cite(r, care ? [...advice.sections, 'care_return'] : advice.sections);
  r.say(w.knowledge.medicalDisclaimer);
}

/** Signs that keep a child home, by the drop-off rule that applies (policy-health-check). */
const GUT_SIGNS = ['diarrhoea', 'vomiting', 'gut', 'vomits_everything'];

/**
 * "周六的托还能去吗" after an illness: the health answer alone leaves the parent's own question open, so the drop-off
 * rule follows it (not that day with a fever; back once 24 hours without fever or fever medicine), cited.
 */
function careRule(r: Reply, signs: Set<string>): string {
  if (signs.has('fever')) return r.w.triage.careRule.fever;
  return GUT_SIGNS.some((s) => signs.has(s)) ? r.w.triage.careRule.gut : r.w.triage.careRule.other;
}

/** An illness or incident told in the recent turns (its signs are kept without a prefix; ages, locales and answers have one). */
function illnessTold(recent: string[]): boolean {
  return recent.some((s) => !s.includes(':') || s.startsWith('red:'));
}

/** The drop-off rule, said after the health advice and before the sources (both documents cited together). */
function sayCareRule(r: Reply, care: string | undefined): void {
  if (care) r.say(care);
}

/** A question about how much medicine to give, with no sign to triage: never a number; what to do instead, cited. */
function medicine(r: Reply, kind: 'fever' | 'cough'): void {
  const w = r.w;
  r.say(w.triage.notDose);
  if (kind === 'fever') {
    r.say(w.triage.medicine.fever);
    r.say(w.triage.medicine.feverDoctor);
    r.say(w.triage.amber.urgentIf(w.triage.urgentSigns.fever));
  } else {
    r.say(w.triage.medicine.cough);
    r.say(w.triage.amber.urgentIf(w.triage.urgentSigns.breathing));
  }
  cite(r, [kind === 'fever' ? 'fever_care' : 'cough']);
  r.say(w.knowledge.medicalDisclaimer);
}

/**
 * Spit-up told in vomiting words ("keeps being sick after her bottle, a mouthful each time, happy and gaining weight"):
 * the spit-up section's answer — common, what helps, when a doctor — not a vomiting watch list, cited.
 */
function spitUp(r: Reply): void {
  r.say(r.w.triage.spitUp.answer);
  r.say(r.w.triage.spitUp.doctor);
  cite(r, ['spit_up']);
  r.say(r.w.knowledge.medicalDisclaimer);
}

/** Emergencies a parent asks about ahead, by the finding whose first aid answers them. */
const AHEAD: Record<string, string> = {
  choking: 'choking',
  seizure: 'seizure',
  button_battery: 'button_battery',
  magnets: 'magnets',
  poisoning: 'poisoning',
  drowning: 'drowning',
  scald: 'serious_burn',
  electric_shock: 'electric_shock',
  heat_illness: 'heat_illness',
  snake_bite: 'snake_bite',
  fracture: 'fracture',
};

/** "如果孩子抽筋了怎么办", "what if my baby chokes": the first aid, cited, with 120 first — but no alarm and no ticket. */
function ahead(r: Reply, findings: string[], ageMonths: number | undefined): boolean {
  const t: Triage = { level: 'red', findings, ageMonths, remember: [] };
  const advice = triageAdvice(t, new Set(), false);
  if (!advice.firstAid.length) return false;
  // A burn is cooled first; 120 is for the serious ones. Every other emergency asked about starts with 120.
  const burnOnly = findings.every((f) => f === 'serious_burn');
  // A fit asked about ahead ("下次如果又抽"): most stop within minutes; 120 for one over 5 minutes, the first, or no waking (NHS).
  const seizureOnly = findings.every((f) => f === 'seizure');
  const lead = burnOnly ? r.w.triage.aheadBurn : seizureOnly ? r.w.triage.aheadSeizure : r.w.triage.ahead;
  r.say([lead, ...advice.firstAid.map((k) => r.w.triage.firstAid[k])].join('\n'));
  if (burnOnly) r.say(r.w.triage.amber.urgentIf(r.w.triage.urgentSigns.burn));
  cite(r, advice.sections);
  r.say(r.w.knowledge.medicalDisclaimer);
  return true;
}

/**
 * A person already holds this parent's ticket: the health message joins it and
 * is passed on (the transport forwards it), so staff see it as well as the answer.
 */
async function tellStaffHolding(r: Reply, ctx: ToolContext, text: string): Promise<void> {
  const ticket = await ctx.escalation.activeForParent(ctx.userId).catch(() => null);
  if (!ticket) return;
  await ctx.escalation.appendMessage(ticket.id, 'parent', text).catch(() => undefined);
  r.escalated = true;
  r.escalationId = ticket.id;
  r.say(r.w.triage.passedToStaff);
}

/** Words that qualify a situation but name none (a small wound, two minutes of rinsing). */
const QUALIFIERS = new Set([
  'bundling',
  'small',
  'cooled',
  'long_time',
  'still_bleeding',
  'cough',
  'after_vaccine',
  'cried',
  'took_some',
  'blister',
  'still_swollen',
]);

/** A past red, amber or how-is-your-child-now answer: the story still needs acting on. */
const urgentBefore = (recent: string[]) => recent.includes('was:red') || recent.includes('was:amber') || recent.includes('asked:how_now');
const INJURED_LIMB = ['finger_crushed', 'limb_knock', 'limb_swelling', 'arm_not_used', 'not_weight_bearing'];

/**
 * The messages that check on the situation just told rather than tell a new one, each with what it answers. Any one is
 * enough; the order does not matter. Add a reading here, not another condition in followUp.
 */
const CHECKS_ON_THE_STORY: Array<(reading: SignReading, recent: string[]) => boolean> = [
  // "已经冲了二十分钟了 接下来呢", "what next?": what to do next about the incident just told.
  (reading) => reading.asksNext && [...reading.signs].every((s) => QUALIFIERS.has(s)),
  // "那什么情况要去医院", "when should I take her in then?" right after a doctor-today or watch answer: that incident's
  // signs again, read as checking on it (after a 120 answer it goes to the knowledge base with that message as context).
  (reading, recent) => reading.asksWhenToGo && (recent.includes('was:amber') || recent.includes('was:watch')),
  // "she just drank 4oz and had a proper wee — does that change anything?" after a doctor-today answer: about it.
  (reading, recent) => reading.drinkingAgain && recent.includes('was:amber'),
  // "can she nap now?" after a knock on the head: about that knock.
  (reading, recent) => reading.asksNap && recent.includes('head_knock'),
  // "还是肿" after a finger or limb injury: about that injury.
  (reading, recent) => reading.signs.has('still_swollen') && INJURED_LIMB.some((s) => recent.includes(s)),
  // "打了 救护车在路上了 还要做什么" right after a 120 answer: about that emergency (the finding it was answered
  // with, a near-drowning rather than only its cough), answered with its first aid.
  (reading, recent) => reading.helpCalled && recent.includes('was:red'),
  // "那可以先给他吃退烧药再去吗" right after a doctor-now or doctor-today answer: about that illness — go, medicine does not wait it.
  (reading, recent) => reading.medicineFirst && urgentBefore(recent),
  // "还是过两天再看", "can it wait till tomorrow?" right after a doctor-today answer: about that injury or illness (its day
  // words are not a session date) — the same answer, with the don't-wait line.
  (reading, recent) => reading.asksWait && urgentBefore(recent),
];

/** A choke the child cleared alone ("自己咳出来了", "he coughed it up himself"): no back blows were needed. */
const COUGHED_OUT_ALONE =
  /自己(?:咳|吐)(?:出来|出)|(?<![a-z])(?:coughed (?:it |the \w+ )?(?:out|up)(?: (?:himself|herself|themselves|on (?:his|her|their) own|by (?:himself|herself|themselves)))?|(?:on (?:his|her|their) own|by (?:himself|herself|themselves)))(?![a-z])/i;

/**
 * "一定要今天去吗", "do we really need to go today?", "可以停了吗" right after a
 * health message: a question about that situation, answered again with its
 * advice (the signs of the recent turns read as this message's), not a search.
 */
function followUp(reading: SignReading, recent: string[], text = ''): void {
  if (CHECKS_ON_THE_STORY.some((checks) => checks(reading, recent))) reading.checking = true;
  // "要紧吗" / "还要去吗", or "没事了 在玩" after the incident: about that situation (a red sign stays red).
  // After a fall or knock answered with 'how is your child now?', 'fine now, playing' is the answer: about that knock too.
  const urgent = urgentBefore(recent);
  // A home remedy asked about ("可以涂牙膏吗", "can I put ice on it?") is answered with the same advice, which says what not to do.
  // "没有吐 也没发烧 精神很好" right after a watch-at-home answer: the same incident, still fine — its watch list again.
  const fineAfterWatch = reading.fineNow && recent.includes('was:watch');
  if (!(reading.checking || reading.remedy || (reading.fineNow && urgent) || fineAfterWatch) || reading.educational) return;
  // (A sign the story already holds, said again — "can I give her ibuprofen on the way to bring the fever down?" after a
  // fever answered with 120 — is no new situation.)
  // (…nor is the object out after a choke just told: "ok it came out and now he's coughing".)
  const chokeToldBefore = recent.includes('red:choking');
  if (
    [...reading.signs].some((s) => !QUALIFIERS.has(s) && !recent.includes(s) && !recent.includes(`red:${s}`) && !(s === 'choking_resolved' && chokeToldBefore))
  )
    return;
  const past = recent.filter((s) => !s.includes(':'));
  const pastRed = recent.filter((s) => s.startsWith('red:')).map((s) => s.slice(4));
  // 'Do we still need to go?' with nothing new after the parent said the child is fine: still fine (a fever gone
  // overnight is watched at home with the signs for a doctor, not a fever with nothing known).
  if (recent.includes('said:fine')) reading.fineNow = true;
  // 'He's fine now, breathing normally — still go?' after a choke: the choke is over (what to watch, or a doctor today
  // after back blows), unless a red sign other than the choke was told. A choke already answered as over (watch or a
  // doctor today) stays over when the parent asks again.
  const chokeOver = reading.fineNow || recent.includes('was:watch') || recent.includes('was:amber') || reading.signs.has('choking_resolved');
  if (chokeOver && pastRed.includes('choking') && pastRed.every((s) => s === 'choking')) {
    reading.signs.add('choking_resolved');
    // Answered as a doctor today before (back blows, a cough that went on): the same again, not less.
    if (recent.includes('was:amber')) reading.signs.add('choking_first_aid');
    // Out after a 120 answer to a child who could not cough ("ok it came out and now he's coughing a lot"): the back blows
    // given while waiting are what brought it out — a doctor checks (NHS), unless the child coughed it out on their own.
    else if (recent.includes('was:red') && !COUGHED_OUT_ALONE.test(text)) reading.signs.add('choking_first_aid');
    for (const s of past) reading.signs.add(s);
    return;
  }
  for (const s of [...past, ...pastRed]) reading.signs.add(s);
  if (reading.helpCalled) for (const s of recent) if (s.startsWith('found:')) reading.signs.add(s.slice(6));
}

/** The child's own scratching ("where he scratched", "抓破了", "挠出血"). */
const SCRATCHED = /抓|挠|(?<![a-z])scratch\w*(?![a-z])/i;
/** An itchy skin condition named: eczema, a rash, bites, an itch. */
const ITCHY_SKIN = /湿疹|痒|疹|蚊子|(?<![a-z])(?:eczema|itch\w*|rash\w*|hives|bites?|dermatitis)(?![a-z])/i;

/** A scratch wound that is the child's own scratching of the itchy skin the question before was about, and nothing else. */
function scratchedItch(reading: SignReading, text: string, before: string | undefined): boolean {
  if (!before || reading.signs.size !== 1 || !reading.signs.has('minor_wound')) return false;
  return SCRATCHED.test(toSimplified(text)) && ITCHY_SKIN.test(toSimplified(before));
}

/** Signs whose meaning depends on the child's age (fever under 3 months, choking under 1, a baby's burn). */
const AGE_MATTERS = ['fever', 'choking', 'scald', 'head_knock', 'diarrhoea', 'vomiting', 'button_battery', 'lump'];

/**
 * The age of the child the message is about when nothing in the conversation
 * says it: the registered child the parent names (or by birth order), or their only child.
 */
async function registeredAge(ctx: ToolContext, text: string): Promise<number | undefined> {
  try {
    const children = await ctx.booking.listChildren(ctx.userId);
    if (children.length === 1) return children[0]?.ageMonths;
    const simplified = toSimplified(text);
    const named = children.filter((c) => c.name && (simplified.includes(toSimplified(c.name)) || text.includes(c.name)));
    if (named.length === 1) return named[0]?.ageMonths;
    // Birth order: 大宝/老大 the oldest, 二宝/老二 the second, 小宝/老小 the youngest.
    const byAge = [...children].sort((a, b) => b.ageMonths - a.ageMonths);
    const lower = simplified.toLowerCase();
    if (/大宝|老大|(?<![a-z])(?:the )?(?:older|oldest|eldest|big) (?:one|child|kid|sister|brother)(?![a-z])/.test(lower)) return byAge[0]?.ageMonths;
    if (/二宝|老二|(?<![a-z])(?:second (?:one|child))(?![a-z])/.test(lower)) return byAge[1]?.ageMonths;
    if (
      /小宝|老小|老幺|最小的|(?<![a-z])(?:the )?(?:younger|youngest|little) (?:one|child|kid|sister|brother)(?![a-z])|(?<![a-z])the baby(?![a-z])/.test(lower)
    )
      return byAge.at(-1)?.ageMonths;
    return undefined;
  } catch {
    return undefined;
  }
}

/** Han characters and Latin words in one message ("no wet diaper since morning 要去医院"). */
const MIXED = (text: string) => /\p{Script=Han}/u.test(text) && /[a-z]{2,}/i.test(text);

/**
 * A follow-up that mixes Chinese and English in a health conversation is answered in the conversation's language
 * (kept with the health signs), not in whichever language the message's letters lean to; a message in one language
 * alone still switches.
 */
function conversationLocale(ctx: ToolContext, recent: string[], text: string): ToolContext {
  const kept = recent.find((s) => s.startsWith('locale:'))?.slice(7) as Locale | undefined;
  if (!kept || !MIXED(text) || languageOf(kept) === ctx.lang) return ctx;
  return { ...ctx, lang: languageOf(kept), locale: kept };
}

function needsAge(reading: SignReading, recent: string[]): boolean {
  if (reading.ageMonths !== undefined || recent.some((s) => s.startsWith('age:'))) return false;
  return AGE_MATTERS.some((s) => reading.signs.has(s));
}

/**
 * Triage before anything else, in every state (even while staff hold the
 * parent's ticket): red → call 120 now, first aid, an urgent ticket; amber →
 * a doctor today, cited; a minor incident → what to watch, cited; an injury
 * at a point → also a complaint ticket. Undefined when the message needs no
 * triage; the health signs it holds are still remembered on `state` (the
 * turn's state object, which the rest of the turn carries on), so a later
 * message can add to them.
 */
export async function triageTurn(
  turnCtx: ToolContext,
  codec: ButtonCodec,
  state: DialogueState,
  text: string,
  _history: HistoryTurn[],
): Promise<AgentReply | undefined> {
  const reading = readHealthSigns(toSimplified(text));
  const recent = recentSigns(state, turnCtx.now);
  const ctx = conversationLocale(turnCtx, recent, text);
  followUp(reading, recent, toSimplified(text));
  // "it's bleeding a bit where he scratched" right after an eczema answer: the itch scratched raw — a question on that skin
  // (when broken eczema needs a doctor), answered from its section, not a graze to rinse and watch.
  if (scratchedItch(reading, text, state.lastQuestion)) reading.signs.delete('minor_wound');
  // A follow-up about the fever just told ('she is drinking okay though'): that fever's day and reading, unless it is gone.
  if (reading.signs.has('fever') && !reading.feverGone) {
    const kept = (prefix: string) => {
      const v = Number(recent.find((s) => s.startsWith(prefix))?.slice(prefix.length));
      return Number.isFinite(v) ? v : undefined;
    };
    if (reading.feverDays === undefined && reading.dayOfIllness === undefined) reading.feverDays = kept('fever_days:');
    if (reading.temperature === undefined && reading.bareTemperature === undefined) reading.temperature = kept('temp:');
  }
  // "today is day 5 and it's still 39" right after a fever was told: that fever's day and reading.
  if (recent.includes('fever') || reading.signs.has('fever')) {
    reading.feverDays ??= reading.dayOfIllness;
    if (reading.temperature === undefined && reading.bareTemperature !== undefined) reading.temperature = reading.bareTemperature;
    if (recent.includes('fever') && ((reading.temperature ?? 0) >= 37.5 || reading.feverDays !== undefined)) reading.signs.add('fever');
  }
  // "那你直接说几cc就好" right after a medicine question: the same dose request, answered the same way (never a number).
  const dosedBefore = recent.find((s) => s.startsWith('asked:dose:'));
  if (!reading.asksDose && reading.asksAmount && dosedBefore) {
    reading.asksDose = true;
    reading.medicine ??= dosedBefore.endsWith(':cough') ? 'cough' : 'fever';
  }
  let ageMonths = state.child?.ageMonths ?? state.childAgeMonths;
  const aheadFindings = [...new Set(reading.ahead.map((s) => AHEAD[s]).filter((s): s is string => !!s))];
  if (ageMonths === undefined && (needsAge(reading, recent) || aheadFindings.includes('choking'))) ageMonths = await registeredAge(ctx, text);
  const t = triageSigns(reading, { recent, ageMonths });
  const signs = new Set([...reading.signs, ...recentSigns(state, ctx.now)]);
  // The parent said the child is fine: kept, so 'do we still need to go?' next is read about a child who is fine.
  if (reading.signs.size > 0 || reading.ageMonths !== undefined)
    // A fever said to be gone ("now 退了", "烧退了") counts as fine for 'still need to see a doctor?' next.
    state.healthSigns = {
      flags: [
        ...((reading.fineNow || (reading.feverGone && reading.signs.has('fever'))) && t.level !== 'red' ? [...t.remember, 'said:fine'] : t.remember),
        `locale:${ctx.locale}`,
      ],
      at: ctx.now.toISOString(),
    };
  // A medicine amount asked: remembered, so an amount asked again without naming the medicine is read as that request.
  if (reading.asksDose && reading.medicine) {
    const kept = reading.signs.size > 0 || reading.ageMonths !== undefined ? (state.healthSigns?.flags ?? []) : recent;
    state.healthSigns = { flags: [...kept.filter((s) => !s.startsWith('asked:dose:')), `asked:dose:${reading.medicine}`], at: ctx.now.toISOString() };
  }
  const overridden = ctx !== turnCtx;
  if (t.level === 'none') {
    const r = new Reply(ctx, codec, { ...state, pending: undefined });
    if (overridden) r.langOverride = ctx.locale;
    if (aheadFindings.length) {
      if (!ahead(r, aheadFindings, t.ageMonths ?? ageMonths)) return undefined;
    } else if (reading.asksDose && reading.medicine) medicine(r, reading.medicine);
    else if (reading.signs.has('spit_up')) spitUp(r);
    // (A question that names a sign of its own — "另外 咳嗽可以去托育点吗" — is answered for that sign by the knowledge base.)
    else if (reading.asksCare && !reading.educational && !reading.hypothetical && reading.signs.size === 0 && illnessTold(recent)) {
      // "那明天还能去托育点吗", "can she still go on Saturday?" right after an illness was told: the drop-off rule for that
      // illness (24 hours without fever, vomiting or diarrhoea), not a search for the day it names.
      r.say(careRule(r, new Set(recent.filter((s) => !s.includes(':')))));
      cite(r, ['care_return']);
      // "要不要取消周六的": the rule decides, and the bookings of the coming days are one tap from cancelling.
      if (reading.asksCancel) await offerCancelSoon(r);
    } else return undefined;
    r.state.lastQuestion = text;
    r.state.lastAnswer = undefined;
    // A triage answer is an answer: what follows it ("手指頭上有一個小黑點") is read as a follow-up to a question (round 45).
    r.state.lastIntent = 'knowledge';
    r.row(r.button(escalateQuestionAction, [], r.w.knowledge.stillUnsure));
    await tellStaffHolding(r, ctx, text);
    return r.build();
  }

  const r = new Reply(ctx, codec, { ...state, pending: undefined });
  if (overridden) r.langOverride = ctx.locale;
  const atPoint = reading.atPoint && !reading.hypothetical && !reading.educational;
  if (t.level === 'red') {
    await red(r, t, signs, text, {
      atPoint,
      asksDose: reading.asksDose,
      reassured: reading.fineNow || reading.checking,
      helpCalled: reading.helpCalled,
      medicineFirst: reading.medicineFirst,
      asksCare: reading.asksCare && !atPoint,
      carerReports: reading.carerReports && !atPoint,
    });
    // Like a knowledge answer, the message is the topic a follow-up ("那什么情况要去医院") is read against.
    r.state.lastQuestion = text;
    r.state.lastAnswer = undefined;
    // A triage answer is an answer: what follows it ("手指頭上有一個小黑點") is read as a follow-up to a question (round 45).
    r.state.lastIntent = 'knowledge';
    return r.build();
  }
  if (atPoint) r.say(r.w.triage.atPoint);
  // A parent blaming themself ('都怪我没看好', 'I feel like a terrible mum') hears a kind word before the advice (not in a
  // 120 answer, where every second goes to what to do).
  else if (reading.selfBlame) r.say(r.w.triage.notYourFault);
  const care = reading.asksCare && !atPoint ? careRule(r, signs) : undefined;
  if (t.level === 'amber') amber(r, t, signs, atPoint, reading.asksDose, reading.asksWait, care, reading.medicineFirst);
  else watch(r, t, signs, atPoint, reading.asksDose, reading.fineNow, care);
  // "还要继续吃药吗", "should I skip her heart medicine today?": the child's own medicine is the prescriber's call.
  if (reading.asksUsualMedicine && !reading.medicine) r.say(r.w.triage.usualMedicine);
  if (OTHER_EMERGENCY_NUMBER.test(text)) r.say(r.w.triage.numberHere);
  // "…咬破皮了 她俩一天到晚抢东西打架 怎么让她们别打了": the fighting asked besides the bite is answered after its first aid.
  if (!atPoint) await answerBehaviourBesides(r, text);
  r.state.lastQuestion = text;
  r.state.lastAnswer = undefined;
  r.state.lastIntent = 'knowledge';
  if (atPoint) await escalate(r, 'complaint', text);
  else {
    r.row(r.button(escalateQuestionAction, [], r.w.knowledge.stillUnsure));
    await tellStaffHolding(r, ctx, text);
  }
  return r.build();
}

/** Days ahead whose bookings an ill child may miss: the coming week. */
const SOON_DAYS = 7;

/** A cancel button for each confirmed booking in the coming week (the parent asked whether to cancel): nothing is cancelled unasked. */
async function offerCancelSoon(r: Reply): Promise<void> {
  const list = await r.ctx.booking.listBookings(r.ctx.userId, { includePast: false }).catch(() => undefined);
  const until = new Date(r.ctx.now.getTime() + SOON_DAYS * 86_400_000).toISOString().slice(0, 10);
  const soon = (list?.upcoming ?? []).filter((v) => v.status === 'confirmed' && v.localDate <= until).slice(0, 3);
  if (soon.length === 0) return;
  r.grid(
    soon.map((v) => r.button(askCancelAction, [v.id], r.w.booking.cancelRef(`${v.refCode} ${v.childName} ${r.w.format.date(v.localDate)}`))),
    1,
  );
}

/**
 * How to stop the children fighting, asked beside the incident just triaged: answered after the first aid from the
 * section that clearly answers it (a sibling bite and "怎么让他们别打架" get both the bite care and the fighting advice).
 */
const FIGHTING_MATCH = Math.min(0.4, DEFAULT_THRESHOLDS.questionMatch);

async function answerBehaviourBesides(r: Reply, text: string): Promise<void> {
  for (const asked of behaviourAskedBesides(text)) {
    const run = await r.tool<{ passages: Passage[] }>('search_knowledge', { query: asked });
    const top = run.result?.passages[0];
    // (The clause was read as asking about fighting already, so a parenting section it finds a little less closely than a
    // question alone would need still answers it: "她俩一天到晚抢东西打架" lists no time words.)
    if (!top || !top.docId.startsWith('parenting-') || (top.questionMatch ?? 0) < FIGHTING_MATCH) continue;
    await searchKnowledgeTool.present!(r, { passages: [top] }, { query: asked });
    return;
  }
}
