import type { GuidelineChange } from './change.js';
import type { VersionDiff } from './diff-versions.js';

export type DiffLanguage = 'sv' | 'en';
export const diffFormats = ['text', 'json', 'markdown'] as const;
export type DiffFormat = (typeof diffFormats)[number];

const words = {
  sv: { none: 'Inga kliniska ändringar.', bump: 'Versionsändring', wording: 'Formuleringar, citeringar och metadata', clinical: 'Kliniska ändringar' },
  en: { none: 'No clinical changes.', bump: 'Version bump', wording: 'Wording, citations and metadata', clinical: 'Clinical changes' },
};

/** The diff as plain text (one line per change), Markdown (the changelog) or JSON. */
export function formatDiff(diff: VersionDiff, format: DiffFormat, language: DiffLanguage): string {
  if (format === 'json') return `${JSON.stringify(diff, null, 2)}\n`;
  return format === 'markdown' ? changelogMarkdown(diff, language) : text(diff, language);
}

function text(diff: VersionDiff, language: DiffLanguage): string {
  const w = words[language];
  const lines: string[] = [];
  for (const guideline of diff.guidelines) {
    if (guideline.changes.length === 0) continue;
    lines.push(`${guideline.guideline} (${w.bump}: ${guideline.bump})`);
    for (const change of clinical(guideline.changes)) lines.push(`  ${change.impact.padEnd(5)}  ${change.message[language]}`);
    const wording = guideline.changes.filter((change) => change.wordingOnly);
    if (wording.length > 0) {
      lines.push(`  ${w.wording}:`);
      for (const change of wording) lines.push(`  patch  ${change.message[language]}`);
    }
  }
  return lines.length === 0 ? `${w.none}\n` : `${lines.join('\n')}\n`;
}

/** The clinical changelog: major and minor changes first, wording grouped after them. */
export function changelogMarkdown(diff: VersionDiff, language: DiffLanguage): string {
  const w = words[language];
  const lines: string[] = [];
  for (const guideline of diff.guidelines) {
    if (guideline.changes.length === 0) continue;
    if (diff.guidelines.length > 1) lines.push(`### ${guideline.guideline}`, '');
    const main = clinical(guideline.changes);
    if (main.length > 0) lines.push(...main.map((change) => `- **${change.impact}** ${change.message[language]}`));
    const wording = guideline.changes.filter((change) => change.wordingOnly);
    if (wording.length > 0) {
      if (main.length > 0) lines.push('');
      lines.push(`${w.wording}:`, '', ...wording.map((change) => `- ${change.message[language]}`));
    }
    lines.push('');
  }
  return lines.length === 0 ? `${w.none}\n` : `${lines.join('\n').trimEnd()}\n`;
}

const rank = { major: 0, minor: 1, patch: 2 } as const;

function clinical(changes: readonly GuidelineChange[]): GuidelineChange[] {
  return changes.filter((change) => !change.wordingOnly).sort((a, b) => rank[a.impact] - rank[b.impact]);
}
