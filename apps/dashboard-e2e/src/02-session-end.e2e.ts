import type { Browser, Page } from 'playwright-core';
import { createApiToken, graphql, revokeApiToken } from './support/api';
import { launchChromium, mainNav, newContext, saveScreenshot, signInWithUrl, textOf } from './support/browser';

const SESSION_ENDED = 'Your session ended: the token was revoked or is no longer valid';

describe('the login page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('refuses a token the server does not know, with a message', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto('/login');
    await page.getByLabel('Access token').fill('not-a-devpulse-token-at-all');
    await page.getByRole('button', { name: 'Sign in' }).click();

    expect(await textOf(page.getByRole('alert'))).toBe('That token is not valid or has been revoked');
    expect(page.url()).toMatch(/\/login$/);
    await page.context().close();
  });

  it.each([
    ['navigating to another screen', (page: Page) => mainNav(page).getByRole('link', { name: 'Explorer' }).click()],
    ['reloading the page', (page: Page) => page.reload().then(() => undefined)],
  ])('returns to login with a message when the token is revoked, on %s', async (how, navigate) => {
    // The browser's token, and a second admin token (both made through GraphQL) that revokes it.
    const session = await createApiToken(`e2e browser, ${how}`, 'VIEWER');
    const revoker = await createApiToken(`e2e revoker, ${how}`, 'ADMIN');
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInWithUrl(page, session.token);

    expect(await revokeApiToken(session.id, revoker.token)).not.toBeNull();
    await navigate(page);

    await page.waitForURL(/\/login$/);
    expect(await textOf(page.getByRole('status').filter({ hasText: 'session ended' }))).toBe(SESSION_ENDED);
    await page.getByLabel('Access token').waitFor();
    await expect(graphql('{ me { role } }', {}, session.token)).rejects.toThrow(/UNAUTHENTICATED/);
    if (how === 'reloading the page') await saveScreenshot(page, 'login-session-ended');
    await context.close();
  });
});
