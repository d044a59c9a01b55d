// The municipality's statistics work in the browser: an administrator
// publishes a year and reads its full figures, uploads a case file and
// watches it import, and sees every problem of a bad file — with and
// without JavaScript, every page checked by axe-core, in all nine languages.

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import {
  ADMIN, ADMIN_PASSWORD, BASE_URL, LOCALES, launchBrowser, newVisitor, visit,
} from '../support/browser.js';

const HEADER = 'case_id,person_id,gender,birth_year,insats,provider_id,start_date,planned_end_date,end_date,end_reason,extensions';

let browser;
let folder;
before(async () => {
  browser = await launchBrowser();
  folder = mkdtempSync(join(tmpdir(), 'jamforaren-e2e-'));
});
after(async () => { await browser?.close(); });

async function signedIn({ javaScript = true } = {}) {
  const page = await newVisitor(browser, { javaScript });
  await page.goto(`${BASE_URL}/sv/login`);
  await page.locator('input[name="username"]').fill(ADMIN);
  await page.locator('input[name="password"]').fill(ADMIN_PASSWORD);
  await page.locator('form.stacked-form button[type="submit"]').click();
  await page.waitForURL(/\/sv\/account/);
  return page;
}

/** A case file of `rows` in the e2e run's year (2025), written to disk. */
function caseFile(name, rows) {
  const path = join(folder, name);
  writeFileSync(path, [HEADER, ...rows].join('\n') + '\n');
  return path;
}

async function upload(page, path) {
  await page.goto(`${BASE_URL}/sv/account/statistics`);
  await page.getByLabel('Ärenden (insatser)').check();
  await page.getByLabel('CSV-fil').setInputFiles(path);
  await page.getByRole('button', { name: 'Ladda upp och importera' }).click();
  await page.waitForURL(/\/sv\/account\/statistics\/imports\/\d+$/);
}

describe('statistics for the municipality', () => {
  test('an administrator publishes a year and reads its full figures', async () => {
    const page = await signedIn();
    await visit(page, '/sv/account/statistics');
    await page.getByLabel('Ett kalenderår').check();
    await page.getByLabel('År', { exact: true }).fill('2023');
    await page.getByRole('button', { name: 'Publicera', exact: true }).click();
    await page.waitForURL(/\/sv\/account\/statistics\/\d+\?done=statistics-published$/);
    await visit(page, new URL(page.url()).pathname + '?done=statistics-published');
    assert.match(await page.locator('.notice--success').textContent(), /Statistiken är publicerad/);
    assert.match(await page.locator('.notice--warning').textContent(), /utan röjandeskydd/);
    assert.equal(await page.locator('text=<5').count(), 0, 'the full figures hide nothing');

    await page.locator('a[href$="/level/jpg"]').first().click();
    await page.waitForURL(/\/level\/jpg$/);
    await visit(page, new URL(page.url()).pathname);
    assert.ok(await page.locator('th', { hasText: 'Omställarna' }).count() > 0);
  });

  test('an uploaded case file imports while the page shows how far it got', async () => {
    const page = await signedIn();
    const file = caseFile('e2e-cases.csv', [
      'e2e-1,e2e-p1,K,1990,AMI2,jobblotsen,2025-02-01,2026-01-31,,,0',
      'e2e-2,e2e-p2,M,1985,FAI1,cognix,2025-01-10,2025-06-30,,,0',
    ]);
    await upload(page, file);
    // The island asks the server and shows the page again when it is done.
    await page.getByText('2 rader är importerade.').waitFor({ timeout: 30_000 });
    await visit(page, new URL(page.url()).pathname);
    assert.match(await page.locator('h1').textContent(), /Import av e2e-cases\.csv/);
  });

  test('without JavaScript a bad file is rejected with every problem and its line', async () => {
    const page = await signedIn({ javaScript: false });
    const file = caseFile('e2e-bad.csv', [
      'e2e-3,e2e-p3,K,1990,AMI2,jobblotsen,2025-02-01,2026-01-31,,,0',
      'e2e-4,e2e-p4,X,19x0,AMI2,nobody,2025-02-01,2026-01-31,,,0',
    ]);
    await upload(page, file);
    // Without the island the reader looks again by following the link.
    for (let i = 0; i < 60 && await page.getByRole('link', { name: 'Visa läget nu' }).count() > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      await page.getByRole('link', { name: 'Visa läget nu' }).click();
    }
    await visit(page, new URL(page.url()).pathname);
    assert.match(await page.locator('[role="alert"]').first().textContent(), /Ingenting är importerat/);
    const problems = await page.locator('table tbody tr').allTextContents();
    assert.ok(problems.some((row) => row.includes('3') && row.includes('gender') && row.includes('K eller M')), problems.join('\n'));
    assert.ok(problems.some((row) => row.includes('nobody')), problems.join('\n'));
  });

  test('the statistics pages for staff pass axe-core in all nine languages', async () => {
    const page = await signedIn();
    await page.goto(`${BASE_URL}/sv/account/statistics`);
    const full = await page.getByRole('link', { name: 'Fullständiga siffror' }).first().getAttribute('href');
    const job = await page.locator('#imports-heading ~ div a').first().getAttribute('href');
    const publication = full.split('/').pop();
    const importId = job.split('/').pop();
    await page.goto(`${BASE_URL}${full}`);
    const level = (await page.locator('a[href*="/account/statistics/"][href*="/level/"]').first().getAttribute('href')).split('/').pop();
    for (const lang of LOCALES) {
      await visit(page, `/${lang}/account/statistics`);
      await visit(page, `/${lang}/account/statistics/${publication}`);
      await visit(page, `/${lang}/account/statistics/${publication}/level/${level}`);
      await visit(page, `/${lang}/account/statistics/imports/${importId}`);
    }
  });
});
