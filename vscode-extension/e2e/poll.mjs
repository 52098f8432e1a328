// Waiting for a condition: ask again every POLL_MILLIS until it holds or the time is up.
const POLL_MILLIS = 200;

/**
 * Resolves with the first value of `check()` that is not undefined. After `timeoutMillis` it rejects
 * with `what` (what was awaited), the last value seen by `describe` and the text of `context()`
 * (a log, say), so that the failure says what was on the screen and why.
 *
 * @template T
 * @param {string} what
 * @param {number} timeoutMillis
 * @param {() => Promise<T | undefined> | T | undefined} check
 * @param {() => string} [context]
 * @returns {Promise<T>}
 */
export async function waitFor(what, timeoutMillis, check, context) {
  const deadline = Date.now() + timeoutMillis;
  for (;;) {
    const value = await check();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() >= deadline) {
      const details = context === undefined ? '' : `\n${context()}`;
      throw new Error(`Waited ${Math.round(timeoutMillis / 1000)} s for ${what}, in vain.${details}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MILLIS));
  }
}
