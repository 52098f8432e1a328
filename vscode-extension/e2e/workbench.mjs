// The VS Code workbench in Debian's Chromium, driven as a person drives it: keys, menus and what the
// screen shows (the Problems panel, the hover, the status bar).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { waitFor } from './poll.mjs';

/** Debian's chromium package: the browser itself, without the wrapper script in /usr/bin. */
const CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((file) => fs.existsSync(file)) ?? '/usr/bin/chromium';

/** The network here is closed: no background traffic, no first-run or sync machinery. */
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const UI_MILLIS = 15_000;

export class Workbench {
  /**
   * @param {import('playwright-core').BrowserContext} context
   * @param {import('playwright-core').Page} page
   * @param {string} screenshots
   * @param {() => string} log what to attach to every failure (the extension's log)
   */
  constructor(context, page, screenshots, log) {
    this.context = context;
    this.page = page;
    this.screenshots = screenshots;
    this.log = log;
  }

  /** Opens the workbench at `url` in a fresh browser profile under `profile`. */
  static async open(url, profile, screenshots, log) {
    fs.rmSync(profile, { recursive: true, force: true });
    fs.mkdirSync(screenshots, { recursive: true });
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1400, height: 1000 },
    });
    const page = context.pages()[0] ?? await context.newPage();
    const workbench = new Workbench(context, page, screenshots, log);
    await page.goto(url);
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    return workbench;
  }

  async close() {
    await this.context.close();
  }

  /** Waits for `check` to give a value; the failure names what was awaited, the status bar and the extension's log. */
  async until(what, timeoutMillis, check) {
    let status = '';
    return waitFor(what, timeoutMillis, async () => {
      status = await this.cgoguardStatus();
      return check();
    }, () => `The cgoguard status bar item: ${status || '(none)'}\nThe cgoguard output (the extension's log):\n${this.log()}`);
  }

  async screenshot(name) {
    const file = path.join(this.screenshots, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Ctrl+P, the file's name, Enter: the file opens in the editor. */
  async openFile(relativePath) {
    await this.command('Control+p');
    await this.page.keyboard.type(relativePath);
    const name = path.basename(relativePath);
    await this.until(`Quick Open to list ${relativePath}`, UI_MILLIS, async () =>
      ((await this.page.locator('.quick-input-list .monaco-list-row').first().getAttribute('aria-label').catch(() => null)) ?? '')
        .startsWith(name) || undefined);
    await this.page.keyboard.press('Enter');
    await this.until(`${relativePath} to be the active editor`, UI_MILLIS, async () =>
      ((await this.page.locator('.tabs-container .tab.active').getAttribute('aria-label').catch(() => null)) ?? '')
        .startsWith(name) || undefined);
  }

  /** Ctrl+G to `line:column` (1-based) in the active editor. */
  async goTo(line, column) {
    await this.page.keyboard.press('Control+1'); // the editor, wherever the focus was
    await this.command('Control+g');
    await this.page.keyboard.type(`${line}:${column}`);
    await this.page.keyboard.press('Enter');
    // The status bar counts columns as they look (a tab is several), Go to Line as characters: compare the line.
    await this.until(`the cursor at line ${line}`, UI_MILLIS, async () =>
      (await this.page.locator('[id="status.editor.selection"]').innerText().catch(() => '')).startsWith(`Ln ${line},`) || undefined);
  }

  /**
   * Replaces the User or Workspace settings as a person does: Preferences: Open User (or Workspace)
   * Settings (JSON), the new text, Ctrl+S; then closes the settings editor, which brings back the
   * editor that was active.
   */
  async editSettings(scope, settings) {
    await this.runCommand(`Preferences: Open ${scope} Settings (JSON)`);
    const editor = this.page.locator('.editor-group-container.active .monaco-editor');
    await this.until('settings.json to be the active editor, with the keyboard in it', UI_MILLIS, async () =>
      ((await this.page.locator('.tabs-container .tab.active').getAttribute('aria-label').catch(() => null)) ?? '').startsWith('settings.json')
        && (await editor.getAttribute('class').catch(() => '') ?? '').includes('focused') || undefined);
    const text = JSON.stringify(settings); // one line: nothing for auto-indentation to change
    await this.page.keyboard.press('Control+a');
    await this.page.keyboard.insertText(text);
    await this.until('the new settings to be in the editor', UI_MILLIS, async () =>
      (await editor.locator('.view-lines').innerText().catch(() => '')).includes(text.slice(0, 40)) || undefined);
    await this.page.keyboard.press('Control+s');
    await this.until('settings.json to be saved', UI_MILLIS, async () =>
      !((await this.page.locator('.tabs-container .tab.active').getAttribute('class').catch(() => null)) ?? 'dirty').includes('dirty') || undefined);
    await this.page.keyboard.press('Control+w');
  }

  /** F1, the command's title, Enter. */
  async runCommand(title) {
    await this.command('F1');
    await this.page.keyboard.type(title);
    await this.until(`the command palette to offer "${title}"`, UI_MILLIS, async () =>
      ((await this.page.locator('.quick-input-list .monaco-list-row').first().getAttribute('aria-label').catch(() => null)) ?? '')
        .startsWith(title) || undefined);
    await this.page.keyboard.press('Enter');
  }

  /** The cgoguard status bar item as a screen reader reads it (its text, then its tooltip). */
  async cgoguardStatus() {
    return (await this.page.locator('[id="cgoguard.cgoguard.status"]').getAttribute('aria-label', { timeout: 1000 }).catch(() => null)) ?? '';
  }

  async showProblems() {
    if (!(await this.page.locator('.markers-panel').isVisible())) {
      await this.page.keyboard.press('Control+Shift+m');
    }
    await this.page.locator('.markers-panel').waitFor({ state: 'visible', timeout: UI_MILLIS });
  }

  /**
   * The rows of the Problems panel: one entry per problem, with the file it is in, its severity,
   * message, source, code, line and column, and its related locations.
   */
  async problems() {
    return this.page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) => {
      const problems = [];
      let file = '';
      for (const row of rows) {
        const level = row.getAttribute('aria-level');
        const text = (selector) => row.querySelector(selector)?.textContent ?? '';
        const place = /\[Ln (\d+), Col (\d+)\]/.exec(text('.marker-line'));
        if (level === '1') {
          file = row.querySelector('.monaco-icon-label')?.getAttribute('aria-label') ?? '';
        } else if (level === '2' && place !== null) {
          problems.push({
            file,
            severity: ['error', 'warning', 'info'].find((s) => row.querySelector(`.marker-icon.${s}`) !== null) ?? 'hint',
            message: text('.marker-message'),
            source: text('.marker-source'),
            code: text('.marker-code'),
            line: Number(place[1]),
            column: Number(place[2]),
            related: [],
          });
        } else if (level === '3' && place !== null && problems.length > 0) {
          problems[problems.length - 1].related.push({
            file: text('.related-info-resource'), line: Number(place[1]), column: Number(place[2]), message: text('.marker-description'),
          });
        }
      }
      return problems;
    });
  }

  /** Shows the hover at the cursor (Ctrl+K Ctrl+I) and answers with its text once it contains every one of `expected`. */
  async hoverAtCursor(expected) {
    await this.page.keyboard.press('Control+k');
    await this.page.keyboard.press('Control+i');
    return this.until(`the hover to show ${JSON.stringify(expected)}`, UI_MILLIS, async () => {
      const texts = await this.page.locator('.monaco-hover:visible').allInnerTexts();
      return texts.find((text) => expected.every((part) => text.includes(part)));
    });
  }

  /** Moves the keyboard into the hover shown and scrolls it to its end (for a screenshot of its last part). */
  async scrollHoverToEnd() {
    await this.page.keyboard.press('Control+k');
    await this.page.keyboard.press('Control+i');
    await this.page.keyboard.press('End');
  }

  /**
   * Ctrl+. at the cursor, then the arrow keys to the quick fix titled `title` and Enter; answers with
   * the titles the menu offered, in order, and what the menus before it offered when it took more
   * than one try. Asks up to three times, as a person would; the failure says what each menu offered.
   */
  async applyQuickFix(title) {
    const actions = this.page.locator('.action-widget .monaco-list-row.action');
    const seen = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      await this.page.keyboard.press('Escape');
      await this.page.keyboard.press('Control+.');
      const titles = await waitFor('the Quick Fix menu', 5_000, async () => {
        const offered = await actions.evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? ''));
        return offered.includes(title) ? offered : undefined;
      }).catch(async () => {
        seen.push(await actions.evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? '')));
        return undefined;
      });
      if (titles !== undefined) {
        await this.screenshot('quick-fix-menu');
        await this.pickFocusedAction(title, titles);
        return { titles, earlierMenus: seen };
      }
    }
    throw new Error(`The Quick Fix menu did not offer "${title}"; it offered ${seen.map((t) => JSON.stringify(t)).join(', then ')}.\n`
      + `The cgoguard output (the extension's log):\n${this.log()}`);
  }

  async pickFocusedAction(title, titles) {
    for (let moves = 0; moves <= titles.length; moves++) {
      const focused = await this.page.locator('.action-widget .monaco-list-row.action.focused').getAttribute('aria-label');
      if (focused === title) {
        await this.page.keyboard.press('Enter');
        await this.page.locator('.action-widget').waitFor({ state: 'hidden', timeout: UI_MILLIS });
        return;
      }
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error(`The arrow keys never reached "${title}" in the Quick Fix menu (${titles.join(' | ')}).`);
  }

  async save() {
    await this.page.keyboard.press('Control+1');
    await this.page.keyboard.press('Control+s');
  }

  /** Presses keys in the editor (Control+1 focuses it first). */
  async inEditor(...keys) {
    await this.page.keyboard.press('Control+1');
    for (const key of keys) {
      await this.page.keyboard.press(key);
    }
  }

  /** A key that opens a quick input (Quick Open, Go to Line), and waits for its input box. */
  async command(key) {
    await this.page.keyboard.press(key);
    await this.page.locator('.quick-input-widget .quick-input-box input').waitFor({ state: 'visible', timeout: UI_MILLIS });
  }
}
