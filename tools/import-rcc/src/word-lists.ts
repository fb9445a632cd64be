/**
 * Word lists the number rules in classify-number.ts rely on. They describe Swedish clinical
 * prose as the RCC programmes print it; extend them when a new chapter needs it (and add a test).
 */

/** Abbreviations that end in a full stop without ending the sentence. */
export const ABBREVIATIONS = new Set(['pga.', 'ca.', 't.ex.', 'bl.a.', 'resp.', 'inkl.', 'exkl.', 'ev.', 'dvs.', 'mm.', 'st.']);

/** Units and percent signs that follow a measured number ("73 %", "175 mg/m2", "64–66 Gy"). */
export const UNIT = /^(?:%|‰|(?:mg|g|kg|µg|mikrog|mcg|ml|l|dl|mm|cm|m|Gy|cGy|mmol|µmol|IE|E|MBq|GBq|AUC)(?:\/[\p{L}\d²]+)*)[.,;)]?$/u;

/** Words after which a four-digit 19xx/20xx number is a date. */
export const DATE_WORDS = new Set([
  'januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december',
  'våren', 'hösten', 'sommaren', 'vintern', 'år', 'året', 'under', 'från', 'sedan', 'mellan', 'till', 'i', 'före', 'efter', 'innan', 't.o.m',
]);

/**
 * Names of trial series and study groups that are followed by a trial number ("GOG 209",
 * "ENGOT EN 15", "Keynote 775"). Exact spelling, because "en" is also the Swedish word "a".
 */
export const TRIAL_SERIES = new Set([
  'KEYNOTE', 'Keynote', 'KeyNote', 'GOG', 'ENGOT', 'EN', 'NRG', 'RTOG', 'JCOG', 'PORTEC', 'NSGO', 'EORTC', 'MITO',
  'RUBY', 'Ruby', 'CheckMate', 'GINECO', 'AGO', 'KGOG', 'NCIC', 'ANZGOG',
]);

/** Nouns that take a number as a label after them ("arm 1", "grad 1", "del 2", "fas 2"). */
export const COUNT_LABELS = new Set(['arm', 'armen', 'grad', 'stadium', 'fas', 'del', 'delen', 'cykel', 'linje', 'kohort', 'nivå', 'typ', 'version', 'steg', 'grupp', 'tabell', 'figur', 'bilaga']);

/** Words after which a number at the end of a clause is more likely a count than a citation. */
export const FUNCTION_WORDS = new Set(['av', 'till', 'och', 'eller', 'på', 'med', 'mot', 'än', 'om', 'per', 'à', 'ca', 'cirka', 'över', 'minst', 'högst', 'upp', 'var', 'är', 'blev', 'som', 'totalt']);
