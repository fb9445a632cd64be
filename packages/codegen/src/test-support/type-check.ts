import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';

/**
 * Type-checks files of a consumer project (`<folder>/consumer`) that imports the generated
 * packages by name, under the strict settings an app may use, declaration files included.
 * Returns the diagnostics as `file:line: TSxxxx message` lines; empty when it type-checks.
 */
export async function typeCheckConsumer(folder: string, files: Record<string, string>): Promise<string[]> {
  const consumer = path.join(folder, 'consumer');
  await writeFile(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const roots: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(consumer, name);
    await writeFile(file, text);
    roots.push(file);
  }
  const program = ts.createProgram(roots, {
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    verbatimModuleSyntax: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts'],
    types: [],
    noEmit: true,
    skipLibCheck: false,
  });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start) : undefined;
    const file = diagnostic.file ? path.relative(folder, diagnostic.file.fileName) : '';
    return `${file}:${where ? where.line + 1 : 0}: TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  });
}
