import { execFile } from 'node:child_process';
import * as fs from 'node:fs';

/** How long `java -version` may take before the Java is taken as not working. */
const VERSION_TIMEOUT_MILLIS = 15_000;

/** Runs `<java> -version` and answers with what it printed (Java prints it on stderr), or undefined. */
export function javaVersionOutput(javaExecutable: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(javaExecutable, ['-version'], { timeout: VERSION_TIMEOUT_MILLIS, windowsHide: true },
      (error, stdout, stderr) => resolve(error ? undefined : `${stderr}${stdout}`));
  });
}

export function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
