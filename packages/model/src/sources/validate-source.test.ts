import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Source } from '@guideline-as-code/types';
import { sourceSchemaFiles } from '../../scripts/source-schemas.mjs';
import { validateSource, type SourceLocator } from './validate-source.js';
import { sourceSchemas } from './source-schemas.js';

/** A locator that puts the path into the file name, so a test can see where a finding points. */
const locator: SourceLocator = {
  valueAt: (path) => place(`value:${path.join('/')}`),
  keyAt: (path) => place(`key:${path.join('/')}`),
};
const place = (file: string): Source => ({ file, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } });

const drug = { id: 'examplumab', name: 'examplumab', inn: 'examplumab', atc: { code: 'L01FX99', source: 'WHO' } };

describe('validateSource', () => {
  it('has a schema, exported by the package, for every compiled validator', async () => {
    expect(Object.keys(sourceSchemas).sort()).toEqual(Object.keys(sourceSchemaFiles).sort());
    const manifest = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { exports: Record<string, string> };
    expect(manifest.exports['./sources/*.schema.json']).toBe('./dist/schema/sources/*.schema.json');
  });

  it('accepts a valid lexicon entry, with the role and brand names', () => {
    expect(validateSource('lexiconEntry', { ...drug, role: 'antineoplastic', brands: ['Exampla'] }, locator)).toEqual({ diagnostics: [], invalid: [] });
  });

  it('says what an ATC fact must be, in words, at the value', () => {
    const { diagnostics, invalid } = validateSource('lexiconEntry', { ...drug, atc: 12 }, locator);
    expect(diagnostics).toEqual([
      {
        ruleId: 'schema:type',
        severity: 'error',
        message: {
          sv: '`atc` ska vara ett objekt med `code` och `source`, inte talet `12`.',
          en: '`atc` must be an object with `code` and `source`, not the number `12`.',
        },
        source: place('value:atc'),
      },
    ]);
    expect(invalid).toEqual([['atc']]);
  });

  it('points an unknown key at the key and suggests the key that was meant', () => {
    const { diagnostics, invalid } = validateSource('references', [{ id: '1', type: 'book', titel: 'En bok' }], locator);
    expect(diagnostics.map((d) => [d.ruleId, d.source?.file, d.message.en])).toEqual([
      ['schema:additionalProperties', 'key:0/titel', 'Unknown key `titel` in item 1 of the list. Did you mean `title`?'],
    ]);
    expect(invalid).toEqual([[0, 'titel']]);
  });

  it('reports a year that is not a CSL date once, naming the CSL date forms', () => {
    const { diagnostics } = validateSource('references', [{ id: '1', type: 'book', issued: 2022 }], locator);
    expect(diagnostics.map((d) => [d.ruleId, d.source?.file])).toEqual([['schema:anyOf', 'value:0/issued']]);
    expect(diagnostics[0]?.message.sv).toContain('ska vara ett datum enligt CSL-JSON');
    expect(validateSource('references', [{ id: '1', type: 'book', issued: { 'date-parts': [[2022]] } }], locator).diagnostics).toEqual([]);
  });

  it('lets a reference list its CSL type as not stated, and no other field name', () => {
    expect(validateSource('references', [{ id: '1', 'not-stated': ['type', 'title'] }], locator).diagnostics).toEqual([]);
    expect(validateSource('references', [{ id: '1', 'not-stated': ['titel'] }], locator).diagnostics.map((d) => [d.ruleId, d.source?.file])).toEqual([['schema:enum', 'value:0/not-stated/0']]);
  });

  it('keeps a mapping key that looks like a number a key', () => {
    const { diagnostics } = validateSource('guidelineConfig', { rules: { '60': 'fatal' } }, locator);
    expect(diagnostics.map((d) => [d.ruleId, d.source?.file])).toEqual([['schema:anyOf', 'value:rules/60']]);
  });
});
