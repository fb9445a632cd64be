import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineIndex, type Diagnostic, type FindingId, type LocalizedText, type Source } from '@guideline-as-code/types';
import { readYaml, type YamlFile } from '@guideline-as-code/parser';
import { allRules } from './rules/index.js';
import { severities, type ChecksConfig, type RuleSetting } from './rule-config.js';

/** The file at the project root where rule settings live. */
export const configFileName = 'guideline.config.json';

/** The rule settings of a project and what is wrong with its config file. */
export interface LoadedChecksConfig {
  config: ChecksConfig;
  /** Problems in the file, at their line and column; a setting that cannot be used is left out. */
  diagnostics: Diagnostic[];
}

const topKeys = new Set(['$schema', 'rules']);

/**
 * Reads `guideline.config.json` without ever throwing on its content. The file is read with
 * positions (JSON is a subset of YAML 1.2, so the YAML reader gives every value its line and
 * column); a syntax error, a duplicate key, a `__proto__`, `constructor` or `prototype` key,
 * an unknown rule or a severity that does not exist becomes a diagnostic, and the usable
 * settings are kept. No file means no settings.
 */
export async function readChecksConfig(projectRoot: string): Promise<LoadedChecksConfig> {
  const file = path.join(projectRoot, configFileName);
  if (!existsSync(file)) return { config: {}, diagnostics: [] };
  return readConfigText(await readFile(file, 'utf8'));
}

/**
 * The project's rule settings, or none when there is no config file. For callers without a
 * way to report findings (the remark preset): an error in the file throws, naming the file,
 * line and column, so that a broken file is never half-applied in silence.
 */
export async function loadChecksConfig(projectRoot: string): Promise<ChecksConfig> {
  const { config, diagnostics } = await readChecksConfig(projectRoot);
  const error = diagnostics.find((diagnostic) => diagnostic.severity === 'error');
  if (error) {
    const at = error.source ? `:${error.source.start.line}:${error.source.start.column}` : '';
    throw new Error(`${configFileName}${at}: ${error.message.en} (${error.ruleId})`);
  }
  return config;
}

/** Reads the text of a config file into settings and findings. */
export function readConfigText(text: string): LoadedChecksConfig {
  const yaml = readYaml(configFileName, text);
  const diagnostics = yaml.diagnostics.map(asConfigFinding);
  if (yaml.diagnostics.length === 0) reportNotJson(text, yaml, diagnostics);
  const value = yaml.value ?? {};
  if (!isRecord(value)) {
    diagnostics.push(finding('config-shape', 'error', yaml.sourceAt([]), {
      en: 'The config file must hold one JSON object, e.g. `{ "rules": { "unused-reference": "off" } }`.',
      sv: 'Konfigurationsfilen ska innehålla ett JSON-objekt, t.ex. `{ "rules": { "unused-reference": "off" } }`.',
    }));
    return { config: {}, diagnostics };
  }
  for (const key of Object.keys(value).filter((key) => !topKeys.has(key))) {
    diagnostics.push(finding('config-shape', 'warning', yaml.sourceAt([key]), {
      en: `Unknown key \`${key}\`; the config file knows \`rules\`.`,
      sv: `Okänd nyckel \`${key}\`; konfigurationsfilen känner till \`rules\`.`,
    }));
  }
  if (value['rules'] === undefined) return { config: {}, diagnostics };
  if (!isRecord(value['rules'])) {
    diagnostics.push(finding('config-shape', 'error', yaml.sourceAt(['rules']), {
      en: '`rules` must be an object of rule ids and severities.',
      sv: '`rules` ska vara ett objekt med regel-id och allvarlighetsgrader.',
    }));
    return { config: {}, diagnostics };
  }
  return { config: { rules: readRuleSettings(value['rules'], yaml, diagnostics) }, diagnostics };
}

/** Keeps each usable `rule-id: severity` or `rule-id: [severity, options]`; reports the others. */
function readRuleSettings(rules: Record<string, unknown>, yaml: YamlFile, diagnostics: Diagnostic[]): Record<string, RuleSetting> {
  const known: ReadonlySet<string> = new Set(allRules.map((rule) => rule.id));
  // No prototype: a rule id can never reach Object.prototype, whatever the file says.
  const settings: Record<string, RuleSetting> = Object.create(null) as Record<string, RuleSetting>;
  for (const [id, setting] of Object.entries(rules)) {
    if (!known.has(id)) {
      diagnostics.push(finding('config-shape', 'warning', yaml.sourceAt(['rules', id]), {
        en: `Unknown rule \`${id}\`; its setting has no effect.`,
        sv: `Okänd regel \`${id}\`; inställningen har ingen verkan.`,
      }));
      continue;
    }
    const severity = Array.isArray(setting) ? setting[0] : setting;
    if (typeof severity === 'string' && severities.has(severity) && (!Array.isArray(setting) || setting.length <= 2)) {
      settings[id] = setting as RuleSetting;
      continue;
    }
    diagnostics.push(
      finding('config-shape', 'error', yaml.sourceAt(['rules', id]), {
        en: `The setting of \`${id}\` must be \`off\`, \`info\`, \`warning\` or \`error\`, or \`[severity, options]\`; it was left out and the rule runs as by default.`,
        sv: `Inställningen för \`${id}\` ska vara \`off\`, \`info\`, \`warning\` eller \`error\`, eller \`[grad, alternativ]\`; den användes inte och regeln körs som vanligt.`,
      }),
    );
  }
  return settings;
}

/** YAML accepts more than JSON (comments, bare words); a `.json` file must be JSON. */
function reportNotJson(text: string, yaml: YamlFile, diagnostics: Diagnostic[]): void {
  try {
    JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message;
    const offset = Number(/position (\d+)/.exec(reason)?.[1] ?? 0);
    const at = new LineIndex(yaml.file, text).span(offset, offset);
    diagnostics.push(finding('config-syntax', 'error', at, { en: `This is not valid JSON: ${reason}.`, sv: `Detta är inte giltig JSON: ${reason}.` }));
  }
}

/** The YAML reader's findings, named for what the file is. */
function asConfigFinding(diagnostic: Diagnostic): Diagnostic {
  const ruleId = diagnostic.ruleId === 'yaml-forbidden-key' ? 'config-forbidden-key' : 'config-syntax';
  const message: LocalizedText = {
    en: diagnostic.message.en.replace(/^The YAML in this file/, 'The JSON in this file'),
    sv: diagnostic.message.sv.replace(/^YAML-texten/, 'JSON-texten'),
  };
  return { ...diagnostic, ruleId, message };
}

function finding(ruleId: FindingId, severity: Diagnostic['severity'], source: Source, message: LocalizedText): Diagnostic {
  return { ruleId, severity, message, source };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
