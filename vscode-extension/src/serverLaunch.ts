import * as path from 'node:path';

/** The command line that starts the bundled server; the extension and the protocol test both use it. */
export interface ServerCommand {
  command: string;
  args: string[];
}

/**
 * The server's heap bound: it keeps the analysed snapshots and the open documents, so it gets more
 * than the launcher's 512 MB for one lint; 1 GB is several times what the largest repositories
 * measured need, and an analysis that would need more is dropped with a message instead of
 * swelling the editor's machine.
 */
export const SERVER_HEAP = '-Xmx1g';

/**
 * The JVM options the distribution's launcher (bin/cgoguard) starts the server with, its heap bound
 * replaced by {@link SERVER_HEAP}: the client compiler only, the serial collector with a small young
 * generation, no performance-data file. A test holds this list to the launcher's.
 */
export const SERVER_JVM_OPTIONS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xmn16m', SERVER_HEAP, '-XX:-UsePerfData'];

/** Where the packaging puts the server jar inside the extension. */
export function bundledServerJar(extensionPath: string): string {
  return path.join(extensionPath, 'server', 'cgoguard.jar');
}

/** `java <JVM options> -jar <extension>/server/cgoguard.jar lsp`: the server speaks LSP over stdio. */
export function serverCommand(javaExecutable: string, extensionPath: string): ServerCommand {
  return { command: javaExecutable, args: [...SERVER_JVM_OPTIONS, '-jar', bundledServerJar(extensionPath), 'lsp'] };
}
