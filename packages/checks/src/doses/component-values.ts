import { type DoseStatementNode, type GraphIndex, type RegimenComponentNode, type Source } from '@guideline-as-code/model';
import { statedValue, type Field } from '@guideline-as-code/types';

/**
 * A regimen row with its stated values as plain values (null where not stated): the shape of
 * a dose statement's values, so that rules compare the two directly. `doseCell` is where a
 * finding about the row's dose points.
 */
export type ComponentValues = Pick<RegimenComponentNode, 'id' | 'type' | 'regimen' | 'phase' | 'drug' | 'source'> &
  Pick<DoseStatementNode, 'amount' | 'unit' | 'doseKind' | 'route' | 'intervalDays' | 'pause' | 'cycles' | 'maxDuration' | 'fractionation' | 'intensityPerWeek'> & {
    doseCell: Source;
  };

const plain = <T>(field: Field<T>): T | null => statedValue(field) ?? null;
const made = new WeakMap<RegimenComponentNode, ComponentValues>();

export function componentValues(component: RegimenComponentNode): ComponentValues {
  let values = made.get(component);
  if (!values) {
    const { id, type, regimen, phase, drug, source } = component;
    values = {
      id,
      type,
      regimen,
      phase,
      drug,
      source,
      amount: plain(component.amount),
      unit: plain(component.unit),
      doseKind: plain(component.doseKind),
      route: plain(component.route),
      intervalDays: plain(component.intervalDays),
      pause: plain(component.pause),
      cycles: plain(component.cycles),
      maxDuration: plain(component.maxDuration),
      fractionation: plain(component.fractionation),
      intensityPerWeek: component.intensityPerWeek.notStated && 'derived' in component.intensityPerWeek ? component.intensityPerWeek.derived : null,
      doseCell: (component.amount.notStated ? component.fractionation.source : component.amount.source) ?? component.source,
    };
    made.set(component, values);
  }
  return values;
}

/** Every dose of a guideline: the statements of the text, and the rows of its regimen tables. */
export function allDoses(index: GraphIndex): (DoseStatementNode | ComponentValues)[] {
  return [...index.ofType('doseStatement'), ...index.ofType('regimenComponent').map(componentValues)];
}
