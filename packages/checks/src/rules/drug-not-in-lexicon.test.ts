// Substances of the WHO ATC index that the lexicon has no entry for (guideline-src/lexicon/atc-index.tsv):
// recognised as drugs in a chapter, standing between another drug and a dose, and reported.
import { fileURLToPath } from 'node:url';
import type { DoseStatementNode } from '@guideline-as-code/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseExample, readExampleWorld, runChecks, type ExampleWorld } from '../index.js';

const projectRoot = fileURLToPath(new URL('../../../../', import.meta.url));
let world: ExampleWorld;
beforeAll(async () => {
  world = await readExampleWorld(projectRoot);
});

function read(sentence: string) {
  const parsed = parseExample({ markdown: `# 13 Återfall\n\n${sentence}\n` }, world);
  const doses = parsed.graph.nodes.filter((node): node is DoseStatementNode => node.type === 'doseStatement');
  return { doses, findings: runChecks(parsed) };
}

describe('a dose of a substance known only from the substance index', () => {
  it('gets the drug (its INN id and ATC code), no role, and a drug-not-in-lexicon warning at the dose', () => {
    const sentence = 'Vid genombrottssmärta ges tapentadol 50 mg.';
    const { doses, findings } = read(sentence);
    expect(doses.map((dose) => [dose.drug, dose.inn, dose.atc, dose.drugRole, dose.amount?.low, dose.unit])).toEqual([['drug:tapentadol', 'tapentadol', 'N02AX06', null, 50, 'mg']]);
    const warnings = findings.filter((finding) => finding.ruleId === 'drug-not-in-lexicon');
    expect(warnings.map((finding) => [finding.severity, finding.source?.start.line, finding.source?.start.column])).toEqual([['warning', 3, (doses[0]?.source.start.column ?? 0)]]);
    expect(doses[0]?.source.start.column).toBe(sentence.indexOf('tapentadol') + 1);
    expect(warnings[0]?.message.sv).toContain('`tapentadol` (tapentadol, ATC N02AX06)');
    expect(warnings[0]?.fix?.en).toContain('guideline-src/lexicon/tapentadol.yaml');
  });

  it('is recognised by its English name too', () => {
    const { doses } = read('Clonazepam 0.5 mg is given orally twice daily.');
    expect(doses.map((dose) => [dose.drug, dose.amount?.low])).toEqual([['drug:clonazepam', 0.5]]);
  });

  it('stands between a lexicon drug and a dose, so the lexicon drug never takes that dose', () => {
    const { doses } = read('Karboplatin AUC 5 ges, och vid oro klonazepam 0,5 mg.');
    expect(doses.map((dose) => [dose.drug, dose.amount?.low, dose.unit])).toEqual([
      ['drug:carboplatin', 5, 'mg/mL.min'],
      ['drug:clonazepam', 0.5, 'mg'],
    ]);
  });

  it('is suggested for a misspelt name next to a dose', () => {
    const { findings } = read('Vid smärta ges tapentdol 50 mg.');
    const unknown = findings.filter((finding) => finding.ruleId === 'unknown-drug');
    expect(unknown.map((finding) => finding.fix?.sv ?? finding.message.sv).join(' ')).toContain('tapentadol');
  });

  it('is not reported once the substance has an entry: morfin gets its role from morphine.yaml, not the index', () => {
    const { doses, findings } = read('Vid genombrottssmärta ges morfin 5 mg sc.');
    expect(doses.map((dose) => [dose.drug, dose.inn, dose.atc, dose.drugRole, dose.amount?.low])).toEqual([['drug:morphine', 'morphine', 'N02AA01', 'supportive', 5]]);
    expect(findings.filter((finding) => finding.ruleId === 'drug-not-in-lexicon')).toEqual([]);
  });

  it('is not reported for a drug the lexicon has', () => {
    const { doses, findings } = read('Vid illamående ges ondansetron 8 mg iv.');
    expect(doses.map((dose) => dose.drug)).toEqual(['drug:ondansetron']);
    expect(findings.filter((finding) => finding.ruleId === 'drug-not-in-lexicon')).toEqual([]);
  });
});
