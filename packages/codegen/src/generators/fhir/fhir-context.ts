import { createHash } from 'node:crypto';
import type { GraphIndex } from '@guideline-as-code/model';
import { contentPackageExtension, OWN_CANONICAL_BASE, sourcePositionExtension, type ContentPackage } from '@guideline-as-code/fhir';
import type { Source } from '@guideline-as-code/types';
import type { Extension } from '@medplum/fhirtypes';
import type { GuidelineInfo } from '../../runtime/package-info.js';

/** What every resource builder needs: the graph, the guideline, and the package the resources are published in. */
export interface FhirContext {
  readonly index: GraphIndex;
  readonly guideline: GuidelineInfo;
  readonly contentPackage: ContentPackage;
}

/**
 * A FHIR id from a graph node id, which is stable (`recommendation:13:6` → `recommendation-13-6`,
 * `regimenComponent:karpak/carboplatin` → `regimenComponent-karpak-carboplatin`): FHIR ids allow only letters,
 * digits, `-` and `.`, at most 64 of them. A longer id keeps its first 55 characters and ends
 * in 8 hex digits of the node id's SHA-256, so it stays stable and distinct.
 */
export function fhirId(nodeId: string): string {
  const id = nodeId.replace(/[^A-Za-z0-9.-]+/g, '-');
  if (id.length <= 64) return id;
  const digest = createHash('sha256').update(nodeId).digest('hex').slice(0, 8);
  return `${id.slice(0, 55)}-${digest}`;
}

/** The canonical URL of a resource of ours, which is also its `fullUrl` in the Bundle. */
export function canonicalUrl(resourceType: string, id: string): string {
  return `${OWN_CANONICAL_BASE}/${resourceType}/${id}`;
}

/** The two provenance extensions every resource carries: where in the sources it comes from, and which package published it. */
export function provenance(context: FhirContext, source: Source): Extension[] {
  return [sourcePositionExtension(source), contentPackageExtension(context.contentPackage)];
}

/** The care programme, cited by every recommendation (CPG: the content SHALL cite its guideline). */
export function guidelineCitation(context: FhirContext, section: { number: string; title: string } | null): { type: 'citation'; display: string; citation: string } {
  const { title, publisher } = context.guideline;
  return {
    type: 'citation',
    display: section ? `${title}, avsnitt ${section.number} ${section.title}` : title,
    citation: `${publisher}. ${title}.`,
  };
}
