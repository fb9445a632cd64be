// The real chapter 13 (livmoderkroppscancer), read end to end as the build reads it.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { GraphIndex, validateGraph, type GraphNode } from '@guideline-as-code/model';
import { statedValue } from '@guideline-as-code/types';
import { loadGuideline, type ParsedGuideline } from './index.js';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const chapterFile = 'guideline-src/livmoderkroppscancer/13-behandling-av-aterfall.md';
let parsed: ParsedGuideline;
let index: GraphIndex;
let markdown: string;

beforeAll(async () => {
  parsed = await loadGuideline(projectRoot, 'livmoderkroppscancer');
  index = new GraphIndex(parsed.graph);
  markdown = await readFile(new URL(`../../../${chapterFile}`, import.meta.url), 'utf8');
});

const numbers = (nodes: GraphNode[]) => nodes.map((node) => (node.type === 'section' ? node.number : ''));

describe('chapter 13 as a knowledge graph', () => {
  it('reads without diagnostics and validates against the schema', () => {
    expect(parsed.diagnostics).toEqual([]);
    expect(validateGraph(parsed.graph)).toEqual([]);
  });

  it('has the 16 sections with their numbers and titles', () => {
    const sections = index.ofType('section');
    expect(numbers(sections)).toEqual([
      '13', '13.1', '13.2', '13.3', '13.3.1', '13.3.2', '13.3.2.1', '13.3.2.2', '13.3.2.3', '13.3.2.4',
      '13.4', '13.4.1', '13.4.2', '13.4.2.1', '13.4.2.2', '13.4.2.3',
    ]);
    expect(sections.map((s) => s.title)).toContain('Behandling av återfall');
    expect(sections.find((s) => s.number === '13.3.2.1')).toMatchObject({ title: 'Immunterapi', depth: 4, path: ['13', '13.3', '13.3.2', '13.3.2.1'] });
    expect(index.targets('section:13.3.2', 'contains').filter((n) => n.type === 'section').map((n) => n.id)).toEqual([
      'section:13.3.2.1', 'section:13.3.2.2', 'section:13.3.2.3', 'section:13.3.2.4',
    ]);
  });

  it('has 10 recommendations, 5 with grades (+++ ×2, ++ ×1, + ×2)', () => {
    const recommendations = index.ofType('recommendation');
    expect(recommendations).toHaveLength(10);
    expect(recommendations.map((r) => statedValue(r.grade) ?? null)).toEqual([null, null, null, null, '+++', '+++', null, '+', '+', '++']);
    for (const { grade } of recommendations) if (!grade.notStated) expect(grade.text).toBe(`(${grade.value})`);
    expect(recommendations[6]!.text.value).toMatch(/^Vid tumör med defekta MMR-proteiner.*maximalt 2 år\.$/);
    expect(recommendations.every((r) => r.section === 'section:13')).toBe(true);
  });

  it('states each recommendation and sentence by its exact span: citations in the text, not in the value', () => {
    const spans = [...index.ofType('recommendation'), ...index.ofType('statement')];
    for (const { text } of spans) expect(markdown.slice(text.source.start.offset, text.source.end.offset)).toBe(text.text);
    const cited = spans.filter(({ text }) => text.text.includes('[@'));
    expect(cited.length).toBeGreaterThan(20);
    for (const { text } of cited) expect(text.value).not.toContain('[@');
    // A bullet's prose leaves out the bullet marker and its `::villkor` rule.
    const bullets = index.ofType('recommendation').map(({ text }) => text.text);
    expect(bullets[1]).toBe('Vid återfall bör man i första hand utreda om kurativt syftande kirurgi eller strålbehandling är möjlig. Vid lokalt återfall kan strålbehandling vara kurativt.');
    for (const text of bullets) expect(text).not.toMatch(/^- |::villkor/);
  });

  it('keeps only the drugs the chapter names, each with its Swedish name stated by the lexicon', () => {
    const drugs = index.ofType('drug');
    expect(parsed.lexicon.drugs.length).toBeGreaterThan(300);
    expect(drugs.length).toBeLessThan(40);
    for (const drug of drugs) expect(index.sources(drug.id, 'refersTo').length + index.sources(drug.id, 'mentions').length, drug.id).toBeGreaterThan(0);
    expect(drugs.map((drug) => drug.key)).toEqual(expect.arrayContaining(['carboplatin', 'paclitaxel', 'pembrolizumab', 'lenvatinib', 'medroxyprogesterone-acetate']));
    const carboplatin = drugs.find((drug) => drug.key === 'carboplatin')!;
    expect(carboplatin.name).toMatchObject({ notStated: false, value: 'karboplatin', text: 'karboplatin' });
    expect(carboplatin.name.source.file).toBe('guideline-src/lexicon/carboplatin.yaml');
  });

  it('cites exactly the 44 reference numbers, each citation resolved', () => {
    const citations = index.ofType('citation');
    expect(citations).toHaveLength(50);
    const cited = new Set(citations.map((c) => Number(c.key)));
    const expected = new Set([60, 83, 84, 126, 133, ...Array.from({ length: 39 }, (_, i) => 152 + i)]);
    expect([...cited].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
    for (const citation of citations) expect(index.targets(citation.id, 'cites').map((r) => r.id)).toEqual([`reference:${citation.key}`]);
  });

  it('places every citation in the sentence it was printed in', () => {
    // Rebuild each cited sentence as printed (citation numbers glued after the text) and
    // find it in the original plain-text chapter.
    return readFile(new URL('../../../guideline-src/livmoderkroppscancer/original/kapitel-13.txt', import.meta.url), 'utf8').then((original) => {
      const statements = index.ofType('statement').filter((s) => index.targets(s.id, 'contains').some((n) => n.type === 'citation'));
      expect(statements.length).toBe(32); // one per citation group
      for (const statement of statements) {
        const raw = markdown.slice(statement.source.start.offset, statement.source.end.offset);
        const printed = raw.replace(/\[@([^\]]+)\]/g, (_, keys: string) => keys.split(/;\s*/).map((k) => k.replace('@', '')).join(''));
        expect(original, `sentence ${statement.id}`).toContain(printed.replace(/^- /, ''));
      }
    });
  });

  it('names the four trials by NCT id and resolves the cross-reference to 13.3.2.1', () => {
    const trials = index.ofType('trial');
    expect(trials.filter((t) => !t.nct.notStated).map((t) => [t.name.value, statedValue(t.nct)])).toEqual([
      ['KEYNOTE-B21', 'NCT04634877'],
      ['ENGOT-EN15', 'NCT05173987'],
      ['RUBY', 'NCT03981796'],
      ['FANDANGO', 'NCT02730416'],
    ]);
    expect(trials.map((t) => t.id)).toEqual(expect.arrayContaining(['trial:keynote-158', 'trial:keynote-775', 'trial:gog-209', 'trial:mito-end-2']));
    for (const trial of trials) expect(index.sources(trial.id, 'refersTo').length, trial.name.value).toBeGreaterThan(0);
    const [crossReference] = index.ofType('crossReference');
    expect(crossReference?.targetNumber).toBe('13.3.2.1');
    expect(index.targets(crossReference!.id, 'refersTo').map((n) => n.id)).toEqual(['section:13.3.2.1']);
  });

  it('marks the condition mentions the issue names', () => {
    const mentioned = new Set(index.ofType('mention').filter((m) => m.kind === 'condition').flatMap((m) => index.targets(m.id, 'refersTo').map((n) => n.id)));
    for (const id of [
      'condition:mmr-status=dMMR',
      'condition:mmr-status=pMMR',
      'condition:hormone-receptor-status=positive',
      'condition:her2-status=amplified',
      'condition:prior-platinum=true',
    ]) expect(mentioned, id).toContain(id);
  });

  it('loses no sentence: every sentence of the Markdown prose is found in the graph', () => {
    const rebuilt = index.ofType('statement').map((s) => s.text.value).join('\n');
    const prose = markdown
      .split('\n')
      .filter((line) => line !== '' && !/^(#|:::|---|\||<!--|\s*::villkor|\w[\w-]*:)/.test(line))
      .map((line) => line.replace(/^- /, '').replace(/\s*\[@[^\]]+\]/g, ''));
    let sentences = 0;
    for (const line of prose) {
      for (const sentence of line.split(/(?<=\.)\s+(?=[A-ZÅÄÖ0-9]|[a-z]{1,3}[A-Z])/u)) {
        sentences++;
        expect(rebuilt, sentence).toContain(sentence.replace(/\s*\(\++\)$/, '').trim());
      }
    }
    expect(sentences).toBeGreaterThan(150);
  });

  it('gives every node a stable id and a source position inside its file', () => {
    const ids = new Set<string>();
    for (const node of parsed.graph.nodes) {
      expect(ids.has(node.id), node.id).toBe(false);
      ids.add(node.id);
      expect(node.source.start.line, node.id).toBeGreaterThanOrEqual(1);
      expect(node.source.end.offset, node.id).toBeGreaterThanOrEqual(node.source.start.offset);
    }
  });
});
