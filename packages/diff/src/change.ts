import type { GuidelineChange, Impact } from '@guideline-as-code/types';

// The change shapes live in the shared types package: content packages publish them in changes.json.
export type { GuidelineChange, Impact };

export const impactOrder: readonly Impact[] = ['patch', 'minor', 'major'];

/** The higher of two impacts. */
export function higher(a: Impact, b: Impact): Impact {
  return impactOrder.indexOf(a) >= impactOrder.indexOf(b) ? a : b;
}

/** Every change of one guideline, and the bump they call for (null when nothing changed). */
export interface GuidelineDiff {
  guideline: string;
  bump: Impact | null;
  changes: GuidelineChange[];
}
