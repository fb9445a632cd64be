#!/usr/bin/env node
// The language server over stdio: `guideline-language-server --stdio`.
import '../dist/main.js';
