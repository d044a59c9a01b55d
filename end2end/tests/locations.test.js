// Where the providers are (issue 19 §4): a citizen picks where they start
// from, reads how far each provider is, lists the nearest first as their
// own choice, and finds the same points on the portal's own map and in the
// list beside it — without JavaScript, on a 320 px phone, right to left,
// with the keyboard, and axe-clean in every locale.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  ADMIN, ADMIN_PASSWORD, BASE_URL, DESKTOP, LOCALES, PHONE, addressOf, assertAccessible,
  assertNoHorizontalScroll, launchBrowser, newVisitor, visit, waitForHydration,
} from '../support/browser.js';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** The kilometres each card states, in the list's order; none for "no address". */
async function cardKilometres(page) {
  const texts = await page.locator('.provider-card .distance').allTextContents();
  return texts.map((text) => {
    const digits = text.match(/\d+/);
    return digits ? Number(digits[0]) : Infinity;
  });
}

describe('a citizen who starts from a place', () => {
  test('on a phone in Arabic, without JavaScript: distances, nearest first, the map and the profile', async () => {
    const page = await newVisitor(browser, { javaScript: false, viewport: PHONE, locale: 'ar' });
    await visit(page, '/ar/level/ami2?seed=walk');
    const randomOrder = await page.locator('.provider-card__name').allTextContents();
    assert.equal(await page.locator('.provider-card .distance').count(), 0, 'no place, no distances');

    await page.locator('#from-select').selectOption('fisksatra');
    await page.locator('form.filters button[type=submit]').click();
    assert.match(addressOf(page), /from=fisksatra/);
    assert.deepEqual(await page.locator('.provider-card__name').allTextContents(), randomOrder,
      'a start place alone keeps the random order');
    assert.equal(await page.locator('.provider-card .distance').count(), randomOrder.length);

    await page.locator('#order-select').selectOption('distance');
    await page.locator('form.filters button[type=submit]').click();
    assert.match(addressOf(page), /order=distance/);
    assert.match(addressOf(page), /from=fisksatra/);
    const [first] = await page.locator('.provider-card .distance').allTextContents();
    assert.ok(first.includes('Fisksätra'), first);
    await assertNoHorizontalScroll(page);
    await assertAccessible(page);

    // The map fits the phone, and its list is the same providers in order.
    const map = page.locator('svg.map');
    const box = await map.boundingBox();
    assert.ok(box.width <= PHONE.width && box.width > 200, `map width ${box.width}`);
    assert.equal(await map.getAttribute('role'), 'img');
    const mapped = await page.locator('.provider-map__providers > li > a').allTextContents();
    assert.deepEqual(mapped, await page.locator('.provider-card__name').allTextContents());

    // With the keyboard from the map's list to a profile, the place kept.
    const link = page.locator('.provider-map__providers > li > a').first();
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ar\/provider\//);
    assert.match(addressOf(page), /from=fisksatra/);
    assert.ok((await page.locator('.visiting-addresses').textContent()).includes('Fisksätra'));
    await assertNoHorizontalScroll(page);
    await assertAccessible(page);
    await page.context().close();
  });

  test('with JavaScript the list follows the start place in place, and the address too', async () => {
    const page = await newVisitor(browser, { viewport: DESKTOP });
    await visit(page, '/sv/level/ami1?seed=live');
    await waitForHydration(page);
    await page.locator('#order-select').selectOption('distance');
    await page.locator('#from-select').selectOption('saltsjobaden-station');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('from') === 'saltsjobaden-station');
    await page.waitForFunction(() => document.querySelectorAll('.provider-card .distance').length > 0);
    const kilometres = await cardKilometres(page);
    const sorted = [...kilometres].sort((a, b) => a - b);
    assert.deepEqual(kilometres, sorted, 'nearest first');
    assert.ok(await page.locator('.map-place--start').count() === 1, 'the start place is on the map');
    // Another language and the meeting view keep the start place too.
    const english = await page.locator('.language-switcher a[hreflang="en"]').getAttribute('href');
    assert.match(english, /from=saltsjobaden-station/);
    const meeting = await page.locator('.meeting-offer a').first().getAttribute('href');
    assert.match(meeting, /from=saltsjobaden-station/);
    await page.context().close();
  });
});

describe('every locale', () => {
  for (const locale of LOCALES) {
    test(`${locale}: the list from a start place, its map and a profile pass axe, also at 320 px`, async () => {
      for (const viewport of [DESKTOP, PHONE]) {
        const page = await newVisitor(browser, { javaScript: false, viewport });
        await visit(page, `/${locale}/level/ami2?seed=axe&from=nacka&order=distance`);
        assert.equal(await page.locator('svg.map .map-provider').count() > 0, true);
        await assertAccessible(page);
        if (viewport === PHONE) await assertNoHorizontalScroll(page);
        await visit(page, `/${locale}/provider/omstallarna?level=ami2&from=nacka`);
        await assertAccessible(page);
        if (viewport === PHONE) await assertNoHorizontalScroll(page);
        await page.context().close();
      }
    });
  }
});

describe('staff correct a point', () => {
  test('an administrator corrects a provider\'s coordinates, told plainly what was wrong first', async () => {
    const admin = await newVisitor(browser, { javaScript: false, viewport: PHONE });
    await admin.goto(`${BASE_URL}/sv/login`);
    await admin.locator('input[name="username"]').fill(ADMIN);
    await admin.locator('input[name="password"]').fill(ADMIN_PASSWORD);
    await admin.locator('form.stacked-form button[type="submit"]').click();
    await admin.waitForURL(/\/sv\/account/);

    await visit(admin, '/sv/account/providers');
    await admin.getByRole('link', { name: /Rätta besöksadresserna för MISA/ }).click();
    await admin.waitForURL(/\/account\/providers\/misa\/addresses$/);
    await assertAccessible(admin);
    await assertNoHorizontalScroll(admin);

    // Latitude and longitude swapped: the reason, the field, and nothing published.
    await admin.locator('#field-address-1-coordinates').fill('18.25, 59.31667');
    await admin.locator('form.stacked-form button[type="submit"]').click();
    const summary = admin.locator('.error-summary');
    assert.match(await summary.textContent(), /Besöksadress 1: koordinaterna är inte en plats i Sverige/);
    assert.equal(await admin.locator('#field-address-1-coordinates').inputValue(), '18.25, 59.31667');
    await assertAccessible(admin);

    // In Arabic the postcode and the coordinates still read left to right.
    await visit(admin, '/ar/account/providers/misa/addresses');
    for (const field of ['#field-address-1-postal_code', '#field-address-1-coordinates']) {
      assert.equal(await admin.locator(field).evaluate((input) => getComputedStyle(input).direction), 'ltr');
    }
    await visit(admin, '/sv/account/providers/misa/addresses');
    await admin.locator('#field-address-1-street_address').fill('Rättelsevägen 7');
    await admin.locator('#field-address-1-coordinates').fill('59.31667, 18.25');
    await admin.locator('form.stacked-form button[type="submit"]').click();
    await admin.waitForURL(/done=addresses-corrected/);
    assert.match(await admin.locator('.notice--success').textContent(), /Besöksadresserna är rättade/);

    const citizen = await newVisitor(browser, { javaScript: false, viewport: PHONE });
    await visit(citizen, '/sv/provider/misa?from=boo');
    const listed = await citizen.locator('.visiting-addresses').textContent();
    assert.match(listed, /Rättelsevägen 7/);
    assert.match(listed, /Mindre än 1 km från Boo fågelvägen/);
    await citizen.context().close();
    await admin.context().close();
  });
});
