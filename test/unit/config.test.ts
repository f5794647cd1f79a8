// src/config.ts: defaults when nothing is set, the values people set, and an error naming the variable
// and saying what a good value looks like for each kind of bad value.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, projectRoot } from '../../src/config.ts';

describe('loadConfig', () => {
  it('defaults to the local Neo4j on 7687 with its store under .kg/neo4j', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      neo4jUri: null,
      neo4jUser: 'neo4j',
      neo4jDatabase: 'neo4j',
      localBoltPort: 7687,
      localDataDir: path.join(projectRoot, '.kg', 'neo4j'),
      localHeap: '1g',
      localPageCache: '512m',
      apiPort: 4000,
      production: false,
      logLevel: 'info',
    });
  });

  it('takes an external server with credentials, for every Bolt scheme the driver knows', () => {
    for (const uri of [
      'bolt://db.example:7687',
      'neo4j://cluster.example',
      'neo4j+s://abc.databases.neo4j.io',
      'bolt+ssc://10.0.0.1:7687',
    ]) {
      const config = loadConfig({
        NEO4J_URI: uri,
        NEO4J_USER: 'reader',
        NEO4J_PASSWORD: 'secret-pw',
        NEO4J_DATABASE: 'kg',
      });
      expect(config).toMatchObject({
        neo4jUri: uri,
        neo4jUser: 'reader',
        neo4jPassword: 'secret-pw',
        neo4jDatabase: 'kg',
      });
    }
  });

  it('treats a blank NEO4J_URI as unset and accepts NEO4J_USERNAME as the user', () => {
    expect(loadConfig({ NEO4J_URI: '  ', NEO4J_USERNAME: 'aura' })).toMatchObject({
      neo4jUri: null,
      neo4jUser: 'aura',
    });
  });

  it('resolves a relative KG_NEO4J_DATA_DIR against the project root and keeps an absolute one', () => {
    expect(loadConfig({ KG_NEO4J_DATA_DIR: '.kg/other' }).localDataDir).toBe(
      path.join(projectRoot, '.kg', 'other'),
    );
    expect(loadConfig({ KG_NEO4J_DATA_DIR: '/var/lib/kg' }).localDataDir).toBe('/var/lib/kg');
  });

  it('takes memory sizes and ports as set', () => {
    expect(
      loadConfig({ KG_NEO4J_HEAP: '2g', KG_NEO4J_PAGECACHE: '256m', KG_NEO4J_PORT: '7699', PORT: '0' }),
    ).toMatchObject({
      localHeap: '2g',
      localPageCache: '256m',
      localBoltPort: 7699,
      apiPort: 0,
    });
  });

  it('takes KG_NEO4J_JVM_OPTIONS as JVM flags split on spaces (none by default)', () => {
    expect(loadConfig({}).localJvmOptions).toEqual([]);
    expect(
      loadConfig({ KG_NEO4J_JVM_OPTIONS: ' -XX:TieredStopAtLevel=1   -XX:+UseSerialGC ' }).localJvmOptions,
    ).toEqual(['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC']);
  });

  it('runs operations through compiled plans unless KG_API_EXECUTOR says graphql-js (decision 0060)', () => {
    expect(loadConfig({}).apiExecutor).toBe('compiled');
    expect(loadConfig({ KG_API_EXECUTOR: 'graphql-js' }).apiExecutor).toBe('graphql-js');
  });

  it("keeps the integrity dashboard's figure a minute unless KG_INTEGRITY_MAX_AGE_S says (decision 0089)", () => {
    expect(loadConfig({}).integrityMaxAgeMs).toBe(60_000);
    expect(loadConfig({ KG_INTEGRITY_MAX_AGE_S: '600' }).integrityMaxAgeMs).toBe(600_000);
    expect(loadConfig({ KG_INTEGRITY_MAX_AGE_S: ' 0 ' }).integrityMaxAgeMs).toBe(0);
    expect(loadConfig({ KG_INTEGRITY_MAX_AGE_S: '' }).integrityMaxAgeMs).toBe(60_000);
  });

  const bad: Array<[string, Record<string, string>, RegExp]> = [
    [
      'an integrity age with a unit',
      { KG_INTEGRITY_MAX_AGE_S: '5m' },
      /^KG_INTEGRITY_MAX_AGE_S="5m" is not valid: expected whole seconds from 0 to 86400 \(write the number alone: the unit is seconds\)/,
    ],
    [
      'an integrity age that is negative',
      { KG_INTEGRITY_MAX_AGE_S: '-1' },
      /^KG_INTEGRITY_MAX_AGE_S="-1" is not valid: expected whole seconds from 0 to 86400, how old the integrity dashboard's figure may be/,
    ],
    [
      'an integrity age over a day',
      { KG_INTEGRITY_MAX_AGE_S: '100000' },
      /^KG_INTEGRITY_MAX_AGE_S="100000" is not valid: expected whole seconds from 0 to 86400/,
    ],
    [
      'a JVM option that is not a flag',
      { KG_NEO4J_JVM_OPTIONS: '-Xss1m org.example.Main' },
      /^KG_NEO4J_JVM_OPTIONS="-Xss1m org.example.Main" is not valid: "org.example.Main" is not a JVM flag/,
    ],
    [
      'a URI with an unknown scheme',
      { NEO4J_URI: 'http://localhost:7474' },
      /^NEO4J_URI="http:\/\/localhost:7474" is not valid: expected <scheme>:\/\/host\[:port\] with scheme one of bolt, .*neo4j\+s/,
    ],
    ['a URI without a scheme', { NEO4J_URI: 'localhost:7687' }, /^NEO4J_URI="localhost:7687" is not valid/],
    [
      'a port that is not a number',
      { KG_NEO4J_PORT: 'seven' },
      /^KG_NEO4J_PORT="seven" is not valid: expected an integer from 1 to 65535$/,
    ],
    [
      'a port out of range',
      { KG_NEO4J_PORT: '70000' },
      /^KG_NEO4J_PORT="70000" is not valid: expected an integer from 1 to 65535$/,
    ],
    [
      'an API port with a fraction',
      { PORT: '80.5' },
      /^PORT="80\.5" is not valid: expected an integer from 0 to 65535$/,
    ],
    [
      'a heap size without a number',
      { KG_NEO4J_HEAP: 'lots' },
      /^KG_NEO4J_HEAP="lots" is not valid: expected a size such as 512m or 1g$/,
    ],
    [
      'a page cache size with a unit Neo4j does not know',
      { KG_NEO4J_PAGECACHE: '1gb' },
      /^KG_NEO4J_PAGECACHE="1gb" is not valid/,
    ],
    [
      'a query timeout below the minimum',
      { KG_QUERY_TIMEOUT_MS: '5' },
      /^KG_QUERY_TIMEOUT_MS="5" is not valid: expected an integer from 100 to 600000$/,
    ],
    [
      'an unknown executor',
      { KG_API_EXECUTOR: 'jit' },
      /^KG_API_EXECUTOR="jit" is not valid: expected compiled or graphql-js$/,
    ],
    [
      'an unknown log level',
      { KG_LOG_LEVEL: 'verbose' },
      /^KG_LOG_LEVEL="verbose" is not valid: expected fatal, error, warn, info, debug, trace or silent$/,
    ],
  ];
  for (const [what, env, message] of bad) {
    it(`refuses ${what} with a ConfigError that names the variable`, () => {
      let caught: unknown;
      try {
        loadConfig(env);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(ConfigError);
      expect((caught as Error).message).toMatch(message);
    });
  }
});
