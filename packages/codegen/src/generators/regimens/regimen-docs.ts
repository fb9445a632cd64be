import type { Regimen, RegimenComponent } from '../../runtime/regimen-types.js';
import type { Source } from '@guideline-as-code/types';
import type { DocFor } from '../../typescript/literal-expression.js';

/** JSDoc for the regimens literal: each regimen shows its table, each component its row. */
export function regimenDocs(regimens: readonly Regimen[]): DocFor {
  const byId = new Map(regimens.map((regimen) => [regimen.id, regimen]));
  return (path) => {
    const regimen = typeof path[0] === 'string' ? byId.get(path[0]) : undefined;
    if (!regimen) return undefined;
    if (path.length === 1) return regimenDoc(regimen);
    const [, list, index, field] = path;
    if (list === 'components' && typeof index === 'number' && path.length === 4 && (field === 'dose' || field === 'fractionation' || field === 'drug')) {
      const component = regimen.components[index];
      return component && componentDoc(component);
    }
    return undefined;
  };
}

/** The regimen's name, section and intent, its table as written, and the recommendations that give it. */
export function regimenDoc(regimen: Regimen): string {
  const intent = regimen.intent.notStated ? 'intent not stated' : regimen.intent.value;
  const table = regimen.components.map(rowText);
  const recommended = regimen.recommendations.map((recommendation) => `Recommended: ${recommendation.text.value}`);
  return [
    `${regimen.name.value}: section ${regimen.section.number} ${regimen.section.title} (${intent}).`,
    '',
    ...table,
    ...(recommended.length > 0 ? ['', ...recommended] : []),
    '',
    `Source: ${location(regimen.source)}`,
  ].join('\n');
}

/** The component's table row as written. */
export function componentDoc(component: RegimenComponent): string {
  return [`\`${rowText(component)}\``, '', `Source: ${location(component.source)}`].join('\n');
}

function location(source: Source): string {
  return `${source.file}:${source.start.line}`;
}

/** A table row as the guideline writes its cells: each value's source text, `ej angivet` where a cell says so. */
function rowText(component: RegimenComponent): string {
  const cells =
    component.kind === 'drug'
      ? [component.drug.name, component.dose, component.route, component.interval, component.cycles, component.maxDuration]
      : [component.fractionation.total.notStated ? component.fractionation.dosePerFraction : component.fractionation.total];
  const written = cells.map((cell) => cell.text ?? '–');
  return `| ${[...written, component.statedIn.text ?? '–'].join(' | ')} |`;
}
