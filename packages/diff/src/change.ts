import type { LocalizedText } from '@guideline-as-code/types';

/** How far a change reaches, as semver bumps of the content packages (docs/versioning.md). */
export type Impact = 'major' | 'minor' | 'patch';

export const impactOrder: readonly Impact[] = ['patch', 'minor', 'major'];

/** The higher of two impacts. */
export function higher(a: Impact, b: Impact): Impact {
  return impactOrder.indexOf(a) >= impactOrder.indexOf(b) ? a : b;
}

/** One clinical change between two versions of a guideline. */
export interface GuidelineChange {
  kind: 'added' | 'removed' | 'changed';
  /** The node type (`regimenComponent`, `recommendation`, …). */
  nodeType: string;
  /** The node id in the head version (the base version's id for a removal). */
  id: string;
  /** The changed field, for `changed`. */
  field?: string;
  before?: string | null;
  after?: string | null;
  impact: Impact;
  /** What changed, in words a clinician reads: "Paklitaxel i KarPak: 175 mg/m2 → 150 mg/m2". */
  message: LocalizedText;
  /** Wording, citation and metadata changes are listed together under one heading. */
  wordingOnly: boolean;
}

/** Every change of one guideline, and the bump they call for (null when nothing changed). */
export interface GuidelineDiff {
  guideline: string;
  bump: Impact | null;
  changes: GuidelineChange[];
}
