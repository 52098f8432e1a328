import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { parseJavaMajorVersion } from '../src/javaVersion';

test('reads the major version of an OpenJDK 17 update', () => {
  const output = 'openjdk version "17.0.15" 2025-04-15\n'
    + 'OpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)\n'
    + 'OpenJDK 64-Bit Server VM (build 17.0.15+6-Debian-1deb12u1, mixed mode, sharing)\n';
  assert.equal(parseJavaMajorVersion(output), 17);
});

test('reads Java 8 from its 1.8 numbering', () => {
  assert.equal(parseJavaMajorVersion('java version "1.8.0_381"\nJava(TM) SE Runtime Environment (build 1.8.0_381-b09)'), 8);
});

test('reads a release without minor numbers and an early-access build', () => {
  assert.equal(parseJavaMajorVersion('openjdk version "21" 2023-09-19\nOpenJDK Runtime Environment'), 21);
  assert.equal(parseJavaMajorVersion('openjdk version "24-ea" 2025-03-18'), 24);
});

test('skips JVM chatter printed before the version line', () => {
  const output = 'Picked up JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF-8\nopenjdk version "11.0.2" 2019-01-15\n';
  assert.equal(parseJavaMajorVersion(output), 11);
});

test('has no version for output that names none', () => {
  assert.equal(parseJavaMajorVersion(''), undefined);
  assert.equal(parseJavaMajorVersion('Error: could not find java.dll'), undefined);
  assert.equal(parseJavaMajorVersion('openjdk version "unknown"'), undefined);
});
