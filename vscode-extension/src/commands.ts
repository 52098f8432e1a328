/** The commands the extension contributes, and their registration in one place. */

export const COMMAND = {
  restartServer: 'cgoguard.restartServer',
  lintWorkspace: 'cgoguard.lintWorkspace',
  showBuildPlan: 'cgoguard.showBuildPlan',
} as const;

export type CommandId = (typeof COMMAND)[keyof typeof COMMAND];

export interface DisposableLike {
  dispose(): unknown;
}

/** Registers a handler for every contributed command; `vscode.commands.registerCommand` in the extension. */
export function registerCommands(
  register: (id: CommandId, handler: () => unknown) => DisposableLike,
  handlers: Record<keyof typeof COMMAND, () => unknown>,
): DisposableLike[] {
  return (Object.keys(COMMAND) as (keyof typeof COMMAND)[]).map((name) => register(COMMAND[name], handlers[name]));
}
