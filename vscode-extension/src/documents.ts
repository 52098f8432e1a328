/**
 * The documents cgoguard reads, as document selectors for the language client and glob patterns
 * for the file watchers: the globs of every file kind the server registers (written into
 * fileKinds.generated.ts from the server's registry). Plain data, no `vscode` import.
 */
import { FILE_KINDS } from './fileKinds.generated';

export type DocumentFilterData = { scheme: string; language: string } | { scheme: string; pattern: string };

/** The VS Code languages cgoguard analyses (extensionless shell scripts are found by their language). */
export const LANGUAGES = ['makefile', 'dockerfile', 'shellscript', 'go', 'go.mod'] as const;

/** Every registered kind's file names, matched whatever language VS Code gives the file. */
export const FILE_PATTERNS: readonly string[] = FILE_KINDS.flatMap((kind) => kind.patterns);

export const DOCUMENT_SELECTOR: DocumentFilterData[] = [
  ...LANGUAGES.map((language) => ({ scheme: 'file', language })),
  ...FILE_PATTERNS.map((pattern) => ({ scheme: 'file', pattern })),
];

/** What the server is told about when it changes on disk, open or not. */
export const WATCHED_PATTERNS: readonly string[] = FILE_PATTERNS;
