import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { markdownTable, ms } from '../format.js';
import { runNode } from '../measure/run-measured.js';
import { clearParseCache, guidelineBin } from '../paths.js';
import { summarizeProfile, type ProfileSummary } from './cpu-profile.js';

export interface CheckProfile {
  title: string;
  cpuMs: number;
  summary: ProfileSummary;
}

/** `guideline check` under `node --cpu-prof` (parse cache cleared), its self time grouped by package. */
export function profileCheck(title: string, cwd: string, args: readonly string[] = []): CheckProfile {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-cpu-prof-'));
  try {
    const run = runNode(guidelineBin, ['check', ...args], {
      cwd,
      nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=250'],
      before: () => clearParseCache(cwd),
    });
    const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
    if (!file) throw new Error(`no CPU profile written: ${run.stderr}`);
    return { title, cpuMs: run.cpuMs, summary: summarizeProfile(path.join(dir, file)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function renderProfile(profile: CheckProfile, top = 15): string[] {
  const { summary } = profile;
  const share = (value: number) => `${((value / summary.totalMs) * 100).toFixed(1)} %`;
  return [
    `### ${profile.title}`,
    '',
    `Sampled self time ${ms(summary.totalMs)} (the profiler slows the process down; read the shares). Grouped by where the code comes from (through the bundle’s source map):`,
    '',
    markdownTable(
      ['part', 'self time', 'share'],
      summary.byCategory.filter((c) => c.selfMs / summary.totalMs >= 0.005).map((c) => [c.category, ms(c.selfMs), share(c.selfMs)]),
    ),
    '',
    `The ${top} functions with the most self time:`,
    '',
    markdownTable(
      ['function', 'source', 'part', 'self time', 'share'],
      summary.functions.slice(0, top).map((f) => [`\`${f.name.replace(/\|/g, '\\|').slice(0, 60)}\``, f.where.replace(/\|/g, '\\|'), f.category, ms(f.selfMs), share(f.selfMs)]),
    ),
    '',
  ];
}
