import { diffFormats, diffVersions, formatDiff, type DiffFormat } from '@guideline-as-code/diff';
import type { CommandIO } from '../io.js';
import type { Language } from '../report/language.js';

/** `guideline diff <base> [<head>] [--format text|json|markdown]`: the clinical changes between two versions. */
export async function runDiff(options: { root: string; base: string; head: string | undefined; format: DiffFormat; language: Language }, io: CommandIO): Promise<number> {
  const diff = await diffVersions(options.root, options.base, options.head);
  io.stdout(formatDiff(diff, options.format, options.language));
  return 0;
}

export { diffFormats };
