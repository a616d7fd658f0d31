import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LibraryArtefact } from '../api/types';
import { shareFieldOf } from '../components/ShareArtefactForm';
import { mockXhr } from '../test/fakeXhr';
import { json, mockFetch, problem } from '../test/fetchMock';
import { member, myAwaitingFile, publicLink, registration, sharedPdf, symposium } from '../test/fixtures';
import { renderApp } from '../test/renderApp';
import { filterLocally, filtersOf, splitByVisibility } from './Library';

afterEach(() => vi.unstubAllGlobals());

const confirmed = { ...registration, state: 'CONFIRMED', waitlistPosition: null, strands: ['strand-1'] };
const LIST = '/api/v1/artefacts?symposiumId=sym-2026&size=200';
const MINE = '/api/v1/artefacts?symposiumId=sym-2026&owner=me&size=200';
const base = {
  'GET /api/v1/members/me': json(member),
  'GET /api/v1/notifications/unread-count': json({ unread: 0 }),
  'GET /api/v1/symposia/sym-2026': json(symposium),
  'GET /api/v1/symposia/sym-2026/registrations/mine': json(confirmed),
};

const region = (name: string | RegExp) => screen.getByRole('region', { name });

describe('Library', () => {
  it('shows participants-only artefacts in their own section, with previews, filters and search', async () => {
    const { calls } = mockFetch({
      ...base,
      [`GET ${MINE}`]: json([]),
      [`GET ${LIST}`]: json([sharedPdf, publicLink]),
      'GET /api/v1/artefacts?symposiumId=sym-2026&strand=strand-1&size=200': json([sharedPdf]),
      'GET /api/v1/artefacts?symposiumId=sym-2026&strand=strand-1&q=walk%20protocol&size=200': json([sharedPdf]),
    });
    const user = userEvent.setup();
    renderApp('/symposia/sym-2026/artefacts');

    expect(await screen.findByRole('heading', { level: 1, name: 'Artefact library' })).toBeInTheDocument();
    const participants = await screen.findByRole('region', { name: 'For participants only' });
    expect(within(participants).getByRole('heading', { level: 3, name: 'Learning walk protocol' })).toBeInTheDocument();
    expect(within(participants).getByText('Participants only')).toHaveClass('tag--participants');
    expect(within(participants).getByRole('img', { name: 'Preview of Learning walk protocol' })).toHaveAttribute(
      'src',
      '/api/v1/artefacts/a-1/preview',
    );
    expect(within(participants).getByRole('link', { name: 'Download walk-protocol-v2.pdf (245 kB)' })).toHaveAttribute(
      'href',
      '/api/v1/artefacts/a-1/file',
    );
    expect(within(participants).getByRole('link', { name: 'Open Learning walk protocol in the browser' })).toHaveAttribute(
      'href',
      '/api/v1/artefacts/a-1/file?disposition=inline',
    );
    const shared = region('Shared with the network');
    expect(within(shared).getByRole('link', { name: 'Open the link: Student voice toolkit' })).toHaveAttribute(
      'href',
      'https://example.org/student-voice',
    );
    expect(within(shared).queryByRole('img')).not.toBeInTheDocument();
    expect(within(shared).getByText('Public')).toBeInTheDocument();
    const count = screen.getByText('2 artefacts match.');
    expect(count).toHaveAttribute('role', 'status');
    expect(screen.getByText('You have not shared an artefact in this symposium yet.')).toBeInTheDocument();

    // Language and licence are filtered here (the API does not take them), without another request.
    const before = calls.length;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'pt-BR');
    expect(count).toHaveTextContent('1 artefact matches.');
    expect(within(region('For participants only')).getByText('No artefact here matches your search and filters.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Licence' }), 'CC-BY-4.0');
    expect(count).toHaveTextContent('No artefacts match.');
    expect(calls.length).toBe(before);
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(count).toHaveTextContent('2 artefacts match.');

    // Strand and words are the service's filters.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Strand' }), 'strand-1');
    await waitFor(() => expect(screen.getByText('1 artefact matches.')).toBeInTheDocument());
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'walk protocol');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(calls.some((c) => c.url.includes('q=walk%20protocol'))).toBe(true));
    expect(await screen.findByRole('heading', { level: 3, name: 'Learning walk protocol' })).toBeInTheDocument();
    expect(screen.getByRole('search')).toContainElement(screen.getByRole('searchbox', { name: 'Search' }));

    // Details and the version history open in place.
    const toggle = screen.getByRole('button', { name: 'Show details and versions of Learning walk protocol' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName('Hide details and versions of Learning walk protocol');
    const versions = screen.getByRole('table', { name: 'Versions' });
    const rows = within(versions).getAllByRole('row');
    expect(rows.map((row) => row.querySelector('th')?.textContent)).toEqual(['Version', 'Version 2 (current)', 'Version 1']);
    expect(within(versions).getByRole('link', { name: 'Download version 1: walk-protocol.pdf' })).toHaveAttribute(
      'href',
      '/api/v1/artefacts/a-1/versions/1/file',
    );
    const details = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(within(details).getByText('CC BY 4.0 (attribution)')).toBeInTheDocument();
    expect(within(details).getByText("No learners' work, names or images in it.")).toBeInTheDocument();
    expect(within(details).getByText('English (en)')).toBeInTheDocument();
  });

  it('shares a file: describes it, uploads it with a progress bar, and lists it as mine', async () => {
    document.cookie = 'XSRF-TOKEN=t9';
    const described: LibraryArtefact = { ...myAwaitingFile, id: 'a-9', details: { ...myAwaitingFile.details, visibility: 'PARTICIPANTS' } };
    const { calls } = mockFetch({
      ...base,
      [`GET ${MINE}`]: json([]),
      [`GET ${LIST}`]: json([]),
      'POST /api/v1/artefacts': json(described, 201, { ETag: '"0"' }),
    });
    const uploads = mockXhr();
    const user = userEvent.setup();
    renderApp('/symposia/sym-2026/artefacts');

    await user.click(await screen.findByRole('button', { name: 'Share an artefact' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Share an artefact' })).toHaveFocus();
    const form = region('Share an artefact');
    expect(within(form).getByRole('radio', { name: 'A file' })).toBeChecked();
    expect(within(form).getByRole('radio', { name: 'Participants only' })).toBeChecked();
    const file = new File(['\x89PNG....'], 'learning wall.png', { type: 'image/png' });
    await user.upload(within(form).getByLabelText(/^File/), file);
    await user.type(within(form).getByRole('textbox', { name: /Title/ }), 'Hillside learning wall');
    await user.click(within(form).getByRole('checkbox', { name: 'Focusing on, and conditions for, professional learning' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Conditions favourable to learning' }));
    await user.type(within(form).getByRole('textbox', { name: /Tags/ }), 'walls, displays');
    await user.selectOptions(within(form).getByRole('combobox', { name: /Licence/ }), 'CC-BY-SA-4.0');
    const learners = within(form).getByRole('group', { name: "Does it contain learners' work, names or images?" });
    await user.click(within(learners).getByRole('radio', { name: 'Yes' }));
    await user.click(within(form).getByRole('checkbox', { name: /I have the consent/ }));
    await user.click(within(form).getByRole('button', { name: 'Share' }));

    await waitFor(() => expect(uploads).toHaveLength(1));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers.get('X-XSRF-TOKEN')).toBe('t9');
    expect(post.body).toEqual({
      symposiumId: 'sym-2026',
      kind: 'FILE',
      url: null,
      details: {
        title: 'Hillside learning wall',
        description: null,
        strandIds: ['strand-1'],
        principles: [2],
        tags: ['walls', 'displays'],
        language: 'en',
        licence: 'CC-BY-SA-4.0',
        visibility: 'PARTICIPANTS',
        safeguarding: { containsLearnersWork: true, consentObtained: true, anonymised: false },
      },
      dialogueIds: [],
    });
    const xhr = uploads[0]!;
    expect(xhr.url).toBe('/api/v1/artefacts/a-9/versions?fileName=learning%20wall.png');
    expect(xhr.headers['x-xsrf-token']).toBe('t9');
    expect(xhr.body).toBe(file);

    act(() => xhr.progress(4_000_000, 8_000_000));
    const bar = screen.getByRole('progressbar', { name: 'Uploading learning wall.png' });
    expect(bar).toHaveAttribute('value', '50');
    expect(bar).toHaveAttribute('max', '100');
    expect(screen.getByText('50%')).toBeInTheDocument();
    expect(screen.getByText('4 MB of 8 MB sent')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel the upload' })).toBeInTheDocument();

    const shared: LibraryArtefact = { ...sharedPdf, id: 'a-9', ownerId: 'm-1', details: described.details, category: 'IMAGE', currentVersion: { ...sharedPdf.currentVersion!, number: 1, fileName: 'learning wall.png', mediaType: 'image/png' } };
    act(() => xhr.respond(201, shared));

    expect(await screen.findByText('"Hillside learning wall" is shared.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Share an artefact' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Your artefacts' })).toHaveFocus();
    const mine = region('Your artefacts');
    expect(within(mine).getByRole('heading', { level: 3, name: 'Hillside learning wall' })).toBeInTheDocument();
    expect(within(mine).getByText('Yours')).toBeInTheDocument();
  });

  it('shows the service\'s field errors at their fields, and a refused upload at the file', async () => {
    document.cookie = 'XSRF-TOKEN=t9';
    let described = false;
    mockFetch({
      ...base,
      [`GET ${MINE}`]: json([]),
      [`GET ${LIST}`]: json([]),
      'POST /api/v1/artefacts': () => {
        if (described) return json({ ...myAwaitingFile, id: 'a-9' }, 201);
        described = true;
        return problem(400, 'invalid-request', {
          errors: [
            { field: 'details.title', message: 'must not be blank' },
            { field: 'safeguarding.consentObtained', message: "must be true: learners' work or images are shared only with consent" },
            { field: 'details.tags[0]', message: 'size must be between 0 and 40' },
          ],
        });
      },
    });
    const uploads = mockXhr();
    const user = userEvent.setup();
    renderApp('/symposia/sym-2026/artefacts');

    await user.click(await screen.findByRole('button', { name: 'Share an artefact' }));
    const form = region('Share an artefact');
    // Checked here first: strands, the safeguarding answer and the file.
    await user.click(within(form).getByRole('button', { name: 'Share' }));
    let summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: 'Strands needs at least one strand' })).toHaveAttribute('href', '#share-strand-strand-1');
    expect(within(summary).getByRole('link', { name: "Does it contain learners' work, names or images? needs an answer" })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Choose the file to upload.' })).toHaveAttribute('href', '#share-file');

    await user.upload(within(form).getByLabelText(/^File/), new File(['x'], 'board.png', { type: 'image/png' }));
    await user.type(within(form).getByRole('textbox', { name: /Tags/ }), 'a-very-long-tag');
    await user.click(within(form).getByRole('checkbox', { name: 'Dialogue, professional learning and leadership' }));
    await user.selectOptions(within(form).getByRole('combobox', { name: /Licence/ }), 'CC0-1.0');
    await user.click(within(form).getByRole('radio', { name: 'Yes' }));
    await user.click(within(form).getByRole('button', { name: 'Share' }));

    summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: 'Title must not be blank' })).toHaveAttribute('href', '#share-title');
    expect(
      within(summary).getByRole('link', {
        name: "I have the consent of the learners (or their guardians) to share it must be true: learners' work or images are shared only with consent",
      }),
    ).toHaveAttribute('href', '#share-consent');
    expect(within(form).getByRole('textbox', { name: /Title/ })).toHaveAccessibleDescription(/Title must not be blank/);
    expect(within(form).getByRole('textbox', { name: /Title/ })).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByRole('checkbox', { name: /I have the consent/ })).toHaveAccessibleDescription(/must be true/);
    expect(within(form).getByRole('textbox', { name: /Tags/ })).toHaveAccessibleDescription(/Tags size must be between 0 and 40/);
    expect(uploads).toHaveLength(0);

    // Described now; the upload is refused: the reason shows at the file, and only the file is asked for again.
    await user.type(within(form).getByRole('textbox', { name: /Title/ }), 'Board');
    await user.click(within(form).getByRole('checkbox', { name: /I have the consent/ }));
    await user.click(within(form).getByRole('button', { name: 'Share' }));
    await waitFor(() => expect(uploads).toHaveLength(1));
    act(() =>
      uploads[0]!.respond(415, {
        type: 'urn:lfpl:problem:type-mismatch',
        status: 415,
        detail: 'The content is text/plain, not what a .png file must be (image/png).',
      }),
    );
    const fileInput = await within(form).findByLabelText(/^File/);
    expect(fileInput).toHaveAccessibleDescription(/The content is text\/plain, not what a \.png file must be/);
    expect(within(form).getByText(/The description of "Hillside learning wall" is saved/)).toBeInTheDocument();
    expect(within(form).queryByRole('textbox', { name: /Title/ })).not.toBeInTheDocument();
    expect(within(form).getByRole('button', { name: 'Upload the file' })).toBeInTheDocument();
    // The artefact waits for its file in "Your artefacts" meanwhile.
    expect(within(region('Your artefacts')).getByText('Waiting for its file')).toBeInTheDocument();
  });

  it('lets the owner upload a new version and withdraw an artefact', async () => {
    document.cookie = 'XSRF-TOKEN=t9';
    const mine = { ...sharedPdf, ownerId: 'm-1' };
    const { calls } = mockFetch({
      ...base,
      [`GET ${MINE}`]: json([mine]),
      [`GET ${LIST}`]: json([mine]),
      'POST /api/v1/artefacts/a-1/withdraw': json({ ...mine, status: 'WITHDRAWN', currentVersion: { ...mine.currentVersion!, number: 3 } }),
    });
    const uploads = mockXhr();
    const user = userEvent.setup();
    renderApp('/symposia/sym-2026/artefacts');

    const card = (await within(await screen.findByRole('region', { name: 'Your artefacts' })).findByRole('listitem', {
      name: 'Learning walk protocol',
    })) as HTMLElement;
    await user.click(within(card).getByRole('button', { name: 'Upload the new version' }));
    expect(within(card).getByLabelText(/^File/)).toHaveAccessibleDescription(/Choose the file to upload\./);
    await user.upload(within(card).getByLabelText(/^File/), new File(['%PDF-1.7'], 'walk-protocol-v3.pdf', { type: 'application/pdf' }));
    await user.click(within(card).getByRole('button', { name: 'Upload the new version' }));
    await waitFor(() => expect(uploads).toHaveLength(1));
    expect(uploads[0]!.url).toBe('/api/v1/artefacts/a-1/versions?fileName=walk-protocol-v3.pdf');
    act(() => uploads[0]!.progress(1, 4));
    expect(within(card).getByRole('progressbar', { name: 'Uploading walk-protocol-v3.pdf' })).toHaveAttribute('value', '25');
    const v3 = { ...mine.currentVersion!, number: 3, fileName: 'walk-protocol-v3.pdf', download: '/api/v1/artefacts/a-1/versions/3/file' };
    act(() => uploads[0]!.respond(201, { ...mine, currentVersion: v3, versions: [...mine.versions!, v3] }));
    expect(await screen.findByText('Version 3 of "Learning walk protocol" was uploaded.')).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Withdraw this artefact' }));
    expect(within(card).getByRole('heading', { name: 'Withdraw "Learning walk protocol"?' })).toHaveFocus();
    await user.click(within(card).getByRole('button', { name: 'No, keep it shared' }));
    expect(within(card).getByRole('button', { name: 'Withdraw this artefact' })).toHaveFocus();
    await user.click(within(card).getByRole('button', { name: 'Withdraw this artefact' }));
    await user.click(within(card).getByRole('button', { name: 'Yes, withdraw it' }));

    expect(await screen.findByText('"Learning walk protocol" was withdrawn.')).toBeInTheDocument();
    expect(within(card).getByText('Withdrawn')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Withdraw this artefact' })).not.toBeInTheDocument();
    expect(within(card).queryByRole('link', { name: /Download/ })).not.toBeInTheDocument();
    expect(calls.find((c) => c.url.endsWith('/withdraw'))!.headers.get('X-XSRF-TOKEN')).toBe('t9');
  });

  it('shares a link: no file, available at once, and a refused address shows at its field', async () => {
    document.cookie = 'XSRF-TOKEN=t9';
    let tries = 0;
    const { calls } = mockFetch({
      ...base,
      [`GET ${MINE}`]: json([]),
      [`GET ${LIST}`]: json([]),
      'POST /api/v1/artefacts': (call) =>
        ++tries === 1
          ? problem(400, 'invalid-request', { errors: [{ field: 'url', message: 'must start with http:// or https://' }] })
          : json({ ...publicLink, id: 'a-8', ownerId: 'm-1', url: (call.body as { url: string }).url }, 201),
    });
    const uploads = mockXhr();
    const user = userEvent.setup();
    renderApp('/symposia/sym-2026/artefacts');

    await user.click(await screen.findByRole('button', { name: 'Share an artefact' }));
    const form = region('Share an artefact');
    await user.click(within(form).getByRole('radio', { name: 'A link to something online' }));
    expect(within(form).queryByLabelText(/^File/)).not.toBeInTheDocument();
    const address = within(form).getByRole('textbox', { name: /Address/ });
    await user.type(address, 'ftp://example.org/toolkit');
    await user.type(within(form).getByRole('textbox', { name: /Title/ }), 'Student voice toolkit');
    await user.click(within(form).getByRole('checkbox', { name: 'Dialogue, professional learning and leadership' }));
    await user.selectOptions(within(form).getByRole('combobox', { name: /Licence/ }), 'CC0-1.0');
    await user.click(within(form).getByRole('radio', { name: 'Public' }));
    await user.click(within(form).getByRole('radio', { name: 'No' }));
    await user.click(within(form).getByRole('button', { name: 'Share' }));

    expect(await screen.findByRole('link', { name: 'Address must start with http:// or https://' })).toHaveAttribute('href', '#share-url');
    expect(address).toHaveAccessibleDescription(/Address must start with http:\/\/ or https:\/\//);
    await user.clear(address);
    await user.type(address, 'https://example.org/student-voice');
    await user.click(within(form).getByRole('button', { name: 'Share' }));

    expect(await screen.findByText('"Student voice toolkit" is shared.')).toBeInTheDocument();
    expect(uploads).toHaveLength(0);
    expect(calls.filter((c) => c.method === 'POST').at(-1)!.body).toMatchObject({
      kind: 'LINK',
      url: 'https://example.org/student-voice',
      details: { visibility: 'PUBLIC', licence: 'CC0-1.0', safeguarding: { containsLearnersWork: false, consentObtained: null, anonymised: null } },
    });
    expect(within(region('Your artefacts')).getByRole('link', { name: 'Open the link: Student voice toolkit' })).toHaveAttribute(
      'href',
      'https://example.org/student-voice',
    );
  });

  it('tells members who are not confirmed why participants-only artefacts and sharing are not for them yet', async () => {
    mockFetch({
      ...base,
      'GET /api/v1/symposia/sym-2026/registrations/mine': json(registration),
      [`GET ${MINE}`]: json([]),
      [`GET ${LIST}`]: json([publicLink]),
    });
    renderApp('/symposia/sym-2026/artefacts');

    expect(await screen.findByText(/Once your registration for this symposium is confirmed, you will see them here/)).toBeInTheDocument();
    expect(screen.getByText(/Confirmed participants of this symposium share artefacts/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to my registration' })).toHaveAttribute('href', '/symposia/sym-2026/register');
    expect(screen.queryByRole('button', { name: 'Share an artefact' })).not.toBeInTheDocument();
  });

  it('offers to try again when the library cannot be loaded, and /artefacts goes to the current symposium', async () => {
    mockFetch({
      ...base,
      'GET /api/v1/symposia': json([symposium]),
      [`GET ${MINE}`]: json([]),
      [`GET ${LIST}`]: problem(503, 'service-unavailable'),
    });
    renderApp('/artefacts');

    expect(await screen.findByText(/This part of the LfPL Network is not available right now/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Artefact library' })).toBeInTheDocument();
  });

  it('reads filters from the address, filters language and licence locally and maps API field names', () => {
    expect(filtersOf(new URLSearchParams('strand=strand-1&q=walk'))).toEqual({
      q: 'walk', strand: 'strand-1', principle: '', type: '', language: '', licence: '',
    });
    const both = [sharedPdf, publicLink];
    const none = filtersOf(new URLSearchParams());
    expect(filterLocally(both, { ...none, language: 'pt-BR' })).toEqual([publicLink]);
    expect(filterLocally(both, { ...none, licence: 'CC-BY-4.0' })).toEqual([sharedPdf]);
    expect(splitByVisibility(both)).toEqual({ participants: [sharedPdf], shared: [publicLink] });
    expect(shareFieldOf('details.strandIds[0]')).toBe('strandIds');
    expect(shareFieldOf('details.safeguarding.consentObtained')).toBe('safeguarding.consentObtained');
    expect(shareFieldOf('licence')).toBe('licence');
  });
});
