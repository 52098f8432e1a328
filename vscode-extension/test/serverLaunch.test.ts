import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { SERVER_JVM_OPTIONS, serverCommand } from '../src/serverLaunch';

const root = path.join(__dirname, '..', '..');
const launcher = path.join(root, '..', 'server', 'src', 'main', 'dist', 'bin', 'cgoguard');

test('the server starts with the JVM options of the distribution\'s launcher', () => {
  const line = fs.readFileSync(launcher, 'utf8').split('\n').find((l) => l.startsWith('opts="'));
  assert.ok(line, `${launcher} sets opts="..."`);
  assert.deepEqual(SERVER_JVM_OPTIONS, line.slice('opts="'.length, -1).split(' '));
});

test('the options come before -jar, and lsp after the jar', () => {
  const launch = serverCommand('/usr/bin/java', '/ext');
  assert.deepEqual(launch.args, [...SERVER_JVM_OPTIONS, '-jar', path.join('/ext', 'server', 'cgoguard.jar'), 'lsp']);
});
