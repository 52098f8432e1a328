/**
 * Decisions taken from what the server answered: how to lint the workspace given its
 * capabilities, and the text of a hover. No `vscode` import.
 */

export interface CapabilitiesLike {
  diagnosticProvider?: { workspaceDiagnostics?: boolean } | unknown;
}

export type WorkspaceLint = 'workspace-diagnostic' | 'resend-configuration';

/** `workspace/diagnostic` when the server pulls workspace diagnostics, else new settings make it analyse again. */
export function workspaceLint(capabilities: CapabilitiesLike | undefined): WorkspaceLint {
  const provider = capabilities?.diagnosticProvider;
  if (typeof provider === 'object' && provider !== null
    && (provider as { workspaceDiagnostics?: unknown }).workspaceDiagnostics === true) {
    return 'workspace-diagnostic';
  }
  return 'resend-configuration';
}

type MarkedStringLike = string | { language: string; value: string };
export interface HoverLike {
  contents: MarkedStringLike | MarkedStringLike[] | { kind: string; value: string };
}

/** The hover as Markdown, or undefined when the server has nothing at that place. */
export function hoverMarkdown(hover: HoverLike | null | undefined): string | undefined {
  if (hover === null || hover === undefined) {
    return undefined;
  }
  const parts = Array.isArray(hover.contents) ? hover.contents : [hover.contents];
  const text = parts.map((part) => {
    if (typeof part === 'string') {
      return part;
    }
    if ('language' in part) {
      return '```' + part.language + '\n' + part.value + '\n```';
    }
    return part.value;
  }).filter((part) => part.trim() !== '').join('\n\n');
  return text === '' ? undefined : text;
}
