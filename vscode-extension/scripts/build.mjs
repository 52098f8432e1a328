// Bundles the extension into out/extension.js, copies the server jar built by Maven into server/ and
// the repository's LICENSE beside package.json, where vsce takes it from.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const jar = join(root, '..', 'server', 'target', 'cgoguard.jar');
if (!existsSync(jar)) {
  console.error(`cgoguard build: ${jar} is missing; build the server first (mvn -B -q install -DskipTests in the repository root).`);
  process.exit(1);
}
mkdirSync(join(root, 'server'), { recursive: true });
copyFileSync(jar, join(root, 'server', 'cgoguard.jar'));
copyFileSync(join(root, '..', 'LICENSE'), join(root, 'LICENSE'));

await build({
  entryPoints: [join(root, 'src', 'extension.ts')],
  outfile: join(root, 'out', 'extension.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  sourcemap: false,
  minify: true,
  logLevel: 'warning',
});
console.log('cgoguard build: out/extension.js, server/cgoguard.jar and LICENSE are ready');
