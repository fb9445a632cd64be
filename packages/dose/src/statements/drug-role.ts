import type { DrugRole } from '../dose-types.js';
import type { PremedicationCue } from '../grammar/read-cues.js';
import type { Element } from '../grammar/scan-elements.js';
import type { TokenStream } from '../grammar/token-stream.js';
import type { Draft } from './draft.js';

/** ATC group of antiemetics (A04); the labelling guide keeps them supportive when merely given before treatment. */
const ANTIEMETICS = 'A04';
/**
 * Calcium folinate and levofolinate (V03AF03, V03AF04): with fluorouracil in the sentence they
 * modulate it (FOLFOX, FOLFIRI), part of the therapy; elsewhere a rescue (after methotrexate),
 * supportive.
 */
const FOLINATES = ['V03AF03', 'V03AF04'];

/**
 * The role of a dose's drug, from the lexicon's role: anticancer and endocrine drugs are
 * therapy. A supportive drug is premedication when its sentence names premedication
 * (`premedicering`, `premedicinering`), or says it is given before the treatment (`före
 * behandling`, `före infusionen`) unless it is an antiemetic (ATC A04: `ondansetron 8 mg före
 * kemoterapi` stays supportive, as antiemetics are in the corpus's labelling guide). A drug the
 * lexicon knows without a role (a substance of the ATC index: `T. Cetirizin 10 mg`) is
 * premedication on the same cues, as the sentence says so, and has no role otherwise. A folinate
 * in a sentence that also gives fluorouracil is therapy (`withFluorouracil`). Null for
 * radiotherapy and unknown drugs.
 */
export function drugRoleOf(draft: Draft, cue: PremedicationCue | null, withFluorouracil = false): DrugRole | null {
  const entry = draft.drugEntry;
  if (entry === null) return null;
  switch (entry.role) {
    case 'antineoplastic':
    case 'endocrine':
      return 'therapy';
    case 'supportive':
      if (withFluorouracil && FOLINATES.includes(entry.atc.code)) return 'therapy';
      return givenAsPremedication(entry.atc.code, cue) ? 'premedication' : 'supportive';
    case 'diluent':
      return 'diluent';
    case null:
      return givenAsPremedication(entry.atc.code, cue) ? 'premedication' : null;
  }
}

/** Systemic corticosteroids (ATC H02AB). */
const CORTICOSTEROIDS = 'H02AB';

/** What the other drugs of a dose's sentence say about its role. */
export interface SentenceDrugs {
  /** An anticancer or endocrine drug, or a regimen, is dosed in the sentence. */
  anticancer: boolean;
  /** Fluorouracil is named: a folinate beside it modulates it. */
  fluorouracil: boolean;
  /** Methotrexate is named: a folinate beside it is a rescue. */
  methotrexate: boolean;
}

/** Why the role of a dose cannot be read from its sentence (see `unclearRole` and `boneAgentRoles`). */
export type UnclearRole = 'corticosteroid-beside-anticancer' | 'folinate-without-partner' | 'bone-agent-without-indication';

/**
 * Whether the role the lexicon gives is one the sentence cannot confirm, and why; null when it can.
 * - `Bortezomib 1,3 mg/m2 … + dexametason 20 mg`, `Paklitaxel 175 mg/m2 + dexametason 20 mg`: a
 *   corticosteroid dosed beside an anticancer drug, with nothing saying it is given before the
 *   treatment, is part of the treatment in some regimens (myeloma, lymphoma, prostate cancer) and
 *   premedication or symptom relief in others.
 * - `Kalciumfolinat 200 mg/m2 iv dag 1`: a folinate is part of the treatment beside fluorouracil
 *   (it modulates it) and a rescue after methotrexate; a sentence that names neither cannot tell.
 * The caller publishes such a dose without a role and reports it.
 */
export function unclearRole(draft: Draft, role: DrugRole | null, sentence: SentenceDrugs): UnclearRole | null {
  if (role !== 'supportive') return null;
  const atc = draft.drugEntry?.atc.code ?? '';
  if (sentence.anticancer && atc.startsWith(CORTICOSTEROIDS)) return 'corticosteroid-beside-anticancer';
  if (FOLINATES.includes(atc) && !sentence.fluorouracil && !sentence.methotrexate) return 'folinate-without-partner';
  return null;
}

/** Whether a draft is a dose of an anticancer or endocrine drug (or of a regimen). */
function isAnticancerDose(draft: Draft): boolean {
  const role = draft.drugEntry?.role;
  return draft.dose.regimen !== null || role === 'antineoplastic' || role === 'endocrine';
}

function givenAsPremedication(atcCode: string, cue: PremedicationCue | null): boolean {
  return cue === 'explicit' || (cue === 'timing' && !atcCode.startsWith(ANTIEMETICS));
}

/** What the other drugs of a sentence say about the roles of its doses (see `unclearRole`). */
export function sentenceDrugs(drafts: readonly Draft[], mentions: readonly Element[]): SentenceDrugs {
  return { anticancer: drafts.some(isAnticancerDose), fluorouracil: namesDrug(mentions, 'fluorouracil'), methotrexate: namesDrug(mentions, 'methotrexate') };
}

/** Whether the mentions of a sentence name the drug with this lexicon id. */
function namesDrug(mentions: readonly Element[], id: string): boolean {
  return mentions.some((element) => element.kind === 'mention' && element.entry.id === id);
}

/** Words that say a drug is given before another (`före paklitaxel`, `innan cisplatin`). */
const BEFORE = ['före', 'innan', 'before', 'prior'];

/** `… före paklitaxel`: a mention of an anticancer drug or regimen right after `före`, a premedication cue. */
export function givenBeforeAnticancer(stream: TokenStream, element: Extract<Element, { kind: 'mention' }>): boolean {
  const entry = element.entry;
  const anticancer = entry.kind === 'regimen' || entry.role === 'antineoplastic' || entry.role === 'endocrine';
  return anticancer && stream.isWord(element.first - 1, BEFORE);
}
