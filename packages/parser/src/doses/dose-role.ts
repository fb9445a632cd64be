import type { DoseStatementNode } from '@guideline-as-code/model';

type Role = DoseStatementNode['role'];

// A sentence that reports what a study did: `randomiserades till`, `behandlades med`, `gavs`,
// `patienterna fick`, `i studieform`, `studerades`, `bedömdes` (a meta-analysis' finding). Past
// tense: a recommendation or a description of practice is written `ges`, `får`. Adjectives such as
// "randomiserade fas III-studier" (in "without support of randomised trials") do not count.
const trialReport = words(
  'randomiser(?:ades|as)|randomiserade\\s+(?:till|dessa)|behandlades|gavs|erhöll|(?:patienterna|deltagarna|\\p{L}*armen)\\s+fick|fick\\s+(?:patienterna|deltagarna)|i studieform|studerades|bedömdes|utvärderades|utvärderats|studiebehandling\\p{L}*|studiearm\\p{L}*|were randomi[sz]ed|were given|received',
);

// A sentence that recommends: `rekommenderas`, `bör`, `föreslås`, `lämplig dos`, or `kan …
// ges / övervägas / prövas / behandlas / väljas` ("Tamoxifen kan prövas 20–40 mg dagligen").
const recommends = words(
  'rekommenderas|bör|föreslås|lämplig dos|recommended|should|kan(?![\\p{L}])[^.]{0,60}?(?<![\\p{L}])(?:ges|övervägas|överväga|prövas|behandlas|väljas|given|considered)',
);

/** Alternatives that match whole words only (`\b` in a JS regex knows no å, ä or ö). */
function words(alternatives: string): RegExp {
  return new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, 'iu');
}

/**
 * Whether a dose is recommended, described as practice, or reported as a trial arm. The box of
 * recommendations always recommends; otherwise the sentence's verbs tell.
 */
export function doseRole(sentence: string, context: string): Role {
  if (context === 'recommendation') return 'recommendation';
  if (trialReport.test(sentence)) return 'trialArm';
  if (recommends.test(sentence)) return 'recommendation';
  return 'practice';
}
