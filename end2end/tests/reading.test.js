// Reading: the fact sheets (one per intervention, easy to read, in every
// language, one A4 page each, read aloud where the browser has a voice) and
// the accessibility statement, reached from every page.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  BASE_URL, LOCALES, PHONE, launchBrowser, newVisitor, visit, waitForHydration,
} from '../support/browser.js';

const SHEETS = ['fai1', 'fai2', 'ami1', 'ami2', 'isa1', 'isa2', 'jpg', 'fjp', 'sai'];

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** The number of pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
function pdfPageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

describe('a citizen without JavaScript', () => {
  test('goes from a level to its fact sheet, and finds every sheet in the index', async () => {
    const page = await newVisitor(browser, { javaScript: false, viewport: PHONE });
    await visit(page, '/sv/level/ami2');
    await page.getByRole('link', { name: 'Läs faktabladet om AMI 2' }).click();
    assert.equal(new URL(page.url()).pathname, '/sv/fact-sheet/ami2');
    await visit(page, '/sv/fact-sheet/ami2');
    assert.equal(await page.locator('h1').textContent(), 'Faktablad om AMI 2');
    const headings = await page.locator('main h2').allTextContents();
    assert.deepEqual(headings, [
      'Vad är det?', 'Vem är det för?', 'Hur länge?', 'Vad händer?', 'Vad är målet?',
      'Dina rättigheter', 'Vem kan du fråga?', 'När du har valt',
    ]);
    // No dead buttons: reading aloud and printing need JavaScript.
    assert.equal(await page.getByRole('button').count(), 0);

    await page.getByRole('link', { name: 'Alla faktablad' }).click();
    assert.equal(new URL(page.url()).pathname, '/sv/fact-sheets');
    const links = await page.locator('main .sheet-index__list a').evaluateAll(
      (anchors) => anchors.map((a) => new URL(a.href).pathname));
    assert.deepEqual(links, SHEETS.map((code) => `/sv/fact-sheet/${code}`));
    await page.context().close();
  });

  test('finds the fact sheets and the accessibility statement in every footer', async () => {
    const page = await newVisitor(browser, { javaScript: false });
    for (const path of ['/en', '/en/level/isa1', '/en/provider/cognix', '/en/fact-sheet/isa1']) {
      await page.goto(BASE_URL + path);
      const footer = page.locator('footer');
      assert.equal(await footer.getByRole('link', { name: 'Fact sheets about the interventions' }).count(), 1, path);
      assert.equal(await footer.getByRole('link', { name: 'Accessibility statement' }).count(), 1, path);
    }
    await page.locator('footer').getByRole('link', { name: 'Accessibility statement' }).click();
    await visit(page, '/en/accessibility');
    assert.match(await page.locator('main').textContent(), /partially complies/);
    const digg = page.getByRole('link', { name: 'Report a lack of accessibility to Digg' });
    assert.equal(await digg.getAttribute('href'), 'https://www.digg.se/tdosanmalan');
    await page.context().close();
  });
});

describe('a fact sheet prints as one clean A4 page', () => {
  for (const locale of LOCALES) {
    test(`every fact sheet in /${locale}`, async () => {
      const page = await newVisitor(browser, { javaScript: false });
      for (const code of SHEETS) {
        await page.goto(`${BASE_URL}/${locale}/fact-sheet/${code}`);
        const pdf = await page.pdf({ format: 'A4' });
        assert.equal(pdfPageCount(pdf), 1, `/${locale}/fact-sheet/${code} prints on one page`);
      }
      // Clean: no navigation, language switcher, buttons or links to follow.
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.site-header', '.language-switcher', '.back-link', '.fact-sheet__tools',
        '.fact-sheet__providers', '.site-footer']) {
        const shown = await page.locator(selector).evaluateAll(
          (elements) => elements.some((el) => el.getClientRects().length > 0));
        assert.equal(shown, false, `${selector} is not printed`);
      }
      await page.context().close();
    });
  }

  test('the page count is real: a long page prints on more than one', async () => {
    const page = await newVisitor(browser, { javaScript: false });
    await page.goto(`${BASE_URL}/sv/fact-sheet/ami2`);
    await page.evaluate(() => {
      const parts = document.querySelector('.fact-sheet__parts');
      parts.insertAdjacentHTML('beforeend', parts.innerHTML.repeat(3));
    });
    assert.ok(pdfPageCount(await page.pdf({ format: 'A4' })) > 1);
    await page.context().close();
  });
});

describe('read aloud', () => {
  test('is absent without JavaScript', async () => {
    const page = await newVisitor(browser, { javaScript: false });
    await visit(page, '/sv/fact-sheet/fai1');
    assert.equal(await page.getByRole('button', { name: 'Läs upp' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Skriv ut' }).count(), 0);
    await page.context().close();
  });

  test('is absent when the browser has no voice, while printing works', async () => {
    const page = await newVisitor(browser);
    await page.addInitScript(() => {
      // A browser without voices (as headless Chromium may or may not be).
      Object.defineProperty(window, 'speechSynthesis', {
        configurable: true,
        value: { getVoices: () => [], speak() {}, cancel() {}, onvoiceschanged: null },
      });
    });
    await visit(page, '/sv/fact-sheet/fai1');
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Skriv ut' }).waitFor({ state: 'visible' });
    assert.equal(await page.getByRole('button', { name: 'Läs upp' }).count(), 0);
    assert.deepEqual(page.browserErrors, []);
    await page.context().close();
  });

  // The browser's speech engine, replaced by a recorder: which voices exist
  // is up to the test, and what would be spoken is written down.
  async function withRecordedSpeech(page) {
    await page.addInitScript(() => {
      class FakeVoice { constructor(lang, name) { this.lang = lang; this.name = name; } }
      class FakeUtterance {
        constructor(text) { this.text = text; this.lang = ''; this.voice = null; this.onend = null; this.onerror = null; }
      }
      const speech = {
        voices: [],
        queue: [],
        spoken: [],
        onvoiceschanged: null,
        getVoices() { return this.voices; },
        speak(utterance) { this.queue.push(utterance); this.spoken.push(utterance); },
        cancel() { this.queue = []; },
      };
      window.SpeechSynthesisVoice = FakeVoice;
      window.SpeechSynthesisUtterance = FakeUtterance;
      Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: speech });
      window.addVoice = (lang, name) => {
        speech.voices.push(new FakeVoice(lang, name));
        speech.onvoiceschanged?.();
      };
      window.finishSpeaking = () => {
        const last = speech.queue[speech.queue.length - 1];
        speech.queue = [];
        last?.onend?.();
      };
    });
  }

  test('reads the sheet in its language once a voice for it arrives, and stops', async () => {
    const page = await newVisitor(browser);
    await withRecordedSpeech(page);
    await visit(page, '/sv/fact-sheet/ami2');
    await waitForHydration(page);
    const read = page.getByRole('button', { name: 'Läs upp' });
    assert.equal(await read.isVisible(), false, 'no voice yet, no button');

    // Browsers load voices late; an English one does not make the button appear.
    await page.evaluate(() => window.addVoice('en-GB', 'Daniel'));
    assert.equal(await read.isVisible(), false);
    await page.evaluate(() => window.addVoice('sv_SE', 'Alva'));
    await read.waitFor({ state: 'visible' });
    await read.click();

    const spoken = await page.evaluate(() => window.speechSynthesis.spoken.map(
      (u) => ({ text: u.text, lang: u.lang, voice: u.voice?.name })));
    assert.deepEqual(spoken[0], { text: 'Faktablad om AMI 2', lang: 'sv', voice: 'Alva' });
    const texts = spoken.map((u) => u.text);
    assert.ok(texts.includes('Vad händer?'));
    assert.ok(texts.includes('Ni har ett första möte inom en vecka.'));
    assert.ok(!texts.includes('Läs upp') && !texts.includes('Skriv ut'), 'the buttons are not read');
    assert.ok(spoken.every((u) => u.lang === 'sv' && u.voice === 'Alva'));

    const stop = page.getByRole('button', { name: 'Sluta läsa' });
    await stop.waitFor({ state: 'visible' });
    await stop.click();
    await read.waitFor({ state: 'visible' });
    assert.equal(await page.evaluate(() => window.speechSynthesis.queue.length), 0, 'stopping empties the queue');

    // Reading to the end turns the button back by itself.
    await read.click();
    await stop.waitFor({ state: 'visible' });
    await page.evaluate(() => window.finishSpeaking());
    await read.waitFor({ state: 'visible' });
    await page.context().close();
  });

  test('a Dari page takes a Persian voice, an Arabic page no Swedish one', async () => {
    const dari = await newVisitor(browser);
    await withRecordedSpeech(dari);
    await visit(dari, '/prs/fact-sheet/isa1');
    await waitForHydration(dari);
    await dari.evaluate(() => window.addVoice('fa-IR', 'Dariush'));
    await dari.getByRole('button', { name: 'با آواز بلند بخوان' }).waitFor({ state: 'visible' });
    await dari.context().close();

    const arabic = await newVisitor(browser);
    await withRecordedSpeech(arabic);
    await visit(arabic, '/ar/fact-sheet/isa1');
    await waitForHydration(arabic);
    await arabic.evaluate(() => window.addVoice('sv-SE', 'Alva'));
    await arabic.getByRole('button', { name: 'اطبع' }).waitFor({ state: 'visible' });
    assert.equal(await arabic.getByRole('button', { name: 'اقرأ بصوت عالٍ' }).count(), 0);
    await arabic.context().close();
  });
});

describe('every reading page in every language passes axe-core', () => {
  // The start and level pages are checked in foundation.test.js; these are
  // the other page types, so every type is checked in every language.
  const paths = [
    ['/fact-sheets', 200], ['/fact-sheet/fai1', 200], ['/fact-sheet/sai', 200], ['/accessibility', 200],
    ['/provider/arbetsmarknadsgruppen?level=ami2', 200], ['/compare?p=cognix&p=jobblotsen&level=ami2', 200],
    ['/fact-sheet/nope', 404],
  ];
  for (const locale of LOCALES) {
    for (const [path, status] of paths) {
      test(`/${locale}${path}`, async () => {
        const page = await newVisitor(browser, { viewport: PHONE });
        await visit(page, `/${locale}${path}`, { status });
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= PHONE.width, `no horizontal scrolling at 320 px (was ${width})`);
        await page.context().close();
      });
    }
  }
});
