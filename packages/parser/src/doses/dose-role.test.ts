import { describe, expect, it } from 'vitest';
import { doseRole } from './dose-role.js';

// Own sentences in the style of a care programme; each rule of docs/dose-roles.md once.

describe('the role of a dose statement, from its wording', () => {
  it.each([
    ['Paklitaxel 80 mg/m2 veckovis rekommenderas.', 'recommendation'],
    ['Behandlingen bör ges med karboplatin AUC 5 var 3:e vecka.', 'recommendation'],
    ['Exempelvis kan 3 Gy x 10 eller 4 Gy x 5 ges.', 'recommendation'],
    ['Tamoxifen kan prövas 20 mg dagligen.', 'recommendation'],
    ['Patienterna randomiserades till pembrolizumab 200 mg var 3:e vecka.', 'trialArm'],
    ['I studien behandlades patienterna med doxorubicin 60 mg/m2.', 'trialArm'],
    // Past tense reports what a study gave (these read as `practice`).
    ['I KEYNOTE-775 fick patienterna lenvatinib 20 mg dagligen plus pembrolizumab 200 mg var tredje vecka.', 'trialArm'],
    ['Kontrollarmen fick doxorubicin 60 mg/m2.', 'trialArm'],
    ['Bevacizumab 15 mg/kg gavs som tillägg till cytostatika.', 'trialArm'],
    ['Patients were given carboplatin AUC 5 every 3 weeks.', 'trialArm'],
    ['Doxorubicin 60 mg/m2 var 3:e vecka är en vanlig behandling.', 'practice'],
    ['Många kliniker ger 4 Gy x 5 mot smärtsamma metastaser.', 'practice'],
    // Present tense is not a report (`får`, not `fick`), and `fick` alone (`fick avbryta`) needs its subject.
    ['Patienten får dexametason 8 mg dag 1.', 'practice'],
  ] as const)('%s → %s', (sentence, role) => {
    expect(doseRole(sentence, 'prose')).toBe(role);
  });

  it('gives the same answer for the same wording in prose and in a table, anywhere in a chapter', () => {
    const wordings = ['Exempelvis kan 3 Gy x 10 eller 4 Gy x 5 ges.', 'Man ger 4 Gy x 5.', 'Patienterna randomiserades till 4 Gy x 5.'];
    for (const wording of wordings) expect(doseRole(wording, 'table')).toBe(doseRole(wording, 'prose'));
  });

  it('a dose in the box of recommendations is always a recommendation', () => {
    expect(doseRole('Patienterna randomiserades till pembrolizumab 200 mg.', 'recommendation')).toBe('recommendation');
  });

  it('the adjective "randomiserade" alone does not make a trial arm', () => {
    expect(doseRole('Utan stöd av randomiserade studier ges ofta megestrol 160 mg dagligen.', 'prose')).toBe('practice');
  });
});
