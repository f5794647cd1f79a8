// src/db/local-neo4j.ts jvmFlags: the server's own flags stay, KG_NEO4J_JVM_OPTIONS come after them, and
// a collector chosen there replaces G1 (the JVM refuses to start with two: "Conflicting collector
// combinations in option list").
import { describe, expect, it } from 'vitest';
import { jvmFlags } from '../../src/db/local-neo4j.ts';

describe('jvmFlags', () => {
  it('keeps G1 and the add-opens flags when nothing is added', () => {
    const flags = jvmFlags([]);
    expect(flags).toContain('-XX:+UseG1GC');
    expect(flags).toContain('--add-opens=java.base/sun.nio.ch=ALL-UNNAMED');
  });

  it('appends the extra flags, and drops G1 only when they choose another collector', () => {
    expect(jvmFlags(['-XX:TieredStopAtLevel=1'])).toEqual([...jvmFlags([]), '-XX:TieredStopAtLevel=1']);
    const serial = jvmFlags(['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC']);
    expect(serial).not.toContain('-XX:+UseG1GC');
    expect(serial.slice(-2)).toEqual(['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC']);
    expect(serial).toContain('--add-opens=java.base/java.nio=ALL-UNNAMED');
  });
});
