import type { DoseDiagnostic } from '../dose-types.js';
import type { UnclearRole } from './drug-role.js';
import { misspeltNameFinding } from './misspelt-names.js';
import type { UnknownDrugWord } from './unknown-drug-before.js';

/** The findings of a dose whose drug could not be told, each at `[start, end)` of the source. */

export function unknownDrugFinding(unknown: UnknownDrugWord, amount: string): DoseDiagnostic {
  const place = { start: unknown.start, end: unknown.end };
  const near = unknown.suggestion;
  if (near === null && unknown.compound) {
    return {
      ruleId: 'unknown-drug',
      message: {
        en: `\`${unknown.text}\` next to dose \`${amount}\` joins a drug's name to another word: it may be another drug or another preparation, which the lexicon does not know. Write each drug with its own dose, or add the drug to the lexicon`,
        sv: `\`${unknown.text}\` intill dosen \`${amount}\` sätter ihop ett läkemedels namn med ett annat ord: det kan vara ett annat läkemedel eller en annan beredning, som lexikonet inte känner. Skriv varje läkemedel med sin egen dos, eller lägg till läkemedlet i lexikonet`,
      },
      ...place,
    };
  }
  if (near === null) {
    return {
      ruleId: 'unknown-drug',
      message: {
        en: `\`${unknown.text}\` next to dose \`${amount}\` is not a drug in the lexicon; add it to the lexicon or correct the spelling`,
        sv: `\`${unknown.text}\` intill dosen \`${amount}\` finns inte i läkemedelslexikonet; lägg till läkemedlet där eller rätta stavningen`,
      },
      ...place,
    };
  }
  const context = { en: ` next to dose \`${amount}\``, sv: ` intill dosen \`${amount}\`` };
  return { ruleId: 'unknown-drug', ...misspeltNameFinding(unknown.text, near, context), ...place };
}

/** `cisplatin eller karboplatin 75 mg/m2`; `names` are the listed names, each in backticks. */
export function listedDrugsFinding(amount: string, names: string, start: number, end: number): DoseDiagnostic {
  return {
    ruleId: 'dose-ambiguous',
    message: {
      en: `Dose \`${amount}\` follows a list of drugs (${names}); it is not clear which one it belongs to`,
      sv: `Dosen \`${amount}\` står efter en uppräkning av läkemedel (${names}); det framgår inte vilket den gäller`,
    },
    start,
    end,
  };
}

/** `Dexametason (Betapred) 4 mg`: the name in brackets is another drug's (a brand of betamethasone). */
export function bracketedOtherDrugFinding(amount: string, name: string, bracketed: string, start: number, end: number): DoseDiagnostic {
  return {
    ruleId: 'dose-ambiguous',
    message: {
      en: `Dose \`${amount}\` follows \`${name}\` with \`${bracketed}\` in brackets, which is another drug; it is not clear which one it belongs to`,
      sv: `Dosen \`${amount}\` står efter \`${name}\` med \`${bracketed}\` inom parentes, som är ett annat läkemedel; det framgår inte vilket den gäller`,
    },
    start,
    end,
  };
}

/** `Vid intolerans mot cisplatin ges 100 mg/m2`: the drug named is the one not given. */
export function excludedDrugFinding(amount: string, excluded: string, start: number, end: number): DoseDiagnostic {
  return {
    ruleId: 'dose-ambiguous',
    message: {
      en: `Dose \`${amount}\` follows \`${excluded}\`, named as the drug not to give; the dose names no drug of its own`,
      sv: `Dosen \`${amount}\` står efter \`${excluded}\`, som nämns som det läkemedel som inte ska ges; dosen anger inget eget läkemedel`,
    },
    start,
    end,
  };
}

/** `Paklitaxel ges efter karboplatin, 175 mg/m2`: the amount may be either drug's. */
export function sequencedDrugFinding(amount: string, name: string, earlier: string, start: number, end: number): DoseDiagnostic {
  return {
    ruleId: 'dose-ambiguous',
    message: {
      en: `Dose \`${amount}\` follows \`${name}\`, named as given before or after \`${earlier}\`; it is not clear which of them the dose belongs to`,
      sv: `Dosen \`${amount}\` står efter \`${name}\`, som nämns som givet före eller efter \`${earlier}\`; det framgår inte vilket av dem dosen gäller`,
    },
    start,
    end,
  };
}

/** `Morfin 10 mg x 6, dygnsdos 80 mg`: a day's total that the dose before does not give. */
export function dailyTotalFinding(total: string, expected: string, start: number, end: number, period: 'day' | 'week' = 'day'): DoseDiagnostic {
  const week = period === 'week';
  return {
    ruleId: 'dose-ambiguous',
    message: {
      en: `The ${week ? 'weekly' : 'daily'} dose \`${total}\` does not match the dose before it, which gives \`${expected}\` a ${week ? 'week' : 'day'}; it is read as a dose of its own`,
      sv: `${week ? 'Veckodosen' : 'Dygnsdosen'} \`${total}\` stämmer inte med dosen före, som ger \`${expected}\` per ${week ? 'vecka' : 'dygn'}; den läses som en egen dos`,
    },
    start,
    end,
  };
}

/** `max 30 mg/dygn`: a maximum per day, which no field of a dose holds. */
export function limitPerPeriodFinding(limit: string, start: number, end: number): DoseDiagnostic {
  return {
    ruleId: 'dose-partial-reading',
    message: {
      en: `\`${limit}\` is a maximum per day or week, which no dose field holds; it is not published, nor taken for a single dose's maximum`,
      sv: `\`${limit}\` är ett högsta värde per dygn eller vecka, som inget dosfält kan rymma; det publiceras inte och tas inte för en enskild dos högsta värde`,
    },
    start,
    end,
  };
}

/** `2 tabletter à 500 mg 3 gånger per dygn`: a dose given as a number of units of a strength, with a schedule. */
export function unitsOfStrengthFinding(written: string, start: number, end: number): DoseDiagnostic {
  return {
    ruleId: 'dose-partial-reading',
    message: {
      en: `\`${written}\` gives a dose as a number of tablets or units of a strength; the grammar does not multiply them out, so no dose is published from it`,
      sv: `\`${written}\` anger en dos som ett antal tabletter eller enheter av en styrka; grammatiken räknar inte ut dosen, så ingen dos publiceras från den`,
    },
    start,
    end,
  };
}

/** `2 Gy x 6 (totalt 14 Gy)`: a course's total that its dose per fraction and fractions do not give. */
export function courseTotalFinding(total: string, product: string, start: number, end: number): DoseDiagnostic {
  return {
    ruleId: 'dose-ambiguous',
    message: {
      en: `Total \`${total}\` does not match the course before it, which gives \`${product}\`; it is read as a course of its own`,
      sv: `Totaldosen \`${total}\` stämmer inte med behandlingen före, som ger \`${product}\`; den läses som en egen behandling`,
    },
    start,
    end,
  };
}

/** `24 Gy (2 Gy x 10)`: a fractionation in brackets whose product is not the total before it. */
export function bracketedFractionationFinding(fractionation: string, product: string, start: number, end: number): DoseDiagnostic {
  return {
    ruleId: 'dose-ambiguous',
    message: {
      en: `\`${fractionation}\` in brackets gives \`${product}\`, not the total before it; the two are read as courses of their own`,
      sv: `\`${fractionation}\` i parentesen ger \`${product}\`, inte totaldosen före; de läses som var sin behandling`,
    },
    start,
    end,
  };
}

/** Why a role is not read, in the words of the finding. */
const UNCLEAR_ROLE_MESSAGES: Record<UnclearRole, (dose: string) => { en: string; sv: string }> = {
  'corticosteroid-beside-anticancer': (dose) => ({
    en: `Whether \`${dose}\` is part of the treatment (as in some regimens) or given before it or against side effects cannot be read from the sentence; it is published without a role`,
    sv: `Om \`${dose}\` ingår i behandlingen (som i vissa regimer) eller ges före den eller mot biverkningar går inte att läsa ur meningen; dosen publiceras utan roll`,
  }),
  'folinate-without-partner': (dose) => ({
    en: `\`${dose}\` is part of the treatment beside fluorouracil and a rescue after methotrexate; the sentence names neither, so it is published without a role`,
    sv: `\`${dose}\` ingår i behandlingen tillsammans med fluorouracil men är räddning efter metotrexat; meningen nämner ingen av dem, så dosen publiceras utan roll`,
  }),
  'bone-agent-without-indication': (dose) => ({
    en: `\`${dose}\` treats a bone disease (osteoporosis) but is supportive care in cancer (bone metastases, hypercalcaemia); neither the sentence nor its heading says which, so it is published without a role`,
    sv: `\`${dose}\` är behandling vid skelettsjukdom (osteoporos) men stödbehandling vid cancer (skelettmetastaser, hyperkalcemi); varken meningen eller rubriken säger vilket, så dosen publiceras utan roll`,
  }),
};

/** A dose whose role the sentence cannot confirm (see `unclearRole`). */
export function roleFinding(why: UnclearRole, dose: string, start: number, end: number): DoseDiagnostic {
  return { ruleId: 'dose-ambiguous', message: UNCLEAR_ROLE_MESSAGES[why](dose), start, end };
}

/** `500 mg (2 injektioner à 200 mg)`: units in brackets whose product is not the dose before them. */
export function unitsProductFinding(units: string, product: string, dose: string, start: number, end: number): DoseDiagnostic {
  return {
    ruleId: 'dose-ambiguous',
    message: {
      en: `\`${units}\` gives \`${product}\`, but the dose before it is \`${dose}\`; which one is meant cannot be read`,
      sv: `\`${units}\` ger \`${product}\`, men dosen före är \`${dose}\`; vilken som avses går inte att läsa`,
    },
    start,
    end,
  };
}

/** `2 Gy x 5 per vecka till 50 Gy`: fractions per week, which no field of a fractionation holds. */
export function perWeekFinding(words: string, start: number, end: number): DoseDiagnostic {
  return {
    ruleId: 'dose-partial-reading',
    message: {
      en: `\`${words}\` gives the fractions per week, which no dose field can hold; the course is published without it`,
      sv: `\`${words}\` anger antal fraktioner per vecka, som inget dosfält kan rymma; behandlingen publiceras utan det`,
    },
    start,
    end,
  };
}

/**
 * `Oxaliplatin 130 mg/m2 dag 1 i kombination med kapecitabin under 6 månader`: a treatment's length
 * that does not follow the dose's schedule may be the whole combination's or only the other drug's.
 */
export function detachedCourseLengthFinding(words: string, dose: string, start: number, end: number): DoseDiagnostic {
  return {
    ruleId: 'dose-partial-reading',
    message: {
      en: `\`${words}\` does not follow the schedule of dose \`${dose}\`, so whether it is that dose's length of treatment cannot be read; the dose is published without a length. Write the length right after the dose's schedule`,
      sv: `\`${words}\` står inte direkt efter schemat för dosen \`${dose}\`, så om det är den dosens behandlingstid går inte att läsa; dosen publiceras utan behandlingstid. Skriv behandlingstiden direkt efter dosens schema`,
    },
    start,
    end,
  };
}

/** `15 mg var 6:e timme i 48 timmar`: a length of treatment in hours, which no field holds. */
export function hourCourseLengthFinding(words: string, dose: string, start: number, end: number): DoseDiagnostic {
  return {
    ruleId: 'dose-partial-reading',
    message: {
      en: `\`${words}\` after a dose given every few hours is how long dose \`${dose}\` is given, in hours, which no dose field holds; the dose is published without a length`,
      sv: `\`${words}\` efter en dos som ges med några timmars mellanrum är hur länge dosen \`${dose}\` ges, i timmar, vilket inget dosfält kan rymma; dosen publiceras utan behandlingstid`,
    },
    start,
    end,
  };
}

/** `20 mg dagligen i minst 5 år`: a shortest length of treatment, which no field holds. */
export function minCourseLengthFinding(words: string, dose: string, start: number, end: number): DoseDiagnostic {
  return {
    ruleId: 'dose-partial-reading',
    message: {
      en: `\`${words}\` is the shortest time dose \`${dose}\` is given, and no dose field holds a shortest length; the dose is published without a length`,
      sv: `\`${words}\` är den kortaste tid som dosen \`${dose}\` ges, och inget dosfält kan rymma en kortaste behandlingstid; dosen publiceras utan behandlingstid`,
    },
    start,
    end,
  };
}

/** `4–8 mg iv/po`: routes given as alternatives, of which the graph holds one. */
export function alternativeRoutesFinding(routes: string, start: number, end: number): DoseDiagnostic {
  return {
    ruleId: 'dose-partial-reading',
    message: {
      en: `\`${routes}\` gives the dose by either route; a dose holds one route, so it is published without one`,
      sv: `\`${routes}\` ger dosen på endera vägen; en dos kan bara ha en väg, så den publiceras utan väg`,
    },
    start,
    end,
  };
}

/** `cisplatin 75 mg/m2, därefter zoxalimin 25 mg/m2`: `word` may be another drug than `earlier`. */
export function blockedInheritanceFinding(amount: string, word: string, earlier: string, start: number, end: number): DoseDiagnostic {
  return {
    ruleId: 'dose-ambiguous',
    message: {
      en: `Dose \`${amount}\` follows \`${word}\`, which may name another drug; it is not given to \`${earlier}\` named earlier`,
      sv: `Dosen \`${amount}\` står efter \`${word}\`, som kan vara ett annat läkemedel; den tillskrivs inte \`${earlier}\` som nämns tidigare`,
    },
    start,
    end,
  };
}

export function withoutDrugFinding(amount: string, start: number, end: number): DoseDiagnostic {
  return {
    ruleId: 'dose-without-drug',
    message: { en: `Dose \`${amount}\` names no drug in its sentence`, sv: `Dosen \`${amount}\` anger inget läkemedel i sin mening` },
    start,
    end,
  };
}

/** `cisplatin 75 mg/m2 och 100 mg/m2 etoposid`: the amount stands between two drugs' names. */
export function competingNamesFinding(amount: string, earlier: string, after: string, start: number, end: number): DoseDiagnostic {
  return {
    ruleId: 'dose-ambiguous',
    message: {
      en: `Dose \`${amount}\` stands between \`${earlier}\` named before it and \`${after}\` right after it; it is not clear which one it belongs to`,
      sv: `Dosen \`${amount}\` står mellan \`${earlier}\` som nämns före och \`${after}\` direkt efter; det framgår inte vilket läkemedel den gäller`,
    },
    start,
    end,
  };
}
