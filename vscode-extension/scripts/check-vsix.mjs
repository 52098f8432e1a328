// Fails unless the packaged <name>-<version>.vsix carries the bundled extension, the server jar, the
// license and the icon.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = join(root, `${name}-${version}.vsix`);
const listing = execFileSync('unzip', ['-l', vsix], { encoding: 'utf8' });
const required = ['extension/package.json', 'extension/out/extension.js', 'extension/server/cgoguard.jar',
  'extension/LICENSE.txt', 'extension/images/icon.png'];
const missing = required.filter((entry) => !listing.split('\n').some((line) => line.trim().endsWith(` ${entry}`)));
if (missing.length > 0) {
  console.error(`cgoguard package: ${vsix} lacks ${missing.join(', ')}`);
  process.exit(1);
}
const forbidden = listing.split('\n').filter((line) => /extension\/(node_modules|src|test|out-test|e2e|target)\//.test(line));
if (forbidden.length > 0) {
  console.error(`cgoguard package: ${vsix} carries files it should not:\n${forbidden.join('\n')}`);
  process.exit(1);
}
console.log(`cgoguard package: ${vsix} carries ${required.join(', ')}`);
