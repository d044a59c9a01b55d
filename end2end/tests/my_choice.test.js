// "My choice" (issue 19 §2): from a profile, the comparison or the level
// page to a page with the chosen provider's contact details and what
// happens next, in the reader's language with the Swedish beside it, that
// prints on one A4 page. axe-core checks every page visited.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  BASE_URL, DESKTOP, LOCALES, PHONE, assertNoHorizontalScroll, launchBrowser, newVisitor, visit,
  waitForHydration,
} from '../support/browser.js';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** The number of pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
function pdfPageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

function pathOf(page) {
  return new URL(page.url()).pathname;
}

describe('a citizen who has chosen', () => {
  test('follows the link from a profile on a phone without JavaScript', async () => {
    const page = await newVisitor(browser, { javaScript: false, viewport: PHONE });
    await visit(page, '/sv/provider/cognix?level=ami2');
    await page.getByRole('link', { name: 'Jag väljer Cognix för AMI 2' }).click();
    assert.equal(pathOf(page), '/sv/level/ami2/my-choice/cognix');
    await visit(page, pathOf(page));
    await assertNoHorizontalScroll(page);
    assert.equal(await page.locator('h1').textContent(), 'Mitt val: AMI 2');
    const sheet = page.locator('.my-choice__sheet');
    assert.equal(await sheet.count(), 1, 'Swedish once');
    assert.match(await sheet.locator('h2').first().textContent(), /Jag har valt Cognix för AMI 2/);
    assert.equal(await sheet.getByRole('link', { name: '070-000 00 13' }).count(), 1);
    assert.equal(await sheet.getByRole('link', { name: 'info@cognix.example' }).count(), 1);
    assert.match(await sheet.locator('.next-steps').textContent(), /Dag 3–14/);
    assert.equal(await page.locator('.qr-code svg').count(), 1, 'a QR code');
    // No dead buttons: copying and printing need JavaScript.
    assert.equal(await page.getByRole('button').count(), 0);
    await page.context().close();
  });

  test('comes from the comparison, and from the level page for the default provider', async () => {
    const page = await newVisitor(browser, { javaScript: false, viewport: DESKTOP });
    await visit(page, '/sv/compare?level=ami2&p=cognix&p=jobblotsen');
    await page.getByRole('link', { name: 'Jag väljer Jobblotsen för AMI 2' }).click();
    assert.equal(pathOf(page), '/sv/level/ami2/my-choice/jobblotsen');

    await visit(page, '/sv/level/ami1');
    const named = await page.locator('.default-provider p').first().textContent();
    await page.getByRole('link', { name: 'Jag vill ha förvalsanordnaren' }).click();
    assert.equal(pathOf(page), '/sv/level/ami1/my-choice');
    await visit(page, pathOf(page));
    const provider = await page.locator('.my-choice__sheet h3').first().textContent();
    assert.ok(named.includes(provider), `${provider} is the default the level page names`);
    await page.context().close();
  });
});

describe('the page in the reader\'s language with the Swedish beside it', () => {
  for (const locale of ['sv', 'ar', 'ti']) {
    for (const javaScript of [false, true]) {
      test(`/${locale} at 320 px passes axe-core (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
        const page = await newVisitor(browser, { javaScript, viewport: PHONE });
        for (const path of [`/${locale}/level/ami2/my-choice/cognix`, `/${locale}/level/isa1/my-choice`]) {
          await visit(page, path);
          await assertNoHorizontalScroll(page);
          if (javaScript) {
            await waitForHydration(page);
            assert.equal(await page.locator('.my-choice__share button').count(), 2, 'copy and print');
          }
        }
        await page.context().close();
      });
    }
  }

  test('in Arabic: the reader\'s column right to left, the Swedish left to right', async () => {
    const page = await newVisitor(browser, { javaScript: false, viewport: DESKTOP });
    await visit(page, '/ar/level/ami2/my-choice/cognix');
    const columns = await page.locator('.my-choice__sheet').evaluateAll((sheets) => sheets.map((s) => ({
      lang: s.lang, dir: getComputedStyle(s).direction, left: s.getBoundingClientRect().left,
    })));
    assert.deepEqual(columns.map(({ lang, dir }) => [lang, dir]), [['ar', 'rtl'], ['sv', 'ltr']]);
    assert.ok(columns[0].left > columns[1].left, 'side by side, Arabic on the right');
    const phone = page.locator('.my-choice__sheet').first().getByRole('link', { name: '070-000 00 13' });
    assert.equal(await phone.evaluate((a) => getComputedStyle(a).direction), 'ltr');
    await page.context().close();
  });
});

describe('"my choice" prints on one A4 page', () => {
  test('in every language, both columns side by side', async () => {
    const page = await newVisitor(browser, { javaScript: false });
    for (const locale of LOCALES) {
      for (const path of [`/${locale}/level/ami2/my-choice/arbetsmarknadsgruppen`, `/${locale}/level/fai1/my-choice`]) {
        await page.goto(BASE_URL + path);
        const pdf = await page.pdf({ format: 'A4' });
        assert.equal(pdfPageCount(pdf), 1, `${path} prints on one page`);
      }
    }
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${BASE_URL}/ti/level/ami2/my-choice/back-to-future`);
    const tops = await page.locator('.my-choice__sheet').evaluateAll(
      (sheets) => sheets.map((s) => Math.round(s.getBoundingClientRect().top)));
    assert.equal(tops.length, 2);
    assert.equal(tops[0], tops[1], 'the Swedish beside, not below');
    for (const selector of ['.site-header', '.language-switcher', '.back-link', '.share__tools', '.site-footer']) {
      const shown = await page.locator(selector).evaluateAll(
        (elements) => elements.some((el) => el.getClientRects().length > 0));
      assert.equal(shown, false, `${selector} is not printed`);
    }
    assert.equal(await page.locator('.qr-code').isVisible(), true, 'the code to open it at home');
    await page.context().close();
  });
});

describe('a choice that cannot be made', () => {
  test('is the translated 404', async () => {
    const page = await newVisitor(browser, { javaScript: false });
    await visit(page, '/sv/level/ami1/my-choice/cognix', { status: 404 });
    assert.equal(await page.locator('h1').textContent(), 'Sidan finns inte');
    await visit(page, '/ar/level/nope/my-choice', { status: 404 });
    await page.context().close();
  });
});
