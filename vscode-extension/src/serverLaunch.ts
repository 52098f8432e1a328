import * as path from 'node:path';

/** The command line that starts the bundled server; the extension and the protocol test both use it. */
export interface ServerCommand {
  command: string;
  args: string[];
}

/** Where the packaging puts the server jar inside the extension. */
export function bundledServerJar(extensionPath: string): string {
  return path.join(extensionPath, 'server', 'cgoguard.jar');
}

/** `java -jar <extension>/server/cgoguard.jar lsp`: the server speaks LSP over stdio. */
export function serverCommand(javaExecutable: string, extensionPath: string): ServerCommand {
  return { command: javaExecutable, args: ['-jar', bundledServerJar(extensionPath), 'lsp'] };
}
