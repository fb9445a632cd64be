// The release flow end to end against a real npm registry (verdaccio) on 127.0.0.1: the
// content packages published as 1.0.0, a clinical edit, `guideline changeset`, `changeset
// version` + `guideline changeset --record`, a build and a second publish; then an app
// installs 1.0.0, upgrades, and prints the clinical changes between the two from changes.json.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalRegistry, type LocalRegistry } from './local-registry.js';
import { inParallel } from './in-parallel.js';
import { applyReleaseEdit } from './release-edit.js';
import { isolatedNpmEnv, runCommand } from './run-command.js';
import { readManifest, resolveWorkspaceRanges, stagePackage, thirdPartyClosure } from './stage-packages.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const chapterPath = 'guideline-src/livmoderkroppscancer/13-behandling-av-aterfall.md';
/** The workspace packages the content packages depend on, published first. */
const toolchain = ['packages/types', 'packages/model', 'packages/dose-calculator', 'packages/conditions'];
const contentPackages = readdirSync(path.join(repoRoot, 'packages/content')).sort();
const guidelineCli = path.join(repoRoot, 'packages/cli/bin/guideline.cjs');
const changesetCli = path.join(repoRoot, 'node_modules/@changesets/cli/bin.js');

const temp = mkdtempSync(path.join(os.tmpdir(), 'guideline-release-test-'));
const project = path.join(temp, 'project');
const consumer = path.join(temp, 'consumer');
let registry: LocalRegistry;
let env: NodeJS.ProcessEnv;

const node = (cwd: string, ...args: string[]) => runCommand(process.execPath, args, { cwd, env });
const npm = (cwd: string, ...args: string[]) => runCommand('npm', args, { cwd, env });
const git = (...args: string[]) => runCommand('git', ['-c', 'user.name=Release Test', '-c', 'user.email=release-test@example.invalid', ...args], { cwd: project, env });
const guideline = (...args: string[]) => node(project, guidelineCli, ...args);

beforeAll(async () => {
  mkdirSync(path.join(temp, 'registry'));
  registry = await startLocalRegistry(path.join(temp, 'registry'));
  writeFileSync(path.join(temp, '.npmrc'), registry.npmrc);
  env = isolatedNpmEnv(path.join(temp, '.npmrc'), path.join(temp, 'npm-cache'));
});

afterAll(async () => {
  await registry?.stop();
  rmSync(temp, { recursive: true, force: true });
});

/** Publishes the toolchain packages and every third-party package they need, from the workspace. */
async function publishToolchain(): Promise<Map<string, string>> {
  const dirs = toolchain.map((dir) => path.join(repoRoot, dir));
  const versions = new Map(dirs.map((dir) => [readManifest(dir).name, readManifest(dir).version] as const));
  const staged = path.join(temp, 'staged');
  const thirdParty = thirdPartyClosure(dirs, (name) => name.startsWith('@guideline-as-code/'));
  // The registry does not check dependencies at publish time, so the order does not matter.
  await inParallel([...thirdParty, ...dirs], 3, async (dir, index) => {
    const destination = path.join(staged, String(index));
    stagePackage(dir, destination, versions);
    await npm(destination, 'publish', '--registry', registry.url, '--ignore-scripts');
  });
  return versions;
}

/** A project with the real guideline and the content packages at 1.0.0, committed and tagged. */
async function releaseProject(toolchainVersions: ReadonlyMap<string, string>): Promise<void> {
  cpSync(path.join(repoRoot, 'guideline-src'), path.join(project, 'guideline-src'), { recursive: true });
  // The history starts here: this test releases 1.0.0 as the first version.
  rmSync(path.join(project, 'guideline-src/livmoderkroppscancer/changes'), { recursive: true, force: true });
  for (const name of contentPackages) {
    const dir = path.join(project, 'packages/content', name);
    mkdirSync(dir, { recursive: true });
    for (const file of ['package.json', 'README.md', 'LICENSE.md']) {
      try {
        cpSync(path.join(repoRoot, 'packages/content', name, file), path.join(dir, file));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    const manifest = readManifest(dir);
    const dependencies = resolveWorkspaceRanges(manifest.dependencies, toolchainVersions);
    writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ ...manifest, version: '1.0.0', ...(dependencies ? { dependencies } : {}) }, null, 2)}\n`);
  }
  mkdirSync(path.join(project, '.changeset'));
  cpSync(path.join(repoRoot, '.changeset/config.json'), path.join(project, '.changeset/config.json'));
  writeFileSync(path.join(project, 'package.json'), `${JSON.stringify({ name: 'release-test-project', private: true, version: '0.0.0' }, null, 2)}\n`);
  writeFileSync(path.join(project, 'pnpm-workspace.yaml'), 'packages:\n  - packages/content/*\n');
  writeFileSync(path.join(project, '.gitignore'), 'dist/\nnode_modules/\n');
  await git('init', '-q', '-b', 'main');
  await guideline('changeset', '--record');
  await git('add', '.');
  await git('commit', '-qm', 'release 1.0.0');
  await git('tag', 'v1.0.0');
}

async function buildAndPublish(): Promise<void> {
  await guideline('build');
  await inParallel(contentPackages, 3, (name) => npm(path.join(project, 'packages/content', name), 'publish', '--registry', registry.url, '--ignore-scripts'));
}

/** The consumer example's changes script as ES module JavaScript (run.sh type-checks it with the app). */
function consumerApp(): void {
  mkdirSync(path.join(consumer, 'dist'), { recursive: true });
  const source = readFileSync(path.join(repoRoot, 'examples/consumer/src/changes-since.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } });
  writeFileSync(path.join(consumer, 'dist/changes-since.js'), outputText);
  writeFileSync(path.join(consumer, 'package.json'), `${JSON.stringify({ name: 'release-test-consumer', private: true, type: 'module' }, null, 2)}\n`);
}

const installedVersion = (name: string) => readManifest(path.join(consumer, 'node_modules', name)).version;

describe('a release to a registry on localhost', () => {
  it('publishes 1.0.0, releases a dose and a grade change as 2.0.0, and the upgraded app prints the changes', async () => {
    await releaseProject(await publishToolchain());
    await buildAndPublish();

    const chapter = path.join(project, chapterPath);
    writeFileSync(chapter, applyReleaseEdit(readFileSync(chapter, 'utf8')));
    const changeset = await guideline('changeset', '--base', 'v1.0.0');
    expect(changeset.stdout).toMatch(/guideline-[0-9a-f]{8}\.md \(major\)/);
    await node(project, changesetCli, 'version');
    const recorded = await guideline('changeset', '--record');
    expect(recorded.stdout).toContain('livmoderkroppscancer 2.0.0');
    for (const name of contentPackages) expect(readManifest(path.join(project, 'packages/content', name)).version).toBe('2.0.0');
    expect(readFileSync(path.join(project, 'packages/content/regimens/CHANGELOG.md'), 'utf8')).toContain('Paklitaxel i KarPak: 175 mg/m2 → 150 mg/m2');
    await git('add', '.');
    await git('commit', '-qm', 'release 2.0.0');
    await buildAndPublish();

    consumerApp();
    await npm(consumer, 'install', '--registry', registry.url, '@rcc-livmoderkroppscancer/regimens@1.0.0');
    expect(installedVersion('@rcc-livmoderkroppscancer/regimens')).toBe('1.0.0');
    expect((await node(consumer, 'dist/changes-since.js', '1.0.0')).stdout).toContain('since 1.0.0 (installed: 1.0.0): none');

    await npm(consumer, 'install', '--registry', registry.url, '@rcc-livmoderkroppscancer/regimens@latest');
    expect(installedVersion('@rcc-livmoderkroppscancer/regimens')).toBe('2.0.0');
    expect(installedVersion('@guideline-as-code/dose-calculator')).toBe(readManifest(path.join(repoRoot, 'packages/dose-calculator')).version);
    const { stdout } = await node(consumer, 'dist/changes-since.js', '1.0.0');
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('Clinical changes in @rcc-livmoderkroppscancer/regimens since 1.0.0 (installed: 2.0.0): ');
    expect(lines[1]).toBe('2.0.0 (major):');
    expect(lines).toContain('  [major] Paklitaxel i KarPak: 175 mg/m2 → 150 mg/m2');
    expect(lines.some((line) => /^ {2}\[minor\] .*evidensgrad.*\(\+\+\) → \(\+\+\+\)/.test(line))).toBe(true);
    // The installed package's own regimen data says 150 now, where 1.0.0 said 175.
    const regimens = JSON.parse(readFileSync(path.join(consumer, 'node_modules/@rcc-livmoderkroppscancer/regimens/dist/regimens.json'), 'utf8')) as unknown;
    expect(JSON.stringify(regimens)).toContain('150 mg/m2');
  });
});
