import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem } from '../test/fetchMock';
import { api, ApiError, messagesFor, onUnauthenticated, readCookie } from './client';

afterEach(() => vi.unstubAllGlobals());

describe('CSRF on writes', () => {
  it('echoes the XSRF-TOKEN cookie in X-XSRF-TOKEN on PUT, POST and DELETE, with the session cookie', async () => {
    document.cookie = 'XSRF-TOKEN=token-123';
    const { calls } = mockFetch({
      'PUT /api/v1/members/me': json({ id: 'm1' }),
      'POST /api/v1/registrations/r1/cancel': json({ id: 'r1' }),
      'DELETE /api/v1/members/me': new Response(null, { status: 204 }),
    });

    await api.put('/api/v1/members/me', { displayName: 'Tom' });
    await api.post('/api/v1/registrations/r1/cancel');
    const deleted = await api.delete('/api/v1/members/me');

    expect(calls.map((c) => c.headers.get('X-XSRF-TOKEN'))).toEqual(['token-123', 'token-123', 'token-123']);
    expect(calls.every((c) => c.credentials === 'same-origin')).toBe(true);
    expect(calls[0]!.headers.get('Content-Type')).toBe('application/json');
    expect(calls[0]!.body).toEqual({ displayName: 'Tom' });
    expect(deleted.status).toBe(204);
    expect(deleted.data).toBeUndefined();
  });

  it('sends no CSRF header on reads', async () => {
    document.cookie = 'XSRF-TOKEN=token-123';
    const { calls } = mockFetch({ 'GET /api/v1/symposia': json([]) });

    await api.get('/api/v1/symposia');

    expect(calls[0]!.headers.has('X-XSRF-TOKEN')).toBe(false);
    expect(calls[0]!.credentials).toBe('same-origin');
  });

  it('makes the gateway set the cookie with a GET when there is none yet, then uses it', async () => {
    const { calls } = mockFetch({
      'GET /': () => {
        document.cookie = 'XSRF-TOKEN=fresh-456';
        return new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } });
      },
      'POST /api/v1/symposia/s1/registrations': json({ id: 'r1' }, 201),
    });

    await api.post('/api/v1/symposia/s1/registrations', { strands: ['strand-1'] });

    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(['GET /', 'POST /api/v1/symposia/s1/registrations']);
    expect(calls[1]!.headers.get('X-XSRF-TOKEN')).toBe('fresh-456');
  });

  it('sends If-Match when given an ETag and returns the new ETag', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    const { calls } = mockFetch({ 'PUT /api/v1/members/me': json({ id: 'm1' }, 200, { ETag: '"4"' }) });

    const saved = await api.put('/api/v1/members/me', {}, '"3"');

    expect(calls[0]!.headers.get('If-Match')).toBe('"3"');
    expect(saved.etag).toBe('"4"');
  });
});

describe('problems', () => {
  it('parses a validation problem into field errors, grouping element errors under their field', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    mockFetch({
      'PUT /api/v1/members/me': problem(400, 'invalid-request', {
        detail: 'The request has invalid fields.',
        errors: [
          { field: 'country', message: 'is an ISO 3166-1 alpha-2 code such as GB' },
          { field: 'displayName', message: 'is required' },
          { field: 'interests[2]', message: 'is at most 60 characters' },
        ],
      }),
    });

    const error = await api.put('/api/v1/members/me', {}).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.problem.type).toBe('urn:lfpl:problem:invalid-request');
    expect(apiError.problem.detail).toBe('The request has invalid fields.');
    expect(apiError.fieldErrors).toEqual({
      country: ['is an ISO 3166-1 alpha-2 code such as GB'],
      displayName: ['is required'],
      'interests[2]': ['is at most 60 characters'],
    });
    expect(messagesFor(apiError.fieldErrors, 'interests')).toEqual(['is at most 60 characters']);
    expect(messagesFor(apiError.fieldErrors, 'interest')).toEqual([]);
  });

  it('keeps the detail of a domain problem without field errors', async () => {
    document.cookie = 'XSRF-TOKEN=t';
    mockFetch({
      'POST /api/v1/symposia/s1/registrations': problem(409, 'already-registered', {
        detail: 'You are already registered for this symposium.',
      }),
    });

    const error = (await api.post('/api/v1/symposia/s1/registrations', {}).catch((e: unknown) => e)) as ApiError;

    expect(error.status).toBe(409);
    expect(error.problem.detail).toBe('You are already registered for this symposium.');
    expect(error.fieldErrors).toEqual({});
  });

  it('turns a non-JSON error page into a bare problem with its status', async () => {
    mockFetch({ 'GET /api/v1/symposia': new Response('<h1>Bad gateway</h1>', { status: 502, headers: { 'Content-Type': 'text/html' } }) });

    const error = (await api.get('/api/v1/symposia').catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(502);
    expect(error.problem.type).toBe('about:blank');
  });

  it('reports a network failure as a network problem', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    const error = (await api.get('/api/v1/symposia').catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.network).toBe(true);
    expect(error.unauthenticated).toBe(false);
  });
});

describe('401', () => {
  it('is "not signed in" and tells the listeners', async () => {
    mockFetch({ 'GET /api/v1/members/me': problem(401, 'unauthorized', { detail: 'Sign in' }) });
    const heard: ApiError[] = [];
    const stop = onUnauthenticated((e) => heard.push(e));

    const error = (await api.get('/api/v1/members/me').catch((e: unknown) => e)) as ApiError;
    stop();

    expect(error.unauthenticated).toBe(true);
    expect(error.sessionExpired).toBe(false);
    expect(heard).toHaveLength(1);
  });

  it('recognises an expired session by its problem type', async () => {
    mockFetch({ 'GET /api/v1/members/me': problem(401, 'session-expired') });

    const error = (await api.get('/api/v1/members/me').catch((e: unknown) => e)) as ApiError;

    expect(error.unauthenticated).toBe(true);
    expect(error.sessionExpired).toBe(true);
  });

  it('does not treat a 403 as signed out', async () => {
    mockFetch({ 'GET /api/v1/members/me': problem(403, 'forbidden') });
    const listener = vi.fn();
    const stop = onUnauthenticated(listener);

    const error = (await api.get('/api/v1/members/me').catch((e: unknown) => e)) as ApiError;
    stop();

    expect(error.unauthenticated).toBe(false);
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('readCookie', () => {
  it('finds a cookie among others and decodes it', () => {
    expect(readCookie('XSRF-TOKEN', 'SESSIONX=1; XSRF-TOKEN=a%2Bb; other=2')).toBe('a+b');
    expect(readCookie('XSRF-TOKEN', 'MY-XSRF-TOKEN=no')).toBeUndefined();
  });
});
