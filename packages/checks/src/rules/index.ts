import type { Rule } from '../define-rule.js';
import { doseConflict } from './dose-conflict.js';
import { doseRange } from './dose-range.js';
import { drugNotInLexicon } from './drug-not-in-lexicon.js';
import { duplicateId } from './duplicate-id.js';
import { duplicateReference } from './duplicate-reference.js';
import { fractionationArithmetic } from './fractionation-arithmetic.js';
import { regimenIncomplete } from './regimen-incomplete.js';
import { recommendationWithoutRule } from './recommendation-without-rule.js';
import { regimenMismatch } from './regimen-mismatch.js';
import { regimenValueOmitted } from './regimen-value-omitted.js';
import { regimenValueUnstated } from './regimen-value-unstated.js';
import { ruleReference } from './rule-reference.js';
import { unitKind } from './unit-kind.js';
import { duplicateSectionNumber } from './duplicate-section-number.js';
import { invalidNctId } from './invalid-nct-id.js';
import { missingEvidenceGrade } from './missing-evidence-grade.js';
import { schema } from './schema.js';
import { sectionOrder } from './section-order.js';
import { unknownEvidenceGrade } from './unknown-evidence-grade.js';
import { unresolvedCitation } from './unresolved-citation.js';
import { unresolvedCrossReference } from './unresolved-cross-reference.js';
import { unusedReference } from './unused-reference.js';

/** Every rule, in the order they run and are documented. */
export const allRules: readonly Rule<never>[] = [
  schema,
  doseRange,
  drugNotInLexicon,
  unitKind,
  regimenMismatch,
  regimenValueUnstated,
  regimenValueOmitted,
  doseConflict,
  fractionationArithmetic,
  regimenIncomplete,
  unresolvedCitation,
  unusedReference,
  duplicateReference,
  invalidNctId,
  unresolvedCrossReference,
  duplicateSectionNumber,
  duplicateId,
  sectionOrder,
  missingEvidenceGrade,
  unknownEvidenceGrade,
  ruleReference,
  recommendationWithoutRule,
] as Rule<never>[];
