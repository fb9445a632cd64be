import { expect, test } from 'vitest';
import * as api from './index.js';

test('the public API', () => {
  expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
    [
      "CPG_CODES",
      "CPG_EXTENSIONS",
      "CPG_IG",
      "CPG_PROFILES",
      "EXTENSION_SPECS",
      "OWN_CANONICAL_BASE",
      "OWN_EXTENSIONS",
      "SYSTEMS",
      "checkedProfiles",
      "contentPackageExtension",
      "cycleCount",
      "doseAndRate",
      "doseBasisExtension",
      "doseQuantity",
      "errorsOf",
      "extensionDefinition",
      "extensionSpec",
      "fractionationElements",
      "intervalRepeat",
      "isRccEvidenceGrade",
      "loadR4Definitions",
      "maximumDuration",
      "notStatedExtension",
      "qualityOfEvidenceExtension",
      "routeConcept",
      "sourcePositionExtension",
      "strengthNotStatedExtension",
      "validateFhirResource",
    ]
  `);
});
