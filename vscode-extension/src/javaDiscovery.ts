import * as path from 'node:path';
import { MINIMUM_JAVA_MAJOR, parseJavaMajorVersion } from './javaVersion';
import { ServerProblem } from './serverState';

/**
 * Finds the Java that runs the server. When `cgoguard.java.home` is set (and may be used), it is the
 * only Java tried: a user who names a Java is told when it does not fit rather than given another.
 * Otherwise `JAVA_HOME`, then `java` on `PATH`; the first one that is Java 17 or newer wins. No
 * `vscode` import: everything the search needs comes through {@link JavaDiscoveryEnvironment}.
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
  /** The folder named by the setting or JAVA_HOME; none for PATH. */
  home?: string;
}

export type JavaDiscovery =
  | { found: true; executable: string; major: number; source: JavaSource; log: string[] }
  | { found: false; problem: ServerProblem; log: string[] };

/** The places to try, in order, with a line for each source left out and why. */
export function javaCandidates(environment: JavaDiscoveryEnvironment): { candidates: JavaCandidate[]; log: string[] } {
  const log: string[] = [];
  const executableName = environment.platform === 'win32' ? 'java.exe' : 'java';
  const inHome = (home: string) => path.join(home, 'bin', executableName);

  const setting = environment.javaHomeSetting;
  const workspaceHome = nonEmpty(setting?.workspaceFolderValue) ?? nonEmpty(setting?.workspaceValue);
  const userHome = nonEmpty(setting?.globalValue);
  if (workspaceHome !== undefined && environment.workspaceTrusted) {
    return { candidates: [{ source: 'workspace settings', executable: inHome(workspaceHome), home: workspaceHome }], log };
  } else if (workspaceHome !== undefined) {
    log.push(`cgoguard.java.home from the workspace settings (${workspaceHome}) is not used: the workspace is not trusted.`);
  }
  if (userHome !== undefined) {
    return { candidates: [{ source: 'user settings', executable: inHome(userHome), home: userHome }], log };
  }
  const candidates: JavaCandidate[] = [];
  const javaHome = nonEmpty(environment.env.JAVA_HOME);
  if (javaHome !== undefined) {
    candidates.push({ source: 'JAVA_HOME', executable: inHome(javaHome), home: javaHome });
  }
  const onPath = findOnPath(executableName, environment);
  if (onPath !== undefined) {
    candidates.push({ source: 'PATH', executable: onPath });
  }
  return { candidates, log };
}

/** Tries the candidates in order and answers with the first Java 17 or newer, or with why there is none. */
export async function discoverJava(environment: JavaDiscoveryEnvironment): Promise<JavaDiscovery> {
  const { candidates, log } = javaCandidates(environment);
  let tooOld: { candidate: JavaCandidate; major: number } | undefined;
  for (const candidate of candidates) {
    const output = await environment.versionOutput(candidate.executable);
    const major = output === undefined ? undefined : parseJavaMajorVersion(output);
    if (output === undefined) {
      log.push(`${candidate.executable} (from ${candidate.source}) does not run.`);
    } else if (major === undefined) {
      log.push(`${candidate.executable} (from ${candidate.source}) did not tell its version.`);
    } else if (major < MINIMUM_JAVA_MAJOR) {
      log.push(`${candidate.executable} (from ${candidate.source}) is Java ${major}; cgoguard needs ${MINIMUM_JAVA_MAJOR} or newer.`);
      tooOld = tooOld === undefined || major > tooOld.major ? { candidate, major } : tooOld;
    } else {
      log.push(`Using Java ${major} from ${candidate.source}: ${candidate.executable}`);
      return { found: true, executable: candidate.executable, major, source: candidate.source, log };
    }
  }
  if (candidates.length === 0) {
    log.push('No Java found: cgoguard.java.home and JAVA_HOME are not set and there is no java on PATH.');
  }
  return { found: false, problem: problemOf(candidates, tooOld), log };
}

function problemOf(candidates: JavaCandidate[], tooOld: { candidate: JavaCandidate; major: number } | undefined): ServerProblem {
  const setting = candidates.find((c) => c.source === 'user settings' || c.source === 'workspace settings');
  const fix = 'set it to a JDK or JRE 17 or newer, or clear it to use JAVA_HOME or the java on PATH';
  if (setting !== undefined && tooOld !== undefined) {
    return {
      summary: `Java ${tooOld.major} is too old`,
      message: `cgoguard.java.home (${setting.source}) is ${setting.home}, which holds Java ${tooOld.major}; `
        + `cgoguard needs ${MINIMUM_JAVA_MAJOR} or newer: ${fix}.`,
    };
  }
  if (setting !== undefined) {
    return {
      summary: 'no Java in cgoguard.java.home',
      message: `cgoguard.java.home (${setting.source}) is ${setting.home}, which holds no Java that runs `
        + `(${setting.executable}): ${fix}.`,
    };
  }
  if (tooOld !== undefined) {
    return {
      summary: `Java ${tooOld.major} is too old`,
      message: `${MISSING_JAVA_MESSAGE}; the Java found is Java ${tooOld.major} (${tooOld.candidate.executable}, `
        + `from ${tooOld.candidate.source}).`,
    };
  }
  return { summary: 'no Java found', message: `${MISSING_JAVA_MESSAGE}.` };
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
