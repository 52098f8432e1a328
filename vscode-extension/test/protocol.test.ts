import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  Diagnostic,
  ExitNotification,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  DidOpenTextDocumentNotification,
  createProtocolConnection,
  ProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { discoverJava } from '../src/javaDiscovery';
import { isFile, javaVersionOutput } from '../src/javaProcess';
import { bundledServerJar, serverCommand } from '../src/serverLaunch';
import { serverSettings } from '../src/settings';

/** The extension's folder, where `npm run build` put server/cgoguard.jar. */
const extensionPath = path.join(__dirname, '..', '..');
const DIAGNOSTIC_TIMEOUT_MILLIS = 60_000;

let project: string;
before(() => {
  project = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cgoguard-vscode-')));
  fs.writeFileSync(path.join(project, 'go.mod'), 'module example.com/t\n\ngo 1.22\n');
  fs.writeFileSync(path.join(project, 'main.go'),
    'package main\n\n// #include <stdlib.h>\nimport "C"\n\nimport (\n\t"net"\n\t"os/user"\n)\n\n'
    + 'func main() {\n\t_, _ = net.LookupHost("example.com")\n\t_, _ = user.Current()\n}\n');
  fs.writeFileSync(path.join(project, 'Makefile'), 'run:\n\tgo run -ldflags \'-extldflags "-static"\' main.go\n');
});
after(() => fs.rmSync(project, { recursive: true, force: true }));

/** Resolves with the first diagnostics for `uri` that satisfy `wanted`, or rejects after the timeout. */
function diagnosticsFor(connection: ProtocolConnection, uri: string, wanted: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${DIAGNOSTIC_TIMEOUT_MILLIS} ms`)),
      DIAGNOSTIC_TIMEOUT_MILLIS);
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      if (params.uri === uri && wanted(params.diagnostics)) {
        clearTimeout(timer);
        resolve(params.diagnostics);
      }
    });
  });
}

test('the bundled server, started as the extension starts it, reports static-glibc-nss on the Makefile', { timeout: 120_000 }, async () => {
  assert.ok(isFile(bundledServerJar(extensionPath)), 'run npm run build first: it copies the server jar');
  const java = await discoverJava({
    javaHomeSetting: undefined, workspaceTrusted: true, env: process.env,
    platform: process.platform, isFile, versionOutput: javaVersionOutput,
  });
  assert.ok(java.found, java.log.join('\n'));
  const launch = serverCommand(java.executable, extensionPath);
  // vscode-languageclient appends --stdio to the command line of a server it talks to over stdio.
  const server = spawn(launch.command, [...launch.args, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let serverLog = '';
  server.stderr.on('data', (chunk) => { serverLog += chunk; });
  const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
  const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  const settings = serverSettings({ get: (key) => (key === 'rules' ? { 'static-glibc-nss': 'error' } : undefined) }).settings;
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => settings));
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.listen();
  try {
    const makefile = path.join(project, 'Makefile');
    const uri = pathToFileURL(makefile).href;
    const arrived = diagnosticsFor(connection, uri, (d) => d.some((diagnostic) => diagnostic.code === 'static-glibc-nss'));

    const initialized = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(project).href,
      workspaceFolders: [{ uri: pathToFileURL(project).href, name: 't' }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true },
        textDocument: { publishDiagnostics: { relatedInformation: true } },
      },
      initializationOptions: settings,
    });
    assert.equal(initialized.serverInfo?.name, 'cgoguard');
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'makefile', version: 1, text: fs.readFileSync(makefile, 'utf8') },
    });

    const diagnostics = await arrived;
    const finding = diagnostics.find((diagnostic) => diagnostic.code === 'static-glibc-nss');
    assert.ok(finding);
    assert.equal(finding.range.start.line, 1);
    assert.equal(finding.severity, 1);

    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    assert.equal(await exited, 0, serverLog);
  } finally {
    connection.dispose();
    server.kill();
  }
});
