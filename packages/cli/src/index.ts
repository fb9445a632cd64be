export { main, usage } from './main.js';
export type { CommandIO } from './io.js';
export { formatReport, type ReportFormat } from './commands/check.js';
export { findProjectRoot } from './project.js';
