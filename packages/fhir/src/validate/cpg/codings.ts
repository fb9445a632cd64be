import type { CodeableConcept, Extension } from '@medplum/fhirtypes';
import { OWN_EXTENSIONS } from '../../canonical/own.js';

/** True when the concept carries the coding, as a FHIR pattern on a CodeableConcept requires. */
export function hasCoding(concept: CodeableConcept | undefined, system: string, code: string): boolean {
  return (concept?.coding ?? []).some((coding) => coding.system === system && coding.code === code);
}

export function extensionsWithUrl(extensions: Extension[] | undefined, url: string): Extension[] {
  return (extensions ?? []).filter((extension) => extension.url === url);
}

/** The element names that a `not-stated` extension among these declares absent on purpose. */
export function declaredNotStated(extensions: Extension[] | undefined): Set<string> {
  const names = new Set<string>();
  for (const extension of extensionsWithUrl(extensions, OWN_EXTENSIONS.notStated)) {
    const element = extension.extension?.find((part) => part.url === 'element')?.valueString;
    if (element) names.add(element);
  }
  return names;
}
