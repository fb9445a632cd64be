// A safety net under the types: Diagnostic.ruleId is a FindingId, so an unregistered literal
// does not compile, but a cast or a string built at run time would slip through. This test
// reads the source of every package and every `guideline-ignore` comment in the guideline
// sources and fails on an id the registry does not know.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isFindingId } from './registry.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

function filesUnder(dir: string, wanted: (file: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && wanted(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.split(path.sep).some((part) => part === 'node_modules' || part === 'dist'));
}

/** Where a finding id is written as a literal: `ruleId: 'x'`, `ruleId === 'x'`, `report('x', …)`, `a ? 'x' : 'y'` next to a ruleId. */
const idPatterns = [
  /ruleId\s*(?::|===|!==)\s*'([^']+)'/g,
  /\b(?:report|reportAt|finding)\(\s*(?:[\w.[\]]+,\s*)?'([^']+)'/g,
  /ruleId\b[^\n]*\?\s*'([^']+)'\s*:\s*'([^']+)'/g,
];

function idsIn(text: string): string[] {
  return idPatterns.flatMap((pattern) => [...text.matchAll(pattern)].flatMap((match) => match.slice(1).filter((id): id is string => id !== undefined)));
}

const sourceFiles = readdirSync(path.join(root, 'packages'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'content')
  .flatMap((entry) => filesUnder(path.join(root, 'packages', entry.name, 'src'), (name) => name.endsWith('.ts') && !name.endsWith('.test.ts')));

describe('finding ids written in the source', () => {
  it('finds the ids the packages report (the scan itself works)', () => {
    const found = new Set(sourceFiles.flatMap((file) => idsIn(readFileSync(file, 'utf8'))));
    for (const id of ['encoding', 'suppression-format', 'unused-suppression', 'internal-error', 'config-shape', 'json-syntax', 'unknown-drug']) expect(found).toContain(id);
  });

  it.each(sourceFiles.map((file) => [path.relative(root, file), file] as const))('%s names only registered ids', (_, file) => {
    expect(idsIn(readFileSync(file, 'utf8')).filter((id) => !isFindingId(id))).toEqual([]);
  });

  it('guideline-ignore comments in the guideline sources name only registered ids', () => {
    const comments = filesUnder(path.join(root, 'guideline-src'), (name) => name.endsWith('.md')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<!--\s*guideline-ignore\s+([^:"“]+?)\s*(?:["“][^"”]*["”]\s*)?:\s/g)].map((match) => ({ file, ids: match[1]!.split(/[\s,]+/) })),
    );
    expect(comments.length).toBeGreaterThan(0);
    expect(comments.flatMap(({ file, ids }) => ids.filter((id) => !isFindingId(id)).map((id) => `${path.relative(root, file)}: ${id}`))).toEqual([]);
  });
});
