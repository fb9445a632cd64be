import type { GraphIndex } from '@guideline-as-code/model';
import { defineRule, type RuleContext } from '../define-rule.js';
import { regimenName, substanceName } from '../doses/names.js';
import { componentValues } from '../doses/component-values.js';
import { doseStatedAnywhere, rowsAgainstText, tableFieldNames, type RowAgainstText } from '../doses/row-against-text.js';

const table = (cells: string) =>
  `:::regimen[Dostarlimab]{#dostarlimab}\n| Fas | Läkemedel | Dos | Väg | Intervall | Cykler | Maximal behandlingstid | Avsnitt |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n| 1 | dostarlimab | 500 mg | ${cells} | 13 |\n:::\n`;
const text = '# 13 Återfall\n\nI första hand ges dostarlimab 500 mg var 3:e vecka i 4 cykler, dock maximalt 2 år.\n\n';

/**
 * Every value of a regimen row (route, interval, cycles, phase, maximum duration, and the dose
 * itself) must be stated by the text of the sections its `Avsnitt` cell cites: the text is the
 * truth, and a value it does not state must read `ej angivet`. Trial arms do not count.
 */
export const regimenValueUnstated = defineRule({
  id: 'regimen-value-unstated',
  docs: {
    examples: {
      fail: [{ markdown: text + table('iv | var 3:e vecka | 4 | 2 år') }, { markdown: text + table('ej angivet | var 3:e vecka | 6 | 2 år') }],
      pass: [{ markdown: text + table('ej angivet | var 3:e vecka | 4 | 2 år') }],
    },
  },
  check(context) {
    for (const compared of rowsAgainstText(context.index)) {
      if (compared.candidates.length === 0) reportDose(context, compared);
      else {
        reportFields(context, compared);
        reportPhase(context, compared);
      }
    }
  },
});

function names(compared: RowAgainstText, index: GraphIndex) {
  return { drug: substanceName(componentValues(compared.row), index), regimen: regimenName(compared.row, index) };
}

/** The dose is stated elsewhere, but not in the cited sections (when it is stated nowhere, `regimen-mismatch` says so). */
function reportDose({ index, report }: RuleContext, compared: RowAgainstText): void {
  if (!doseStatedAnywhere(index, compared.row)) return;
  const { drug, regimen } = names(compared, index);
  const values = componentValues(compared.row);
  report({
    message: {
      en: `Regimen \`${regimen}\` cites sections \`${compared.sections}\` for \`${drug.en}\`, but no recommendation or description of practice there states this dose. Cite the sections whose text states it.`,
      sv: `Regimen \`${regimen}\` hänvisar till avsnitt \`${compared.sections}\` för \`${drug.sv}\`, men ingen rekommendation eller beskrivning av praxis där anger denna dos. Hänvisa till de avsnitt vars text anger den.`,
    },
    source: values.doseCell,
  });
}

function reportFields({ index, report }: RuleContext, compared: RowAgainstText): void {
  const { drug, regimen } = names(compared, index);
  for (const field of compared.fields) {
    if (!field.stated || field.agreeing.length > 0 || !field.cell) continue;
    const name = tableFieldNames[field.field];
    report({
      message: {
        en: `Regimen \`${regimen}\` gives \`${drug.en}\` the ${name.en} \`${field.cell.text}\`, which no statement of sections \`${compared.sections}\` states. Write what the text says, or \`ej angivet\`.`,
        sv: `Regimen \`${regimen}\` anger ${name.sv} \`${field.cell.text}\` för \`${drug.sv}\`, vilket ingen mening i avsnitt \`${compared.sections}\` anger. Skriv det som texten säger, eller \`ej angivet\`.`,
      },
      source: field.cell.source,
      related: field.stating.map((statement) => ({ source: statement.source, message: { en: 'the text says', sv: 'texten säger' } })),
    });
  }
}

/** A row of phase 2 must be the second part of a phased statement (`… följt av …`). */
function reportPhase({ index, report }: RuleContext, compared: RowAgainstText): void {
  const phaseOf = (statement: RowAgainstText['candidates'][number]) => (statement.phaseCount > 1 ? statement.phase : 1);
  if (compared.candidates.some((statement) => phaseOf(statement) === compared.row.phase)) return;
  const { drug, regimen } = names(compared, index);
  const name = tableFieldNames.phase;
  const phases = [...new Set(compared.candidates.map(phaseOf))].join(', ');
  report({
    message: {
      en: `Regimen \`${regimen}\` gives \`${drug.en}\` at this dose in ${name.en} \`${compared.row.phase}\`, but sections \`${compared.sections}\` give it in ${name.en} \`${phases}\`.`,
      sv: `Regimen \`${regimen}\` anger \`${drug.sv}\` i denna dos i ${name.sv} \`${compared.row.phase}\`, men avsnitt \`${compared.sections}\` anger den i ${name.sv} \`${phases}\`.`,
    },
    source: compared.row.source,
    related: compared.candidates.map((statement) => ({ source: statement.source, message: { en: 'the text says', sv: 'texten säger' } })),
  });
}
