import { describe, expect, it } from 'vitest';
import type { CorpusItem, LabelledDose } from './corpus.js';
import type { ReadDose, ReadItem } from './read-item.js';
import { emptyScore, scoreItem } from './score.js';

const label = (drug: string, amount: number): LabelledDose => ({ drug, amount: [amount, amount], unit: 'mg', route: null, intervalDays: null, cycles: null, role: 'therapy' });
const reading = (drug: string | null, amount: number | null, text = 'x'): ReadDose => ({
  drug, moiety: null, amount: amount === null ? null : [amount, amount], unit: amount === null ? null : 'mg', route: null, intervalDays: null, days: null, cycles: null,
  role: drug === null ? null : 'therapy', text,
});
const item = (doses: LabelledDose[]): CorpusItem => ({ id: 't-001', source: 't', title: 't', text: 't', uncertain: false, doses });
const read = (doses: ReadDose[], courses: ReadDose[] = [], findings: string[] = [], namedInText: string[] = []): ReadItem => ({ doses, courses, findings, namedInText: new Set(namedInText) });

describe('scoreItem', () => {
  it('counts a labelled dose read with another drug as a wrong drug', () => {
    const score = emptyScore();
    scoreItem(score, item([label('etoposide', 100)]), read([reading('cisplatin', 100)]));
    expect([score.wrongDrug, score.extraDoses]).toEqual([1, 0]);
  });

  it('counts a dose the label does not have as an extra dose, with or without a drug, not as a wrong drug', () => {
    const score = emptyScore();
    scoreItem(score, item([]), read([reading('prednisolone', 2.5), reading(null, 10)]));
    expect([score.wrongDrug, score.extraDoses, score.readDoses]).toEqual([0, 2, 2]);
    expect(score.fields.drug.read).toBe(1);
  });

  it('counts a statement without an amount apart, as no dose', () => {
    const score = emptyScore();
    scoreItem(score, item([]), read([], [reading('pembrolizumab', null, 'tre cykler pembrolizumab')]));
    expect([score.courses, score.extraDoses, score.wrongDrug, score.misses.length]).toEqual([1, 0, 0, 0]);
  });

  it('a labelled field left unread with no finding is a silent partial reading; with a finding it is not', () => {
    const silent = emptyScore();
    scoreItem(silent, item([label('etoposide', 100)]), read([reading(null, 100)]));
    const reported = emptyScore();
    scoreItem(reported, item([label('etoposide', 100)]), read([reading(null, 100)], [], ['dose-without-drug: …']));
    expect([silent.silentPartial, reported.silentPartial]).toEqual([1, 0]);
  });

  it('counts what each silent partial reading missed, and a labelled dose not read at all apart', () => {
    const score = emptyScore();
    scoreItem(score, item([label('etoposide', 100)]), read([reading(null, 100)]));
    scoreItem(score, item([label('etoposide', 50)]), read([]));
    scoreItem(score, item([label('etoposide', 75)]), read([], [], ['dose-unread: …']));
    expect([score.silentPartial, score.silentUnread, score.unreadDoses]).toEqual([2, 1, 2]);
    expect([score.silentByField.drug, score.silentByField.role, score.silentByField.amount]).toEqual([1, 1, 0]);
  });

  it('tells a labelled drug not read apart by whether the item\'s text names it', () => {
    const score = emptyScore();
    scoreItem(score, item([label('etoposide', 100)]), read([reading(null, 100)], [], ['dose-ambiguous: …', 'dose-ambiguous: …'], ['etoposide']));
    scoreItem(score, item([label('etoposide', 50)]), read([]));
    scoreItem(score, item([label('etoposide', 75)]), read([reading('etoposide', 75)], [], [], ['etoposide']));
    expect([score.drugMissedNamed, score.drugMissedContextOnly]).toEqual([1, 1]);
    expect(score.drugMissedNamedFindings).toEqual({ 'dose-ambiguous': 1 });
  });
});
