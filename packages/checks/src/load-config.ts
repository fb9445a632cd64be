import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { GuidelineConfigSource } from '@guideline-as-code/model';
import type { Diagnostic } from '@guideline-as-code/types';
import { readJson, readValidSource, type PositionedFile } from '@guideline-as-code/parser';
import { allRules } from './rules/index.js';
import type { ChecksConfig, RuleSetting } from './rule-config.js';

/** The file at the project root where rule settings live. */
export const configFileName = 'guideline.config.json';

/** The rule settings of a project and what is wrong with its config file. */
export interface LoadedChecksConfig {
  config: ChecksConfig;
  /** Problems in the file, at their line and column; a setting that cannot be used is left out. */
  diagnostics: Diagnostic[];
}

/**
 * Reads `guideline.config.json` without ever throwing on its content. The file is read with
 * positions by a JSON parser (jsonc-parser, strict JSON) and validated against its JSON Schema
 * (`guideline-config.schema.json` in `@guideline-as-code/model`); a syntax error, a duplicate
 * key, a `__proto__`, `constructor` or `prototype` key, a setting the schema does not allow or
 * an unknown rule becomes a finding at its line and column, and the usable settings are kept.
 * No file means no settings.
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
  const json = readJson(configFileName, text);
  const diagnostics = json.diagnostics.map(asConfigFinding);
  const valid = readValidSource<GuidelineConfigSource>('guidelineConfig', json, diagnostics);
  const rules = valid.value?.rules;
  if (rules === undefined) return { config: {}, diagnostics };
  return { config: { rules: knownRuleSettings(rules, json, diagnostics) }, diagnostics };
}

/**
 * Keeps the settings of rules that exist; a setting of an unknown rule (which the schema
 * cannot know: rules come from code) is reported and has no effect.
 */
function knownRuleSettings(rules: Record<string, unknown>, json: PositionedFile, diagnostics: Diagnostic[]): Record<string, RuleSetting> {
  const known = new Set<string>(allRules.map((rule) => rule.id));
  // No prototype: a rule id can never reach Object.prototype, whatever the file says.
  const settings: Record<string, RuleSetting> = Object.create(null) as Record<string, RuleSetting>;
  for (const [id, setting] of Object.entries(rules)) {
    if (known.has(id)) {
      settings[id] = setting as RuleSetting;
      continue;
    }
    diagnostics.push({
      ruleId: 'config-shape',
      severity: 'warning',
      message: { en: `Unknown rule \`${id}\`; its setting has no effect.`, sv: `Okänd regel \`${id}\`; inställningen har ingen verkan.` },
      source: json.keyAt(['rules', id]),
    });
  }
  return settings;
}

/** The JSON reader's findings, named for what the file is. */
function asConfigFinding(diagnostic: Diagnostic): Diagnostic {
  return { ...diagnostic, ruleId: diagnostic.ruleId === 'yaml-forbidden-key' ? 'config-forbidden-key' : 'config-syntax' };
}
