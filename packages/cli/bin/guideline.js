#!/usr/bin/env node
// The `guideline` command. The CLI is bundled into one file so start-up stays fast.
import '../dist/guideline.js';
