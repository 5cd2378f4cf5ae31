#!/usr/bin/env node
// `npm start`: builds the extension and says how to load it. (The sample-page tour comes with the
// first-run work; until then this is the honest minimum.)
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';

execSync('npx wxt build', { stdio: 'inherit' });
const out = resolve('.output/chrome-mv3');
console.log(`
Built: ${out}

Load it in Chrome or Edge:
  1. open chrome://extensions (edge://extensions), switch on "Developer mode";
  2. "Load unpacked" and choose ${out};
  3. visit Seller Central or the Advertising console: values are captured as you browse.

Firefox: npm run build:firefox, then about:debugging → "Load Temporary Add-on" → .output/firefox-mv2/manifest.json
`);
