// A real VS Code (code-server: the workbench and extension host of VS Code, served to a browser)
// with its own user data, extensions and logs under one folder, so that nothing of the machine's
// own VS Code or code-server is read or changed.
import { execFile, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { waitFor } from './poll.mjs';

const run = promisify(execFile);

export class CodeServer {
  /**
   * @param {string} home the installed code-server (the folder holding out/node/entry.js)
   * @param {string} folder where its user data, extensions, logs and settings go; emptied first
   */
  constructor(home, folder) {
    this.home = home;
    this.folder = folder;
    this.userData = path.join(folder, 'user-data');
    this.extensions = path.join(folder, 'extensions');
    this.process = undefined;
    this.output = '';
    this.port = 0;
    fs.rmSync(folder, { recursive: true, force: true });
    fs.mkdirSync(path.join(this.userData, 'User'), { recursive: true });
    fs.mkdirSync(this.extensions, { recursive: true });
  }

  get settingsFile() {
    return path.join(this.userData, 'User', 'settings.json');
  }

  /** Replaces the user settings (VS Code reads the file again when it changes). */
  writeSettings(settings) {
    fs.writeFileSync(this.settingsFile, `${JSON.stringify(settings, null, 2)}\n`);
  }

  /** Installs a .vsix the way `code --install-extension` does. */
  async installExtension(vsix) {
    const { stdout, stderr } = await run('node', [this.entry, ...this.dirArgs(), '--install-extension', vsix],
      { env: this.env(), timeout: 120_000 });
    if (!/successfully installed/.test(stdout + stderr)) {
      throw new Error(`code-server did not install ${vsix}:\n${stdout}${stderr}`);
    }
  }

  /** Starts the server on a free loopback port and resolves once it answers HTTP. */
  async start() {
    this.port = await freePort();
    this.process = spawn('node', [this.entry, ...this.dirArgs(), '--auth', 'none', '--bind-addr', `127.0.0.1:${this.port}`,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'],
    { env: this.env(), stdio: ['ignore', 'pipe', 'pipe'] });
    this.process.stdout.on('data', (chunk) => { this.output += chunk; });
    this.process.stderr.on('data', (chunk) => { this.output += chunk; });
    let exited = false;
    this.process.on('exit', () => { exited = true; });
    await waitFor('code-server to listen', 60_000, async () => {
      if (exited) {
        throw new Error(`code-server exited:\n${this.output}`);
      }
      return (await answers(`${this.url}/healthz`)) ? true : undefined;
    }, () => this.output);
  }

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The workbench with the folder open. */
  folderUrl(folder) {
    return `${this.url}/?folder=${encodeURIComponent(folder)}`;
  }

  /** What the extension wrote to its output channel (the log of the newest extension host), or a sentence saying there is none. */
  extensionLog() {
    const logs = path.join(this.userData, 'logs');
    const files = fs.existsSync(logs)
      ? fs.readdirSync(logs, { recursive: true }).map(String).filter((file) => file.endsWith(path.join('cgoguard.cgoguard', 'cgoguard.log')))
      : [];
    if (files.length === 0) {
      return '(the extension wrote no log: it was not activated)';
    }
    const newest = files.map((file) => path.join(logs, file)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
    return fs.readFileSync(newest, 'utf8');
  }

  async stop() {
    const child = this.process;
    this.process = undefined;
    if (child === undefined || child.exitCode !== null) {
      return;
    }
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  get entry() {
    return path.join(this.home, 'out', 'node', 'entry.js');
  }

  dirArgs() {
    return ['--user-data-dir', this.userData, '--extensions-dir', this.extensions, '--config', path.join(this.folder, 'config.yaml')];
  }

  /** Its own XDG folders, so that code-server keeps nothing in the home folder. */
  env() {
    return {
      ...process.env,
      XDG_CONFIG_HOME: path.join(this.folder, 'config'),
      XDG_DATA_HOME: path.join(this.folder, 'data'),
      XDG_CACHE_HOME: path.join(this.folder, 'cache'),
    };
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function answers(url) {
  try {
    const response = await fetch(url);
    return response.ok;
  } catch {
    return false;
  }
}
