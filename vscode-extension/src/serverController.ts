import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  HoverRequest,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
  TransportKind,
  WorkspaceDiagnosticRequest,
} from 'vscode-languageclient/node';
import { DOCUMENT_SELECTOR, WATCHED_PATTERNS } from './documents';
import { discoverJava } from './javaDiscovery';
import { isFile, javaVersionOutput } from './javaProcess';
import { bundledServerJar, serverCommand } from './serverLaunch';
import { hoverMarkdown, workspaceLint } from './serverAnswers';
import { ServerProblem, ServerState, statusText } from './serverState';
import { SECTION, SETTING, ServerSettings, changeNeedsRestart, serverSettings } from './settings';
import { COMMAND } from './commands';

/** Starts, restarts and stops the server, and talks to it for the commands. */
export class ServerController implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private watchers: vscode.FileSystemWatcher[] = [];
  private readonly status: vscode.StatusBarItem;

  constructor(private readonly extensionPath: string, private readonly output: vscode.LogOutputChannel) {
    this.status = vscode.window.createStatusBarItem('status', vscode.StatusBarAlignment.Left, 0);
    this.status.name = 'cgoguard';
    this.status.command = COMMAND.restartServer;
    this.showState('stopped');
    this.status.show();
  }

  async start(): Promise<void> {
    this.showState('starting');
    const java = await discoverJava({
      javaHomeSetting: vscode.workspace.getConfiguration(SECTION).inspect(SETTING.javaHome),
      workspaceTrusted: vscode.workspace.isTrusted,
      env: process.env,
      platform: process.platform,
      isFile,
      versionOutput: javaVersionOutput,
    });
    java.log.forEach((line) => this.output.appendLine(line));
    if (!java.found) {
      this.fail(java.problem);
      void vscode.window.showErrorMessage(java.problem.message, 'Open Settings').then((choice) => {
        if (choice !== undefined) {
          void vscode.commands.executeCommand('workbench.action.openSettings', `${SECTION}.${SETTING.javaHome}`);
        }
      });
      return;
    }
    const jar = bundledServerJar(this.extensionPath);
    if (!isFile(jar)) {
      this.fail({ summary: 'server jar missing', message: `The server is missing from the extension (${jar}): reinstall the extension.` });
      return;
    }
    const launch = serverCommand(java.executable, this.extensionPath);
    const serverOptions: ServerOptions = { ...launch, transport: TransportKind.stdio };
    this.watchers = WATCHED_PATTERNS.map((pattern) => vscode.workspace.createFileSystemWatcher(pattern));
    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR,
      synchronize: { fileEvents: this.watchers },
      outputChannel: this.output,
      initializationOptions: () => this.settings(undefined),
      middleware: {
        workspace: {
          configuration: async (params, token, next) => {
            const answers = await next(params, token);
            if (!Array.isArray(answers)) {
              return answers;
            }
            return params.items.map((item, index) => (item.section === SECTION ? this.settings(item.scopeUri) : answers[index]));
          },
        },
      },
    };
    const client = new LanguageClient(SECTION, 'cgoguard', serverOptions, clientOptions);
    let ran = false;
    client.onDidChangeState((change) => {
      if (change.newState === State.Starting) {
        this.showState('starting');
      } else if (change.newState === State.Running) {
        ran = true;
        this.showState('running');
      } else if (this.client === client) {
        this.showState('error', ran
          ? { summary: 'server stopped', message: 'The server stopped; the cgoguard output says why.' }
          : { summary: 'server did not start', message: 'The server did not start; the cgoguard output says why.' });
      }
    });
    this.client = client;
    this.output.appendLine(`Starting: ${launch.command} ${launch.args.join(' ')}`);
    try {
      await client.start();
    } catch (failure) {
      this.fail({
        summary: 'server did not start',
        message: `The server did not start (${launch.command} ${launch.args.join(' ')}): ${messageOf(failure)}. `
          + 'What the server printed is above in the cgoguard output.',
      });
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.watchers.forEach((watcher) => watcher.dispose());
    this.watchers = [];
    if (client !== undefined) {
      try {
        await client.stop();
      } catch (failure) {
        this.output.appendLine(`Stopping the server failed: ${String(failure)}`);
      }
    }
    this.showState('stopped');
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async configurationChanged(change: vscode.ConfigurationChangeEvent): Promise<void> {
    if (!change.affectsConfiguration(SECTION)) {
      return;
    }
    if (changeNeedsRestart((section) => change.affectsConfiguration(section))) {
      await this.restart();
    } else {
      await this.sendSettings();
    }
  }

  /** A Java path from the workspace settings may be used now. */
  async trustGranted(): Promise<void> {
    // the settings an untrusted workspace may not set: the Java to run and the Go sources outside it to read
    const configuration = vscode.workspace.getConfiguration(SECTION);
    const restricted = [SETTING.javaHome, SETTING.goSources].map((setting) => configuration.inspect(setting));
    if (restricted.some((inspection) => inspection?.workspaceValue !== undefined
        || inspection?.workspaceFolderValue !== undefined)) {
      await this.restart();
    }
  }

  async lintWorkspace(): Promise<void> {
    const client = this.runningClient();
    if (client === undefined) {
      return;
    }
    if (workspaceLint(client.initializeResult?.capabilities) === 'workspace-diagnostic') {
      const report = await client.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
      for (const item of report.items) {
        if (item.kind === 'full') {
          client.diagnostics?.set(vscode.Uri.parse(item.uri), await client.protocol2CodeConverter.asDiagnostics(item.items));
        }
      }
    } else {
      await this.sendSettings();
    }
    this.output.appendLine('Asked the server to analyse the workspace again.');
  }

  /** What the server says about the go command under the cursor, in a read-only document. */
  async buildPlanUnderCursor(): Promise<string | undefined> {
    const client = this.runningClient();
    const editor = vscode.window.activeTextEditor;
    if (client === undefined) {
      return undefined;
    }
    if (editor === undefined) {
      void vscode.window.showInformationMessage('cgoguard: put the cursor on a go command in an editor first.');
      return undefined;
    }
    const hover = await client.sendRequest(HoverRequest.type, {
      textDocument: client.code2ProtocolConverter.asTextDocumentIdentifier(editor.document),
      position: client.code2ProtocolConverter.asPosition(editor.selection.active),
    });
    const text = hoverMarkdown(hover);
    if (text === undefined) {
      void vscode.window.showInformationMessage('cgoguard has nothing to report about the command under the cursor.');
    }
    return text;
  }

  dispose(): void {
    void this.stop();
    this.status.dispose();
  }

  private runningClient(): LanguageClient | undefined {
    if (this.client === undefined || this.client.state !== State.Running) {
      void vscode.window.showWarningMessage('cgoguard: the server is not running; run "cgoguard: Restart the language server".');
      return undefined;
    }
    return this.client;
  }

  private async sendSettings(): Promise<void> {
    const client = this.client;
    if (client === undefined || client.state !== State.Running) {
      return;
    }
    await client.sendNotification(DidChangeConfigurationNotification.type, { settings: { [SECTION]: this.settings(undefined) } });
  }

  private settings(scopeUri: string | undefined): ServerSettings {
    const configuration = vscode.workspace.getConfiguration(SECTION, scopeUri === undefined ? undefined : vscode.Uri.parse(scopeUri));
    const mapped = serverSettings({ get: (key) => configuration.get(key) });
    mapped.problems.forEach((problem) => this.output.appendLine(problem));
    return mapped.settings;
  }

  /** Says why the server is not running, in the output channel and in the status bar. */
  private fail(problem: ServerProblem): void {
    this.output.error(problem.message);
    this.showState('error', problem);
  }

  private showState(state: ServerState, problem?: ServerProblem): void {
    const shown = statusText(state, problem);
    this.status.text = shown.text;
    this.status.tooltip = shown.tooltip;
  }
}

function messageOf(failure: unknown): string {
  return failure instanceof Error ? failure.message : String(failure);
}
