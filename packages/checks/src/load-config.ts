import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ChecksConfig } from './rule-config.js';

/** The file at the project root where rule settings live. */
export const configFileName = 'guideline.config.json';

/**
 * The project's rule settings, or none when there is no config file. A config file that is
 * not valid JSON is a usage error of the project, so it throws with the file named.
 */
export async function loadChecksConfig(projectRoot: string): Promise<ChecksConfig> {
  const file = path.join(projectRoot, configFileName);
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(await readFile(file, 'utf8')) as ChecksConfig;
  } catch (error) {
    throw new Error(`${configFileName} is not valid JSON: ${(error as Error).message}`);
  }
}
