import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { ServerController } from './serverController';

/** The scheme of the read-only documents that show what the server said about a go command. */
const PLAN_SCHEME = 'cgoguard-plan';

let controller: ServerController | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('cgoguard', { log: true });
  const server = new ServerController(context.extensionPath, output);
  controller = server;
  const plans = new PlanDocuments();
  context.subscriptions.push(
    output,
    server,
    vscode.workspace.registerTextDocumentContentProvider(PLAN_SCHEME, plans),
    ...registerCommands((id, handler) => vscode.commands.registerCommand(id, handler), {
      restartServer: () => server.restart(),
      lintWorkspace: () => server.lintWorkspace(),
      showBuildPlan: async () => {
        const text = await server.buildPlanUnderCursor();
        if (text !== undefined) {
          const document = await vscode.workspace.openTextDocument(plans.add(text));
          await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true });
        }
      },
    }),
    vscode.workspace.onDidChangeConfiguration((change) => server.configurationChanged(change)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => server.trustGranted()),
  );
  await server.start();
}

export async function deactivate(): Promise<void> {
  await controller?.stop();
  controller = undefined;
}

/** Holds the text of each plan document shown. */
class PlanDocuments implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private next = 1;

  add(text: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: PLAN_SCHEME, path: `/build-plan-${this.next++}.md` });
    this.texts.set(uri.toString(), text);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }
}
