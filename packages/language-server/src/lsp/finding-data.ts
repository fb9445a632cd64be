import type { Diagnostic, Source } from '@guideline-as-code/types';
import { suggestedReplacements } from './replacements.js';

/**
 * What the server keeps on an LSP diagnostic (`data`, which the editor hands back with a
 * code action request), so that a quick fix is built from the finding itself, for the
 * document version it was found in.
 */
export interface FindingData {
  ruleId: string;
  version: number;
  start: number;
  end: number;
  acknowledged: boolean;
  replacements: { text: string; start: number; end: number }[];
}

export function findingData(finding: Diagnostic & { source: Source }, version: number): FindingData {
  return {
    ruleId: finding.ruleId,
    version,
    start: finding.source.start.offset,
    end: finding.source.end.offset,
    acknowledged: finding.suppressed !== undefined,
    replacements: suggestedReplacements(finding).map((r) => ({ text: r.text, start: r.source.start.offset, end: r.source.end.offset })),
  };
}

/** The data back from the editor, if it is ours and whole (an editor may drop or mangle it). */
export function readFindingData(value: unknown): FindingData | null {
  if (typeof value !== 'object' || value === null) return null;
  const data = value as Partial<FindingData>;
  const numbers = [data.version, data.start, data.end].every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0);
  if (!isText(data.ruleId) || !numbers || typeof data.acknowledged !== 'boolean' || !Array.isArray(data.replacements)) return null;
  const replacements = data.replacements.filter((r) => typeof r?.text === 'string' && typeof r.start === 'number' && typeof r.end === 'number' && r.start <= r.end);
  return { ruleId: data.ruleId, version: data.version!, start: data.start!, end: data.end!, acknowledged: data.acknowledged, replacements };
}

function isText(value: unknown): value is string {
  return typeof value === 'string';
}
