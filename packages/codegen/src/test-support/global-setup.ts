import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { generateRealPackages, scratchFolder } from './generate-packages.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Package folders of the real guideline's generated content packages, by name. */
    generatedPackages: Record<string, string>;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = await scratchFolder('packages-');
  project.provide('generatedPackages', await generateRealPackages(folder));
  return () => rm(folder, { recursive: true, force: true });
}
