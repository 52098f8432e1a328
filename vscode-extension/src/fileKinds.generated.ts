// Written from cgoguard's registered file kinds (dev.cgoguard.workspace.FileKinds) by ExtensionFileKindsTest,
// which fails when they differ; -Dcgoguard.updateExpected=true rewrites this file. Do not edit by hand.

export interface FileKindData {
  readonly id: string;
  readonly patterns: readonly string[];
  readonly shellShebang: boolean;
}

export const FILE_KINDS: readonly FileKindData[] = [
  { id: 'go', patterns: ['**/*.go'], shellShebang: false },
  { id: 'go.mod', patterns: ['**/go.mod'], shellShebang: false },
  { id: 'go.work', patterns: ['**/go.work'], shellShebang: false },
  { id: 'makefile', patterns: ['**/Makefile', '**/makefile', '**/GNUmakefile', '**/*.mk'], shellShebang: false },
  { id: 'dockerfile', patterns: ['**/Dockerfile', '**/Dockerfile.*', '**/*.Dockerfile', '**/*.dockerfile', '**/Containerfile', '**/Containerfile.*'], shellShebang: false },
  { id: 'workflow', patterns: ['**/.github/workflows/*.yml', '**/.github/workflows/*.yaml'], shellShebang: false },
  { id: 'shell', patterns: ['**/*.sh', '**/*.bash'], shellShebang: true },
];
