// The rules on the real chapter 13, and on the chapter mutated one dose at a time.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '@guideline-as-code/types';
import { buildGuidelineGraph, readGuidelineSources, type GuidelineSources } from '@guideline-as-code/parser';
import { runChecks } from './index.js';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
let sources: GuidelineSources;
let text: string;
let findings: Diagnostic[];

beforeAll(async () => {
  sources = (await readGuidelineSources(projectRoot, 'livmoderkroppscancer')).sources;
  text = sources.chapters[0]!.text;
  findings = runChecks(buildGuidelineGraph(sources));
});

const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
/** The line of the chapter on which `snippet` starts (it must occur once). */
const lineOfText = (snippet: string) => {
  expect(text.split(snippet).length, snippet).toBe(2);
  return lineOf(text.indexOf(snippet));
};
const errors = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.severity === 'error' && !d.suppressed);

/** Checks the chapter with `replacement` written over text[start, end). */
function checkMutated(start: number, end: number, replacement: string): Diagnostic[] {
  const mutated = text.slice(0, start) + replacement + text.slice(end);
  return runChecks(buildGuidelineGraph({ ...sources, chapters: [{ ...sources.chapters[0]!, text: mutated }] }));
}

describe('guideline check on chapter 13', () => {
  it('finds no errors: the liposomal doxorubicin finding is acknowledged in the source', () => {
    expect(errors(findings)).toEqual([]);
    const acknowledged = findings.filter((d) => d.suppressed);
    const keynote775 = lineOfText('Fas III-studien Keynote 775');
    expect(acknowledged.map((d) => [d.ruleId, d.severity, d.source?.start.line])).toEqual([
      ['dose-range', 'error', keynote775],
      ['dose-conflict', 'warning', keynote775],
    ]);
  });

  it('reports KEYNOTE-775’s liposomal doxorubicin 60 mg/m2 every 3 weeks against the box and 13.3.1 (40 mg/m2 every 4 weeks)', () => {
    const conflict = findings.find((d) => d.ruleId === 'dose-conflict')!;
    expect(conflict.message.en).toBe(
      '`KEYNOTE-775` reports `pegylerat liposomalt doxorubicin` `60 mg/m2 every 3 weeks`, which contradicts the recommended `40 mg/m2`.',
    );
    expect(text.slice(conflict.source!.start.offset, conflict.source!.end.offset)).toBe('iv liposomalt doxorubicin 60 mg/m2 var tredje vecka');
    const related = conflict.related!.map((place) => text.slice(place.source.start.offset, place.source.end.offset));
    expect(related).toEqual(['pegylerat liposomalt doxorubicin 40 mg/m2', 'liposomalt doxorubicin i dosen 40\u00a0mg/m2 var 4:e vecka']);
    expect(conflict.suppressed?.reason).toMatch(/^Kontrollarmen i KEYNOTE-775/);
  });

  it('lists the remaining findings as warnings, each with its rule', () => {
    const warnings = findings.filter((d) => !d.suppressed).map((d) => `${d.ruleId}@${d.source?.start.line}`);
    expect(warnings).toEqual([
      `missing-evidence-grade@${lineOfText('- Vid återfall bör man i första hand utreda')}`,
      `missing-evidence-grade@${lineOfText('- Vid tumör med defekta MMR-proteiner')}`,
      ...['KarPak', 'Doxorubicin', 'Pegylerat liposomalt doxorubicin', 'Paklitaxel veckovis', 'Dostarlimab', 'MPA', 'Tamoxifen'].map(
        (name) => `regimen-incomplete@${lineOfText(`:::regimen[${name}]`)}`,
      ),
    ]);
  });
});

/** Every dose number in the chapter: amounts of doses and regimen rows (`175–200 mg/m2`, `AUC 5`, `64–66 Gy`). */
function doseNumbers(): { start: number; end: number; numbers: string }[] {
  const parsed = buildGuidelineGraph(sources);
  const spans = parsed.graph.nodes.flatMap((node) => {
    if (node.type === 'doseStatement') return [node.source];
    if (node.type === 'regimenComponent' && !node.amount.notStated) return [node.amount.source];
    return [];
  });
  const number = String.raw`\d{1,3}(?:[ \u00a0]\d{3})+|\d+(?:,\d+)?`;
  const space = '[ \\u00a0]?';
  const amount = new RegExp(String.raw`AUC${space}(${number})|(?<![\d,])((?:${number})(?:${space}[–-]${space}(?:${number}))?)(?=${space}(?:mg|Gy))`, 'gu');
  return spans.flatMap((span) =>
    [...text.slice(span.start.offset, span.end.offset).matchAll(amount)].map((match) => {
      const numbers = match[1] ?? match[2]!;
      const start = span.start.offset + match.index + match[0].indexOf(numbers);
      return { start, end: start + numbers.length, numbers };
    }),
  );
}

const scaled = (numbers: string, factor: number) =>
  numbers.replace(/\d{1,3}(?:[ \u00a0]\d{3})+|\d+(?:,\d+)?/g, (n) => {
    const value = Number(n.replace(/[ \u00a0]/g, '').replace(',', '.')) * factor;
    return String(Math.round(value * 10) / 10).replace('.', ',');
  });

describe('every dose number of the chapter, multiplied by 10', () => {
  const found = () => doseNumbers();
  it('covers every dose statement and regimen row with an amount', () => {
    // 32 statements with an amount (one of them with two: `2 Gy-fraktioner … 64–66 Gy`) and 13 regimen rows (one with two).
    expect(found().map((n) => n.numbers)).toHaveLength(47);
  });

  it('gives an error at that line, every time', () => {
    const missed: string[] = [];
    for (const { start, end, numbers } of found()) {
      const line = lineOf(start);
      const result = errors(checkMutated(start, end, scaled(numbers, 10)));
      if (!result.some((d) => d.source?.start.line === line)) missed.push(`${numbers} ×10 on line ${line}: ${text.slice(start - 30, end + 20)}`);
    }
    expect(missed).toEqual([]);
  });
});

describe('a dose of a regimen, or stated twice, changed to another plausible value', () => {
  it('gives an error that names the other place', () => {
    const parsed = buildGuidelineGraph(sources);
    const tracked = new Set(
      parsed.graph.nodes.flatMap((node) => {
        if (node.type === 'regimenComponent' && !node.amount.notStated) return [node.amount.source.start.offset];
        if (node.type === 'doseStatement' && node.role !== 'trialArm' && node.amount) return [node.source.start.offset];
        return [];
      }),
    );
    let mutated = 0;
    for (const { start, end, numbers } of doseNumbers()) {
      const owner = [...tracked].filter((offset) => offset <= start).sort((a, b) => b - a)[0];
      if (owner === undefined || start - owner > 80) continue;
      mutated++;
      const line = lineOf(start);
      const result = errors(checkMutated(start, end, scaled(numbers, 0.8))).filter((d) => d.source?.start.line === line);
      const elsewhere = result.flatMap((d) => d.related ?? []).filter((place) => place.source.start.line !== line);
      expect(result.map((d) => d.ruleId), `${numbers} ×0.8 on line ${line}`).toEqual(expect.arrayContaining([expect.stringMatching(/^(regimen-mismatch|dose-conflict)$/)]));
      expect(elsewhere.length, `${numbers} ×0.8 on line ${line} names another place`).toBeGreaterThan(0);
    }
    expect(mutated).toBeGreaterThanOrEqual(25);
  });
});
