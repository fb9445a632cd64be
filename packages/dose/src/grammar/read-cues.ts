import type { Match, TokenStream } from './token-stream.js';

const LOADING = [['laddningsdos'], ['laddningsdosen'], ['startdos'], ['loading', 'dose'], ['initial', 'dose']];
const MAINTENANCE = [['underhållsdos'], ['underhållsdosen'], ['underhållsbehandling'], ['maintenance', 'dose'], ['maintenance']];

/** `laddningsdos 8 mg/kg`, `underhållsdos 6 mg/kg`: the phase of the amount that follows. */
export function readPhaseCue(stream: TokenStream, at: number): Match<'loading' | 'maintenance'> | null {
  const loading = stream.phrase(at, LOADING);
  if (loading !== -1) return { value: 'loading', next: loading };
  const maintenance = stream.phrase(at, MAINTENANCE);
  return maintenance === -1 ? null : { value: 'maintenance', next: maintenance };
}

const PREMEDICATION = [
  ['premedicering'], ['premedicinering'], ['premedicin'], ['premedication'], ['premedicated'],
  ['före', 'behandling'], ['före', 'behandlingen'], ['före', 'infusion'], ['före', 'infusionen'], ['före', 'kemoterapi'],
  ['före', 'cytostatika'], ['före', 'start'], ['innan', 'behandling'], ['innan', 'infusionen'], ['before', 'infusion'],
  ['before', 'treatment'], ['before', 'chemotherapy'],
];

/** `före behandling`, `premedicering`: a supportive drug in the sentence is given as premedication. */
export function readPremedicationCue(stream: TokenStream, at: number): Match<true> | null {
  const next = stream.phrase(at, PREMEDICATION);
  return next === -1 ? null : { value: true, next };
}
