import type { Draft } from './draft.js';

/**
 * Gives a regimen named in parentheses after a statement (`… 175 mg/m2 (KarPak)`) to that
 * statement and to the statements combined with it (`karboplatin AUC5 /paklitaxel …`). The
 * open statement is always the newest draft, so walking back from the end is linear overall:
 * each draft is given a regimen at most once.
 */
export function nameRegimen(drafts: readonly Draft[], regimen: string, text: string): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const dose = drafts[i]?.dose;
    if (dose === undefined || dose.regimen !== null) break;
    dose.regimen = regimen;
    dose.regimenText = text;
    if (dose.link !== 'with' && dose.link !== 'slash') break;
  }
}
