// The meeting view (issue 19 §3): a level, a profile, a comparison, a fact
// sheet and a "my choice" page with Swedish beside the citizen's language,
// row by row. A counsellor's journey in sv + ar and sv + so, one language at
// a time on a phone (switching keeps the place, without JavaScript), paper
// in both languages, and axe-core in every pair.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  BASE_URL, DESKTOP, LOCALES, PHONE, addressOf, assertAccessible, assertNoHorizontalScroll,
  launchBrowser, newVisitor, visit, waitForHydration,
} from '../support/browser.js';

const HTML_LANG = { lattlast: 'sv', prs: 'fa-AF' };
const RIGHT_TO_LEFT = ['ar', 'prs', 'fa'];

/** One page of each kind that has a meeting view. */
const PAGES = [
  '/level/ami2?seed=meeting',
  '/provider/cognix?level=ami2',
  '/compare?p=cognix&p=jobblotsen&level=ami2',
  '/fact-sheet/ami2',
  '/level/ami2/my-choice/cognix',
];

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

function withMeeting(path, locale) {
  return `${path}${path.includes('?') ? '&' : '?'}meeting=${locale}`;
}

/** Every row: Swedish on the left, `second` on the right in its own
 * language and direction, both starting at the same height. */
async function assertRowsAligned(page, second) {
  const rows = await page.locator('.meeting__row').evaluateAll((rows) => rows.map((row) => {
    const [swedish, other] = [...row.children].map((cell) => ({
      top: Math.round(cell.getBoundingClientRect().top),
      left: cell.getBoundingClientRect().left,
      lang: cell.lang,
      dir: getComputedStyle(cell).direction,
    }));
    return { swedish, other, cells: row.children.length };
  }));
  assert.ok(rows.length >= 4, `${page.url()}: ${rows.length} rows`);
  for (const { swedish, other, cells } of rows) {
    assert.equal(cells, 2);
    assert.deepEqual([swedish.lang, swedish.dir], ['sv', 'ltr']);
    assert.deepEqual([other.lang, other.dir],
      [HTML_LANG[second] ?? second, RIGHT_TO_LEFT.includes(second) ? 'rtl' : 'ltr']);
    assert.equal(swedish.top, other.top, 'each part beside its translation');
    assert.ok(swedish.left < other.left, 'Swedish on the left');
  }
}

describe('a counsellor and a citizen in a meeting', () => {
  for (const second of ['ar', 'so']) {
    test(`sv + ${second}: from the list to the profile and "my choice", without JavaScript`, async () => {
      const page = await newVisitor(browser, { javaScript: false, viewport: DESKTOP });
      await visit(page, '/sv/level/ami2?seed=meeting');
      const order = await page.locator('.provider-card__name').allTextContents();

      await page.locator('.meeting-offer summary').click();
      await page.locator(`.meeting-offer a[href$="meeting=${second}"]`).click();
      assert.equal(addressOf(page), `/sv/level/ami2?seed=meeting&meeting=${second}`);
      await visit(page, addressOf(page));
      await assertRowsAligned(page, second);
      // The same list in the same order, in both columns.
      for (const column of ['first', 'second']) {
        assert.deepEqual(
          await page.locator(`.meeting__cell--${column} .provider-card__name`).allTextContents(), order);
      }

      // The citizen points at a provider in their own column.
      await page.locator('.meeting__cell--second .provider-card__name a', { hasText: 'Cognix' }).click();
      assert.equal(addressOf(page), `/sv/provider/cognix?level=ami2&meeting=${second}`);
      await visit(page, addressOf(page));
      await assertRowsAligned(page, second);
      const phone = page.locator('.meeting__cell--second').getByRole('link', { name: '070-000 00 13' });
      assert.equal(await phone.evaluate((a) => getComputedStyle(a).direction), 'ltr');

      // …and chooses it.
      await page.locator('.meeting__cell--second a[href*="/level/ami2/my-choice/cognix"]').click();
      assert.equal(addressOf(page), `/sv/level/ami2/my-choice/cognix?meeting=${second}`);
      await visit(page, addressOf(page));
      await assertRowsAligned(page, second);
      assert.equal(await page.locator('.meeting__cell .next-steps').count(), 2, 'next steps in both');

      // On paper: both languages side by side, without the tools.
      await page.emulateMedia({ media: 'print' });
      await assertRowsAligned(page, second);
      for (const selector of ['.meeting-bar', '.meeting-switch', '.site-header', '.site-footer']) {
        const shown = await page.locator(selector).evaluateAll(
          (elements) => elements.some((el) => el.getClientRects().length > 0));
        assert.equal(shown, false, `${selector} is not printed`);
      }
      const pdf = await page.pdf({ format: 'A4' });
      assert.ok(pdf.length > 1000, 'prints');
      await page.context().close();
    });
  }

  test('the comparison and the fact sheet carry over, and leave to one language', async () => {
    const page = await newVisitor(browser, { javaScript: false, viewport: DESKTOP });
    await visit(page, '/sv/compare?p=jobblotsen&p=cognix&level=ami2');
    await page.locator('.meeting-offer summary').click();
    await page.locator('.meeting-offer a[href$="meeting=ti"]').click();
    await visit(page, addressOf(page));
    await assertRowsAligned(page, 'ti');
    const names = await page.locator('.meeting__cell--first h2 a').allTextContents();
    assert.deepEqual(names, ['Jobblotsen', 'Cognix'], 'the shortlist in its order');
    // The citizen's language alone: the heading of its column.
    await page.locator('.meeting__language a', { hasText: 'ትግርኛ' }).click();
    assert.equal(addressOf(page), '/ti/compare?p=jobblotsen&p=cognix&level=ami2');

    await visit(page, '/ar/fact-sheet/ami2');
    await page.locator('.meeting-offer summary').click();
    await page.locator('.meeting-offer a[href$="meeting=ar"]').click();
    assert.equal(addressOf(page), '/ar/fact-sheet/ami2?meeting=ar');
    await visit(page, addressOf(page));
    // The page around is Arabic, the columns still stand Swedish first.
    await assertRowsAligned(page, 'ar');
    await page.context().close();
  });
});

describe('on paper', () => {
  test('every page kind prints both languages side by side, nothing cut', async () => {
    // An A4 page's width at 96 dpi.
    const page = await newVisitor(browser, { javaScript: false, viewport: { width: 794, height: 1123 } });
    await page.emulateMedia({ media: 'print' });
    for (const second of ['ar', 'so']) {
      for (const path of PAGES) {
        await page.goto(`${BASE_URL}/sv${withMeeting(path, second)}`);
        await assertRowsAligned(page, second);
        const cut = await page.locator('.meeting__cell').evaluateAll((cells) => cells
          .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
          .map((cell) => cell.textContent.slice(0, 40)));
        assert.deepEqual(cut, [], `${path} with ${second}: cells wider than their column`);
        const pdf = await page.pdf({ format: 'A4' });
        assert.ok(pdf.length > 1000);
      }
    }
    await page.context().close();
  });
});

describe('on a phone', () => {
  test('one language at a time; switching keeps the place, without JavaScript', async () => {
    const page = await newVisitor(browser, { javaScript: false, viewport: PHONE });
    await visit(page, `/sv${withMeeting('/provider/cognix?level=ami2', 'ar')}`);
    await assertNoHorizontalScroll(page);
    const row = page.locator('.meeting__row').nth(9);
    const [swedish, arabic] = [row.locator('.meeting__cell--first'), row.locator('.meeting__cell--second')];
    assert.deepEqual([await swedish.isVisible(), await arabic.isVisible()], [true, false]);
    await row.evaluate((r) => r.scrollIntoView({ block: 'center' }));
    const before = await row.evaluate((r) => Math.round(r.getBoundingClientRect().top));
    await page.locator('.meeting-switch label[for="meeting-show-second"]').click();
    assert.deepEqual([await swedish.isVisible(), await arabic.isVisible()], [false, true]);
    const after = await row.evaluate((r) => Math.round(r.getBoundingClientRect().top));
    assert.equal(after, before, 'the same place');
    await page.locator('.meeting-switch label[for="meeting-show-first"]').click();
    assert.deepEqual([await swedish.isVisible(), await arabic.isVisible()], [true, false]);
    await page.context().close();
  });

  test('the citizen\'s language shown passes axe-core too (JavaScript on)', async () => {
    const page = await newVisitor(browser, { javaScript: true, viewport: PHONE });
    for (const second of ['ar', 'ti']) {
      for (const path of PAGES) {
        await visit(page, `/sv${withMeeting(path, second)}`);
        await waitForHydration(page);
        await page.locator('.meeting-switch label[for="meeting-show-second"]').click();
        await assertAccessible(page);
        await assertNoHorizontalScroll(page);
      }
    }
    await page.context().close();
  });
});

describe('every pair passes axe-core', () => {
  for (const second of LOCALES.filter((locale) => locale !== 'sv')) {
    test(`sv + ${second}: every page kind at 320 px without JavaScript, and wide`, async () => {
      const phone = await newVisitor(browser, { javaScript: false, viewport: PHONE });
      const wide = await newVisitor(browser, { javaScript: true, viewport: DESKTOP });
      for (const path of PAGES) {
        await visit(phone, `/sv${withMeeting(path, second)}`);
        await assertNoHorizontalScroll(phone);
        await visit(wide, `/${second}${withMeeting(path, second)}`);
        await assertRowsAligned(wide, second);
      }
      await phone.context().close();
      await wide.context().close();
    });
  }
});

describe('a language the portal does not have', () => {
  test('shows the page in one language and says so', async () => {
    const page = await newVisitor(browser, { javaScript: false, viewport: PHONE });
    for (const value of ['klingon', 'sv']) {
      await visit(page, `/sv/fact-sheet/ami2?meeting=${value}`);
      assert.equal(await page.locator('.meeting__row').count(), 0);
      assert.match(await page.locator('main .notice').first().textContent(), /Mötesvyn behöver ett annat språk än svenska/);
    }
    await page.context().close();
  });
});
