import type { Triage } from './triageSigns.ts';

/**
 * Which advice a triage answer gives, as catalogue keys (src/i18n/<lang>/
 * triage.ts) and knowledge sections (triageSources.ts): the first aid that
 * applies while waiting for 120, or the signs to watch and the signs that
 * make it 120. The words live in the catalogue; this only chooses.
 */
export type FirstAidKey =
  | 'choking_infant'
  | 'choking_child'
  | 'choking_common'
  | 'cpr'
  | 'drowning'
  | 'seizure'
  | 'burn'
  | 'burn_cooled'
  | 'burn_hospital'
  | 'battery'
  | 'battery_nose'
  | 'magnets'
  | 'stuck'
  | 'poison'
  | 'bleeding'
  | 'allergy'
  | 'head'
  | 'breathing'
  | 'dehydration'
  | 'fever'
  | 'eye_chemical'
  | 'heat'
  | 'electric'
  | 'testicle'
  | 'snake'
  | 'fracture'
  | 'fever_measure'
  | 'rash_no_fever'
  | 'favism'
  | 'drowsy'
  | 'dengue'
  | 'carbon_monoxide'
  | 'burn_heat_pad'
  | 'tobacco'
  | 'iron'
  | 'intussusception'
  | 'sharp'
  | 'car_locked'
  | 'eye_blast'
  | 'eye_orbit'
  | 'cold';
export type UrgentKey =
  | 'fever'
  | 'dehydration'
  | 'head'
  | 'burn'
  | 'burn_unblistered'
  | 'breathing'
  | 'constipation'
  | 'choking'
  | 'bite'
  | 'point'
  | 'swallowed'
  | 'nose'
  | 'tooth'
  | 'water'
  | 'heat'
  | 'allergy'
  | 'ingested'
  | 'seizure'
  | 'episode'
  | 'limb'
  | 'breath_holding'
  | 'hfmd'
  | 'jaundice'
  | 'dengue'
  | 'eye'
  | 'shock';
export type FirstStepKey =
  | 'noseBentFirst'
  | 'burnFirst'
  | 'biteFirst'
  | 'animalBiteFirst'
  | 'fishBoneFirst'
  | 'noseFirst'
  | 'toothFirst'
  | 'fingerFirst'
  | 'sunFirst'
  | 'nostrilFirst'
  | 'eyeFirst'
  | 'eyeRinseFirst'
  | 'woundFirst'
  | 'plantFirst'
  | 'febrileSeizureOutlook'
  | 'seizureAgain'
  | 'measureFirst'
  | 'recheckFirst'
  | 'croupFirst'
  | 'allergyFirst'
  | 'swallowedFirst'
  | 'medicineRashFirst'
  | 'medicineErrorFirst'
  | 'desiccantFirst'
  | 'limbFirst'
  | 'coolFirst'
  | 'wheezeFirst'
  | 'stingMouthFirst'
  | 'earFirst'
  | 'waterBeadsFirst'
  | 'hfmdFirst'
  | 'bronchiolitisFirst'
  | 'jaundiceFirst'
  | 'dengueFirst'
  | 'shockFirst'
  | 'shockBurnFirst'
  | 'earInsectFirst';
export type CareKey = 'dehydration' | 'fever' | 'rash' | 'vaccine' | 'head' | 'chokingFoods';
export type WatchKey =
  | 'head'
  | 'constipation'
  | 'burn'
  | 'bite'
  | 'minor_wound'
  | 'point_injury'
  | 'choking'
  | 'nosebleed'
  | 'finger'
  | 'sunburn'
  | 'vaccine'
  | 'sting'
  | 'low_toxic'
  | 'centipede'
  | 'fire_ant'
  | 'jellyfish'
  | 'seizure'
  | 'gut'
  | 'splinter'
  | 'fever_home'
  | 'teething_fever'
  | 'heat'
  | 'rash_blanch'
  | 'breath_holding'
  | 'hfmd'
  | 'roseola'
  | 'gastro'
  | 'limb_knock'
  | 'jaundice'
  | 'fluid_choke'
  | 'water'
  | 'drinking_again';

export interface Advice {
  /** Red: first aid while waiting, most urgent first. */
  firstAid: FirstAidKey[];
  /** Amber: what to do right now before going (cool the burn, wash the bite). */
  firstSteps: FirstStepKey[];
  /** Amber: the reasons, as catalogue keys of triage.reason. */
  reasons: string[];
  care: CareKey[];
  /** Watch: what to watch and do at home. */
  watch: WatchKey[];
  /** The signs that make it 120 (amber and watch). */
  urgent: UrgentKey[];
  /** Knowledge sections to cite. */
  sections: string[];
}

const FEVER_AMBER = new Set([
  'fever_3_6_months',
  'fever_5_days',
  'kawasaki',
  'fever_3_days',
  'high_fever',
  'fever_amber',
  'nasal_flaring',
  'fast_breathing',
  'pale',
  'hard_to_wake',
  'very_lethargic',
  'rigors',
  'limb_swelling',
  'not_weight_bearing',
  'fever_rash',
]);

/** Findings of an injured limb (NICE NG143 lists them among the amber signs of a feverish child too). */
const LIMB = ['not_weight_bearing', 'limb_swelling'];

/** The choking section for the child's age; both when the age is unknown. */
function chokingSections(age?: number): string[] {
  if (age === undefined) return ['choking_infant', 'choking_child'];
  return [age < 12 ? 'choking_infant' : 'choking_child'];
}

/**
 * A minor incident where the child is fine now: what to watch, the sign that
 * would make it urgent, and the sections cited — one row per finding, applied
 * in this order (the order the reply lists them in).
 */
interface WatchRow {
  finding: string;
  watch: WatchKey;
  urgent?: UrgentKey;
  sections: readonly string[] | ((age: number | undefined, atPoint: boolean) => string[]);
}
const WATCH_ROWS: readonly WatchRow[] = [
  { finding: 'head_bump', watch: 'head', urgent: 'head', sections: ['head'] },
  { finding: 'fall_unclear', watch: 'head', urgent: 'head', sections: ['head'] },
  { finding: 'choking_cleared', watch: 'choking', urgent: 'choking', sections: (age) => [...chokingSections(age), 'choking_foods'] },
  { finding: 'constipation', watch: 'constipation', urgent: 'constipation', sections: ['constipation_fine'] },
  { finding: 'small_burn', watch: 'burn', urgent: 'burn', sections: ['burn'] },
  // (A bite elsewhere — another nursery's class, the playground — is a wound's first aid, not the point's injury page.)
  { finding: 'bite', watch: 'bite', urgent: 'bite', sections: (_age, atPoint) => [atPoint ? 'point_marks' : 'accident'] },
  { finding: 'minor_wound', watch: 'minor_wound', sections: (_age, atPoint) => [atPoint ? 'point_marks' : 'accident'] },
  { finding: 'point_injury', watch: 'point_injury', urgent: 'point', sections: ['point_injury'] },
  { finding: 'nosebleed', watch: 'nosebleed', urgent: 'nose', sections: ['nose_tooth_finger'] },
  { finding: 'finger', watch: 'finger', sections: ['nose_tooth_finger'] },
  { finding: 'sunburn', watch: 'sunburn', urgent: 'heat', sections: ['heat_sun'] },
  { finding: 'sting', watch: 'sting', urgent: 'allergy', sections: ['small_things', 'bleeding_allergy'] },
  { finding: 'low_toxic', watch: 'low_toxic', urgent: 'ingested', sections: ['mouth_plants'] },
  { finding: 'centipede', watch: 'centipede', urgent: 'allergy', sections: ['centipede'] },
  { finding: 'fire_ant', watch: 'fire_ant', urgent: 'allergy', sections: ['fire_ant'] },
  { finding: 'jellyfish', watch: 'jellyfish', urgent: 'allergy', sections: ['jellyfish'] },
  { finding: 'seizure_past', watch: 'seizure', urgent: 'seizure', sections: ['seizure', 'fever_care'] },
  { finding: 'splinter', watch: 'splinter', sections: ['small_things'] },
  { finding: 'fever_home', watch: 'fever_home', urgent: 'fever', sections: ['rash_glass'] },
  // A fever blamed on teething: that teething does not cause it, then the fever's home care and signs.
  { finding: 'teething_fever', watch: 'teething_fever', urgent: 'fever', sections: ['teething_fever', 'fever_care'] },
  // Hand, foot and mouth disease: drinks and wees, the signs of a severe case, no care till it is over (China NHC 2018).
  { finding: 'hfmd', watch: 'hfmd', urgent: 'hfmd', sections: ['common_ill'] },
  // Roseola: the rash after the fever, the glass test, when a doctor after all (NHS).
  { finding: 'roseola', watch: 'roseola', urgent: 'fever', sections: ['rash_glass', 'fever_care'] },
  { finding: 'gut', watch: 'gut', urgent: 'dehydration', sections: ['diarrhoea'] },
  { finding: 'vaccine_fever', watch: 'vaccine', urgent: 'fever', sections: ['vaccine_fever'] },
  { finding: 'vaccine_mild', watch: 'vaccine', urgent: 'fever', sections: ['vaccine_after', 'vaccine_doctor'] },
  { finding: 'heat_exhaustion', watch: 'heat', urgent: 'heat', sections: ['heat_sun'] },
  { finding: 'rash_blanch', watch: 'rash_blanch', urgent: 'fever', sections: ['fever_care', 'fever_red'] },
  // A breath-holding spell that is over: what to do in one, a doctor to check (not urgently), when it is 120 (NHS).
  { finding: 'breath_holding', watch: 'breath_holding', urgent: 'breath_holding', sections: ['breath_holding', 'tantrum_help'] },
  // A knock to a leg or arm, walking and using it now: a cold pack, 24 hours' watch for a limp or swelling (NHS).
  { finding: 'limb_knock', watch: 'limb_knock', urgent: 'limb', sections: ['limb_injury'] },
  // Newborn jaundice in a well baby: where to look, feeding, when it is a doctor today (NHS, newborn jaundice).
  { finding: 'jaundice_watch', watch: 'jaundice', urgent: 'jaundice', sections: ['jaundice'] },
  // Choked on milk or water, coughing and breathing now: sit up, feeds slower and more upright; the signs for 120.
  { finding: 'fluid_choke', watch: 'fluid_choke', urgent: 'choking', sections: ['spit_up'] },
  { finding: 'water_fine', watch: 'water', urgent: 'choking', sections: ['water'] },
  // Drinking and weeing again after a worry about drying out: keep it going, count the wees, when it is a doctor after all.
  { finding: 'drinking_again', watch: 'drinking_again', urgent: 'dehydration', sections: ['dehydration'] },
];

/** Chooses the advice for a triage result; `signs` are the message's (and recent turns') signs. */
export function triageAdvice(t: Triage, signs: Set<string>, atPoint: boolean): Advice {
  const a: Advice = {
    firstAid: [],
    firstSteps: [],
    reasons: [],
    care: [],
    watch: [],
    urgent: [],
    sections: [],
  };
  const add = <T>(list: T[], ...items: T[]) => {
    for (const i of items) if (!list.includes(i)) list.push(i);
  };
  const f = new Set(t.findings);
  const age = t.ageMonths;

  if (t.level === 'red') {
    // Most urgent first: no breathing, choking, drowning, fits, bleeding, burns, swallowed things, allergy, head, breathing, dehydration, fever.
    // Out of the room with the heater first: nothing else helps while the child still breathes the gas (NHS).
    if (f.has('carbon_monoxide')) {
      add(a.firstAid, 'carbon_monoxide');
      add(a.sections, 'winter_heat');
    }
    // Power off before anyone touches the child; a chemical in the eye is rinsed before anything else.
    if (f.has('electric_shock')) {
      add(a.firstAid, 'electric');
      add(a.sections, 'eye_electric');
    }
    if (f.has('eye_chemical')) {
      add(a.firstAid, 'eye_chemical');
      add(a.sections, 'eye_electric');
    }
    // A firework or firecracker at the eye: shield it, nothing in it, emergency eye care (American Academy of Ophthalmology).
    if (f.has('eye_blast')) {
      add(a.firstAid, 'eye_blast');
      add(a.sections, 'eye_blast');
    }
    // The eye bulging or painful to move: an infection behind it (NHS).
    if (f.has('eye_bulging')) {
      add(a.firstAid, 'eye_orbit');
      add(a.sections, 'eyelid');
    }
    // Cold after the sea or a swim: warmed gently while help comes (NHS hypothermia); blue lips from the cold get this too.
    if (f.has('hypothermia') || signs.has('cold_exposure')) {
      add(a.firstAid, 'cold');
      add(a.sections, 'cold');
    }
    if (f.has('tourniquet_colour')) {
      add(a.firstAid, 'tourniquet');
      add(a.sections, 'hair_tourniquet');
    }
    if (f.has('heat_illness')) {
      if (signs.has('locked_in_car')) add(a.firstAid, 'car_locked');
      add(a.firstAid, 'heat');
      add(a.sections, 'heat_sun');
    }
    if (f.has('not_breathing') || f.has('unresponsive')) {
      add(a.firstAid, 'cpr');
      add(a.sections, 'cpr');
    }
    if (f.has('choking')) {
      if (age === undefined) add(a.firstAid, 'choking_infant', 'choking_child');
      else add(a.firstAid, age < 12 ? 'choking_infant' : 'choking_child');
      add(a.firstAid, 'choking_common');
      add(a.sections, ...chokingSections(age));
    }
    if (f.has('drowning')) {
      add(a.firstAid, 'cpr', 'drowning');
      add(a.sections, 'cpr');
      if (signs.has('water_inhaled')) add(a.sections, 'water');
    }
    if (f.has('seizure')) {
      add(a.firstAid, 'seizure');
      add(a.sections, 'seizure');
    }
    if (f.has('nosebleed_long')) {
      add(a.firstAid, 'nose_long');
      add(a.sections, 'nose_tooth_finger');
    }
    if (f.has('severe_bleeding')) {
      add(a.firstAid, 'bleeding');
      add(a.sections, 'bleeding_allergy');
    }
    if (f.has('serious_burn') || f.has('infant_burn')) {
      // Already cooled for 20 minutes ("已经冲了二十分钟 接下来怎么办"): what comes next, not the cooling again.
      add(a.firstAid, signs.has('cooled') && signs.has('long_time') ? 'burn_cooled' : 'burn');
      // Why the hospital, when the burn looks small: where it is (NHS).
      if (signs.has('burn_site')) add(a.firstAid, 'burn_hospital');
      // A hot-water bottle, electric blanket or heat pack: none in a child's bed again (NHS, Lullaby Trust).
      if (signs.has('heat_pad')) {
        add(a.firstAid, 'burn_heat_pad');
        add(a.sections, 'winter_heat');
      }
      add(a.sections, 'burn');
    }
    if (f.has('button_battery')) {
      add(a.firstAid, 'battery');
      add(a.sections, 'swallowed');
    }
    if (f.has('battery_nose')) {
      add(a.firstAid, 'battery_nose');
      add(a.sections, 'swallowed');
    }
    if (f.has('magnets')) {
      add(a.firstAid, 'magnets');
      add(a.sections, 'swallowed');
    }
    if (f.has('sharp_swallowed')) {
      add(a.firstAid, 'sharp');
      add(a.sections, 'swallowed');
    }
    if (f.has('object_stuck') && !f.has('choking')) {
      add(a.firstAid, 'stuck');
      add(a.sections, 'swallowed');
    }
    if (f.has('poisoning') && !f.has('button_battery') && !f.has('magnets')) {
      add(a.firstAid, 'poison');
      add(a.sections, 'swallowed');
      // A cigarette, butt or e-cigarette liquid: what nicotine does and what to bring (US Poison Control).
      // Iron tablets: dangerous even when the child looks well at first (US Poison Control).
      if (signs.has('iron_taken')) add(a.firstAid, 'iron');
      if (signs.has('tobacco')) {
        add(a.firstAid, 'tobacco');
        add(a.sections, 'tobacco');
      }
    }
    if (f.has('allergic_reaction')) {
      add(a.firstAid, 'allergy');
      add(a.sections, 'bleeding_allergy');
    }
    if (f.has('snake_bite')) {
      add(a.firstAid, 'snake');
      add(a.sections, 'bleeding_allergy');
    }
    if (f.has('intussusception')) {
      add(a.firstAid, 'intussusception');
      add(a.sections, 'other_urgent');
    }
    if (f.has('testicle_pain')) {
      add(a.firstAid, 'testicle');
      add(a.sections, 'other_urgent');
    }
    if (f.has('favism')) {
      add(a.firstAid, 'favism');
      add(a.sections, 'favism');
    }
    if (f.has('fracture')) {
      add(a.firstAid, 'fracture');
      add(a.sections, 'accident');
    }
    if (f.has('head_injury')) {
      add(a.firstAid, 'head');
      add(a.sections, 'head');
      if (signs.has('high_fall')) add(a.sections, 'accident');
      // A fall from a height with an arm or leg that will not move or is swollen: keep it still as well (British Red Cross).
      if (!f.has('fracture') && ['arm_not_used', 'limb_swelling', 'not_weight_bearing'].some((s) => signs.has(s))) {
        add(a.firstAid, 'fracture');
        add(a.sections, 'accident');
      }
    }
    if (
      ['breathing_difficulty', 'very_fast_breathing', 'blue_lips', 'grunting', 'stridor_at_rest', 'mottled_skin'].some((x) => f.has(x)) &&
      !f.has('not_breathing') &&
      !f.has('choking') &&
      // After a near-drowning the drowning steps hold the position (on the side if drowsy, water and vomit drain).
      !f.has('drowning') &&
      // Blue lips from the cold after the sea or a pool: the warming steps (sips of a warm drink), not 'nothing to drink'.
      !(signs.has('cold_exposure') && ['breathing_difficulty', 'very_fast_breathing', 'grunting', 'stridor_at_rest', 'mottled_skin'].every((x) => !f.has(x)))
    ) {
      add(a.firstAid, 'breathing');
      // The red list holds these signs "whatever the temperature"; a cough has its own section.
      add(a.sections, signs.has('cough') && !signs.has('fever') ? 'cough' : 'fever_red');
    }
    if (['severe_dehydration', 'dehydration_lethargic', 'bloody_diarrhoea', 'green_vomit', 'skin_turgor'].some((x) => f.has(x))) {
      add(a.firstAid, 'dehydration');
      add(a.sections, 'dehydration');
    }
    if (['fever_under_3_months', 'meningitis_signs', 'fever_with_meningitis_signs', 'bulging_fontanelle', 'abnormal_cry'].some((x) => f.has(x))) {
      // A rash that does not fade or a stiff neck told with no fever: red without one too — not the fever's first aid.
      const noFever = !signs.has('fever') && f.has('meningitis_signs') && !f.has('fever_under_3_months') && !f.has('abnormal_cry');
      add(a.firstAid, noFever ? 'rash_no_fever' : 'fever');
      // Hot to the touch with no reading: a reading for the doctor, taken without delaying the trip.
      if (signs.has('no_reading')) add(a.firstAid, 'fever_measure');
      add(a.sections, 'fever_red');
    }
    if (f.has('barely_responsive') && !f.has('unresponsive')) {
      add(a.firstAid, 'drowsy');
      add(a.sections, 'fever_red');
    }
    if (f.has('constipation_red')) add(a.sections, 'constipation');
    // A severe case of hand, foot and mouth disease: its section says what to tell the hospital (China NHC 2018).
    if (f.has('hfmd_severe')) add(a.sections, 'common_ill');
    // Warning signs of severe dengue: lying down, sips if they can drink, no ibuprofen or aspirin (WHO).
    if (f.has('dengue_severe')) {
      add(a.firstAid, 'dengue');
      add(a.sections, 'dengue');
    }
    a.firstAid = a.firstAid.slice(0, 4);
    return a;
  }

  if (t.level === 'amber') {
    for (const x of t.findings) add(a.reasons, x);
    // Newborn jaundice early or with a warning: straight to a doctor, feeding on the way; its 120 signs (NHS).
    if (f.has('fluid_choke_breathing')) {
      add(a.urgent, 'breathing');
      add(a.sections, 'spit_up');
    }
    if (f.has('jaundice')) {
      add(a.firstSteps, 'jaundiceFirst');
      add(a.urgent, 'jaundice');
      add(a.sections, 'jaundice');
    }
    // A fever with dengue about: a doctor today, no ibuprofen or aspirin on your own, the warning signs (WHO).
    if (f.has('dengue')) {
      add(a.firstSteps, 'dengueFirst');
      add(a.urgent, 'dengue');
      add(a.care, 'fever');
      add(a.sections, 'dengue');
    }
    if (f.has('burn')) {
      add(a.firstSteps, 'burnFirst');
      // A hand or foot burn told with no blister: what would make it the emergency department is a blister, not the site.
      add(a.urgent, signs.has('burn_unblistered') ? 'burn_unblistered' : 'burn');
      add(a.sections, 'burn');
    }
    // A household shock, the child fine: a doctor today to check for hidden burns; a mark found after is an electrical burn.
    if (f.has('shock_checked') || f.has('shock_burn')) {
      add(a.firstSteps, f.has('shock_burn') ? 'shockBurnFirst' : 'shockFirst');
      add(a.urgent, 'shock');
      add(a.sections, 'eye_electric');
    }
    if (f.has('eyelid_infection')) {
      add(a.urgent, 'eye');
      add(a.care, 'fever');
      add(a.sections, 'eyelid');
    }
    if (f.has('animal_bite')) {
      add(a.firstSteps, 'animalBiteFirst');
      add(a.urgent, 'bite');
      add(a.sections, 'animal_bite');
    }
    if (f.has('wound_infected')) add(a.sections, 'accident');
    if (f.has('nose_bent')) {
      add(a.firstSteps, 'noseBentFirst');
      add(a.urgent, 'nose');
      add(a.sections, 'nose_tooth_finger');
    }
    if (f.has('plant')) {
      add(a.firstSteps, 'plantFirst');
      add(a.urgent, 'ingested');
      add(a.sections, 'mouth_plants');
    }
    if (f.has('low_toxic_symptoms')) {
      add(a.urgent, 'ingested');
      add(a.sections, 'mouth_plants');
    }
    if (f.has('bite_spreading')) {
      add(a.urgent, 'allergy');
      add(a.sections, signs.has('centipede') ? 'centipede' : signs.has('marine_sting') ? 'jellyfish' : 'bleeding_allergy');
    }
    if (f.has('warm_under_3_months')) {
      add(a.firstSteps, signs.has('reading_below_38') ? 'recheckFirst' : 'measureFirst');
      add(a.urgent, 'fever');
      add(a.sections, 'fever_red');
    }
    if (signs.has('seizure_past')) {
      // A febrile seizure the doctor named, asked about for later: whether it comes back and whether it is epilepsy first.
      if (signs.has('febrile_seizure_named')) add(a.firstSteps, 'febrileSeizureOutlook');
      add(a.firstSteps, 'seizureAgain');
      add(a.urgent, 'seizure');
      add(a.sections, 'seizure');
    }
    if (f.has('episode_past')) {
      add(a.urgent, 'episode');
      add(a.sections, 'cpr');
    }
    if (f.has('bite_broken')) {
      add(a.firstSteps, 'biteFirst');
      add(a.urgent, 'bite');
      add(a.sections, 'point_marks');
    }
    if (f.has('choking_resolved')) {
      // Until the doctor: watch the breathing; and the foods to cut or keep away, since a grape or nut is the usual cause (AAP, NHS).
      add(a.care, 'chokingFoods');
      add(a.urgent, 'choking');
      add(a.sections, ...chokingSections(age));
    }
    if (f.has('swallowed_object')) {
      // Water beads swell inside and can block the gut: their own step (go now, bring one), not 'it will pass'.
      add(a.firstSteps, signs.has('water_beads') ? 'waterBeadsFirst' : 'swallowedFirst');
      add(a.urgent, 'swallowed');
      add(a.sections, 'swallowed');
    }
    if (f.has('scrotal_swelling')) add(a.sections, 'other_urgent');
    if (f.has('airway_object')) {
      add(a.urgent, 'choking');
      add(a.sections, ...chokingSections(age), 'choking_foods');
    }
    if (f.has('fish_bone')) {
      add(a.firstSteps, 'fishBoneFirst');
      add(a.urgent, 'swallowed');
      add(a.sections, 'swallowed');
    }
    if (f.has('arm_not_used')) add(a.sections, 'pulled_elbow', 'accident');
    if (f.has('head_bump_infant')) {
      add(a.care, 'head');
      add(a.urgent, 'head');
      add(a.sections, 'head');
    }
    // Dried out after heat or the sun (the beach, a hot day): cooled down first, then drinks (NHS heat exhaustion).
    if ((f.has('dehydration') || f.has('heat_exhaustion')) && signs.has('hot_day')) add(a.firstSteps, 'coolFirst');
    // A raised temperature after hours in the sun or the heat (a beach morning, "now 有点 flushed"): overheating is
    // cooled first, whatever the fever's level says (NHS heat exhaustion) — round 53.
    if (signs.has('heat_exposure') && [...f].some((x) => x.startsWith('fever'))) {
      add(a.firstSteps, 'coolFirst');
      add(a.sections, 'heat_sun');
    }
    if (f.has('dehydration') || f.has('infant_diarrhoea')) {
      add(a.urgent, 'dehydration');
      add(a.care, 'dehydration');
      add(a.sections, 'dehydration');
    }
    if (f.has('constipation_warning') || f.has('severe_pain') || (f.has('blood_in_stool') && !signs.has('diarrhoea'))) {
      add(a.urgent, 'constipation');
      add(a.sections, 'constipation');
    }
    // Bronchiolitis in a baby: its own care (small feeds often, saline drops, upright) and its 120 signs (NICE NG9); not
    // croup's or a wheeze's advice, which it would otherwise get from the same noisy breathing.
    const bronchiolitis = f.has('bronchiolitis');
    if (bronchiolitis) {
      add(a.firstSteps, 'bronchiolitisFirst');
      add(a.urgent, 'breathing');
      add(a.sections, 'common_ill', 'cough');
    }
    // A wheeze: calm and upright, no cough medicine, the breathing signs; croup's own advice when it barks as well.
    if (f.has('wheeze')) {
      if (!f.has('barking_cough') && !bronchiolitis) add(a.firstSteps, 'wheezeFirst');
      add(a.urgent, 'breathing');
      add(a.sections, 'cough');
    }
    if (f.has('barking_cough') && !bronchiolitis) {
      add(a.firstSteps, 'croupFirst');
      add(a.urgent, 'breathing');
      add(a.sections, 'cough');
    }
    // A leg not borne on or a swollen limb after a fall, with no fever: a possible broken bone — keep it still, a cold
    // pack, a doctor today (NHS, NICE NG143 amber), its own section, not the fever list.
    const limbInjury = LIMB.some((x) => f.has(x)) && !signs.has('fever');
    if (limbInjury) {
      add(a.firstSteps, 'limbFirst');
      add(a.urgent, 'limb');
      add(a.sections, 'limb_injury');
    }
    if (t.findings.some((x) => FEVER_AMBER.has(x) && !(limbInjury && LIMB.includes(x)))) {
      add(a.urgent, 'fever');
      if (signs.has('fever')) add(a.care, 'fever');
      add(a.sections, 'fever_amber');
    }
    // Out of a hot car and alert: cool down now and never alone in a car again, the doctor today, the heatstroke signs for 120.
    if (f.has('hot_car')) {
      add(a.firstSteps, 'carFirst');
      add(a.urgent, 'heat');
      add(a.sections, 'heat_sun');
    }
    if (f.has('nosebleed_long')) {
      add(a.firstSteps, 'noseFirst');
      add(a.urgent, 'nose');
      add(a.sections, 'nose_tooth_finger');
    }
    if (f.has('tooth_injury')) {
      add(a.firstSteps, 'toothFirst');
      add(a.urgent, 'tooth');
      add(a.sections, 'nose_tooth_finger');
    }
    if (f.has('hair_tourniquet')) {
      add(a.firstSteps, 'tourniquetFirst');
      add(a.sections, 'hair_tourniquet');
    }
    if (f.has('finger_bad')) {
      add(a.firstSteps, 'fingerFirst');
      add(a.sections, 'nose_tooth_finger');
    }
    if (f.has('sunburn_bad')) {
      add(a.firstSteps, 'sunFirst');
      add(a.urgent, 'heat');
      add(a.sections, 'heat_sun');
    }
    if (f.has('water_inhaled')) {
      add(a.urgent, 'water');
      add(a.sections, 'water');
    }
    if (f.has('colic_vomiting')) add(a.sections, 'other_urgent');
    if (f.has('bruise_unexplained')) add(a.sections, 'bruise_unexplained');
    if (f.has('vomits_everything')) {
      add(a.urgent, 'dehydration');
      add(a.care, 'dehydration');
      add(a.sections, 'dehydration');
    }
    if (f.has('fever_rash')) {
      add(a.care, 'rash');
      add(a.sections, 'rash_glass');
    }
    // Hand, foot and mouth disease with an amber sign (a fever with its spots, drinking little): its care and the signs of a
    // severe case, besides the reason to see a doctor today (China NHC HFMD guideline 2018).
    if (signs.has('hfmd')) {
      add(a.firstSteps, 'hfmdFirst');
      add(a.urgent, 'hfmd');
      if (signs.has('fever')) add(a.care, 'fever');
      add(a.sections, 'common_ill');
    }
    if (f.has('wound_deep')) {
      add(a.firstSteps, 'woundFirst');
      add(a.sections, 'accident');
    }
    if (f.has('sting_mouth')) {
      // The sting's own first aid and a doctor now, not only the reason (the lead's defect: the level without the what-to-do).
      add(a.firstSteps, 'stingMouthFirst');
      add(a.urgent, 'allergy');
      add(a.sections, 'small_things', 'bleeding_allergy');
    }
    if (f.has('allergy_mild')) {
      add(a.firstSteps, 'allergyFirst');
      add(a.urgent, 'allergy');
      add(a.sections, 'bleeding_allergy');
    }
    if (f.has('medicine_rash')) {
      add(a.firstSteps, 'medicineRashFirst');
      add(a.urgent, 'allergy');
      add(a.sections, 'bleeding_allergy');
    }
    if (f.has('pale_stool') || (f.has('severe_pain') && !signs.has('constipation'))) add(a.sections, 'other_urgent');
    // Fluid out of an ear: nothing put into it, the outside wiped gently, a doctor looks (NHS, ear infections).
    if (f.has('ear_discharge')) {
      add(a.firstSteps, 'earFirst');
      add(a.urgent, 'fever');
      add(a.sections, 'ear');
    }
    if (f.has('projectile_vomit')) {
      add(a.urgent, 'dehydration');
      add(a.care, 'dehydration');
      add(a.sections, 'spit_up');
    }
    if (f.has('vaccine_fever_long')) {
      add(a.urgent, 'fever');
      add(a.care, 'fever');
      add(a.sections, 'vaccine_fever');
    }
    if (f.has('choke_lingering')) {
      add(a.urgent, 'breathing');
      add(a.sections, ...chokingSections(age));
    }
    if (f.has('medicine_error')) {
      add(a.firstSteps, 'medicineErrorFirst');
      add(a.urgent, 'ingested');
      add(a.sections, 'swallowed');
    }
    if (f.has('desiccant')) {
      add(a.firstSteps, 'desiccantFirst');
      add(a.urgent, 'ingested');
      add(a.sections, 'mouth_plants');
    }
    if (f.has('bloody_diarrhoea')) {
      add(a.urgent, 'dehydration');
      add(a.care, 'dehydration');
      add(a.sections, 'diarrhoea', 'dehydration');
    }
    if (f.has('nose_object')) {
      add(a.firstSteps, signs.has('ear_insect') ? 'earInsectFirst' : 'nostrilFirst');
      add(a.urgent, 'breathing');
      add(a.sections, 'swallowed');
    }
    if (f.has('eye_injury')) {
      add(a.firstSteps, 'eyeFirst');
      add(a.sections, 'eye_electric');
    }
    if (f.has('eye_irritant')) {
      add(a.firstSteps, 'eyeRinseFirst');
      add(a.sections, 'eye_electric');
    }
    if (signs.has('after_vaccine') && signs.has('fever')) {
      add(a.care, 'vaccine');
      add(a.sections, 'vaccine_fever');
    }
    if (atPoint && a.urgent.length === 0) add(a.urgent, 'point');
    // An injury at a point: what the point owes the family is cited too.
    if (atPoint) add(a.sections, 'point_after');
    return a;
  }

  if (t.level === 'watch') {
    // Vomiting and diarrhoea together: named as a tummy bug (gastroenteritis) before its care (NHS).
    if (f.has('gut') && signs.has('gastro')) add(a.watch, 'gastro');
    for (const row of WATCH_ROWS) {
      if (!f.has(row.finding)) continue;
      // Roseola's row holds the glass test: not said twice.
      if (row.finding === 'rash_blanch' && f.has('roseola')) continue;
      add(a.watch, row.watch);
      if (row.urgent) add(a.urgent, row.urgent);
      add(a.sections, ...(typeof row.sections === 'function' ? row.sections(age, atPoint) : row.sections));
    }
    // "医生说是热性惊厥 以后还会再抽吗": the parent's question (will it come back, is it epilepsy) answered before the list.
    if (f.has('seizure_past') && signs.has('febrile_seizure_named')) add(a.firstSteps, 'febrileSeizureOutlook');
    if (atPoint) {
      // What to ask the point and keep, whatever the injury.
      add(a.watch, 'point_injury');
      if (a.urgent.length === 0) add(a.urgent, 'point');
      add(a.sections, 'point_after');
    }
  }
  return a;
}
