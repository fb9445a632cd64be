import { findingsOf } from './finding-definition.js';

/** The consistency rules about doses and regimens (packages/checks/src/rules). */
export const doseRuleFindings = findingsOf('rule', {
  'drug-not-in-lexicon': {
    severity: 'warning',
    summary: {
      en: 'A dose of a substance that the WHO ATC index knows but the drug lexicon has no entry for.',
      sv: 'En dos av en substans som finns i WHO:s ATC-index men som läkemedelslexikonet saknar en post för.',
    },
    why: {
      en: 'The dose is read and kept with its drug, but without a lexicon entry nothing says which doses are plausible, in which unit the drug is given or what it is given for, so a typing error in the dose would pass unnoticed. Add an entry for the substance to `guideline-src/lexicon/` (see its README) with its dose kinds and plausible ranges, each with its source.',
      sv: 'Dosen läses och hålls ihop med sitt läkemedel, men utan en post i lexikonet anger inget vilka doser som är rimliga, i vilken enhet läkemedlet ges eller vad det ges för, så ett skrivfel i dosen skulle passera obemärkt. Lägg till en post för substansen i `guideline-src/lexicon/` (se dess README) med doseringssätt och rimliga intervall, vart och ett med sin källa.',
    },
  },
  'dose-range': {
    severity: 'error',
    summary: {
      en: 'Every dose lies within the plausible range the drug lexicon gives for the drug and its schedule.',
      sv: 'Varje dos ligger inom det rimliga intervall som läkemedelslexikonet anger för läkemedlet och schemat.',
    },
    why: {
      en: 'A misplaced decimal comma or an extra zero (`1750 mg/m2`) is the most dangerous typing error in a guideline. The ranges come from each product’s SmPC and are limits for catching such errors, not advice.',
      sv: 'Ett felplacerat decimalkomma eller en nolla för mycket (`1750 mg/m2`) är det farligaste skrivfelet i ett vårdprogram. Intervallen kommer från respektive produktresumé och är gränser för att fånga sådana fel, inte råd.',
    },
  },
  'unit-kind': {
    severity: 'error',
    summary: {
      en: 'A dose is written in a kind the drug is given in: flat (`mg`), per body surface (`mg/m2`), per weight (`mg/kg`), as a target AUC, or in million units (`ME`, `ME/kg`), which only drugs the lexicon doses in them take.',
      sv: 'En dos skrivs i ett slag som läkemedlet ges i: fast (`mg`), per kroppsyta (`mg/m2`), per vikt (`mg/kg`), som mål-AUC eller i miljoner enheter (`ME`, `ME/kg`), som bara läkemedel som lexikonet doserar så får.',
    },
    why: {
      en: '`dostarlimab 500 mg/m2` would be about 900 mg for an average adult: the unit, not only the number, must be right.',
      sv: '`dostarlimab 500 mg/m2` blir ungefär 900 mg för en genomsnittlig vuxen: enheten måste stämma, inte bara talet.',
    },
  },
  'regimen-mismatch': {
    severity: 'error',
    summary: {
      en: 'Doses in recommendations and in descriptions of practice agree with the regimen they belong to, and every regimen value is stated in the text.',
      sv: 'Doser i rekommendationer och i beskrivningar av praxis stämmer med regimen de hör till, och varje värde i en regim anges i texten.',
    },
    why: {
      en: 'A regimen is defined once; when the text is edited in one place only, the definition and the prose drift apart and readers get two doses.',
      sv: 'En regim definieras en gång; när texten ändras på ett ställe glider definition och löptext isär och läsaren får två doser.',
    },
  },
  'dose-conflict': {
    severity: 'error',
    summary: {
      en: 'Statements of the same dose agree: the same drug in the same role gets the same dose and interval, and a trial arm that contradicts a recommendation is pointed out.',
      sv: 'Uppgifter om samma dos stämmer överens: samma läkemedel i samma roll har samma dos och intervall, och en studiearm som motsäger en rekommendation påpekas.',
    },
    why: {
      en: 'When a dose is stated twice and only one place is edited, readers are left with two doses for one treatment.',
      sv: 'När en dos anges på två ställen och bara det ena ändras får läsaren två doser för samma behandling.',
    },
  },
  'fractionation-arithmetic': {
    severity: 'error',
    summary: {
      en: 'Radiotherapy adds up: dose per fraction × fractions equals the stated total, the total is a whole number of fractions, and doses are plausible.',
      sv: 'Strålbehandling går ihop: dos per fraktion × antal fraktioner är den angivna totaldosen, totaldosen är ett helt antal fraktioner och doserna är rimliga.',
    },
    why: {
      en: 'A fractionation is three numbers that must agree; a typing error in one of them changes the treatment.',
      sv: 'En fraktionering är tre tal som måste stämma med varandra; ett skrivfel i ett av dem ändrar behandlingen.',
    },
  },
  'regimen-value-unstated': {
    severity: 'error',
    summary: {
      en: 'Every value of a regimen row (route, interval, cycles, phase, maximum duration, dose) is stated by the text of the sections its `Avsnitt` cell cites.',
      sv: 'Varje värde på en rad i en regimtabell (väg, intervall, cykler, fas, maximal behandlingstid, dos) anges i texten i de avsnitt som dess `Avsnitt`-cell hänvisar till.',
    },
    why: {
      en: 'The text is the truth: a table value that the text does not state was filled in from memory or has drifted from the text, and apps would publish it as stated by the guideline.',
      sv: 'Texten är sanningen: ett tabellvärde som texten inte anger har fyllts i ur minnet eller glidit isär från texten, och appar skulle publicera det som angivet av vårdprogrammet.',
    },
  },
  'regimen-value-omitted': {
    severity: 'warning',
    summary: {
      en: 'A value that the cited sections state for a regimen row is written in the table, not left `ej angivet`.',
      sv: 'Ett värde som de hänvisade avsnitten anger för en rad i en regimtabell skrivs i tabellen, inte som `ej angivet`.',
    },
    why: {
      en: 'Apps read the table: a value the text gives but the table leaves out reaches them as “not stated”.',
      sv: 'Appar läser tabellen: ett värde som texten anger men tabellen utelämnar når dem som ”ej angivet”.',
    },
  },
  'regimen-incomplete': {
    severity: 'warning',
    summary: {
      en: 'A regimen states every field an order-entry system needs; fields written `ej angivet` are pointed out.',
      sv: 'En regim anger alla fält som ett ordinationssystem behöver; fält skrivna `ej angivet` påpekas.',
    },
    why: {
      en: 'What the text does not say is published as “not stated” and never filled in from memory; editors should know which values apps will lack.',
      sv: 'Det texten inte säger publiceras som ”ej angivet” och fylls aldrig i ur minnet; redaktörerna ska veta vilka värden apparna kommer att sakna.',
    },
  },
});
