import { expect, test, type Browser, type Locator, type Page, type TestInfo } from '@playwright/test';
import { checkPage } from './accessibility';
import { newMember } from './keycloak';
import { api, callApi, createPublishedSymposium, day, KAFKA, personIn, register, START, type Person } from './steps';

// The issue's "everything works by keyboard; visible focus; labels on every control; responsive down
// to a phone", beyond the home page: a member and an organiser use the portal by keyboard alone (Tab,
// Shift+Tab, Enter, Space and arrow keys; no clicks), every Tab stop showing where the focus is; and
// every member and organiser page at a phone's width (375 px) fits the screen, keeps its navigation in
// reach and passes axe-core.
//
// The scene is set once, quickly: the organiser creates and publishes a moderated symposium through
// the portal (starting START days ahead, so never the "current" one), then with the portal's API a host
// registers and is approved, proposes a dialogue, which is accepted and placed, and the programme is
// published.
//
// Pages of that symposium are opened by their address (as a person types or follows it from an email);
// everything on a page is done with the keyboard. Where the portal once lost the focus after an action,
// the check is soft, so that one such problem does not hide the others.

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const symposiumTitle = `Keyboard and phone symposium ${run}`;
const dialogueTitle = `Walking the school by keyboard ${run}`;
const memberName = `Kim Keyboard ${run}`;
const strands = ['Conditions for professional learning', 'Dialogue and leadership', 'Student learning and leadership'];

interface Scene {
  symposiumId: string;
  dialogueId: string;
  organiser: Person;
  host: Person;
}
let scene: Scene;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(90_000);
  const organiser = await personIn(browser, 'kborganiser', 'organiser');
  const symposiumId = await createPublishedSymposium(organiser.page, { title: symposiumTitle, strands, approval: 'Moderated' });
  const symposium = await api<{ strands: { id: string; title: string }[] }>(organiser.page, 'GET', `/api/v1/symposia/${encodeURIComponent(symposiumId)}`);
  const strandId = symposium.strands.find((s) => s.title === strands[0])!.id;

  // The host registers (moderated: pending), the organiser approves, the host proposes a dialogue
  // once dialogue-service has heard of the confirmation (Kafka), and the organiser accepts it.
  const host = await personIn(browser, 'kbhost', 'school');
  await api(host.page, 'PUT', '/api/v1/members/me', {
    displayName: `Hana Host ${run}`, category: null, organisation: 'Hillside Primary School', organisationType: null,
    country: 'GB', bio: null, interests: [], preferredLanguage: 'en', timeZone: 'Europe/London',
    listedInDirectory: false, nameSharedWithPartners: false,
  });
  await register(host.page, { id: symposiumId, title: symposiumTitle }, [strands[0]]);
  const mine = await api<{ id: string }>(host.page, 'GET', `/api/v1/symposia/${encodeURIComponent(symposiumId)}/registrations/mine`);
  await api(organiser.page, 'POST', `/api/v1/registrations/${encodeURIComponent(mine.id)}/approve`);
  const draft = {
    symposiumId, title: dialogueTitle, strandId,
    purpose: 'To walk through one school\'s learning spaces and talk about what leadership for learning looks like in them.',
    guidingQuestions: { who: 'Teachers and students who lead learning together.', how: 'A learning walk, then a tuning protocol.' },
    format: 'learning walk', principles: [1, 3], coHostIds: [], capacity: 20, language: 'en', mode: 'IN_PERSON',
    meetingUrl: null, artefactLinks: [],
  };
  let dialogueId = '';
  await expect(async () => {
    const response = await callApi(host.page, 'POST', '/api/v1/dialogues', draft);
    expect(response.status(), await response.text()).toBe(201);
    dialogueId = ((await response.json()) as { id: string }).id;
  }).toPass({ timeout: KAFKA });
  await api(organiser.page, 'POST', `/api/v1/dialogues/${encodeURIComponent(dialogueId)}/accept`, { comment: null });

  // A slot and a room, the dialogue placed in them, and the programme published.
  const programme = `/api/v1/programmes/${encodeURIComponent(symposiumId)}`;
  await api(organiser.page, 'PUT', `${programme}/slots`, [
    { id: 'day-1-morning', label: 'Day 1, morning', startsAt: `${day(START)}T08:30:00Z`, endsAt: `${day(START)}T10:00:00Z` },
  ]);
  await api(organiser.page, 'PUT', `${programme}/rooms`, [{ id: 'hall', name: 'Hall', kind: 'PHYSICAL', capacity: 30 }]);
  await expect(async () => {
    await api(organiser.page, 'PUT', `${programme}/sessions/${encodeURIComponent(dialogueId)}`, { slotId: 'day-1-morning', roomId: 'hall' });
  }).toPass({ timeout: KAFKA });
  await api(organiser.page, 'POST', `${programme}/publish`);
  scene = { symposiumId, dialogueId, organiser, host };
});

test.afterAll(async () => {
  for (const person of [scene?.organiser, scene?.host]) await person?.page.context().close();
});

const symposiumPath = (page: string) => `/symposia/${encodeURIComponent(scene.symposiumId)}/${page}`;
const organisePath = (page = '') => `/organise/symposia/${encodeURIComponent(scene.symposiumId)}${page ? `/${page}` : ''}`;

/* ─────────────────────────────── Keyboard ─────────────────────────────── */

interface Landing {
  /** The focused element, for messages: tag, id and accessible text. */
  what: string;
  id: string;
  /** Why the focus is not visible there; empty when it is. */
  problems: string[];
}

/** Where the focus is now, and whether a sighted keyboard user can see it (a ring, on something on screen). */
function inspectFocus(): Landing | null {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body || el === document.documentElement) return null;
  const text = (el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '')
    .replace(/\s+/g, ' ').trim().slice(0, 60);
  const type = el.getAttribute('type');
  const what = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${type ? ` type=${type}` : ''}> "${text}"`;
  const problems: string[] = [];
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
  if (!outline && !shadow) problems.push(`no focus indicator (outline: ${style.outlineStyle} ${style.outlineWidth}; box-shadow: ${style.boxShadow})`);
  const rect = el.getBoundingClientRect();
  if (rect.width < 2 || rect.height < 2) problems.push(`hidden: ${rect.width}×${rect.height} px`);
  else if (rect.bottom <= 0 || rect.right <= 0 || rect.top >= innerHeight || rect.left >= innerWidth) {
    problems.push(`hidden: outside the window (${Math.round(rect.left)}, ${Math.round(rect.top)})`);
  }
  if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) problems.push('hidden: not rendered, transparent or invisible');
  for (let parent = el.parentElement; parent; parent = parent.parentElement) {
    const box = parent.getBoundingClientRect();
    const clipped = getComputedStyle(parent).clip !== 'auto' || getComputedStyle(parent).clipPath !== 'none';
    if ((clipped || getComputedStyle(parent).overflow !== 'visible') && (box.width < 2 || box.height < 2)) {
      problems.push('hidden: inside a clipped or collapsed container');
      break;
    }
  }
  return { what, id: el.id, problems };
}

/** Every element the focus landed on by Tab or Shift+Tab, with its problems (reported together at the end). */
const landings: { page: string; landing: Landing }[] = [];

/** Presses a key that moves the focus, then checks where it landed. */
async function press(page: Page, key: 'Tab' | 'Shift+Tab'): Promise<Landing | null> {
  await page.keyboard.press(key);
  const landing = await page.evaluate(inspectFocus);
  if (landing) {
    landings.push({ page: new URL(page.url()).pathname, landing });
    expect.soft(landing.problems, `focus visible on ${landing.what} at ${new URL(page.url()).pathname}`).toEqual([]);
  }
  return landing;
}

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/**
 * Tabs (or Shift+Tabs) until the target has the focus, checking every stop on the way; fails when
 * the target is never reached. Returns the ids of the elements passed, in order.
 */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}): Promise<string[]> {
  await expect(target).toBeVisible();
  const passed: string[] = [];
  for (let i = 0; i < max; i++) {
    const landing = await press(page, back ? 'Shift+Tab' : 'Tab');
    if (landing) passed.push(landing.id);
    if (await isFocused(target)) return passed;
  }
  throw new Error(`${target} was not reached by ${max} presses of ${back ? 'Shift+Tab' : 'Tab'} at ${page.url()}`);
}

/** Tabs from where the focus is to the end of the page, checking every stop. Returns how many there were. */
async function tabThrough(page: Page, max = 200): Promise<number> {
  for (let stops = 0; stops < max; stops++) {
    const landing = await press(page, 'Tab');
    if (!landing || landing.what.includes('"Skip to main content"')) return stops; // past the end (or round again)
  }
  throw new Error(`more than ${max} Tab stops at ${page.url()}`);
}

/** Replaces the focused text field's value by typing. */
async function type(page: Page, text: string) {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

test('a member and an organiser use the portal by keyboard alone, the focus always visible', async ({ browser }) => {
  test.setTimeout(90_000);
  const main = (page: Page) => page.getByRole('main');
  const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
  const account = (page: Page) => page.getByRole('group', { name: 'Your account' });

  // ── Sign in: the portal's link by keyboard; Keycloak's own form filled in and sent with Enter. ──
  const who = await newMember('keyboard', 'researcher');
  const context = await browser.newContext();
  const member = await context.newPage();
  await member.goto('/');
  await expect(member.getByRole('heading', { level: 1, name: 'Leadership for learning, together' })).toBeVisible();
  const skip = member.getByRole('link', { name: 'Skip to main content' });
  await tabTo(member, skip);
  await tabTo(member, account(member).getByRole('link', { name: 'Sign in' }));
  await member.keyboard.press('Enter');
  await member.locator('#username').fill(who.username);
  await member.locator('#password').fill(who.password);
  await member.locator('#password').press('Enter');
  await expect(member).toHaveURL(/localhost:8080\//);
  await expect(member.getByText(/^Signed in/)).toBeVisible();

  // ── The profile: typed, a category and the directory consent chosen, saved with Enter. ──
  await tabTo(member, nav(member).getByRole('link', { name: 'Profile' }));
  await member.keyboard.press('Enter');
  await expect(member.getByRole('heading', { level: 1, name: 'Your profile' })).toBeFocused();
  const displayName = member.getByLabel('Display name');
  await tabTo(member, displayName);
  await type(member, memberName);
  const category = member.getByLabel('Your part in the network');
  await tabTo(member, category);
  await member.keyboard.press('ArrowDown');
  await expect(category).not.toHaveValue('');
  await tabTo(member, member.getByLabel('Organisation', { exact: true }));
  await type(member, 'Keyboard Academy');
  await tabTo(member, member.getByLabel('Country'));
  await type(member, 'GB');
  await tabTo(member, member.getByLabel('Preferred language'));
  await type(member, 'en');
  const directory = member.getByLabel('List me in the participant directory');
  await tabTo(member, directory);
  await member.keyboard.press('Space');
  await expect(directory).toBeChecked();
  await tabTo(member, member.getByRole('button', { name: 'Save profile' }));
  await member.keyboard.press('Enter');
  await expect(member.getByText('Your profile was saved.')).toBeVisible();
  // The button was disabled while saving (browsers then take the focus from it): it has the focus back.
  await expect.soft(member.getByRole('button', { name: 'Save profile' }), 'the focus after saving').toBeFocused({ timeout: 2_000 });
  await expect(displayName).toHaveValue(memberName);

  // ── Registration (the symposium's page, as its address is typed): two strands with Space. ──
  await member.goto(symposiumPath('register'));
  await expect(member.getByRole('heading', { level: 2, name: symposiumTitle })).toBeVisible();
  const picker = member.getByRole('group', { name: 'Strands' });
  await tabTo(member, picker.getByRole('checkbox', { name: strands[0] }));
  await member.keyboard.press('Space');
  await tabTo(member, picker.getByRole('checkbox', { name: strands[2] }));
  await member.keyboard.press('Space');
  await expect(picker.getByRole('checkbox', { name: strands[0] })).toBeChecked();
  await expect(picker.getByRole('checkbox', { name: strands[2] })).toBeChecked();
  await expect(picker.getByRole('checkbox', { name: strands[1] })).toBeDisabled(); // two at most
  // Back to the first one with Shift+Tab: the disabled box in between is skipped.
  await tabTo(member, picker.getByRole('checkbox', { name: strands[0] }), { back: true, max: 3 });
  await tabTo(member, member.getByRole('button', { name: 'Register', exact: true }));
  await member.keyboard.press('Enter');
  const registration = member.getByRole('region', { name: 'My registration' });
  await expect(registration.getByText('Pending approval', { exact: true })).toBeVisible();
  await expect(registration.getByRole('heading', { name: 'My registration' })).toBeFocused();

  // ── The programme: a filter changed with the arrow keys, then cleared. ──
  await member.goto(symposiumPath('programme'));
  await expect(member.getByText('1 dialogue matches.')).toBeVisible();
  const strandFilter = member.getByLabel('Strand', { exact: true });
  await tabTo(member, strandFilter);
  await member.keyboard.press('ArrowDown');
  await expect(strandFilter).not.toHaveValue('');
  const principleFilter = member.getByLabel('Principle', { exact: true });
  await tabTo(member, principleFilter);
  await member.keyboard.press('ArrowDown'); // principle 1: the dialogue has it
  await expect(member.getByText('1 dialogue matches.')).toBeVisible();
  await member.keyboard.press('ArrowDown'); // principle 2: it has not
  await expect(member.getByText('No dialogues match.')).toBeVisible();
  await tabTo(member, member.getByRole('button', { name: 'Clear filters' }));
  await member.keyboard.press('Enter');
  await expect(member.getByText('1 dialogue matches.')).toBeVisible();
  // The button is gone with the filters: the focus goes back to the first filter, not to the page's start.
  await expect.soft(strandFilter, 'the focus after "Clear filters"').toBeFocused({ timeout: 2_000 });
  await tabTo(member, main(member).getByRole('link', { name: dialogueTitle }));

  // ── Notifications: the bell in the header, then a preference changed and saved. ──
  await tabTo(member, account(member).getByRole('link', { name: /^Notifications/ }), { back: true });
  await member.keyboard.press('Enter');
  await expect(member.getByRole('heading', { level: 1, name: 'Notifications' })).toBeFocused();
  const inApp = member.getByRole('checkbox', { name: /^In the portal/ }).first();
  await tabTo(member, inApp);
  const wasOn = await inApp.isChecked();
  await member.keyboard.press('Space');
  await expect(inApp).toBeChecked({ checked: !wasOn });
  const email = member.getByRole('combobox', { name: /^Email/ }).first();
  await tabTo(member, email);
  const emailBefore = await email.inputValue();
  const firstMode = await email.locator('option').first().getAttribute('value');
  await member.keyboard.press(emailBefore === firstMode ? 'ArrowDown' : 'Home'); // another mode, whichever it was
  await expect(email).not.toHaveValue(emailBefore);
  await tabTo(member, member.getByRole('button', { name: 'Save choices' }));
  await member.keyboard.press('Enter');
  await expect(member.getByText('Your choices were saved.')).toBeVisible();
  await expect.soft(member.getByRole('button', { name: 'Save choices' }), 'the focus after saving').toBeFocused({ timeout: 2_000 });

  // ── The organiser: Organise, the symposium, its registrations, and the member approved. ──
  const organiser = await scene.organiser.page.context().newPage();
  await organiser.goto('/');
  await expect(organiser.getByText(/^Signed in/)).toBeVisible();
  await tabTo(organiser, nav(organiser).getByRole('link', { name: 'Organise' }));
  await organiser.keyboard.press('Enter');
  await expect(organiser.getByRole('heading', { level: 1, name: 'Organise symposia' })).toBeFocused();
  await tabTo(organiser, main(organiser).getByRole('link', { name: symposiumTitle }), { max: 400 });
  await organiser.keyboard.press('Enter');
  await expect(organiser.getByRole('heading', { level: 1, name: 'Manage the symposium' })).toBeFocused();
  const subNav = organiser.getByRole('navigation', { name: `Organise ${symposiumTitle}` });
  await tabTo(organiser, subNav.getByRole('link', { name: 'Registrations' }));
  await organiser.keyboard.press('Enter');
  await expect(organiser.getByRole('heading', { level: 1, name: 'Registrations' })).toBeFocused();
  const approve = organiser.getByRole('table', { name: 'Registrations, oldest first' }).getByRole('button', { name: /^Approve / });
  await tabTo(organiser, approve);
  await organiser.keyboard.press('Enter');
  await expect(organiser.getByText(/^The registration of .+ was approved\.$/)).toBeVisible();
  // The buttons went with the decision: the focus is on the person's row, and still shows.
  const afterDecision = await organiser.evaluate(inspectFocus);
  expect(afterDecision?.what, 'the focus after approving').toMatch(/^<th/);
  expect(afterDecision?.problems).toEqual([]);
  // The busiest organiser pages, every Tab stop: the proposals and the programme builder's grid and forms.
  for (const [link, heading] of [['Proposals', 'Proposals'], ['Programme builder', 'Programme builder']]) {
    await tabTo(organiser, subNav.getByRole('link', { name: link }), { back: true });
    await organiser.keyboard.press('Enter');
    await expect(organiser.getByRole('heading', { level: 1, name: heading })).toBeFocused();
    await expect(organiser.locator('.loading')).toHaveCount(0);
    expect(await tabThrough(organiser), `Tab stops on ${heading}`).toBeGreaterThan(5);
  }
  await organiser.close();

  // ── The library (confirmed now): the share form opened, and every field reached by keyboard. ──
  await member.goto(symposiumPath('artefacts'));
  const mine = member.getByRole('region', { name: 'Your artefacts' });
  await expect(mine.getByText('You have not shared an artefact in this symposium yet.')).toBeVisible();
  await tabTo(member, mine.getByRole('button', { name: 'Share an artefact' }));
  await member.keyboard.press('Enter');
  const share = member.getByRole('region', { name: 'Share an artefact' });
  await expect(share.getByRole('heading', { name: 'Share an artefact' })).toBeFocused();
  const kindFile = share.getByRole('radio', { name: 'A file' });
  await tabTo(member, kindFile, { max: 1 });
  await member.keyboard.press('ArrowDown'); // a link instead of a file
  await expect(share.getByRole('radio', { name: 'A link to something online' })).toBeChecked();
  const fields: Locator[] = [
    share.getByLabel(/^Address/),
    share.getByLabel(/^Title/),
    share.getByLabel(/^Description/),
    ...strands.map((strand) => share.getByRole('group', { name: /^Strands/ }).getByRole('checkbox', { name: strand })),
    share.getByRole('group', { name: /^Principles it addresses/ }).getByRole('checkbox').first(),
    share.getByLabel(/^Tags/),
    share.getByLabel(/^Language/),
    share.getByLabel(/^Licence/),
    share.getByRole('radio', { name: 'Participants only' }),
    share.getByRole('radio', { name: 'Yes', exact: true }),
  ];
  const passed = await tabTo(member, share.getByRole('button', { name: 'Share', exact: true }));
  for (const field of fields) {
    const id = await field.getAttribute('id');
    expect(passed, `Tab reaches ${field}`).toContain(id);
  }
  // Typing works in them too: back to the title with Shift+Tab.
  await tabTo(member, share.getByLabel(/^Title/), { back: true });
  await type(member, `A map of our learning walk ${run}`);
  await expect(share.getByLabel(/^Title/)).toHaveValue(`A map of our learning walk ${run}`);
  await tabTo(member, share.getByRole('button', { name: 'Cancel' }));
  await member.keyboard.press('Enter');
  await expect(mine.getByRole('heading', { name: 'Your artefacts' })).toBeFocused();

  // ── The dialogue, from the programme: joined with the keyboard, then every Tab stop on its page. ──
  await member.goto(symposiumPath('programme'));
  await tabTo(member, main(member).getByRole('link', { name: dialogueTitle }));
  await member.keyboard.press('Enter');
  await expect(member.getByRole('heading', { level: 1, name: dialogueTitle })).toBeFocused();
  await expect(member.locator('.loading')).toHaveCount(0);
  const join = member.getByRole('button', { name: 'Join this dialogue' });
  await tabTo(member, join);
  // dialogue-service hears of the approval through Kafka: until then the join is refused (the
  // refusal takes the focus), so the button is pressed again.
  const joined = member.getByText('You have joined this dialogue.');
  await expect(async () => {
    if (!(await joined.isVisible())) {
      if (!(await isFocused(join))) await tabTo(member, join, { max: 5 });
      await member.keyboard.press('Enter');
    }
    await expect(joined).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: KAFKA });
  await expect.soft(member.getByRole('button', { name: 'Leave this dialogue' }), 'the focus after joining').toBeFocused({ timeout: 2_000 });
  const discussion = member.getByRole('region', { name: 'Discussion' });
  await tabTo(member, discussion.getByLabel(/^Your contribution/));
  await member.keyboard.type(`Posted from the keyboard (${run}).`);
  await tabTo(member, discussion.getByRole('button', { name: 'Post contribution' }));
  await member.keyboard.press('Enter');
  await expect(member.getByText('Your contribution was posted.')).toBeVisible();
  await expect(discussion.getByText(`Posted from the keyboard (${run}).`)).toBeVisible();
  await tabThrough(member);

  expect(landings.length, 'Tab stops checked').toBeGreaterThan(40);
  await context.close();
});

/* ─────────────────────────────── Phone ─────────────────────────────── */

const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };

/**
 * A phone-sized browser context for the same person, signed in with a portal session of its own:
 * Keycloak's single sign-on cookies are carried over (not the portal's), so the sign-in needs no form.
 */
async function onPhone(browser: Browser, person: Person): Promise<Page> {
  const { cookies, origins } = await person.page.context().storageState();
  const keycloakOnly = cookies.filter((cookie) => !['SESSION', 'XSRF-TOKEN'].includes(cookie.name));
  const context = await browser.newContext({ ...PHONE, storageState: { cookies: keycloakOnly, origins } });
  const page = await context.newPage();
  await page.goto('/oauth2/authorization/keycloak');
  await expect(page.getByText(/^Signed in/)).toBeVisible();
  return page;
}

/** The page fits 375 px (no sideways scrolling), its navigation is in reach, and axe finds nothing. */
async function fitsThePhone(page: Page, testInfo: TestInfo, name: string) {
  await expect(page.locator('.loading')).toHaveCount(0);
  const width = await page.evaluate(() => {
    const widest = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > 376 && !el.closest('.table-scroll'))
      .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).trim().replace(/\s+/g, '.')}` : ''} (${Math.round(el.getBoundingClientRect().right)} px)`);
    return { scroll: document.documentElement.scrollWidth, inner: window.innerWidth, widest: widest.slice(-5) };
  });
  expect.soft(width.scroll, `no sideways scrolling on ${name} (${width.widest.join(', ')})`).toBeLessThanOrEqual(PHONE.viewport.width + 1);
  expect.soft(width.inner, `the page is not zoomed out on ${name}`).toBe(PHONE.viewport.width);

  // The navigation: every link on screen, or behind a menu button that shows them.
  const nav = page.getByRole('navigation', { name: 'Main' });
  const menu = page.getByRole('button', { name: /menu/i });
  if (!(await nav.getByRole('link').first().isVisible()) && (await menu.count()) > 0) await menu.first().tap();
  for (const link of await nav.getByRole('link').all()) {
    await expect.soft(link, `${name}: a navigation link`).toBeInViewport();
  }
  await expect.soft(page.getByRole('group', { name: 'Your account' }).getByRole('button', { name: 'Sign out' })).toBeInViewport();
  await checkPage(page, testInfo, `phone-${name}`);
}

test('on a phone every member and organiser page fits the screen, keeps its navigation and passes axe', async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const h1 = (page: Page, name: string | RegExp) => expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  const member = await onPhone(browser, scene.host);
  const memberPages: [string, string, () => Promise<void>][] = [
    ['home', '/', () => h1(member, 'Leadership for learning, together')],
    ['profile', '/profile', () => expect(member.getByLabel('Display name')).toHaveValue(`Hana Host ${run}`)],
    ['register', symposiumPath('register'), () => expect(member.getByRole('region', { name: 'My registration' }).getByText('Confirmed', { exact: true })).toBeVisible()],
    ['programme', symposiumPath('programme'), () => expect(member.getByText('1 dialogue matches.')).toBeVisible()],
    ['dialogue', `/dialogues/${encodeURIComponent(scene.dialogueId)}`, () => h1(member, dialogueTitle)],
    ['propose', symposiumPath('propose'), () => expect(member.getByRole('region', { name: 'My proposal' })).toBeVisible()],
    ['library', symposiumPath('artefacts'), () => expect(member.getByText('You have not shared an artefact in this symposium yet.')).toBeVisible()],
    ['agenda', symposiumPath('agenda'), () => expect(member.getByText('1 dialogue in your agenda.')).toBeVisible()],
    ['notifications', '/notifications', () => expect(member.getByRole('table', { name: 'Notifications by kind and channel' })).toBeVisible()],
  ];
  for (const [name, path, ready] of memberPages) {
    await member.goto(path);
    await ready();
    await fitsThePhone(member, testInfo, name);
  }
  await member.context().close();

  const organiser = await onPhone(browser, scene.organiser);
  const organiserPages: [string, string, () => Promise<void>][] = [
    ['organise', '/organise', () => expect(organiser.getByRole('table', { name: /^Every symposium/ })).toBeVisible()],
    ['organise-symposium', organisePath(), () => h1(organiser, 'Manage the symposium')],
    ['organise-registrations', organisePath('registrations'), () => expect(organiser.getByRole('table', { name: 'Registrations, oldest first' })).toBeVisible()],
    ['organise-proposals', organisePath('proposals'), () => expect(organiser.getByRole('listitem', { name: dialogueTitle })).toBeVisible()],
    ['organise-programme', organisePath('programme'), () => expect(organiser.getByRole('table', { name: 'The programme: time slots down, rooms across' })).toBeVisible()],
    ['organise-synthesis', organisePath('synthesis'), () => expect(organiser.getByRole('heading', { level: 2, name: 'Proceedings', exact: true })).toBeVisible()],
  ];
  for (const [name, path, ready] of organiserPages) {
    await organiser.goto(path);
    await ready();
    await fitsThePhone(organiser, testInfo, name);
  }
  await organiser.context().close();
});
