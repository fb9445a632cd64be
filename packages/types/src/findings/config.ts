import { findingsOf } from './finding-definition.js';

/** Findings about guideline.config.json, the per-project rule settings. */
export const configFindings = findingsOf('config', {
  'config-syntax': {
    severity: 'error',
    summary: { en: 'A guideline.config.json that is not valid JSON.', sv: 'En guideline.config.json som inte är giltig JSON.' },
    why: {
      en: 'Settings that cannot be read are not applied; every rule then runs with its default severity.',
      sv: 'Inställningar som inte går att läsa används inte; varje regel körs då med sin förvalda allvarlighetsgrad.',
    },
  },
  'config-shape': {
    severity: 'error',
    summary: { en: 'An unknown rule or severity in guideline.config.json.', sv: 'En okänd regel eller allvarlighetsgrad i guideline.config.json.' },
    why: {
      en: 'A misspelt rule id or severity has no effect; without a finding the editor would believe a rule was configured.',
      sv: 'Ett felstavat regel-id eller en felstavad allvarlighetsgrad har ingen verkan; utan ett fynd skulle redaktören tro att regeln var inställd.',
    },
  },
  'config-forbidden-key': {
    severity: 'error',
    summary: { en: 'A `__proto__`-like key in guideline.config.json.', sv: 'En nyckel som `__proto__` i guideline.config.json.' },
    why: {
      en: 'These keys can change how JavaScript reads every other object; they are never settings, so they are dropped and reported.',
      sv: 'De här nycklarna kan ändra hur JavaScript läser alla andra objekt; de är aldrig inställningar, så de tas bort och rapporteras.',
    },
  },
});
