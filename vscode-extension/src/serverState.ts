/** What the status bar item shows for each state of the server. No `vscode` import. */

export type ServerState = 'starting' | 'running' | 'stopped' | 'error';

/** Why the server is not running: a few words for the status bar, a sentence for the output channel and the tooltip. */
export interface ServerProblem {
  summary: string;
  message: string;
}

export interface StatusText {
  text: string;
  tooltip: string;
}

export function statusText(state: ServerState, problem?: ServerProblem): StatusText {
  switch (state) {
    case 'starting':
      return { text: '$(sync~spin) cgoguard', tooltip: 'cgoguard: the server is starting' };
    case 'running':
      return { text: '$(check) cgoguard', tooltip: 'cgoguard: the server is running' };
    case 'stopped':
      return { text: '$(circle-slash) cgoguard', tooltip: 'cgoguard: the server is stopped; click to restart it' };
    case 'error':
      return {
        text: `$(error) cgoguard: ${problem?.summary ?? 'server failed'}`,
        tooltip: `${problem?.message ?? 'cgoguard: the server failed'} (click to restart the server)`,
      };
  }
}
