import { markdownTable, mib, msSpread, verdict } from '../format.js';
import type { PreviewTime } from '../measure/preview-time.js';

export const previewHeading = '## Issue 15: `guideline preview` on the chapter';

/** The preview site's build time against the aim of 5 s. */
export function renderPreview(result: PreviewTime): string[] {
  const cold = result.cold.wallMs.median;
  return [
    previewHeading,
    '',
    `The whole site (chapter, regimen pages, recommendations, references, findings) written to \`build/site/\` by a fresh process; median (min–max) of ${result.cold.runs} rounds.`,
    '',
    markdownTable(
      ['command', 'wall', 'CPU', 'peak RSS', 'exit'],
      [result.cold, result.warm].map((t) => [`\`${t.label}\``, msSpread(t.wallMs), msSpread(t.cpuMs), mib(t.maxRssMiB.median), t.exitCodes.join(', ')]),
    ),
    '',
    `Aim (issue 15): under 5 s on the chapter, without caches: ${(cold / 1000).toFixed(2)} s, ${verdict(cold < 5000, (cold / 5000 - 1) * 100)}.`,
    '',
  ];
}
