import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockXhr } from '../test/fakeXhr';
import { ApiError, onUnauthenticated, uploadFile, type UploadProgress } from './client';

afterEach(() => vi.unstubAllGlobals());

const file = () => new File(['%PDF-1.7 hello'], 'walk notes.pdf', { type: 'application/pdf' });

describe('uploadFile', () => {
  it('sends the file as the raw body with the CSRF header, reports progress and reads the answer', async () => {
    document.cookie = 'XSRF-TOKEN=token-7';
    const uploads = mockXhr();
    const seen: UploadProgress[] = [];
    const done = uploadFile<{ id: string }>('/api/v1/artefacts/a-1/versions?fileName=x.pdf', file(), (p) => seen.push(p));

    await waitFor(() => expect(uploads).toHaveLength(1));
    const xhr = uploads[0]!;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/v1/artefacts/a-1/versions?fileName=x.pdf');
    expect(xhr.headers['x-xsrf-token']).toBe('token-7');
    expect(xhr.headers['content-type']).toBe('application/octet-stream');
    expect(xhr.body).toBeInstanceOf(File);

    xhr.progress(5, 10);
    xhr.respond(201, { id: 'a-1' }, { ETag: '"3"' });
    await expect(done).resolves.toEqual({ status: 201, data: { id: 'a-1' }, etag: '"3"' });
    expect(seen).toEqual([{ loaded: 5, total: 10 }]);
  });

  it('turns a refusal into an ApiError with the service detail, and tells the page about a 401', async () => {
    document.cookie = 'XSRF-TOKEN=token-7';
    const uploads = mockXhr();
    const refused = uploadFile('/api/v1/artefacts/a-1/versions', file(), () => {});
    await waitFor(() => expect(uploads).toHaveLength(1));
    uploads[0]!.respond(415, { type: 'urn:lfpl:problem:type-mismatch', status: 415, detail: 'The content is a ZIP, not a PDF.' });
    const error = await refused.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(415);
    expect((error as ApiError).problem.detail).toBe('The content is a ZIP, not a PDF.');

    const listener = vi.fn();
    const stop = onUnauthenticated(listener);
    const signedOut = uploadFile('/api/v1/artefacts/a-1/versions', file(), () => {});
    await waitFor(() => expect(uploads).toHaveLength(2));
    uploads[1]!.respond(401, { type: 'urn:lfpl:problem:unauthenticated', status: 401 });
    await expect(signedOut).rejects.toMatchObject({ status: 401 });
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
  });

  it('cancels with the signal, and reports a lost connection as a network problem', async () => {
    document.cookie = 'XSRF-TOKEN=token-7';
    const uploads = mockXhr();
    const controller = new AbortController();
    const cancelled = uploadFile('/api/v1/artefacts/a-1/versions', file(), () => {}, controller.signal);
    await waitFor(() => expect(uploads).toHaveLength(1));
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    expect(uploads[0]!.aborted).toBe(true);

    const lost = uploadFile('/api/v1/artefacts/a-1/versions', file(), () => {});
    await waitFor(() => expect(uploads).toHaveLength(2));
    uploads[1]!.fail();
    await expect(lost).rejects.toMatchObject({ network: true });
  });
});
