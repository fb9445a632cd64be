import { findingsOf } from './finding-definition.js';

/** Findings about `<!-- guideline-ignore rule: reason -->` comments themselves. */
export const suppressionFindings = findingsOf('suppression', {
  'suppression-format': {
    severity: 'error',
    summary: {
      en: 'A `guideline-ignore` comment without rule or reason, whose quoted text is gone, with text after it on its line, or never closed.',
      sv: 'En `guideline-ignore`-kommentar utan regel eller skäl, vars citerade text inte finns kvar, med text efter sig på raden, eller som aldrig stängs.',
    },
    why: {
      en: 'An acknowledgement must say which finding it accepts and why, so that reviewers can judge it; one whose quoted text is gone no longer applies.',
      sv: 'Ett godtagande måste ange vilket fynd det gäller och varför, så att granskare kan bedöma det; ett vars citerade text försvunnit gäller inte längre.',
    },
  },
  'suppression-unknown-rule': {
    severity: 'error',
    summary: { en: 'A `guideline-ignore` comment that names a finding id no rule or reader reports.', sv: 'En `guideline-ignore`-kommentar som anger ett fynd-id som ingen regel eller läsare rapporterar.' },
    why: {
      en: 'A misspelt id acknowledges nothing, while the comment makes it look as if the finding were accepted.',
      sv: 'Ett felstavat id godtar ingenting, men kommentaren får det att se ut som om fyndet vore godtaget.',
    },
  },
  'unused-suppression': {
    severity: 'warning',
    summary: { en: 'A `guideline-ignore` comment that acknowledges no finding any more.', sv: 'En `guideline-ignore`-kommentar som inte längre godtar något fynd.' },
    why: {
      en: 'Once the text is corrected, the acknowledgement is stale; left in place it would silently accept a new finding of the same rule later.',
      sv: 'När texten har rättats är godtagandet inaktuellt; om det lämnas kvar skulle det i tysthet godta ett nytt fynd av samma regel senare.',
    },
  },
});
