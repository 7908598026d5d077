import type { Fetcher, FetcherHeaders, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { Agent, request } from 'undici';

/**
 * Header map of a subgraph's answer. The gateway reads one or two headers of it
 * (Content-Type, perhaps Cache-Control); a WHATWG Headers object validates and sorts
 * every header on construction, work nobody reads.
 */
class AnswerHeaders implements FetcherHeaders {
  private readonly map = new Map<string, string>();

  constructor(raw: Record<string, string | string[] | undefined>) {
    for (const [name, value] of Object.entries(raw)) {
      if (value !== undefined) this.map.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
    }
  }
  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const before = this.map.get(key);
    this.map.set(key, before === undefined ? value : `${before}, ${value}`);
  }
  delete(name: string): void {
    this.map.delete(name.toLowerCase());
  }
  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }
  set(name: string, value: string): void {
    this.map.set(name.toLowerCase(), value);
  }
  entries(): IterableIterator<[string, string]> {
    return this.map.entries();
  }
  keys(): IterableIterator<string> {
    return this.map.keys();
  }
  values(): IterableIterator<string> {
    return this.map.values();
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.map.entries();
  }
}

/** A subgraph's answer, already read whole: the gateway parses every body anyway. */
class Answer implements FetcherResponse {
  readonly bodyUsed = false;
  readonly redirected = false;
  readonly ok: boolean;
  readonly statusText = '';

  constructor(
    readonly url: string,
    readonly status: number,
    readonly headers: FetcherHeaders,
    private readonly body: string,
  ) {
    this.ok = status >= 200 && status < 300;
  }
  text(): Promise<string> {
    return Promise.resolve(this.body);
  }
  json(): Promise<unknown> {
    return Promise.resolve().then(() => JSON.parse(this.body) as unknown);
  }
  arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = Buffer.from(this.body);
    return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  }
  clone(): FetcherResponse {
    return new Answer(this.url, this.status, this.headers, this.body);
  }
}

/**
 * The gateway's calls to a department: undici's `request` on a keep-alive pool instead of
 * Node's fetch. Fetch builds a WHATWG Request, Response, Headers and a body stream per
 * call; for the few small JSON answers of a federated request that was the largest part
 * of the gateway's own CPU in the PersonDossier profile (docs/BENCHMARKS.md).
 *
 * The whole exchange (connect, answer, body) is bounded by `timeoutMs`, so a department
 * that hangs costs a request at most that long. Failures look like fetch's (a TypeError
 * with the socket error as `cause`; an aborted call rejects with the signal's TimeoutError),
 * which is what the gateway's fault classification reads.
 */
export function undiciFetcher(timeoutMs: number, dispatcher: Agent = sharedAgent()): Fetcher {
  return async (url: string, init?: FetcherRequestInit): Promise<FetcherResponse> => {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const answer = await request(url, {
        method: (init?.method ?? 'GET') as 'GET' | 'POST',
        headers: init?.headers,
        body: init?.body,
        signal,
        dispatcher,
      });
      const body = await answer.body.text();
      return new Answer(url, answer.statusCode, new AnswerHeaders(answer.headers), body);
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      throw new TypeError('fetch failed', { cause: error });
    }
  };
}

let agent: Agent | null = null;

/** One connection pool per gateway process, shared by every department's origin. */
function sharedAgent(): Agent {
  // Keep-alive longer than the subgraphs' idle timeout would reuse sockets they close.
  agent ??= new Agent({ keepAliveTimeout: 4_000, connections: 64 });
  return agent;
}
