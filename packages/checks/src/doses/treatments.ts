import type { DoseStatementNode, GraphIndex } from '@guideline-as-code/model';
import { componentValues, type ComponentValues } from './component-values.js';
import { agreeingFields, differingFields, sameSubstance, type DoseField } from './dose-values.js';

/** The regimen row a dose statement belongs to, and the fields in which they differ. */
export interface TreatmentMatch {
  component: ComponentValues;
  differences: DoseField[];
}

/**
 * Which regimen row each dose statement describes. Rows are indexed by drug and by file, so a
 * statement is compared only with the few rows of its own drug (those of its own chapter
 * first), never with every row of the corpus.
 */
export class Treatments {
  private readonly byDrug = new Map<string, ComponentValues[]>();
  private readonly byFileAndDrug = new Map<string, ComponentValues[]>();
  private readonly byRegimen = new Map<string, ComponentValues[]>();
  private readonly phased = new Set<string>();
  private readonly matches = new Map<string, TreatmentMatch | null>();

  constructor(index: GraphIndex) {
    for (const component of index.ofType('regimenComponent').map(componentValues)) {
      push(this.byDrug, component.drug ?? 'radiation', component);
      push(this.byFileAndDrug, `${component.source.file} ${component.drug ?? 'radiation'}`, component);
      push(this.byRegimen, component.regimen, component);
      if (component.phase > 1) this.phased.add(component.regimen);
    }
  }

  /** Rows a statement could describe: of the regimen it names, else every row of its drug. */
  candidates(statement: DoseStatementNode): ComponentValues[] {
    if (statement.regimen) {
      const rows = this.byRegimen.get(statement.regimen) ?? [];
      return statement.drug === null ? rows : rows.filter((row) => sameSubstance(statement, row));
    }
    const key = statement.drug ?? (statement.doseKind === 'radiation' ? 'radiation' : null);
    if (key === null) return [];
    // A chapter's statements describe the regimens it defines, if it defines any for the drug.
    const rows = this.byFileAndDrug.get(`${statement.source.file} ${key}`) ?? this.byDrug.get(key) ?? [];
    return rows.filter(
      (row) => sameSubstance(statement, row) && (!this.phased.has(row.regimen) || row.phase === statement.phase),
    );
  }

  /** The row that agrees with the statement, or else the nearest one; null when none could apply. */
  match(statement: DoseStatementNode): TreatmentMatch | null {
    if (!this.matches.has(statement.id)) {
      let best: (TreatmentMatch & { agreeing: number }) | null = null;
      for (const component of this.candidates(statement)) {
        const differences = differingFields(statement, component);
        const agreeing = agreeingFields(statement, component);
        const better = !best || differences.length < best.differences.length || (differences.length === best.differences.length && agreeing > best.agreeing);
        if (better) best = { component, differences, agreeing };
      }
      this.matches.set(statement.id, best && { component: best.component, differences: best.differences });
    }
    return this.matches.get(statement.id)!;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
