import { expect, type APIResponse, type Browser, type Locator, type Page } from '@playwright/test';
import { newMember, signIn } from './keycloak';

// Steps that several browser tests take against the running platform: people signed in in their own
// browser contexts, a symposium created and published by an organiser through the portal, a
// registration, and (for setting the scene quickly) the portal's own API called with the session.

/** How long an event may take to travel through Kafka to another service and show. */
export const KAFKA = 30_000;

/**
 * Symposia created by the browser tests start this many days from now: later than the seeded
 * symposium (90 days) and the end-to-end tests' ones (60 days), so that they never become the
 * "current" symposium that /register, /programme and the other browser tests go to (the earliest
 * upcoming published one).
 */
export const START = 150;

/** yyyy-mm-dd of today plus some days, in UTC. */
export function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

export interface Person {
  page: Page;
  username: string;
}

/** A fresh member with these realm roles, signed in through Keycloak in a browser context of their own. */
export async function personIn(browser: Browser, prefix: string, ...roles: string[]): Promise<Person> {
  const who = await newMember(prefix, ...roles);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, who);
  await expect(page.getByText(/^Signed in/)).toBeVisible();
  return { page, username: who.username };
}

export interface NewSymposium {
  title: string;
  strands: string[];
  /** "Automatic" (the default) or "Moderated". */
  approval?: 'Automatic' | 'Moderated';
  /** Caps of their own, by strand index. */
  caps?: Record<number, number>;
  /** Called at each state worth checking: the organiser's list, the form filled in, the draft, the published symposium. */
  check?: (state: 'list' | 'new' | 'draft' | 'published') => Promise<void>;
}

/**
 * The organiser creates the symposium through /organise/new (places 40, registration open from
 * yesterday for 30 days, starting START days from now) and publishes it. Returns its id.
 */
export async function createPublishedSymposium(organiser: Page, symposium: NewSymposium): Promise<string> {
  const { title, strands, approval = 'Automatic', caps = {}, check } = symposium;
  await organiser.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organise' }).click();
  await expect(organiser.getByRole('heading', { level: 1, name: 'Organise symposia' })).toBeVisible();
  await expect(organiser.getByRole('heading', { name: 'Symposia', exact: true })).toBeVisible();
  await check?.('list');
  await organiser.getByRole('link', { name: 'Create a symposium' }).click();
  await expect(organiser.getByRole('heading', { level: 1, name: 'Create a symposium' })).toBeVisible();
  const form = organiser.getByRole('region', { name: 'The new symposium' });
  await form.getByLabel(/^Title/).fill(title);
  await form.getByLabel(/^Description/).fill('Two days of disciplined dialogue about leadership for learning, tested in a browser.');
  await form.getByLabel(/^First day/).fill(day(START));
  await form.getByLabel(/^Last day/).fill(day(START + 1));
  await form.getByLabel(/^Time zone/).fill('Europe/London');
  await form.getByLabel('Venue', { exact: true }).fill('Faculty of Education, Cambridge');
  await form.getByLabel(/^Places/).fill('40');
  await form.getByLabel(/^Registration opens/).fill(`${day(-1)}T09:00`);
  await form.getByLabel(/^Registration closes/).fill(`${day(30)}T17:00`);
  await expect(form.getByRole('radio', { name: 'Automatic' })).toBeChecked();
  if (approval !== 'Automatic') await form.getByRole('radio', { name: approval }).check();
  for (const [index, strand] of strands.entries()) {
    await form.getByRole('button', { name: 'Add a strand' }).click();
    const titleField = form.getByLabel(new RegExp(`^Strand ${index + 1}: Title`));
    await expect(titleField).toBeFocused();
    await titleField.fill(strand);
  }
  for (const [index, cap] of Object.entries(caps)) {
    await form.getByLabel(new RegExp(`^Strand ${Number(index) + 1}: Cap`)).fill(String(cap));
  }
  await check?.('new');
  await form.getByRole('button', { name: 'Create the symposium' }).click();

  await expect(organiser.getByRole('heading', { level: 1, name: 'Manage the symposium' })).toBeVisible();
  await expect(organiser.getByText(`The symposium "${title}" was created as a draft.`)).toBeVisible();
  await expect(organiser).toHaveURL(/\/organise\/symposia\/[^/]+$/);
  const id = decodeURIComponent(new URL(organiser.url()).pathname.split('/').pop()!);
  const details = organiser.getByRole('region', { name: 'Details' });
  for (const strand of strands) await expect(details.getByText(strand, { exact: true })).toBeVisible();
  await expect(organiser.getByRole('region', { name: 'Status' }).getByText('Draft', { exact: true })).toBeVisible();
  await check?.('draft');
  await organiser.getByRole('button', { name: 'Publish the symposium' }).click();
  await expect(organiser.getByText('The symposium is published: members can see it and register.')).toBeVisible();
  await expect(organiser.getByRole('region', { name: 'Status' }).getByText('Published', { exact: true })).toBeVisible();
  await check?.('published');
  return id;
}

/**
 * The member opens the symposium's registration page, ticks these strands and registers; `beforeSending`
 * runs with the strands ticked. Returns the "My registration" region.
 */
export async function register(
  member: Page,
  symposium: { id: string; title: string },
  strands: string[],
  beforeSending?: () => Promise<void>,
): Promise<Locator> {
  await member.goto(`/symposia/${encodeURIComponent(symposium.id)}/register`);
  await expect(member.getByRole('heading', { level: 1, name: 'Symposium registration' })).toBeVisible();
  await expect(member.getByRole('heading', { level: 2, name: symposium.title })).toBeVisible();
  const picker = member.getByRole('group', { name: 'Strands' });
  for (const strand of strands) await picker.getByRole('checkbox', { name: strand }).check();
  await beforeSending?.();
  await member.getByRole('button', { name: 'Register', exact: true }).click();
  const registration = member.getByRole('region', { name: 'My registration' });
  await expect(registration).toBeVisible();
  return registration;
}

/**
 * The portal's API as the signed-in person, the way the portal calls it: the session cookie, and on
 * writes the XSRF-TOKEN cookie echoed in X-XSRF-TOKEN. For setting a scene quickly, not for what a test is about.
 */
export async function callApi(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<APIResponse> {
  const xsrf = async () => (await page.context().cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value;
  let token = await xsrf();
  if (!token && method !== 'GET') {
    await page.request.get('/');
    token = await xsrf();
  }
  return page.request.fetch(path, {
    method,
    data: body === undefined ? undefined : body,
    headers: method === 'GET' ? {} : { 'X-XSRF-TOKEN': token ?? '' },
    failOnStatusCode: false,
  });
}

/** callApi that expects a 2xx answer and gives its JSON (null when empty). */
export async function api<T = unknown>(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T> {
  const response = await callApi(page, method, path, body);
  const text = await response.text();
  expect(response.ok(), `${method} ${path}: ${response.status()} ${text}`).toBe(true);
  return (text ? JSON.parse(text) : null) as T;
}
