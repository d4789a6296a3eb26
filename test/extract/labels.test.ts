import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_DIR } from '../../src/audit/config.js';
import { LabelMatcher, loadLabelTable, normaliseLabel, similarity } from '../../src/extract/labels.js';

const matcher = new LabelMatcher(loadLabelTable(join(RULES_DIR, 'labels.yaml')));

describe('label matching', () => {
  it('"Adult supported" heads the parent\'s details', () => expect(matcher.section('Adult supported')?.id).toBe('parent'));

  it.each(['Rather not say', 'Date last seen', 'Manager comments', 'How are things at home and in your area?', 'Attendance Support - Early Help Assessment', 'Attendance this year', 'Who does the young carer care for?', 'Is the young person Gillick competent to consent?'])('"%s" is no question of the checklist read amiss', (label) => {
    expect(['child.disability', 'parent.name', 'assessment.present', 'comment.child', 'comment.parent', 'consent.given']).not.toContain(matcher.field(label, null)?.id);
  });

  it('normalises numbering, punctuation and possessives', () => {
    expect(normaliseLabel('3. Date of Birth:')).toBe('date of birth');
    expect(normaliseLabel("Section 4: Child's voice")).toBe('child voice');
    expect(normaliseLabel('Family & environment')).toBe('family and environment');
  });

  it('scores containment below identity and sentences low', () => {
    expect(similarity(['gp'], ['gp'])).toBe(1);
    expect(similarity(['regist', 'gp'], ['gp'])).toBeGreaterThan(0.66);
    expect(similarity(['favourit', 'footbal', 'team'], ['team'])).toBeLessThan(0.66);
    expect(similarity(['regist', 'gp'], ['gp'])).toBeLessThan(1);
    expect(similarity(['a', 'b', 'c', 'd', 'e', 'gp'], ['gp'])).toBeLessThan(0.66);
  });

  it.each([
    ['Date of birth', null, 'child.dob'],
    ['D.O.B.', null, 'child.dob'],
    ['Registered GP', null, 'services.gp'],
    ['Name', 'assessor', 'assessor.name'],
    ['Name', 'parent', 'parent.name'],
    ['Telephone', 'parent', 'parent.phone'],
    ['Carer telephone', null, 'parent.phone'],
    ['Household (names, relationship to child)', null, 'family.composition'],
    ['Assessment completed on', null, 'assessment.date'],
    ['Completed by', null, 'assessor.combined'],
    ['Presenting issues', null, 'reason'],
    ['What has happened that means you need some help?', null, 'reason'],
    ['What needs to happen?', null, 'summary.outcomes'],
    ['Are you happy for the information on this assessment to be stored and shared with other relevant professionals and agencies?', null, 'consent.given'],
    ['Forename(s)', 'assessor', 'assessor.given'],
    ['Forename(s)', 'child', 'child.given'],
    ['Name of adult with parental responsibility', null, 'parent.name'],
    ['Name and relationship to the child', 'parent', 'parent.name'],
    ['Name(s) and relationship of those present', null, 'assessment.present'],
    ['Names and relationships of everyone in the household', null, 'family.composition'],
    ['M / F', null, 'child.gender'],
    ['Meeting held with', null, 'assessment.present'],
    ['Where consent was given verbally, the name of the practitioner who took it and the date', null, 'consent.how'],
    ['Consent to share with other agencies', null, 'consent.given'],
    ['How to reach them', null, 'parent.contact'],
    ['Purpose of the meeting', null, 'reason'],
    ['Date of birth dd/mm/yy', null, 'child.dob'],
    ['Disabled Y/N', null, 'child.disability'],
    ['What the young person wants to achieve', null, 'summary.outcomes'],
    ['Those present', null, 'assessment.present'],
    // wordings met on later waves of unseen templates
    ['Who was at the mapping?', null, 'assessment.present'],
    ['Seen on', null, 'assessment.date'],
    ['Seen by', null, 'assessor.combined'],
    ['Others seen', null, 'assessment.present'],
    ['Age', null, 'child.age'],
    ['House of worries', null, 'comment.child'],
    ['House of hopes and dreams', null, 'comment.child'],
    ['Family members and professionals who took part', null, 'assessment.present'],
    ['Why are we meeting?', null, 'reason'],
    ['Seen with', null, 'assessment.present'],
    ['Those at the meeting', null, 'assessment.present'],
    ['Participants', null, 'assessment.present'],
    ['Conversation with', null, 'assessment.present'],
    ['People at the initial assessment', null, 'assessment.present'],
    ['Name of pcrson undertaking the assessment', null, 'assessor.combined'],
    ['Presenting difficulties', null, 'reason'],
    ['Family living at home', null, 'family.composition'],
    ['Everyone in the carer’s household', null, 'family.composition'],
    ['Goals (in the young person’s words where possible)', null, 'summary.outcomes'],
    ['Consent for sharing with school and GP', null, 'consent.given'],
    ['Provider', null, 'services.school'],
    ['Positives', 'assessor', 'summary.strengths'],
    ['Young carer’s views', null, 'comment.child'],
    ['How did the young carer come to us?', null, 'reason'],
    ['Health, education and wellbeing', null, 'domain.development'],
    ['Education welfare officer', null, 'assessor.name'],
    ['What support are you asking for? *', null, 'reason'],
    ['Family members taking part', null, 'assessment.present'],
    ['Additional needs', null, 'child.disability'],
    ['Additional needs identified', null, 'summary.needs'],
    ['Lead adult phone', null, 'parent.phone'],
    ['Adults', 'views', 'comment.parent'],
    ["Parent's contribution", null, 'comment.parent'],
    ['Setting', 'assessor', 'assessor.org'],
    ['Attended by', null, 'assessment.present'],
    ['Persons consulted during the assessment', null, 'assessment.present'],
    ['People spoken to at the assessment', null, 'assessment.present'],
    ['Main contact at home', null, 'parent.name'],
    ['Universal / Universal Plus / Partnership Plus', null, 'level.need'],
    ['Why is support needed?', null, 'reason'],
    ['Report author', null, 'assessor.combined'],
    ['Areas of concern', null, 'summary.needs'],
    // abbreviated, mistyped or misread by OCR
    ['Disab.?', null, 'child.disability'],
    ['Date of asst.', null, 'assessment.date'],
    ['P/C tel.', null, 'parent.phone'],
    ['H/hold members', null, 'family.composition'],
    ['Ethn1city', null, 'child.ethnicity'],
    ['Date assessrnent started', null, 'assessment.date'],
    ['Dissability', null, 'child.disability'],
    ["What's happening for us", null, 'reason'],
    ['Concerns raised', null, 'reason'],
    ['What needs to happen?', null, 'summary.outcomes'],
    ['How was agreement recorded?', null, 'consent.how'],
    ["Children's views", null, 'comment.child'],
    ['What I think', null, 'comment.child'],
    ['What my family think', null, 'comment.parent'],
    ['How to contact my family', null, 'parent.contact'],
    ['Priority 1 contact', null, 'parent.name'],
    ['Completed', null, 'assessment.date'],
    ['Who was involved', null, 'assessment.present'],
    ['1a) Date of birth', null, 'child.dob'],
    ['B. Parents and carers', null, 'domain.parenting'],
    ['My role', null, 'assessor.role'],
  ])('%s (under %s) → %s', (label, section, id) => {
    expect(matcher.field(label, section)?.id).toBe(id);
  });

  it.each([
    ["Pupil's thoughts", 'comment.child'],
    ["Student's own words", 'comment.child'],
    ['Guardian mobile number', 'parent.phone'],
    ['Family doctor', 'services.gp'],
    ['Heritage', 'child.ethnicity'],
    ['Date of EHA', 'assessment.date'],
    ['Practitioner telephone', 'assessor.phone'],
    ['Permission to share', 'consent.given'],
    ['Educational setting', 'services.school'],
    ['What is not working well?', 'summary.risks'],
    ['What is working well?', 'summary.strengths'],
    ['A4 How do you describe your ethnicity?', 'child.ethnicity'],
    ['5.2 Parenting capacity', 'domain.parenting'],
    ["Please give the name of the child's GP practice", 'services.gp'],
    ['Please say whether the child has a disability', 'child.disability'],
    ['Anabledd / Disability', 'child.disability'],
    ['Comments by the child / young person', 'comment.child'],
    ['Parenting observations', 'domain.parenting'],
    ['Support from parents or carers', 'domain.parenting'],
    ['Education and learning', 'domain.development'],
    ['Home and family', 'domain.family'],
    ['What does the family want to achieve?', 'summary.outcomes'],
  ])('reads synonyms, numbering, instructions and a second language: %s → %s', (label, id) => {
    expect(matcher.field(label, null)?.id).toBe(id);
  });

  it.each([['Key stage'], ['Position'], ['Mother']])('%s is no question, though it shares a word with one', (label) => {
    expect(matcher.field(label, null, 0.75)).toBeNull();
    expect(matcher.section(label)).toBeNull();
  });

  it.each([['Views'], ['School is ok but reading is hard and she wants help'], ['Thank you for your time']])('%s matches no field', (label) => {
    expect(matcher.field(label, null)).toBeNull();
  });

  it('recognises table headers by their columns', () => {
    expect(matcher.column('By whom')?.id).toBe('action.who');
    expect(matcher.column('Task description')?.id).toBe('action.what');
    expect(matcher.column('Kai')).toBeNull();
    // Worded exactly as questions, only loosely as a plan's columns ("by when", "who"): no plan's.
    expect(matcher.column('Completed by')).toBeNull();
    expect(matcher.column('Who was present')).toBeNull();
    expect(matcher.column('Who will do it')?.id).toBe('action.who');
    // A column's own wording beats one sharing its stem: "Response" is no "Responsible".
    expect(matcher.column('Response')?.id).toBe('qa.answer');
    expect(matcher.column('Responsible')?.id).toBe('action.who');
  });
});
