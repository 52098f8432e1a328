#!/usr/bin/env node
// Editor latency of language servers from the outside: each server is started as its own process
// over stdio, as an editor starts it, on a real workspace, and this client measures
//   - start: from spawning the server to the first diagnostics of a file opened right after
//     `initialized` (a server that has nothing to say about the file ends its analysis with a
//     work-done progress report instead: that counts as "first diagnostics: none");
//   - edit: from each didChange to the next publishDiagnostics of the file, over edits that each
//     change the file's diagnostics, with a pause before each edit as between bursts of typing.
// It prints figures (medians, p50/p95) and asserts nothing. Used by tests/bench/whole-process.sh.
//
//   node lsp-latency.mjs --workspace DIR --file REL [--file REL...] [--runs N] [--edits N]
//        [--cgoguard "COMMAND"] [--work DIR]
//
// dockerfile-language-server-nodejs is installed into WORK/dockerfile-language-server by npm when
// it is missing, and measured on the Dockerfiles in the same run.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const files = args.flatMap((a, i) => (a === '--file' ? [args[i + 1]] : []));
const workspace = resolve(option('--workspace'));
const runs = Number(option('--runs', '3'));
const edits = Number(option('--edits', '40'));
const work = resolve(option('--work', '/tmp/cgoguard-bench'));
const cgoguard = option('--cgoguard', 'cgoguard');
const PAUSE_MS = 300; // longer than cgoguard's 100 ms burst delay and either server's analysis of one edit

const DLS_VERSION = '0.15.0';

function dockerLanguageServer() {
  const dir = join(work, 'dockerfile-language-server');
  const bin = join(dir, 'node_modules', '.bin', 'docker-langserver');
  if (!existsSync(bin)) {
    execFileSync('npm', ['install', '--silent', '--no-audit', '--no-fund', '--prefix', dir,
      `dockerfile-language-server-nodejs@${DLS_VERSION}`], { stdio: 'inherit' });
  }
  return [bin, '--stdio'];
}

/** A minimal LSP client over a child process's stdio. */
class Client {
  constructor(command) {
    this.started = performance.now();
    this.child = spawn(command[0], command.slice(1), { stdio: ['pipe', 'pipe', 'ignore'] });
    this.buffer = Buffer.alloc(0);
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = [];
    this.child.stdout.on('data', (chunk) => this.receive(chunk));
  }

  receive(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body), performance.now());
    }
  }

  dispatch(message, at) {
    if (message.id !== undefined && message.method === undefined) {
      const resolveResponse = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (resolveResponse) resolveResponse(message);
      return;
    }
    if (message.id !== undefined) { // a request of the server: answer as a plain editor would
      const result = message.method === 'workspace/configuration' ? message.params.items.map(() => null) : null;
      this.send({ jsonrpc: '2.0', id: message.id, result });
      return;
    }
    for (const listener of [...this.listeners]) listener(message, at);
  }

  send(message) {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolveResponse) => {
      this.pending.set(id, resolveResponse);
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method, params) {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the time of the first notification accepted, or null after the timeout. */
  waitFor(accept, timeoutMs) {
    return new Promise((resolveWait) => {
      const listener = (message, at) => {
        if (accept(message)) {
          this.listeners = this.listeners.filter((l) => l !== listener);
          clearTimeout(timer);
          resolveWait({ message, at });
        }
      };
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== listener);
        resolveWait(null);
      }, timeoutMs);
      this.listeners.push(listener);
    });
  }

  async close() {
    await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 5000))]);
    this.notify('exit', null);
    setTimeout(() => this.child.kill('SIGKILL'), 2000).unref();
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** The edits of a file: a line added that each server reports on, then taken away again. */
function editCycle(file, text) {
  const lines = text.split('\n');
  if (/Dockerfile/.test(file)) {
    // after the first FROM: a go build with an obsolete flag (cgoguard) and a deprecated MAINTAINER (both)
    const at = lines.findIndex((l) => /^FROM\s/i.test(l)) + 1;
    return { line: at, text: 'MAINTAINER bench\nRUN CGO_ENABLED=0 go build -a -o /tmp/bench .\n' };
  }
  // a Makefile: a comment line at the top moves every diagnostic below it
  return { line: 0, text: '# edited by the benchmark\n' };
}

async function measure(name, command, file) {
  const path = join(workspace, file);
  const uri = pathToFileURL(path).href;
  const text = readFileSync(path, 'utf8');
  const languageId = /Dockerfile/.test(file) ? 'dockerfile' : 'makefile';
  const client = new Client(command);
  const progressTokens = new Set();
  const init = await client.request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).href,
    workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'bench' }],
    capabilities: {
      window: { workDoneProgress: true },
      textDocument: { publishDiagnostics: { relatedInformation: true }, synchronization: { didSave: true } },
      workspace: { configuration: true, workspaceFolders: true },
    },
  });
  const initialized = performance.now();
  const sync = init.result.capabilities.textDocumentSync;
  const incremental = (typeof sync === 'object' ? sync.change : sync) === 2;
  const analysed = client.waitFor((m) => (m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri)
    || (m.method === '$/progress' && m.params.value && m.params.value.kind === 'end' && progressTokens.size > 0), 120000);
  const tracker = (m) => { if (m.method === '$/progress' && m.params.value && m.params.value.kind === 'begin') progressTokens.add(m.params.token); };
  client.listeners.push(tracker);
  client.notify('initialized', {});
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  let first = await analysed;
  if (first && first.message.method !== 'textDocument/publishDiagnostics') {
    // the analysis has ended: its diagnostics of the file, if any, are published right after
    const published = await client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri, 1000);
    if (published) first = published;
  }
  const start = {
    initialize: initialized - client.started,
    firstDiagnostics: first ? first.at - client.started : null,
    published: first ? first.message.method === 'textDocument/publishDiagnostics' : false,
  };
  await sleep(1000);

  const edit = editCycle(file, text);
  const latencies = [];
  let missed = 0;
  let version = 1;
  let current = text;
  for (let i = 0; i < edits; i++) {
    await sleep(PAUSE_MS);
    const adding = i % 2 === 0;
    const lines = current.split('\n');
    const added = edit.text.split('\n').length - 1;
    const next = adding
      ? [...lines.slice(0, edit.line), ...edit.text.replace(/\n$/, '').split('\n'), ...lines.slice(edit.line)].join('\n')
      : [...lines.slice(0, edit.line), ...lines.slice(edit.line + added)].join('\n');
    const change = incremental
      ? (adding
        ? { range: { start: { line: edit.line, character: 0 }, end: { line: edit.line, character: 0 } }, text: edit.text }
        : { range: { start: { line: edit.line, character: 0 }, end: { line: edit.line + added, character: 0 } }, text: '' })
      : { text: next };
    current = next;
    const published = client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri, 5000);
    const sent = performance.now();
    client.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [change] });
    const got = await published;
    if (got) latencies.push(got.at - sent); else missed++;
  }
  await client.close();
  return { start, latencies, missed };
}

const cgoguardCommand = [...cgoguard.split(' ').filter((s) => s.length > 0), 'lsp'];
const servers = [['cgoguard', cgoguardCommand, () => true]];
servers.push(['dockerfile-language-server', dockerLanguageServer(), (file) => /Dockerfile/.test(file)]);

console.log(`editor latency in ${workspace} (${runs} runs; ${edits} edits each, a ${PAUSE_MS} ms pause before each):`);
for (const file of files) {
  for (const [name, command, serves] of servers) {
    if (!serves(file)) continue;
    const starts = [];
    const all = [];
    let missed = 0;
    let published = true;
    for (let run = 0; run < runs; run++) {
      const result = await measure(name, command, file);
      if (result.start.firstDiagnostics !== null) starts.push(result.start.firstDiagnostics);
      published = published && result.start.published;
      all.push(...result.latencies);
      missed += result.missed;
    }
    const lines = readFileSync(join(workspace, file), 'utf8').split('\n').length;
    console.log(`  ${name.padEnd(27)} ${file} (${lines} lines): start to first diagnostics`
      + ` ${starts.length ? (percentile(starts, 50) / 1000).toFixed(2) + ' s' : 'none within 120 s'}`
      + `${published ? '' : ' (analysis finished, nothing to report on the file)'};`
      + ` edit to publish p50 ${percentile(all, 50)?.toFixed(1)} ms, p95 ${percentile(all, 95)?.toFixed(1)} ms`
      + ` (${all.length} edits${missed ? `, ${missed} without a publish within 5 s` : ''})`);
  }
}
process.exit(0);
