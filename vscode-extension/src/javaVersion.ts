/**
 * Reads the major version from the output of `java -version`, e.g.
 * `openjdk version "17.0.15" 2025-04-15`, `java version "1.8.0_381"`, `openjdk version "21" 2023-09-19`,
 * `openjdk version "24-ea" 2025-03-18`.
 */
export function parseJavaMajorVersion(output: string): number | undefined {
  const quoted = /\bversion\s+"([^"]+)"/.exec(output);
  if (quoted === null) {
    return undefined;
  }
  const parts = /^(\d+)(?:\.(\d+))?/.exec(quoted[1]);
  if (parts === null) {
    return undefined;
  }
  const first = Number(parts[1]);
  // Up to Java 8 the version read "1.<major>.0_<update>".
  if (first === 1 && parts[2] !== undefined) {
    return Number(parts[2]);
  }
  return first;
}

/** The oldest Java that runs the server. */
export const MINIMUM_JAVA_MAJOR = 17;
