import { findingsOf } from './finding-definition.js';

/** Findings about files and YAML, reported while the sources are read, before any rule runs. */
export const readingFileFindings = findingsOf('reading', {
  encoding: {
    severity: 'error',
    summary: { en: 'A file that is not valid UTF-8.', sv: 'En fil som inte är giltig UTF-8.' },
    why: {
      en: 'Bytes that are not UTF-8 would be read as other letters than the editor wrote; the file is not read until it is saved as UTF-8.',
      sv: 'Byte som inte är UTF-8 skulle läsas som andra bokstäver än redaktören skrev; filen läses inte förrän den sparas som UTF-8.',
    },
  },
  'control-character': {
    severity: 'error',
    summary: { en: 'A NUL character in a file.', sv: 'Ett NUL-tecken i en fil.' },
    why: {
      en: 'A NUL character is never part of guideline text; it is a sign of a damaged or binary file.',
      sv: 'Ett NUL-tecken hör aldrig till riktlinjetext; det tyder på en skadad fil eller en binärfil.',
    },
  },
  'path-outside-sources': {
    severity: 'error',
    summary: { en: 'A file that points outside guideline-src/ (a symbolic link or `..`).', sv: 'En fil som pekar utanför guideline-src/ (en symbolisk länk eller `..`).' },
    why: {
      en: 'Everything published must come from the reviewed sources; a link to a file elsewhere would publish text no editor reviewed.',
      sv: 'Allt som publiceras ska komma från de granskade källorna; en länk till en fil någon annanstans skulle publicera text som ingen redaktör granskat.',
    },
  },
  'unreadable-file': {
    severity: 'error',
    summary: { en: 'A file that cannot be read.', sv: 'En fil som inte går att läsa.' },
    why: {
      en: 'A file that cannot be read (permissions, a directory where a file should be) would otherwise be left out in silence.',
      sv: 'En fil som inte går att läsa (behörigheter, en mapp där en fil borde finnas) skulle annars utelämnas i tysthet.',
    },
  },
  'yaml-syntax': {
    severity: 'error',
    summary: { en: 'YAML that cannot be read.', sv: 'YAML som inte går att läsa.' },
    why: {
      en: 'References, trials and metadata are read from YAML; text that is not valid YAML cannot be read as intended.',
      sv: 'Referenser, studier och metadata läses från YAML; text som inte är giltig YAML kan inte läsas som avsett.',
    },
  },
  'yaml-forbidden-key': {
    severity: 'error',
    summary: { en: 'A `__proto__`, `constructor` or `prototype` key in YAML.', sv: 'En nyckel `__proto__`, `constructor` eller `prototype` i YAML.' },
    why: {
      en: 'These keys can change how JavaScript reads every other object; they are never data, so they are dropped and reported.',
      sv: 'De här nycklarna kan ändra hur JavaScript läser alla andra objekt; de är aldrig data, så de tas bort och rapporteras.',
    },
  },
  'source-shape': {
    severity: 'error',
    summary: { en: 'A YAML file whose fields are missing, mistyped or unknown.', sv: 'En YAML-fil med saknade, felaktiga eller okända fält.' },
    why: {
      en: 'A misspelt or mistyped field would otherwise be ignored, and its value would be missing from the published packages.',
      sv: 'Ett felstavat eller felaktigt fält skulle annars ignoreras, och dess värde skulle saknas i de publicerade paketen.',
    },
  },
  'missing-metadata': {
    severity: 'error',
    summary: { en: 'A guideline without guideline.yaml.', sv: 'Ett vårdprogram utan guideline.yaml.' },
    why: {
      en: 'The guideline’s id, title, publisher, language and edition come from guideline.yaml; the published packages name them.',
      sv: 'Vårdprogrammets id, titel, utgivare, språk och utgåva kommer från guideline.yaml; de publicerade paketen anger dem.',
    },
  },
  'trial-registry-conflict': {
    severity: 'error',
    summary: { en: 'A trial given two different NCT ids.', sv: 'En studie med två olika NCT-nummer.' },
    why: {
      en: 'A trial has one registration; two ids mean that one of them points at another trial.',
      sv: 'En studie har en registrering; två nummer betyder att ett av dem pekar på en annan studie.',
    },
  },
});
