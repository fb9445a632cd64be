import { describe, expect, it } from 'vitest';
import { parseDoses } from './parse-doses.js';
import { realLexicon } from './__fixtures__/real-lexicon.js';

describe('numbers that are not doses', () => {
  it.each([
    'Det stöds också av Bollinenis metaanalys 84, som rapporterar en utmärkt tillförlitlighet (AUC 0,97) för att detektera återfall.',
    'Hos utvalda patienter med mer ytliga (<\u00a05 mm) återfall kan enbart intrakavitär vaginal brachyterapi väljas.',
    'ORR var 48 %, median PFS 13,1 månader (95 % CI 4,3-34,4 månader).',
    'Primär end-point var PFS, som ökade från 3 månader i letrozolarmen till 8,3 månader i kombinationsarmen (hazard ratio 0,56).',
    'Om patienten tidigare fått denna behandling och det gått minst 6 månader sedan dess kan man överväga att på nytt ge denna behandling.',
    'Studierna omfattade 23–108 patienter där ORR var likvärdig 171172173.',
    'De randomiserades 1:1 till studiebehandling eller cytostatika.',
    'PFS ökade från 10,5 till 13,7 månader och OS från 29,9 till 40,0 månader.',
  ])('%s', (sentence) => {
    expect(parseDoses(sentence, realLexicon())).toEqual({ doses: [], diagnostics: [] });
  });

  it('reads a citation glued after a dose as a citation, not as part of the dose', () => {
    const text = 'Behandling med MPA 200 mg/dag jämfört med den högre dosen 1\u00a0000 mg/dag 175.';
    const { doses } = parseDoses(text, realLexicon());
    expect(doses.map((d) => [d.text, d.amount, d.intervalDays])).toEqual([
      ['MPA 200 mg/dag', { low: 200, high: 200 }, { low: 1, high: 1 }],
      ['1\u00a0000 mg/dag', { low: 1000, high: 1000 }, { low: 1, high: 1 }],
    ]);
  });

  it('ignores Pandoc citation groups', () => {
    const { doses } = parseDoses('paklitaxel 175 mg/m2 [@162; @163] var 3:e vecka', realLexicon());
    expect(doses).toHaveLength(1);
    expect(doses[0]?.amount).toEqual({ low: 175, high: 175 });
  });
});
