import { describe, expect, it } from 'vitest';
import { runImport, type CliIo } from './run-import.js';

/** An in-memory file system and captured output. */
function memoryIo(files: Record<string, string>): CliIo & { files: Record<string, string>; out: string; err: string } {
  const io = {
    files: { ...files },
    out: '',
    err: '',
    cwd: '/repo',
    readFile: (path: string) => io.files[path],
    writeFile: (path: string, text: string) => {
      io.files[path] = text;
    },
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
  };
  return io;
}

const CHAPTER = ['Till sidinnehåll', '', 'Titel', '', '2.1', '', 'Del', '', 'Text om sjukdom 1150. Och studien 35.'].join('\n');
const ARGS = ['g/original/k2.txt', '--guideline-dir', 'g', '--chapter', '2', '--slug', 'en-titel', '--references', '1-190'];

describe('runImport', () => {
  it('writes the chapter and references.yaml and prints the report with line numbers', () => {
    const io = memoryIo({ '/repo/g/original/k2.txt': CHAPTER });
    expect(runImport(ARGS, io)).toBe(0);
    expect(io.files['/repo/g/02-en-titel.md']).toBe(
      '---\nchapter: 2\ntitle: Titel\nimported-from: original/k2.txt\n---\n\n# 2 Titel\n\n## 2.1 Del\n\nText om sjukdom 1150. Och studien [@35].\n',
    );
    expect(io.files['/repo/g/references.yaml']).toContain('- id: "35"\n  citation-number: 35\n');
    expect(io.out).toContain('skipped lines: 1\n  line 1: "Till sidinnehåll" (web-page chrome, not chapter text)');
    expect(io.out).toContain('ambiguities (left as printed; decide and edit the Markdown): 1\n  line 9: "sjukdom 1150": glued citations split equally well as 1, 150 | 11, 50');
    expect(io.out).toContain('citations: 1 citation groups, 1 citation keys, 1 distinct numbers (35)');
    expect(io.err).toBe('');
  });

  it('keeps an editor\'s additions to references.yaml on a re-import', () => {
    const io = memoryIo({ '/repo/g/original/k2.txt': CHAPTER });
    runImport(ARGS, io);
    const edited = (io.files['/repo/g/references.yaml'] ?? '').replace('citation-number: 35\n', 'citation-number: 35\n  title: Ifylld titel\n');
    io.files['/repo/g/references.yaml'] = edited;
    expect(runImport(ARGS, io)).toBe(0);
    expect(io.files['/repo/g/references.yaml']).toBe(edited);
  });

  it('--check writes nothing and fails while the files are not what an import writes', () => {
    const io = memoryIo({ '/repo/g/original/k2.txt': CHAPTER });
    expect(runImport([...ARGS, '--check'], io)).toBe(1);
    expect(Object.keys(io.files)).toEqual(['/repo/g/original/k2.txt']);
    expect(io.err).toContain('g/02-en-titel.md, g/references.yaml');
    expect(runImport(ARGS, io)).toBe(0);
    expect(runImport([...ARGS, '--check'], io)).toBe(0);
    io.files['/repo/g/02-en-titel.md'] += 'redigerat\n';
    expect(runImport([...ARGS, '--check'], io)).toBe(1);
  });

  it('--verbose lists every number with its reading', () => {
    const io = memoryIo({ '/repo/g/original/k2.txt': CHAPTER });
    runImport([...ARGS, '--verbose'], io);
    expect(io.out).toContain('  line 9: "35" citation 35');
  });

  it.each([
    [['--chapter', '2'], 'give exactly one input file'],
    [ARGS.filter((a) => a !== '--references' && a !== '1-190'), 'missing --references'],
    [ARGS.map((a) => (a === '2' ? 'två' : a)), '--chapter must be a number'],
    [ARGS.map((a) => (a === 'en-titel' ? 'En titel' : a)), '--slug must be lowercase'],
    [ARGS.map((a) => (a === 'g/original/k2.txt' ? 'saknas.txt' : a)), 'cannot read /repo/saknas.txt'],
    [[...ARGS, '--okänd'], 'Unknown option'],
  ])('rejects bad arguments %j', (args, message) => {
    const io = memoryIo({ '/repo/g/original/k2.txt': CHAPTER });
    expect(runImport(args, io)).toBe(2);
    expect(io.err).toContain(message);
    expect(Object.keys(io.files)).toHaveLength(1);
  });
});
