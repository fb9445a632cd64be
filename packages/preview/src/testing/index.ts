// Helpers for tests that look at the preview in a browser (this package's and the CLI's).
export { chromiumPath, collectErrors, launchChromium, seriousViolations } from './browser.js';
