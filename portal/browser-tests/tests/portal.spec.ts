import { expect, test } from '@playwright/test';
import { checkPage } from './accessibility';
import { newMember, signIn } from './keycloak';

// A member's first visit, in a real browser against the running platform: the home page, signing
// in through Keycloak's own form, the profile with consents, registering with two strands (no
// more), and signing out. axe-core checks every page, and a screenshot of each is kept.

test('a visitor sees the network and the five principles, and can reach the page by keyboard', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Leadership for learning, together' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Five principles for practice' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await checkPage(page, testInfo, 'home-visitor');
});

test('on a phone the home page fits the screen', async ({ browser }, testInfo) => {
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await phone.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'no sideways scrolling at 360 px').toBeLessThanOrEqual(0);
  await checkPage(page, testInfo, 'home-phone');
  await phone.close();
});

test('a page opened directly and reloaded is the portal, not an error', async ({ page }) => {
  await page.goto('/profile');
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();
});

test('a teacher signs in, completes the profile, registers with two strands and signs out', async ({ page }, testInfo) => {
  const teacher = await newMember('teacher', 'school');
  await signIn(page, teacher);
  await expect(page.getByText(/Signed in as/)).toBeVisible();
  await checkPage(page, testInfo, 'home-member');

  // Profile: a bad value is shown next to its field; a good one is saved with the consents.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
  await page.getByLabel('Display name').fill('Tamsin Teacher');
  await page.getByLabel('Organisation', { exact: true }).fill('Hillside Primary School');
  await page.getByLabel('Country').fill('GB');
  // The service checks the language tag; its message is shown at the field and linked to it.
  const language = page.getByLabel('Preferred language');
  await language.fill('English please');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(language).toHaveAttribute('aria-invalid', 'true');
  const describedBy = (await language.getAttribute('aria-describedby')) ?? '';
  const linked = await Promise.all(describedBy.split(' ').map(id => page.locator(`[id="${id}"]`).innerText()));
  expect(linked.join(' '), 'the error is linked to the field').toContain('is a language tag such as en or pt-BR');
  await checkPage(page, testInfo, 'profile-field-error');

  await language.fill('en');
  await page.getByLabel('List me in the participant directory').check();
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Your profile was saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Display name')).toHaveValue('Tamsin Teacher');
  await expect(page.getByLabel('List me in the participant directory')).toBeChecked();
  await expect(page.getByLabel('Share my name with partner organisations')).not.toBeChecked();
  await checkPage(page, testInfo, 'profile');

  // Registration: the strand picker stops at the symposium's maximum (two).
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Register' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Symposium registration' })).toBeVisible();
  await expect(page.getByText(/^(\d+ places? left|No places left)/)).toBeVisible();
  const strands = page.getByRole('group', { name: 'Strands' }).getByRole('checkbox');
  await expect(strands).toHaveCount(5);
  await strands.nth(0).check();
  await strands.nth(2).check();
  await expect(strands.nth(1)).toBeDisabled();
  await expect(strands.nth(4)).toBeDisabled();
  await checkPage(page, testInfo, 'register-strands');
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'My registration' })).toBeVisible();
  await checkPage(page, testInfo, 'my-registration');

  // Sign out: back to the home page as a visitor; the profile needs a new sign-in.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();
  await page.goto('/profile');
  await expect(page.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();
  await expect(page.getByLabel('Display name')).toHaveCount(0);
});
