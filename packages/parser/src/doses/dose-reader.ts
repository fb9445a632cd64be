import type { DoseStatementNode, StatementNode } from '@guideline-as-code/model';
import { findDrug, parseDoses, type DrugEntry, type DrugLexicon, type ParsedDose } from '@guideline-as-code/dose';
import type { ChapterState, ReadStatement, StatementReader } from '../chapter/state.js';
import type { MappedText } from '../text/mapped-text.js';
import { doseRole } from './dose-role.js';
import { doseStatementId } from '../ids/dose-statement-id.js';

/** How problems the grammar finds next to a dose are reported. */
const severities = {
  'unknown-drug': 'error',
  'dose-without-drug': 'warning',
  'dose-ambiguous': 'warning',
  'dose-partial-reading': 'warning',
} as const;

/**
 * The dose grammar as a statement reader: every dose in a sentence becomes a dose-statement
 * node with its normalised values, its role (recommended, practice, trial arm) and its
 * source position. The section's heading, and the headings of the sections around it, are passed
 * to the grammar: a dose whose sentence names no drug gets the one drug the nearest heading that
 * names any names, and `drugFromHeading` points at that name; before the headings, the
 * sentences of its paragraph just before it are asked the same (`drugFromSentence`). Whether a dose is plausible is left to the rules (`dose-range`, `unit-kind`).
 */
export function doseReader(lexicon: DrugLexicon): StatementReader {
  return {
    read(statement: ReadStatement, state: ChapterState): void {
      if (!mayHoldDose(statement.text.text)) return;
      // The section's heading first, then those of the sections around it: the nearest that names a drug decides.
      const headings = statement.heading === null ? [] : [statement.heading, ...statement.outerHeadings];
      const { doses, diagnostics } = parseDoses(statement.text.text, lexicon, {
        checkRanges: false,
        checkKinds: false,
        ...(headings.length === 0 ? {} : { heading: headings.map((heading) => heading.text) }),
        ...(statement.earlierSentences.length === 0 ? {} : { earlierSentences: statement.earlierSentences.map((sentence) => sentence.text) }),
      });
      const role = doseRole(statement.text.text, statement.context);
      const owner = state.builder.get(statement.id) as StatementNode | undefined;
      for (const dose of doses) {
        const trial = role === 'trialArm' ? statement.trial : null;
        const fields = normalisedFields(dose, dose.drug === null ? undefined : findDrug(lexicon, dose.drug));
        const node = state.builder.add<DoseStatementNode>({
          id: doseStatementId({ ...fields, role, trial }, owner ?? { section: statement.section.id }),
          type: 'doseStatement',
          source: statement.text.span(dose.start, dose.end),
          text: dose.text,
          statement: statement.id,
          role,
          trial,
          ...fields,
          // The drug is derived from a section heading or an earlier sentence: provenance points at its name there.
          ...drugFromHeading(dose, headings),
          ...drugFromSentence(dose, statement),
        });
        state.builder.link('contains', statement.id, node.id);
        if (node.drug) state.builder.link('refersTo', node.id, node.drug);
        if (node.regimen) state.builder.link('refersTo', node.id, node.regimen);
        if (node.trial) state.builder.link('refersTo', node.id, node.trial);
      }
      for (const problem of diagnostics) {
        // `dose-range` and `unit-kind` are the checks' rules; the grammar reports the rest.
        if (problem.ruleId === 'dose-range' || problem.ruleId === 'unit-kind') continue;
        state.diagnostics.push({
          ruleId: problem.ruleId,
          severity: severities[problem.ruleId],
          message: { en: `${problem.message.en}.`, sv: `${problem.message.sv}.` },
          ...(problem.fix === undefined ? {} : { fix: problem.fix }),
          source: statement.text.span(problem.start, problem.end),
        });
      }
    },
  };
}

/** Where a drug derived from a heading is named: in the heading the grammar says, mapped to the file. */
function drugFromHeading(dose: ParsedDose, headings: readonly MappedText[]): Pick<DoseStatementNode, 'drugFromHeading'> {
  const found = dose.drugFromHeading;
  const heading = found === null ? undefined : headings[found.heading];
  return found === null || heading === undefined ? {} : { drugFromHeading: heading.span(found.start, found.end) };
}

/** Where a drug derived from an earlier sentence is named: in that sentence (or its own text), mapped to the file. */
function drugFromSentence(dose: ParsedDose, statement: ReadStatement): Pick<DoseStatementNode, 'drugFromSentence'> {
  const found = dose.drugFromSentence;
  if (found === null) return {};
  const sentence = found.sentence === null ? statement.text : statement.earlierSentences[found.sentence];
  return sentence === undefined ? {} : { drugFromSentence: sentence.span(found.start, found.end) };
}

// Every dose has a number (`175 mg/m2`, `4 Gy x 5`, `x 6–8`) or a number of cycles in words
// (`sju cykler KarPak`); a sentence that repeats the course after a dose (`Upprepas var tredje
// vecka`) is reported; most sentences have none of these and need not go through the grammar.
const doseHint = /\d|cyk|cycl|kur|course|upprep|repeat/i;

/** Whether a sentence can hold a dose at all. */
export function mayHoldDose(text: string): boolean {
  return doseHint.test(text);
}

type DoseFields = Omit<DoseStatementNode, 'id' | 'type' | 'source' | 'text' | 'statement' | 'role' | 'trial'>;

function normalisedFields(dose: ParsedDose, drug: DrugEntry | undefined): DoseFields {
  return {
    drug: dose.drug === null ? null : `drug:${dose.drug}`,
    drugText: dose.drugText,
    inn: drug?.inn ?? null,
    atc: drug?.atc?.code ?? null,
    regimen: dose.regimen === null ? null : `regimen:${dose.regimen}`,
    regimenText: dose.regimenText,
    amount: dose.amount,
    unit: dose.unit,
    doseKind: dose.doseKind,
    intervalDays: dose.intervalDays,
    pause: dose.pause,
    cycles: dose.cycles,
    phase: dose.phase,
    phaseCount: dose.phaseCount,
    maxDuration: dose.maxDuration,
    route: dose.route,
    fractionation: dose.fractionation,
    intensityPerWeek: dose.intensityPerWeek,
    days: dose.days,
    cycleLengthDays: dose.cycleLengthDays,
    timesPerDay: dose.timesPerDay,
    maxSingleDose: dose.maxSingleDose,
    cumulativeMaxDose: dose.cumulativeMaxDose,
    phaseKind: dose.phaseKind,
    drugRole: dose.drugRole,
  };
}
