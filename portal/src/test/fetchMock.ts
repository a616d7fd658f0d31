import { vi } from 'vitest';

export interface Call {
  url: string;
  method: string;
  headers: Headers;
  body: unknown;
  credentials: RequestCredentials | undefined;
}

type Reply = Response | ((call: Call) => Response | Promise<Response>);

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

export const problem = (status: number, slug: string, extra: Record<string, unknown> = {}) =>
  new Response(JSON.stringify({ type: `urn:lfpl:problem:${slug}`, title: 'Problem', status, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });

/**
 * Replaces fetch with a table of "METHOD path" → reply; records every call. An unexpected call
 * fails the test rather than hanging it.
 */
export function mockFetch(routes: Record<string, Reply>) {
  const calls: Call[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.pathname : input.url;
    const method = (init.method ?? 'GET').toUpperCase();
    const call: Call = {
      url,
      method,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
      credentials: init.credentials,
    };
    calls.push(call);
    const reply = routes[`${method} ${url}`];
    if (!reply) throw new Error(`Unexpected fetch: ${method} ${url}`);
    return typeof reply === 'function' ? reply(call) : reply.clone();
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}
