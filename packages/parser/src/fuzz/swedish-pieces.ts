/**
 * Pieces of guideline prose for generated documents: Swedish words and phrases as chapter 13
 * writes them, with drug names, doses, trial names, conditions, abbreviations and numbers
 * that the readers must get right.
 */
export const words = [
  'behandling', 'patienter', 'återfall', 'studien', 'visade', 'effekt', 'vid', 'och', 'med', 'är', 'för', 'kan',
  'övervägas', 'cytostatika', 'strålbehandling', 'livmoderkroppscancer', 'recidiverande', 'sjukdom', 'biverkningar',
  'överlevnad', 'månader', 'hos', 'som', 'inte', 'fått', 'tidigare', 'randomiserade', 'fas', 'II-studie', 'ORR',
  'PFS', 'ökade', 'från', 'till', 'hormonreceptorpositiv', 'äldre', 'kvinnor', 'MDK', 'primärtumör', 'svag',
];

/** Phrases that carry meaning for the readers: doses, drugs, trials, conditions, references. */
export const phrases = [
  'karboplatin AUC 5 och paklitaxel 175 mg/m2',
  'dostarlimab 500 mg var 3:e vecka i 4 cykler följt av 1 000 mg var 6:e vecka',
  'pembrolizumab 200 mg var tredje vecka upp till 35 cykler',
  'paklitaxel 80 mg/m2 veckovis med paus var fjärde vecka',
  'liposomalt doxorubicin 40 mg/m2 var 4:e vecka',
  'tamoxifen peroralt 20–40 mg dagligen',
  'MPA160–200 mg/dag peroralt',
  '4 Gy x 5',
  '2 Gy-fraktioner upp till 64–66 Gy',
  'sju cykler KarPak',
  'ENGOT-EN15 (NCT05173987)',
  'Keynote 158-studien',
  'dMMR/MSI-H',
  'pMMR',
  'se avsnitt 13.1',
  'pga. biverkningar',
  't.ex. tromboser',
  '(AUC 0,97)',
  '13,1 månader (95 % CI 4,3–34,4 månader)',
  'p=0,041',
  'ORR 48 %',
  '>grad 3',
  'maximalt 2 år',
];

/**
 * Words as they arrive from other tools: decomposed letters (NFD), zero-width and soft
 * hyphen characters inside a name or a number, character references, escapes.
 */
export const awkwardWords = ['a\u030Aterfall', 'fja\u0308rde', 'kar\u200Bboplatin', '1\u200B000 mg', 'pa\u00ADtienter', 'AT&amp;T', '5 \\* 3', 'p&lt;0,05', 'CD\\_8'];

/** Reference numbers of the real reference list, and one that is not in it. */
export const citationKeys = ['60', '83', '84', '126', '153', '154', '170', '174', '999'];

/** Section titles. */
export const titles = ['Bilddiagnostik', 'Kirurgi', 'Läkemedelsbehandling', 'Immunterapi', 'Hormonbehandling', 'Strålbehandling', 'Övriga läkemedel'];

/** Rows of drug regimens: drug, dose, route, interval, cycles. */
export const regimenRows: readonly (readonly [string, string, string, string, string])[] = [
  ['karboplatin', 'AUC 5', 'iv', 'var 3:e vecka', '6'],
  ['paklitaxel', '175 mg/m2', 'iv', 'var 3:e vecka', '6'],
  ['paklitaxel', '80 mg/m2', 'ej angivet', 'veckovis', 'ej angivet'],
  ['dostarlimab', '500 mg', 'ej angivet', 'var 3:e vecka', '4'],
  ['doxorubicin', '60 mg/m2', 'ej angivet', 'ej angivet', 'ej angivet'],
  ['tamoxifen', '20–40 mg', 'peroralt', 'dagligen', 'ej angivet'],
];

/** Rows of radiotherapy regimens: the fractionation. */
export const radiotherapyRows = ['4 Gy x 5', '8 Gy x 1–2', '3 Gy x 10', '2 Gy-fraktioner upp till 64–66 Gy'];

/**
 * Hostile pieces to insert into real text: syntax characters, block openers, control and
 * invisible characters, combining marks, entities, a lone surrogate.
 */
export const hostilePieces = [
  '`', '``', ':', '::', ':::', '|', '[', ']', '[@', '@', '(', ')', '{', '}', '*', '_', '\\', '>', '- ', '# ', '## 13.9 ', '1. ',
  '\u0000', '\r', '\r\n', '\n', '\n\n', '\t', '    ', '\u200B', '\u00AD', '\uFEFF', '\u0301', '\u030A', '\u0308', '\uFFFD', '😀', '\uD800',
  '&amp;', '&#0;', '&nosuch;', '<!--', '-->', '<b>', '{#x}', '[@999]', '[@83; @84]', '(+++)', '(++++)', '---\n', 'mg/m2', ' 1 000 mg',
  'NCT0123456', 'avsnitt 13.9', ':::recommendations[R]\n', ':::regimen[X]{#x}\n', ':::\n', '| a | b |\n| --- | --- |\n', '| - |',
  '::villkor[', '::villkor[alltid]\n', '<!-- guideline-ignore dose-range: skäl -->\n', '[x]: http://a "t"\n', '[^1]', '```\n',
  // Pieces that reach the rules: doses far out of range, broken conditions, empty acknowledgements.
  ' 9 999 mg/m2', '::villkor[mmr-status är]\n', '::villkor[alltid]{regim=finns-inte}\n', '<!-- guideline-ignore -->\n', 'KEYNOTE-775 ',
  'var 0:e vecka ', '0 Gy x 0', ':::regimen[X]{#karpak}\n',
];
