import { findingsOf } from './finding-definition.js';

/** Findings of the dose grammar while it reads the doses in a sentence. */
export const doseFindings = findingsOf('dose', {
  'unknown-drug': {
    severity: 'error',
    summary: { en: 'A word next to a dose that is not a drug in the lexicon.', sv: 'Ett ord intill en dos som inte är ett läkemedel i lexikonet.' },
    why: {
      en: 'The tool never guesses a drug: a dose whose drug it does not know is not published until the drug is added to the lexicon or the name corrected.',
      sv: 'Verktyget gissar aldrig ett läkemedel: en dos vars läkemedel det inte känner till publiceras inte förrän läkemedlet läggs till i lexikonet eller namnet rättas.',
    },
  },
  'dose-without-drug': {
    severity: 'warning',
    summary: { en: 'A dose whose sentence names no drug.', sv: 'En dos vars mening inte anger något läkemedel.' },
    why: {
      en: 'A dose is published only with the drug it belongs to; a dose whose sentence names none is not published, and the editor should say which drug is meant.',
      sv: 'En dos publiceras bara tillsammans med sitt läkemedel; en dos vars mening inte anger något publiceras inte, och redaktören bör ange vilket läkemedel som avses.',
    },
  },
  'dose-ambiguous': {
    severity: 'warning',
    summary: { en: 'A dose that may belong to more than one drug.', sv: 'En dos som kan höra till mer än ett läkemedel.' },
    why: {
      en: 'A dose after a list of drugs (`cisplatin eller karboplatin 75 mg/m2`) could belong to any of them; the tool does not guess, so the dose is published without a drug until the text names one.',
      sv: 'En dos efter en uppräkning av läkemedel (`cisplatin eller karboplatin 75 mg/m2`) kan höra till vilket som helst av dem; verktyget gissar inte, så dosen publiceras utan läkemedel tills texten anger ett.',
    },
  },
  'dose-partial-reading': {
    severity: 'warning',
    summary: {
      en: 'A dose phrase the grammar read only in part: schedule words or numbers next to the dose were left over.',
      sv: 'En dosfras som grammatiken bara läste delvis: schemaord eller tal intill dosen blev över.',
    },
    why: {
      en: 'A dose published with a schedule, cycle or day the tool could not read would look complete while it is not; the leftover words are reported so that the editor can rewrite them in a form the grammar reads, or the grammar can learn the form.',
      sv: 'En dos som publiceras utan ett schema, en cykel eller en dag som verktyget inte kunde läsa ser fullständig ut fast den inte är det; de överblivna orden rapporteras så att redaktören kan skriva om dem i en form som grammatiken läser, eller grammatiken kan lära sig formen.',
    },
  },
});
