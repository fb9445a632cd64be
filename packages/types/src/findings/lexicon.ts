import type { FindingEntry } from './finding-definition.js';
import { findingsOf } from './finding-definition.js';

const why = {
  en: 'The drug lexicon decides which words are drugs and which doses are plausible; a fact read wrongly there would be wrong for every guideline.',
  sv: 'Läkemedelslexikonet avgör vilka ord som är läkemedel och vilka doser som är rimliga; ett faktum som läses fel där blir fel i varje vårdprogram.',
};

function lexiconFinding(en: string, sv: string): FindingEntry {
  return { severity: 'error', summary: { en, sv }, why };
}

/** Findings about the drug lexicon files (guideline-src/lexicon/*.yaml and the substance index atc-index.tsv). */
export const lexiconFindings = findingsOf('lexicon', {
  'lexicon-invalid-value': lexiconFinding('A plausible range that runs backwards, or whose unit needs a dose kind the entry does not list (what the schema cannot say).', 'Ett rimligt intervall som går baklänges, eller vars enhet kräver ett doseringssätt som posten inte anger (det som schemat inte kan uttrycka).'),
  'lexicon-duplicate-name': lexiconFinding('A drug name used by two lexicon entries.', 'Ett läkemedelsnamn som används av två lexikonposter.'),
  'lexicon-duplicate-id': lexiconFinding('A lexicon id used twice.', 'Ett lexikon-id som används två gånger.'),
  'lexicon-index-row': lexiconFinding(
    'A line of the substance index (`guideline-src/lexicon/atc-index.tsv`) that cannot be read: wrong number of columns, an id that is not lower-case words joined by hyphens, an empty name, or an ATC code that is not a level-5 code. The line is left out.',
    'En rad i substansindexet (`guideline-src/lexicon/atc-index.tsv`) som inte kan läsas: fel antal kolumner, ett id som inte är gemena ord förenade med bindestreck, ett tomt namn eller en ATC-kod som inte är en kod på nivå 5. Raden används inte.',
  ),
});
