import { deflateSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { checkPage } from './accessibility';
import { createPublishedSymposium, day, KAFKA, personIn, register, START } from './steps';

// The whole symposium story in a real browser against the running platform, as three
// people in three browser contexts: an organiser creates and publishes a symposium; a teacher
// registers and proposes a dialogue; the organiser accepts it, builds and publishes the programme; a
// researcher registers, joins the dialogue, posts in it and shares an artefact; the teacher, whose
// page stays open throughout, sees the notifications arrive live; the organiser reads the synthesis,
// the proceedings and the registrations (with the CSV export). axe-core checks every page visited.
//
// Events travel through Kafka between the services, so what one service learns from another
// (a confirmed registration reaching dialogue-service, a join reaching notification-service) is
// waited for on conditions, never with sleeps.

// The symposium starts START days from now (steps.ts): it never becomes the "current" symposium
// that /register, /programme and the other browser tests go to.

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const symposiumTitle = `Browser story symposium ${run}`;
const dialogueTitle = `Critical friends on shared leadership ${run}`;
const artefactTitle = `Our learning walk map ${run}`;
const post = `Thank you for hosting. In our school we start with a learning walk (${run}).`;
const strands = [
  'Conditions for professional learning',
  'Dialogue and leadership',
  'Student learning and leadership',
];

/** A small real PNG (a 24×24 square in the network's colours), so the library has an image to show. */
function png(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const size = 24;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 3);
    for (let x = 0; x < size; x++) rows.set(x < size / 2 ? [0x1d, 0x4f, 0x91] : [0xf2, 0xa9, 0x00], row + 1 + x * 3);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const main = (page: Page) => page.getByRole('main');
const bell = (page: Page) => page.getByRole('group', { name: 'Your account' }).getByRole('link', { name: /^Notifications/ });
const subNav = (page: Page) => page.getByRole('navigation', { name: `Organise ${symposiumTitle}` });

test('the symposium story: organise, register, propose, curate, schedule, join, share, be told live, synthesise', async ({ browser }, testInfo) => {
  test.setTimeout(240_000);

  // ── 1. The organiser creates the symposium with its strands, sets it up and publishes it. ──
  const { page: organiser } = await personIn(browser, 'organiser', 'organiser');
  await checkPage(organiser, testInfo, 'story-01-organiser-home');
  const symposiumId = await createPublishedSymposium(organiser, {
    title: symposiumTitle,
    strands,
    caps: { 1: 30 },
    check: (state) => checkPage(organiser, testInfo, {
      list: 'story-02-organise',
      new: 'story-03-organise-new',
      draft: 'story-04-organise-draft',
      published: 'story-05-organise-published',
    }[state]),
  });
  const symposium = { id: symposiumId, title: symposiumTitle };

  // ── 2. The teacher signs in, completes the profile, registers with two strands, proposes. ──
  // From here on the teacher's page is never reloaded: its live stream has to bring the news.
  const { page: teacher, username: teacherName } = await personIn(browser, 'teacher', 'school');
  await checkPage(teacher, testInfo, 'story-06-teacher-home');
  await teacher.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
  await teacher.getByLabel('Display name').fill(`Tamsin Teacher ${run}`);
  await teacher.getByLabel('Organisation', { exact: true }).fill('Hillside Primary School');
  await teacher.getByLabel('Country').fill('GB');
  await teacher.getByLabel('Preferred language').fill('en');
  await teacher.getByRole('button', { name: 'Save profile' }).click();
  await expect(teacher.getByText('Your profile was saved.')).toBeVisible();
  await checkPage(teacher, testInfo, 'story-07-teacher-profile');
  // The saved profile is the first notification: it arrives live (before the next page load, so
  // that nothing is in flight while the page loads).
  await expect(bell(teacher)).toHaveAccessibleName('Notifications, 1 unread', { timeout: KAFKA });

  const teacherRegistration = await register(teacher, symposium, [strands[0], strands[1]], async () => {
    await expect(teacher.getByRole('group', { name: 'Strands' }).getByRole('checkbox', { name: strands[2] })).toBeDisabled();
    await checkPage(teacher, testInfo, 'story-08-teacher-register');
  });
  await expect(teacherRegistration.getByText('Confirmed', { exact: true })).toBeVisible();
  await expect(teacherRegistration.getByText(`${strands[0]}; ${strands[1]}`)).toBeVisible();
  await checkPage(teacher, testInfo, 'story-09-teacher-registered');

  await teacherRegistration.getByRole('link', { name: 'Propose the dialogue you will host' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: 'Propose a dialogue' })).toBeVisible();
  const proposal = teacher.getByRole('region', { name: 'Your proposal' });
  await proposal.getByLabel(/^Title/).fill(dialogueTitle);
  await proposal.getByLabel(/^Purpose/).fill('To look at one school\'s plan for shared leadership through the five principles, as critical friends.');
  await proposal.getByLabel(/^Strand/).selectOption({ label: strands[1] });
  await proposal.getByLabel('Question to add').selectOption({ label: 'Who?' });
  await proposal.getByRole('button', { name: 'Add guiding question' }).click();
  await expect(proposal.getByLabel('Who?')).toBeFocused();
  await proposal.getByLabel('Who?').fill('Teachers and students who lead learning together.');
  await proposal.getByLabel('Question to add').selectOption({ label: 'How?' });
  await proposal.getByRole('button', { name: 'Add guiding question' }).click();
  await proposal.getByLabel('How?').fill('A tuning protocol around one school\'s leadership plan.');
  await proposal.getByRole('checkbox', { name: 'Dialogue about leadership for learning' }).check();
  await proposal.getByRole('checkbox', { name: 'Shared leadership', exact: true }).check();
  await proposal.getByLabel(/^Format/).fill('critical friends');
  await expect(proposal.getByRole('radio', { name: 'In person', exact: true })).toBeChecked();
  await checkPage(teacher, testInfo, 'story-10-teacher-propose');
  // dialogue-service learns of the confirmed registration from Kafka: until it has, the proposal
  // is refused (and the form stays, so it is simply sent again).
  const myProposal = teacher.getByRole('region', { name: 'My proposal' });
  await expect(async () => {
    if (!(await myProposal.isVisible())) {
      await proposal.getByRole('button', { name: 'Send proposal' }).click({ timeout: 5_000 });
    }
    await expect(myProposal).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: KAFKA });
  await expect(myProposal.getByText('Under review', { exact: true })).toBeVisible();
  await expect(teacher.getByText('Your proposal was sent to the organisers.')).toBeVisible();
  await checkPage(teacher, testInfo, 'story-11-teacher-proposed');

  // ── 3. The organiser accepts it, sets up slots and rooms, places it and publishes the programme. ──
  await subNav(organiser).getByRole('link', { name: 'Proposals' }).click();
  await expect(organiser.getByRole('heading', { level: 1, name: 'Proposals' })).toBeVisible();
  const card = organiser.getByRole('listitem', { name: dialogueTitle });
  await expect(card.getByText('Under review', { exact: true })).toBeVisible();
  await expect(card.getByText('Teachers and students who lead learning together.')).toBeVisible();
  await checkPage(organiser, testInfo, 'story-12-organise-proposals');
  await card.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(organiser.getByText(`"${dialogueTitle}" was accepted. It can now be placed in the programme.`)).toBeVisible();
  await expect(card.getByText('Accepted', { exact: true })).toBeVisible();
  await checkPage(organiser, testInfo, 'story-13-organise-accepted');

  await subNav(organiser).getByRole('link', { name: 'Programme builder' }).click();
  await expect(organiser.getByRole('heading', { level: 1, name: 'Programme builder' })).toBeVisible();
  await expect(organiser.getByText('Add time slots and rooms below to build the programme.')).toBeVisible();
  await checkPage(organiser, testInfo, 'story-14-organise-programme-empty');
  const slotForm = organiser.getByRole('form', { name: 'Add a time slot' });
  await slotForm.getByLabel(/^Name/).fill('Day 1, morning');
  await slotForm.getByLabel(/^Starts/).fill(`${day(START)}T09:30`);
  await slotForm.getByLabel(/^Ends/).fill(`${day(START)}T11:00`);
  await slotForm.getByRole('button', { name: 'Add the time slot' }).click();
  await expect(organiser.getByText('Time slot Day 1, morning added.')).toBeVisible();
  const roomForm = organiser.getByRole('form', { name: 'Add a room' });
  await roomForm.getByLabel(/^Name/).fill('Hall');
  await expect(roomForm.getByLabel(/^Kind/)).toHaveValue('PHYSICAL');
  await roomForm.getByLabel(/^Seats/).fill('30');
  await roomForm.getByRole('button', { name: 'Add the room' }).click();
  await expect(organiser.getByText('Room Hall added.')).toBeVisible();

  await organiser.getByRole('button', { name: /^Place here: Hall, Day 1, morning/ }).click();
  const place = organiser.getByRole('region', { name: 'Place a dialogue' });
  await expect(place.getByLabel(/^Dialogue/)).toBeFocused();
  await place.getByLabel(/^Dialogue/).selectOption({ label: `${dialogueTitle} (not placed yet)` });
  await expect(place.getByRole('status').filter({ hasText: 'Check' })).toHaveCount(0); // no clash warnings
  await checkPage(organiser, testInfo, 'story-15-organise-programme-placing');
  await place.getByRole('button', { name: 'Place the dialogue' }).click();
  await expect(organiser.getByText(new RegExp(`^"${dialogueTitle}" is placed in Hall, Day 1, morning`))).toBeVisible();
  const grid = organiser.getByRole('table', { name: 'The programme: time slots down, rooms across' });
  await expect(grid.getByRole('link', { name: dialogueTitle })).toBeVisible();
  await expect(organiser.getByText('No clashes: no host or room is in two places at once.')).toBeVisible();
  await organiser.getByRole('button', { name: 'Publish the programme' }).click();
  await expect(organiser.getByText('The programme is published.', { exact: true })).toBeVisible();
  await expect(organiser.getByText(/^Published on /)).toBeVisible();
  await checkPage(organiser, testInfo, 'story-16-organise-programme-published');

  // Before the researcher acts, the teacher's news so far has arrived (over Kafka) and the bell,
  // never reloaded, counts exactly what the inbox holds unread.
  const expectedSoFar = ['Your profile was saved', 'You are registered', 'Your dialogue was accepted',
    'Your dialogue has its place', 'The programme is published'];
  await expect.poll(async () => {
    const response = await teacher.request.get('/api/v1/notifications?size=50');
    const titles = ((await response.json()) as { title: string }[]).map((n) => n.title);
    return expectedSoFar.filter((title) => !titles.includes(title));
  }, { timeout: KAFKA, message: 'the teacher\'s notifications so far' }).toEqual([]);
  const unreadBefore = ((await (await teacher.request.get('/api/v1/notifications/unread-count')).json()) as { unread: number }).unread;
  expect(unreadBefore, 'nothing was read yet').toBe(expectedSoFar.length);
  await expect(bell(teacher), 'the bell counted every notification live').toHaveAccessibleName(`Notifications, ${unreadBefore} unread`);
  await expect(teacher.getByRole('heading', { level: 1, name: 'Propose a dialogue' })).toBeVisible(); // still the same page

  // ── 4. The researcher registers, opens the programme and the dialogue, joins, posts, shares. ──
  const { page: researcher, username: researcherName } = await personIn(browser, 'researcher', 'researcher');
  await checkPage(researcher, testInfo, 'story-17-researcher-home');
  const researcherRegistration = await register(researcher, symposium, [strands[1], strands[2]]);
  await expect(researcherRegistration.getByText('Confirmed', { exact: true })).toBeVisible();
  await checkPage(researcher, testInfo, 'story-18-researcher-registered');

  await researcher.goto(`/symposia/${encodeURIComponent(symposiumId)}/programme`);
  await expect(researcher.getByRole('heading', { level: 1, name: 'Programme' })).toBeVisible();
  await expect(researcher.getByText('1 dialogue matches.')).toBeVisible();
  await checkPage(researcher, testInfo, 'story-19-researcher-programme');
  await main(researcher).getByRole('link', { name: dialogueTitle }).click();
  await expect(researcher.getByRole('heading', { level: 1, name: dialogueTitle })).toBeVisible();
  await expect(researcher.getByText('A tuning protocol around one school\'s leadership plan.')).toBeVisible();
  await expect(researcher.getByText('Hall', { exact: true })).toBeVisible();
  await checkPage(researcher, testInfo, 'story-20-researcher-dialogue');
  // dialogue-service learns of the researcher's confirmation from Kafka: until then a join is
  // refused with the service's reason, and the button stays to try again.
  const joined = researcher.getByText('You have joined this dialogue.');
  await expect(async () => {
    if (!(await joined.isVisible())) {
      await researcher.getByRole('button', { name: 'Join this dialogue' }).click({ timeout: 5_000 });
    }
    await expect(joined).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: KAFKA });
  await expect(researcher.getByRole('button', { name: 'Leave this dialogue' })).toBeVisible();

  // ── 5 (i). The teacher's bell counts the join live, without a reload. ──
  await expect(bell(teacher)).toHaveAccessibleName(`Notifications, ${unreadBefore + 1} unread`, { timeout: KAFKA });
  await expect(teacher.getByRole('status').filter({ hasText: 'New notification: A participant joined your dialogue' })).toHaveCount(1);

  const discussion = researcher.getByRole('region', { name: 'Discussion' });
  await expect(discussion.getByText('Nobody has posted yet. Start the discussion.')).toBeVisible();
  await discussion.getByLabel(/^Your contribution/).fill(post);
  await checkPage(researcher, testInfo, 'story-21-researcher-joined');
  await discussion.getByRole('button', { name: 'Post contribution' }).click();
  await expect(researcher.getByText('Your contribution was posted.')).toBeVisible();
  await expect(discussion.getByText(post)).toBeVisible();
  await checkPage(researcher, testInfo, 'story-22-researcher-posted');

  // ── 5 (ii). …and the post, again live; then the teacher opens the notifications. ──
  await expect(bell(teacher)).toHaveAccessibleName(`Notifications, ${unreadBefore + 2} unread`, { timeout: KAFKA });
  await expect(teacher.getByRole('status').filter({ hasText: 'New notification: New post in a dialogue' })).toHaveCount(1);
  await checkPage(teacher, testInfo, 'story-23-teacher-live-bell');
  await bell(teacher).click();
  await expect(teacher.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  const inbox = teacher.getByRole('region', { name: 'Your notifications' });
  await expect(inbox.getByText(`${unreadBefore + 2} unread.`)).toBeVisible();
  await expect(inbox.getByRole('link', { name: 'New post in a dialogue' })).toBeVisible();
  await expect(inbox.getByRole('link', { name: 'A participant joined your dialogue' })).toBeVisible();
  await expect(inbox.getByRole('listitem').first()).toContainText('New post in a dialogue'); // newest first
  await checkPage(teacher, testInfo, 'story-24-teacher-notifications');

  // The researcher's agenda, with the private calendar subscription link.
  await researcher.goto(`/symposia/${encodeURIComponent(symposiumId)}/agenda`);
  await expect(researcher.getByRole('heading', { level: 1, name: 'My agenda' })).toBeVisible();
  await expect(researcher.getByText('1 dialogue in your agenda.')).toBeVisible();
  await expect(main(researcher).getByRole('link', { name: dialogueTitle })).toBeVisible();
  await expect(researcher.getByText('You joined', { exact: true })).toBeVisible();
  await researcher.getByRole('button', { name: 'Make my subscription link' }).click();
  await expect(researcher.getByText('Your subscription link is ready. Copy it into your calendar app.')).toBeVisible();
  await expect(researcher.getByLabel('Your subscription link')).toHaveValue(/^https?:\/\/.+/);
  await expect(researcher.getByRole('link', { name: 'Open it in my calendar app' })).toHaveAttribute('href', /^webcal:\/\//);
  await checkPage(researcher, testInfo, 'story-25-researcher-agenda');

  // The library: a PNG shared with the symposium's participants, licence and safeguarding given.
  await researcher.goto(`/symposia/${encodeURIComponent(symposiumId)}/artefacts`);
  await expect(researcher.getByRole('heading', { level: 1, name: 'Artefact library' })).toBeVisible();
  const mine = researcher.getByRole('region', { name: 'Your artefacts' });
  await expect(mine.getByText('You have not shared an artefact in this symposium yet.')).toBeVisible();
  await checkPage(researcher, testInfo, 'story-26-researcher-library');
  await mine.getByRole('button', { name: 'Share an artefact' }).click();
  const share = researcher.getByRole('region', { name: 'Share an artefact' });
  await expect(share.getByRole('heading', { name: 'Share an artefact' })).toBeFocused();
  await expect(share.getByRole('radio', { name: 'A file' })).toBeChecked();
  await share.getByLabel(/^File/).setInputFiles({ name: 'learning-walk-map.png', mimeType: 'image/png', buffer: png() });
  await share.getByLabel(/^Title/).fill(artefactTitle);
  await share.getByLabel(/^Description/).fill('The route of our learning walk, with the questions asked at each stop.');
  await share.getByRole('group', { name: /^Strands/ }).getByRole('checkbox', { name: strands[1] }).check();
  await share.getByRole('group', { name: /^Principles it addresses/ }).getByRole('checkbox', { name: 'Shared leadership', exact: true }).check();
  await share.getByLabel(/^Tags/).fill('learning walk, map');
  await share.getByLabel(/^Licence/).selectOption({ label: 'CC BY 4.0 (attribution)' });
  await expect(share.getByRole('radio', { name: 'Participants only' })).toBeChecked();
  await share.getByRole('group', { name: 'Does it contain learners\' work, names or images?' }).getByRole('radio', { name: 'No', exact: true }).check();
  await checkPage(researcher, testInfo, 'story-27-researcher-share');
  // artefact-service also learns of the confirmation from Kafka: a refusal leaves the form (or,
  // once described, offers the upload again), so it is sent again.
  const shared = researcher.getByText(`"${artefactTitle}" is shared.`);
  await expect(async () => {
    if (!(await shared.isVisible())) {
      const again = share.getByRole('button', { name: 'Upload the file' });
      await ((await again.isVisible()) ? again : share.getByRole('button', { name: 'Share', exact: true })).click({ timeout: 5_000 });
    }
    await expect(shared).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: KAFKA });
  const myArtefact = mine.getByRole('listitem', { name: artefactTitle });
  await expect(myArtefact.getByRole('img', { name: `Preview of ${artefactTitle}` })).toBeVisible();
  await expect(myArtefact.getByRole('list', { name: 'About this artefact' })).toContainText('Participants only');
  // The size in words a person reads: "(N bytes)", not "(N byte)".
  await expect(myArtefact.getByRole('link', { name: /^Download learning-walk-map\.png \(\d+ bytes\)$/ })).toBeVisible();
  // …and in the library's participants-only section, for the symposium's participants.
  await expect(researcher.getByRole('region', { name: 'For participants only' }).getByRole('listitem', { name: artefactTitle })).toBeVisible();
  await checkPage(researcher, testInfo, 'story-28-researcher-shared');

  // ── 6. The organiser: synthesis and proceedings, then the registrations and their CSV. ──
  await subNav(organiser).getByRole('link', { name: 'Synthesis and proceedings' }).click();
  await expect(organiser.getByRole('heading', { level: 1, name: 'Synthesis and proceedings' })).toBeVisible();
  await expect(organiser.getByRole('heading', { level: 2, name: 'Proceedings', exact: true })).toBeVisible();
  await checkPage(organiser, testInfo, 'story-29-organise-synthesis');
  const proceedingsLink = organiser.getByRole('link', { name: 'Open the proceedings (HTML)' });
  const proceedingsPath = await proceedingsLink.getAttribute('href');
  expect(proceedingsPath).toBeTruthy();
  const proceedings = await organiser.request.get(proceedingsPath!);
  expect(proceedings.status(), 'the proceedings HTML').toBe(200);
  expect(proceedings.headers()['content-type']).toContain('text/html');
  expect(await proceedings.text()).toContain(dialogueTitle);
  // The proceedings in the browser, as the link opens them: a page of their own, checked too.
  await proceedingsLink.click();
  await expect(organiser).toHaveURL(new RegExp(`${proceedingsPath!.replace(/[.?]/g, '\\$&')}$`));
  await expect(organiser.getByText(dialogueTitle).first()).toBeVisible();
  await checkPage(organiser, testInfo, 'story-30-proceedings');
  await organiser.goBack();

  await expect(organiser.getByRole('heading', { level: 1, name: 'Synthesis and proceedings' })).toBeVisible();
  await subNav(organiser).getByRole('link', { name: 'Registrations' }).click();
  await expect(organiser.getByRole('heading', { level: 1, name: 'Registrations' })).toBeVisible();
  const glance = organiser.getByRole('region', { name: 'At a glance' });
  await expect(glance.getByText('2 registrations in all.')).toBeVisible();
  await expect(glance.getByText('38 places left of 40.')).toBeVisible();
  const byState = glance.getByRole('table', { name: 'Registrations by state' });
  await expect(byState.getByRole('row', { name: /^Confirmed 2$/ })).toBeVisible();
  const byStrand = glance.getByRole('table', { name: 'Confirmed participants by strand' });
  await expect(byStrand.getByRole('row', { name: new RegExp(`^${strands[1]} 2 30 28$`) })).toBeVisible();
  const list = organiser.getByRole('table', { name: 'Registrations, oldest first' });
  await expect(list.getByRole('row')).toHaveCount(3);
  await expect(organiser.getByText('2 registrations shown.')).toBeVisible();
  await checkPage(organiser, testInfo, 'story-31-organise-registrations');
  const [csv] = await Promise.all([
    organiser.waitForEvent('download'),
    organiser.getByRole('link', { name: 'Download all registrations (CSV)' }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe(`registrations-${symposiumId}.csv`);
  const rows = (await readFile((await csv.path())!, 'utf8')).trim().split(/\r?\n/);
  expect(rows[0]).toMatch(/^registration_id,member_id,name,email,state,strands,/);
  // Every cell is quoted (RFC 4180): "…","…@example.org","CONFIRMED","strand-2 strand-3",…
  expect(rows).toHaveLength(3);
  expect(rows.find((row) => row.includes(`${teacherName}@example.org`)), 'the teacher\'s row').toContain(`"${teacherName}@example.org","CONFIRMED","strand-1 strand-2"`);
  expect(rows.find((row) => row.includes(`${researcherName}@example.org`)), 'the researcher\'s row').toContain(`"${researcherName}@example.org","CONFIRMED","strand-2 strand-3"`);

  for (const page of [organiser, teacher, researcher]) await page.context().close();
});
