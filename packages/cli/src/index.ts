export { main, usage } from './main.js';
export type { CacheProvider, CommandIO } from './io.js';
export { DiskCache } from './disk-cache.js';
export { formatReport, type ReportFormat } from './commands/check.js';
export { findProjectRoot } from './project.js';
