import type { Source } from '@guideline-as-code/types';
import type { Extension } from '@medplum/fhirtypes';
import { OWN_EXTENSIONS } from '../canonical/own.js';

/** The source-position extension for a span of the guideline source (end exclusive, as in unist). */
export function sourcePositionExtension(source: Source): Extension {
  return {
    url: OWN_EXTENSIONS.sourcePosition,
    extension: [
      { url: 'file', valueString: source.file },
      { url: 'line', valuePositiveInt: source.start.line },
      { url: 'column', valuePositiveInt: source.start.column },
      { url: 'endLine', valuePositiveInt: source.end.line },
      { url: 'endColumn', valuePositiveInt: source.end.column },
    ],
  };
}

export interface ContentPackage {
  readonly name: string;
  readonly version: string;
  /** `sha256:` and the lowercase hex digest of the guideline sources: the `contentHash` of the package's `version.json`. */
  readonly contentHash: string;
}

const CONTENT_HASH = /^sha256:[0-9a-f]{64}$/;

/** The content-package extension; a malformed hash is a programmer error, so it throws. */
export function contentPackageExtension(contentPackage: ContentPackage): Extension {
  if (!CONTENT_HASH.test(contentPackage.contentHash)) {
    throw new Error(`content hash must be sha256: and 64 hex digits, got ${contentPackage.contentHash}`);
  }
  return {
    url: OWN_EXTENSIONS.contentPackage,
    extension: [
      { url: 'name', valueString: contentPackage.name },
      { url: 'version', valueString: contentPackage.version },
      { url: 'contentHash', valueString: contentPackage.contentHash },
    ],
  };
}

/**
 * Says that `element` (relative to the element carrying the extension) is absent because the
 * guideline does not state it; `text` is the source's own words for that, where it has any.
 */
export function notStatedExtension(element: string, text: string | null): Extension {
  const parts: Extension[] = [{ url: 'element', valueString: element }];
  if (text !== null) parts.push({ url: 'text', valueString: text });
  return { url: OWN_EXTENSIONS.notStated, extension: parts };
}
