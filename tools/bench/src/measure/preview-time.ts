import { rmSync } from 'node:fs';
import path from 'node:path';
import { clearAllCaches, guidelineBin } from '../paths.js';
import { timeInterleaved, type Timing } from './run-measured.js';

export interface PreviewTime {
  /** From an empty build/site and no caches, as on a fresh clone. */
  cold: Timing;
  /** Again with the caches the first run left (the site folder emptied each time). */
  warm: Timing;
}

/** `guideline preview` on a project: the whole site written, as an editor starts it. */
export function benchPreview(projectRoot: string, runs: number): PreviewTime {
  const site = path.join(projectRoot, 'build', 'site');
  const variant = (label: string, before: () => void) => ({ label, cwd: projectRoot, script: guidelineBin, args: ['preview'], before });
  const [cold, warm] = timeInterleaved(
    [
      variant('guideline preview (no caches)', () => {
        rmSync(site, { recursive: true, force: true });
        clearAllCaches(projectRoot);
      }),
      variant('guideline preview (warm caches)', () => rmSync(site, { recursive: true, force: true })),
    ],
    runs,
  );
  return { cold: cold!, warm: warm! };
}
