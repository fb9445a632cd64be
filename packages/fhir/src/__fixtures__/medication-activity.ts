import type { ActivityDefinition, Dosage, Extension } from '@medplum/fhirtypes';
import { CPG_CODES, CPG_PROFILES } from '../canonical/cpg.js';
import { OWN_CANONICAL_BASE } from '../canonical/own.js';
import { contentPackageExtension, sourcePositionExtension } from '../mapping/provenance-extensions.js';
import { wholeFile } from '@guideline-as-code/types';

/** A test-only shell: a CPG medication request activity around one dosage, with provenance. */
export function medicationActivity(dosage: Dosage, extension: Extension[] = []): ActivityDefinition {
  return {
    resourceType: 'ActivityDefinition',
    meta: { profile: [CPG_PROFILES.medicationRequestActivity] },
    extension: [
      sourcePositionExtension(wholeFile('guideline-src/livmoderkroppscancer/13-behandling-av-aterfall.md')),
      contentPackageExtension({ name: '@rcc-livmoderkroppscancer/fhir', version: '0.1.0', contentHash: `sha256:${'a'.repeat(64)}` }),
      ...extension,
    ],
    url: `${OWN_CANONICAL_BASE}/ActivityDefinition/test`,
    status: 'draft',
    kind: 'MedicationRequest',
    profile: CPG_PROFILES.medicationRequest,
    code: { coding: [{ system: CPG_CODES.activityType, code: 'order-medication' }] },
    intent: 'proposal',
    doNotPerform: false,
    dosage: [dosage],
  };
}
