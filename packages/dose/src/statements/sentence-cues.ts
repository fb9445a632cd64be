import type { Element } from '../grammar/scan-elements.js';
import type { SentenceState } from './sentence-state.js';

/**
 * Notes a cue that changes how later amounts of the sentence are read (a threshold, a limit, a
 * phase, a regimen name, a compound name, premedication, product content, an overdose, the preparation of a vial, a dosing verb). Returns false for any other element.
 */
export function noteCue(sentence: SentenceState, element: Element): boolean {
  switch (element.kind) {
    case 'threshold':
      sentence.thresholdNext = element.next;
      return true;
    case 'equivalence':
      // An amount restating a dose before it, or a salt named right before it (`Betametason-
      // natriumfosfat motsvarande 0,5 mg betametason`), is no dose; with neither, it is the dose.
      if (sentence.lastInSentence !== null || element.ofSalt) sentence.thresholdNext = element.next;
      return true;
    case 'name-cue':
      sentence.nameCueNext = element.next;
      return true;
    case 'limit-cue':
      sentence.limitCue = element.limit;
      return true;
    case 'phase-cue':
      sentence.phaseCue = { kind: element.phase, next: element.next };
      return true;
    case 'compound':
      sentence.compound = element;
      return true;
    case 'premedication-cue':
      // `premedicering` outranks a mere `före behandling` in the same sentence.
      if (sentence.premedicationCue !== 'explicit') sentence.premedicationCue = element.cue;
      return true;
    case 'content-cue':
      sentence.contentFrom = element.next;
      return true;
    case 'overdose-cue':
      sentence.overdose = true;
      return true;
    case 'preparation-cue':
      sentence.preparation = true;
      return true;
    case 'dosing-cue':
      sentence.dosingCue = true;
      return true;
    case 'strength':
      return true;
    default:
      return false;
  }
}
