import { createRequire } from 'node:module';

// Read at run time from the package's own package.json (beside dist/ in both the tsc output
// and the bundle), so the reported version is always the published one.
const packageJson = createRequire(import.meta.url)('../package.json') as { version: string };

/** The tool's version, as published. */
export const version: string = packageJson.version;
