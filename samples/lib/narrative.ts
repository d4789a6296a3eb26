// What practitioners write in a CAF's assessment and plan, at a known quality. Each passage is
// written to a grade of the rubric (issue 3, seed 000 §4.4, seed 004) or to raise, or pointedly not
// raise, a text flag. Two pools of wording: the rules were written against "dev"; "holdout" is
// wording they were not written against, used to measure agreement.
import { type Rng, chance, pick } from './fiction.js';

export type Grade = 'good' | 'satisfactory' | 'poor';
export type Pool = 'dev' | 'holdout';
export const ASPECTS = ['detail', 'needs', 'strengths', 'risks', 'outcomes'] as const;
export type Aspect = (typeof ASPECTS)[number];
export const FLAG_IDS = ['judgemental-language', 'subjective-terms', 'parent-focused', 'service-led', 'needs-services-confusion', 'outcomes-as-outputs', 'multiple-children'] as const;

export interface Who {
  n: string;
  he: string;
  his: string;
  him: string;
}

type T = (w: Who) => string;
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

interface Variant {
  text: T;
  flags?: string[];
}

type Pools = Record<Pool, Variant[]>;
const v = (text: T, ...flags: string[]): Variant => ({ text, flags });

// ------------------------------------------------------------------------------------- needs

const NEEDS: Record<Grade, Pools> = {
  good: {
    dev: [
      v((w) => `${w.n} needs help to manage ${w.his} anger at home: mum's diary records ${w.him} hitting ${w.his} younger brother four times since January. ${cap(w.he)} also needs daily reading practice, as ${w.he} is two years behind in reading (teacher assessment, March), which is why school asked for this assessment.`),
      v((w) => `${w.n} needs a settled bedtime so that ${w.he} arrives at school rested; ${w.he} has been late on 14 of the last 30 school days (attendance register) and falls asleep in lessons twice a week (class teacher).`),
      v((w) => `${w.n} needs ${w.his} speech to be understood at nursery: at 27 months ${w.he} uses about 20 words (WellComm screen, 12 May) and becomes frustrated and bites when not understood, as nursery staff have seen three times this month.`),
    ],
    holdout: [
      v((w) => `Attendance is the main concern behind this referral: ${w.n} has been absent 19 sessions this term (school register, 4 April). ${cap(w.he)} needs to be in school every day and to catch up on the phonics ${w.he} has missed, which ${w.his} teacher estimates at six weeks of work.`),
      v((w) => `${w.n} needs a safe place to talk about the arguments at home. ${cap(w.he)} told the learning mentor on 2 February that ${w.he} "can't sleep when they shout", and ${w.his} concentration in class has dropped since Christmas (teacher's log).`),
      v((w) => `${w.n} needs to put on weight steadily: ${w.his} weight has fallen from the 50th to the 9th centile since the 8-month check (red book, health visitor weighing on 3 June), and ${w.he} needs regular meals with help for mum to plan them.`),
    ],
  },
  satisfactory: {
    dev: [
      v((w) => `${w.n} needs support with ${w.his} behaviour and with reading.`),
      v((w) => `${w.n} needs more routine at home and to be in school more.`),
      v((w) => `${w.n} needs help with ${w.his} speech and language and with settling at nursery.`),
    ],
    holdout: [
      v((w) => `${w.n} would benefit from support with ${w.his} emotional wellbeing and friendships.`),
      v((w) => `Help for ${w.n} to improve ${w.his} attendance and confidence.`),
      v((w) => `${w.n} needs to feel more settled and to manage ${w.his} feelings better.`),
    ],
  },
  poor: {
    dev: [
      v(() => `Mum needs support with her anxiety and depression. Mum needs help with debts and with the housing situation.`, 'parent-focused'),
      v((w) => `${w.n} needs a referral to CAMHS and mum needs a parenting course.`, 'needs-services-confusion'),
      v(() => ''),
    ],
    holdout: [
      v(() => `Dad needs help with his drinking and mum needs support with her low mood. The parents need support to stop arguing.`, 'parent-focused'),
      v((w) => `${w.n} needs a Family Support Worker, a SALT assessment and a place at the children's centre.`, 'needs-services-confusion'),
      v(() => ''),
    ],
  },
};

// --------------------------------------------------------------------------------- strengths

const STRENGTHS: Record<Grade, Pools> = {
  good: {
    dev: [
      v((w) => `${w.n} has a close relationship with ${w.his} grandmother, who collects ${w.him} from school twice a week (seen at pick-up). ${cap(w.he)} plays for the school football team and ${w.his} coach says ${w.he} has not missed a Saturday since September.`),
      v((w) => `Mum has kept every appointment since January and has started a bedtime chart with ${w.n}, which ${w.he} showed me on the home visit of 3 March. ${w.n}'s teacher reports ${w.he} reads well with a trusted adult.`),
      v((w) => `${w.n} has a best friend in class and joins in at breakfast club every day (club register). Dad rings the school each Friday to ask how the week went.`),
    ],
    holdout: [
      v((w) => `Protective factors: ${w.n}'s aunt lives two streets away and has the children every Tuesday after school, which mum says "keeps us going". ${w.n} is proud of ${w.his} swimming certificate (25 metres, February).`),
      v((w) => `${w.n} is doing well in maths, at the expected standard in the spring assessment, and ${w.his} teacher describes ${w.him} as kind to younger pupils, for example helping at the reading buddies scheme each week.`),
      v((w) => `Mum recognised the problem herself and asked for help; she has attended four of the five sessions offered so far. ${w.n} talks warmly about ${w.his} older sister, who helps with homework most evenings.`),
    ],
  },
  satisfactory: {
    dev: [
      v(() => `Loving family.`),
      v((w) => `Mum is committed to making changes. ${w.n} is a lovely child.`),
      v(() => `Family are supportive of each other.`),
    ],
    holdout: [
      v((w) => `${w.n} has a good relationship with mum.`),
      v(() => `The family are keen to engage and want things to improve.`),
      v((w) => `${w.n} is a happy and friendly child who enjoys school.`),
    ],
  },
  poor: {
    dev: [v(() => ''), v(() => 'None identified.'), v(() => '')],
    holdout: [v(() => ''), v(() => 'N/A'), v(() => '')],
  },
};

// ------------------------------------------------------------------------------------- risks

const RISKS: Record<Grade, Pools> = {
  good: {
    dev: [
      v((w) => `If attendance stays at 82% ${w.n} will fall further behind in reading and may lose ${w.his} place in the football team, which is ${w.his} main source of confidence.`),
      v((w) => `The damp in the bedroom is making ${w.n}'s asthma worse: two GP visits and one course of steroids since January (GP letter, 10 March).`),
      v((w) => `When the arguments at home happen late at night ${w.n} does not sleep, and the next day ${w.he} has been sent out of class for hitting other children (three incidents in March, school behaviour log).`),
    ],
    holdout: [
      v((w) => `Without a change in routine, ${w.n}'s weight is likely to keep falling, which the health visitor says could affect ${w.his} development; a further drop would need a paediatric referral.`),
      v((w) => `${w.n} is often left to look after ${w.his} brothers until 9pm; this puts them all at risk of harm at home and is stopping ${w.n} from doing homework or seeing friends.`),
      v((w) => `Dad's drinking at weekends means ${w.n} sometimes misses meals and ${w.his} football; ${w.he} told school he worries about "dad being poorly" (learning mentor, 12 January).`),
    ],
  },
  satisfactory: {
    dev: [v(() => `Low risk at present.`), v(() => `Some concerns about home conditions.`), v(() => `Risk of things getting worse if no support is put in place.`)],
    holdout: [v(() => `There are some risks around the home situation.`), v(() => `Medium risk.`), v(() => `Concerns remain about the family's circumstances.`)],
  },
  poor: {
    dev: [v(() => ''), v(() => ''), v(() => 'As above.')],
    holdout: [v(() => ''), v(() => 'See needs.'), v(() => '')],
  },
};

// ---------------------------------------------------------------------------------- outcomes

const OUTCOMES: Record<Grade, Pools> = {
  good: {
    dev: [
      v((w) => `${w.n}'s attendance will be above 95% by the end of the summer term, measured by the school register.`),
      v((w) => `${w.n} will be reading at the expected level by July, as shown by the teacher's assessment.`),
      v((w) => `${w.n} will be in bed by 8pm on at least five school nights a week within six weeks, recorded on a sleep diary reviewed at each TAC meeting.`),
    ],
    holdout: [
      v((w) => `By the review in 12 weeks, ${w.n} will have had no more than one behaviour incident a month, as recorded in the school behaviour log.`),
      v((w) => `${w.n}'s weight will be back on the 25th centile or above by ${w.his} two-year check, weighed monthly at clinic.`),
      v((w) => `Within three months ${w.n} will say that ${w.he} feels safe at home, scoring 8 or more on the "three houses" scale at each visit.`),
    ],
  },
  satisfactory: {
    dev: [
      v((w) => `${w.n} will attend school more regularly.`),
      v((w) => `${w.n}'s behaviour will improve at home and at school.`),
      v((w) => `${w.n} will be happier and more settled.`),
    ],
    holdout: [
      v((w) => `Improve ${w.n}'s confidence and self-esteem.`),
      v((w) => `For ${w.n} to have a better routine by the summer.`),
      v((w) => `${w.n} to make progress with ${w.his} speech.`),
    ],
  },
  poor: {
    dev: [
      v(() => `Attend parenting course. Referral to CAMHS.`, 'outcomes-as-outputs'),
      v(() => `Mum to complete Triple P. TAC meeting to be held.`, 'outcomes-as-outputs'),
      v(() => ''),
    ],
    holdout: [
      v(() => `Family to engage with Family Support Worker. Referral to school nursing to be made.`, 'outcomes-as-outputs'),
      v(() => `SALT referral. Children's centre place to be applied for.`, 'outcomes-as-outputs'),
      v(() => ''),
    ],
  },
};

// ---------------------------------------------------------------------- the three domains

const DOMAIN_SPECIFIC: Record<Pool, [T, T, T][]> = {
  dev: [
    [
      (w) => `${w.n} is in good physical health and ${w.his} immunisations are up to date (GP record, March). ${cap(w.he)} is working below age-related expectations in reading (teacher assessment, autumn term) and becomes withdrawn when asked to read aloud; the class teacher has seen ${w.him} leave the room twice this month.`,
      (w) => `Mum provides good basic care; ${w.n} arrives at school clean and with a packed lunch. Mum says routines break down on the days she works late shifts, and bedtime is then after 11pm, which is when ${w.n} is late the next morning (register).`,
      (w) => `The family live in a two-bedroom flat with damp in the children's room (seen on home visit, 3 March). Dad works nights; money is tight since a change to Universal Credit, and ${w.n} has no quiet place to do homework.`,
    ],
    [
      (w) => `Speech is delayed: at 27 months ${w.n} uses about 20 single words (health visitor WellComm screen, 12 May). ${cap(w.he)} is settled and affectionate at nursery and plays alongside other children.`,
      (w) => `Dad has been the main carer since mum left in February. He says he finds it hard to set boundaries and that ${w.n} "does what ${w.he} likes" at weekends; I saw him calmly redirect ${w.n} twice during the visit.`,
      (w) => `Maternal grandmother lives nearby and collects the children twice a week. The family moved in April after an eviction and are on the housing register; ${w.n} has changed nursery twice this year.`,
    ],
  ],
  holdout: [
    [
      (w) => `${w.n} was diagnosed with asthma in 2023 and uses ${w.his} inhaler twice daily (GP summary). At school ${w.he} is making expected progress in maths but ${w.his} writing is a year behind (spring data), and ${w.he} has told the mentor ${w.he} "hates" writing tasks.`,
      (w) => `Mum is warm with ${w.n} and praises ${w.him} often, which I saw during the visit on 14 February. She finds mornings hard because she has three children to get to two schools; ${w.n} has been late 11 times this half term as a result.`,
      (w) => `The family rent privately and have rent arrears of about £900 (mum's account, letter seen). Paternal grandparents live in Poland; mum has one friend locally. ${w.n} attends a weekly youth club at the church hall.`,
    ],
    [
      (w) => `${w.n} is a healthy weight and meets ${w.his} developmental milestones except for toileting (health visitor 2-year review, 9 January). ${cap(w.he)} sleeps poorly, waking three or four times a night according to mum's sleep diary.`,
      (w) => `Parents share the care. Both say they want ${w.n} in bed earlier but that they disagree about how; dad described shouting at bedtime "most nights". During my visit both parents responded quickly when ${w.n} was upset.`,
      (w) => `The flat is on the fourth floor with no lift; mum says she stays in most days because of the pushchair. Dad works long hours as a delivery driver. The family use the local food bank about once a month.`,
    ],
  ],
};

const DOMAIN_GENERIC: Record<Pool, T[]> = {
  dev: [() => `No concerns.`, (w) => `${w.n} is doing well generally.`, () => `Mum says things are fine at home.`, () => `Family are coping.`],
  holdout: [() => `Nothing of note.`, (w) => `${w.n} seems happy.`, () => `Parents are managing.`, () => `No issues raised.`],
};

const DOMAIN_POOR: T[] = [() => '', () => 'See file.', () => ''];

// ------------------------------------------------------------------- flags, on purpose and not

/** Sentences a careful auditor would flag. */
const FLAGGED: Record<Pool, { flag: string; text: T; where: 'parenting' | 'development' | 'family' }[]> = {
  dev: [
    { flag: 'judgemental-language', text: () => `Mum is lazy and does not bother with the children's routines.`, where: 'parenting' },
    { flag: 'judgemental-language', text: () => `The older brothers are known troublemakers on the estate.`, where: 'family' },
    { flag: 'subjective-terms', text: (w) => `${w.n} is very aggressive and disruptive.`, where: 'development' },
    { flag: 'subjective-terms', text: () => `Home life is chaotic.`, where: 'family' },
  ],
  holdout: [
    { flag: 'judgemental-language', text: () => `Dad is a waste of space and has never put the children first.`, where: 'parenting' },
    { flag: 'judgemental-language', text: () => `Mum is manipulative and plays professionals off against each other.`, where: 'parenting' },
    { flag: 'subjective-terms', text: (w) => `${w.n} can be violent and challenging.`, where: 'development' },
    { flag: 'subjective-terms', text: () => `The household is chaotic and the children are out of control.`, where: 'family' },
  ],
};

/** Sentences with the same words that a careful auditor would not flag: the word is quoted and
 *  followed by what happened, or is a parent's own words about herself, or about an adult's past. */
const NEAR_MISSES: Record<Pool, { text: T; where: 'parenting' | 'development' | 'family' }[]> = {
  dev: [
    { text: (w) => `The school log describes ${w.n} as "disruptive": on 3 March ${w.he} threw a chair in the classroom when asked to stop playing.`, where: 'development' },
    { text: () => `Mum said: "I know I can be lazy about bedtimes when I'm tired."`, where: 'parenting' },
    { text: () => `Dad had a violent relationship with a previous partner in 2015; there have been no incidents since, according to police checks.`, where: 'family' },
  ],
  holdout: [
    { text: (w) => `${w.n} was aggressive towards staff on 14 January, for example kicking a teaching assistant when told to line up.`, where: 'development' },
    { text: () => `Mum describes her own week as "chaotic" because of her shift pattern, and asked for help planning it.`, where: 'parenting' },
    { text: () => `Dad described himself as "useless with paperwork" and asked me to help with the housing form, which we completed together.`, where: 'family' },
  ],
};

const REASONS: Record<Pool, { text: T; flags?: string[] }[]> = {
  dev: [
    { text: (w) => `School referred after ${w.n}'s attendance fell to 82% this term; ${w.he} has been late on 14 of the last 30 days.` },
    { text: (w) => `Mum asked for help with ${w.n}'s behaviour at home; ${w.he} has hit ${w.his} younger brother several times since January.` },
    { text: (w) => `This CAF has been completed to get ${w.n} a referral to CAMHS.`, flags: ['service-led'] },
  ],
  holdout: [
    { text: (w) => `Health visitor concerned about ${w.n}'s weight, which has dropped from the 50th to the 9th centile since the 8-month check.` },
    { text: (w) => `${w.n} disclosed to ${w.his} class teacher that ${w.he} is often left to look after siblings in the evening.` },
    { text: (w) => `Assessment completed in order to obtain a place at the specialist nursery for ${w.n}.`, flags: ['service-led'] },
  ],
};

export interface Narrative {
  reason: string | null;
  domains: { development: string | null; parenting: string | null; family: string | null };
  strengths: string | null;
  needs: string | null;
  risks: string | null;
  outcomes: string | null;
  grades: Record<Aspect, Grade>;
  flags: string[];
}

const orNull = (s: string) => (s.trim() ? s : null);

function graded(rng: Rng, pools: Record<Grade, Pools>, pool: Pool, w: Who): { grade: Grade; text: string | null; flags: string[] } {
  const grade = pick(rng, ['good', 'satisfactory', 'poor'] as const);
  const variant = pick(rng, pools[grade][pool]);
  return { grade, text: orNull(variant.text(w)), flags: variant.flags ?? [] };
}

export function makeNarrative(rng: Rng, w: Who, pool: Pool, children: number, wantReason: boolean): Narrative {
  const needs = graded(rng, NEEDS, pool, w);
  const strengths = graded(rng, STRENGTHS, pool, w);
  const risks = graded(rng, RISKS, pool, w);
  const outcomes = graded(rng, OUTCOMES, pool, w);
  const reason = wantReason ? pick(rng, REASONS[pool]) : null;

  const detail = pick(rng, ['good', 'satisfactory', 'poor'] as const);
  const specific = pick(rng, DOMAIN_SPECIFIC[pool]).map((t) => t(w));
  const generic = () => pick(rng, DOMAIN_GENERIC[pool])(w);
  let domains: [string | null, string | null, string | null];
  if (detail === 'good') domains = [specific[0], specific[1], specific[2]];
  else if (detail === 'satisfactory') {
    const keep = Math.floor(rng() * 3);
    domains = chance(rng, 0.5) ? [0, 1, 2].map((i) => (i === keep ? specific[i] : generic())) as typeof domains : [0, 1, 2].map((i) => (i === keep ? null : generic())) as typeof domains;
  } else {
    const keep = Math.floor(rng() * 3);
    domains = [0, 1, 2].map((i) => (i === keep ? generic() : orNull(pick(rng, DOMAIN_POOR)(w)))) as typeof domains;
  }

  const flags = new Set<string>([...needs.flags, ...outcomes.flags, ...(reason?.flags ?? [])]);
  if (children > 1) flags.add('multiple-children');
  const where = { development: 0, parenting: 1, family: 2 } as const;
  // Extra sentences go into a domain that already has specific text (else one with some text, not
  // "See file."), so they never fill a blank domain or make a generic one look evidenced.
  const specificAt = new Set([0, 1, 2].filter((i) => !!domains[i] && specific.includes(domains[i]!)));
  const written = new Set([0, 1, 2].filter((i) => !!domains[i] && domains[i] !== 'See file.'));
  const append = (slot: keyof typeof where, text: string) => {
    const order = [where[slot], 0, 1, 2];
    const filled = order.find((i) => specificAt.has(i)) ?? order.find((i) => written.has(i));
    if (filled === undefined) return false;
    domains[filled] = `${domains[filled]} ${text}`;
    return true;
  };
  if (chance(rng, 0.3)) {
    const f = pick(rng, FLAGGED[pool]);
    if (append(f.where, f.text(w))) flags.add(f.flag);
  }
  if (chance(rng, 0.35)) {
    const m = pick(rng, NEAR_MISSES[pool]);
    append(m.where, m.text(w));
  }
  return {
    reason: reason ? reason.text(w) : null,
    domains: { development: domains[0], parenting: domains[1], family: domains[2] },
    needs: needs.text,
    strengths: strengths.text,
    risks: risks.text,
    outcomes: outcomes.text,
    grades: { detail, needs: needs.grade, strengths: strengths.grade, risks: risks.grade, outcomes: outcomes.grade },
    flags: [...flags].sort(),
  };
}
