import type { Reference, Trial } from '../../runtime/reference-types.js';
import type { DocFor } from '../../typescript/literal-expression.js';

/** JSDoc for the references literal: each reference with the sentences that cite it. */
export function referenceDocs(references: readonly Reference[]): DocFor {
  const byKey = new Map(references.map((reference) => [reference.id, reference]));
  return (path) => {
    const reference = path.length === 1 && typeof path[0] === 'string' ? byKey.get(path[0]) : undefined;
    if (!reference) return undefined;
    const missing = reference.notStated.length > 0 ? `\n\nNot stated by the sources: ${reference.notStated.join(', ')}.` : '';
    const cited = reference.citedAt.map((place) => `- ${place.section}: ${place.sentence.value}`);
    return [`Reference ${reference.id}, cited ${cited.length} time(s):`, ...cited].join('\n') + missing + `\n\nSource: ${reference.source.file}:${reference.source.start.line}`;
  };
}

/** JSDoc for the trials literal: each trial's name, NCT id and first mention. */
export function trialDocs(trials: readonly Trial[]): DocFor {
  const byKey = new Map(trials.map((trial) => [trial.id, trial]));
  return (path) => {
    const trial = path.length === 1 && typeof path[0] === 'string' ? byKey.get(path[0]) : undefined;
    if (!trial) return undefined;
    const nct = trial.nct.notStated ? 'NCT id not stated' : trial.nct.value;
    const first = trial.mentionedAt[0];
    return [`${trial.name.value} (${nct}).`, ...(first ? ['', `\`${first.text}\`: ${first.source.file}:${first.source.start.line}`] : [])].join('\n');
  };
}
