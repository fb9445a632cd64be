// What changed clinically since the version of the content packages the app had: read from
// the installed package's changes.json, printed for the clinician who approves the upgrade.
// `node dist/changes-since.js 1.0.0`
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ChangesFile } from '@rcc-livmoderkroppscancer/regimens';

const require = createRequire(import.meta.url);
const changes = JSON.parse(readFileSync(require.resolve('@rcc-livmoderkroppscancer/regimens/changes.json'), 'utf8')) as ChangesFile;
const since = process.argv[2] ?? changes.version;
// Releases are listed newest first: the ones the app has not seen come before its version.
const seen = changes.releases.findIndex((release) => release.version === since);
if (seen === -1) {
  console.error(`Version ${since} is not among the released versions of ${changes.package}: ${changes.releases.map((release) => release.version).join(', ')}`);
  process.exit(1);
}
const unseen = changes.releases.slice(0, seen);
console.log(`Clinical changes in ${changes.package} since ${since} (installed: ${changes.version}): ${unseen.length === 0 ? 'none' : ''}`);
for (const release of unseen) {
  console.log(`${release.version} (${release.bump ?? 'no clinical change'}):`);
  // Changes of what a patient is given first; wording last.
  const order = { major: 0, minor: 1, patch: 2 };
  for (const change of [...release.changes].sort((a, b) => order[a.impact] - order[b.impact])) {
    console.log(`  [${change.impact}] ${change.message.sv}`);
  }
}
