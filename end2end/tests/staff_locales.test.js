// Every staff page type passes axe-core in every language, right-to-left
// included: signed in as the administrator, and as a provider's editor.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  ADMIN, ADMIN_PASSWORD, BASE_URL, LOCALES, launchBrowser, newVisitor, visit,
} from '../support/browser.js';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** Signs in by posting the form the page carries, as a browser would. */
async function signedIn(username, password) {
  const page = await newVisitor(browser);
  await page.goto(`${BASE_URL}/sv/login`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form.stacked-form button[type="submit"]').click();
  await page.waitForURL(/\/sv\/account/);
  return page;
}

describe('staff pages in every language', () => {
  test('the administrator\'s pages pass axe-core in all nine languages', async () => {
    const admin = await signedIn(ADMIN, ADMIN_PASSWORD);
    for (const lang of LOCALES) {
      for (const path of ['/account', '/account/password', '/account/providers', '/account/providers/cognix/addresses', '/account/invitations', '/login']) {
        await visit(admin, `/${lang}${path}`);
        assert.equal(await admin.locator('html').getAttribute('lang') !== null, true);
      }
    }
  });

  test('a provider editor\'s pages pass axe-core in all nine languages', async () => {
    const admin = await signedIn(ADMIN, ADMIN_PASSWORD);
    await admin.goto(`${BASE_URL}/sv/account/invitations`);
    await admin.locator('#role-editor').check();
    await admin.locator('#field-provider').selectOption('cognix');
    await admin.locator('form.stacked-form button[type="submit"]').click();
    const link = await admin.locator('#invitation-link').inputValue();
    const editor = await newVisitor(browser);
    await editor.goto(link);
    const password = 'an editor passphrase';
    await editor.locator('input[name="username"]').fill(`locales${Date.now() % 100000}`);
    await editor.locator('input[name="display_name"]').fill('Locale Tester');
    await editor.locator('input[name="new_password"]').fill(password);
    await editor.locator('input[name="confirm_password"]').fill(password);
    await editor.locator('form.stacked-form button[type="submit"]').click();
    await editor.waitForURL(/\/sv\/account/);
    for (const lang of LOCALES) {
      await visit(editor, `/${lang}/account`);
      await visit(editor, `/${lang}/account/profile`);
      await visit(editor, `/${lang}/account/password`);
    }
  });

  test('the sign-in and an unknown invitation pass axe-core in all nine languages', async () => {
    const page = await newVisitor(browser);
    for (const lang of LOCALES) {
      await visit(page, `/${lang}/login`);
      await visit(page, `/${lang}/invitation/${'0'.repeat(64)}`, { status: 410 });
    }
  });
});
