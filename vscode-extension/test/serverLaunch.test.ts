import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { SERVER_HEAP, SERVER_JVM_OPTIONS, serverCommand } from '../src/serverLaunch';

const root = path.join(__dirname, '..', '..');
const launcher = path.join(root, '..', 'server', 'src', 'main', 'dist', 'bin', 'cgoguard');

test('the server starts with the JVM options of the distribution\'s launcher, with its own heap bound', () => {
  const line = fs.readFileSync(launcher, 'utf8').split('\n').find((l) => l.startsWith('opts="'));
  assert.ok(line, `${launcher} sets opts="..."`);
  const launcherOptions = line.slice('opts="'.length, -1).split(' ');
  assert.equal(launcherOptions.filter((o) => o.startsWith('-Xmx')).length, 1, 'the launcher bounds its heap once');
  assert.deepEqual(SERVER_JVM_OPTIONS, launcherOptions.map((o) => (o.startsWith('-Xmx') ? SERVER_HEAP : o)));
});

test('the options come before -jar, and lsp after the jar', () => {
  const launch = serverCommand('/usr/bin/java', '/ext');
  assert.deepEqual(launch.args, [...SERVER_JVM_OPTIONS, '-jar', path.join('/ext', 'server', 'cgoguard.jar'), 'lsp']);
});
