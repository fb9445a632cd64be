import type { LocalizedText } from './localized-text.js';

/**
 * The shapes of a content package's `changes.json` (docs/versioning.md): what changed clinically
 * from one released version to the next. `@guideline-as-code/diff` computes them; the content
 * packages publish them and re-export these types, so an app reads the file typed.
 */

/** How far a change reaches, as semver bumps of the content packages. */
export type Impact = 'major' | 'minor' | 'patch';

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

/** The clinical changes of one released version of a guideline's content packages. */
export interface ReleaseRecord {
  /** The content packages' version (the changesets `fixed` group shares one). */
  version: string;
  /** The highest impact of `changes`; null when the release changed nothing clinical. */
  bump: Impact | null;
  /** Every change since the previous release, as `guideline diff --format json` lists them. */
  changes: GuidelineChange[];
}

/** A content package's `changes.json`: every released version up to its own, newest first. */
export interface ChangesFile {
  package: string;
  version: string;
  guideline: string;
  releases: ReleaseRecord[];
}
