import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { COMMAND, CommandId, registerCommands } from '../src/commands';
import { minimatch } from 'minimatch';
import { DOCUMENT_SELECTOR, FILE_PATTERNS, LANGUAGES, WATCHED_PATTERNS } from '../src/documents';
import { RULE_LEVELS, SECTION, SETTING, SettingKey, serverSettings } from '../src/settings';

const root = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const contributedCommands: string[] = manifest.contributes.commands.map((c: { command: string }) => c.command);
const contributedSettings: Record<string, { type: string; enum?: string[]; additionalProperties?: { enum?: string[] } }> =
  manifest.contributes.configuration.properties;
const sources = fs.readdirSync(path.join(root, 'src')).filter((file) => file.endsWith('.ts'))
  .map((file) => ({ file, text: fs.readFileSync(path.join(root, 'src', file), 'utf8') }));

test('the commands the code registers are exactly the contributed commands', () => {
  const registered: CommandId[] = [];
  registerCommands((id) => {
    registered.push(id);
    return { dispose: () => undefined };
  }, { restartServer: () => undefined, lintWorkspace: () => undefined, showBuildPlan: () => undefined });
  assert.deepEqual([...registered].sort(), [...contributedCommands].sort());
  assert.deepEqual(Object.values(COMMAND).sort(), [...contributedCommands].sort());
  const registrations = sources.flatMap(({ file, text }) => (text.match(/commands\.registerCommand\(/g) ?? []).map(() => file));
  assert.deepEqual(registrations, ['extension.ts'], 'commands are registered only through registerCommands');
});

test('every setting the code reads is contributed, and every contributed setting is read', () => {
  const read = new Set<SettingKey>();
  serverSettings({ get: (key) => { read.add(key); return undefined; } });
  for (const key of read) {
    assert.ok(`${SECTION}.${key}` in contributedSettings, `${SECTION}.${key} is read but not contributed`);
  }
  const known = Object.values(SETTING).map((key) => `${SECTION}.${key}`);
  assert.deepEqual(Object.keys(contributedSettings).sort(), [...known].sort());
  const usedNames = new Set(sources.flatMap(({ text }) => [...text.matchAll(/SETTING\.(\w+)/g)].map((m) => m[1])));
  for (const name of usedNames) {
    assert.ok(name in SETTING, `SETTING.${name} is used but not defined`);
  }
});

test('every cgoguard.* name written in the code is a contributed command or setting', () => {
  const contributed = new Set([...contributedCommands, ...Object.keys(contributedSettings)]);
  const literals = sources.flatMap(({ file, text }) => [...text.matchAll(/['"`](cgoguard\.[A-Za-z.]+)['"`]/g)]
    .map((m) => ({ file, name: m[1] })))
    .filter(({ name }) => !name.endsWith('.jar')); // the server's file name, not a setting
  assert.ok(literals.length > 0);
  for (const { file, name } of literals) {
    assert.ok(contributed.has(name), `${file} names ${name}, which package.json does not contribute`);
  }
});

test('the settings carry the types and values the code expects', () => {
  assert.deepEqual(contributedSettings['cgoguard.rules'].additionalProperties?.enum, [...RULE_LEVELS]);
  assert.equal(contributedSettings['cgoguard.fixes'].type, 'object');
  assert.equal(contributedSettings['cgoguard.inlayHints.enabled'].type, 'boolean');
  assert.equal(contributedSettings['cgoguard.targetStage'].type, 'string');
  assert.equal(contributedSettings['cgoguard.java.home'].type, 'string');
  // vscode-languageclient reads "<client id>.trace.server"; the client id is the section name.
  assert.deepEqual(contributedSettings[`${SECTION}.trace.server`].enum, ['off', 'messages', 'verbose']);
  assert.deepEqual(contributedSettings['cgoguard.goSources'].type, ['array', 'null']);
  assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, ['cgoguard.java.home', 'cgoguard.goSources']);
});

test('the extension activates for every language and file pattern it serves', () => {
  const events: string[] = manifest.activationEvents;
  for (const language of LANGUAGES) {
    assert.ok(events.includes(`onLanguage:${language}`), `no activation for ${language}`);
    assert.ok(DOCUMENT_SELECTOR.some((filter) => 'language' in filter && filter.language === language));
  }
  for (const pattern of FILE_PATTERNS) {
    assert.ok(events.includes(`workspaceContains:${pattern}`), `no activation for ${pattern}`);
    assert.ok(DOCUMENT_SELECTOR.some((filter) => 'pattern' in filter && filter.pattern === pattern));
  }
  const languages = manifest.contributes.languages as { id: string; filenames?: string[]; filenamePatterns?: string[] }[];
  const dockerfile = languages.find((l) => l.id === 'dockerfile');
  assert.deepEqual([dockerfile?.filenames, dockerfile?.filenamePatterns], [['Containerfile'], ['*.Dockerfile']]);
  assert.deepEqual(languages.find((l) => l.id === 'go.mod')?.filenames, ['go.mod']);
});

test('the manifest points at the bundle and asks for a VS Code the pinned API types fit', () => {
  assert.equal(manifest.main, './out/extension.js');
  const engine = /^\^(\d+)\.(\d+)\.\d+$/.exec(manifest.engines.vscode);
  const types = /^(\d+)\.(\d+)\.\d+$/.exec(manifest.devDependencies['@types/vscode']);
  assert.ok(engine && types);
  assert.ok(Number(types[1]) === Number(engine[1]) && Number(types[2]) <= Number(engine[2]),
    `@types/vscode ${types[0]} is newer than engines.vscode ${manifest.engines.vscode}`);
  const client = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'vscode-languageclient', 'package.json'), 'utf8'));
  const needed = /^\^(\d+)\.(\d+)/.exec(client.engines.vscode);
  assert.ok(needed && Number(engine[2]) >= Number(needed[2]), `vscode-languageclient needs VS Code ${client.engines.vscode}`);
});

test('the file watchers cover every kind of file the server reads', () => {
  const files = ['Makefile', 'GNUmakefile', 'build/rules.mk', 'Dockerfile', 'deploy/Containerfile', 'app.Dockerfile',
    'Dockerfile.alpine', 'scripts/release.sh', 'cmd/app/main.go', 'go.mod', 'tools/go.mod',
    '.github/workflows/ci.yml', '.github/workflows/release.yaml', '.goreleaser.yaml', '.ko.yaml', 'docker-bake.hcl',
    '.gitlab-ci.yml', 'Taskfile.yml', 'justfile', '.promu.yml'];
  for (const file of files) {
    assert.ok(WATCHED_PATTERNS.some((pattern) => minimatch(file, pattern, { dot: true })), `no watcher sees ${file}`);
  }
  for (const pattern of FILE_PATTERNS) {
    const example = pattern.replace('**/', 'sub/').replace(/\{([^,}]*),[^}]*\}/g, '$1').replace(/\*\*\//g, '').replace(/\*/g, 'x');
    assert.ok(minimatch(example, pattern, { dot: true }), `${example} is no example of ${pattern}`);
    assert.ok(WATCHED_PATTERNS.some((watched) => minimatch(example, watched, { dot: true })), `no watcher sees ${example}`);
  }
  assert.equal(WATCHED_PATTERNS.some((pattern) => minimatch('README.md', pattern, { dot: true })), false);
});

test('only the two modules that talk to VS Code import it, so the rest runs and is tested without it', () => {
  const importers = sources.filter(({ text }) => /from 'vscode'/.test(text)).map(({ file }) => file).sort();
  assert.deepEqual(importers, ['extension.ts', 'serverController.ts']);
});
