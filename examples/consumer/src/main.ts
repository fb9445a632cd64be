// An app that installs the guideline's content packages at a pinned version: KarPak doses for
// a patient of 170 cm, 70 kg and GFR 90 mL/min, and the recommendations for dMMR recurrence
// after platinum-based chemotherapy.
import { packageInfo } from '@rcc-livmoderkroppscancer/regimens';
import { fhirDoseLines, loadBundle } from './fhir-doses.js';
import { patient } from './patient.js';
import { recommendationLines } from './recommendations.js';
import { regimenDoseLines } from './regimen-doses.js';

const edition = packageInfo.guideline.edition ?? 'edition not stated';
console.log(`${packageInfo.guideline.title} (${edition}), ${packageInfo.name} ${packageInfo.version}`);
console.log('');
const doses = regimenDoseLines('karpak', patient);
console.log(doses.join('\n'));
console.log('');
// The FHIR package states the same doses, each pointing at the same dose cell.
const fhirDoses = fhirDoseLines(loadBundle(), 'karpak', patient);
console.log('KarPak from the FHIR Bundle:');
console.log(fhirDoses.join('\n'));
const same = JSON.stringify(fhirDoses) === JSON.stringify(doses.slice(1));
console.log(`FHIR doses equal the regimens package's: ${same ? 'yes' : 'no'}`);
console.log('');
console.log('Recommendations for dMMR recurrence after platinum:');
for (const line of recommendationLines(patient)) console.log(`  ${line}`);
