/**
 * The mapping from the VS Code settings of the `cgoguard` section to the settings object the
 * server reads (initializationOptions, workspace/configuration and didChangeConfiguration).
 * No `vscode` import: the settings come through {@link SettingsSource}.
 */

/** The configuration section of the extension and of the server. */
export const SECTION = 'cgoguard';

/** Every setting the extension reads, relative to {@link SECTION}. */
export const SETTING = {
  rules: 'rules',
  fixes: 'fixes',
  buildArgs: 'buildArgs',
  makeVariables: 'makeVariables',
  targetStage: 'targetStage',
  exclude: 'exclude',
  host: 'host',
  includeThirdParty: 'includeThirdParty',
  goSources: 'goSources',
  inlayHints: 'inlayHints.enabled',
  maxFiles: 'maxFiles',
  javaHome: 'java.home',
  traceServer: 'trace.server',
} as const;

export type SettingKey = (typeof SETTING)[keyof typeof SETTING];

/** The severities the server accepts for a rule, `off` switches the rule off. */
export const RULE_LEVELS = ['error', 'warning', 'info', 'hint', 'off'] as const;
export type RuleLevel = (typeof RULE_LEVELS)[number];

/** Reads one setting of the section; `vscode.WorkspaceConfiguration` is one. */
export interface SettingsSource {
  get(key: SettingKey): unknown;
}

/** The object the server reads (see the server's SettingsReader). */
export interface ServerSettings {
  rules: Record<string, RuleLevel>;
  /** The fix each rule prefers, by rule id (`{"static-glibc-nss": "dynamic"}`); the server checks the names. */
  fixes: Record<string, string>;
  buildArgs: Record<string, string>;
  makeVariables: Record<string, string>;
  targetStage?: string;
  exclude: string[];
  /** The machine the builds run on (`linux/arm64`); absent: `.cgoguard.yaml`'s or linux/amd64. */
  host?: string;
  /** Whether build files under vendor/, third_party/, node_modules/, testdata/ are analysed; absent: `.cgoguard.yaml` decides. */
  includeThirdParty?: boolean;
  /** The Go sources outside the workspace that may be read (`goroot`, `module-cache`, absolute folders); absent: `.cgoguard.yaml` decides, else none. */
  goSources?: string[];
  inlayHints: boolean;
  maxFiles?: number;
}

export interface MappedSettings {
  settings: ServerSettings;
  /** One sentence per value that was left out, for the output channel. */
  problems: string[];
}

/** Maps the settings; a malformed value is left out with a problem, never thrown. */
export function serverSettings(source: SettingsSource): MappedSettings {
  const problems: string[] = [];
  const settings: ServerSettings = {
    rules: ruleLevels(source.get(SETTING.rules), problems),
    fixes: stringMap(SETTING.fixes, source.get(SETTING.fixes), problems),
    buildArgs: stringMap(SETTING.buildArgs, source.get(SETTING.buildArgs), problems),
    makeVariables: stringMap(SETTING.makeVariables, source.get(SETTING.makeVariables), problems),
    exclude: globs(source.get(SETTING.exclude), problems),
    inlayHints: booleanOr(SETTING.inlayHints, source.get(SETTING.inlayHints), true, problems),
  };
  const stage = targetStage(source.get(SETTING.targetStage), problems);
  if (stage !== undefined) {
    settings.targetStage = stage;
  }
  const host = hostOf(source.get(SETTING.host), problems);
  if (host !== undefined) {
    settings.host = host;
  }
  const thirdParty = source.get(SETTING.includeThirdParty);
  if (typeof thirdParty === 'boolean') {
    settings.includeThirdParty = thirdParty;
  } else if (thirdParty !== undefined && thirdParty !== null) {
    problems.push(`${SECTION}.${SETTING.includeThirdParty} must be true or false, got ${JSON.stringify(thirdParty)}; ignored.`);
  }
  const goSources = goSourcesOf(source.get(SETTING.goSources), problems);
  if (goSources !== undefined) {
    settings.goSources = goSources;
  }
  const maxFiles = fileLimit(source.get(SETTING.maxFiles), problems);
  if (maxFiles !== undefined) {
    settings.maxFiles = maxFiles;
  }
  return { settings, problems };
}

/** Whether a configuration change needs a new server process rather than new settings. */
export function changeNeedsRestart(affects: (section: string) => boolean): boolean {
  return affects(`${SECTION}.${SETTING.javaHome}`);
}

function ruleLevels(value: unknown, problems: string[]): Record<string, RuleLevel> {
  const result: Record<string, RuleLevel> = {};
  for (const [rule, raw] of Object.entries(objectOrEmpty(SETTING.rules, value, problems))) {
    const level = typeof raw === 'string' ? raw.trim().toLowerCase() : undefined;
    if (level !== undefined && (RULE_LEVELS as readonly string[]).includes(level)) {
      result[rule] = level as RuleLevel;
    } else {
      problems.push(`${SECTION}.${SETTING.rules}: "${rule}" is set to ${JSON.stringify(raw)}, `
        + `not one of ${RULE_LEVELS.join(', ')}; the rule keeps its default severity.`);
    }
  }
  return result;
}

function stringMap(key: SettingKey, value: unknown, problems: string[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, raw] of Object.entries(objectOrEmpty(key, value, problems))) {
    if (typeof raw === 'string') {
      result[name] = raw;
    } else if (typeof raw === 'number' || typeof raw === 'boolean') {
      result[name] = String(raw);
    } else {
      problems.push(`${SECTION}.${key}: "${name}" must be a string, got ${JSON.stringify(raw)}; left out.`);
    }
  }
  return result;
}

function objectOrEmpty(key: SettingKey, value: unknown, problems: string[]): Record<string, unknown> {
  if (value === undefined || value === null) {
    return {};
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push(`${SECTION}.${key} must be an object, got ${JSON.stringify(value)}; ignored.`);
    return {};
  }
  return value as Record<string, unknown>;
}

function globs(value: unknown, problems: string[]): string[] {
  if (value === undefined || value === null) {
    return [];
  }
  if (!Array.isArray(value)) {
    problems.push(`${SECTION}.${SETTING.exclude} must be a list of globs, got ${JSON.stringify(value)}; ignored.`);
    return [];
  }
  const result: string[] = [];
  for (const raw of value) {
    if (typeof raw === 'string' && raw.trim() !== '') {
      result.push(raw.trim());
    } else {
      problems.push(`${SECTION}.${SETTING.exclude}: ${JSON.stringify(raw)} is not a glob; left out.`);
    }
  }
  return result;
}

/** The Go sources outside the workspace that may be read; the server checks each entry again. */
function goSourcesOf(value: unknown, problems: string[]): string[] | undefined {
  if (value === undefined || value === null) {
    return undefined;
  }
  if (!Array.isArray(value)) {
    problems.push(`${SECTION}.${SETTING.goSources} must be a list of goroot, module-cache or absolute folders, `
      + `got ${JSON.stringify(value)}; nothing outside the workspace is read.`);
    return [];
  }
  const result: string[] = [];
  for (const raw of value) {
    const entry = typeof raw === 'string' ? raw.trim() : '';
    const keyword = entry.toLowerCase();
    if (keyword === 'goroot' || keyword === 'module-cache') {
      result.push(keyword); // the keywords in any case, as .cgoguard.yaml and --go-sources take them
    } else if (entry.startsWith('/')) {
      result.push(entry);
    } else {
      problems.push(`${SECTION}.${SETTING.goSources}: ${JSON.stringify(raw)} is neither goroot, module-cache `
        + 'nor an absolute folder; left out.');
    }
  }
  return result;
}

function targetStage(value: unknown, problems: string[]): string | undefined {
  if (value === undefined || value === null) {
    return undefined;
  }
  if (typeof value !== 'string') {
    problems.push(`${SECTION}.${SETTING.targetStage} must be a string, got ${JSON.stringify(value)}; `
      + 'the last stage is used.');
    return undefined;
  }
  const stage = value.trim();
  return stage === '' ? undefined : stage;
}

/** The host as `os/arch` with Go's names; the server checks the names themselves. */
function hostOf(value: unknown, problems: string[]): string | undefined {
  if (value === undefined || value === null || value === '') {
    return undefined;
  }
  if (typeof value !== 'string' || !/^[a-z0-9]+\/[a-z0-9]+(\/(glibc|musl))?$/.test(value.trim())) {
    problems.push(`${SECTION}.${SETTING.host} must be os/arch such as linux/arm64, got ${JSON.stringify(value)}; `
      + 'linux/amd64 is used.');
    return undefined;
  }
  return value.trim();
}

function fileLimit(value: unknown, problems: string[]): number | undefined {
  if (value === undefined || value === null) {
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    problems.push(`${SECTION}.${SETTING.maxFiles} must be a whole number of files of at least 1, got ${JSON.stringify(value)}; `
      + 'the server\'s limit is used.');
    return undefined;
  }
  return value;
}

function booleanOr(key: SettingKey, value: unknown, fallback: boolean, problems: string[]): boolean {
  if (value === undefined || value === null) {
    return fallback;
  }
  if (typeof value !== 'boolean') {
    problems.push(`${SECTION}.${key} must be true or false, got ${JSON.stringify(value)}; ${fallback} is used.`);
    return fallback;
  }
  return value;
}
