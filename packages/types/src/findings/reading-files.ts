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
  'json-syntax': {
    severity: 'error',
    summary: { en: 'JSON that cannot be read (e.g. `guideline.config.json`).', sv: 'JSON som inte går att läsa (t.ex. `guideline.config.json`).' },
    why: {
      en: 'Settings are read from JSON; text that is not valid JSON cannot be read as intended, so the file is not used.',
      sv: 'Inställningar läses från JSON; text som inte är giltig JSON kan inte läsas som avsett, så filen används inte.',
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
