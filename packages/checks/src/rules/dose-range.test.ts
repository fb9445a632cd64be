// The plausible ranges of the hand-written supportive entries (guideline-src/lexicon/paracetamol.yaml,
// glycopyrronium.yaml, oxazepam.yaml, diazepam.yaml) on real palliative phrasing, and an entry that states no range (morphine).
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
  const findings = runChecks(parsed).filter((finding) => finding.ruleId === 'dose-range' || finding.ruleId === 'drug-not-in-lexicon');
  return { doses: doses.map((dose) => [dose.drug, dose.drugRole, dose.amount?.low, dose.unit]), findings: findings.map((finding) => finding.ruleId) };
}

describe('dose-range on supportive drugs', () => {
  it.each([
    ['Vid smärta ges paracetamol 1 g x 4 po.', 'drug:paracetamol', 1000],
    ['Glykopyrron 0,2 mg sc vid rosslighet.', 'drug:glycopyrronium', 0.2],
    ['Vid oro T. Sobril 10 mg x 3.', 'drug:oxazepam', 10],
    ['Vid kramper ges Stesolid 10 mg rektalt.', 'drug:diazepam', 10],
  ])('accepts `%s` within the product text’s range', (sentence, drug, amount) => {
    const { doses, findings } = read(sentence);
    expect(doses).toEqual([[drug, 'supportive', amount, 'mg']]);
    expect(findings).toEqual([]);
  });

  it.each([
    ['Vid smärta ges paracetamol 10 g x 4 po.', 10000],
    ['Glykopyrron 2 mg sc vid rosslighet.', 2],
    ['Vid oro T. Sobril 100 mg x 3.', 100],
  ])('reports `%s`, a dose ×10', (sentence, amount) => {
    const { doses, findings } = read(sentence);
    expect(doses.map((dose) => dose[2])).toEqual([amount]);
    expect(findings).toEqual(['dose-range']);
  });

  it('checks no range for an opioid, whose product text titrates the dose with no upper single dose', () => {
    expect(read('Vid genombrottssmärta ges morfin 500 mg sc.')).toEqual({ doses: [['drug:morphine', 'supportive', 500, 'mg']], findings: [] });
  });
});
