export { defineRule, ruleDocumentationUrl, rulesDocumentationUrl, type Finding, type Rule, type RuleContext, type RuleDocs, type RuleExample, type RuleSeverity } from './define-rule.js';
export { resolveSetting, type ChecksConfig, type RuleSetting } from './rule-config.js';
export { runChecks, sortDiagnostics } from './run-rules.js';
export { applySuppressions } from './apply-suppressions.js';
export { allRules } from './rules/index.js';
export { parseExample, readExampleWorld, type ExampleWorld } from './examples.js';
export { renderRulesDocs } from './docs/render-rules.js';
export { configFileName, loadChecksConfig, readChecksConfig, readConfigText, type LoadedChecksConfig } from './load-config.js';
