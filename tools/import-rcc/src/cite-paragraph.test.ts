import { describe, expect, it } from 'vitest';
import { citeParagraph, formatCitationGroup } from './cite-paragraph.js';

const RCC = { min: 1, max: 190 };
const NBSP = '\u00a0';

describe('citeParagraph: glued citations become citation groups', () => {
  // [as printed, as Markdown, citation groups]
  it.each([
    ['PET-DT kan ha ett värde vid recidiverande sjukdom 83153154.', 'PET-DT kan ha ett värde vid recidiverande sjukdom [@83; @153; @154].', [[83, 153, 154]]],
    ['Dessa patienter ska alltid diskuteras på MDK 155156157158.', 'Dessa patienter ska alltid diskuteras på MDK [@155; @156; @157; @158].', [[155, 156, 157, 158]]],
    ['anses vara tämligen väl tolererad 126133.', 'anses vara tämligen väl tolererad [@126; @133].', [[126, 133]]],
    ['men ger mer biverkningar såsom tromboser 175177.', 'men ger mer biverkningar såsom tromboser [@175; @177].', [[175, 177]]],
    ['företrädesvis av endometrioid subtyp 166167168 mars 2022 godkände FDA', 'företrädesvis av endometrioid subtyp [@166; @167; @168] mars 2022 godkände FDA', [[166, 167, 168]]],
    ['Det stöds också av Bollinenis metaanalys 84, som rapporterar', 'Det stöds också av Bollinenis metaanalys [@84], som rapporterar', [[84]]],
    ['i de uppdaterade europeiska riktlinjerna 60.', 'i de uppdaterade europeiska riktlinjerna [@60].', [[60]]],
    ['ett paragrafslut utan punkt 190', 'ett paragrafslut utan punkt [@190]', [[190]]],
  ])('%s', (printed, markdown, groups) => {
    const result = citeParagraph(printed, RCC);
    expect(result.text).toBe(markdown);
    expect(result.groups).toEqual(groups);
    expect(result.reports).toEqual([]);
  });
});

describe('citeParagraph: numbers that are not citations', () => {
  // [as printed, the citation groups in it]; the text around the non-citations stays unchanged.
  it.each([
    ['Godkännandet baserades på uppdaterade data från Keynote 158-studien 169.', [[169]]],
    ['resultaten jämfördes med historiska kontroller från GOG 209-studien 126.', [[126]]],
    ['jämfört med behandling i den högre dosen 1 000 mg/dag 175.', [[175]]],
    ['Här var 14 av 15 patienter progressionsfria. ORR var 73 % 184.', [[184]]],
    [`en 5-årsöverlevnad på 50–75${NBSP}% 152.`, [[152]]],
    ['(hazard ratio 0,49, 90 % konfidensintervall 0,25–0,97, p=0,041) 189.', [[189]]],
    ['ENGOT EN 15 (NCT05173987) är en randomiserad fas III-studie', []],
    ['Fas III-studien Keynote 775, där patienter med avancerad', []],
    ['Se avsnitt 13.3.2.1 Immunterapi ovan.', []],
    ['palliativ slutdos, exempelvis 8 Gy x 1–2 eller 4 Gy x 5.', []],
    ['ORR var 48 %, median PFS 13,1 månader (95 % CI 4,3-34,4 månader).', []],
    ['Studien pågår och kommer vara tillgänglig i Sverige under våren 2022.', []],
    ['invändas under 2022.', []],
    ['Studien pågick mellan 2019 och januari 2021.', []],
    ['I en Cochraneanalys från 2010, omfattande fem randomiserade studier', []],
    ['En fas 1-studie omfattande 129 patienter med dMMR/MSI-H', []],
    ['KarPak/bevacizumab (arm 1), KarPak/temsirolimus (arm 2).', []],
    ['3-årsöverlevnaden var bättre för arm 1 med bevacizumab', []],
    ['Resultatet gällde arm 1.', []],
    ['antingen primärt (stadium III-IV) eller vid återfall', []],
    ['76 % rapporterade biverkningar >grad 1.', []],
    ['Fortsättningsstudien av RUBY, del 2, är identisk med del 1', []],
    ['Studien omfattade 827 patienter, där majoriteten (697 patienter) inte', []],
    ['Lämplig dos är då MPA160–200 mg/dag peroralt.', []],
    ['randomiserades 1:1 till studiebehandling', []],
    ['dostarlimab 500 mg var 3:e vecka i 4 cykler', []],
  ])('%s', (printed, groups) => {
    const result = citeParagraph(printed, RCC);
    expect(result.groups).toEqual(groups);
    expect(result.reports).toEqual([]);
    // Only citation digits are replaced; everything else stays as printed.
    const restored = groups.reduce((text, group) => text.replace(formatCitationGroup(group), group.join('')), result.text);
    expect(restored).toBe(printed);
  });
});

describe('citeParagraph: doubtful numbers are reported and left as printed', () => {
  it.each([
    ['sjukdom 1150.', '1, 150 | 11, 50'],
    ['Detta publicerades 2022.', 'year or citations (20, 22)'],
    ['Av patienterna svarade 14 av 15.', 'count or citation'],
    ['Detta diskuterades på MDK 155.', 'identifier or citation'],
    ['Studien omfattade 14 patienter 900.', 'no valid citation group'],
  ])('%s', (printed, message) => {
    const result = citeParagraph(printed, RCC);
    expect(result.text).toBe(printed);
    expect(result.groups).toEqual([]);
    expect(result.reports).toHaveLength(1);
    expect(result.reports[0]).toContain(message);
  });

  it('notes a citation group that is followed by text instead of a sentence end', () => {
    const result = citeParagraph('av endometrioid subtyp 166167168 mars 2022 godkände FDA', RCC);
    expect(result.notes).toEqual([expect.stringContaining('"166167168" → 166, 167, 168 is followed by "mars 2022 godkände …"')]);
    expect(citeParagraph('sjukdom 83153154. Ett par', RCC).notes).toEqual([]);
  });
});
