// Fictional families for the sample forms. Every name, address and number here is invented; the
// pools are mixed by a seeded generator so the samples are the same on every machine.

import { type Narrative, type Pool, makeNarrative } from './narrative.js';

export type Rng = () => number;

export function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
export const chance = (rng: Rng, p: number) => rng() < p;

const GIRLS = ['Amelia', 'Isla', 'Freya', 'Maya', 'Zara', 'Poppy', 'Leah', 'Nadia', 'Ruby', 'Esme', 'Aisha', 'Chloe'];
const BOYS = ['Oliver', 'Kai', 'Reuben', 'Tomasz', 'Ethan', 'Jayden', 'Idris', 'Finley', 'Callum', 'Yusuf', 'Leo', 'Mason'];
const ADULT_F = ['Donna', 'Kelly', 'Sana', 'Marta', 'Joanne', 'Precious', 'Lisa', 'Amina', 'Claire', 'Beata'];
const ADULT_M = ['Darren', 'Paul', 'Imran', 'Piotr', 'Wayne', 'Kwame', 'Steven', 'Gary', 'Tariq', 'Lee'];
const SURNAMES = ['Harcourt', 'Pemberton', 'Okonkwo', 'Wisniewski', 'Ashdown', 'Mirza', 'Thornbury', 'Quayle', 'Bellamy', 'Osei', 'Latimer', 'Fairweather', 'Kowalczyk', 'Haddad', 'Penhaligon'];
const STREETS = ['Larkspur Road', 'Mill Lane', 'Orchard Close', 'Beacon Walk', 'Tanner Street', 'Willow Court', 'Foxglove Way', 'Station Approach'];
const TOWNS = ['Kingsmere', 'Ashford Vale', 'Northbridge', 'Elmstead'];
const PRIMARY = ['Larkspur Primary School', 'St Aidan\'s C of E Primary', 'Northbridge Infant School', 'Elmstead Junior School'];
const SECONDARY = ['Kingsmere Academy', 'Ashford Vale High School', 'Beacon Hill School'];
const GPS = ['Riverside Medical Centre', 'Dr Anand, Mill Lane Surgery', 'Kingsmere Health Centre', 'The Orchard Practice'];
const RELIGIONS = ['Christian', 'Church of England', 'Muslim', 'Catholic', 'Hindu', 'None', 'No religion'];
const LANGUAGES = ['English', 'English', 'English', 'Polish', 'Urdu', 'Somali', 'English and Polish', 'Arabic'];

/** Ethnicity as practitioners write it: words, DfE codes, a council's own codes. */
const ETHNICITY = ['White British', 'WBRI', 'A1 White British', 'White - Other European', 'WOTH', 'Black African', 'BAFR', 'Mixed White and Black Caribbean', 'MWBC', 'Pakistani', 'APKN', 'Any other mixed background'];

export type Gender = 'male' | 'female' | 'unknown';
export type ConsentKind = 'written' | 'verbal' | 'unspecified' | 'none';
export type AgeBand = 'unborn' | '0-3' | '4-6' | '7-9' | '10-12' | '13-15' | '16+' | 'unknown';

export interface Child {
  given: string;
  family: string;
  gender: Gender;
  /** ISO date; for an unborn child the expected date of delivery */
  dob: string | null;
  unborn: boolean;
  upn: string;
}

export interface Agency {
  /** the category cafqa reports (seed 000 §4.2.10) */
  category: string;
  org: string;
  role: string;
}

/** A fictional family's form; its narrative carries the grades and flags an auditor would give. */
export interface Case extends Narrative {
  children: Child[];
  assessmentDate: string | null;
  present: { kind: 'recorded' | 'none' | 'blank'; text: string };
  assessor: { name: string; phone: string; email: string } & Agency;
  parent: { name: string; relationship: string; phone: string | null; address: string | null } | null;
  address: string;
  familyComposition: string | null;
  ethnicity: string | null;
  language: string;
  religion: string | null;
  disability: 'yes' | 'no' | 'rather not say' | null;
  disabilityDetail: string | null;
  gp: string | null;
  school: { kind: 'recorded' | 'upn-only' | 'missing'; name: string | null };
  actions: { what: string; who: string; when: string }[];
  assessorActs: boolean;
  childComment: string | null;
  parentComment: string | null;
  consent: { kind: ConsentKind; signature: string | null; date: string | null };
  levelOfNeed: 1 | 2 | 3 | 4 | null;
}

const AGENCIES: Agency[] = [
  { category: 'Primary school', org: PRIMARY[0], role: 'SENCO' },
  { category: 'Primary school', org: PRIMARY[1], role: 'Inclusion Manager' },
  { category: 'Secondary school', org: SECONDARY[0], role: 'Head of Year 9' },
  { category: 'Health', org: 'Kingsmere Community Health NHS Trust', role: 'Health Visitor' },
  { category: 'Health', org: 'Ashford Vale School Nursing Service', role: 'School Nurse' },
  { category: 'Family support', org: 'Kingsmere Family Support Team', role: 'Family Support Worker' },
  { category: 'Early years', org: 'Northbridge Children\'s Centre', role: 'Outreach Worker' },
  { category: 'Youth service', org: 'Elmstead Youth Service', role: 'Youth Worker' },
];

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function ageAt(dob: string, at: string): number {
  const b = new Date(dob), a = new Date(at);
  let age = a.getUTCFullYear() - b.getUTCFullYear();
  if (a.getUTCMonth() < b.getUTCMonth() || (a.getUTCMonth() === b.getUTCMonth() && a.getUTCDate() < b.getUTCDate())) age--;
  return age;
}

export function ageBand(child: Child, at: string | null): AgeBand {
  if (child.unborn) return 'unborn';
  // Without an assessment date the child's age at assessment is unknowable, whatever the DOB.
  if (!child.dob || !at) return 'unknown';
  const age = ageAt(child.dob, at);
  if (age < 0) return 'unborn';
  if (age <= 3) return '0-3';
  if (age <= 6) return '4-6';
  if (age <= 9) return '7-9';
  if (age <= 12) return '10-12';
  if (age <= 15) return '13-15';
  return '16+';
}

function phone(rng: Rng): string {
  return `07${Math.floor(rng() * 1e3).toString().padStart(3, '0')} ${Math.floor(rng() * 1e6).toString().padStart(6, '0')}`;
}

function addDays(iso: string, days: number): string {
  return isoDate(new Date(Date.parse(iso) + days * 86_400_000));
}

/** Narrative pools: each entry is a function of the child's name and pronouns. */
type Say = (n: string, he: string, his: string) => string;

const CHILD_COMMENTS: Say[] = [
  () => `I want to stop getting into trouble and I like my football club.`,
  () => `I don't like it when mum and dad shout. I want to go to bed at the same time as my friends.`,
  () => `School is ok but reading is hard.`,
];

const PARENT_COMMENTS: Say[] = [
  () => `I agree with what has been written. I want help with his behaviour so that we can enjoy family time again.`,
  () => `I am glad someone is listening. I need help with the housing.`,
  () => `I agree with the plan and I will go to the parenting group.`,
];

const OTHER_ACTIONS = [
  ['Refer to school nursing for a sleep and asthma review', 'School nurse'],
  ['Attend the Triple P parenting group (8 weeks)', 'Mum'],
  ['Apply for housing transfer on medical grounds', 'Housing officer'],
  ['Speech and language therapy assessment', 'SALT service'],
] as const;

const ASSESSOR_ACTIONS = [
  'Set up daily reading sessions with a teaching assistant',
  'Carry out a home visit every two weeks to review the bedtime routine',
  'Arrange a Team Around the Child meeting',
  'Complete the referral to the Early Help hub and follow it up',
];

export function makeCase(rng: Rng, want: Partial<{ children: number; ageYears: number | 'unborn' | 'no-dob'; pool: Pool }> = {}): Case {
  const family = pick(rng, SURNAMES);
  const assessmentDate = chance(rng, 0.85)
    ? isoDate(new Date(Date.UTC(2025, Math.floor(rng() * 12), 1 + Math.floor(rng() * 27))))
    : null;
  const ref = assessmentDate ?? '2025-06-15';
  const nChildren = want.children ?? (chance(rng, 0.15) ? 2 + Math.floor(rng() * 2) : 1);
  const children: Child[] = [];
  for (let i = 0; i < nChildren; i++) {
    const gender: Gender = chance(rng, 0.6) ? 'male' : 'female';
    const age = i === 0 && want.ageYears !== undefined ? want.ageYears : Math.floor(rng() * 17);
    let dob: string | null;
    let unborn = false;
    if (age === 'unborn') {
      unborn = true;
      dob = addDays(ref, 40 + Math.floor(rng() * 120));
    } else if (age === 'no-dob') {
      dob = null;
    } else {
      dob = addDays(ref, -Math.round((age + 0.1 + rng() * 0.8) * 365.25));
    }
    children.push({
      given: unborn ? 'Unborn' : pick(rng, gender === 'male' ? BOYS : GIRLS),
      family,
      gender: unborn ? 'unknown' : gender,
      dob,
      unborn,
      // A UPN is a check letter and twelve digits (DfE common basic data set).
      upn: `${String.fromCharCode(65 + Math.floor(rng() * 26))}${Math.floor(rng() * 1e12).toString().padStart(12, '0')}`,
    });
  }
  const first = children[0];
  const n = first.unborn ? 'the baby' : first.given;
  const he = first.gender === 'female' ? 'she' : first.gender === 'male' ? 'he' : 'they';
  const his = first.gender === 'female' ? 'her' : first.gender === 'male' ? 'his' : 'their';
  const say = (pool: Say[]) => pick(rng, pool)(n, he, his);
  const narrative = makeNarrative(rng, { n, he, his, him: first.gender === 'female' ? 'her' : first.gender === 'male' ? 'him' : 'them' }, want.pool ?? 'dev', nChildren, chance(rng, 0.9));
  const maybe = <T>(p: number, v: () => T): T | null => (chance(rng, p) ? v() : null);

  const age = first.dob && !first.unborn ? ageAt(first.dob, ref) : null;
  const schoolAge = age !== null && age >= 5 && age < 16;
  const agency = pick(rng, AGENCIES.filter((a) => (schoolAge ? true : !a.category.endsWith('school'))));
  const assessorName = `${pick(rng, [...ADULT_F, ...ADULT_M])} ${pick(rng, SURNAMES.filter((s) => s !== family))}`;
  const motherName = `${pick(rng, ADULT_F)} ${family}`;
  const address = `${1 + Math.floor(rng() * 90)} ${pick(rng, STREETS)}, ${pick(rng, TOWNS)} KM${1 + Math.floor(rng() * 9)} ${1 + Math.floor(rng() * 9)}QT`;

  const parentRoll = rng();
  const parent =
    parentRoll < 0.08
      ? null
      : {
          name: motherName,
          relationship: 'Mother',
          phone: parentRoll < 0.16 ? null : phone(rng),
          address: parentRoll < 0.16 ? null : address,
        };

  const presentRoll = rng();
  const present =
    presentRoll < 0.35
      ? { kind: 'blank' as const, text: '' }
      : presentRoll < 0.45
        ? { kind: 'none' as const, text: 'None' }
        : { kind: 'recorded' as const, text: pick(rng, ['Mum and ' + n, 'Mother', 'Both parents', 'Mum, dad and the class teacher', `${n} and mum`]) };

  const schoolName = age !== null && age >= 11 ? pick(rng, SECONDARY) : pick(rng, PRIMARY);
  const schoolRoll = rng();
  const school =
    schoolRoll < 0.18 ? { kind: 'missing' as const, name: null } : schoolRoll < 0.3 ? { kind: 'upn-only' as const, name: null } : { kind: 'recorded' as const, name: schoolName };

  const consentRoll = rng();
  const consentKind: ConsentKind = consentRoll < 0.45 ? 'written' : consentRoll < 0.65 ? 'verbal' : consentRoll < 0.87 ? 'unspecified' : 'none';
  const assessorActs = chance(rng, 0.85);
  const actions = [
    ...(assessorActs ? [{ what: pick(rng, ASSESSOR_ACTIONS), who: '', when: '' }] : []),
    ...Array.from({ length: 1 + Math.floor(rng() * 2) }, () => {
      // Nobody else in the plan shares the assessor's role, so "assessor to do" stays unambiguous.
      const [what, who] = pick(rng, OTHER_ACTIONS.filter(([, w]) => w.toLowerCase() !== agency.role.toLowerCase()));
      return { what, who, when: '' };
    }),
  ].map((a, i) => ({
    ...a,
    who: a.who || pick(rng, [assessorName, agency.role, `${agency.role} (${assessorName})`, 'Me']),
    when: pick(rng, ['By half term', `By ${addDays(ref, 42 + i * 14)}`, 'Within 6 weeks', 'Weekly from next Monday', 'Ongoing']),
  }));

  const composition = `${parent ? parent.name + ' (mother)' : 'Mother'}; ${children.map((c) => (c.unborn ? 'unborn baby' : `${c.given} (${c.gender === 'female' ? 'daughter' : 'son'})`)).join('; ')}; ${pick(rng, ['Darren Latimer (mum\'s partner)', 'maternal grandmother (visits daily)', `${pick(rng, ADULT_M)} ${family} (father, lives separately)`])}`;

  const disabilityRoll = rng();
  const disability = disabilityRoll < 0.1 ? null : disabilityRoll < 0.22 ? 'yes' : disabilityRoll < 0.3 ? 'rather not say' : 'no';

  return {
    children,
    assessmentDate,
    present,
    assessor: { name: assessorName, phone: `01632 ${Math.floor(rng() * 1e6).toString().padStart(6, '0')}`, email: `${assessorName.split(' ')[0].toLowerCase()}.${assessorName.split(' ')[1].toLowerCase()}@kingsmere.example.org`, ...agency },
    parent,
    address,
    familyComposition: maybe(0.88, () => composition),
    ethnicity: maybe(0.92, () => pick(rng, ETHNICITY)),
    language: pick(rng, LANGUAGES),
    religion: maybe(0.35, () => pick(rng, RELIGIONS)),
    disability,
    disabilityDetail: disability === 'yes' ? pick(rng, ['ADHD (diagnosed 2023)', 'Epilepsy', 'Autism spectrum condition', 'Hearing impairment']) : null,
    gp: maybe(0.78, () => pick(rng, GPS)),
    school: school.kind === 'recorded' ? { kind: 'recorded', name: school.name } : school,
    reason: narrative.reason,
    domains: narrative.domains,
    strengths: narrative.strengths,
    needs: narrative.needs,
    risks: narrative.risks,
    outcomes: narrative.outcomes,
    grades: narrative.grades,
    flags: narrative.flags,
    actions,
    assessorActs,
    childComment: maybe(0.55, () => say(CHILD_COMMENTS)),
    parentComment: maybe(0.6, () => say(PARENT_COMMENTS)),
    consent: {
      kind: consentKind,
      signature: consentKind === 'written' ? (parent?.name ?? motherName) : null,
      date: consentKind === 'written' || consentKind === 'verbal' ? (assessmentDate ?? null) : null,
    },
    levelOfNeed: chance(rng, 0.85) ? (pick(rng, [1, 2, 2, 2, 3, 3, 4]) as 1 | 2 | 3 | 4) : null,
  };
}

/** The checklist values a careful human auditor would record for this case (seed 000 §4.3). */
export function expectedChecklist(c: Case): Record<string, string> {
  const first = c.children[0];
  const age = first.unborn ? -1 : first.dob && c.assessmentDate ? ageAt(first.dob, c.assessmentDate) : null;
  const outsideSchoolAge = age !== null && (age < 5 || age >= 16);
  return {
    'caf-date': c.assessmentDate ? 'present' : 'missing',
    consent: c.consent.kind,
    'parent-contact': c.parent && (c.parent.phone || c.parent.address) ? 'present' : 'missing',
    'family-composition': c.familyComposition ? 'present' : 'missing',
    ethnicity: c.ethnicity ? 'present' : 'missing',
    gp: c.gp ? 'present' : 'missing',
    'reason-for-assessment': c.reason ? 'present' : 'missing',
    'child-comment': c.childComment ? 'present' : 'missing',
    'parent-comment': c.parentComment ? 'present' : 'missing',
    disability: c.disability ? 'present' : 'missing',
    'who-present': c.present.kind,
    school: outsideSchoolAge ? 'not-applicable' : c.school.kind,
    'assessor-actions': c.assessorActs ? 'present' : 'missing',
  };
}
