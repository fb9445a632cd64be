import type { LocalizedText } from '@guideline-as-code/model';

/**
 * Findings reported while the sources are read, before any rule runs: the text could not be
 * read as intended. Listed here so that they are documented with the rules, and so that a
 * `guideline-ignore` comment may name them.
 */
export const readingFindings: Readonly<Record<string, LocalizedText>> = {
  encoding: { en: 'A file that is not valid UTF-8.', sv: 'En fil som inte är giltig UTF-8.' },
  'control-character': { en: 'A NUL character in a file.', sv: 'Ett NUL-tecken i en fil.' },
  'path-outside-sources': { en: 'A file that points outside guideline-src/ (a symbolic link or `..`).', sv: 'En fil som pekar utanför guideline-src/ (en symbolisk länk eller `..`).' },
  'unreadable-file': { en: 'A file that cannot be read.', sv: 'En fil som inte går att läsa.' },
  'yaml-syntax': { en: 'YAML that cannot be read.', sv: 'YAML som inte går att läsa.' },
  'yaml-forbidden-key': { en: 'A `__proto__`, `constructor` or `prototype` key in YAML (also in the drug lexicon).', sv: 'En nyckel `__proto__`, `constructor` eller `prototype` i YAML (även i läkemedelslexikonet).' },
  'missing-metadata': { en: 'A guideline without guideline.yaml.', sv: 'Ett vårdprogram utan guideline.yaml.' },
  'section-number': { en: 'A heading without a section number, or text before the first heading.', sv: 'En rubrik utan avsnittsnummer, eller text före första rubriken.' },
  'heading-depth': { en: 'A heading level that does not match its section number.', sv: 'En rubriknivå som inte stämmer med avsnittsnumret.' },
  'malformed-directive': { en: 'A line starting with `:::` that opens no valid block.', sv: 'En rad som börjar med `:::` men inte öppnar något giltigt block.' },
  'unclosed-directive': { en: 'A block without its closing `:::`.', sv: 'Ett block som saknar sitt avslutande `:::`.' },
  'unknown-directive': { en: 'A block name the convention does not know.', sv: 'Ett blocknamn som konventionen inte känner till.' },
  'unsupported-markdown': { en: 'Markdown that is not guideline text (code, raw HTML).', sv: 'Markdown som inte är riktlinjetext (kod, rå HTML).' },
  'malformed-table': { en: 'Lines that look like a table but have no valid delimiter row.', sv: 'Rader som ser ut som en tabell men saknar giltig avgränsarrad.' },
  'nesting-depth': { en: 'Lists or block quotes nested deeper than 32 levels.', sv: 'Listor eller citat nästlade djupare än 32 nivåer.' },
  'config-syntax': { en: 'A guideline.config.json that is not valid JSON.', sv: 'En guideline.config.json som inte är giltig JSON.' },
  'config-shape': { en: 'A setting for a rule that does not exist in guideline.config.json (what the file may hold is checked by its schema).', sv: 'En inställning för en regel som inte finns i guideline.config.json (vad filen får innehålla kontrolleras av dess schema).' },
  'config-forbidden-key': { en: 'A `__proto__`-like key in guideline.config.json.', sv: 'En nyckel som `__proto__` i guideline.config.json.' },
  'recommendation-box': { en: 'A recommendation box that holds more than a list.', sv: 'En rekommendationsruta som innehåller mer än en lista.' },
  'invisible-character': { en: 'Invisible characters (zero-width spaces) in the text.', sv: 'Osynliga tecken (mellanslag med nollbredd) i texten.' },
  'decomposed-character': { en: 'Letters written as a letter plus an accent mark (å as a + ring).', sv: 'Bokstäver skrivna som bokstav plus accenttecken (å som a + ring).' },
  'unknown-drug': { en: 'A word next to a dose that is not a drug in the lexicon.', sv: 'Ett ord intill en dos som inte är ett läkemedel i lexikonet.' },
  'dose-without-drug': { en: 'A dose whose sentence names no drug.', sv: 'En dos vars mening inte anger något läkemedel.' },
  'regimen-table': { en: 'A regimen block whose table cannot be read.', sv: 'Ett regimblock vars tabell inte går att läsa.' },
  'rule-condition': { en: 'A decision rule whose condition cannot be read or names an unknown fact or value.', sv: 'En beslutsregel vars villkor inte går att läsa eller anger ett okänt faktum eller värde.' },
  'rule-target': { en: 'A decision rule whose recommendation cannot be told.', sv: 'En beslutsregel där det inte går att avgöra vilken rekommendation den gäller.' },
  'trial-registry-conflict': { en: 'A trial given two different NCT ids.', sv: 'En studie med två olika NCT-nummer.' },
  'suppression-format': { en: 'A `guideline-ignore` comment without rule or reason, or whose quoted text is gone.', sv: 'En `guideline-ignore`-kommentar utan regel eller skäl, eller vars citerade text inte finns kvar.' },
  'lexicon-invalid-value': { en: 'A plausible range in the lexicon that goes backwards or lacks its dose kind (what a lexicon file may hold is checked by its schema).', sv: 'Ett rimlighetsintervall i lexikonet som går baklänges eller saknar sitt doseringssätt (vad en lexikonfil får innehålla kontrolleras av dess schema).' },
  'lexicon-duplicate-name': { en: 'A drug name used by two lexicon entries.', sv: 'Ett läkemedelsnamn som används av två lexikonposter.' },
  'lexicon-duplicate-id': { en: 'A lexicon id used twice.', sv: 'Ett lexikon-id som används två gånger.' },
};
