import { main } from './main.js';

// A reader that stops early (`guideline check | head`) closes the pipe: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

// The bundle's entry: run with the process's arguments and streams, exit with the code.
// The bundle keeps a parse cache, keyed on the bundle's hash (code-version.ts). No top-level
// await, so that the bundle can be CommonJS and start from a V8 code cache (bin/code-cache.cjs).
void main(
  process.argv.slice(2),
  {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
  // Loaded with the command that needs it (the parser comes with it), not for `--version`.
  async (root) => new (await import('./disk-cache.js')).DiskCache(root),
).then((code) => {
  process.exitCode = code;
});
