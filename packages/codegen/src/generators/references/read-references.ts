import type { CitationNode, GraphIndex, MentionNode, ReferenceNode, StatementNode, TrialNode } from '@guideline-as-code/model';
import type { CitationPlace, CslItem, Reference, Trial, TrialMention } from '../../runtime/reference-types.js';

/** The reference list in its order, each with its fields' spans and the places that cite it. */
export function readReferences(index: GraphIndex): Reference[] {
  return index.ofType('reference').map((reference) => ({
    id: reference.key,
    number: reference.number,
    csl: reference.csl as CslItem,
    notStated: [...reference.notStated],
    fields: reference.fields,
    source: reference.source,
    citedAt: citations(reference, index),
  }));
}

function citations(reference: ReferenceNode, index: GraphIndex): CitationPlace[] {
  return index
    .sources(reference.id, 'cites')
    .filter((node): node is CitationNode => node.type === 'citation')
    .map((citation) => {
      const statement = index.sources(citation.id, 'contains').find((node): node is StatementNode => node.type === 'statement');
      const section = statement ? index.get(statement.section) : undefined;
      // A citation always stands in a statement; a graph that breaks this gets an empty sentence at the citation.
      const sentence = statement?.text ?? { notStated: false as const, value: '', source: citation.source, text: '' };
      return { id: citation.id, section: section?.type === 'section' ? section.number : '', sentence, source: citation.source };
    });
}

/** The trials the text names, with their NCT ids where the text gives them, and every mention. */
export function readTrials(index: GraphIndex): Trial[] {
  return index.ofType('trial').map((trial) => ({
    id: trial.id.slice('trial:'.length),
    name: trial.name,
    aliases: [...trial.aliases],
    nct: trial.nct,
    mentionedAt: mentionsOf(trial, index),
  }));
}

function mentionsOf(trial: TrialNode, index: GraphIndex): TrialMention[] {
  return index
    .sources(trial.id, 'refersTo')
    .filter((node): node is MentionNode => node.type === 'mention')
    .map((mention) => ({ text: mention.text, source: mention.source }));
}
