/**
 * Abbreviations of Swedish oncology prose that never name a drug: diseases (`KML`, `NSCLC`),
 * genes and biomarkers (`HER2`, `EGFR`), scales and classifications (`ECOG`, `FIGO`),
 * laboratory tests (`PSA`, `LPK`) and examinations (`DT`, `PET`). Written in capitals inside a
 * sentence they look like a brand (`looksLikeDrugName`), so a dose beside them was not given the
 * drug of its heading. Lower case, letters only: digits are tokens of their own (`HER2` is `HER`
 * and `2`). A test checks that none of them is a name in the lexicon or the WHO ATC index.
 */
const ABBREVIATIONS = [
  // Diseases and stages.
  'kml', 'kll', 'aml', 'all', 'mds', 'mpn', 'nsclc', 'sclc', 'crpc', 'mcrpc', 'mhspc', 'hcc', 'rcc', 'gist', 'net', 'nen',
  'scc', 'dlbcl', 'kol', 'hiv', 'aids', 'cns', 'dvt', 'lgg', 'hgg', 'tnbc',
  // Genes, receptors and biomarkers.
  'her', 'egfr', 'alk', 'ros', 'braf', 'kras', 'nras', 'brca', 'msi', 'dmmr', 'pmmr', 'tmb', 'hrd', 'ntrk', 'ret', 'met',
  'pik', 'esr', 'idh', 'mgmt', 'flt', 'npm', 'bcr', 'abl',
  // Scales, classifications, response criteria.
  'ecog', 'who', 'figo', 'tnm', 'recist', 'ctcae', 'nyha', 'ipss', 'gleason',
  // Laboratory values and examinations.
  'psa', 'ldh', 'crp', 'gfr', 'lpk', 'tpk', 'anc', 'alat', 'asat', 'alp', 'tsh', 'bmi', 'ekg', 'ct', 'dt', 'mr', 'mrt',
  'pet', 'ebv', 'hpv', 'hbv', 'hcv',
];

export const CLINICAL_ABBREVIATIONS: ReadonlySet<string> = new Set(ABBREVIATIONS);
