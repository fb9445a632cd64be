import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hashOfPackages, runningCodeVersion, toolchainPackages } from './code-version.js';

const cliManifest = fileURLToPath(new URL('../package.json', import.meta.url));

describe('the version of the code that makes parse results', () => {
  it('covers every package of ours the CLI loads, not only the CLI', () => {
    const names = toolchainPackages(cliManifest).map((pkg) => path.basename(pkg.dir));
    expect(names).toEqual(expect.arrayContaining(['cli', 'parser', 'dose', 'model', 'checks', 'types']));
    const parser = toolchainPackages(cliManifest).find((pkg) => path.basename(pkg.dir) === 'parser');
    expect(parser?.thirdParty.map(([name]) => name)).toContain('yaml');
  });

  it('changes when the reader code changes (a parser file in dist), so the cache misses', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'code-version-'));
    const parser = toolchainPackages(cliManifest).find((pkg) => path.basename(pkg.dir) === 'parser')!;
    cpSync(path.join(parser.dir, 'dist/lexicon'), path.join(dir, 'dist/lexicon'), { recursive: true });
    const copy = { dir, thirdParty: parser.thirdParty };
    const before = hashOfPackages([copy]);
    expect(hashOfPackages([copy])).toBe(before);
    writeFileSync(path.join(dir, 'dist/lexicon/read-lexicon.js'), '// a changed reader\n', { flag: 'a' });
    expect(hashOfPackages([copy])).not.toBe(before);
    expect(hashOfPackages([{ dir, thirdParty: [['yaml', '0.0.0-other']] }])).not.toBe(hashOfPackages([copy]));
  });

  it('is the tool version and a hash, usable as a folder name', () => {
    expect(runningCodeVersion()).toMatch(/^\d+\.\d+\.\d+[\w.-]*-[0-9a-f]{16}$/);
  });
});
