import { configFindings } from './config.js';
import { doseFindings } from './dose.js';
import type { FindingDefinition } from './finding-definition.js';
import { internalFindings } from './internal.js';
import { lexiconFindings } from './lexicon.js';
import { readingFileFindings } from './reading-files.js';
import { readingMarkdownFindings } from './reading-markdown.js';
import { doseRuleFindings } from './rules-doses.js';
import { structureRuleFindings } from './rules-structure.js';
import { schemaFindings, type FindingFamily } from './schema.js';
import { suppressionFindings } from './suppression.js';

/**
 * Every finding id of the toolchain, in the order the documentation lists them: what the
 * sources could not say (reading, dose, lexicon), what the rules find, then the findings
 * about acknowledgements, configuration and the tool itself.
 */
export const findingRegistry = {
  ...readingFileFindings,
  ...readingMarkdownFindings,
  ...doseFindings,
  ...lexiconFindings,
  ...schemaFindings,
  ...doseRuleFindings,
  ...structureRuleFindings,
  ...suppressionFindings,
  ...configFindings,
  ...internalFindings,
} as const satisfies Record<string, FindingDefinition>;

/** A registered id, e.g. `dose-range`. */
export type RegisteredFindingId = keyof typeof findingRegistry;

/** The id of a consistency rule of the checks package, including the schema rule. */
export type RuleFindingId = keyof typeof doseRuleFindings | keyof typeof structureRuleFindings | FindingFamily;

/** The id on a diagnostic: a registered id, or one kind of a family, e.g. `schema:required`. */
export type FindingId = RegisteredFindingId | `${FindingFamily}:${string}`;

/** Every registered id, in documentation order. */
export const findingIds = Object.keys(findingRegistry) as readonly RegisteredFindingId[];

const families: ReadonlySet<string> = new Set(findingIds.filter((id) => findingRegistry[id].kinds !== undefined));

/** The registered id a diagnostic's id belongs to: `schema` for `schema:required`. */
export function registeredFindingId(id: FindingId): RegisteredFindingId {
  return id.split(':')[0] as RegisteredFindingId;
}

/** Whether a text (from a `guideline-ignore` comment or a report) is a finding id. */
export function isFindingId(id: string): id is FindingId {
  const colon = id.indexOf(':');
  if (colon === -1) return Object.hasOwn(findingRegistry, id);
  return families.has(id.slice(0, colon)) && /^[A-Za-z][\w-]*$/.test(id.slice(colon + 1));
}

/** One kind of a family of findings, e.g. `schema:required`. */
export function findingKind(family: FindingFamily, kind: string): FindingId {
  return `${family}:${kind}`;
}

/** What the registry says about a diagnostic's id; a family's kinds share the family's entry. */
export function findingDefinition(id: FindingId): FindingDefinition {
  return findingRegistry[registeredFindingId(id)];
}
