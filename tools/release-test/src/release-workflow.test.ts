// The release workflow and the scripts it runs are kept in step: the version pull request runs
// the script that also records the clinical changes, and publishing has npm provenance.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repoRoot = new URL('../../../', import.meta.url);

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string | boolean>;
}

const workflow = parse(readFileSync(fileURLToPath(new URL('.github/workflows/release.yml', repoRoot)), 'utf8')) as {
  on: { push: { branches: string[] } };
  jobs: Record<string, { permissions: Record<string, string>; steps: Step[] }>;
};
const scripts = (JSON.parse(readFileSync(fileURLToPath(new URL('package.json', repoRoot)), 'utf8')) as { scripts: Record<string, string> }).scripts;
const job = workflow.jobs['release']!;
const action = job.steps.find((step) => step.uses?.startsWith('changesets/action@'));

describe('.github/workflows/release.yml', () => {
  it('runs on main with the permissions provenance and the version pull request need', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(job.permissions).toMatchObject({ 'id-token': 'write', contents: 'write', 'pull-requests': 'write' });
  });

  it('versions with version-packages, which records the changes for changes.json, and publishes with provenance', () => {
    expect(action?.with).toMatchObject({ version: 'pnpm version-packages', publish: 'pnpm release' });
    expect(scripts['version-packages']).toBe('changeset version && guideline changeset --record');
    // `pnpm build` also builds the content packages (guideline:build); `turbo run build` would not.
    expect(scripts['release']).toBe('pnpm build && changeset publish');
    expect(scripts['build']).toContain('guideline:build');
    expect(String(action?.env?.['NPM_CONFIG_PROVENANCE'])).toBe('true');
  });

  it('installs from the lockfile before anything runs', () => {
    const install = job.steps.findIndex((step) => step.run === 'pnpm install --frozen-lockfile');
    expect(install).toBeGreaterThan(-1);
    expect(install).toBeLessThan(job.steps.indexOf(action!));
  });
});
