// The packaged .vsix in a real VS Code (code-server 4.100.3, Debian's Chromium, playwright-core), on a
// copy of tests/example-project, held to what the command line reports and fixes for the same project.
// Each test goes on from where the one before left the workbench; they run in order.
import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Cli, copyProject } from './cli.mjs';
import { CodeServer } from './codeServer.mjs';
import { Workbench } from './workbench.mjs';

const extensionRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const repository = path.join(extensionRoot, '..');
const { name, version } = JSON.parse(fs.readFileSync(path.join(extensionRoot, 'package.json'), 'utf8'));
const vsix = path.join(extensionRoot, `${name}-${version}.vsix`);
const out = path.join(extensionRoot, 'target', 'e2e');
const RULE = 'static-glibc-nss';
const SERVER_START_MILLIS = 120_000;
const UPDATE_MILLIS = 60_000;

/** What VS Code is told besides the test's own settings: no tours, tips or update checks. */
const QUIET_WORKBENCH = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'git.enabled': false,
  'chat.disableAIFeatures': true,
  'editor.hover.above': false,
  // The settings are edited by typing their JSON: nothing may be added to what is typed.
  'editor.autoClosingBrackets': 'never',
  'editor.autoClosingQuotes': 'never',
  'editor.autoSurround': 'never',
  'editor.formatOnType': false,
};

const cli = new Cli(path.join(repository, 'server', 'target', 'cgoguard.jar'));
const workspace = path.join(out, 'workspace', 'example-project');
/** @type {CodeServer} */ let codeServer;
/** @type {Workbench} */ let workbench;
let expected; // what the command line says about the project

/** The first install of code-server takes minutes; every step after it well under one. */
const INSTALL_MILLIS = 30 * 60_000;
const STEP_MILLIS = 5 * 60_000;

before(async () => {
  assert.ok(fs.existsSync(vsix), `${vsix} is missing: package the extension first (npm run package)`);
  fs.rmSync(out, { recursive: true, force: true });
  const home = await installCodeServer();
  expected = await commandLineReference();
  copyProject(path.join(repository, 'tests', 'example-project'), workspace);

  codeServer = new CodeServer(home, path.join(out, 'code-server'));
  codeServer.writeSettings(QUIET_WORKBENCH);
  await codeServer.installExtension(vsix);
  await codeServer.start();
  workbench = await Workbench.open(codeServer.folderUrl(workspace), path.join(out, 'chromium-profile'), out,
    () => codeServer.extensionLog());
}, { timeout: INSTALL_MILLIS });

after(async () => {
  await workbench?.close();
  await codeServer?.stop();
});

/** Why the steps that need a running server cannot run (the first step failed), or undefined. */
let serverDown;

/**
 * Runs a step; when it fails, the screen goes to target/e2e/failure-<step>.png. A step that needs
 * the server fails at once when the server never ran, pointing at the first step's message.
 */
function step(title, body, { needsServer = true } = {}) {
  test(title, { timeout: STEP_MILLIS }, async (t) => {
    if (needsServer && serverDown !== undefined) {
      throw new Error(`Not run: ${serverDown}`);
    }
    try {
      await body(t);
    } catch (failure) {
      await workbench?.screenshot(`failure-${title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`).catch(() => undefined);
      throw failure;
    }
  });
}

step('the server starts and the Problems panel lists the static-glibc-nss findings at the lines the CLI reports', async () => {
  await workbench.openFile('Makefile');
  serverDown = 'the cgoguard server did not start (see the first step).';
  await workbench.until('the cgoguard server to run', SERVER_START_MILLIS, async () => {
    const status = await workbench.cgoguardStatus();
    if (/cgoguard: (no Java|Java \d+ is too old|server)/.test(status)) { // an error state names its reason
      throw new Error(`The cgoguard server did not start. Its status bar item says: ${status}\n`
        + `The cgoguard output (the extension's log):\n${codeServer.extensionLog()}`);
    }
    return status.includes('the server is running') || undefined;
  });
  serverDown = undefined;
  await workbench.showProblems();
  const wanted = summary(expected.findings);
  assert.ok(wanted.length >= 2, `the CLI reports the example's ${RULE} findings: ${JSON.stringify(expected.findings)}`);
  const shown = await workbench.until(`the Problems panel to list ${JSON.stringify(wanted)}`, SERVER_START_MILLIS, async () => {
    const problems = makefileProblems(await workbench.problems());
    return sameJson(summary(problems), wanted) ? problems : undefined;
  });
  for (const [index, finding] of expected.findings.entries()) {
    assert.equal(shown[index].source, 'cgoguard');
    assert.equal(shown[index].message, finding.message);
    assert.deepEqual(shown[index].related.map((r) => `${r.file}:${r.line}:${r.column}`),
      finding.related.map((r) => `${path.basename(r.path)}:${r.line}:${r.column}`));
  }
  await workbench.screenshot('makefile-diagnostics');
});

step('hovering the go command shows its build plan as `cgoguard plan` reports it', async () => {
  const finding = expected.findings[expected.findings.length - 1];
  const plan = expected.plans.find((p) => p.origin.path === 'Makefile' && p.origin.line === finding.line);
  assert.ok(plan, `cgoguard plan has the go command at Makefile:${finding.line}`);
  const lineText = fs.readFileSync(path.join(workspace, 'Makefile'), 'utf8').split('\n')[finding.line - 1];
  await workbench.goTo(finding.line, lineText.indexOf('go build') + 2);
  // The hover gives the plan's reasons word for word, as `cgoguard plan` does.
  const hover = await workbench.hoverAtCursor([plan.cgo.reason, plan.externalLink.reason, plan.static.reason]);
  assert.match(hover, /go build · Makefile target release · cgo on · external · static/);
  await workbench.scrollHoverToEnd();
  await workbench.screenshot('hover');
  await workbench.page.keyboard.press('Escape');
});

step("editing a Go file's imports updates the Makefile's findings", async () => {
  const file = path.join('internal', 'users', 'users.go');
  const line = fs.readFileSync(path.join(workspace, file), 'utf8').split('\n').findIndex((text) => text.trim() === '"os/user"') + 1;
  assert.ok(line > 0, `${file} imports os/user`);
  await workbench.openFile(file);
  await workbench.goTo(line, 1);
  await workbench.inEditor('Control+Shift+K'); // delete the line, unsaved: the server reads the open document
  await workbench.until(`the Makefile's findings to read as the CLI's once ${file} no longer imports os/user`, UPDATE_MILLIS, async () =>
    sameJson(messages(makefileProblems(await workbench.problems())), messages(expected.withoutUserImport)) || undefined);
  assert.notDeepEqual(messages(expected.withoutUserImport), messages(expected.findings), 'the edit changes what the CLI reports');
  await workbench.inEditor('Control+z');
  await workbench.until("the Makefile's findings to be back once the import is back", UPDATE_MILLIS, async () =>
    sameJson(messages(makefileProblems(await workbench.problems())), messages(expected.findings)) || undefined);
});

step('turning static-glibc-nss off in the settings removes its findings without a restart', async () => {
  const starts = serverStarts();
  await changeSettings('User', codeServer.settingsFile, { ...QUIET_WORKBENCH, 'cgoguard.rules': { [RULE]: 'off' } });
  await workbench.until(`the ${RULE} findings to go`, UPDATE_MILLIS, async () =>
    makefileProblems(await workbench.problems()).length === 0 || undefined);
  await changeSettings('User', codeServer.settingsFile, QUIET_WORKBENCH);
  await workbench.until(`the ${RULE} findings to come back`, UPDATE_MILLIS, async () =>
    sameJson(summary(makefileProblems(await workbench.problems())), summary(expected.findings)) || undefined);
  assert.equal(serverStarts(), starts, `the server was not started again:\n${codeServer.extensionLog()}`);
  assert.match(await workbench.cgoguardStatus(), /the server is running/);
});

step('the preferred quick fix changes the Makefile as `cgoguard lint --fix` does, and the findings are gone', async (t) => {
  await workbench.openFile('Makefile');
  for (const finding of expected.findings) {
    const preferred = finding.fixes.find((fix) => fix.preferred);
    assert.ok(preferred, `the CLI has a preferred fix for Makefile:${finding.line}`);
    await workbench.goTo(finding.line, finding.column);
    const { titles, earlierMenus } = await workbench.applyQuickFix(preferred.title);
    assert.equal(titles[0], preferred.title, 'the preferred fix comes first in the menu');
    earlierMenus.forEach((menu) => t.diagnostic(`Ctrl+. at Makefile:${finding.line} first offered ${JSON.stringify(menu)}`));
    await workbench.until(`the finding at Makefile:${finding.line} to go`, UPDATE_MILLIS, async () =>
      makefileProblems(await workbench.problems()).every((problem) => problem.line !== finding.line) || undefined);
  }
  await workbench.save();
  const makefile = path.join(workspace, 'Makefile');
  await workbench.until('the saved Makefile to equal the CLI --fix result', UPDATE_MILLIS, () =>
    fs.readFileSync(makefile, 'utf8') === expected.fixedMakefile || undefined).catch((failure) => {
    assert.equal(fs.readFileSync(makefile, 'utf8'), expected.fixedMakefile, failure.message);
  });
  assert.deepEqual(makefileProblems(await workbench.problems()), []);
  await workbench.screenshot('after-quick-fix');
});

step('a cgoguard.java.home without Java: the status bar and the cgoguard output say so', async () => {
  const noJava = path.join(out, 'no-java');
  fs.mkdirSync(noJava, { recursive: true });
  // A remote window (code-server is one) takes machine settings such as this one from the workspace or
  // remote settings; a change in the local user settings does not reach it.
  await changeSettings('Workspace', path.join(workspace, '.vscode', 'settings.json'), { 'cgoguard.java.home': noJava });
  const status = await workbench.until('the status bar to report the Java problem', SERVER_START_MILLIS, async () => {
    const text = await workbench.cgoguardStatus();
    return text.includes('no Java in cgoguard.java.home') ? text : undefined;
  });
  const sentence = `cgoguard.java.home (workspace settings) is ${noJava}, which holds no Java that runs`;
  assert.ok(status.includes(sentence), `the status bar's tooltip explains: ${status}`);
  assert.match(codeServer.extensionLog(), new RegExp(`\\[error\\] ${escape(sentence)}`));
  await workbench.screenshot('java-home-without-java');
}, { needsServer: false });

/** Edits the settings in the workbench and waits for VS Code to have written them to `file`. */
async function changeSettings(scope, file, settings) {
  await workbench.editSettings(scope, settings);
  await workbench.until(`${file} to hold ${JSON.stringify(settings)}`, UPDATE_MILLIS, () => {
    try {
      return sameJson(JSON.parse(fs.readFileSync(file, 'utf8')), settings) || undefined;
    } catch {
      return undefined;
    }
  });
}

/** What the command line reports for the example: findings, plans, the fixed Makefile, the findings after an edit. */
async function commandLineReference() {
  const source = path.join(repository, 'tests', 'example-project');
  const reference = path.join(out, 'cli');
  const findings = makefileFindings(await cli.findings(copyProject(source, path.join(reference, 'as-is'))));
  const plans = await cli.plans(path.join(reference, 'as-is'));
  const fixed = copyProject(source, path.join(reference, 'fixed'));
  await cli.fix(fixed);
  const edited = copyProject(source, path.join(reference, 'without-os-user'));
  const users = path.join(edited, 'internal', 'users', 'users.go');
  fs.writeFileSync(users, fs.readFileSync(users, 'utf8').split('\n').filter((line) => line.trim() !== '"os/user"').join('\n'));
  return {
    findings,
    plans,
    fixedMakefile: fs.readFileSync(path.join(fixed, 'Makefile'), 'utf8'),
    withoutUserImport: makefileFindings(await cli.findings(edited)),
  };
}

async function installCodeServer() {
  const script = path.join(extensionRoot, 'e2e', 'install-code-server.sh');
  const started = Date.now();
  const { stdout, stderr } = await promisify(execFile)('bash', [script], { timeout: INSTALL_MILLIS, maxBuffer: 64 * 1024 * 1024 })
    .catch((failure) => {
      throw new Error(`${script} failed: ${failure.stderr?.trim().split('\n').slice(-20).join('\n') ?? failure.message}`);
    });
  if (/installed in \d+ s/.test(stderr)) {
    process.stdout.write(`# ${stderr.match(/code-server [\d.]+ installed in \d+ s/)[0]} (${Math.round((Date.now() - started) / 1000)} s with the Debian packages)\n`);
  }
  return stdout.trim().split('\n').pop();
}

const makefileFindings = (findings) => findings.filter((f) => f.path === 'Makefile' && f.rule === RULE)
  .sort((a, b) => a.line - b.line);

const makefileProblems = (problems) => problems.filter((p) => path.basename(p.file) === 'Makefile' && p.code === RULE)
  .sort((a, b) => a.line - b.line);

/** Where each finding is and how severe: `Makefile:12:2 warning`. */
const summary = (items) => items.map((item) => `${item.line}:${item.column} ${item.severity}`);

const messages = (items) => items.map((item) => `${item.line}: ${item.message}`);

const sameJson = (a, b) => JSON.stringify(a) === JSON.stringify(b);

const serverStarts = () => (codeServer.extensionLog().match(/\] Starting: /g) ?? []).length;

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
