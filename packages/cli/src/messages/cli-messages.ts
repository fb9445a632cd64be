import type { LocalizedText } from '@guideline-as-code/types';
import { count, inBoth, nouns } from '../report/language.js';

/** Backticked, comma-separated: `a`, `b`. */
const listed = (items: readonly string[]) => items.map((item) => `\`${item}\``).join(', ');

/**
 * Every message the command line writes about itself (not about the guideline: those are
 * findings), in Swedish and English. Rules' messages come with their findings.
 */
export const cliMessages = {
  noProjectRoot: (dir: string): LocalizedText => ({
    sv: `Ingen mapp guideline-src/ i ${dir} eller någon mapp ovanför.`,
    en: `No guideline-src/ folder in ${dir} or any folder above it.`,
  }),
  unknownCommand: (command: string): LocalizedText => ({ sv: `Okänt kommando \`${command}\`.`, en: `Unknown command \`${command}\`.` }),
  notOneOf: (flag: string, allowed: readonly string[], got: string): LocalizedText => ({
    sv: `${flag} ska vara en av ${allowed.join(', ')}; fick \`${got}\`.`,
    en: `${flag} must be one of ${allowed.join(', ')}; got \`${got}\`.`,
  }),
  notACount: (flag: string, got: string): LocalizedText => ({
    sv: `${flag} ska vara ett heltal, 0 eller större; fick \`${got}\`.`,
    en: `${flag} must be a whole number, 0 or more; got \`${got}\`.`,
  }),
  unknownOption: (option: string): LocalizedText => ({ sv: `Okänd flagga \`${option}\`.`, en: `Unknown option \`${option}\`.` }),
  missingValue: (option: string): LocalizedText => ({ sv: `Flaggan \`${option}\` behöver ett värde.`, en: `Option \`${option}\` needs a value.` }),
  dashedValue: (option: string): LocalizedText => ({
    sv: `Värdet efter \`${option}\` börjar med \`-\`; skriv \`${option}=<värde>\` om det är värdet.`,
    en: `The value after \`${option}\` starts with \`-\`; write \`${option}=<value>\` if it is the value.`,
  }),
  unexpectedArgument: (argument: string): LocalizedText => ({ sv: `Oväntat argument \`${argument}\`.`, en: `Unexpected argument \`${argument}\`.` }),
  badArguments: (detail: string): LocalizedText => ({ sv: `Felaktiga argument: ${detail}`, en: `Bad arguments: ${detail}` }),
  fileNotFound: (paths: readonly string[]): LocalizedText => ({
    sv: `${paths.length === 1 ? 'Filen finns inte' : 'Filerna finns inte'}: ${paths.join(', ')}`,
    en: `${paths.length === 1 ? 'File not found' : 'Files not found'}: ${paths.join(', ')}`,
  }),
  notGuidelineSource: (paths: readonly string[]): LocalizedText => ({
    sv: `Inte en sökväg till vårdprogrammens källor: ${paths.join(', ')} (förväntade sökvägar under guideline-src/)`,
    en: `Not a guideline source path: ${paths.join(', ')} (expected paths under guideline-src/)`,
  }),
  unknownGuideline: (key: string, known: readonly string[]): LocalizedText => ({
    sv: `Okänt vårdprogram \`${key}\`; kända: ${known.join(', ')}`,
    en: `Unknown guideline \`${key}\`; known: ${known.join(', ')}`,
  }),
  checkOnly: (flags: readonly string[]): LocalizedText => ({
    sv: `${listed(flags)} gäller bara \`check\`.`,
    en: `${listed(flags)} ${flags.length === 1 ? 'applies' : 'apply'} to \`check\` only.`,
  }),
  internalError: { sv: 'internt fel', en: 'internal error' },
  reportWritten: (file: string): LocalizedText => ({ sv: `rapporten skrevs till ${file}`, en: `report written to ${file}` }),
  tooManyWarnings: (warnings: number, max: number): LocalizedText =>
    inBoth((language) =>
      language === 'sv'
        ? `För många varningar: ${warnings}, högst ${max} tillåts (--max-warnings ${max}).`
        : `Too many warnings: ${warnings}, at most ${max} allowed (--max-warnings ${max}).`,
    ),
  warningsFail: (warnings: number): LocalizedText =>
    inBoth((language) => (language === 'sv' ? `${count(warnings, nouns.warning, language)} fäller kontrollen med --fail-on warning.` : `${count(warnings, nouns.warning, language)} ${warnings === 1 ? 'fails' : 'fail'} the check with --fail-on warning.`)),
  buildStopped: { sv: 'Bygget stoppades: rätta felen ovan först.', en: 'Build stopped: fix the errors above first.' },
} as const;
