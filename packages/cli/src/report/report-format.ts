/** The formats `check --format` writes; apart from their writers, so that reading the arguments loads none of them. */
export type ReportFormat = 'pretty' | 'json' | 'github' | 'sarif';

export const reportFormats: readonly ReportFormat[] = ['pretty', 'json', 'github', 'sarif'];
