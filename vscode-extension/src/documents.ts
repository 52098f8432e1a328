/**
 * The documents cgoguard reads, as document selectors for the language client and glob patterns
 * for the file watchers. Plain data, no `vscode` import.
 */

export type DocumentFilterData = { scheme: string; language: string } | { scheme: string; pattern: string };

/** The VS Code languages cgoguard analyses. */
export const LANGUAGES = ['makefile', 'dockerfile', 'shellscript', 'go', 'go.mod'] as const;

/** Files that may carry no (or another) language id, matched by name. */
export const FILE_PATTERNS = [
  '**/*.mk',
  '**/Containerfile',
  '**/*.Dockerfile',
  '**/go.mod',
  '**/.github/workflows/*.{yml,yaml}',
] as const;

export const DOCUMENT_SELECTOR: DocumentFilterData[] = [
  ...LANGUAGES.map((language) => ({ scheme: 'file', language })),
  ...FILE_PATTERNS.map((pattern) => ({ scheme: 'file', pattern })),
];

/** What the server is told about when it changes on disk, open or not. */
export const WATCHED_PATTERNS = [
  '**/{Makefile,makefile,GNUmakefile,*.mk}',
  '**/{Dockerfile,Containerfile,*.Dockerfile,Dockerfile.*}',
  '**/*.{sh,bash}',
  '**/*.go',
  '**/go.mod',
  '**/.github/workflows/*.{yml,yaml}',
] as const;
