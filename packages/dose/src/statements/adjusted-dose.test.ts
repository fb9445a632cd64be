import { describe, expect, it } from 'vitest';
import { parseDoses } from '../parse-doses.js';
import { realLexicon } from '../__fixtures__/real-lexicon.js';

// Own sentences in the style of product information and regimen sheets. The amount a dose is
// changed to was published as a second regular dose of the drug, without a finding.
const read = (text: string) => parseDoses(text, realLexicon(), { checkRanges: false, checkKinds: false });
// The changed doses only: a condition that opens the sentence (`Vid grad 3 neuropati`) is reported apart (`dose-condition.ts`).
const reported = (text: string) =>
  read(text)
    .diagnostics.filter((d) => d.ruleId === 'dose-partial-reading' && !d.message.sv.includes('villkor'))
    .map((d) => text.slice(d.start, d.end));

describe('an amount a dose is changed to is reported', () => {
  it.each([
    ['Imatinib 400 mg dagligen, kan ökas till 600 mg.', 'ökas till 600 mg'],
    ['Paklitaxel 175 mg/m2, ökat till 200 mg/m2.', 'ökat till 200 mg/m2'],
    ['Morfin trappas upp till 30 mg x 2.', 'trappas upp till 30 mg'],
    ['Docetaxel 75 mg/m2, reduceras till 60 mg/m2 efter febril neutropeni.', 'reduceras till 60 mg/m2'],
    ['Imatinib 400 mg dagligen, dosen kan ökas stegvis upp till 800 mg.', 'ökas stegvis upp till 800 mg'],
    ['Vid grad 3 neuropati sänks oxaliplatindosen till 65 mg/m2.', 'sänks oxaliplatindosen till 65 mg/m2'],
    ['Vid neutropeni reduceras dosen till 60 mg/m2 docetaxel.', 'reduceras dosen till 60 mg/m2'],
    ['Venetoklax upptitreras under 5 veckor till 400 mg dagligen.', 'upptitreras under 5 veckor till 400 mg'],
  ])('%s', (text, words) => {
    expect(reported(text)).toEqual([words]);
    expect(read(text).diagnostics.find((d) => text.slice(d.start, d.end) === words)?.message.sv).toContain('ändrad dos');
  });

  it('`till` without a verb of change is no changed dose (`upp till`, a range, a total)', () => {
    expect(reported('Pembrolizumab 2 mg/kg (upp till 200 mg) var tredje vecka.')).toEqual([]);
    expect(reported('Paklitaxel 135 till 175 mg/m2 var tredje vecka.')).toEqual([]);
    expect(reported('Strålbehandling 2 Gy dagligen till 46 Gy.')).toEqual([]);
  });
});
