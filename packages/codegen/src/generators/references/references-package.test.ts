// The generated references package: CSL-JSON with nothing invented, the places that cite each
// reference, and the trials with their NCT ids where the text states them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CslItem, Reference, Trial } from '../../runtime/reference-types.js';
import { importPackage, packageDir } from '../../test-support/import-package.js';
import { spansWithText, textAt } from '../../test-support/source-at.js';

interface ReferencesPackage {
  references: Record<string, Reference>;
  trials: Record<string, Trial>;
  getReference(id: string): Reference;
  getTrial(id: string): Trial;
  cslItems(): readonly CslItem[];
}

let pkg: ReferencesPackage;
beforeAll(async () => {
  pkg = await importPackage<ReferencesPackage>('references');
});

describe('references package', () => {
  it('publishes CSL-JSON with only the fields the reference list gives', () => {
    const csl = JSON.parse(readFileSync(path.join(packageDir('references'), 'dist', 'references.csl.json'), 'utf8')) as CslItem[];
    expect(csl).toEqual(pkg.cslItems());
    for (const reference of Object.values(pkg.references)) {
      for (const field of reference.notStated) expect(reference.csl, `${reference.id} ${field}`).not.toHaveProperty(field);
    }
    expect(pkg.getReference('83').csl).toEqual({ id: '83', 'citation-number': 83 });
  });

  it('lists every place that cites a reference, at the cited key', () => {
    const places = pkg.getReference('83').citedAt;
    expect(places.map((place) => place.section)).toEqual(['13.1', '13.1']);
    for (const place of places) expect(textAt(place.source)).toBe('@83');
    expect(places[0]!.sentence.value).toMatch(/^PET-DT kan ha ett värde vid recidiverande sjukdom/);
    expect(places[0]!.sentence.text).toContain('[@83; @153; @154]');
  });

  it('gives trials their names and the NCT id where the chapter states it', () => {
    expect(pkg.getTrial('ruby')).toMatchObject({ name: { value: 'RUBY' }, nct: { notStated: false, value: 'NCT03981796', text: 'NCT03981796' } });
    expect(pkg.getTrial('keynote-158').nct).toEqual({ notStated: true, source: null, text: null });
    expect(pkg.getTrial('keynote-158').mentionedAt.length).toBeGreaterThan(0);
  });

  it('points every span at the text the source file holds there', () => {
    const spans = spansWithText({ references: pkg.references, trials: pkg.trials });
    expect(spans.length).toBeGreaterThan(50);
    for (const { path: where, source, text } of spans) expect(textAt(source), where.join('.')).toBe(text);
  });
});
