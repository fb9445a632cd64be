import { DiskCache } from './disk-cache.js';
import { main } from './main.js';

// The bundle's entry: run with the process's arguments and streams, exit with the code.
// Only the bundle keeps a parse cache: its key includes a hash of this very file.
process.exitCode = await main(
  process.argv.slice(2),
  {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
  (root) => new DiskCache(root),
);
