export { main } from './main.js';
export { usage } from './messages/usage.js';
export type { CacheProvider, CommandIO } from './io.js';
export { DiskCache } from './disk-cache.js';
export { formatReport, type ReportFormat } from './report/format-report.js';
export { findProjectRoot } from './project.js';
