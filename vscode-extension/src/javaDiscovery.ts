import * as path from 'node:path';
import { MINIMUM_JAVA_MAJOR, parseJavaMajorVersion } from './javaVersion';

/**
 * Finds the Java that runs the server: the `cgoguard.java.home` setting, then `JAVA_HOME`, then
 * `java` on `PATH`; the first one that is Java 17 or newer wins. No `vscode` import: everything
 * the search needs comes through {@link JavaDiscoveryEnvironment}.
 */

export const MISSING_JAVA_MESSAGE = 'cgoguard needs Java 17 or newer: install a JDK or set cgoguard.java.home';

/** Where the `cgoguard.java.home` setting is set, as `WorkspaceConfiguration.inspect` tells. */
export interface JavaHomeInspection {
  globalValue?: unknown;
  workspaceValue?: unknown;
  workspaceFolderValue?: unknown;
}

export interface JavaDiscoveryEnvironment {
  javaHomeSetting: JavaHomeInspection | undefined;
  /** `vscode.workspace.isTrusted`: a Java path from the workspace settings is used only when true. */
  workspaceTrusted: boolean;
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  isFile(file: string): boolean;
  /** The output (stdout and stderr) of `<java> -version`, or undefined when it could not run. */
  versionOutput(javaExecutable: string): Promise<string | undefined>;
}

export type JavaSource = 'user settings' | 'workspace settings' | 'JAVA_HOME' | 'PATH';

export interface JavaCandidate {
  source: JavaSource;
  executable: string;
}

export type JavaDiscovery =
  | { found: true; executable: string; major: number; source: JavaSource; log: string[] }
  | { found: false; message: string; log: string[] };

/** The places to try, in order, with a line for each source left out and why. */
export function javaCandidates(environment: JavaDiscoveryEnvironment): { candidates: JavaCandidate[]; log: string[] } {
  const candidates: JavaCandidate[] = [];
  const log: string[] = [];
  const executableName = environment.platform === 'win32' ? 'java.exe' : 'java';
  const inHome = (home: string) => path.join(home, 'bin', executableName);

  const setting = environment.javaHomeSetting;
  const workspaceHome = nonEmpty(setting?.workspaceFolderValue) ?? nonEmpty(setting?.workspaceValue);
  const userHome = nonEmpty(setting?.globalValue);
  if (workspaceHome !== undefined && environment.workspaceTrusted) {
    candidates.push({ source: 'workspace settings', executable: inHome(workspaceHome) });
  } else if (workspaceHome !== undefined) {
    log.push(`cgoguard.java.home from the workspace settings (${workspaceHome}) is not used: the workspace is not trusted.`);
  }
  if (userHome !== undefined) {
    candidates.push({ source: 'user settings', executable: inHome(userHome) });
  }
  const javaHome = nonEmpty(environment.env.JAVA_HOME);
  if (javaHome !== undefined) {
    candidates.push({ source: 'JAVA_HOME', executable: inHome(javaHome) });
  }
  const onPath = findOnPath(executableName, environment);
  if (onPath !== undefined) {
    candidates.push({ source: 'PATH', executable: onPath });
  }
  return { candidates, log };
}

/** Tries the candidates in order and answers with the first Java 17 or newer. */
export async function discoverJava(environment: JavaDiscoveryEnvironment): Promise<JavaDiscovery> {
  const { candidates, log } = javaCandidates(environment);
  for (const candidate of candidates) {
    const output = await environment.versionOutput(candidate.executable);
    if (output === undefined) {
      log.push(`${candidate.executable} (from ${candidate.source}) does not run.`);
      continue;
    }
    const major = parseJavaMajorVersion(output);
    if (major === undefined) {
      log.push(`${candidate.executable} (from ${candidate.source}) did not tell its version.`);
    } else if (major < MINIMUM_JAVA_MAJOR) {
      log.push(`${candidate.executable} (from ${candidate.source}) is Java ${major}; cgoguard needs ${MINIMUM_JAVA_MAJOR} or newer.`);
    } else {
      log.push(`Using Java ${major} from ${candidate.source}: ${candidate.executable}`);
      return { found: true, executable: candidate.executable, major, source: candidate.source, log };
    }
  }
  if (candidates.length === 0) {
    log.push('No Java found: cgoguard.java.home and JAVA_HOME are not set and there is no java on PATH.');
  }
  return { found: false, message: MISSING_JAVA_MESSAGE, log };
}

function findOnPath(executableName: string, environment: JavaDiscoveryEnvironment): string | undefined {
  const searchPath = environment.env.PATH ?? environment.env.Path ?? '';
  const delimiter = environment.platform === 'win32' ? ';' : ':';
  for (const directory of searchPath.split(delimiter)) {
    if (directory === '') {
      continue;
    }
    const candidate = path.join(directory, executableName);
    if (environment.isFile(candidate)) {
      return candidate;
    }
  }
  return undefined;
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
