import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IndentationText, ModuleKind, ModuleResolutionKind, NewLineKind, Project, QuoteKind, ScriptTarget, ts } from 'ts-morph';
import { banner } from '../banner.js';
import type { ModuleStructure } from './structures.js';

/** TypeScript modules of one package, by path relative to its output folder (e.g. `index.ts`). */
export interface PackageModules {
  /** A name for the package's folder in the compilation; unique per build. */
  readonly name: string;
  /** Where the modules come from, for the banner. */
  readonly origin: string;
  readonly modules: Readonly<Record<string, ModuleStructure>>;
  /** Library modules from this package's `src/runtime/`, copied in as `runtime/<file>`. */
  readonly runtime: readonly string[];
}

// The compilation is rooted inside this package, so that the generated modules resolve their
// dependencies (the dose calculator) from here, wherever the output is written.
// This module is at src/typescript/ (tests) or dist/typescript/ (built): the package is two up.
const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
const runtimeFolder = path.join(packageRoot, 'src', 'runtime');
const virtualRoot = path.join(packageRoot, '.generated');

/**
 * Type-checks the modules of every package under the strict settings a consumer may use, and
 * emits ES modules and declarations. Output paths are relative to each package's output
 * folder; each file starts with a banner. Throws when the generated code does not type-check:
 * that is a bug in a generator, never a problem of the guideline.
 */
export function emitModules(packages: readonly PackageModules[]): Map<string, Map<string, string>> {
  const project = new Project({
    skipAddingFilesFromTsConfig: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single },
    compilerOptions: {
      target: ScriptTarget.ES2022,
      lib: ['lib.es2023.d.ts'],
      module: ModuleKind.NodeNext,
      moduleResolution: ModuleResolutionKind.NodeNext,
      types: [],
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      verbatimModuleSyntax: true,
      declaration: true,
      skipLibCheck: true,
      newLine: NewLineKind.LineFeed,
    },
  });
  for (const pkg of packages) {
    const root = path.join(virtualRoot, pkg.name);
    for (const [file, structure] of Object.entries(pkg.modules)) project.createSourceFile(path.join(root, file), structure, { overwrite: true });
    for (const file of pkg.runtime) {
      project.createSourceFile(path.join(root, 'runtime', file), readFileSync(path.join(runtimeFolder, file), 'utf8'), { overwrite: true });
    }
  }
  const diagnostics = project.getPreEmitDiagnostics();
  if (diagnostics.length > 0) {
    const host = { getCanonicalFileName: (name: string) => name, getCurrentDirectory: () => virtualRoot, getNewLine: () => '\n' };
    throw new Error(`The generated modules do not type-check:\n${ts.formatDiagnostics(diagnostics.map((d) => d.compilerObject), host)}`);
  }
  const output = new Map<string, Map<string, string>>(packages.map((pkg) => [pkg.name, new Map()]));
  for (const file of project.emitToMemory().getFiles()) {
    const relative = path.relative(virtualRoot, file.filePath).split(path.sep);
    const [name, ...rest] = relative;
    const pkg = packages.find((candidate) => candidate.name === name);
    if (!pkg) throw new Error(`Emitted a file outside every package: ${file.filePath}`);
    const origin = rest[0] === 'runtime' ? `the library module src/runtime/${rest.slice(1).join('/').replace(/\.d\.ts$|\.js$/, '.ts')}` : pkg.origin;
    output.get(pkg.name)!.set(rest.join('/'), banner(origin) + file.text);
  }
  return output;
}
