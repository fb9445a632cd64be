// What is in the CLI bundle: bytes per package, from the metafile that scripts/bundle.mjs writes.
// `node scripts/bundle-report.mjs [top]` after a build.
import { readFile } from 'node:fs/promises';

const meta = JSON.parse(await readFile(new URL('../dist/guideline.meta.json', import.meta.url), 'utf8'));
const [name, output] = Object.entries(meta.outputs).find(([file]) => !file.endsWith('.map'));
const packages = new Map();
for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
  const dependency = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1];
  const key = dependency ?? file.replace(/^(\.\.\/)+/, '').split('/').slice(0, 2).join('/');
  packages.set(key, (packages.get(key) ?? 0) + bytesInOutput);
}
const top = Number(process.argv[2] ?? 25);
console.log(`${name}: ${(output.bytes / 1024).toFixed(0)} KiB from ${Object.keys(output.inputs).length} files`);
for (const [key, bytes] of [...packages].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${(bytes / 1024).toFixed(1).padStart(8)} KiB  ${((100 * bytes) / output.bytes).toFixed(1).padStart(5)} %  ${key}`);
}
