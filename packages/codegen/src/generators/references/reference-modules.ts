import { StructureKind } from 'ts-morph';
import type { ContentPackageInfo } from '../../runtime/package-info.js';
import type { Reference, Trial } from '../../runtime/reference-types.js';
import { literalExpression } from '../../typescript/literal-expression.js';
import { allFunction } from '../all-function.js';
import { docs, exportFrom, exportedConst, exportedType, importFrom, moduleOf, type ModuleStructure } from '../../typescript/structures.js';
import { constSatisfying, readonlyArray, readonlyRecord, stringUnion, typeReference } from '../../typescript/type-nodes.js';
import { lookupFunction } from '../lookup-function.js';
import { commonIndexStatements, sharedTypeExports } from '../package-info-module.js';
import { referenceDocs, trialDocs } from './reference-docs.js';

/** `reference-data.ts`: references and trials as `as const` data keyed by id, with id unions. */
export function referenceDataModule(references: readonly Reference[], trials: readonly Trial[], info: ContentPackageInfo): ModuleStructure {
  const referenceIds = references.map((reference) => reference.id);
  const trialIds = trials.map((trial) => trial.id);
  const referenceId = typeReference('ReferenceId');
  const trialId = typeReference('TrialId');
  return moduleOf([
    importFrom('./runtime/reference-types.js', ['Reference', 'Trial'], true),
    exportedType('ReferenceId', stringUnion(referenceIds), 'The key of a reference: the number the chapter prints, e.g. `83`.'),
    exportedType('TrialId', stringUnion(trialIds), 'The id of a trial the text names.'),
    exportedConst('referenceIds', constSatisfying(literalExpression(referenceIds), readonlyArray(referenceId)), 'Every reference key, in the order of the reference list.'),
    exportedConst('trialIds', constSatisfying(literalExpression(trialIds), readonlyArray(trialId)), 'Every trial id, in the order of the trial list.'),
    exportedConst(
      'references',
      constSatisfying(literalExpression(byId(references), referenceDocs(references)), readonlyRecord(referenceId, typeReference('Reference'))),
      `The reference list of ${info.guideline.title}, by key, each with the places that cite it.`,
    ),
    exportedConst(
      'trials',
      constSatisfying(literalExpression(byId(trials), trialDocs(trials)), readonlyRecord(trialId, typeReference('Trial'))),
      `The clinical trials ${info.guideline.title} names, by id.`,
    ),
  ]);
}

/** `index.ts`: the package's API over the data. */
export function referencesIndexModule(info: ContentPackageInfo): ModuleStructure {
  return moduleOf([
    importFrom('./reference-data.js', ['referenceIds', 'references', 'trialIds', 'trials', 'type ReferenceId', 'type TrialId']),
    importFrom('./runtime/reference-types.js', ['CslItem', 'Reference', 'Trial'], true),
    importFrom('./runtime/unknown-id.js', ['unknownIdError']),
    exportFrom('./reference-data.js', ['referenceIds', 'references', 'trialIds', 'trials', 'type ReferenceId', 'type TrialId']),
    exportFrom('./runtime/reference-types.js', ['CitationPlace', 'CslItem', 'Reference', 'Trial', 'TrialMention'], true),
    ...commonIndexStatements(info, sharedTypeExports),
    lookupFunction({
      name: 'getReference',
      table: 'references',
      idType: 'ReferenceId',
      doc: 'The reference with this key; throws a TypeError for a key that is not one (from untyped code).',
      message: 'No reference {id} in the reference list.',
    }),
    lookupFunction({
      name: 'getTrial',
      table: 'trials',
      idType: 'TrialId',
      doc: 'The trial with this id; throws a TypeError for an id that is not one (from untyped code).',
      message: 'No trial {id} among the trials the text names.',
    }),
    allFunction({ name: 'allReferences', doc: 'Every reference, in list order.', itemType: 'Reference', body: 'referenceIds.map((id) => references[id])' }),
    allFunction({ name: 'allTrials', doc: 'Every trial the text names, in the order of the trial list.', itemType: 'Trial', body: 'trialIds.map((id) => trials[id])' }),
    {
      kind: StructureKind.Function,
      isExported: true,
      name: 'cslItems',
      docs: docs('The reference list as CSL-JSON items, in list order, for a citation processor.'),
      returnType: 'readonly CslItem[]',
      statements: ['return referenceIds.map((id) => references[id].csl);'],
    },
  ]);
}

function byId<T extends { id: string }>(items: readonly T[]): Record<string, T> {
  return Object.fromEntries(items.map((item) => [item.id, item]));
}
