/**
 * Counts units of work (characters scanned, tokens inspected) so that tests can assert that
 * reading doses is linear in the input without timing anything.
 */
export interface WorkCounter {
  steps: number;
}

export function createWorkCounter(): WorkCounter {
  return { steps: 0 };
}
