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
  { id: 'goreleaser', patterns: ['**/.goreleaser.yml', '**/.goreleaser.yaml', '**/goreleaser.yml', '**/goreleaser.yaml', '**/.goreleaser.*.yml', '**/.goreleaser.*.yaml', '**/.goreleaser-*.yml', '**/.goreleaser-*.yaml'], shellShebang: false },
  { id: 'ko', patterns: ['**/.ko.yaml', '**/.ko.yml'], shellShebang: false },
  { id: 'promu', patterns: ['**/.promu.yml', '**/.promu.yaml', '**/.promu-*.yml', '**/.promu-*.yaml'], shellShebang: false },
  { id: 'gitlab-ci', patterns: ['**/.gitlab-ci.yml', '**/*.gitlab-ci.yml', '**/.gitlab-ci.yaml', '**/.gitlab/**/*.yml', '**/.gitlab/**/*.yaml'], shellShebang: false },
  { id: 'taskfile', patterns: ['**/Taskfile.yml', '**/Taskfile.yaml', '**/taskfile.yml', '**/taskfile.yaml', '**/Taskfile.dist.yml', '**/Taskfile.dist.yaml', '**/taskfile.dist.yml', '**/taskfile.dist.yaml'], shellShebang: false },
  { id: 'justfile', patterns: ['**/justfile', '**/Justfile', '**/JUSTFILE', '**/.justfile', '**/*.just'], shellShebang: false },
  { id: 'bake', patterns: ['**/docker-bake.hcl', '**/docker-bake.*.hcl'], shellShebang: false },
  { id: 'bake-json', patterns: ['**/docker-bake.json', '**/docker-bake.*.json'], shellShebang: false },
];
