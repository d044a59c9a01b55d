// The browser harness: Debian's Chromium driven by playwright-core, and an
// axe-core WCAG 2.x A/AA check on every page a test visits.

import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = require('node:fs').readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:3000';

export const PHONE = { width: 320, height: 640 };

/** Every locale the portal speaks, Swedish first. */
export const LOCALES = ['sv', 'lattlast', 'en', 'ar', 'prs', 'fa', 'so', 'ti', 'ru'];

/** The administrator the test run made (scripts/test.sh). */
export const ADMIN = process.env.E2E_ADMIN_USERNAME ?? 'e2e.admin';
export const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? 'e2e admin passphrase';
export const DESKTOP = { width: 1280, height: 900 };

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** A fresh browser context: a new visitor, with or without JavaScript. */
export async function newVisitor(browser, { javaScript = true, viewport = DESKTOP, locale = 'sv-SE' } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport, locale });
  context.javaScriptEnabled = javaScript;
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.browserErrors = errors;
  return page;
}

/** The page's path and query, as a link or a form led there. */
export function addressOf(page) {
  const url = new URL(page.url());
  return url.pathname + url.search;
}

/** Fails when the page is wider than a 320 px phone. */
export async function assertNoHorizontalScroll(page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `no horizontal scrolling at 320 px (was ${width})`);
}

/** Opens a path and checks it passes axe-core; returns the response. */
export async function visit(page, path, { status = 200 } = {}) {
  const response = await page.goto(BASE_URL + path);
  assert.equal(response.status(), status, `status of ${path}`);
  await assertAccessible(page);
  assertNoPolicyViolations(page);
  return response;
}

/** Fails when the Content-Security-Policy blocked anything on the page. */
export function assertNoPolicyViolations(page) {
  const blocked = (page.browserErrors ?? []).filter((e) => /Content Security Policy/i.test(e));
  assert.deepEqual(blocked, [], `CSP violations on ${page.url()}`);
}

/** Fails on any WCAG 2.0–2.2 level A or AA violation axe-core finds. */
export async function assertAccessible(page) {
  // axe needs JavaScript. For a visitor without it, axe checks the very same
  // HTML in a scratch page whose own scripts and wasm are blocked.
  let target = page;
  if (!page.context().javaScriptEnabled) {
    const html = await page.content();
    const scratchContext = await page.context().browser().newContext({ viewport: page.viewportSize() });
    target = await scratchContext.newPage();
    await target.route(/\.(js|wasm)$/, (route) => route.abort());
    await target.goto(page.url());
    await target.setContent(html, { waitUntil: 'load' });
  }
  try {
    // Evaluated through the DevTools protocol, not as an inline <script>:
    // the portal's Content-Security-Policy rightly refuses those.
    await target.evaluate(axeSource);
    const result = await target.evaluate(() => window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }));
    const violations = result.violations.map((v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
    assert.deepEqual(violations, [], `axe-core on ${page.url()}`);
  } finally {
    if (target !== page) await target.context().close();
  }
}

/** Waits until the islands have hydrated (the hydration script has run). */
export async function waitForHydration(page) {
  await page.waitForFunction(() => window.__hydrateIsland !== undefined);
}
