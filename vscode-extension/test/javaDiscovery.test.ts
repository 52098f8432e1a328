import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { test } from 'node:test';
import { JavaDiscoveryEnvironment, MISSING_JAVA_MESSAGE, discoverJava, javaCandidates } from '../src/javaDiscovery';
import { isFile, javaVersionOutput } from '../src/javaProcess';

const java = (home: string) => path.join(home, 'bin', 'java');

/** A machine where the given executables exist and print the given `java -version` output. */
function machine(javas: Record<string, string>, overrides: Partial<JavaDiscoveryEnvironment>): JavaDiscoveryEnvironment {
  const asked: string[] = [];
  return {
    javaHomeSetting: undefined,
    workspaceTrusted: true,
    env: {},
    platform: 'linux',
    isFile: (file) => file in javas,
    versionOutput: async (executable) => {
      asked.push(executable);
      return javas[executable];
    },
    ...overrides,
  };
}

const jdk = (major: string) => `openjdk version "${major}" 2025-01-01\nOpenJDK Runtime Environment`;

test('JAVA_HOME comes before PATH', () => {
  const { candidates } = javaCandidates(machine({}, {
    env: { JAVA_HOME: '/opt/jdk-env', PATH: '/usr/local/bin:/usr/bin' },
    isFile: (file) => file === '/usr/bin/java',
  }));
  assert.deepEqual(candidates.map((c) => [c.source, c.executable]), [
    ['JAVA_HOME', java('/opt/jdk-env')],
    ['PATH', '/usr/bin/java'],
  ]);
});

test('the setting, when set, is the only Java tried', () => {
  const { candidates } = javaCandidates(machine({}, {
    javaHomeSetting: { globalValue: '/opt/jdk-setting' },
    env: { JAVA_HOME: '/opt/jdk-env', PATH: '/usr/bin' },
    isFile: (file) => file === '/usr/bin/java',
  }));
  assert.deepEqual(candidates.map((c) => [c.source, c.executable]), [['user settings', java('/opt/jdk-setting')]]);
});

test('uses the first Java that is 17 or newer and says why the others were passed over', async () => {
  const result = await discoverJava(machine({
    [java('/opt/jdk8')]: 'java version "1.8.0_381"',
    '/usr/bin/java': jdk('17.0.15'),
  }, {
    env: { JAVA_HOME: '/opt/jdk8', PATH: '/usr/bin' },
  }));
  assert.ok(result.found);
  assert.equal(result.executable, '/usr/bin/java');
  assert.equal(result.major, 17);
  assert.equal(result.source, 'PATH');
  assert.match(result.log[0], /jdk8.*Java 8; cgoguard needs 17 or newer/);
});

test('a setting that names a folder without Java is reported, not replaced by another Java', async () => {
  const result = await discoverJava(machine({ '/usr/bin/java': jdk('21') }, {
    javaHomeSetting: { globalValue: '/home/me/empty' },
    env: { PATH: '/usr/bin' },
  }));
  assert.ok(!result.found);
  assert.equal(result.problem.summary, 'no Java in cgoguard.java.home');
  assert.equal(result.problem.message, `cgoguard.java.home (user settings) is /home/me/empty, which holds no Java that runs `
    + `(${java('/home/me/empty')}): set it to a JDK or JRE 17 or newer, or clear it to use JAVA_HOME or the java on PATH.`);
});

test('a setting that names an old Java says which version it found', async () => {
  const result = await discoverJava(machine({ [java('/opt/jdk11')]: jdk('11.0.2') }, {
    javaHomeSetting: { globalValue: '/opt/jdk11' },
  }));
  assert.ok(!result.found);
  assert.equal(result.problem.summary, 'Java 11 is too old');
  assert.match(result.problem.message, /^cgoguard\.java\.home \(user settings\) is \/opt\/jdk11, which holds Java 11; cgoguard needs 17 or newer/);
});

test('a Java path from the workspace settings is ignored in an untrusted workspace', async () => {
  const javas = { [java('/repo/evil-jdk')]: jdk('21'), '/usr/bin/java': jdk('17.0.1') };
  const setting = { workspaceValue: '/repo/evil-jdk' };
  const untrusted = await discoverJava(machine(javas, { javaHomeSetting: setting, workspaceTrusted: false, env: { PATH: '/usr/bin' } }));
  assert.ok(untrusted.found);
  assert.equal(untrusted.executable, '/usr/bin/java');
  assert.match(untrusted.log[0], /workspace settings \(\/repo\/evil-jdk\) is not used: the workspace is not trusted/);

  const trusted = await discoverJava(machine(javas, { javaHomeSetting: setting, workspaceTrusted: true, env: { PATH: '/usr/bin' } }));
  assert.ok(trusted.found);
  assert.equal(trusted.executable, java('/repo/evil-jdk'));
  assert.equal(trusted.source, 'workspace settings');
});

test('the user setting applies in an untrusted workspace, and a folder setting overrides the workspace one', () => {
  const untrusted = javaCandidates(machine({}, {
    javaHomeSetting: { globalValue: '/home/me/jdk', workspaceValue: '/repo/jdk', workspaceFolderValue: '/repo/folder-jdk' },
    workspaceTrusted: false,
  }));
  assert.deepEqual(untrusted.candidates.map((c) => c.executable), [java('/home/me/jdk')]);
  const trusted = javaCandidates(machine({}, {
    javaHomeSetting: { globalValue: '/home/me/jdk', workspaceValue: '/repo/jdk', workspaceFolderValue: '/repo/folder-jdk' },
  }));
  assert.deepEqual(trusted.candidates.map((c) => c.executable), [java('/repo/folder-jdk')]);
});

test('empty settings and variables are not places to look', () => {
  const { candidates } = javaCandidates(machine({}, { javaHomeSetting: { globalValue: '  ' }, env: { JAVA_HOME: '', PATH: '' } }));
  assert.deepEqual(candidates, []);
});

test('on Windows it looks for java.exe along a semicolon-separated Path', () => {
  const { candidates } = javaCandidates(machine({}, {
    platform: 'win32',
    env: { Path: 'C:\\Windows;C:\\jdk\\bin' },
    isFile: (file) => file === path.join('C:\\jdk\\bin', 'java.exe'),
  }));
  assert.deepEqual(candidates.map((c) => c.executable), [path.join('C:\\jdk\\bin', 'java.exe')]);
});

test('without a usable Java the answer names the newest one that was too old', async () => {
  const result = await discoverJava(machine({ '/usr/bin/java': 'java version "1.8.0_202"' }, {
    env: { JAVA_HOME: '/gone', PATH: '/usr/bin' },
  }));
  assert.ok(!result.found);
  assert.equal(result.problem.summary, 'Java 8 is too old');
  assert.equal(result.problem.message, 'cgoguard needs Java 17 or newer: install a JDK or set cgoguard.java.home; '
    + 'the Java found is Java 8 (/usr/bin/java, from PATH).');
  assert.deepEqual(result.log, [`${java('/gone')} (from JAVA_HOME) does not run.`,
    '/usr/bin/java (from PATH) is Java 8; cgoguard needs 17 or newer.']);
});

test('with no Java at all the answer says to install one', async () => {
  const result = await discoverJava(machine({}, { env: { PATH: '/usr/bin' } }));
  assert.ok(!result.found);
  assert.deepEqual(result.problem, { summary: 'no Java found', message: `${MISSING_JAVA_MESSAGE}.` });
});

test('finds the Java of this machine through PATH by running it', async () => {
  const result = await discoverJava({
    javaHomeSetting: undefined, workspaceTrusted: true, env: { PATH: process.env.PATH },
    platform: process.platform, isFile, versionOutput: javaVersionOutput,
  });
  assert.ok(result.found, result.log.join('\n'));
  assert.equal(result.source, 'PATH');
  assert.ok(result.major >= 17);
});
