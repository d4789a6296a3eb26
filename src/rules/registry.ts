import type { ChecklistCheck, FlagCheck, RubricCheck } from './check.js';
import answered from './checks/answered.js';
import assessorActions from './checks/assessor-actions.js';
import consent from './checks/consent.js';
import date from './checks/date.js';
import parentContact from './checks/parent-contact.js';
import presence from './checks/presence.js';
import school from './checks/school.js';
import whoPresent from './checks/who-present.js';
import judgemental from './flags/judgemental.js';
import multipleChildren from './flags/multiple-children.js';
import needsServices from './flags/needs-services.js';
import outcomesOutputs from './flags/outcomes-outputs.js';
import parentFocused from './flags/parent-focused.js';
import serviceLed from './flags/service-led.js';
import subjective from './flags/subjective.js';
import domainDetail from './rubric/domain-detail.js';
import needs from './rubric/needs.js';
import outcomes from './rubric/outcomes.js';
import risks from './rubric/risks.js';
import strengths from './rubric/strengths.js';

const byKind = <C extends { kind: string }>(cs: C[]): Record<string, C> => Object.fromEntries(cs.map((c) => [c.kind, c]));

/** Every kind of check a rule set may name, by section. */
export const CHECKS: Record<string, ChecklistCheck> = byKind([answered, assessorActions, consent, date, parentContact, presence, school, whoPresent]);
export const RUBRIC_CHECKS: Record<string, RubricCheck> = byKind([domainDetail, needs, strengths, risks, outcomes]);
export const FLAG_CHECKS: Record<string, FlagCheck> = byKind([judgemental, subjective, parentFocused, serviceLed, needsServices, outcomesOutputs, multipleChildren]);
