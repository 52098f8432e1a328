import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { SettingKey, changeNeedsRestart, serverSettings } from '../src/settings';

const source = (values: Partial<Record<SettingKey, unknown>>) => ({ get: (key: SettingKey) => values[key] });

test('maps the VS Code settings to the object the server reads', () => {
  const { settings, problems } = serverSettings(source({
    rules: { 'static-glibc-nss': 'warning', 'make-recursive-variable': 'off' },
    fixes: { 'static-glibc-nss': 'dynamic' },
    buildArgs: { GO_VERSION: '1.22' },
    makeVariables: { STATIC: '1' },
    targetStage: ' runtime ',
    exclude: ['vendor/**', ' *.mk '],
    'inlayHints.enabled': false,
    'java.home': '/opt/jdk',
  }));
  assert.deepEqual(settings, {
    rules: { 'static-glibc-nss': 'warning', 'make-recursive-variable': 'off' },
    fixes: { 'static-glibc-nss': 'dynamic' },
    buildArgs: { GO_VERSION: '1.22' },
    makeVariables: { STATIC: '1' },
    targetStage: 'runtime',
    exclude: ['vendor/**', '*.mk'],
    inlayHints: false,
  });
  assert.deepEqual(problems, []);
});

test('defaults: no overrides, the last stage, inlay hints on', () => {
  const { settings } = serverSettings(source({ targetStage: '' }));
  assert.deepEqual(settings, { rules: {}, fixes: {}, buildArgs: {}, makeVariables: {}, exclude: [], inlayHints: true });
  assert.equal(JSON.stringify(settings).includes('targetStage'), false);
});

test('a rule level is normalised, an unknown one is left out with a sentence naming it', () => {
  const { settings, problems } = serverSettings(source({ rules: { a: ' ERROR ', b: 'fatal', c: 3 } }));
  assert.deepEqual(settings.rules, { a: 'error' });
  assert.equal(problems.length, 2);
  assert.match(problems[0], /cgoguard\.rules: "b" is set to "fatal", not one of error, warning, info, hint, off/);
  assert.match(problems[1], /"c" is set to 3/);
});

test('numbers and booleans in variables become strings, nested values are left out', () => {
  const { settings, problems } = serverSettings(source({
    makeVariables: { STATIC: 1, CGO: true, LIST: ['a'] },
    buildArgs: 'GO_VERSION=1.22',
  }));
  assert.deepEqual(settings.makeVariables, { STATIC: '1', CGO: 'true' });
  assert.deepEqual(settings.buildArgs, {});
  assert.deepEqual(problems, [
    'cgoguard.buildArgs must be an object, got "GO_VERSION=1.22"; ignored.',
    'cgoguard.makeVariables: "LIST" must be a string, got ["a"]; left out.',
  ]);
});

test('a wrong type for the stage or the inlay hints falls back to the default', () => {
  const { settings, problems } = serverSettings(source({ targetStage: 2, 'inlayHints.enabled': 'no' }));
  assert.equal(settings.targetStage, undefined);
  assert.equal(settings.inlayHints, true);
  assert.equal(problems.length, 2);
});

test('exclusion globs are a list of strings; anything else is left out with a sentence', () => {
  assert.deepEqual(serverSettings(source({ exclude: 'vendor/**' })).problems,
    ['cgoguard.exclude must be a list of globs, got "vendor/**"; ignored.']);
  const { settings, problems } = serverSettings(source({ exclude: ['third_party/**', 3, ''] }));
  assert.deepEqual(settings.exclude, ['third_party/**']);
  assert.equal(problems.length, 2);
});

test('only a change of the Java path needs a new server process', () => {
  assert.equal(changeNeedsRestart((section) => section === 'cgoguard.java.home'), true);
  assert.equal(changeNeedsRestart((section) => section === 'cgoguard.rules'), false);
});

test('the host and the third-party choice are passed when set, and a malformed host is named and left out', () => {
  const { settings, problems } = serverSettings(source({ host: ' linux/arm64 ', includeThirdParty: true }));
  assert.equal(settings.host, 'linux/arm64');
  assert.equal(settings.includeThirdParty, true);
  assert.deepEqual(problems, []);
  const unset = serverSettings(source({ host: '', includeThirdParty: null })).settings;
  assert.equal('host' in unset || 'includeThirdParty' in unset, false, 'unset: .cgoguard.yaml decides');
  const bad = serverSettings(source({ host: 'arm64', includeThirdParty: 'yes' }));
  assert.equal(bad.settings.host, undefined);
  assert.equal(bad.problems.length, 2);
  assert.match(bad.problems[0], /cgoguard\.host must be os\/arch such as linux\/arm64, got "arm64"/);
});

test('the Go sources outside the workspace are passed as named; an entry that is none of them is named and left out', () => {
  const { settings, problems } = serverSettings(source({ goSources: [' goroot ', 'Module-Cache', '/opt/src', 'gopath', 7] }));
  assert.deepEqual(settings.goSources, ['goroot', 'module-cache', '/opt/src']);
  assert.equal(problems.length, 2);
  assert.match(problems[0], /cgoguard\.goSources: "gopath" is neither goroot, module-cache nor an absolute folder; left out\./);
  assert.equal('goSources' in serverSettings(source({ goSources: null })).settings, false, 'unset: .cgoguard.yaml decides');
  const notAList = serverSettings(source({ goSources: 'goroot' }));
  assert.deepEqual(notAList.settings.goSources, [], 'a malformed value reads nothing outside the workspace');
  assert.match(notAList.problems[0], /cgoguard\.goSources must be a list of goroot, module-cache or absolute folders/);
});

test('the file limit is a whole number of at least 1, passed on as maxFiles', () => {
  assert.equal(serverSettings(source({ maxFiles: 250000 })).settings.maxFiles, 250000);
  for (const bad of [0, -3, 1.5, '1000']) {
    const { settings, problems } = serverSettings(source({ maxFiles: bad }));
    assert.equal('maxFiles' in settings, false, `${JSON.stringify(bad)} is left out`);
    assert.match(problems[0], /cgoguard\.maxFiles must be a whole number of files of at least 1/);
  }
});
