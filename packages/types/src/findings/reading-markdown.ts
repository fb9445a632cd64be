import { findingsOf } from './finding-definition.js';

/** Findings about a chapter's Markdown, reported while it is read, before any rule runs. */
export const readingMarkdownFindings = findingsOf('reading', {
  'section-number': {
    severity: 'error',
    summary: { en: 'A heading without a section number, or text before the first heading.', sv: 'En rubrik utan avsnittsnummer, eller text före första rubriken.' },
    why: {
      en: 'Every statement belongs to a numbered section (13.3.2.1); apps and cross-references find it by that number.',
      sv: 'Varje påstående hör till ett numrerat avsnitt (13.3.2.1); appar och korshänvisningar hittar det genom numret.',
    },
  },
  'heading-depth': {
    severity: 'warning',
    summary: { en: 'A heading level that does not match its section number.', sv: 'En rubriknivå som inte stämmer med avsnittsnumret.' },
    why: {
      en: 'Section 13.3.2 is a level-3 heading; a different level puts the section under the wrong parent in the rendered text.',
      sv: 'Avsnitt 13.3.2 är en rubrik på nivå 3; en annan nivå placerar avsnittet under fel överavsnitt i den återgivna texten.',
    },
  },
  'missing-id': {
    severity: 'error',
    summary: {
      en: 'A decision rule without an id (`::villkor[…]{#id}`), or a recommendation bullet without a rule that has one.',
      sv: 'En beslutsregel utan id (`::villkor[…]{#id}`), eller en rekommendationspunkt utan en regel som har ett.',
    },
    why: {
      en: 'Apps and version comparisons find a recommendation and its rule by id; a number from its position would change when a bullet is added above it.',
      sv: 'Appar och versionsjämförelser hittar en rekommendation och dess regel via id; ett nummer efter placeringen skulle ändras när en punkt läggs till ovanför.',
    },
  },
  'malformed-directive': {
    severity: 'error',
    summary: { en: 'A line starting with `:::` that opens no valid block.', sv: 'En rad som börjar med `:::` men inte öppnar något giltigt block.' },
    why: {
      en: 'Recommendations and regimens are blocks opened with `:::`; a misspelt opener would leave their content unread.',
      sv: 'Rekommendationer och regimer är block som öppnas med `:::`; en felskriven öppning skulle lämna innehållet oläst.',
    },
  },
  'unclosed-directive': {
    severity: 'error',
    summary: { en: 'A block without its closing `:::`.', sv: 'Ett block som saknar sitt avslutande `:::`.' },
    why: {
      en: 'Without its closing line, a block swallows the rest of the chapter (or takes the `:::` of the next block), and prose would be read as part of a recommendation. It is reported at the line that opened the block, and what follows is read as if the block had been closed before it, so the break gives this one error and no findings that only follow from it.',
      sv: 'Utan sin avslutande rad sväljer blocket resten av kapitlet (eller tar nästa blocks `:::`), och löptext skulle läsas som en del av en rekommendation. Felet anges på raden som öppnade blocket, och det som följer läses som om blocket stängts före det, så brottet ger detta enda fel och inga fynd som bara följer av det.',
    },
  },
  'unknown-directive': {
    severity: 'error',
    summary: { en: 'A block name the convention does not know.', sv: 'Ett blocknamn som konventionen inte känner till.' },
    why: {
      en: 'Only the blocks of the Markdown convention are read; the content of an unknown block would be dropped.',
      sv: 'Bara Markdown-konventionens block läses; innehållet i ett okänt block skulle falla bort.',
    },
  },
  'unsupported-markdown': {
    severity: 'warning',
    summary: { en: 'Markdown that is not guideline text (code, raw HTML).', sv: 'Markdown som inte är riktlinjetext (kod, rå HTML).' },
    why: {
      en: 'Code and raw HTML are not read into the knowledge graph, so what they say would not reach apps.',
      sv: 'Kod och rå HTML läses inte in i kunskapsgrafen, så det de säger skulle inte nå appar.',
    },
  },
  'malformed-table': {
    severity: 'error',
    summary: { en: 'Lines that look like a table but have no valid delimiter row.', sv: 'Rader som ser ut som en tabell men saknar giltig avgränsarrad.' },
    why: {
      en: 'Without its delimiter row Markdown reads a table as a paragraph. In a regimen block the rows are still read by their pipes, so that the regimen keeps its drugs and the one error is the only finding; elsewhere the lines are read as prose.',
      sv: 'Utan avgränsarrad läser Markdown en tabell som ett stycke. I ett regimblock läses raderna ändå efter sina `|`, så att regimen behåller sina läkemedel och felet blir det enda fyndet; på andra ställen läses raderna som löptext.',
    },
  },
  'nesting-depth': {
    severity: 'error',
    summary: { en: 'Lists or block quotes nested deeper than 32 levels.', sv: 'Listor eller citat nästlade djupare än 32 nivåer.' },
    why: {
      en: 'No guideline nests that deep; such input is damaged or hostile, and is not read further.',
      sv: 'Inget vårdprogram nästlar så djupt; sådan indata är skadad eller fientlig och läses inte vidare.',
    },
  },
  'recommendation-box': {
    severity: 'warning',
    summary: { en: 'A recommendation box that holds more than a list.', sv: 'En rekommendationsruta som innehåller mer än en lista.' },
    why: {
      en: 'Each list item of a recommendation box is one recommendation; other content in the box is not a recommendation and is read as prose.',
      sv: 'Varje listpunkt i en rekommendationsruta är en rekommendation; annat innehåll i rutan är ingen rekommendation och läses som löptext.',
    },
  },
  'invisible-character': {
    severity: 'warning',
    summary: { en: 'Invisible characters (zero-width spaces) in the text.', sv: 'Osynliga tecken (mellanslag med nollbredd) i texten.' },
    why: {
      en: 'An invisible character inside a drug name or a number keeps it from being recognised, and no one sees why.',
      sv: 'Ett osynligt tecken i ett läkemedelsnamn eller ett tal gör att det inte känns igen, utan att någon ser varför.',
    },
  },
  'decomposed-character': {
    severity: 'info',
    summary: { en: 'Letters written as a letter plus an accent mark (å as a + ring).', sv: 'Bokstäver skrivna som bokstav plus accenttecken (å som a + ring).' },
    why: {
      en: 'Text pasted from some programs writes å, ä and ö in two parts; they are read as the usual letters, but searches in other tools may miss them.',
      sv: 'Text som klistrats in från vissa program skriver å, ä och ö i två delar; de läses som de vanliga bokstäverna, men sökningar i andra verktyg kan missa dem.',
    },
  },
  'malformed-citation': {
    severity: 'error',
    summary: {
      en: 'Text shaped like a citation that is not one: `[@ 999]`, `[83]`, or numbers glued after a full stop (`tumörer.83153154`).',
      sv: 'Text som liknar en hänvisning men inte är någon: `[@ 999]`, `[83]` eller siffror som sitter ihop med en punkt (`tumörer.83153154`).',
    },
    why: {
      en: 'A citation that is not read is lost without a word: the statement loses its evidence and the reference looks unused. Citations are written `[@84]`, `[@84; @85]`, `[@84, s. 3]` or `[se @84, s. 3]` (pandoc syntax, a prefix and a page locator allowed).',
      sv: 'En hänvisning som inte läses försvinner utan ett ord: påståendet tappar sitt stöd och referensen ser oanvänd ut. Hänvisningar skrivs `[@84]`, `[@84; @85]`, `[@84, s. 3]` eller `[se @84, s. 3]` (pandocs syntax, med prefix och sidangivelse).',
    },
  },
  'regimen-table': {
    severity: 'error',
    summary: { en: 'A regimen block whose table cannot be read.', sv: 'Ett regimblock vars tabell inte går att läsa.' },
    why: {
      en: 'A regimen’s drugs, doses and schedule are read from its table; a column or row that cannot be read would publish an incomplete regimen.',
      sv: 'En regims läkemedel, doser och schema läses från dess tabell; en kolumn eller rad som inte går att läsa skulle publicera en ofullständig regim.',
    },
  },
  'rule-condition': {
    severity: 'error',
    summary: {
      en: 'A decision rule whose condition cannot be read or names an unknown fact or value.',
      sv: 'En beslutsregel vars villkor inte går att läsa eller anger ett okänt faktum eller värde.',
    },
    why: {
      en: 'Apps evaluate decision rules on patient facts; a condition they cannot evaluate would never match, or match the wrong patients.',
      sv: 'Appar utvärderar beslutsregler mot patientfakta; ett villkor som inte går att utvärdera skulle aldrig stämma, eller stämma för fel patienter.',
    },
  },
  'rule-target': {
    severity: 'error',
    summary: { en: 'A decision rule whose recommendation cannot be told.', sv: 'En beslutsregel där det inte går att avgöra vilken rekommendation den gäller.' },
    why: {
      en: 'A decision rule leads to one recommendation; if it is unclear which, an app cannot tell the patient’s options.',
      sv: 'En beslutsregel leder till en rekommendation; är det oklart vilken kan en app inte visa patientens alternativ.',
    },
  },
});
