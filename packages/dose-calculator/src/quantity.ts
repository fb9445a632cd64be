/**
 * A number with its unit. The unit is a UCUM code, case-sensitive, e.g. `cm`, `[in_i]`, `kg`,
 * `[lb_av]`, `mL/min`, `m2`, `mg`, `mg/m2`, `mg/kg` or `mg/mL.min` (the carboplatin target AUC:
 * UCUM reads it as (mg/mL)·min).
 *
 * The calculator narrows `U` for what it returns, so `Quantity<'mg'>` is always in milligrams.
 */
export interface Quantity<U extends string = string> {
  readonly value: number;
  readonly unit: U;
}
