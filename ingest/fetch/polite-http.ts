// The one HTTP client of `kg fetch`: Node's fetch (undici) wrapped in the manners a news site
// expects from a crawler — a User-Agent that says who is asking, robots.txt obeyed, one request at a
// time per host with a delay between them, conditional GETs (a 304 costs the site nothing), a timeout
// on every request, retries with backoff on transient failures only, a cap on the bytes read, and
// redirects followed by hand so each hop is counted, checked against robots.txt and bounded.
import robotsParserModule from 'robots-parser';
import { childLog } from '../base/log.ts';

const log = childLog('fetch');

export const USER_AGENT_NAME = 'vn-officials-kg';
export const DEFAULT_USER_AGENT = `${USER_AGENT_NAME}/0.1 (+https://github.com/vn-officials-kg; news feed reader)`;

export interface PoliteOptions {
  userAgent: string;
  /** Pause between two requests to one host, in ms (counted from the end of the previous one). */
  delayMs: number;
  /** Time allowed for one request, headers and body, in ms. */
  timeoutMs: number;
  /** Largest response body read, in bytes; a larger one is abandoned and reported. */
  maxBytes: number;
  maxRedirects: number;
  /** Tries after the first, for network errors, timeouts, 429 and 5xx. */
  retries: number;
  /** First backoff in ms; doubled at every retry (a Retry-After header, when shorter than 60 s, wins). */
  backoffMs: number;
}

export const DEFAULT_POLITE_OPTIONS: PoliteOptions = {
  userAgent: DEFAULT_USER_AGENT,
  delayMs: 1000,
  timeoutMs: 20_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  retries: 2,
  backoffMs: 1000,
};

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchOutcome =
  | {
      kind: 'ok';
      /** The address the body came from, after redirects. */
      url: string;
      status: number;
      body: Uint8Array;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
    }
  | { kind: 'not-modified'; url: string }
  /** Not fetched or not usable: `reason` says why in words a user can act on. */
  | { kind: 'failed'; url: string; reason: string; permanent: boolean };

/** Counts of what went over the wire, for the run summary and the benchmark. */
export interface WireStats {
  requests: number;
  notModified: number;
  bytes: number;
  retries: number;
}

class TooLarge extends Error {}

/** What one try of a request gave: a final answer, a redirect to follow, or a failure worth retrying. */
type Attempt = { final: FetchOutcome } | { redirect: string } | { transient: string };

interface HostSlot {
  /** The tail of this host's queue: the next request starts when it settles. */
  tail: Promise<void>;
  lastEnd: number;
  /** A robots.txt Crawl-delay longer than the configured delay. */
  minDelay?: number;
}

interface Robots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}

// The package is CommonJS with `export default` in its types; at run time the module is the function.
const robotsParser = robotsParserModule as unknown as (url: string, robotsTxt: string) => Robots;

export class PoliteClient {
  readonly options: PoliteOptions;
  readonly stats: WireStats = { requests: 0, notModified: 0, bytes: 0, retries: 0 };
  private readonly hosts = new Map<string, HostSlot>();
  private readonly robots = new Map<string, Promise<Robots | { refusedAll: string }>>();

  constructor(options: Partial<PoliteOptions> = {}) {
    this.options = { ...DEFAULT_POLITE_OPTIONS, ...options };
  }

  /**
   * GETs `url` (conditionally when validators are given), following redirects within bounds and
   * obeying robots.txt on every hop. Never throws for the network's or the site's failures.
   */
  async get(url: string, validators: Validators = {}, accept = '*/*'): Promise<FetchOutcome> {
    let current = url;
    const seen = new Set<string>();
    for (let hop = 0; ; hop++) {
      let parsed: URL;
      try {
        parsed = new URL(current);
      } catch {
        return { kind: 'failed', url: current, reason: `${current} is not a valid URL`, permanent: true };
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        return { kind: 'failed', url: current, reason: `${current} is not http(s)`, permanent: true };
      }
      const refusal = await this.robotsRefusal(parsed);
      if (refusal) return { kind: 'failed', url: current, reason: refusal, permanent: true };
      const answer = await this.request(parsed, hop === 0 ? validators : {}, accept);
      if (answer.kind !== 'redirect') return answer;
      seen.add(current);
      const next = new URL(answer.location, parsed).toString();
      if (seen.has(next)) {
        return {
          kind: 'failed',
          url,
          reason: `redirect loop at ${next} (after ${hop + 1} redirects)`,
          permanent: true,
        };
      }
      if (hop + 1 > this.options.maxRedirects) {
        return {
          kind: 'failed',
          url,
          reason: `more than ${this.options.maxRedirects} redirects (last to ${next})`,
          permanent: true,
        };
      }
      current = next;
    }
  }

  /** The reason robots.txt forbids `url` to this client, or null when it may be fetched. */
  private async robotsRefusal(url: URL): Promise<string | null> {
    if (url.pathname === '/robots.txt') return null;
    let robots = this.robots.get(url.origin);
    if (!robots) {
      robots = this.loadRobots(url.origin);
      this.robots.set(url.origin, robots);
    }
    const rules = await robots;
    if ('refusedAll' in rules) return rules.refusedAll;
    if (rules.isAllowed(url.toString(), this.options.userAgent) === false) {
      return `robots.txt of ${url.host} disallows ${url.pathname} for ${USER_AGENT_NAME}`;
    }
    return null;
  }

  /**
   * RFC 9309: a robots.txt that does not exist (4xx) allows everything; one that cannot be read
   * (5xx, network) means "disallow everything" until it can be — for this run.
   */
  private async loadRobots(origin: string): Promise<Robots | { refusedAll: string }> {
    const robotsUrl = `${origin}/robots.txt`;
    const answer = await this.get(robotsUrl, {}, 'text/plain');
    if (answer.kind === 'ok') {
      const rules = robotsParser(robotsUrl, new TextDecoder().decode(answer.body));
      const crawlDelay = rules.getCrawlDelay(this.options.userAgent);
      if (crawlDelay !== undefined && crawlDelay * 1000 > this.options.delayMs) {
        // The site asks for more time between requests than configured: it gets it, up to a minute.
        this.hostSlot(new URL(origin).host).minDelay = Math.min(crawlDelay * 1000, 60_000);
      }
      return rules;
    }
    if (answer.kind === 'failed' && /^HTTP 4\d\d/.test(answer.reason)) return robotsParser(robotsUrl, '');
    const why = answer.kind === 'failed' ? answer.reason : 'no answer';
    return {
      refusedAll: `robots.txt of ${new URL(origin).host} could not be read (${why}); the host is skipped for this run`,
    };
  }

  private hostSlot(host: string): HostSlot {
    let slot = this.hosts.get(host);
    if (!slot) {
      slot = { tail: Promise.resolve(), lastEnd: 0 };
      this.hosts.set(host, slot);
    }
    return slot;
  }

  /** Runs `work` when the host's previous request has ended and the delay has passed. */
  private async onHost<T>(host: string, work: () => Promise<T>): Promise<T> {
    const slot = this.hostSlot(host);
    const previous = slot.tail;
    let release!: () => void;
    slot.tail = new Promise((resolve) => (release = resolve));
    await previous;
    try {
      const delay = Math.max(this.options.delayMs, slot.minDelay ?? 0);
      const wait = slot.lastEnd + delay - Date.now();
      if (slot.lastEnd > 0 && wait > 0) await sleep(wait);
      return await work();
    } finally {
      slot.lastEnd = Date.now();
      release();
    }
  }

  private async request(
    url: URL,
    validators: Validators,
    accept: string,
  ): Promise<FetchOutcome | { kind: 'redirect'; location: string }> {
    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent,
      accept,
      'accept-encoding': 'gzip, deflate, br',
    };
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    let lastReason = '';
    for (let attempt = 0; attempt <= this.options.retries; attempt++) {
      if (attempt > 0) this.stats.retries++;
      let retryAfterMs: number | null = null;
      const outcome = await this.onHost(url.host, async (): Promise<Attempt> => {
        this.stats.requests++;
        const signal = AbortSignal.timeout(this.options.timeoutMs);
        let response: Response;
        try {
          response = await fetch(url, { headers, redirect: 'manual', signal });
        } catch (err) {
          return { transient: describeNetworkError(err, this.options.timeoutMs) };
        }
        const status = response.status;
        if (status >= 300 && status < 400 && status !== 304) {
          await response.body?.cancel().catch(() => undefined);
          const location = response.headers.get('location');
          if (!location) return { final: failed(url, `HTTP ${status} without a Location header`, true) };
          return { redirect: location };
        }
        if (status === 304) {
          await response.body?.cancel().catch(() => undefined);
          this.stats.notModified++;
          return { final: { kind: 'not-modified' as const, url: url.toString() } };
        }
        if (status === 429 || status >= 500) {
          await response.body?.cancel().catch(() => undefined);
          retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
          return { transient: `HTTP ${status} from ${url.host}` };
        }
        if (status < 200 || status >= 300) {
          await response.body?.cancel().catch(() => undefined);
          return { final: failed(url, `HTTP ${status} for ${url.toString()}`, status !== 408) };
        }
        const declared = Number(response.headers.get('content-length') ?? NaN);
        if (Number.isFinite(declared) && declared > this.options.maxBytes) {
          await response.body?.cancel().catch(() => undefined);
          return { final: failed(url, tooLargeReason(declared, this.options.maxBytes), true) };
        }
        try {
          const body = await readCapped(response, this.options.maxBytes);
          this.stats.bytes += body.length;
          return {
            final: {
              kind: 'ok' as const,
              url: url.toString(),
              status,
              body,
              contentType: response.headers.get('content-type'),
              etag: response.headers.get('etag'),
              lastModified: response.headers.get('last-modified'),
            },
          };
        } catch (err) {
          if (err instanceof TooLarge)
            return { final: failed(url, tooLargeReason(null, this.options.maxBytes), true) };
          return { transient: describeNetworkError(err, this.options.timeoutMs) };
        }
      });
      if ('final' in outcome) return outcome.final;
      if ('redirect' in outcome) return { kind: 'redirect', location: outcome.redirect };
      lastReason = outcome.transient;
      if (attempt < this.options.retries) {
        const backoff = retryAfterMs ?? this.options.backoffMs * 2 ** attempt;
        log.debug({ url: url.toString(), attempt, backoff, reason: lastReason }, 'retrying');
        await sleep(backoff);
      }
    }
    return failed(url, `${lastReason} (after ${this.options.retries + 1} tries)`, false);
  }
}

function failed(url: URL, reason: string, permanent: boolean): FetchOutcome {
  return { kind: 'failed', url: url.toString(), reason, permanent };
}

function tooLargeReason(declared: number | null, max: number): string {
  const size = declared === null ? `more than ${max}` : String(declared);
  return `the response is ${size} bytes, over the limit of ${max} (--max-bytes)`;
}

/** Reads the body, stopping (and cancelling the download) as soon as it passes `max` bytes. */
async function readCapped(response: Response, max: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

function describeNetworkError(err: unknown, timeoutMs: number): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `timed out after ${timeoutMs} ms`;
  const cause = e.cause?.code ?? e.cause?.message;
  return cause ? `network error: ${cause}` : `network error: ${e.message ?? String(err)}`;
}

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0 && seconds <= 60) return seconds * 1000;
  return null;
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
