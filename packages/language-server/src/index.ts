export { startGuidelineServer } from './server.js';
export { defaultSettings, readSettings, type Language, type ServerSettings } from './settings.js';
