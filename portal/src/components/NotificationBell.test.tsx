import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NotificationItem } from '../api/types';
import { json, mockFetch } from '../test/fetchMock';
import { member, symposium } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

/** A stand-in for the browser's EventSource: the test sends the server's events. */
class FakeEventSource extends EventTarget {
  static instances: FakeEventSource[] = [];
  readonly url: string;
  closed = false;
  constructor(url: string) {
    super();
    this.url = url;
    FakeEventSource.instances.push(this);
  }
  close() {
    this.closed = true;
  }
  emit(notification: NotificationItem) {
    act(() => {
      this.dispatchEvent(new MessageEvent('notification', { data: JSON.stringify(notification), lastEventId: String(notification.seq) }));
    });
  }
}

const notification = (id: string, seq: number, extra: Partial<NotificationItem> = {}): NotificationItem => ({
  id, category: 'dialogue', title: `Dialogue news ${seq}`, body: 'Something changed.', link: '/dialogues/d-1',
  createdAt: '2026-06-01T10:00:00Z', read: false, seq, ...extra,
});

beforeEach(() => {
  FakeEventSource.instances = [];
  vi.stubGlobal('EventSource', FakeEventSource);
});
afterEach(() => vi.unstubAllGlobals());

const base = {
  'GET /api/v1/members/me': json(member),
  'GET /api/v1/symposia': json([symposium]),
  'GET /api/v1/notifications/unread-count': json({ unread: 2 }),
};

describe('NotificationBell', () => {
  it('counts unread notifications and updates the count from the live stream', async () => {
    mockFetch(base);
    renderApp('/');

    const bell = await screen.findByRole('link', { name: 'Notifications, 2 unread' });
    expect(bell).toHaveAttribute('href', '/notifications');
    expect(FakeEventSource.instances).toHaveLength(1);
    const stream = FakeEventSource.instances[0]!;
    expect(stream.url).toBe('/api/v1/notifications/stream');

    stream.emit(notification('n-3', 3));
    expect(bell).toHaveAccessibleName('Notifications, 3 unread');
    expect(screen.getByText('New notification: Dialogue news 3')).toHaveAttribute('role', 'status');

    stream.emit(notification('n-3', 3)); // sent again after a reconnect: counted once
    stream.emit(notification('n-4', 4, { read: true }));
    expect(bell).toHaveAccessibleName('Notifications, 3 unread');
  });

  it('reads the count again when the stream comes back after dropping', async () => {
    let unread = 2;
    mockFetch({ ...base, 'GET /api/v1/notifications/unread-count': () => json({ unread }) });
    renderApp('/');
    const bell = await screen.findByRole('link', { name: 'Notifications, 2 unread' });
    const stream = FakeEventSource.instances[0]!;

    stream.dispatchEvent(new Event('open')); // the first open: nothing to catch up on
    stream.dispatchEvent(new Event('error')); // the service restarts; two notifications are stored meanwhile
    unread = 4;
    stream.dispatchEvent(new Event('open'));

    await waitFor(() => expect(bell).toHaveAccessibleName('Notifications, 4 unread'));
  });

  it('closes the stream when the member signs out', async () => {
    mockFetch(base);
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByRole('link', { name: 'Notifications, 2 unread' });
    document.cookie = 'XSRF-TOKEN=t1';
    const form = screen.getByRole('button', { name: 'Sign out' }).closest('form')!;
    form.addEventListener('submit', (event) => event.preventDefault()); // jsdom cannot navigate
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(FakeEventSource.instances[0]!.closed).toBe(true);
  });

  it('lists notifications newest first and marks them all read, which clears the count', async () => {
    const { calls } = mockFetch({
      ...base,
      'GET /api/v1/notifications?size=50': json([
        notification('n-2', 2),
        notification('n-1', 1, { title: 'Older news', link: 'https://evil.example/' }),
      ]),
      'GET /api/v1/notifications/preferences': json({
        registration: { IN_APP: 'INSTANT', EMAIL: 'INSTANT' },
        discussion: { IN_APP: 'INSTANT', EMAIL: 'DAILY' },
      }),
      'POST /api/v1/notifications/read-all': json({ marked: 2 }),
      'PUT /api/v1/notifications/preferences': (call) => json(call.body),
    });
    const user = userEvent.setup();
    renderApp('/notifications');

    const inbox = await screen.findByRole('region', { name: 'Your notifications' });
    const items = await within(inbox).findAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.notification__title')!.textContent)).toEqual([
      'Unread Dialogue news 2',
      'Unread Older news',
    ]);
    expect(within(inbox).queryByRole('link', { name: 'Older news' })).not.toBeInTheDocument();

    FakeEventSource.instances[0]!.emit(notification('n-5', 5, { title: 'Newest news' }));
    expect(within(inbox).getAllByRole('listitem')[0]).toHaveTextContent('Newest news');
    expect(screen.getByRole('link', { name: 'Notifications, 3 unread' })).toBeInTheDocument();

    await user.click(within(inbox).getByRole('button', { name: 'Mark all as read' }));
    expect(await within(inbox).findByText('All notifications are marked as read.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Notifications' })).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST' && c.url === '/api/v1/notifications/read-all')).toBe(true);

    const table = await screen.findByRole('table', { name: 'Notifications by kind and channel' });
    const emailForDiscussion = within(table).getByRole('combobox', { name: 'Email Discussion posts' });
    expect(emailForDiscussion).toHaveValue('DAILY');
    await user.click(within(table).getByRole('checkbox', { name: 'In the portal Registration' }));
    await user.selectOptions(emailForDiscussion, 'WEEKLY');
    await user.click(screen.getByRole('button', { name: 'Save choices' }));
    expect(await screen.findByText('Your choices were saved.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({
      registration: { IN_APP: 'OFF', EMAIL: 'INSTANT' },
      discussion: { IN_APP: 'INSTANT', EMAIL: 'WEEKLY' },
    });
  });
});
