// The foundation: pages complete without JavaScript, islands that work once
// hydrated, nine languages (three right-to-left), translated errors, and
// axe-core on every page.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  BASE_URL, LOCALES, PHONE, assertAccessible, launchBrowser, newVisitor, visit, waitForHydration,
} from '../support/browser.js';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

describe('a citizen without JavaScript', () => {
  test('reaches a level page from the start page by plain links', async () => {
    const page = await newVisitor(browser, { javaScript: false, viewport: PHONE });
    await visit(page, '/sv');
    const kundval = await page.locator('main section.kundval h2').allTextContents();
    assert.deepEqual(kundval.map((t) => t.split(' – ')[0]), ['FAI', 'AMI', 'ISA']);
    // The island's button needs JavaScript, so it stays hidden.
    assert.equal(await page.getByRole('button', { name: 'Kopiera länk till sidan' }).count(), 0);

    await page.getByRole('link', { name: /^AMI 2/ }).click();
    assert.equal(new URL(page.url()).pathname, '/sv/level/ami2');
    await visit(page, '/sv/level/ami2');
    assert.match(await page.locator('h1').textContent(), /AMI 2/);
    assert.ok(await page.locator('.provider-card').count() > 0, 'providers are listed');
    await page.context().close();
  });

  test('switches language and stays on the same page', async () => {
    const page = await newVisitor(browser, { javaScript: false });
    await visit(page, '/sv/level/isa1');
    await page.locator('.language-switcher summary').click();
    await page.getByRole('link', { name: 'English' }).click();
    assert.equal(new URL(page.url()).pathname, '/en/level/isa1');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await visit(page, '/en/level/isa1');
    await page.context().close();
  });
});

describe('a counsellor with JavaScript', () => {
  test('copies the page link once the island has hydrated', async () => {
    const page = await newVisitor(browser, { javaScript: true });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
    await visit(page, '/en/level/ami2');
    await waitForHydration(page);
    const button = page.getByRole('button', { name: 'Copy link to this page' });
    await button.waitFor({ state: 'visible' });
    await button.click();
    await page.getByRole('status').filter({ hasText: 'The link is copied.' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(copied.startsWith(`${BASE_URL}/en/level/ami2`), copied);
    await visit(page, '/en');
    assert.deepEqual(page.browserErrors, []);
    await page.context().close();
  });
});

describe('the site icon', () => {
  test('is served at the root, not taken for a language', async () => {
    const page = await newVisitor(browser);
    const response = await page.request.get(`${BASE_URL}/favicon.svg`);
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'], /image\/svg\+xml/);
    await page.context().close();
  });
});

describe('errors', () => {
  for (const [path, heading] of [
    ['/sv/level/nope', 'Sidan finns inte'],
    ['/en/level/nope', 'Page not found'],
    ['/zz/anything', 'Sidan finns inte'],
  ]) {
    test(`${path} is a translated 404 page`, async () => {
      const page = await newVisitor(browser, { javaScript: false });
      await visit(page, path, { status: 404 });
      assert.equal(await page.locator('h1').textContent(), heading);
      await page.context().close();
    });
  }
});

describe('right-to-left languages', () => {
  for (const [slug, lang] of [['ar', 'ar'], ['prs', 'fa-AF'], ['fa', 'fa']]) {
    test(`/${slug} is right-to-left with lang="${lang}"`, async () => {
      const page = await newVisitor(browser, { javaScript: false, viewport: PHONE });
      await visit(page, `/${slug}`);
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      await page.context().close();
    });
  }

  test('an Arabic page is mirrored: the back link sits on the right', async () => {
    const page = await newVisitor(browser, { javaScript: false, viewport: PHONE });
    await visit(page, '/ar/level/ami2');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    const link = await page.locator('.back-link a').boundingBox();
    assert.ok(link.x + link.width / 2 > PHONE.width / 2,
      `the back link's centre is on the right half (x ${link.x}, width ${link.width})`);
    // It starts at the inline start, the right edge of the content.
    const main = await page.locator('main').evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.right - parseFloat(getComputedStyle(el).paddingRight);
    });
    assert.ok(Math.abs(link.x + link.width - main) <= 1,
      `the back link ends at the content's right edge (${link.x + link.width} vs ${main})`);
    // Its chevron points right, and is not mirrored a second time by Unicode.
    const chevron = await page.locator('.back-link a').evaluate((a) => {
      const style = getComputedStyle(a, '::before');
      return { content: style.content, direction: style.direction };
    });
    assert.match(chevron.content, /^"›"/);
    assert.equal(chevron.direction, 'ltr');
    await page.context().close();
  });
});

describe('every page in every language passes axe-core', () => {
  for (const locale of LOCALES) {
    for (const path of ['', '/level/fai1', '/level/ami2', '/level/jpg']) {
      test(`/${locale}${path}`, async () => {
        const page = await newVisitor(browser, { viewport: PHONE });
        await visit(page, `/${locale}${path}`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= PHONE.width, `no horizontal scrolling at 320 px (was ${width})`);
        await page.context().close();
      });
    }
  }
});

describe('the accessibility gate itself', () => {
  test('fails on a page with a WCAG violation', async () => {
    const page = await newVisitor(browser, { javaScript: false });
    await visit(page, '/sv');
    // An image without a text alternative and a link without a name.
    await page.evaluate(() => {
      document.querySelector('main').insertAdjacentHTML('beforeend', '<img src="/favicon.svg"><a href="/sv"></a>');
    });
    await assert.rejects(assertAccessible(page), /image-alt|link-name/);
    await page.context().close();
  });
});
