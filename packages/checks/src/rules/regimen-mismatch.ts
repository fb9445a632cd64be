import { defineRule, type RuleContext } from '../define-rule.js';
import { describeField, fieldNames } from '../doses/describe-dose.js';
import { regimenName, substanceName } from '../doses/names.js';
import { differingFields } from '../doses/dose-values.js';
import { Treatments } from '../doses/treatments.js';
import { componentValues } from '../doses/component-values.js';

const karPak = ':::regimen[KarPak]{#karpak}\n| Läkemedel | Dos |\n| --- | --- |\n| karboplatin | AUC 5 |\n| paklitaxel | 175 mg/m2 |\n:::\n';

/**
 * A dose that a recommendation or a description of practice gives for a drug of a defined
 * regimen must be the regimen's dose; and every dose in a regimen table must be stated by the
 * text. Trial arms are `dose-conflict`'s concern: a trial may well have used another dose.
 */
export const regimenMismatch = defineRule({
  id: 'regimen-mismatch',
  docs: {
    examples: {
      fail: [
        { markdown: `# 13 Återfall\n\nKombinationen karboplatin AUC5 /paklitaxel 150 mg/m2 (KarPak) är vanligast.\n\n${karPak}` },
        { markdown: `# 13 Återfall\n\nKombinationen karboplatin AUC5 /paklitaxel 175 mg/m2 (KarPak) är vanligast.\n\n${karPak.replace('175', '135')}` },
      ],
      pass: [{ markdown: `# 13 Återfall\n\nKombinationen karboplatin AUC5 /paklitaxel 175 mg/m2 (KarPak) är vanligast.\n\n${karPak}` }],
    },
  },
  check(context) {
    const treatments = context.memo('treatments', () => new Treatments(context.index));
    checkStatements(context, treatments);
    checkRegimenRows(context, treatments);
  },
});

/** A recommended or practised dose that differs from its regimen's row. */
function checkStatements({ index, report }: RuleContext, treatments: Treatments): void {
  for (const statement of index.ofType('doseStatement')) {
    if (statement.role === 'trialArm') continue;
    const match = treatments.match(statement);
    const field = match?.differences[0];
    if (!match || !field) continue;
    const name = substanceName(statement, index);
    const regimen = regimenName(match.component, index);
    const found = describeField(statement, field);
    const expected = describeField(match.component, field);
    report({
      message: {
        en: `The ${fieldNames[field].en} of \`${name.en}\` is \`${found.en}\`, expected \`${expected.en}\` as in regimen \`${regimen}\`.`,
        sv: `${capitalise(fieldNames[field].sv)} för \`${name.sv}\` är \`${found.sv}\`, förväntat \`${expected.sv}\` som i regimen \`${regimen}\`.`,
      },
      source: statement.source,
      related: [{ source: match.component.source, message: { en: `regimen ${regimen}`, sv: `regimen ${regimen}` } }],
      fix: {
        en: 'Correct the dose here or in the regimen table, so that both say what the guideline means.',
        sv: 'Rätta dosen här eller i regimtabellen, så att båda säger det som vårdprogrammet menar.',
      },
    });
  }
}

/** A regimen row whose dose no recommendation or description of practice states. */
function checkRegimenRows({ index, report }: RuleContext, treatments: Treatments): void {
  const backed = new Set<string>();
  const nearest = new Map<string, string[]>();
  for (const statement of index.ofType('doseStatement')) {
    if (statement.role === 'trialArm') continue;
    const match = treatments.match(statement);
    if (!match) continue;
    // Every row the statement agrees with is stated by it, not only the one it was matched to.
    const agreeing = treatments.candidates(statement).filter((row) => differingFields(statement, row).length === 0);
    for (const row of agreeing) backed.add(row.id);
    if (agreeing.length === 0) nearest.set(match.component.id, [...(nearest.get(match.component.id) ?? []), statement.id]);
  }
  for (const component of index.ofType('regimenComponent').map(componentValues)) {
    if (component.amount === null || backed.has(component.id)) continue;
    const name = substanceName(component, index);
    const regimen = regimenName(component, index);
    const dose = describeField(component, component.fractionation ? 'fractionation' : 'amount');
    report({
      message: {
        en: `Regimen \`${regimen}\` gives \`${name.en}\` \`${dose.en}\`, but no recommendation or description of practice in the text states that dose.`,
        sv: `Regimen \`${regimen}\` anger \`${name.sv}\` \`${dose.sv}\`, men ingen rekommendation eller beskrivning av praxis i texten anger den dosen.`,
      },
      source: component.doseCell,
      related: (nearest.get(component.id) ?? []).flatMap((id) => {
        const statement = index.get(id);
        return statement ? [{ source: statement.source, message: { en: 'the text says', sv: 'texten säger' } }] : [];
      }),
    });
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
