import type { ContentPackageInfo } from '../../runtime/package-info.js';
import type { Reference, Trial } from '../../runtime/reference-types.js';
import { docComment, writeLiteral, type DocFor } from '../../typescript/literal.js';
import { packageInfoDeclaration } from '../package-info-module.js';

/** `reference-data.ts`: references and trials as `as const` data keyed by id, with id unions. */
export function referenceDataModule(references: readonly Reference[], trials: readonly Trial[], info: ContentPackageInfo): string {
  const referenceIds = references.map((reference) => reference.id);
  const trialIds = trials.map((trial) => trial.id);
  return [
    "import type { Reference, Trial } from './runtime/reference-types.js';",
    '',
    docComment('The key of a reference: the number the chapter prints, e.g. `83`.'),
    `export type ReferenceId = ${union(referenceIds)};`,
    '',
    docComment('The id of a trial the text names.'),
    `export type TrialId = ${union(trialIds)};`,
    '',
    docComment('Every reference key, in the order of the reference list.'),
    `export const referenceIds = ${writeLiteral(referenceIds)} as const satisfies readonly ReferenceId[];`,
    '',
    docComment('Every trial id, in the order of the trial list.'),
    `export const trialIds = ${writeLiteral(trialIds)} as const satisfies readonly TrialId[];`,
    '',
    docComment(`The reference list of ${info.guideline.title}, by key, each with the places that cite it.`),
    `export const references = ${writeLiteral(byId(references), referenceDocs(references))} as const satisfies Readonly<Record<ReferenceId, Reference>>;`,
    '',
    docComment(`The clinical trials ${info.guideline.title} names, by id.`),
    `export const trials = ${writeLiteral(byId(trials), trialDocs(trials))} as const satisfies Readonly<Record<TrialId, Trial>>;`,
    '',
  ].join('\n');
}

/** `index.ts`: the package's API over the data. */
export function referencesIndexModule(info: ContentPackageInfo): string {
  return `import { referenceIds, references, trialIds, trials, type ReferenceId, type TrialId } from './reference-data.js';
import type { ContentPackageInfo } from './runtime/package-info.js';
import type { CslItem, Reference, Trial } from './runtime/reference-types.js';

export { referenceIds, references, trialIds, trials, type ReferenceId, type TrialId } from './reference-data.js';
export type { ContentPackageInfo, GuidelineInfo } from './runtime/package-info.js';
export type { CitationPlace, CslItem, Reference, Trial, TrialMention } from './runtime/reference-types.js';
export { formatSource, statedValue, type Derived, type Field, type NotStated, type Point, type Source, type Stated } from '@guideline-as-code/types';

${packageInfoDeclaration(info)}

/** The reference with this key; throws a TypeError for a key that is not one (from untyped code). */
export function getReference<I extends ReferenceId>(id: I): (typeof references)[I] {
  if (!Object.hasOwn(references, id)) throw new TypeError(\`No reference \\\`\${String(id)}\\\` in the reference list.\`);
  return references[id];
}

/** The trial with this id; throws a TypeError for an id that is not one (from untyped code). */
export function getTrial<I extends TrialId>(id: I): (typeof trials)[I] {
  if (!Object.hasOwn(trials, id)) throw new TypeError(\`No trial \\\`\${String(id)}\\\` among the trials the text names.\`);
  return trials[id];
}

/** Every reference, in list order, typed as \`Reference\` so that \`statedValue\` works on any of them. */
export function allReferences(): readonly Reference[] {
  return referenceIds.map((id) => references[id]);
}

/** Every trial the text names, in the order it first names them, typed as \`Trial\`. */
export function allTrials(): readonly Trial[] {
  return trialIds.map((id) => trials[id]);
}

/** The reference list as CSL-JSON items, in list order, for a citation processor. */
export function cslItems(): readonly CslItem[] {
  return referenceIds.map((id) => references[id].csl);
}
`;
}

function union(ids: readonly string[]): string {
  return ids.length === 0 ? 'never' : [...ids].sort().map((id) => JSON.stringify(id)).join(' | ');
}

function byId<T extends { id: string }>(items: readonly T[]): Record<string, T> {
  return Object.fromEntries(items.map((item) => [item.id, item]));
}

function referenceDocs(references: readonly Reference[]): DocFor {
  const byKey = new Map(references.map((reference) => [reference.id, reference]));
  return (path) => {
    const reference = path.length === 1 && typeof path[0] === 'string' ? byKey.get(path[0]) : undefined;
    if (!reference) return undefined;
    const missing = reference.notStated.length > 0 ? `\n\nNot stated by the sources: ${reference.notStated.join(', ')}.` : '';
    const cited = reference.citedAt.map((place) => `- ${place.section}: ${place.sentence}`);
    return [`Reference ${reference.id}, cited ${cited.length} time(s):`, ...cited].join('\n') + missing + `\n\nSource: ${reference.source.file}:${reference.source.start.line}`;
  };
}

function trialDocs(trials: readonly Trial[]): DocFor {
  const byKey = new Map(trials.map((trial) => [trial.id, trial]));
  return (path) => {
    const trial = path.length === 1 && typeof path[0] === 'string' ? byKey.get(path[0]) : undefined;
    if (!trial) return undefined;
    const nct = trial.nct.notStated ? 'NCT id not stated' : trial.nct.value;
    const first = trial.mentionedAt[0];
    return [`${trial.name.value} (${nct}).`, ...(first ? ['', `\`${first.text}\`: ${first.source.file}:${first.source.start.line}`] : [])].join('\n');
  };
}
