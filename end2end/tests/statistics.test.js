// Published statistics: a citizen reads an intervention's and a provider's
// figures on a phone, with JavaScript or without; a provider's profile shows
// its key figures beside all providers'; every statistics page passes
// axe-core in every language, at 320 px, right to left too.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  BASE_URL, LOCALES, PHONE, assertNoHorizontalScroll, launchBrowser, newVisitor, visit,
} from '../support/browser.js';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

// A word wider than its table cell was broken in the middle (a header such
// as "Genomsnittligt" read as "Genomsnittl / igt" on a phone).
async function assertNoWordBrokenInTables(page) {
  const broken = await page.evaluate(() => {
    const canvas = document.createElement('canvas').getContext('2d');
    const found = [];
    for (const cell of document.querySelectorAll('.stats-table th, .stats-table td')) {
      const style = getComputedStyle(cell);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = cell.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
      // A line may end after a hyphen or dash between letters ("kund-index"),
      // never inside a number range ("25–39").
      // What is drawn: words only a screen reader hears take no room.
      const drawn = cell.cloneNode(true);
      for (const unseen of drawn.querySelectorAll('.visually-hidden')) unseen.remove();
      for (const word of drawn.textContent.split(/\s+|(?<=\p{L}[-–])/u)) {
        if (word && canvas.measureText(word).width > room + 1) found.push(`${word} (${cell.clientWidth}px)`);
      }
    }
    return found;
  });
  assert.deepEqual(broken, [], 'every word of a table cell fits on its line');
}

// A chart's label ran past the chart's edge on a phone and was cut off
// ("Förstärkt jobbpeng (upphörde 30 juni 2024)", and more in Russian).
async function assertChartTextsInside(page) {
  const outside = await page.evaluate(() => {
    const found = [];
    for (const svg of document.querySelectorAll('.stats-chart svg')) {
      const width = svg.viewBox.baseVal.width;
      for (const text of svg.querySelectorAll('text')) {
        const box = text.getBBox();
        // A bold glyph may overhang its origin by a pixel.
        if (box.x < -2 || box.x + box.width > width + 2) found.push(text.textContent);
      }
    }
    return found;
  });
  assert.deepEqual(outside, [], 'every word of a chart lies within the chart');
}

describe('a citizen reading the statistics', () => {
  for (const javaScript of [false, true]) {
    test(`goes from a level to its statistics and a provider's (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const page = await newVisitor(browser, { javaScript, viewport: PHONE });
      await visit(page, '/sv/level/ami2');
      await page.getByRole('link', { name: 'Statistik för AMI 2' }).click();
      assert.equal(new URL(page.url()).pathname, '/sv/statistics/level/ami2');
      await visit(page, new URL(page.url()).pathname);
      await assertNoHorizontalScroll(page);
      assert.match(await page.locator('h1').textContent(), /AMI 2/);
      // Every table says where its figures come from, for which period.
      const sources = await page.locator('.stats-source').allTextContents();
      assert.ok(sources.length > 5);
      assert.ok(sources.every((s) => /Period: 2024\. Uppdaterad \d{1,2} \p{L}+ \d{4}\./u.test(s)), sources[0]);
      // Small counts are hidden ("<5" or "..") and the page says why.
      assert.ok(await page.locator('td', { hasText: /<5|\.\./ }).count() > 0);
      await page.getByRole('heading', { name: 'Därför visas inte alla siffror' }).waitFor();
      // The chart has a text alternative naming every bar.
      const chart = page.getByRole('img', { name: /Andel avslutade till egen försörjning/ });
      assert.equal(await chart.count(), 1);

      await page.getByRole('link', { name: 'Arbetsmarknadsgruppen' }).first().click();
      assert.match(new URL(page.url()).pathname, /^\/sv\/statistics\/provider\/arbetsmarknadsgruppen$/);
      await visit(page, new URL(page.url()).pathname + new URL(page.url()).search);
      await assertNoHorizontalScroll(page);
      assert.equal(await page.locator('h1').textContent(), 'Statistik för Arbetsmarknadsgruppen');
      await page.context().close();
    });
  }

  test('chooses an earlier period without JavaScript', async () => {
    const page = await newVisitor(browser, { javaScript: false, viewport: PHONE });
    await visit(page, '/sv/statistics');
    await page.getByLabel('Välj period').selectOption('2023');
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    assert.equal(new URL(page.url()).search, '?period=2023');
    await visit(page, '/sv/statistics?period=2023');
    // 000 §12.1: 239 cases in 2023.
    assert.ok(await page.getByText('239', { exact: true }).count() > 0);
    await page.context().close();
  });
});

describe('a provider profile', () => {
  test('shows its key figures next to the average of all providers of the level', async () => {
    const page = await newVisitor(browser, { javaScript: false, viewport: PHONE });
    await visit(page, '/sv/provider/arbetsmarknadsgruppen?level=ami1');
    const results = page.locator('.profile-results');
    await results.getByRole('heading', { name: 'Resultat' }).waitFor();
    const table = results.locator('table', { hasText: 'AMI 1' }).first();
    const heads = await table.locator('thead th').allTextContents();
    assert.deepEqual(heads.slice(1), ['Arbetsmarknadsgruppen', 'Alla anordnare']);
    const row = table.locator('tr', { hasText: 'Avslutade till egen försörjning' });
    const cells = await row.locator('td').allTextContents();
    assert.equal(cells.length, 2);
    // A share with its likely range, or why it is hidden in words: never
    // symbols inside symbols such as "visas ej (<5 av <5)".
    for (const cell of cells) {
      assert.match(cell, /troligen \d+\u2060–\u2060\d+ %|För få kunder|Visas inte|Inga kunder/);
      assert.doesNotMatch(cell, /visas ej \(/);
    }
    assert.match(await results.locator('.stats-source').first().textContent(), /Period: 2024/);
    await assertNoHorizontalScroll(page);
    await assertNoWordBrokenInTables(page);
    await page.context().close();
  });
});

describe('open data', () => {
  test('the documentation page links the files, and the files download', async () => {
    const page = await newVisitor(browser, { javaScript: false });
    await visit(page, '/en/open-data');
    const csv = await page.getByRole('link', { name: 'CSV for 2023' }).first().getAttribute('href');
    assert.equal(csv, '/open-data/statistics/2023.csv');
    const response = await page.request.get(BASE_URL + csv);
    assert.equal(response.status(), 200);
    assert.match(await response.text(), /^period_from,period_to,published_at,level/);
    await page.context().close();
  });
});

describe('every statistics page in every language passes axe-core', () => {
  for (const locale of LOCALES) {
    // ami2 in 2023 and eductus in 2024: a period the picker offers in
    // which the level or provider did not exist (issue 21).
    for (const path of ['/statistics', '/statistics/how-to-read', '/statistics/level/ami2', '/statistics/level/ami2?period=2023',
      '/statistics/provider/cognix', '/statistics/provider/eductus?period=2024', '/open-data']) {
      test(`/${locale}${path}`, async () => {
        const page = await newVisitor(browser, { viewport: PHONE });
        await visit(page, `/${locale}${path}`);
        await assertNoHorizontalScroll(page);
        await assertNoWordBrokenInTables(page);
        await assertChartTextsInside(page);
        await page.context().close();
      });
    }
  }
});
