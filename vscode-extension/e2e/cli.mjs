// What the command line (server/target/cgoguard.jar) reports and fixes for a project: the reference
// the editor is held to.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export class Cli {
  /** @param {string} jar the shaded jar */
  constructor(jar) {
    this.jar = jar;
  }

  /** `cgoguard lint --format json <project>`: the findings (exit 1 means there are some, not a failure). */
  async findings(project) {
    return JSON.parse(await this.output(['lint', '--format', 'json', project], [0, 1])).findings;
  }

  /** `cgoguard plan --format json <project>`: the build plan of every go command. */
  async plans(project) {
    return JSON.parse(await this.output(['plan', '--format', 'json', project], [0])).plans;
  }

  /**
   * `cgoguard lint --fix --fix-level hint <project>`, which changes the files of the project in place:
   * the preferred fix of every finding, as the test applies one in the editor for each finding shown.
   */
  async fix(project) {
    await this.output(['lint', '--fix', '--fix-level', 'hint', project], [0, 1]);
  }

  async output(args, okExits) {
    try {
      const { stdout } = await run('java', ['-jar', this.jar, ...args], { maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
      return stdout;
    } catch (failure) {
      if (okExits.includes(failure.code)) {
        return failure.stdout;
      }
      throw new Error(`cgoguard ${args.join(' ')} failed (exit ${failure.code}): ${failure.stderr}`);
    }
  }
}

/** Copies a project folder to `target` (replacing what was there) and answers with the copy. */
export function copyProject(source, target) {
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.cpSync(source, target, { recursive: true });
  return target;
}
