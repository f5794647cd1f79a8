// The reliability settings of src/config.ts (curators' tokens, rate limits, trusted proxies, debug),
// the token check the API makes, and the documented error-code list held against the code.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, projectRoot } from '../../src/config.ts';
import { curatorOf } from '../../src/api/context.ts';
import { ERROR_CODES } from '../../src/api/errors.ts';

const ALICE = 'a'.repeat(16) + '0123456789abcdef';
const BINH = 'b'.repeat(16) + 'fedcba9876543210';

describe('curators’ tokens', () => {
  it('reads KG_API_TOKENS as name:token pairs and KG_API_TOKEN as the unnamed "api" token', () => {
    expect(loadConfig({ KG_API_TOKENS: `alice:${ALICE}, binh:${BINH}` }).apiTokens).toEqual([
      { name: 'alice', token: ALICE },
      { name: 'binh', token: BINH },
    ]);
    expect(loadConfig({ KG_API_TOKEN: ALICE }).apiTokens).toEqual([{ name: 'api', token: ALICE }]);
    expect(loadConfig({}).apiTokens).toEqual([]);
  });

  it('refuses short, malformed, repeated and shared tokens, naming the variable', () => {
    const bad: [Record<string, string>, RegExp][] = [
      [
        { KG_API_TOKENS: 'alice:short' },
        /KG_API_TOKENS: the token of "alice" is 5 characters; expected at least 32/,
      ],
      [{ KG_API_TOKEN: 'short-token' }, /KG_API_TOKEN: the token of "api" is 11 characters/],
      [{ KG_API_TOKENS: ALICE }, /KG_API_TOKENS: .* is not name:token/],
      [{ KG_API_TOKENS: `al ice:${ALICE}` }, /token name "al ice" is not valid/],
      [{ KG_API_TOKENS: `alice:${ALICE},alice:${BINH}` }, /the name "alice" is given twice/],
      [{ KG_API_TOKENS: `alice:${ALICE},binh:${ALICE}` }, /two curators have the same token/],
    ];
    for (const [env, message] of bad) {
      expect(() => loadConfig(env), JSON.stringify(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(message);
    }
    // The message never repeats a token.
    try {
      loadConfig({ KG_API_TOKENS: ALICE });
    } catch (err) {
      expect((err as Error).message).not.toContain(ALICE);
    }
  });

  it('matches the bearer header to the curator whose token it is, and nothing else', () => {
    const tokens = [
      { name: 'alice', token: ALICE },
      { name: 'binh', token: BINH },
    ];
    expect(curatorOf(`Bearer ${ALICE}`, tokens)).toBe('alice');
    expect(curatorOf(`bearer   ${BINH}  `, tokens)).toBe('binh');
    expect(curatorOf(ALICE, tokens)).toBeNull();
    expect(curatorOf(`Bearer ${ALICE.slice(0, -1)}`, tokens)).toBeNull();
    expect(curatorOf(`Bearer ${ALICE}x`, tokens)).toBeNull();
    expect(curatorOf(undefined, tokens)).toBeNull();
    expect(curatorOf(`Bearer ${ALICE}`, [])).toBeNull();
  });
});

describe('rate limits, proxies, debug', () => {
  it('defaults: 600 reads and 60 mutations a minute, loopback proxies trusted, no debug', () => {
    expect(loadConfig({})).toMatchObject({
      rateLimit: 600,
      writeRateLimit: 60,
      trustProxy: ['loopback'],
      debug: false,
    });
  });

  it('takes the values people set; 0 turns a limit off', () => {
    expect(loadConfig({ KG_RATE_LIMIT: '0', KG_WRITE_RATE_LIMIT: '5', KG_DEBUG: '1' })).toMatchObject({
      rateLimit: 0,
      writeRateLimit: 5,
      debug: true,
    });
    expect(loadConfig({ KG_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ KG_TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ KG_TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::/8, 192.168.1.7' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::/8',
      '192.168.1.7',
    ]);
  });

  it('names the variable of a bad value', () => {
    expect(() => loadConfig({ KG_RATE_LIMIT: '-1' })).toThrow(/KG_RATE_LIMIT="-1" is not valid/);
    expect(() => loadConfig({ KG_WRITE_RATE_LIMIT: 'lots' })).toThrow(
      /KG_WRITE_RATE_LIMIT="lots" is not valid/,
    );
    expect(() => loadConfig({ KG_TRUST_PROXY: 'proxy.example' })).toThrow(
      /KG_TRUST_PROXY=.* "proxy.example" is not an address/,
    );
    expect(() => loadConfig({ KG_TRUST_PROXY: '10.0.0.0/40' })).toThrow(/KG_TRUST_PROXY/);
    expect(() => loadConfig({ KG_DEBUG: 'yes' })).toThrow(/KG_DEBUG="yes" is not valid: expected 1 or 0/);
  });
});

describe('error codes', () => {
  const documented = (() => {
    const api = readFileSync(path.join(projectRoot, 'docs', 'api.md'), 'utf8');
    const section = api.split('## Error codes')[1]?.split('\n## ')[0] ?? '';
    return new Set([...section.matchAll(/^\| `([A-Z_]+)`/gm)].map((m) => m[1]));
  })();

  it('docs/api.md lists exactly the codes the server can answer with', () => {
    expect([...documented].sort()).toEqual([...ERROR_CODES].sort());
  });

  it('every code written in src/api is a documented one', () => {
    const dir = path.join(projectRoot, 'src', 'api');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.startsWith('generated'),
    );
    const used = new Set<string>();
    for (const file of files) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      for (const m of text.matchAll(/code(?::|\s*=)\s*'([A-Z_]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(5);
    for (const code of used) expect(documented, `${code} is not in docs/api.md`).toContain(code);
  });
});
