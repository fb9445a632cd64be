import type { DoseStatementNode, GraphIndex } from '@guideline-as-code/model';
import type { RelatedPlace } from '@guideline-as-code/types';
import { defineRule } from '../define-rule.js';
import { describeField } from '../doses/describe-dose.js';
import { contradicts } from '../doses/dose-values.js';
import { substanceName } from '../doses/names.js';
import { Treatments } from '../doses/treatments.js';

const roles = {
  recommendation: { en: 'recommended', sv: 'rekommenderas' },
  practice: { en: 'described as practice', sv: 'beskrivs som praxis' },
  trialArm: { en: 'reported for the trial', sv: 'anges för studien' },
};

/**
 * Two statements of the same drug in the same role (both recommended, both practice, or the
 * same arm of the same trial) that give different doses or intervals for what the text presents
 * as the same treatment. Schedules with the same dose per week are not a conflict. A trial arm
 * that contradicts a recommendation is a warning that names both.
 */
export const doseConflict = defineRule({
  id: 'dose-conflict',
  docs: {
    examples: {
      fail: [
        { markdown: '# 13 Återfall\n\nDostarlimab rekommenderas 500 mg var 3:e vecka.\n\n## 13.1 Immunterapi\n\nI första hand rekommenderas dostarlimab 400 mg var 3:e vecka.\n' },
        {
          markdown:
            '# 13 Återfall\n\n:::recommendations[Rekommendationer]\n- Vid progress provas pegylerat liposomalt doxorubicin 40 mg/m2 var 4:e vecka. (+)\n:::\n\nI Keynote 775 randomiserades patienterna till iv liposomalt doxorubicin 60 mg/m2 var tredje vecka.\n',
          trials: '- id: keynote-775\n  name: KEYNOTE-775\n',
        },
      ],
      pass: [
        // Two doses of a drug the lexicon does not know are not two radiotherapy doses in conflict.
        { markdown: '# 13 Återfall\n\nXyzumab rekommenderas 500 mg var 3:e vecka.\n\n## 13.1 Immunterapi\n\nI första hand rekommenderas xyzumab 400 mg var 3:e vecka.\n' },
        { markdown: '# 13 Återfall\n\nDostarlimab rekommenderas 500 mg var 3:e vecka.\n\n## 13.1 Immunterapi\n\nI första hand rekommenderas dostarlimab 500 mg var 3:e vecka.\n' },
        { markdown: '# 13 Återfall\n\nPembrolizumab rekommenderas 200 mg var tredje vecka.\n\n## 13.1 Immunterapi\n\nPembrolizumab rekommenderas också som 400 mg var sjätte vecka.\n' },
      ],
    },
  },
  check({ index, report, memo }) {
    const treatments = memo('treatments', () => new Treatments(index));
    const treatmentOf = (statement: DoseStatementNode) => treatments.match(statement)?.component.id ?? statement.drug ?? 'radiation';
    // Index by drug and treatment: only statements that could be the same treatment are compared.
    const groups = new Map<string, DoseStatementNode[]>();
    for (const statement of index.ofType('doseStatement')) {
      if (statement.amount === null && statement.intervalDays === null) continue;
      // A dose with no recognised drug is not radiotherapy: it cannot be the same treatment as another.
      if (statement.drug === null && statement.doseKind !== 'radiation' && statement.regimen === null) continue;
      const key = `${statement.drug ?? statement.doseKind} ${statement.phase} ${treatmentOf(statement)}`;
      const group = groups.get(key);
      if (group) group.push(statement);
      else groups.set(key, [statement]);
    }
    for (const group of groups.values()) {
      const doses = new DistinctDoses();
      const recommended = new DistinctDoses();
      for (const statement of group) if (statement.role !== 'trialArm') recommended.add(statement);
      for (const later of group) {
        const sameRole = doses.contradicting(later).filter((other) => sameRoleAndArm(other, later));
        if (sameRole.length > 0) report(finding(later, sameRole, 'error', index));
        if (later.role === 'trialArm' && later.trial !== null) {
          const contradicted = recommended.contradicting(later);
          if (contradicted.length > 0) report(finding(later, contradicted, 'warning', index));
        }
        doses.add(later);
      }
    }
  },
});

/**
 * Statements grouped by what they state (role, trial, amount, interval): a text that repeats
 * one dose a hundred times is compared once per distinct dose, not once per pair.
 */
class DistinctDoses {
  private readonly byValue = new Map<string, DoseStatementNode[]>();

  add(statement: DoseStatementNode): void {
    const key = JSON.stringify([statement.role, statement.trial, statement.unit, statement.amount, statement.intervalDays, statement.intensityPerWeek]);
    const same = this.byValue.get(key);
    if (same) same.push(statement);
    else this.byValue.set(key, [statement]);
  }

  /** The statements added so far that contradict this one. */
  contradicting(statement: DoseStatementNode): DoseStatementNode[] {
    const found: DoseStatementNode[] = [];
    for (const same of this.byValue.values()) {
      if (contradicts(same[0]!, statement)) for (const other of same) found.push(other);
    }
    return found;
  }
}

function sameRoleAndArm(a: DoseStatementNode, b: DoseStatementNode): boolean {
  if (a.role !== b.role) return false;
  // Trial arms are compared only within one named trial, and not within one sentence (which lists its arms).
  return a.role !== 'trialArm' || (a.trial !== null && a.trial === b.trial && a.statement !== b.statement);
}

function finding(statement: DoseStatementNode, others: DoseStatementNode[], kind: 'error' | 'warning', index: GraphIndex) {
  const name = substanceName(statement, index);
  const dose = describe(statement);
  const other = describe(others[0]!);
  // The first few other places are enough to find the rest.
  const related: RelatedPlace[] = others.slice(0, 5).map((o) => ({ source: o.source, message: { en: roles[o.role].en, sv: roles[o.role].sv } }));
  const trial = statement.trial ? index.get(statement.trial) : undefined;
  const trialName = trial?.type === 'trial' ? trial.name.value : '';
  const message =
    kind === 'error'
      ? {
          en: `\`${name.en}\` is ${roles[statement.role].en} as \`${dose.en}\` here but as \`${other.en}\` elsewhere.`,
          sv: `\`${name.sv}\` ${roles[statement.role].sv} här som \`${dose.sv}\` men som \`${other.sv}\` på annat ställe.`,
        }
      : {
          en: `\`${trialName}\` reports \`${name.en}\` \`${dose.en}\`, which contradicts the recommended \`${other.en}\`.`,
          sv: `\`${trialName}\` anger \`${name.sv}\` \`${dose.sv}\`, vilket motsäger rekommenderade \`${other.sv}\`.`,
        };
  return { message, source: statement.source, related, ...(kind === 'warning' ? { severity: kind } : {}) };
}

function describe(statement: DoseStatementNode) {
  const amount = describeField(statement, 'amount');
  const interval = statement.intervalDays ? describeField(statement, 'interval') : null;
  return interval ? { en: `${amount.en} ${interval.en}`, sv: `${amount.sv} ${interval.sv}` } : amount;
}
