// An app that installs the guideline's content packages at a pinned version: KarPak doses for
// a patient of 170 cm, 70 kg and GFR 90 mL/min, and the recommendations for dMMR recurrence
// after platinum-based chemotherapy.
import { packageInfo } from '@rcc-livmoderkroppscancer/regimens';
import { patient } from './patient.js';
import { recommendationLines } from './recommendations.js';
import { regimenDoseLines } from './regimen-doses.js';

const edition = packageInfo.guideline.edition ?? 'edition not stated';
console.log(`${packageInfo.guideline.title} (${edition}), ${packageInfo.name} ${packageInfo.version}`);
console.log('');
console.log(regimenDoseLines('karpak', patient).join('\n'));
console.log('');
console.log('Recommendations for dMMR recurrence after platinum:');
for (const line of recommendationLines(patient)) console.log(`  ${line}`);
