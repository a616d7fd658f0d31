/**
 * The portal's only way to the API. The gateway is a backend-for-frontend: the browser holds an
 * HttpOnly SESSION cookie and no token, so every call is same-origin with the cookie, and every
 * write echoes the readable XSRF-TOKEN cookie in the X-XSRF-TOKEN header.
 */

/** One field-level message of a validation problem (service-defaults' FieldError). */
export interface FieldError {
  field: string;
  message: string;
}

/** RFC 9457 problem details as the services and the gateway write them. */
export interface Problem {
  type: string;
  title?: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}

export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'X-XSRF-TOKEN';
export const SIGN_IN_URL = '/oauth2/authorization/keycloak';
export const SIGN_OUT_URL = '/logout';

/** Problem types the portal branches on (`urn:lfpl:problem:<slug>`). */
export const NETWORK_PROBLEM = 'urn:lfpl:problem:portal-network-error';
export const UNREADABLE_PROBLEM = 'urn:lfpl:problem:portal-unexpected-response';

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  /** Not signed in, or the session ended: the caller should offer "Sign in". */
  get unauthenticated(): boolean {
    return this.status === 401;
  }

  /** The gateway could not refresh the session's access token (Keycloak session over). */
  get sessionExpired(): boolean {
    return this.status === 401 && this.problem.type.endsWith('session-expired');
  }

  get network(): boolean {
    return this.problem.type === NETWORK_PROBLEM;
  }

  /** Field messages by field, e.g. `{ displayName: ['is required'] }`. */
  get fieldErrors(): Record<string, string[]> {
    return groupFieldErrors(this.problem.errors ?? []);
  }
}

/** What a failed call threw, as an ApiError: anything else (a bug, a thrown string) becomes an unknown problem. */
export function asApiError(caught: unknown): ApiError {
  return caught instanceof ApiError ? caught : new ApiError({ type: 'about:blank', status: 0 });
}

export function groupFieldErrors(errors: readonly FieldError[]): Record<string, string[]> {
  const grouped: Record<string, string[]> = {};
  for (const { field, message } of errors) {
    (grouped[field] ??= []).push(message);
  }
  return grouped;
}

/**
 * The messages for one form field: its own, and those of its elements and members
 * (`interests[2]`, `needs.access` belong to `interests` and `needs`).
 */
export function messagesFor(errors: Record<string, string[]> | undefined, field: string): string[] {
  if (!errors) return [];
  return Object.entries(errors)
    .filter(([name]) => name === field || name.startsWith(`${field}[`) || name.startsWith(`${field}.`))
    .flatMap(([, messages]) => messages);
}

export function readCookie(name: string, cookies: string = document.cookie): string | undefined {
  for (const part of cookies.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/**
 * The current CSRF token. The gateway writes the cookie on any response; when it is missing
 * (first visit, or just after signing in) a plain GET makes the gateway set it.
 */
export async function xsrfToken(): Promise<string | undefined> {
  const present = readCookie(XSRF_COOKIE);
  if (present) return present;
  try {
    await fetch('/', { method: 'GET', credentials: 'same-origin', cache: 'no-store' });
  } catch {
    return undefined;
  }
  return readCookie(XSRF_COOKIE);
}

type UnauthenticatedListener = (error: ApiError) => void;
const unauthenticatedListeners = new Set<UnauthenticatedListener>();

/** Called on every 401, so the whole page can switch to "Sign in" (see session/Session.tsx). */
export function onUnauthenticated(listener: UnauthenticatedListener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export interface ApiResponse<T> {
  status: number;
  data: T;
  etag: string | null;
}

export interface RequestOptions {
  body?: unknown;
  ifMatch?: string | null;
  signal?: AbortSignal;
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  if (options.ifMatch) headers.set('If-Match', options.ifMatch);
  if (WRITES.has(method.toUpperCase())) {
    const token = await xsrfToken();
    if (token) headers.set(XSRF_HEADER, token);
  }

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ type: NETWORK_PROBLEM, status: 0 });
  }

  if (!response.ok) {
    const error = new ApiError(await problemOf(response));
    if (error.unauthenticated) unauthenticatedListeners.forEach((listener) => listener(error));
    throw error;
  }
  const data = (response.status === 204 ? undefined : await bodyOf(response)) as T;
  return { status: response.status, data, etag: response.headers.get('ETag') };
}

async function bodyOf(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError({ type: UNREADABLE_PROBLEM, status: response.status });
  }
}

/** Reads a problem+json body; anything else (an HTML error page, a proxy's text) becomes a bare problem. */
export async function problemOf(response: Response): Promise<Problem> {
  const fallback: Problem = { type: 'about:blank', status: response.status };
  const contentType = response.headers.get('Content-Type') ?? '';
  if (!contentType.includes('json')) return fallback;
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return fallback;
  }
  if (typeof body !== 'object' || body === null) return fallback;
  const raw = body as Record<string, unknown>;
  const errors = Array.isArray(raw.errors)
    ? raw.errors
        .filter((e): e is FieldError => typeof e === 'object' && e !== null && typeof (e as FieldError).field === 'string')
        .map((e) => ({ field: e.field, message: String(e.message ?? '') }))
    : undefined;
  return {
    type: typeof raw.type === 'string' ? raw.type : 'about:blank',
    title: typeof raw.title === 'string' ? raw.title : undefined,
    status: typeof raw.status === 'number' ? raw.status : response.status,
    detail: typeof raw.detail === 'string' ? raw.detail : undefined,
    instance: typeof raw.instance === 'string' ? raw.instance : undefined,
    ...(errors ? { errors } : {}),
  };
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, { signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  put: <T>(path: string, body: unknown, ifMatch?: string | null) => request<T>('PUT', path, { body, ifMatch }),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};

/** Full-page navigation: the gateway runs the Keycloak login and comes back with a session. */
export function signIn(): void {
  window.location.assign(SIGN_IN_URL);
}

/**
 * Signs out with a real form POST (the gateway invalidates the session, then redirects through
 * Keycloak's logout back to the portal). Used after erasing an account; the header has its own form.
 */
export async function signOut(): Promise<void> {
  const form = document.createElement('form');
  form.method = 'post';
  form.action = SIGN_OUT_URL;
  form.hidden = true;
  const csrf = document.createElement('input');
  csrf.type = 'hidden';
  csrf.name = '_csrf';
  csrf.value = (await xsrfToken()) ?? '';
  form.append(csrf);
  document.body.append(form);
  form.submit();
}

/** A download (the member's data export): the body as a Blob, with the same errors as request(). */
export async function download(path: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch {
    throw new ApiError({ type: NETWORK_PROBLEM, status: 0 });
  }
  if (!response.ok) {
    const error = new ApiError(await problemOf(response));
    if (error.unauthenticated) unauthenticatedListeners.forEach((listener) => listener(error));
    throw error;
  }
  return response.blob();
}

/** Hands a Blob to the browser as a file download. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** How far an upload is: bytes sent so far, and the total when the browser knows it. */
export interface UploadProgress {
  loaded: number;
  total: number | null;
}

/**
 * Sends a file as the raw request body (no multipart), reporting progress as it goes: fetch cannot
 * report upload progress, so this one call uses XMLHttpRequest, with the same session cookie, CSRF
 * header and problem handling as request(). Aborting the signal cancels the upload (an AbortError).
 */
export async function uploadFile<T>(
  path: string,
  file: Blob,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<ApiResponse<T>> {
  const token = await xsrfToken();
  if (signal?.aborted) throw new DOMException('The upload was cancelled.', 'AbortError');
  return new Promise<ApiResponse<T>>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    if (token) xhr.setRequestHeader(XSRF_HEADER, token);
    xhr.upload.onprogress = (event) => onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : null });
    xhr.onerror = () => reject(new ApiError({ type: NETWORK_PROBLEM, status: 0 }));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    xhr.onload = () => {
      const status = xhr.status;
      if (status < 200 || status > 599) {
        reject(new ApiError({ type: NETWORK_PROBLEM, status: 0 }));
        return;
      }
      const contentType = xhr.getResponseHeader('Content-Type') ?? '';
      const response = new Response(status === 204 ? null : xhr.responseText, { status, headers: { 'Content-Type': contentType } });
      if (!response.ok) {
        void problemOf(response).then((problem) => {
          const error = new ApiError(problem);
          if (error.unauthenticated) unauthenticatedListeners.forEach((listener) => listener(error));
          reject(error);
        });
        return;
      }
      bodyOf(response).then(
        (data) => resolve({ status, data: data as T, etag: xhr.getResponseHeader('ETag') }),
        reject,
      );
    };
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
