import { defineRule } from '../define-rule.js';
import { regimenName, substanceName } from '../doses/names.js';
import { componentValues } from '../doses/component-values.js';
import { rowsAgainstText, tableFieldNames } from '../doses/row-against-text.js';

const table = (route: string) =>
  `:::regimen[Tamoxifen]{#tamoxifen}\n| Läkemedel | Dos | Väg | Intervall | Avsnitt |\n| --- | --- | --- | --- | --- |\n| tamoxifen | 20–40 mg | ${route} | dagligen | 13 |\n:::\n`;
const text = '# 13 Återfall\n\nTamoxifen kan prövas peroralt 20–40 mg dagligen.\n\n';

/**
 * A value that the text of a row's cited sections states for the row's drug and dose, but
 * that the table leaves `ej angivet`: apps get "not stated" for something the guideline says.
 * The finding names the sentence that states it.
 */
export const regimenValueOmitted = defineRule({
  id: 'regimen-value-omitted',
  docs: {
    examples: {
      fail: [{ markdown: text + table('ej angivet') }],
      pass: [{ markdown: text + table('peroralt') }],
    },
  },
  check({ index, report }) {
    for (const compared of rowsAgainstText(index)) {
      const drug = substanceName(componentValues(compared.row), index);
      const regimen = regimenName(compared.row, index);
      for (const field of compared.fields) {
        const statement = field.stating[0];
        if (field.stated || !field.cell || !statement) continue;
        const sentence = index.get(statement.statement);
        const name = tableFieldNames[field.field];
        report({
          message: {
            en: `Regimen \`${regimen}\` leaves the ${name.en} of \`${drug.en}\` \`${field.cell.text}\`, but the text states it: “${statement.text}”. Write the value in the table.`,
            sv: `Regimen \`${regimen}\` lämnar ${name.sv} för \`${drug.sv}\` som \`${field.cell.text}\`, men texten anger det: ”${statement.text}”. Skriv värdet i tabellen.`,
          },
          source: field.cell.source,
          related: [{ source: sentence?.source ?? statement.source, message: { en: 'the sentence that states it', sv: 'meningen som anger det' } }],
        });
      }
    }
  },
});
