import { findingsOf } from './finding-definition.js';

/** The consistency rules about references, trials, sections, ids, evidence grades and decision rules (packages/checks/src/rules). */
export const structureRuleFindings = findingsOf('rule', {
  'unresolved-citation': {
    severity: 'error',
    summary: {
      en: 'Every citation key must have an entry in the guideline’s `references.yaml`.',
      sv: 'Varje referensnyckel måste ha en post i riktlinjens `references.yaml`.',
    },
    why: {
      en: 'A reader who follows a citation must find the source; an unknown number is usually a typo.',
      sv: 'Den som följer en referens måste hitta källan; ett okänt nummer är oftast ett skrivfel.',
    },
  },
  'unused-reference': {
    severity: 'warning',
    summary: {
      en: 'Every entry of `references.yaml` should be cited somewhere in the text.',
      sv: 'Varje post i `references.yaml` bör citeras någonstans i texten.',
    },
    why: {
      en: 'An uncited reference is often left over after an edit, or its citation was mistyped.',
      sv: 'En referens som inte citeras är ofta kvar efter en ändring, eller så är citeringen felskriven.',
    },
  },
  'duplicate-reference': {
    severity: 'error',
    summary: {
      en: 'Each reference id and each citation number is used by one entry only.',
      sv: 'Varje referens-id och varje referensnummer används av en enda post.',
    },
    why: {
      en: 'With two entries for one number, a citation could point at either source.',
      sv: 'Med två poster för samma nummer kan en citering peka på vilken källa som helst av dem.',
    },
  },
  'invalid-nct-id': {
    severity: 'error',
    summary: {
      en: 'A trial registry id must be `NCT` followed by eight digits.',
      sv: 'Ett studieregistreringsnummer ska vara `NCT` följt av åtta siffror.',
    },
    why: {
      en: 'A wrong digit count is a typo that sends readers to the wrong trial or none.',
      sv: 'Fel antal siffror är ett skrivfel som leder läsaren till fel studie eller ingen alls.',
    },
  },
  'unresolved-cross-reference': {
    severity: 'error',
    summary: {
      en: 'A reference to another section (`avsnitt 13.3.2.1`) must name an existing section.',
      sv: 'En hänvisning till ett annat avsnitt (`avsnitt 13.3.2.1`) måste gälla ett avsnitt som finns.',
    },
    why: {
      en: 'Sections are renumbered when the guideline is revised; a stale number misleads the reader.',
      sv: 'Avsnitt numreras om när vårdprogrammet revideras; ett inaktuellt nummer vilseleder läsaren.',
    },
  },
  'duplicate-section-number': {
    severity: 'error',
    summary: {
      en: 'Each section number is used by one heading only.',
      sv: 'Varje avsnittsnummer används av en enda rubrik.',
    },
    why: {
      en: 'Cross-references and published ids are built from section numbers; a duplicate makes them ambiguous.',
      sv: 'Hänvisningar och publicerade id:n bygger på avsnittsnummer; en dubblett gör dem tvetydiga.',
    },
  },
  'duplicate-id': {
    severity: 'error',
    summary: {
      en: 'Every trial, regimen and decision rule has an id of its own.',
      sv: 'Varje studie, regim och beslutsregel har ett eget id.',
    },
    why: {
      en: 'Apps look regimens and rules up by id; two with one id would make one of them unreachable.',
      sv: 'Appar slår upp regimer och regler på id; två med samma id gör att den ena inte går att nå.',
    },
  },
  'section-order': {
    severity: 'error',
    summary: {
      en: 'Section numbers follow each other in order, without gaps or jumps.',
      sv: 'Avsnittsnummer följer varandra i ordning, utan luckor eller hopp.',
    },
    why: {
      en: 'A number out of order usually means a section was moved or renumbered by hand and a reference now points wrong.',
      sv: 'Ett nummer i fel ordning betyder oftast att ett avsnitt flyttats eller numrerats om för hand och att en hänvisning nu pekar fel.',
    },
  },
  'missing-evidence-grade': {
    severity: 'warning',
    summary: {
      en: 'A recommendation on drug treatment or radiotherapy states its evidence grade: `(+)`, `(++)` or `(+++)`.',
      sv: 'En rekommendation om läkemedelsbehandling eller strålbehandling anger sitt evidensgrad: `(+)`, `(++)` eller `(+++)`.',
    },
    why: {
      en: 'Readers weigh a treatment recommendation by the certainty of its evidence.',
      sv: 'Läsaren väger en behandlingsrekommendation efter hur säkert underlaget är.',
    },
  },
  'unknown-evidence-grade': {
    severity: 'error',
    summary: {
      en: 'Evidence grades are `(+)`, `(++)` or `(+++)`; nothing else.',
      sv: 'Evidensgrader är `(+)`, `(++)` eller `(+++)`; inget annat.',
    },
    why: {
      en: 'An unknown mark is a typo that readers may take for a grade.',
      sv: 'Ett okänt tecken är ett skrivfel som läsaren kan ta för en evidensgrad.',
    },
  },
  'rule-reference': {
    severity: 'error',
    summary: {
      en: 'A decision rule’s `regim=` names regimens that the guideline defines in a `:::regimen` block.',
      sv: 'En beslutsregels `regim=` anger regimer som vårdprogrammet definierar i ett `:::regimen`-block.',
    },
    why: {
      en: 'Decision support shows the regimen a rule names; a misspelt id would show nothing.',
      sv: 'Beslutsstöd visar regimen som en regel anger; ett felstavat id skulle inte visa något.',
    },
  },
  'recommendation-without-rule': {
    severity: 'warning',
    summary: {
      en: 'Every bullet of a recommendation box has a decision rule (`::villkor[…]`) saying for which patients it applies.',
      sv: 'Varje punkt i en rekommendationsruta har en beslutsregel (`::villkor[…]`) som säger för vilka patienter den gäller.',
    },
    why: {
      en: 'Decision-support apps can only offer a recommendation whose conditions are written down; `alltid` says it applies to every patient.',
      sv: 'Beslutsstöd kan bara föreslå en rekommendation vars villkor är nedskrivna; `alltid` säger att den gäller alla patienter.',
    },
  },
});
