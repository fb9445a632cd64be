import { checkGuidelineChangeset, recordReleasedChanges, writeGuidelineChangeset } from '@guideline-as-code/diff';
import type { CommandIO } from '../io.js';
import type { Language } from '../report/language.js';

/**
 * `guideline changeset [--base <rev>]` writes a changeset for the content packages with the
 * computed bump; `--check` exits 1 when the guideline changed and no changeset, or one with a
 * lower bump, was added (CI runs it on pull requests); `--record`, run after `changeset version`,
 * records the changes of the changesets it consumed under the new version (docs/versioning.md).
 */
export async function runChangeset(options: { root: string; base: string; mode: 'write' | 'check' | 'record'; language: Language }, io: CommandIO): Promise<number> {
  const sv = options.language === 'sv';
  if (options.mode === 'record') {
    const recorded = recordReleasedChanges(options.root);
    for (const release of recorded) {
      io.stdout(sv ? `${release.file}: ${release.guideline} ${release.version}, ${release.changes} ändringar\n` : `${release.file}: ${release.guideline} ${release.version}, ${release.changes} changes\n`);
    }
    if (recorded.length === 0) io.stdout(sv ? 'Inga nya versioner att spara.\n' : 'No new versions to record.\n');
    return 0;
  }
  if (options.mode === 'check') {
    const result = await checkGuidelineChangeset(options.root, options.base);
    const computed = result.diff.bump ?? (sv ? 'ingen' : 'none');
    const declared = result.declared ?? (sv ? 'ingen' : 'none');
    if (result.ok) {
      io.stdout(sv ? `Changeset räcker: beräknad ${computed}, angiven ${declared}.\n` : `Changeset is enough: computed ${computed}, declared ${declared}.\n`);
      return 0;
    }
    io.stderr(
      sv
        ? `Vårdprogrammet har ändrats sedan ${options.base} (kräver ${computed}) men changeset för innehållspaketen anger ${declared}. Kör \`pnpm guideline changeset --base ${options.base}\`.\n`
        : `The guideline changed since ${options.base} (needs ${computed}) but the changesets for the content packages give ${declared}. Run \`pnpm guideline changeset --base ${options.base}\`.\n`,
    );
    return 1;
  }
  const result = await writeGuidelineChangeset(options.root, options.base, options.language);
  io.stdout(result.written ? `${result.written} (${result.diff.bump})\n` : sv ? 'Inga kliniska ändringar; ingen changeset skriven.\n' : 'No clinical changes; no changeset written.\n');
  return 0;
}
