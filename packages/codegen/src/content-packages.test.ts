import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findContentPackages } from './content-packages.js';
import { repositoryRoot } from './test-support/generate-packages.js';

async function project(manifests: Record<string, unknown>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'codegen-packages-'));
  for (const [name, manifest] of Object.entries(manifests)) {
    await mkdir(path.join(root, 'packages/content', name), { recursive: true });
    await writeFile(path.join(root, 'packages/content', name, 'package.json'), JSON.stringify(manifest));
  }
  return root;
}

describe('findContentPackages', () => {
  it('finds the repository’s content packages, each with its guideline and generator', async () => {
    const found = await findContentPackages(repositoryRoot);
    expect(found.map(({ name, guideline, generator }) => ({ name, guideline, generator }))).toEqual([
      { name: '@rcc-livmoderkroppscancer/fhir', guideline: 'livmoderkroppscancer', generator: 'fhir' },
      { name: '@rcc-livmoderkroppscancer/knowledge-graph', guideline: 'livmoderkroppscancer', generator: 'knowledge-graph' },
      { name: '@rcc-livmoderkroppscancer/references', guideline: 'livmoderkroppscancer', generator: 'references' },
      { name: '@rcc-livmoderkroppscancer/regimens', guideline: 'livmoderkroppscancer', generator: 'regimens' },
      { name: '@rcc-livmoderkroppscancer/rules', guideline: 'livmoderkroppscancer', generator: 'rules' },
    ]);
  });

  it('leaves alone a package without `guidelineContent`, and a project without content packages', async () => {
    const root = await project({ other: { name: 'other', version: '1.0.0' }, x: { name: 'x', version: '1.0.0', guidelineContent: { guideline: 'g', generator: 'regimens' } } });
    expect((await findContentPackages(root)).map((pkg) => pkg.name)).toEqual(['x']);
    expect(await findContentPackages(await mkdtemp(path.join(tmpdir(), 'codegen-empty-')))).toEqual([]);
  });

  it('says what is missing from a malformed content package', async () => {
    const root = await project({ bad: { name: 'bad', guidelineContent: { guideline: 'g' } } });
    await expect(findContentPackages(root)).rejects.toThrow(/bad\/package\.json: a content package needs a string `name`, `version` and `guidelineContent/);
  });
});
