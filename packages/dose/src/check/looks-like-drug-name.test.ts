import { describe, expect, it } from 'vitest';
import { tokenize } from '../scan/tokenize.js';
import { createWorkCounter } from '../scan/work-counter.js';
import { looksLikeDrugName } from './looks-like-drug-name.js';

const word = (text: string) => {
  const token = tokenize(text, createWorkCounter())[0];
  if (token === undefined) throw new Error(`no token in ${text}`);
  return token;
};

describe('looksLikeDrugName', () => {
  it('takes a capitalised word inside a sentence, and any word with an INN ending, for a drug', () => {
    expect(looksLikeDrugName(word('Keytruda'), false)).toBe(true);
    expect(looksLikeDrugName(word('Zyxtra'), false)).toBe(true);
    expect(looksLikeDrugName(word('zoxatinib'), true)).toBe(true);
    expect(looksLikeDrugName(word('Keytruda'), true)).toBe(false);
  });

  it('never takes a Swedish derived noun for a drug, capitalised as a table cell writes it', () => {
    for (const text of ['Monoterapi', 'Kombinationsbehandling', 'Spädning', 'Toxicitet', 'Svaghet', 'Fortsättande']) {
      expect(looksLikeDrugName(word(text), false)).toBe(false);
    }
  });

  it('never takes an abbreviation of a disease, marker or test for a drug (`KML`, `HER2`, `ECOG`)', () => {
    for (const text of ['KML', 'NSCLC', 'HER2', 'ECOG', 'PSA']) expect(looksLikeDrugName(word(text), false)).toBe(false);
    expect(looksLikeDrugName(word('KYX'), false)).toBe(true);
  });

  it('never takes a capitalised function word for a drug (`Dos: För de som …`, `Vid behov`)', () => {
    for (const text of ['För', 'Vid', 'Efter', 'Samt', 'Each']) expect(looksLikeDrugName(word(text), false)).toBe(false);
    expect(looksLikeDrugName(word('Fortax'), false)).toBe(true);
  });
});
