import { expect, type Page } from '@playwright/test';

// The real Keycloak that ./lfpl up started (admin / admin is its local-only administrator).
const KEYCLOAK = process.env.LFPL_KEYCLOAK_URL ?? 'http://localhost:8180';

async function adminToken(): Promise<string> {
  const response = await fetch(`${KEYCLOAK}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: 'admin' }),
  });
  expect(response.status, 'Keycloak admin token').toBe(200);
  return (await response.json()).access_token;
}

/** A fresh member of the realm (password "demo"), so each run starts with no profile or registration. */
export async function newMember(prefix: string, ...roles: string[]): Promise<{ username: string; password: string }> {
  const username = `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const user = {
    username, enabled: true, email: `${username}@example.org`, emailVerified: true,
    firstName: prefix[0].toUpperCase() + prefix.slice(1), lastName: 'Browser',
    realmRoles: ['default-roles-lfpl', 'member', ...roles],
    credentials: [{ type: 'password', value: 'demo', temporary: false }],
  };
  const response = await fetch(`${KEYCLOAK}/admin/realms/lfpl/partialImport`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await adminToken()}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ ifResourceExists: 'SKIP', users: [user] }),
  });
  expect(response.status, `Keycloak imports ${username}`).toBe(200);
  return { username, password: 'demo' };
}

/** Signs in through the portal's link and Keycloak's own login form, as a person does. */
export async function signIn(page: Page, who: { username: string; password: string }): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Sign in' }).first().click();
  await page.locator('#username').fill(who.username);
  await page.locator('#password').fill(who.password);
  await page.locator('#kc-login').click();
  await expect(page).toHaveURL(/localhost:8080\//);
}
