import { describe, expect, it } from 'vitest';
import { classifyNumber, NUMBER_TOKEN, type NotCitationReason } from './classify-number.js';

const RCC = { min: 1, max: 190 };

/** Classifies the `index`-th number token of `text`. */
function classify(text: string, token: string) {
  const match = [...text.matchAll(NUMBER_TOKEN)].find((m) => m[0] === token);
  if (!match) throw new Error(`no token ${token} in ${text}`);
  return classifyNumber({ token, before: text.slice(0, match.index), after: text.slice(match.index + token.length) }, RCC);
}

describe('classifyNumber names why a number is not a citation', () => {
  it.each<[string, string, NotCitationReason]>([
    ['Keynote 158-studien 169.', '158', 'hyphenated-word'],
    ['GOG 209-studien 126.', '209', 'hyphenated-word'],
    ['ENGOT EN 15 (NCT05173987)', '15', 'trial-number'],
    ['Fas III-studien Keynote 775, där', '775', 'trial-number'],
    ['Se avsnitt 13.3.2.1 Immunterapi ovan.', '13.3.2.1', 'section-number'],
    ['median PFS 13,1 månader', '13,1', 'decimal'],
    ['exempelvis 8 Gy x 1–2 eller 4 Gy x 5.', '5', 'multiplier'],
    ['ORR var 73 % 184.', '73', 'quantity'],
    ['i den högre dosen 1 000 mg/dag 175.', '000', 'thousands-group'],
    ['i den högre dosen 1 000 mg/dag 175.', '1', 'thousands-group'],
    ['på 50–75 % 152.', '75', 'range'],
    ['tillgänglig i Sverige under våren 2022.', '2022', 'year'],
    ['beslut från NT-rådet inväntas under 2022.', '2022', 'year'],
    ['Studien pågick mellan 2019 och januari 2021.', '2019', 'year'],
    ['Studien pågick mellan 2019 och januari 2021.', '2021', 'year'],
    ['omfattande 129 patienter med dMMR', '129', 'followed-by-text'],
    ['bättre för arm 1 med bevacizumab', '1', 'count'],
    ['rapporterade biverkningar >grad 1.', '1', 'count'],
    ['Alla fick behandling. 33 % av patienterna', '33', 'sentence-initial'],
    ['randomiserades 1:1 till', '1:1', 'ratio'],
    ['(arm 1), KarPak', '1', 'not-standalone'],
    ['dosen är MPA160 peroralt', '160', 'not-standalone'],
    ['dosen är MPA160–200 mg/dag', '200', 'range'],
  ])('%s: %s is %s', (text, token, reason) => {
    expect(classify(text, token)).toEqual({ kind: 'not-citation', reason });
  });

  it('needs the trial rule: without it, Keynote 775 would split into citations 7, 75', () => {
    expect(classify('studien omfattade 775.', '775')).toEqual({ kind: 'citation', numbers: [7, 75] });
  });

  it.each([
    ['Keynote 158-studien 169.', '169', [169]],
    ['GOG 209-studien 126.', '126', [126]],
    ['i den högre dosen 1 000 mg/dag 175.', '175', [175]],
    ['ORR var 73 % 184.', '184', [184]],
    ['p=0,041) 189.', '189', [189]],
    ['hade en kvarvarande respons 170.', '170', [170]],
  ])('%s: %s is citation %j', (text, token, numbers) => {
    expect(classify(text, token)).toEqual({ kind: 'citation', numbers });
  });
});
