// Every package.json says under which licence it is published and where its source is: the
// tool packages MIT, the content packages their own LICENSE.md (guideline content © RCC).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

interface PackageJson {
  name: string;
  license?: string;
  repository?: { type?: string; url?: string; directory?: string };
  guidelineContent?: unknown;
}

/** Every package of the workspace (pnpm-workspace.yaml: packages/*, packages/content/*, tools/*). */
function workspacePackages(): string[] {
  return ['packages', 'packages/content', 'tools'].flatMap((folder) =>
    readdirSync(path.join(repoRoot, folder), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(path.join(repoRoot, folder, entry.name, 'package.json')))
      .map((entry) => `${folder}/${entry.name}`),
  );
}

const read = (directory: string) => JSON.parse(readFileSync(path.join(repoRoot, directory, 'package.json'), 'utf8')) as PackageJson;
const root = read('.');

describe('package.json metadata', () => {
  it('finds the packages of the workspace, content packages among them', () => {
    expect(workspacePackages()).toEqual(expect.arrayContaining(['packages/types', 'packages/content/regimens', 'tools/release-test']));
  });

  it('the root names the repository once, as a git URL', () => {
    expect(root.license).toBe('MIT');
    expect(root.repository).toEqual({ type: 'git', url: expect.stringMatching(/^git\+https:\/\/.+\.git$/) });
  });

  it.each(workspacePackages())('%s has the licence and the repository with its own directory', (directory) => {
    const manifest = read(directory);
    expect(manifest.repository).toEqual({ type: 'git', url: root.repository?.url, directory });
    if (manifest.guidelineContent === undefined) {
      expect(manifest.license).toBe('MIT');
    } else {
      expect(manifest.license).toBe('SEE LICENSE IN LICENSE.md');
      const licence = readFileSync(path.join(repoRoot, directory, 'LICENSE.md'), 'utf8');
      expect(licence).toContain('© Regionala cancercentrum i samverkan');
      expect(licence).toContain('MIT License');
      expect(licence).toContain(manifest.name);
    }
  });
});
