/** What the status bar item shows for each state of the server. No `vscode` import. */

export type ServerState = 'starting' | 'running' | 'stopped' | 'error';

export interface StatusText {
  text: string;
  tooltip: string;
}

export function statusText(state: ServerState, detail?: string): StatusText {
  switch (state) {
    case 'starting':
      return { text: '$(sync~spin) cgoguard', tooltip: 'cgoguard: the server is starting' };
    case 'running':
      return { text: '$(check) cgoguard', tooltip: 'cgoguard: the server is running' };
    case 'stopped':
      return { text: '$(circle-slash) cgoguard', tooltip: 'cgoguard: the server is stopped; click to restart it' };
    case 'error':
      return { text: '$(error) cgoguard', tooltip: `cgoguard: ${detail ?? 'the server failed'}; click to restart it` };
  }
}
