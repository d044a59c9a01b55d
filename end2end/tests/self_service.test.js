// Provider self-service and administration: an administrator invites a
// provider's editor, the editor edits, previews and sends the profile, the
// administrator reviews and publishes, and the public page and search show
// it. Without JavaScript, since every form must work without it; axe-core
// checks every page on the way.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  ADMIN, ADMIN_PASSWORD, BASE_URL, PHONE, assertAccessible, launchBrowser, newVisitor, visit,
} from '../support/browser.js';

const EDITOR_PASSWORD = 'the editor passphrase';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function signIn(page, username, password) {
  await visit(page, '/sv/login');
  await page.getByLabel('Användarnamn').fill(username);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(/\/sv\/account/);
}

describe('provider self-service', () => {
  test('invite → edit → preview → send → publish → the public page and search show it', async () => {
    const word = `zebrafink${Date.now() % 100000}`;
    const admin = await newVisitor(browser, { javaScript: false });
    await signIn(admin, ADMIN, ADMIN_PASSWORD);
    await assertAccessible(admin);

    await visit(admin, '/sv/account/invitations');
    await admin.getByLabel('Redaktör för en anordnare').check();
    await admin.getByLabel('Anordnare (för redaktörer)').selectOption('jobblotsen');
    await admin.getByRole('button', { name: 'Skapa inbjudan' }).click();
    const link = await admin.locator('#invitation-link').inputValue();
    assert.match(link, /\/sv\/invitation\/[0-9a-f]{64}$/);
    await assertAccessible(admin);

    const editor = await newVisitor(browser, { javaScript: false });
    await visit(editor, new URL(link).pathname);
    await editor.getByLabel('Användarnamn').fill(`editor${Date.now() % 100000}`);
    await editor.getByLabel('Ditt namn').fill('Eva Redaktör');
    await editor.getByLabel('Välj lösenord').fill(EDITOR_PASSWORD);
    await editor.getByLabel('Skriv lösenordet igen').fill(EDITOR_PASSWORD);
    await editor.getByRole('button', { name: 'Skapa konto' }).click();
    await editor.waitForURL(/\/sv\/account\?done=account-created/);
    await assertAccessible(editor);

    await editor.getByRole('link', { name: 'Redigera profilen' }).click();
    await assertAccessible(editor);
    // The browser itself refuses `www.x` in a URL field; an address it lets
    // through but the server does not is caught with a translated message,
    // and nothing typed is lost.
    await editor.getByLabel('Webbplats').fill('ftp://jobblotsen.example');
    // An organisation number whose check digit is wrong, likewise.
    await editor.getByLabel('Organisationsnummer').fill('556036-0794');
    const presentation = `Vi på Jobblotsen hjälper dig. Fråga om ${word}.`;
    await editor.getByLabel(/Presentation på Svenska/).fill(presentation);
    await editor.getByRole('button', { name: 'Förhandsvisa' }).click();
    assert.equal(await editor.locator('.error-summary').count(), 1);
    assert.match(await editor.locator('.error-summary').innerText(), /https:\/\//);
    assert.match(await editor.locator('.error-summary').innerText(), /Kontrollsiffran/);
    assert.equal(await editor.getByLabel('Organisationsnummer').inputValue(), '556036-0794');
    assert.equal(await editor.getByLabel(/Presentation på Svenska/).inputValue(), presentation);
    await assertAccessible(editor);

    await editor.getByLabel('Webbplats').fill('https://jobblotsen.example');
    await editor.getByLabel('Telefon').fill('08-555 12 34');
    await editor.getByLabel('Organisationsnummer').fill('5560360793');
    await editor.getByRole('button', { name: 'Förhandsvisa' }).click();
    await editor.getByText('Så här kommer profilen att se ut för alla').waitFor();
    assert.ok((await editor.content()).includes(word), 'the preview shows the new text');
    await assertAccessible(editor);
    await editor.getByRole('button', { name: 'Skicka' }).click();
    await editor.waitForURL(/done=submitted/);

    const publicPage = await newVisitor(browser, { javaScript: true });
    await visit(publicPage, '/sv/provider/jobblotsen');
    assert.ok((await publicPage.content()).includes('08-555 12 34'), 'contact details are public at once');
    assert.ok(!(await publicPage.content()).includes(word), 'texts wait for review');

    await visit(admin, '/sv/account');
    await admin.getByRole('link', { name: 'Jobblotsen' }).click();
    await assertAccessible(admin);
    assert.ok((await admin.locator('ins').allTextContents()).join(' ').includes(word));
    await admin.getByRole('button', { name: 'Publicera' }).click();
    await admin.waitForURL(/done=published/);

    await visit(publicPage, '/sv/provider/jobblotsen');
    assert.ok((await publicPage.content()).includes(word), 'published');
    // The organisation number waited for review too, and reads left to
    // right in a right-to-left page.
    for (const lang of ['sv', 'ar']) {
      await visit(publicPage, `/${lang}/provider/jobblotsen`);
      assert.equal(await publicPage.locator('span[dir="ltr"]', { hasText: '556036-0793' }).count(), 1, lang);
    }
    await visit(publicPage, `/sv/level/ami1?q=${word}`);
    const names = await publicPage.locator('.provider-card__name').allTextContents();
    assert.deepEqual(names, ['Jobblotsen'], 'search finds it at once');

    // The profile's history and the version just published, on a phone, in
    // Swedish and right to left: axe-clean, no sideways scrolling, the
    // change marked and spoken.
    await admin.setViewportSize(PHONE);
    for (const lang of ['sv', 'ar']) {
      await visit(admin, `/${lang}/account/providers/jobblotsen/history`);
      await admin.locator(`tbody a[href^="/${lang}/account/providers/jobblotsen/history/"]`).first().click();
      await admin.locator('.diff-side--after').first().waitFor();
      await assertAccessible(admin);
      const width = await admin.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= PHONE.width, `no horizontal scrolling at 320 px in ${lang} (was ${width})`);
      assert.ok((await admin.locator('.diff-side--after ins').allTextContents()).join(' ').includes(word));
    }
  });

  test('signed-in pages ask for a sign-in and wrong passwords get a clear message', async () => {
    const page = await newVisitor(browser, { javaScript: false });
    await page.goto(`${BASE_URL}/en/account/providers`);
    assert.equal(new URL(page.url()).pathname, '/en/login');
    await page.getByLabel('Username').fill('nobody');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    assert.match(await page.locator('.error-summary').innerText(), /Wrong username or password/);
    await assertAccessible(page);
  });

  for (const lang of ['ar', 'ti', 'lattlast']) {
    test(`the sign-in page passes axe in ${lang}`, async () => {
      const page = await newVisitor(browser);
      await visit(page, `/${lang}/login`);
    });
  }
});

describe('the browser\'s own form checks', () => {
  test('speak the page\'s language, not the browser\'s, once JavaScript runs', async () => {
    const expected = {
      en: 'Fill in this field.',
      sv: 'Fyll i det här fältet.',
      ar: 'يرجى ملء هذا الحقل.',
    };
    for (const [lang, message] of Object.entries(expected)) {
      // The browser itself speaks English: only the island can make it Swedish or Arabic.
      const page = await newVisitor(browser, { locale: 'en-US' });
      await visit(page, `/${lang}/login`);
      // Checking the form fires the same `invalid` events a click on "send" does.
      await page.waitForFunction((text) => {
        const field = document.querySelector('input[name="username"]');
        field.form.checkValidity();
        return field.validationMessage === text;
      }, message, { timeout: 15_000 });
      // Typing clears the message: the field is judged afresh.
      await page.locator('input[name="username"]').fill('someone');
      assert.equal(await page.locator('input[name="username"]').evaluate((f) => f.validationMessage), '');
      await page.context().close();
    }
  });
});
