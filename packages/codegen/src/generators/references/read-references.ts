import type { CitationNode, GraphIndex, MentionNode, ReferenceNode, StatementNode, TrialNode } from '@guideline-as-code/model';
import type { CitationPlace, CslItem, Reference, Trial, TrialMention } from '../../runtime/reference-types.js';
import type { SourceTexts } from '../../source-texts.js';
import { FieldReader } from '../fields.js';

/** The reference list in its order, each with the places that cite it. */
export function readReferences(index: GraphIndex, texts: SourceTexts): Reference[] {
  return index.ofType('reference').map((reference) => ({
    id: reference.key,
    number: reference.number,
    csl: reference.csl as CslItem,
    notStated: [...reference.notStated],
    source: texts.span(reference.source),
    citedAt: citations(reference, index, texts),
  }));
}

function citations(reference: ReferenceNode, index: GraphIndex, texts: SourceTexts): CitationPlace[] {
  return index
    .sources(reference.id, 'cites')
    .filter((node): node is CitationNode => node.type === 'citation')
    .map((citation) => {
      const statement = index.sources(citation.id, 'contains').find((node): node is StatementNode => node.type === 'statement');
      const section = statement ? index.get(statement.section) : undefined;
      return {
        id: citation.id,
        section: section?.type === 'section' ? section.number : '',
        sentence: statement?.text ?? '',
        source: texts.span(citation.source),
      };
    });
}

/** The trials the text names, with their NCT ids where the text gives them and every mention. */
export function readTrials(index: GraphIndex, texts: SourceTexts): Trial[] {
  const fields = new FieldReader(texts);
  const trialsFile = index.ofType('trial')[0]?.source.file;
  const listed = trialsFile ? (texts.yamlData(trialsFile) as unknown[]) : [];
  return index.ofType('trial').map((trial) => {
    const key = trial.id.slice('trial:'.length);
    const position = Array.isArray(listed) ? listed.findIndex((entry) => (entry as { id?: unknown } | null)?.id === key) : -1;
    const mentions = mentionsOf(trial, index, texts);
    return {
      id: key,
      name: fields.stated(trial.name, position === -1 ? texts.span(trial.source) : texts.yamlValue(trial.source.file, [position, 'name'])),
      aliases: [...trial.aliases],
      nct: trial.nct === null ? fields.notStated(null) : fields.stated(trial.nct, nctSource(trial, trial.nct, index, texts)),
      mentionedAt: mentions,
    };
  });
}

function mentionsOf(trial: TrialNode, index: GraphIndex, texts: SourceTexts): TrialMention[] {
  return index
    .sources(trial.id, 'refersTo')
    .filter((node): node is MentionNode => node.type === 'mention')
    .map((mention) => ({ text: mention.text, source: texts.span(mention.source) }));
}

/** Where the chapter writes the NCT id: in a sentence that names the trial (that is where the parser read it). */
function nctSource(trial: TrialNode, nct: string, index: GraphIndex, texts: SourceTexts) {
  for (const statement of index.sources(trial.id, 'mentions')) {
    const found = texts.find(statement.source, nct);
    if (found) return found;
  }
  for (const statement of index.ofType('statement')) {
    const found = texts.find(statement.source, nct);
    if (found) return found;
  }
  throw new Error(`Trial \`${trial.name}\` has NCT id ${nct}, but no sentence of the text states it.`);
}
