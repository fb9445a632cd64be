import type { FindingEntry } from './finding-definition.js';
import { findingsOf } from './finding-definition.js';

const why = {
  en: 'The drug lexicon decides which words are drugs and which doses are plausible; a fact read wrongly there would be wrong for every guideline.',
  sv: 'Läkemedelslexikonet avgör vilka ord som är läkemedel och vilka doser som är rimliga; ett faktum som läses fel där blir fel i varje vårdprogram.',
};

function lexiconFinding(en: string, sv: string): FindingEntry {
  return { severity: 'error', summary: { en, sv }, why };
}

/** Findings about the drug lexicon files (guideline-src/lexicon/*.yaml). */
export const lexiconFindings = findingsOf('lexicon', {
  'lexicon-yaml-syntax': lexiconFinding('A lexicon file that is not valid YAML.', 'En lexikonfil som inte är giltig YAML.'),
  'lexicon-unknown-key': lexiconFinding('An unknown key in a lexicon file.', 'En okänd nyckel i en lexikonfil.'),
  'lexicon-forbidden-key': lexiconFinding('A `__proto__`-like key in a lexicon file.', 'En nyckel som `__proto__` i en lexikonfil.'),
  'lexicon-missing-key': lexiconFinding('A lexicon entry without a required field.', 'En lexikonpost som saknar ett obligatoriskt fält.'),
  'lexicon-missing-source': {
    severity: 'error',
    summary: { en: 'A lexicon fact without its source.', sv: 'Ett lexikonfaktum utan källa.' },
    why: {
      en: 'Every fact in the lexicon (ATC code, plausible range) names where it comes from (WHO ATC index, the product’s SmPC), so that it can be checked.',
      sv: 'Varje faktum i lexikonet (ATC-kod, rimligt intervall) anger var det kommer ifrån (WHO:s ATC-index, produktresumén), så att det går att kontrollera.',
    },
  },
  'lexicon-invalid-value': lexiconFinding('A lexicon value of the wrong form (ATC code, unit, range).', 'Ett lexikonvärde i fel form (ATC-kod, enhet, intervall).'),
  'lexicon-duplicate-name': lexiconFinding('A drug name used by two lexicon entries.', 'Ett läkemedelsnamn som används av två lexikonposter.'),
  'lexicon-duplicate-id': lexiconFinding('A lexicon id used twice.', 'Ett lexikon-id som används två gånger.'),
});
