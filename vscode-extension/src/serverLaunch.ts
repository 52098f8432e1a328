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

/**
 * The JVM options of the server: a bounded heap (the server keeps the analysed snapshots and the open
 * documents; 1 GB is several times what the largest repositories measured need, and an analysis that
 * would need more is dropped with a message instead of swelling the editor's machine), the serial
 * collector (no collector threads) and no performance-data file.
 */
export const SERVER_JVM_OPTIONS = ['-Xmx1g', '-XX:+UseSerialGC', '-XX:-UsePerfData'];

/** `java <options> -jar <extension>/server/cgoguard.jar lsp`: the server speaks LSP over stdio. */
export function serverCommand(javaExecutable: string, extensionPath: string): ServerCommand {
  return { command: javaExecutable, args: [...SERVER_JVM_OPTIONS, '-jar', bundledServerJar(extensionPath), 'lsp'] };
}
