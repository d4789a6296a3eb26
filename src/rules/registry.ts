import type { ChecklistCheck } from './check.js';
import answered from './checks/answered.js';
import assessorActions from './checks/assessor-actions.js';
import consent from './checks/consent.js';
import date from './checks/date.js';
import parentContact from './checks/parent-contact.js';
import presence from './checks/presence.js';
import school from './checks/school.js';
import whoPresent from './checks/who-present.js';

/** Every kind of checklist check a rule set may name. */
export const CHECKS: Record<string, ChecklistCheck> = Object.fromEntries(
  [answered, assessorActions, consent, date, parentContact, presence, school, whoPresent].map((c) => [c.kind, c]),
);
