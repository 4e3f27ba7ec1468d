import type { SignReading } from './healthSigns.ts';

/**
 * What a parent's health signs add up to, after NICE NG143's traffic light
 * and usual first-aid guidance:
 * - red: call 120 now (first aid while waiting, an urgent ticket);
 * - amber: see a doctor today, with the signs that would make it 120;
 * - watch: a minor incident and the child is fine now: what to watch for;
 * - none: nothing to triage (a question goes to the knowledge base).
 * The table is for escalating, never for reassuring: "but he seems fine"
 * never lowers a red sign. Signs are read across the recent turns: the
 * current message must hold at least one sign, and what the earlier turns
 * said (diarrhoea this morning, a knock on the head an hour ago) adds to it.
 */
export type TriageLevel = 'none' | 'watch' | 'amber' | 'red';

export interface Triage {
  level: TriageLevel;
  /** Stable names of what decided the level (red findings for red, amber for amber, …). */
  findings: string[];
  /** The child's age in months, from the message, the recent turns or the conversation. */
  ageMonths?: number;
  /** Signs to keep for the next turns (no red ones: those were acted on). */
  remember: string[];
}

export interface TriageContext {
  /** Signs remembered from the recent turns (see Triage.remember). */
  recent: string[];
  /** The age of the child the conversation is about, when known. */
  ageMonths?: number;
}

const RANK: Record<TriageLevel, number> = { none: 0, watch: 1, amber: 2, red: 3 };

/** Signs that are an emergency wherever they appear. */
export const RED_SIGNS = new Set([
  'seizure',
  'not_breathing',
  'breathing_difficulty',
  'very_fast_breathing',
  'grunting',
  'stridor_at_rest',
  'blue_lips',
  'mottled_skin',
  'unresponsive',
  'abnormal_cry',
  'skin_turgor',
  'meningitis_signs',
  'bulging_fontanelle',
  'poisoning',
  'button_battery',
  'battery_nose',
  'magnets',
  'severe_bleeding',
  'serious_burn',
  'choking',
  'object_stuck',
  'drowning',
  'severe_dehydration',
  'green_vomit',
  'allergic_reaction',
  'self_harm',
  'eye_chemical',
  'heat_illness',
  'electric_shock',
  'snake_bite',
  'fracture',
  'testicle_pain',
  'favism',
  'hfmd_severe',
  'dengue_severe',
  'carbon_monoxide',
  'sharp_swallowed',
  'eye_blast',
  'eye_bulging',
]);
/** Signs that mean "see a doctor today" by themselves. */
const AMBER_SIGNS = [
  'nasal_flaring',
  'fast_breathing',
  'pale',
  'hard_to_wake',
  'very_lethargic',
  'rigors',
  'limb_swelling',
  'not_weight_bearing',
  'barking_cough',
  'wheeze',
  'blood_in_stool',
  'severe_pain',
  'bite_broken',
  'animal_bite',
  'swallowed_object',
  'vomits_everything',
  'tooth_injury',
  'finger_bad',
  'allergy_mild',
  'nose_object',
  'eye_injury',
  'eye_irritant',
  'pale_stool',
  'ear_discharge',
  'sting_mouth',
  'arm_not_used',
  'fish_bone',
  'medicine_error',
  'desiccant',
  'hair_tourniquet',
  'scrotal_swelling',
  'bruise_unexplained',
];
/** Words about the situation, not signs: never remembered. */
const MODIFIERS = new Set([
  'febrile_seizure_named',
  'digit_discoloured',
  'bundling',
  'heat_pad',
  'burn_unblistered',
  'cooled',
  'nail_blood',
  'tooth_found',
  'gut_repeated',
  'confused',
  'small',
  'blister',
  'cough_ongoing',
  'choking_resolved',
  'choking_first_aid',
  'head_warning',
  'high_fall',
  'long_time',
  'still_bleeding',
  'finger_bad',
  'spreading',
  'pus',
  'hoarse',
  'throat_tight',
  'short_breath',
  'cant_swallow',
  'mouth_swelling',
  'took_some',
  'cried',
  'no_reading',
  'felt_very_hot',
  'head_first',
  'knocked_out',
  'hot_day',
  'rash_blanches',
  'choke_days_ago',
  'dry_spell',
  'teething',
  'big_lump',
  'projectile',
  'barely_responds',
  'alcohol',
  // Named illnesses: what the signs add up to, not signs to add up again in the next turns.
  'hfmd',
  'roseola',
  'bronchiolitis',
  'gastro',
  'doctor_seen',
  'spit_up',
  'breastfed',
  'jaundice_early',
  'jaundice_warning',
  'dengue_warning',
  'limb_knock',
  'still_swollen',
  'hurts',
  'water_mouthful',
  'unsteady',
  'sleepy',
  'locked_in_car',
  'kawasaki_features',
  'battery_named',
  'eye_splashed',
  'motion_sick',
  'ear_insect',
]);
const DEHYDRATION = ['fewer_wees', 'dry_mouth', 'no_tears', 'poor_feeding'];
const GUT = ['diarrhoea', 'vomiting'];

function storedAge(recent: string[]): number | undefined {
  for (const s of recent) if (s.startsWith('age:')) return Number(s.slice(4));
  return undefined;
}

/** Decides the level for one message, given the signs of the recent turns. */
export function triageSigns(reading: SignReading, ctx: TriageContext): Triage {
  const cur = new Set(reading.signs);
  const past = new Set(ctx.recent.filter((s) => !s.includes(':')));
  // Red signs already answered with 120: not counted again, but they say what a follow-up is about.
  const pastRed = new Set(ctx.recent.filter((s) => s.startsWith('red:')).map((s) => s.slice(4)));
  const any = (s: string) => cur.has(s) || past.has(s);
  const now = (s: string) => cur.has(s);
  const age = reading.ageMonths ?? storedAge(ctx.recent) ?? ctx.ageMonths;
  const red = new Set<string>();
  const amber = new Set<string>();
  const watch = new Set<string>();
  // A general question or a hypothetical describes no child to triage below red.
  const incident = !reading.educational && !reading.hypothetical;

  for (const s of cur) if (RED_SIGNS.has(s)) red.add(s);
  // "卡住了" then "哭不出来 脸发紫": still the choking, and its first aid.
  if (pastRed.has('choking') && !now('choking_resolved') && ['blue_lips', 'breathing_difficulty', 'not_breathing', 'unresponsive'].some(now))
    red.add('choking');
  if (incident) for (const s of AMBER_SIGNS) if (now(s)) amber.add(s);

  // Choking that is over (coughed out) with nothing else red: a doctor today if back blows or thrusts were
  // needed or the child is still coughing or breathing noisily; otherwise what to watch for.
  // A choke told in an earlier message, then a cough or noisy breathing that goes on (today, the next day): something may
  // have gone down the airway — a doctor today.
  if (
    pastRed.has('choking') &&
    !now('choking') &&
    !now('choking_resolved') &&
    ['cough_ongoing', 'barking_cough', 'wheeze', 'short_breath', 'fast_breathing'].some(now)
  )
    amber.add('choking_resolved');
  // A choke days ago and a cough or wheeze since, told in one message: the same — a doctor today.
  if (incident && now('choke_days_ago') && !red.has('choking')) {
    amber.add('choke_lingering');
    // Its noisy breathing is the choke's, not croup's: no croup advice.
    amber.delete('barking_cough');
    amber.delete('wheeze');
  }
  const chokeKnown = red.has('choking') || pastRed.has('choking');
  if (chokeKnown && now('choking_resolved') && [...red].every((s) => s === 'choking' || s === 'poisoning')) {
    red.delete('choking');
    if (now('choking_first_aid') || ['barking_cough', 'wheeze', 'fast_breathing', 'nasal_flaring'].some(now) || now('cough_ongoing'))
      amber.add('choking_resolved');
    else if (incident) watch.add('choking_cleared');
  }

  // A painless swollen scrotum told before, now hurting or with vomiting: torsion until proved otherwise (NHS) — 120.
  if (past.has('scrotal_swelling') && (now('severe_pain') || now('vomiting') || now('inconsolable') || now('hurts'))) red.add('testicle_pain');

  // Hand sanitiser licked before, now sleepy, wobbly or vomiting: alcohol poisoning (US National Capital Poison Center) — 120.
  if (past.has('alcohol_lick') && ['unsteady', 'sleepy', 'very_lethargic', 'hard_to_wake', 'vomiting', 'unresponsive'].some(now)) red.add('poisoning');

  // A nut, seed or shell choked on or breathed in, the choke over (or never a blockage): a doctor today even when the
  // child seems fine, since a piece can sit in the airway; its wheeze or cough is the object's, not croup's or asthma's.
  if (incident && any('airway_object') && !red.has('choking') && !amber.has('choke_lingering')) {
    amber.add('airway_object');
    amber.delete('wheeze');
    amber.delete('barking_cough');
    amber.delete('choking_resolved');
    watch.delete('choking_cleared');
  }

  // A knock on the head: an emergency with a warning sign or from a height; a bump to watch when the child is fine now.
  if (now('head_knock')) {
    // A warning sign said in an earlier message still counts when the parent follows up ("吐了两次" then "现在没事了").
    const warnedBefore = past.has('head_knock') && ['vomiting', 'very_lethargic', 'hard_to_wake', 'inconsolable'].some((s) => past.has(s));
    // The same warning signs read by their own words in this message ("he's been sick twice since").
    const warnedNow = ['vomiting', 'very_lethargic', 'hard_to_wake', 'inconsolable'].some(now);
    // A lump, bruise or cut on a baby's head of 5 cm or more: hospital now, even if the baby seems fine (NHS).
    const bigLumpInfant = now('big_lump') && age !== undefined && age < 12;
    if (now('head_warning') || now('high_fall') || warnedBefore || warnedNow || bigLumpInfant) red.add('head_injury');
    // Fine now, asking whether it matters, reporting it from a point afterwards, or only a bump or bruise to show for it.
    // Crying at once is a good sign after a knock (NHS); crying that will not stop is a warning, read above.
    else if (reading.fineNow || reading.checking || reading.atPoint || now('lump') || now('minor_wound') || now('cried')) {
      if (incident && age !== undefined && age < 12) amber.add('head_bump_infant');
      else if (incident) watch.add('head_bump');
    } else if (incident && age !== undefined && age < 12) amber.add('head_bump_infant');
    // A fall or knock told with nothing about how the child is ("孩子中午从沙发上摔下来了"): ask how they are now and name
    // the signs that mean 120, and what to watch over 24 hours — not 120 first (usual first-aid guidance; NHS head injury).
    // Landing head first is a harder knock: still 120.
    else if (incident && !now('head_first')) watch.add('fall_unclear');
    else red.add('head_injury');
  } else if (now('high_fall')) {
    // A fall from a height (a balcony, the stairs, over a metre): hospital even with no word about the head.
    red.add('head_injury');
  } else if (past.has('head_knock') && (['vomiting', 'very_lethargic', 'inconsolable', 'hard_to_wake', 'listless'].some(now) || reading.sleepyNow)) {
    // After a knock told earlier: vomiting, unusually sleepy ('一直想睡觉') or not themselves ('叫他也懒懒的 不怎么理人') — NHS.
    red.add('head_injury');
  }

  // A hair tourniquet with the toe or finger going purple, white or dark, or one that will not come off and changes
  // colour: the blood flow is failing — the emergency department now (AAP, hair tourniquets).
  if (incident && any('hair_tourniquet') && now('digit_discoloured')) red.add('tourniquet_colour');
  // The swelling is the tourniquet's, not a sprain or a broken bone's: its own first step, not the limb advice.
  if (now('hair_tourniquet')) amber.delete('limb_swelling');

  // Sleeping all the time and barely answering when called: does not stay awake when roused (NICE NG143 red), whatever
  // the temperature — 120, not a doctor today.
  if (now('very_lethargic') && now('barely_responds')) red.add('barely_responsive');

  // Fever: age first (under 3 months is red, 3–6 months amber), then what comes with it.
  // A fever said earlier counts with a sign now, or with the child's age said now ("他才两个月").
  const feverNow = now('fever') || (past.has('fever') && (cur.size > 0 || reading.ageMonths !== undefined));
  if (feverNow) {
    // Under 3 months, 38 °C or more is red. Warm to the touch with no reading ("摸着有点烫 还没量", "burning up, no
    // thermometer"): take the temperature now — the reading decides (NICE NG143) — and see a doctor today.
    if (age !== undefined && age < 3) {
      // A reading of 37.5–37.9 °C is below the 38 °C line: take it again, a doctor today (not 120 yet) — past the first
      // month; a newborn's raised temperature stays an emergency.
      if ((now('no_reading') && !now('felt_very_hot')) || (now('reading_below_38') && !now('felt_very_hot') && age >= 1)) amber.add('warm_under_3_months');
      else red.add('fever_under_3_months');
    }
    if (now('meningitis_signs')) red.add('fever_with_meningitis_signs');
    if (now('inconsolable')) red.add('abnormal_cry');
    // A fever with two or more features of Kawasaki disease: a doctor today to check for it (NHS).
    if (incident && now('kawasaki_features')) amber.add('kawasaki');
    if (incident) {
      // A fever under 39 °C in the day or two after this age's vaccinations is the common reaction (NHS, vaccination side
      // effects): home care with what to watch, unless another sign says more; 39 °C or more at 3–6 months stays amber (NICE NG143).
      const vaccineFever =
        now('after_vaccine') && !now('vaccine_listless') && reading.temperature !== undefined && reading.temperature < 39 && (reading.feverDays ?? 0) < 2;
      if (age !== undefined && age >= 3 && age < 6 && !vaccineFever) amber.add('fever_3_6_months');
      if ((reading.feverDays ?? 0) >= 5) amber.add('fever_5_days');
      // Three or four days of fever: a doctor looks for the cause (AAP: call the paediatrician for a fever over 3 days, or over
      // 24 hours under 2) — 'it comes back after the medicine' is not home care any longer.
      // A fever of 3 days that has gone, with a rash after it (roseola), is read below, not sent to a doctor for the days.
      else if ((reading.feverDays ?? 0) >= 3 && !reading.feverGone && !now('roseola')) amber.add('fever_3_days');
      if ((reading.temperature ?? 0) >= 40 && !(age !== undefined && age < 6)) amber.add('high_fever');
      if (['listless', 'poor_feeding', 'fewer_wees', 'dry_mouth', 'no_tears', 'cold_hands'].some(now)) amber.add('fever_amber');
    }
  }

  // Dehydration, added up over the day: diarrhoea this morning, fewer wet nappies now.
  const gut = GUT.some(any);
  const gutNow = GUT.some(now);
  const dehydrationSigns = DEHYDRATION.filter(any).length;
  const dehydrationNow = DEHYDRATION.some(now);
  if (gut && (now('very_lethargic') || now('unresponsive') || now('cold_hands'))) red.add('dehydration_lethargic');
  // Dry for some hours while nothing stays down (vomiting everything, told now or before): drying out fast — 120.
  if (now('dry_spell') && any('vomits_everything')) red.add('severe_dehydration');
  // Listless with diarrhoea or vomiting and a sign of drying out (NICE CG84: altered responsiveness is a red flag).
  if (gut && now('listless') && (dehydrationSigns >= 1 || any('vomits_everything'))) red.add('dehydration_lethargic');
  // Blood in the poo with diarrhoea: a doctor today (NHS: blood in the poo is for an urgent appointment); it is red with
  // the signs above (floppy, hard to wake), read on their own.
  if (incident && any('diarrhoea') && now('blood_in_stool')) amber.add('bloody_diarrhoea');
  // Blood in the poo with crying in bouts or the legs drawn up: intussusception until shown otherwise — the emergency
  // department now (AAP; the first-aid document's 'poo like redcurrant jelly → 120').
  if (any('blood_in_stool') && any('colic_bouts') && (now('blood_in_stool') || now('colic_bouts'))) red.add('intussusception');
  // Crying in bouts with the legs drawn up, and vomiting, with no blood yet: the early picture of intussusception — a doctor
  // now, not home care for a tummy bug (NHS, intussusception; AAP); blood in the poo after it is red above.
  else if (incident && any('colic_bouts') && any('vomiting') && (now('colic_bouts') || now('vomiting'))) amber.add('colic_vomiting');
  // Carbon monoxide: the heater's poisoning, not a tummy bug drying the child out.
  // Drying out told (fewer wees, a dry mouth) and now confused or slow to answer when called: NHS sends confusion with
  // dehydration to 999, whatever caused the drying out (a hot afternoon as well as a tummy bug).
  if (incident && dehydrationSigns >= 1 && now('confused')) red.add('dehydration_lethargic');
  if (red.has('carbon_monoxide')) red.delete('dehydration_lethargic');
  if (incident) {
    if ((dehydrationNow || gutNow) && ((gut && dehydrationSigns >= 1) || dehydrationSigns >= 2)) amber.add('dehydration');
    if (now('fewer_wees')) amber.add('dehydration');
    if (gut && now('listless')) amber.add('dehydration');
    // Still listless after drying out was told ("喝了一点水 还是不想动"): the doctor today stands.
    if (now('listless') && DEHYDRATION.some((x) => past.has(x))) amber.add('dehydration');
    if (gutNow && age !== undefined && age < 6) amber.add('infant_diarrhoea');
    // Forceful (projectile) vomiting is not ordinary spit-up: a doctor looks for the cause (common-concerns, NHS).
    if (now('vomiting') && now('projectile')) amber.add('projectile_vomit');
  }

  // Constipation: fine and eating → watch; pain, blood, vomiting, a swollen belly or fever → a doctor.
  if (any('constipation') && now('belly_swollen') && (now('listless') || now('very_lethargic'))) red.add('constipation_red');
  if (incident && any('constipation') && (now('constipation') || ['blood_in_stool', 'severe_pain', 'vomiting', 'belly_swollen', 'fever'].some(now))) {
    if (['blood_in_stool', 'severe_pain', 'vomiting', 'belly_swollen', 'fever'].some(now)) amber.add('constipation_warning');
    // A baby under 6 months, or one fed only breast milk, who is well: days between poos can be normal — the knowledge
    // answer on what counts as constipation, not the toddler's watch list (water, vegetables) (NHS, constipation).
    else if ((reading.fineNow || reading.checking) && !((age !== undefined && age < 6) || now('breastfed'))) watch.add('constipation');
  }

  // A burn on the hand, face, feet or genitals: the emergency department whatever its size (NHS).
  if (incident && now('scald') && now('burn_site')) red.add('serious_burn');
  // Scalds: a blistered one or a baby's is an emergency; a small one already cooled is watched; otherwise cool it now and see a doctor today.
  if (any('scald') && now('blister') && !now('serious_burn')) red.add('serious_burn');
  if (now('scald') && !red.has('serious_burn')) {
    if (age !== undefined && age < 12) red.add('infant_burn');
    else if (incident) {
      if (now('cooled') || now('small')) watch.add('small_burn');
      else amber.add('burn');
    }
  }

  // A poison within reach said before ("拿着84消毒液的瓶子在玩"), then "好像喝了一口": an ingestion.
  // Magnets and batteries told in one message ("玩磁力珠 少了两颗 好像被他吞下去了") as well as across two (a poison's
  // own words are read in one message already; a desiccant bitten open is not a poisoning).
  const near = (s: string) => past.has(s) || cur.has(s);
  if ((past.has('poison_near') || pastRed.has('poisoning')) && now('took_some')) red.add('poisoning');
  // A chemical swallowed or spilled just told, then "眼睛也有喷到": that chemical in the eye — rinse it, with the 120 call.
  if ((pastRed.has('poisoning') || past.has('poison_near')) && now('eye_splashed')) red.add('eye_chemical');
  // The same for magnets or a button battery in the child's hands before (or one already missing): swallowed now.
  if ((near('magnets_near') || pastRed.has('magnets')) && now('took_some')) red.add('magnets');
  if ((near('battery_near') || pastRed.has('button_battery')) && now('took_some')) red.add('button_battery');
  // Something pushed into the nose or ear told before, then "what if it's a button battery?": it may burn there within hours
  // — the emergency department now (battery_nose first aid), not the swallowed-battery honey advice.
  if (past.has('nose_object') && (now('battery_named') || reading.ahead.includes('button_battery')) && !now('button_battery')) red.add('battery_nose');
  // "it might be one of the button batteries" about the thing already in the nose or ear, with no word of swallowing: the
  // battery in the nose or ear (no honey), not a swallowed one.
  if (past.has('nose_object') && now('button_battery') && now('battery_named') && !now('took_some') && !now('swallowed_object')) {
    red.delete('button_battery');
    red.add('battery_nose');
  }
  // Hot and sweaty from a car or the sun: heat stroke with the red signs; otherwise cool down and watch (heat exhaustion).
  // Tired or a bit listless is heat exhaustion in a child (NHS): cooled down, watched, 120 if no better within 30 minutes.
  if (any('heat_exposure') && ['very_lethargic', 'unresponsive', 'vomiting', 'hard_to_wake', 'seizure', 'confused'].some(now)) red.add('heat_illness');
  // Left in a car in the heat and alert now: cooled down and seen by a doctor today (AAP: every child left in a hot car is
  // checked), not watched at home like an afternoon in the sun; the heatstroke signs above keep it red.
  else if (incident && now('heat_exposure') && any('car_left')) amber.add('hot_car');
  else if (incident && now('heat_exposure')) watch.add('heat_exhaustion');

  // Bites and small wounds (at a point, or checked on by the parent).
  if (incident && now('bite') && !now('bite_broken')) watch.add('bite');
  if (incident && now('minor_wound') && (now('wound_deep') || now('still_bleeding')) && !reading.fineNow) amber.add('wound_deep');
  // "需要缝针吗", "does he need stitches?" after heavy bleeding or a cut told before: the wound's advice (a doctor today
  // when it gapes, is deep or bleeds again), not the knowledge base's bleeding emergency.
  else if (incident && now('wound_deep') && !now('minor_wound') && (pastRed.has('severe_bleeding') || past.has('minor_wound') || past.has('bite_broken')))
    amber.add('wound_deep');
  // A graze or cut getting redder, spreading or with pus days later: an infection — a doctor today (NHS cuts and grazes),
  // not the first aid for a fresh wound (round 53).
  else if (incident && now('minor_wound') && (now('spreading') || now('pus'))) amber.add('wound_infected');
  else if (incident && now('minor_wound')) watch.add('minor_wound');
  // A deep, gaping or through-the-lip wound told before, then "血止住了 还要去吗" / "it stopped bleeding, still go?": bleeding
  // that stops does not close it — still a doctor today (NHS, cuts and mouth injuries).
  if (incident && past.has('wound_deep') && (reading.checking || reading.asksWhenToGo || now('minor_wound')) && !red.size && !amber.size)
    amber.add('wound_deep');
  // Through the lip: said as such, so 'the bleeding stopped' is not read as the end of it.
  if (incident && now('wound_through') && !red.size) amber.add('wound_deep');
  if (amber.has('wound_deep') && any('wound_through')) amber.add('wound_through');
  if (incident && now('sting') && !now('allergic_reaction')) watch.add('sting');
  if (incident && reading.atPoint && red.size + amber.size + watch.size === 0) watch.add('point_injury');

  // Swelling, hives or a bite followed by wheeze, a hoarse voice or breathlessness: anaphylaxis (NHS, Resuscitation Council UK).
  if (
    (any('allergy_mild') || any('sting') || any('food_rash')) &&
    ['breathing_difficulty', 'barking_cough', 'wheeze', 'hoarse', 'short_breath', 'throat_tight'].some(now)
  )
    red.add('allergic_reaction');
  // A sting on the lip or in the mouth, then drooling or trouble swallowing: the mouth or throat is swelling (NHS: trouble
  // swallowing after a sting is an emergency).
  if (any('sting_mouth') && now('cant_swallow')) red.add('allergic_reaction');
  // …or the tongue, throat or inside of the mouth swelling after a sting there (NHS: 999/A&E).
  if (any('sting_mouth') && now('mouth_swelling')) red.add('allergic_reaction');
  // A food followed by hives, a rash or itching: a possible allergy (a doctor today; breathing signs are red above).
  if (incident && now('food_rash') && !red.has('allergic_reaction')) amber.add('allergy_mild');
  // A swallowed coin that now will not go down (drooling, cannot swallow): stuck in the food pipe.
  // The same after magnets, a battery or an object told in an earlier message ("现在 drooling 很多 不肯 swallow").
  if ((any('swallowed_object') || ['magnets', 'button_battery', 'object_stuck'].some((s) => pastRed.has(s))) && now('cant_swallow')) red.add('object_stuck');
  // A cleaner, detergent or medicine swallowed before, then drooling, refusing to swallow, vomiting or a cough that goes on:
  // a burn of the mouth or food pipe, or the poison acting — still 120 and its first aid (poison centres), not a teething tip.
  if (pastRed.has('poisoning') && !red.size && ['cant_swallow', 'vomiting', 'cough_ongoing', 'short_breath'].some(now)) red.add('poisoning');
  // Things of low toxicity in the mouth (soap, lipstick, crayons, gum): watched at home; a doctor if symptoms start.
  if (incident && now('low_toxic') && !now('poisoning')) {
    if (['vomiting', 'cough_ongoing', 'listless'].some(now)) amber.add('low_toxic_symptoms');
    else watch.add('low_toxic');
  }
  // A cigarette or butt eaten, however it is told ('捡到烟蒂 吃掉半根了'): a poison like the cigarettes named with a verb (the
  // nicotine acts within hours; US Poison Control) — 120 / the emergency department, with its own first-aid line.
  if (now('tobacco')) red.add('poisoning');
  // A plant eaten that is not known to be poisonous: keep it (or a photo) and see a doctor today.
  if (incident && now('plant') && !now('poisoning')) amber.add('plant');
  // A centipede bite or a jellyfish sting: its own care; spreading swelling or a fever after any bite or sting: a doctor today.
  if (incident && now('centipede')) watch.add('centipede');
  if (incident && now('fire_ant')) watch.add('fire_ant');
  // A nose out of shape after a knock: a doctor soon (possibly broken, NHS) — round 52.
  if (incident && now('nose_bent') && !red.size) amber.add('nose_bent');
  if (incident && now('marine_sting')) watch.add('jellyfish');
  if (incident && ['centipede', 'fire_ant', 'marine_sting', 'sting', 'bite', 'insect_bite'].some(any) && (now('spreading') || now('fever') || now('pus')))
    amber.add('bite_spreading');
  // A breath-holding spell while crying, over (breathing again, came round within seconds): not a blue child now — what
  // to do in a spell, a doctor to check, and the signs that make it 120 (NHS). Any other red sign is read as usual.
  if (incident && now('breath_holding') && !red.size) watch.add('breath_holding');
  // A splinter: cared for at home, watched. (A mosquito bite is an everyday question for the knowledge base.)
  if (incident && now('splinter')) watch.add('splinter');
  // A fit yesterday that is over: what to do if it comes back (a fit now is red above).
  // Never seen by anyone about it ("当时没去医院", "we didn't see anyone"): a doctor should check the child (a first fit
  // is always assessed, NHS) — today, with what to do if it comes back; not 120 now.
  if (incident && now('seizure_past')) {
    if (now('not_seen')) amber.add('seizure_unseen');
    else watch.add('seizure_past');
  }
  // A rash that came after starting a medicine (an antibiotic most often): a doctor today, before the next dose; swelling
  // or breathing trouble with it is red above (allergic reaction).
  if (incident && now('medicine_rash') && !red.size) amber.add('medicine_rash');
  // Fainted, went blue or paused breathing a day or more ago, well since: a doctor to find out why (today), not 120 now.
  if (incident && now('episode_past')) amber.add('episode_past');
  // Vomiting then diarrhoea (or the other way round) told over several messages, no sign of drying out yet: care at home, watched.
  if (
    incident &&
    !reading.recovered &&
    gutNow &&
    (GUT.some((s) => past.has(s)) || reading.fineNow || reading.checking || now('gut_repeated') || now('gastro')) &&
    !dehydrationNow
  )
    watch.add('gut');

  // A swallowed object with vomiting, pain or breathing trouble: emergency care — also when the object was told in an
  // earlier message ("过了两天还没拉出来 今天吐了两次").
  // Drooling or not swallowing after it ("开始流口水 不肯吃东西"): stuck in the food pipe (NHS: A&E) — told now or with the object before.
  if (any('swallowed_object') && ['vomiting', 'breathing_difficulty', 'severe_pain', 'belly_swollen', 'cough_ongoing', 'cant_swallow'].some(now))
    red.add('object_stuck');
  // A barking cough or noisy breathing told before, now drooling or not swallowing ("开始流口水 不肯躺下", "drooling and can't
  // swallow"): the airway is narrowing (epiglottitis until shown otherwise) — 120, kept upright as the child chooses (NHS croup).
  if (past.has('barking_cough') && now('cant_swallow')) red.add('stridor_at_rest');
  // Situations with their own first aid: a nosebleed, a crushed finger, sunburn, water breathed in, a fever after a vaccine.
  // Still bleeding after 20 minutes of pressure is the emergency department now (NHS nosebleeds: over 10–15 minutes → A&E),
  // not a doctor today: the first aid goes on while help comes.
  if (any('nosebleed') && (now('long_time') || (past.has('nosebleed') && now('still_bleeding')))) red.add('nosebleed_long');
  else if (incident && now('nosebleed')) watch.add('nosebleed');
  // Blood under the nail or a black nail, told after the crushed finger: a doctor today (finger_bad).
  if (incident && any('finger_crushed') && now('nail_blood')) amber.add('finger_bad');
  // Still swollen after a cold pack ('冰敷了十分钟 还是肿', 'still swollen after the ice'): the finger or limb hurt before
  // may be broken — a doctor today (NHS, finger injuries and broken bones).
  if (incident && now('still_swollen')) {
    if (any('finger_crushed')) amber.add('finger_bad');
    else if (['limb_knock', 'limb_swelling', 'arm_not_used', 'not_weight_bearing'].some(any)) amber.add('limb_swelling');
  }
  if (incident && now('finger_crushed') && !now('finger_bad') && !now('nail_blood')) watch.add('finger');
  // "牙找到了 要泡在什么里面": the knocked-out tooth told before — its advice again (kept in milk, the dentist today).
  if (incident && past.has('tooth_injury') && now('tooth_found')) amber.add('tooth_injury');
  if (any('sunburn') && (now('blister') || now('fever') || (age !== undefined && age < 12)) && (now('sunburn') || now('blister') || now('fever')))
    amber.add('sunburn_bad');
  else if (incident && now('sunburn')) watch.add('sunburn');
  // Pulled from water, then grey or blue lips, breathing trouble (or breathing 'not right'), no response or not breathing: a near-drowning — 120 and
  // the drowning first aid (rescue breaths, recovery position, keep warm), not a choke on food's back blows.
  const afterWater = ['blue_lips', 'mottled_skin', 'breathing_difficulty', 'very_fast_breathing', 'grunting', 'not_breathing', 'unresponsive', 'pale'];
  if (
    any('water_inhaled') &&
    [...afterWater, 'breathing_odd', 'cough_ongoing', 'fast_breathing', 'listless', 'very_lethargic', 'vomiting', 'hard_to_wake'].some(now)
  ) {
    red.add('drowning');
    if (now('water_inhaled')) red.delete('choking');
  } else if (incident && now('water_inhaled')) {
    // A mouthful of bath water coughed up and the child fine now ("呛水了 now OK, should I worry about dry drowning?"):
    // what to watch over the next hours, not a doctor today; a cough or breathing that stays off is (AAP, drowning).
    const breathingOff = ['short_breath', 'fast_breathing', 'wheeze', 'nasal_flaring', 'cough_ongoing', 'very_lethargic', 'vomiting'].some(now);
    if (reading.fineNow && now('water_mouthful') && !breathingOff) watch.add('water_fine');
    else amber.add('water_inhaled');
  }
  // A rash that fades under a glass, in a child who is well (the fever gone): watched at home with the signs that change
  // that; one that does not fade is read as red above. Still unwell, or the fever still there: a doctor today.
  const rashFades = any('rash') && now('rash_blanches') && (reading.fineNow || reading.feverGone) && !now('fever');
  if (incident && any('fever') && rashFades && !red.size && !amber.size) watch.add('rash_blanch');
  else if (incident && any('fever') && now('rash') && !red.size) amber.add('fever_rash');
  // Roseola: a rash that came as a fever of some days went, in a child under 3 with nothing else amber or red — the rash
  // itself needs no doctor (NHS roseola); what to watch, the glass test, and when it does. A rash that does not fade is
  // read as red above; poor drinking, few wees or a listless child stay amber.
  if (incident && now('roseola') && !red.size && (age === undefined || age < 36) && [...amber].every((x) => x === 'fever_rash')) {
    amber.delete('fever_rash');
    watch.add('roseola');
  }
  // Hand, foot and mouth disease with nothing amber or red: cared for at home — drinks, wees, the warning signs of a
  // severe case, and no care until the doctor or the point says (China NHC HFMD guideline 2018).
  // With a fever and not yet seen by a doctor: a doctor today to confirm it and check for drying out (and a note for care).
  // Hand, foot and mouth told in an earlier message, then jerks or startles, vomiting again and again, or a floppy, sleepy
  // child: the warning signs of a severe (enterovirus 71) case — 120 (China NHC HFMD guideline 2018; Taiwan CDC 腸病毒
  // 重症前兆). The illness is remembered as 'had:hfmd', not as a sign to add up again.
  const hadHfmd = ctx.recent.includes('had:hfmd');
  if (
    incident &&
    hadHfmd &&
    !now('hfmd') &&
    (reading.jerks || ['gut_repeated', 'vomits_everything', 'very_lethargic', 'hard_to_wake', 'unresponsive', 'listless'].some(now))
  )
    red.add('hfmd_severe');
  if (incident && now('hfmd') && !reading.recovered && !red.size) {
    if (any('fever') && !now('doctor_seen')) amber.add('hfmd');
    else if (!amber.size) watch.add('hfmd');
  }
  // Bronchiolitis in a baby under 1: a doctor today to check breathing and feeding (NICE NG9 on when to refer).
  if (incident && now('bronchiolitis') && !red.size) amber.add('bronchiolitis');
  // A fever after a vaccination that has gone on past 48 hours (a third day) or reached 39 °C: a doctor today, saying which
  // vaccine was given (parenting-fever-illness, after a vaccination).
  const vaccineFeverLong = (reading.feverDays ?? 0) >= 3 || (reading.temperature ?? 0) >= 39;
  if (incident && any('after_vaccine') && now('fever') && vaccineFeverLong && !red.size) amber.add('vaccine_fever_long');
  else if (incident && any('after_vaccine') && now('fever') && !red.size && !amber.size) watch.add('vaccine_fever');
  // Sleepy or fussy after vaccines, no fever to act on and nothing red: a mild reaction to watch.
  else if (incident && now('vaccine_mild') && !red.size && !amber.size && !watch.size) watch.add('vaccine_mild');

  // A fever in a child over 6 months who is well in themselves ("精神很好 能吃能玩"): fever care at home and its red signs.
  if (incident && !reading.recovered && now('fever') && reading.fineNow && age !== undefined && age >= 6 && !red.size && !amber.size && !watch.size)
    watch.add('fever_home');
  if (incident && !reading.recovered && now('fever') && reading.fineNow && age === undefined && !red.size && !amber.size && !watch.size)
    watch.add('fever_home');
  // A fever blamed on teething ('长牙发烧38.5 正常吗', "teething, 38.4 — just his teeth?"): teething does not cause a fever
  // (NHS, NICE CKS: at most a slight rise under 38 °C), so it is answered as a fever — care at home, the red signs and when
  // to see a doctor — with that said first, not as a teething tip. The age rules and any amber or red sign above decide first.
  // Said to be well in themselves as well: the same answer (it holds the home care of fever_home).
  if (incident && !reading.recovered && now('fever') && now('teething') && !red.size && !amber.size && [...watch].every((w) => w === 'fever_home')) {
    watch.delete('fever_home');
    watch.add('teething_fever');
  }
  // Choked on milk or water: breathing that stays fast, noisy or hard (now or told next) is a doctor today; otherwise watched.
  const fluidBreathing = ['short_breath', 'fast_breathing', 'wheeze', 'nasal_flaring', 'cough_ongoing'].some(now);
  if (incident && any('fluid_choke') && fluidBreathing && !red.size) amber.add('fluid_choke_breathing');
  // Told with how it went (coughed, red in the face, breathing, crying now): watched. A bare 'choked on water' is a
  // question for the knowledge base, as before.
  else if (incident && now('fluid_choke') && reading.fluidChokeTold && !red.size && !amber.size) watch.add('fluid_choke');
  // Newborn jaundice in the first 24 hours, or with a warning (deepening or spreading, sleepy and feeding poorly, pale poo
  // or dark wee, past 2 weeks): a doctor today, straight away (NHS, newborn jaundice). Floppy, a high-pitched cry or a fit
  // are red above. Yellow from day 2–3 in a well baby is the newborn-care answer.
  if (incident && now('jaundice') && (now('jaundice_early') || now('jaundice_warning') || (age !== undefined && age >= 1)) && !red.size) amber.add('jaundice');
  // Yellow in the first two weeks in a baby who is otherwise well: what to look at, and the signs that make it a doctor today.
  else if (incident && now('jaundice') && !red.size && !amber.size && !watch.size) watch.add('jaundice_watch');
  // A fever with dengue about: a doctor today, saying so, and the warning signs of severe dengue, which are 120 (WHO).
  if (incident && any('dengue') && (now('dengue_warning') || (past.has('dengue') && ['severe_pain', 'gut_repeated', 'very_lethargic', 'vomiting'].some(now))))
    red.add('dengue_severe');
  else if (incident && now('dengue') && !red.size) amber.add('dengue');
  // A knock to a limb, the child fine now (walking, using it): what to watch over the next 24 hours. Not bearing weight,
  // swelling or a bent limb is amber or red above.
  // Told with a fall and nothing about the head: the limb's list comes with the head's (the head is what matters most).
  if (incident && now('limb_knock') && !red.size && !amber.size && [...watch].every((w) => w === 'head_bump' || w === 'fall_unclear')) watch.add('limb_knock');
  // "she just drank 4oz and had a proper wee" after a doctor-today answer for drying out: the drinking and the wee are what
  // was missing, so the answer is how to keep it going and what still means a doctor today — unless something else was
  // amber (a baby under 6 months, blood in the poo, a listless child) or red.
  const dryingOnly = ['dehydration', 'fever_amber'];
  if (
    incident &&
    reading.drinkingAgain &&
    !red.size &&
    amber.size &&
    [...amber].every((a) => dryingOnly.includes(a)) &&
    !['listless', 'cold_hands', 'very_lethargic'].some(any)
  ) {
    amber.clear();
    watch.clear();
    watch.add('drinking_again');
  }
  // A shock from a household socket, the child crying at once and fine now with nothing else red: not 120 — a doctor today
  // to check the skin where the current went in and out and the heart (AAP first aid: every child with an electric shock
  // is seen by a doctor; Seattle Children's: a household shock with no symptoms is not an emergency). A burn or black mark
  // found on the hand or mouth afterwards is an electrical burn, deeper than it looks (NHS: the emergency department).
  if (incident && now('electric_shock') && (reading.fineNow || reading.checking) && [...red].every((s) => s === 'electric_shock') && !now('burn_site')) {
    red.delete('electric_shock');
    amber.add('shock_checked');
  }
  if (
    incident &&
    (pastRed.has('electric_shock') || past.has('shock_checked')) &&
    !now('electric_shock') &&
    ['digit_discoloured', 'blister', 'scald', 'minor_wound'].some(now) &&
    !red.size
  )
    amber.add('shock_burn');
  // After a shock, breathing that is not right, drowsy or hard to wake, or confused: the shock's emergency — 120 (NHS, electric
  // shock; AAP), not the fever table's 'pale'.
  if (
    incident &&
    (pastRed.has('electric_shock') || past.has('shock_checked')) &&
    !now('electric_shock') &&
    [
      'breathing_odd',
      'breathing_difficulty',
      'fast_breathing',
      'short_breath',
      'sleepy',
      'very_lethargic',
      'hard_to_wake',
      'unresponsive',
      'confused',
      'seizure',
    ].some(now)
  )
    red.add('electric_shock');
  // A swollen eyelid with a fever: an infection round the eye (periorbital cellulitis) — a doctor today for antibiotics; the eye
  // pushed forward, painful to move or seeing less is red above (NHS).
  if (incident && now('eyelid_swollen') && any('fever') && !red.size) amber.add('eyelid_infection');
  // Cold after the sea or a swim, no longer shivering and drowsy, confused or slow to answer: hypothermia — 120 (NHS).
  if (incident && now('hypothermia_signs')) red.add('hypothermia');
  // Coughing hard or breathing fast after swallowing an oil, a rub or a cleaner: some went into the lungs — 120 (US Poison Control).
  if (incident && pastRed.has('poisoning') && ['cough_ongoing', 'fast_breathing', 'breathing_difficulty', 'very_fast_breathing'].some(now))
    red.add('poisoning');
  const level: TriageLevel = red.size ? 'red' : amber.size ? 'amber' : watch.size ? 'watch' : 'none';
  const findings = [...(level === 'red' ? red : level === 'amber' ? amber : watch)];
  // Water breathed in and read as a choke as well ('呛水了 嘴唇发紫'): the near-drowning is what is remembered, so
  // 'ambulance is coming, what now?' gets its first aid, not back blows.
  const notRemembered = red.has('drowning') && !red.has('choking') ? new Set(['red:choking']) : new Set<string>();
  const remember = [
    ...new Set([
      ...[...cur].filter((s) => !RED_SIGNS.has(s) && !MODIFIERS.has(s)),
      ...past,
      ...[...cur].filter((s) => RED_SIGNS.has(s)).map((s) => `red:${s}`),
      ...[...pastRed].map((s) => `red:${s}`),
      // A red finding drawn from several signs (a near-drowning: water inhaled and a cough that goes on) is kept as
      // itself, so 'the ambulance is coming, what else?' next gets that emergency's first aid, not only one sign's
      // (read only then: a remedy asked next is still read from the signs, as before).
      ...(level === 'red' ? [...red].filter((f) => RED_SIGNS.has(f) && !cur.has(f)).map((f) => `found:${f}`) : []),
      // A knock made red by how it happened (a fall from a height, a baby's big lump, knocked out) stays red when the parent
      // follows up ('can he sleep?', 'he's fine now'): what made it red is kept with the red signs, not only the knock.
      ...(red.has('head_injury') ? ['high_fall', 'big_lump', 'knocked_out'].filter((s) => cur.has(s)).map((s) => `red:${s}`) : []),
    ]),
  ].filter((s) => !notRemembered.has(s));
  const ageToKeep = reading.ageMonths ?? storedAge(ctx.recent);
  if (ageToKeep !== undefined) remember.push(`age:${ageToKeep}`);
  // A fever's day and reading, so 'she is drinking okay though' next is read about the same fever (a fifth day stays a
  // doctor today), not about a fever with nothing known.
  if (cur.has('fever') && reading.feverDays !== undefined) remember.push(`fever_days:${reading.feverDays}`);
  if (cur.has('fever') && reading.temperature !== undefined) remember.push(`temp:${reading.temperature}`);
  // What this message was answered with, so "没事了" after a 120 or a doctor-today answer is read as about it.
  if (level !== 'none') remember.push(`was:${level}`);
  // A fall or knock answered with 'how is your child now?': the next message ('他现在挺好 在玩') is the answer to it.
  if (level === 'watch' && watch.has('fall_unclear')) remember.push('asked:how_now');
  if (cur.has('hfmd') || hadHfmd) remember.push('had:hfmd');
  return { level, findings, ageMonths: age, remember };
}

/** True when `a` is a more urgent level than `b`. */
export function moreUrgent(a: TriageLevel, b: TriageLevel): boolean {
  return RANK[a] > RANK[b];
}
