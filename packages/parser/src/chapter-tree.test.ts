// A chapter handed over as the tree remark already parsed reads exactly as one parsed from text.
import { fileURLToPath } from 'node:url';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGuidelineGraph, parseCounts, readGuidelineSources, remarkGuidelineSyntax, type GuidelineSources } from './index.js';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const remark = unified().use(remarkParse).use(remarkGuidelineSyntax).freeze();
let sources: GuidelineSources;

beforeAll(async () => {
  sources = (await readGuidelineSources(projectRoot, 'livmoderkroppscancer')).sources;
});

/** The guideline with its one chapter replaced by `text`, given as a remark tree or as text only. */
function withChapter(text: string, asTree: boolean): GuidelineSources {
  const [chapter] = sources.chapters;
  const tree = asTree ? { tree: remark.parse(text) } : {};
  return { ...sources, chapters: [{ path: chapter!.path, text, ...tree }] };
}

describe('a chapter read from its remark tree', () => {
  it('gives the same graph, findings and acknowledgements as the chapter parsed from text', () => {
    const text = sources.chapters[0]!.text;
    expect(buildGuidelineGraph(withChapter(text, true))).toEqual(buildGuidelineGraph(withChapter(text, false)));
  });

  it('is not parsed again', () => {
    const guideline = withChapter(sources.chapters[0]!.text, true);
    const before = parseCounts().markdown;
    buildGuidelineGraph(guideline);
    expect(parseCounts().markdown).toBe(before);
    buildGuidelineGraph(withChapter(sources.chapters[0]!.text, false));
    expect(parseCounts().markdown).toBe(before + 1);
  });

  it('has its nesting bounded by the syntax preset, and the flattened lines reported, as when parsed from text', () => {
    const text = `# 13 Återfall\n\n${'> '.repeat(5000)}Text.\n\n${'- '.repeat(5000)}Mer text.\n`;
    const fromTree = buildGuidelineGraph(withChapter(text, true));
    expect(fromTree).toEqual(buildGuidelineGraph(withChapter(text, false)));
    expect(fromTree.diagnostics.filter((d) => d.ruleId === 'nesting-depth').map((d) => d.source?.start.line)).toEqual([3, 5]);
  });
});
