import type { Extension } from '@medplum/fhirtypes';
import { OWN_CANONICAL_BASE } from '../../canonical/own.js';
import { extensionSpec, type ExtensionPart } from '../../canonical/extension-specs.js';
import { error, type FhirIssue } from '../issue.js';

const VALUE_KEY = (type: string): string => `value${type[0]!.toUpperCase()}${type.slice(1)}`;

/**
 * Checks every extension under our canonical base, anywhere in the resource, against its spec:
 * a known URL, each part present as often as the spec says, values of the right type, codes
 * from the spec's list, no stray parts. The R4 validator cannot do this: it does not know our
 * StructureDefinitions.
 */
export function checkOwnExtensions(resource: object, rootPath: string): FhirIssue[] {
  const issues: FhirIssue[] = [];
  walk(resource, rootPath, issues);
  return issues;
}

function walk(node: unknown, path: string, issues: FhirIssue[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => walk(item, `${path}[${index}]`, issues));
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'extension' && Array.isArray(value)) {
      value.forEach((extension: Extension, index) => checkExtension(extension, `${path}.extension[${index}]`, issues));
    }
    if (key === 'resource' || key === 'contained') continue; // Bundle entries and contained resources are checked on their own
    walk(value, `${path}.${key}`, issues);
  }
}

function checkExtension(extension: Extension, path: string, issues: FhirIssue[]): void {
  if (!extension.url?.startsWith(`${OWN_CANONICAL_BASE}/`)) return;
  const spec = extensionSpec(extension.url);
  if (!spec) {
    issues.push(error('own-extension-unknown', path, `\`${extension.url}\` is under our canonical base but no extension of ours has that URL`));
    return;
  }
  if (spec.value) {
    checkValue(extension, { ...spec.value, name: 'value', min: 1 }, path, issues);
    if (extension.extension?.length) issues.push(error('own-extension-shape', path, `\`${spec.id}\` is a simple extension and has no parts`));
    return;
  }
  const parts = extension.extension ?? [];
  for (const [index, part] of parts.entries()) {
    const partSpec = spec.parts?.find((candidate) => candidate.name === part.url);
    if (!partSpec) issues.push(error('own-extension-shape', `${path}.extension[${index}]`, `\`${spec.id}\` has no part \`${part.url}\``));
    else checkValue(part, partSpec, `${path}.extension[${index}]`, issues);
  }
  for (const partSpec of spec.parts ?? []) {
    const count = parts.filter((part) => part.url === partSpec.name).length;
    if (count < partSpec.min) issues.push(error('own-extension-shape', path, `\`${spec.id}\` needs part \`${partSpec.name}\``));
    if (count > 1) issues.push(error('own-extension-shape', path, `\`${spec.id}\` has part \`${partSpec.name}\` ${count} times, at most once is allowed`));
  }
}

function checkValue(extension: Extension, part: ExtensionPart, path: string, issues: FhirIssue[]): void {
  const expected = VALUE_KEY(part.type);
  const valueKeys = Object.keys(extension).filter((key) => key.startsWith('value'));
  if (valueKeys.length !== 1 || valueKeys[0] !== expected) {
    issues.push(error('own-extension-shape', path, `\`${part.name}\` needs \`${expected}\`, found ${valueKeys.map((key) => `\`${key}\``).join(', ') || 'no value'}`));
    return;
  }
  const value: unknown = Object.entries(extension).find(([key]) => key === expected)?.[1];
  if (part.codes && !part.codes.includes(String(value))) {
    issues.push(error('own-extension-shape', path, `\`${String(value)}\` is not one of ${part.codes.map((code) => `\`${code}\``).join(', ')}`));
  }
}
