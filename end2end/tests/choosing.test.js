// Choosing a provider: the citizen's journey on a phone and the
// counsellor's shared list. axe-core checks every page visited.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  BASE_URL, PHONE, assertNoHorizontalScroll, launchBrowser, newVisitor, visit, waitForHydration,
} from '../support/browser.js';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function listedNames(page) {
  return page.locator('.provider-card__name').allTextContents();
}

describe('a citizen on a phone', () => {
  for (const javaScript of [false, true]) {
    test(`chooses kundval, level, filters and opens a profile (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const page = await newVisitor(browser, { javaScript, viewport: PHONE });
      await visit(page, '/sv');
      await page.getByRole('link', { name: /^AMI 2/ }).click();
      assert.equal(new URL(page.url()).pathname, '/sv/level/ami2');
      await assertNoHorizontalScroll(page);
      const all = await listedNames(page);
      assert.equal(all.length, 7);

      await page.locator('summary', { hasText: 'Möten' }).click();
      await page.getByLabel(/Digitala möten/).check();
      await page.getByRole('button', { name: 'Visa anordnare' }).click();
      await page.waitForURL(/meeting_form=digital/);
      await visit(page, new URL(page.url()).pathname + new URL(page.url()).search);
      const digital = await listedNames(page);
      assert.ok(digital.length > 0 && digital.length < all.length, `${digital.length} of ${all.length}`);
      assert.ok(digital.every((name) => all.includes(name)), 'filtering keeps the order');
      assert.deepEqual(digital, all.filter((name) => digital.includes(name)));
      await assertNoHorizontalScroll(page);

      await page.locator('.provider-card__name a').first().click();
      assert.match(new URL(page.url()).pathname, /^\/sv\/provider\//);
      await visit(page, new URL(page.url()).pathname + new URL(page.url()).search);
      assert.equal(await page.locator('h1').textContent(), digital[0]);
      assert.ok(await page.getByText('Digitala möten').count() > 0, 'the profile shows the chosen fact');
      await assertNoHorizontalScroll(page);
      await page.context().close();
    });
  }

  test('once hydrated, a ticked filter updates the list in place', async () => {
    const page = await newVisitor(browser, { viewport: PHONE });
    await visit(page, '/sv/level/ami2');
    await waitForHydration(page);
    // The address becomes the list's own link, seed included.
    await page.waitForFunction(() => new URL(location.href).searchParams.has('seed'));
    const all = await listedNames(page);
    await page.evaluate(() => { window.stayedOnThePage = true; });

    await page.locator('summary', { hasText: 'Möten' }).click();
    await page.getByLabel(/Digitala möten/).check();
    await page.waitForURL(/meeting_form=digital/);
    await page.waitForFunction((count) => document.querySelectorAll('.provider-card__name').length < count, all.length);
    assert.equal(await page.evaluate(() => window.stayedOnThePage), true, 'no new page was loaded');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'checkbox', 'focus stays on the box');
    const digital = await listedNames(page);
    assert.deepEqual(digital, all.filter((name) => digital.includes(name)), 'filtering keeps the order');
    assert.match(await page.locator('.listing-summary').textContent(), new RegExp(`${digital.length} av`));
    await assertNoHorizontalScroll(page);
    await visit(page, new URL(page.url()).pathname + new URL(page.url()).search);
    assert.deepEqual(await listedNames(page), digital, 'the address shows the same list');
    await page.context().close();
  });

  test('once hydrated, typing in the search box narrows the list in place', async () => {
    const page = await newVisitor(browser, { viewport: PHONE });
    await visit(page, '/sv/level/ami2');
    await waitForHydration(page);
    await page.waitForFunction(() => new URL(location.href).searchParams.has('seed'));
    const all = await listedNames(page);
    await page.evaluate(() => { window.stayedOnThePage = true; });

    // A definite form the profiles do not use: "lager" and "Lager och logistik".
    await page.getByLabel('Sök bland anordnarna').pressSequentially('lagret', { delay: 60 });
    await page.waitForURL(/q=lagret/);
    await page.waitForFunction((count) => document.querySelectorAll('.provider-card__name').length < count, all.length);
    const found = await listedNames(page);
    assert.deepEqual([...found].sort(), ['Cognix', 'Omställarna', 'Samtalsplatsen']);
    assert.deepEqual(found, all.filter((name) => found.includes(name)), 'searching keeps the order');
    assert.equal(await page.evaluate(() => window.stayedOnThePage), true, 'no new page was loaded');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-input', 'focus stays in the box');
    assert.equal(await page.getByLabel('Sök bland anordnarna').inputValue(), 'lagret');
    assert.match(await page.locator('.listing-summary').textContent(), new RegExp(`${found.length} av`));
    await visit(page, new URL(page.url()).pathname + new URL(page.url()).search);
    assert.deepEqual(await listedNames(page), found, 'the address shows the same list');
    await page.context().close();
  });

  test('searches with a typo and still finds the provider', async () => {
    const page = await newVisitor(browser, { javaScript: false, viewport: PHONE });
    await visit(page, '/sv/level/ami2');
    await page.getByLabel('Sök bland anordnarna').fill('Jobblotsne');
    await page.getByRole('button', { name: 'Visa anordnare' }).click();
    assert.deepEqual(await listedNames(page), ['Jobblotsen']);
    await page.context().close();
  });
});

describe('a counsellor in a meeting', () => {
  test('shares a link that opens the same list in the same order', async () => {
    const counsellor = await newVisitor(browser);
    await visit(counsellor, '/sv/level/ami2');
    const order = await listedNames(counsellor);
    const shared = await counsellor.getByRole('link', { name: 'Länk till den här listan' }).getAttribute('href');
    assert.match(shared, /seed=/);

    // The citizen's own phone: a new visitor with a different seed of their own.
    const citizen = await newVisitor(browser, { viewport: PHONE });
    await visit(citizen, '/sv/level/ami2');
    await visit(citizen, shared);
    assert.deepEqual(await listedNames(citizen), order);
    await counsellor.context().close();
    await citizen.context().close();
  });

  test('the order says it is random, and A–Ö is there when asked for', async () => {
    const page = await newVisitor(browser, { javaScript: false });
    await visit(page, '/en/level/ami2');
    assert.match(await page.locator('.listing-summary').textContent(), /random order/);
    await page.getByLabel('Order').selectOption('name');
    await page.getByRole('button', { name: 'Show providers' }).click();
    const names = await listedNames(page);
    assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'sv')));
    await page.context().close();
  });
});

describe('profiles and lists pass axe-core', () => {
  for (const locale of ['sv', 'en', 'ar']) {
    for (const path of ['/provider/arbetsmarknadsgruppen', '/provider/cognix?level=ami2', '/level/ami2?seed=a&language=en&meeting_form=digital']) {
      test(`/${locale}${path}`, async () => {
        const page = await newVisitor(browser, { viewport: PHONE });
        await visit(page, `/${locale}${path}`);
        await assertNoHorizontalScroll(page);
        await page.context().close();
      });
    }
  }
  test('an unknown provider is a 404', async () => {
    const page = await newVisitor(browser, { javaScript: false });
    await visit(page, '/sv/provider/nobody', { status: 404 });
    await page.context().close();
  });
});

describe('a counsellor comparing providers', () => {
  test('compares three, shares the comparison and prints it cleanly', async () => {
    const page = await newVisitor(browser, { javaScript: false });
    await visit(page, '/sv/level/ami2');
    const names = (await listedNames(page)).slice(0, 3);
    for (const name of names) {
      await page.getByLabel(`Jämför ${name}`).check();
    }
    await page.getByRole('button', { name: 'Jämför valda anordnare' }).click();
    assert.match(new URL(page.url()).pathname, /^\/sv\/compare$/);
    await visit(page, new URL(page.url()).pathname + new URL(page.url()).search);
    const headers = await page.locator('.compare-table thead th a').allTextContents();
    assert.deepEqual(headers, names);
    assert.ok(await page.locator('.qr-code svg').count() === 1, 'a QR code');

    // On a phone the same comparison is stacked cards with the same fields.
    const phone = await newVisitor(browser, { javaScript: false, viewport: PHONE });
    await visit(phone, new URL(page.url()).pathname + new URL(page.url()).search);
    assert.deepEqual(await phone.locator('.compare-card h2').allTextContents(), names);
    assert.equal(await phone.locator('.compare-table').isVisible(), false);
    await assertNoHorizontalScroll(phone);
    await phone.context().close();

    // Printed: the table, without the site's header and forms.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.compare-table').isVisible(), true);
    assert.equal(await page.locator('.site-header').isVisible(), false);
    await page.context().close();
  });
});

describe('languages while choosing', () => {
  test('switching language keeps the list, its filters and its order', async () => {
    const page = await newVisitor(browser, { javaScript: false, viewport: PHONE });
    await visit(page, '/sv/level/ami2?seed=abc&meeting_form=digital');
    const order = await listedNames(page);
    await page.locator('.language-switcher summary').click();
    await page.getByRole('link', { name: 'العربية' }).click();
    const url = new URL(page.url());
    assert.equal(url.pathname, '/ar/level/ami2');
    assert.equal(url.searchParams.get('seed'), 'abc');
    assert.equal(url.searchParams.get('meeting_form'), 'digital');
    await visit(page, url.pathname + url.search);
    assert.deepEqual(await listedNames(page), order);
    await page.context().close();
  });
});
