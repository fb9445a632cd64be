import { describe, expect, it } from 'vitest';
import { parseDoses } from '../parse-doses.js';
import { realLexicon } from '../__fixtures__/real-lexicon.js';

const read = (text: string) => parseDoses(text, realLexicon()).doses.map((d) => [d.unit, d.fractionation?.dosePerFraction ?? null, d.fractionation?.fractions ?? null]);

describe('the unit Gray spelt out', () => {
  // Real phrasing (Läkartidningen, prostate radiotherapy): the dose per fraction in words.
  it('reads `2 Gray per behandlingstillfälle` as 2 Gy', () => {
    const gray = read('Hälften fick en stråldos på 2 Gray per behandlingstillfälle.');
    expect(gray).toHaveLength(1);
    expect(gray).toEqual(read('Hälften fick en stråldos på 2 Gy per behandlingstillfälle.'));
    // A treatment session is a fraction: 2 Gy is the dose per fraction, not a total.
    expect(gray[0]).toEqual(['Gy', { low: 2, high: 2, derived: false }, null]);
  });

  it.each(['Strålbehandling 3 Gy per tillfälle.', 'Strålbehandling 3 Gy per fraktion.', 'Strålbehandling 3 Gy/fraktion.'])('%s is a dose per fraction', (text) => {
    expect(read(text)).toEqual([['Gy', { low: 3, high: 3, derived: false }, null]]);
  });

  it('reads a fractionation written with Gray as with Gy', () => {
    expect(read('Strålbehandling 3 Gray x 10.')).toEqual(read('Strålbehandling 3 Gy x 10.'));
  });

  // Hostile: a name Gray that follows no number is no unit.
  it('is no unit without a number before it', () => {
    expect(read('Enligt Gray och medarbetare gavs strålbehandling.')).toEqual([]);
  });
});

describe('a course written with a slash or as one fraction', () => {
  const course = (text: string) => parseDoses(text, realLexicon()).doses.map((d) => [d.fractionation?.total?.low, d.fractionation?.fractions?.low, d.amount?.low]);

  it('`45 Gy/25 fraktioner` is 45 Gy in 25 fractions of 1,8 Gy', () => {
    expect(course('Strålbehandling mot bäckenet 45 Gy/25 fraktioner.')).toEqual([[45, 25, 1.8]]);
    // `fr` and `fx` as radiotherapy notes abbreviate `fraktioner`.
    expect(course('Strålbehandling mot bäckenet 46 Gy/23 fr.')).toEqual([[46, 23, 2]]);
    expect(course('Strålbehandling mot bäckenet 2 Gy/fx till 46 Gy.')).toEqual([[46, 23, 2]]);
  });

  it('a dose alone, then `till` a larger total, is the dose per fraction of that course', () => {
    for (const text of ['2 Gy dagligen till 46 Gy', '2 Gy/dag till 46 Gy', '2 Gy/gång till 46 Gy', '2 Gy till 46 Gy']) {
      expect(course(`Strålbehandling mot bäckenet ${text}.`)).toEqual([[46, 23, 2]]);
    }
    // A smaller or equal `total` after `till` is no total of the course: two statements, as written.
    expect(course('Strålbehandling 50 Gy till 46 Gy.')).toHaveLength(2);
  });

  it.each(['Palliativ strålbehandling 8 Gy engångsfraktion.', 'Strålbehandling 8 Gy som engångsdos mot skelettmetastas.', 'Strålbehandling 8 Gy i en fraktion.'])(
    '%s is one fraction of 8 Gy',
    (text) => {
      expect(course(text)).toEqual([[8, 1, 8]]);
    },
  );
});

describe('a total with its fractionation in brackets (`24 Gy (2 Gy x 12 fraktioner)`)', () => {
  const course = (text: string) => parseDoses(text, realLexicon()).doses.map((d) => [d.fractionation?.dosePerFraction?.low, d.fractionation?.fractions?.low, d.fractionation?.total?.low]);
  it.each(['Strålbehandling 24 Gy (2 Gy x 12 fraktioner).', 'Strålbehandling 24 Gy (12 x 2 Gy).', 'Strålbehandling 24 Gy (2 Gy x 12).'])('is one course: %s', (text) => {
    expect(course(text)).toEqual([[2, 12, 24]]);
    expect(parseDoses(text, realLexicon()).diagnostics).toEqual([]);
  });

  it('a fractionation that does not give the total stays two courses, and is reported', () => {
    const { doses, diagnostics } = parseDoses('Strålbehandling 24 Gy (2 Gy x 10).', realLexicon());
    expect(doses).toHaveLength(2);
    expect(diagnostics.map((d) => [d.ruleId, d.message.sv.includes('ger `20 Gy`')])).toEqual([['dose-ambiguous', true]]);
  });
});
