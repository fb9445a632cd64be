// Grade findings point at the grade mark, not at the start of the bullet; a grade in another
// notation is an unknown grade, never a missing one.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseExample, readExampleWorld, runChecks, type ExampleWorld } from '../index.js';

const projectRoot = fileURLToPath(new URL('../../../../', import.meta.url));
let world: ExampleWorld;
beforeAll(async () => {
  world = await readExampleWorld(projectRoot);
});

function gradeFindings(bullet: string) {
  const markdown = `# 13 Återfall\n\n:::recommendations[Rekommendationer]\n${bullet}\n:::\n`;
  return runChecks(parseExample({ markdown }, world))
    .filter((d) => d.ruleId.endsWith('evidence-grade'))
    .map((d) => `${d.ruleId} ${d.source?.start.line}:${d.source?.start.column}-${d.source?.end.column}`);
}

describe('evidence grade findings', () => {
  it('report `(⊕⊕⊕)` as unknown, at its column', () => {
    const bullet = '- Palliativ strålbehandling är i många fall effektiv. (⊕⊕⊕)';
    const column = bullet.indexOf('(⊕') + 1;
    expect(gradeFindings(bullet)).toEqual([`unknown-evidence-grade 4:${column}-${column + '(⊕⊕⊕)'.length}`]);
  });

  it('report each unknown mark at its own column, next to a known one', () => {
    const bullet = '- Karboplatin och paklitaxel föreslås (++++) vid återfall (+++).';
    const column = bullet.indexOf('(++++)') + 1;
    expect(gradeFindings(bullet)).toEqual([`unknown-evidence-grade 4:${column}-${column + '(++++)'.length}`]);
  });
});
