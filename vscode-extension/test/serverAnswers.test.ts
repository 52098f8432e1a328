import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { hoverMarkdown, workspaceLint } from '../src/serverAnswers';
import { statusText } from '../src/serverState';

test('lints through workspace/diagnostic only when the server offers workspace diagnostics', () => {
  assert.equal(workspaceLint({ diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: true } }), 'workspace-diagnostic');
  assert.equal(workspaceLint({ diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } }), 'resend-configuration');
  assert.equal(workspaceLint({}), 'resend-configuration');
  assert.equal(workspaceLint(undefined), 'resend-configuration');
});

test('the hover text is shown as Markdown whatever form the server sends', () => {
  assert.equal(hoverMarkdown({ contents: { kind: 'markdown', value: '**cgoguard** `static-glibc-nss`' } }), '**cgoguard** `static-glibc-nss`');
  assert.equal(hoverMarkdown({ contents: ['plain', { language: 'sh', value: 'go build' }] }), 'plain\n\n```sh\ngo build\n```');
  assert.equal(hoverMarkdown({ contents: { kind: 'plaintext', value: '  ' } }), undefined);
  assert.equal(hoverMarkdown(null), undefined);
});

test('the status bar names each server state and offers a restart when it is not running', () => {
  assert.match(statusText('running').tooltip, /running/);
  assert.match(statusText('starting').text, /sync~spin/);
  assert.match(statusText('stopped').tooltip, /click to restart/);
  const failed = statusText('error', { summary: 'no Java found', message: 'cgoguard needs Java 17 or newer: install a JDK or set cgoguard.java.home.' });
  assert.equal(failed.text, '$(error) cgoguard: no Java found');
  assert.equal(failed.tooltip, 'cgoguard needs Java 17 or newer: install a JDK or set cgoguard.java.home. (click to restart the server)');
});
