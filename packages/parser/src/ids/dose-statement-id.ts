import type { DoseStatementNode, StatementNode } from '@guideline-as-code/model';

type DoseIdParts = Pick<DoseStatementNode, 'drug' | 'regimen' | 'trial' | 'role' | 'phase' | 'fractionation'>;

/** The part of a node id after its `type:` prefix. */
const keyOf = (id: string): string => id.slice(id.indexOf(':') + 1);

/**
 * A dose statement's id, built from what the dose is about rather than where it stands:
 * its scope (the recommendation it is written in, else the trial whose arm it describes,
 * else its section and role), its subject (drug, else regimen, else `radiotherapy`/`dose`)
 * and its phase when it is a later phase. Two doses with the same id in one scope get `~2`
 * from the graph builder; nothing else shifts when text is inserted elsewhere.
 */
export function doseStatementId(dose: DoseIdParts, statement: Pick<StatementNode, 'recommendation' | 'section'>): string {
  const scope = statement.recommendation
    ? keyOf(statement.recommendation)
    : dose.role === 'trialArm' && dose.trial
      ? keyOf(dose.trial)
      : `${keyOf(statement.section)}/${dose.role}`;
  const subject = dose.drug ? keyOf(dose.drug) : dose.regimen ? keyOf(dose.regimen) : dose.fractionation ? 'radiotherapy' : 'dose';
  const phase = dose.phase && dose.phase > 1 ? `/phase-${dose.phase}` : '';
  return `doseStatement:${scope}/${subject}${phase}`;
}
