import type { KnowledgeGraph } from '@guideline-as-code/model';
import type { ChapterFile, PatientFact } from '@guideline-as-code/parser';
import type { Diagnostic } from '@guideline-as-code/types';

/** The languages of the site's own words (the guideline's text stays as written). */
export type SiteLanguage = 'sv' | 'en';

/** What one guideline's preview is made from: its graph, its findings and its chapters' text. */
export interface PreviewGuideline {
  key: string;
  graph: KnowledgeGraph;
  /** Findings of `runChecks`, acknowledged ones included (with `suppressed`). */
  diagnostics: readonly Diagnostic[];
  /** The chapter files the graph was built from, in reading order. */
  chapters: readonly ChapterFile[];
  patientFacts: readonly PatientFact[];
}
