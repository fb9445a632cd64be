import type { DoseDiagnostic } from '../dose-types.js';
import type { TokenStream } from '../grammar/token-stream.js';
import { roleFinding } from './attribution-findings.js';
import type { Draft } from './draft.js';

/**
 * Drugs for bone diseases (ATC M05): the bisphosphonates (M05BA: zoledronic acid, pamidronate,
 * ibandronate, clodronate, alendronate, risedronate) and denosumab (M05BX04). The same drug is
 * the treatment of a bone disease (osteoporosis, Paget's disease) and supportive care in cancer
 * (bone metastases, hypercalcaemia of malignancy, myeloma bone disease).
 */
const BONE_AGENTS = ['M05BA', 'M05BX04'];

/** Words (the start of a word) that name a bone disease the drug treats: its role is `therapy`. */
const BONE_DISEASE =
  // Aclasta (zoledronic acid) and Prolia (denosumab) are authorised only for osteoporosis, Paget's
  // disease and bone loss (EMA, EPAR Aclasta https://www.ema.europa.eu/en/medicines/human/EPAR/aclasta
  // and EPAR Prolia https://www.ema.europa.eu/en/medicines/human/EPAR/prolia, section 4.1).
  /(?<![\p{L}])(?:osteopor|benskör|paget|frakturrisk|fragilitetsfraktur|aclasta|prolia)/iu;

/** Words that place the drug in cancer care (bone metastases, hypercalcaemia, myeloma): `supportive`. */
const CANCER_CARE =
  /(?<![\p{L}])(?:skelettmetasta|benmetasta|skelettrelatera|skelettkomplikation|hyperkalc|hyperkalk|myelom|bone\s+metasta|skeletal[\s-]+related|hypercalc|myeloma)/iu;

type Indication = 'bone-disease' | 'cancer-care';

/**
 * Decides the role of each dose of a bone agent from the words of its sentence, else of the
 * nearest heading that names an indication: a bone disease makes it `therapy`, cancer care
 * `supportive`. A dose whose sentence and headings name neither (or both) is published without a
 * role and reported, as the lexicon's `supportive` would be a guess. Other doses are left alone.
 */
export function boneAgentRoles(
  drafts: readonly Draft[],
  text: string,
  stream: TokenStream,
  sentenceSpans: readonly { first: number; next: number }[],
  headings: string | readonly string[] | undefined,
): DoseDiagnostic[] {
  const findings: DoseDiagnostic[] = [];
  let fromHeadings: Indication | null | undefined;
  for (const draft of drafts) {
    const atc = draft.drugEntry?.atc.code ?? '';
    if (draft.dose.drugRole !== 'supportive' || !BONE_AGENTS.some((code) => atc.startsWith(code))) continue;
    const span = sentenceSpans[draft.sentence];
    const sentence = span === undefined ? '' : text.slice(stream.startOf(span.first), stream.endOf(span.next - 1));
    const indication = indicationIn(sentence) ?? (fromHeadings ??= headingIndication(headings));
    if (indication === 'bone-disease') draft.dose.drugRole = 'therapy';
    if (indication !== null) continue;
    draft.dose.drugRole = null;
    const start = stream.startOf(draft.first);
    const end = stream.endOf(draft.amountNext - 1);
    findings.push(roleFinding('bone-agent-without-indication', text.slice(start, end), start, end));
  }
  return findings;
}

/** The indication a text names; null when it names none, or both (which cannot decide). */
function indicationIn(text: string): Indication | null {
  const disease = BONE_DISEASE.test(text);
  const cancer = CANCER_CARE.test(text);
  if (disease === cancer) return null;
  return disease ? 'bone-disease' : 'cancer-care';
}

/** The indication of the nearest heading that names one, when it names exactly one. */
function headingIndication(headings: string | readonly string[] | undefined): Indication | null {
  const list = headings === undefined ? [] : typeof headings === 'string' ? [headings] : headings;
  for (const heading of list) {
    const disease = BONE_DISEASE.test(heading);
    if (disease || CANCER_CARE.test(heading)) return indicationIn(heading);
  }
  return null;
}
