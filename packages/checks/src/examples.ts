import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildGuidelineGraph, substanceIndexFile, type GuidelineSources, type ParsedGuideline, type SourceFile } from '@guideline-as-code/parser';
import type { RuleExample } from './define-rule.js';

/** The shared vocabulary that examples run with: the project's real lexicon and patient facts. */
export interface ExampleWorld {
  lexicon: SourceFile[];
  patientFacts?: SourceFile;
}

const exampleMetadata = 'id: example\ntitle: Exempel\npublisher: Exempel\nlanguage: sv\nedition: not-stated\n';
const exampleReferences = '- id: "1"\n- id: "2"\n- id: "3"\n';

/** Reads the lexicon and vocabulary of a project, for running rule examples against them. */
export async function readExampleWorld(projectRoot: string): Promise<ExampleWorld> {
  const read = async (file: string): Promise<SourceFile> => ({ path: file, text: await readFile(path.join(projectRoot, file), 'utf8') });
  const lexiconDir = 'guideline-src/lexicon';
  const names = existsSync(path.join(projectRoot, lexiconDir))
    ? (await readdir(path.join(projectRoot, lexiconDir))).filter((name) => name.endsWith('.yaml') || name === substanceIndexFile).sort()
    : [];
  return {
    lexicon: await Promise.all(names.map((name) => read(`${lexiconDir}/${name}`))),
    patientFacts: await read('guideline-src/vocabulary/patient-facts.yaml'),
  };
}

/** A one-chapter guideline made of an example's Markdown, parsed as the build parses. */
export function parseExample(example: RuleExample, world: ExampleWorld): ParsedGuideline {
  const sources: GuidelineSources = {
    key: 'example',
    metadata: { path: 'guideline-src/example/guideline.yaml', text: exampleMetadata },
    references: { path: 'guideline-src/example/references.yaml', text: example.references ?? exampleReferences },
    ...(example.trials ? { trials: { path: 'guideline-src/example/trials.yaml', text: example.trials } } : {}),
    chapters: [{ path: 'guideline-src/example/13-example.md', text: example.markdown }],
    lexicon: world.lexicon,
    ...(world.patientFacts ? { patientFacts: world.patientFacts } : {}),
  };
  return buildGuidelineGraph(sources);
}
