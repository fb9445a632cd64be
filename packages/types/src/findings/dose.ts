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
      en: 'A dose is published only with the drug it belongs to. When its sentence names none, the nearest of the three sentences before it in its paragraph that names a drug gives it that drug (`Etoposid ges som infusion. Dosen är 100 mg/m2 iv.`), unless that sentence speaks against the drug (`ska undvikas`, `ges inte`) or the dose’s sentence sets it aside (`i stället`, `alternativt`); when none of them names a drug, the nearest heading above it that names one does (`### 13.3.2.1 Dosering` under `## 13.3.2 Paklitaxel`). Only when that sentence or heading names exactly one, the sentence holds no word that could be another drug, and the amount fits what the lexicon knows of the drug; otherwise the dose is not published, and the editor should say which drug is meant.',
      sv: 'En dos publiceras bara tillsammans med sitt läkemedel. När meningen inte anger något ger den närmaste av de tre meningarna före i samma stycke som nämner ett läkemedel dosen det (`Etoposid ges som infusion. Dosen är 100 mg/m2 iv.`), utom när den meningen talar emot läkemedlet (`ska undvikas`, `ges inte`) eller dosens mening lägger det åt sidan (`i stället`, `alternativt`); nämner ingen av dem något läkemedel gör närmaste rubrik ovanför som nämner ett det (`### 13.3.2.1 Dosering` under `## 13.3.2 Paklitaxel`). Bara när meningen eller rubriken nämner exakt ett, meningen inte har något ord som kan vara ett annat läkemedel och mängden passar det lexikonet vet om läkemedlet; annars publiceras dosen inte, och redaktören bör ange vilket läkemedel som avses.',
    },
  },
  'dose-ambiguous': {
    severity: 'warning',
    summary: {
      en: 'A dose that may belong to more than one drug, a day\'s total that the dose before it does not give, or a dose whose role the sentence cannot tell.',
      sv: 'En dos som kan höra till mer än ett läkemedel, en dygnsdos som dosen före inte ger, eller en dos vars roll meningen inte avgör.',
    },
    why: {
      en: 'A dose after a list of drugs (`cisplatin eller karboplatin 75 mg/m2`), after a drug\'s name with another drug in brackets (`Dexametason (Betapred) 4 mg`), after a drug named as the one not to give (`Vid intolerans mot cisplatin ges 100 mg/m2`), or a second dose whose drug position holds a word that may be another drug (`cisplatin 75 mg/m2, därefter zoxalimin 25 mg/m2`), could belong to more than one; the tool does not guess, so the dose is published without a drug until the text names one. A day\'s total that does not match the dose before it (`10 mg x 6, dygnsdos 80 mg`) is reported too: one of the two is wrong. So is a dose whose role the sentence cannot tell: a corticosteroid beside an anticancer drug with nothing saying it is given before it (`Bortezomib … + dexametason 20 mg`: treatment in some regimens, premedication in others), and a folinate in a sentence that names neither fluorouracil, which it modulates, nor methotrexate, after which it is a rescue (`Kalciumfolinat 200 mg/m2 iv dag 1`), and a bisphosphonate or denosumab whose sentence and heading name neither a bone disease (osteoporosis: treatment) nor cancer care (bone metastases, hypercalcaemia: supportive) (`Zoledronsyra 4 mg iv var 4:e vecka`); such a dose is published without a role.',
      sv: 'En dos efter en uppräkning av läkemedel (`cisplatin eller karboplatin 75 mg/m2`), efter ett läkemedels namn med ett annat läkemedel inom parentes (`Dexametason (Betapred) 4 mg`), efter ett läkemedel som nämns som det som inte ska ges (`Vid intolerans mot cisplatin ges 100 mg/m2`), eller en andra dos där ett ord som kan vara ett annat läkemedel står på läkemedlets plats (`cisplatin 75 mg/m2, därefter zoxalimin 25 mg/m2`), kan höra till mer än ett; verktyget gissar inte, så dosen publiceras utan läkemedel tills texten anger ett. En dygnsdos som inte stämmer med dosen före (`10 mg x 6, dygnsdos 80 mg`) rapporteras också: en av dem är fel. Det gör också en dos vars roll meningen inte avgör: en kortikosteroid bredvid ett cancerläkemedel utan att något säger att den ges före (`Bortezomib … + dexametason 20 mg`: behandling i vissa regimer, premedicinering i andra), och ett folinat i en mening som varken nämner fluorouracil, som det förstärker, eller metotrexat, efter vilket det är räddning (`Kalciumfolinat 200 mg/m2 iv dag 1`), och en bisfosfonat eller denosumab där varken meningen eller rubriken nämner en skelettsjukdom (osteoporos: behandling) eller cancervård (skelettmetastaser, hyperkalcemi: stödbehandling) (`Zoledronsyra 4 mg iv var 4:e vecka`); en sådan dos publiceras utan roll.',
    },
  },
  'dose-partial-reading': {
    severity: 'warning',
    summary: {
      en: 'A dose phrase the grammar read only in part: a number or a schedule word in the clause of a dose or of a drug name was left over, or an amount in units or by a route the graph cannot hold yet (`30 ME`, `20 mmol`, `4500 cGy`, `7,4 GBq`, `intratekalt`, `rektalt`), a time of day or an as-needed dose (`på morgonen`, `vid behov`, `vid illamående`), a condition on a dose (`300 mg vid vikt över 77 kg`, `vid kreatininclearance 31–50 ml/min`), fractions per week in radiotherapy (`2 Gy x 5 per vecka`), a share of a dose (`75 % av dosen`), a maximum per day (`max 30 mg/dygn`), a rate of infusion (`0,5 mg/kg/min`), a dose as a number of tablets of a strength (`2 tabletter à 500 mg 3 gånger per dygn`), or a sentence after a dose that says how the course repeats without a dose of its own (`Upprepas var tredje vecka.`).',
      sv: 'En dosfras som grammatiken bara läste delvis: ett tal eller ett schemaord i satsen med en dos eller ett läkemedelsnamn blev över, eller en mängd i enheter eller med en väg som grafen ännu inte kan hålla (`30 ME`, `20 mmol`, `4500 cGy`, `7,4 GBq`, `intratekalt`, `rektalt`), en tid på dygnet eller en dos vid behov (`på morgonen`, `vid behov`, `vid illamående`), ett villkor för en dos (`300 mg vid vikt över 77 kg`, `vid kreatininclearance 31–50 ml/min`), fraktioner per vecka i strålbehandling (`2 Gy x 5 per vecka`), en andel av en dos (`75 % av dosen`), ett högsta värde per dygn (`max 30 mg/dygn`), en infusionshastighet (`0,5 mg/kg/min`), en dos som ett antal tabletter av en styrka (`2 tabletter à 500 mg 3 gånger per dygn`), eller en mening efter en dos som säger hur behandlingen upprepas utan egen dos (`Upprepas var tredje vecka.`).',
    },
    why: {
      en: 'A dose published with a schedule, cycle or day the tool could not read would look complete while it is not. After a sentence is read, every number and schedule word of such a clause that no reading took in and that is no recognised non-dose (a volume, a weight, an age, a percentage, a concentration, a statistic, a label such as `fas 2`, a citation) is reported at its place, so that the editor can rewrite it in a form the grammar reads, or the grammar can learn the form.',
      sv: 'En dos som publiceras utan ett schema, en cykel eller en dag som verktyget inte kunde läsa ser fullständig ut fast den inte är det. När en mening är läst rapporteras varje tal och schemaord i en sådan sats som ingen läsning tog med och som inte är en känd icke-dos (en volym, en vikt, en ålder, en procentsats, en koncentration, ett statistiskt mått, en beteckning som `fas 2`, en referens) där det står, så att redaktören kan skriva om det i en form som grammatiken läser, eller grammatiken kan lära sig formen.',
    },
  },
});
