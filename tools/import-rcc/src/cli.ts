#!/usr/bin/env node
/**
 * Entry point of `import-rcc`. Relative paths are resolved against the directory the command
 * was started from: under `pnpm --filter … run import` the script runs inside the package
 * folder, and pnpm passes the caller's directory as INIT_CWD.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { runImport } from './run-import.js';

process.exitCode = runImport(process.argv.slice(2), {
  cwd: process.env['INIT_CWD'] ?? process.cwd(),
  readFile: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
  writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
