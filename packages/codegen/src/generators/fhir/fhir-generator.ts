import type { ContentGenerator } from '../../content-generator.js';
import type { FhirContext } from './fhir-context.js';
import { contentBundle, extensionDefinitions, fhirPackageFiles } from './fhir-package.js';
import { literatureResources } from './literature-resources.js';
import { recommendationResources } from './recommendation-resources.js';
import { regimenResources } from './regimen-resources.js';

/**
 * The FHIR package: the guideline as FHIR R4 resources following the CPG IG (docs/fhir-mapping.md),
 * in the FHIR package layout, with one Bundle of everything. JSON only: no modules.
 */
export const fhirGenerator: ContentGenerator = {
  id: 'fhir',
  generate({ package: info, index, contentHash }) {
    const context: FhirContext = {
      index,
      guideline: info.guideline,
      contentPackage: { name: info.name, version: info.version, contentHash },
    };
    const resources = [...extensionDefinitions(context), ...recommendationResources(context), ...regimenResources(context), ...literatureResources(context)];
    return { modules: {}, runtime: [], json: fhirPackageFiles(resources, contentBundle(resources, context), context) };
  },
};
