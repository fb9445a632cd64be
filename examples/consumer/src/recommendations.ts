import type { Patient } from './patient.js';

/**
 * The recommendations that apply to the patient, one line each with its evidence grade, from
 * the decision rules of `@rcc-livmoderkroppscancer/rules` (with the regimens each gives).
 *
 * Empty until the rules package is published: its evaluator is what decides that a
 * recommendation applies (e.g. dostarlimab for dMMR recurrence after platinum). This example
 * does not guess it from the text.
 */
export function recommendationLines(_patient: Patient): string[] {
  return [];
}
