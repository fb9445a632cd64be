import { fileURLToPath } from 'node:url';
import { hashOfPackages, toolchainPackages } from '@guideline-as-code/parser';
import { version } from './version.js';

/**
 * The SHA-256 of the bundle (dist/guideline.cjs) that is running, written into it by
 * scripts/bundle.mjs after bundling; not defined when the CLI runs from tsc's output.
 */
declare const __guidelineBundleHash: string | undefined;

/** Length of the code hash in a cache folder's name. */
const hashLength = 16;

/**
 * The version of the code that makes parse results: the tool version and a hash of all the
 * code that reads sources, so that results of other code are never reused. In the bundle,
 * that code is the bundle itself, whose hash the bundle script stamps in (nothing to read
 * or hash at start-up). Run from tsc's output (tests, the package imported as a library),
 * it is every file of our packages' dist folders the CLI loads, and the versions of their
 * third-party dependencies (a new yaml or remark release may read a file differently).
 */
export function runningCodeVersion(): string {
  const bundleHash = typeof __guidelineBundleHash === 'string' ? __guidelineBundleHash : undefined;
  return `${version}-${(bundleHash ?? hashOfPackages(toolchainPackages(cliManifest()))).slice(0, hashLength)}`;
}

/** This package's package.json: the toolchain is it and every package of ours it depends on. */
function cliManifest(): string {
  return fileURLToPath(new URL('../package.json', import.meta.url));
}

export { hashOfPackages, toolchainPackages };
