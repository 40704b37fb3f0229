// The default theme's promises (issue 10), checked on the built example site:
//   print:   every project prints as one A4 page with no navigation in it;
//   layout:  the home page, the projects list, a project and a partner page fit every
//            width from 320 to 1920 px without scrolling sideways;
//   weight:  the home page loads under 100 KB without images, and no web fonts;
//   print control: article pages show a "Print this page" button that prints, a hint
//            instead when JavaScript is off, and neither on paper; listings have none.
// run.sh builds the site and runs this file with SITE_DIR set, after site.test.mjs.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { serve } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';
import { EXAMPLE, listFiles, htmlPages, fileFor } from './lib/site.mjs';
import { overflow, describeOverflow } from './lib/layout.mjs';
import { pdfPageCount, pdfText } from './lib/pdf.mjs';

const SITE_DIR = process.env.SITE_DIR && resolve(process.env.SITE_DIR);
const ROOT = resolve(process.env.REPO_ROOT || join(dirname(fileURLToPath(import.meta.url)), '..', '..'));
if (!SITE_DIR || !existsSync(join(SITE_DIR, 'index.html'))) {
  throw new Error('SITE_DIR must name a built site (run tests/browser/run.sh)');
}

const WIDTHS = [320, 375, 768, 1280, 1920];
const WEIGHT_LIMIT = 100 * 1024;
// A page long enough to need several A4 sheets: proves the page counter counts.
const LONG_PAGE = ['/ke-hoach-doi-ngoai-2018/', '/en/external-affairs-plan-2018/'];

const pages = htmlPages(listFiles(SITE_DIR));

/** The project pages: the pages right under each projects list that have a facts table. */
function projectPages() {
  const found = [];
  for (const list of EXAMPLE.projects) {
    for (const p of pages) {
      const rest = p.slice(list.length);
      if (!p.startsWith(list) || !rest || rest.slice(0, -1).includes('/')) continue;
      if (/<table class="facts"/.test(readFileSync(fileFor(SITE_DIR, p), 'utf8'))) found.push(p);
    }
  }
  return found;
}

let server;
let browser;
let tmp;

before(async () => {
  server = await serve(SITE_DIR);
  browser = await launch();
  tmp = mkdtempSync(join(tmpdir(), 'outreach-theme-'));
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const url = (path) => server.origin + path;

/** The page printed to PDF as Chromium prints it (A4, the stylesheet's @page margins). */
async function printed(page, path) {
  const response = await page.goto(url(path), { waitUntil: 'load' });
  assert.equal(response?.status(), 200, `${path} does not load`);
  return page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
}

/**
 * The lines of text that only the navigation shows (header, menu, language switcher,
 * breadcrumbs, footer): none of them may reach the printed page.
 */
async function navigationOnlyText(page) {
  return page.evaluate(() => {
    const squash = (s) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
    const main = squash(document.querySelector('main')?.innerText ?? '');
    const lines = new Set();
    for (const el of document.querySelectorAll('.site-header, .site-nav, .lang-switch, .breadcrumbs, .site-footer')) {
      for (const line of el.innerText.split('\n').map(squash)) {
        if (line.length >= 4 && !main.includes(line)) lines.add(line);
      }
    }
    return [...lines];
  });
}

/** The navigation elements that still take up room on paper. */
async function navigationInPrint(page) {
  await page.emulateMedia({ media: 'print' });
  try {
    return await page.evaluate(() =>
      [...document.querySelectorAll('.site-header, .site-nav, .lang-switch, .breadcrumbs, .site-footer, .skip-link')]
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).display !== 'none')
        .map((el) => el.tagName.toLowerCase() + '.' + [...el.classList].join('.')),
    );
  } finally {
    await page.emulateMedia({ media: null });
  }
}

test('print: every project page prints on exactly one A4 page, without the menu', async (t) => {
  const projects = projectPages();
  assert.ok(EXAMPLE.project.every((p) => projects.includes(p)), `the example projects ${EXAMPLE.project.join(', ')} are not among the project pages found: ${projects.join(', ')}`);
  const haveText = pdfText.available();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const problems = [];
  const counts = [];
  try {
    const page = await context.newPage();
    for (const path of projects) {
      const pdf = await printed(page, path);
      const count = pdfPageCount(pdf);
      counts.push(`${path} ${count}`);
      if (count !== 1) problems.push(`  ${path}: ${count} pages`);
      for (const el of await navigationInPrint(page)) problems.push(`  ${path}: ${el} is printed`);
      if (haveText) {
        const file = join(tmp, 'page.pdf');
        writeFileSync(file, pdf);
        const text = pdfText(file).normalize('NFC').replace(/\s+/g, ' ');
        const leaked = (await navigationOnlyText(page)).filter((line) => text.includes(line));
        if (leaked.length) {
          const shown = leaked.slice(0, 4).map((l) => `"${l}"`).join(', ');
          problems.push(`  ${path}: the PDF contains navigation text ${shown}${leaked.length > 4 ? ` and ${leaked.length - 4} more` : ''}`);
        }
      }
    }
    // The counter must see more than one page where there are several.
    for (const path of LONG_PAGE.filter((p) => pages.includes(p))) {
      const count = pdfPageCount(await printed(page, path));
      counts.push(`${path} ${count} (a long page)`);
      assert.ok(count > 1, `${path} printed as ${count} page: the page counter or the print stylesheet is wrong`);
    }
  } finally {
    await context.close();
  }
  t.diagnostic(`pages per PDF: ${counts.join(', ')}`);
  if (!haveText) t.diagnostic('pdftotext (poppler-utils) not found: checked the print styles, not the PDF text');
  assert.equal(problems.length, 0, `printed project pages:\n${problems.join('\n')}`);
});

test(`layout: the example pages fit ${WIDTHS.join(', ')} px without scrolling sideways`, async (t) => {
  const paths = Object.values(EXAMPLE).flat();
  const problems = [];
  for (const width of WIDTHS) {
    const phone = width < 768;
    const context = await browser.newContext({
      viewport: { width, height: phone ? 812 : 900 },
      isMobile: phone,
      hasTouch: phone,
    });
    try {
      const page = await context.newPage();
      for (const path of paths) {
        const response = await page.goto(url(path), { waitUntil: 'load' });
        assert.equal(response?.status(), 200, `${path} does not load`);
        const found = await overflow(page);
        if (found) problems.push(describeOverflow(path, found));
      }
    } finally {
      await context.close();
    }
  }
  t.diagnostic(`${paths.length} pages at ${WIDTHS.length} widths`);
  assert.equal(problems.length, 0, `pages wider than the screen:\n${problems.join('\n')}`);
});

test('weight: the home page loads under 100 KB without images, with no web fonts and no layout shift', async (t) => {
  const report = [];
  for (const path of EXAMPLE.home) {
    for (const viewport of [{ width: 375, height: 812 }, { width: 1280, height: 800 }]) {
      const context = await browser.newContext({ viewport });
      try {
        const page = await context.newPage();
        await page.addInitScript(() => {
          window.__shift = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
        // Every request the page makes, with the bytes of its response body as received.
        const requests = [];
        page.on('requestfinished', (request) => {
          requests.push(
            (async () => ({
              url: request.url(),
              type: request.resourceType(),
              mime: ((await request.response())?.headers()['content-type'] ?? '').split(';')[0],
              bytes: (await request.sizes()).responseBodySize,
            }))(),
          );
        });
        const response = await page.goto(url(path), { waitUntil: 'networkidle' });
        assert.equal(response?.status(), 200, `${path} does not load`);
        const { shift, fonts } = await page.evaluate(async () => {
          await document.fonts.ready;
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          return { shift: window.__shift, fonts: [...document.fonts].map((f) => f.family) };
        });
        const loaded = await Promise.all(requests);
        const isImage = (r) => r.type === 'image' || r.type === 'media' || r.mime.startsWith('image/');
        const counted = loaded.filter((r) => !isImage(r));
        const total = counted.reduce((sum, r) => sum + r.bytes, 0);
        const fontFiles = loaded.filter((r) => r.type === 'font' || r.mime.startsWith('font/'));
        const at = `${path} at ${viewport.width} px`;
        report.push(
          `${at}: ${(total / 1024).toFixed(1)} KB without images (` +
            counted.map((r) => `${new URL(r.url).pathname} ${(r.bytes / 1024).toFixed(1)} KB`).join(', ') +
            `), layout shift ${shift.toFixed(4)}`,
        );
        assert.ok(total < WEIGHT_LIMIT, `${at}: ${(total / 1024).toFixed(1)} KB without images, over 100 KB`);
        assert.deepEqual(fontFiles.map((r) => r.url), [], `${at}: web fonts downloaded`);
        assert.deepEqual(fonts, [], `${at}: the page declares web fonts (@font-face)`);
        assert.ok(shift < 0.01, `${at}: cumulative layout shift ${shift.toFixed(4)}`);
      } finally {
        await context.close();
      }
    }
  }
  t.diagnostic(report.join('\n'));
});

/** The default theme's text of `key` in `lang`, from its strings file (`key: "text"`). */
function themeString(lang, key) {
  const file = readFileSync(join(ROOT, 'themes', 'default', 'i18n', `${lang}.yaml`), 'utf8');
  const line = file.split('\n').find((l) => l.startsWith(`${key}:`));
  assert.ok(line, `themes/default/i18n/${lang}.yaml has no ${key}`);
  return JSON.parse(line.slice(key.length + 1).trim());
}

/** What a reader sees of the print control: whether the button and the hint show, and their text. */
async function printControl(page) {
  return page.evaluate(() => {
    const shown = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).display !== 'none' && getComputedStyle(el).visibility !== 'hidden';
    const control = document.querySelector('.print-control');
    const button = control?.querySelector('button');
    const hint = control?.querySelector('.print-hint');
    return {
      present: !!control,
      lang: document.documentElement.lang,
      control: shown(control),
      button: shown(button),
      buttonText: button?.textContent.trim() ?? null,
      hint: shown(hint),
      hintText: hint?.textContent.trim() ?? null,
    };
  });
}

test('print control: articles print from a button, show a hint without JavaScript, and keep it off paper', async (t) => {
  const articles = [...EXAMPLE.project, ...EXAMPLE.partner];
  const problems = [];
  const scripted = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const plain = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
  try {
    const page = await scripted.newPage();
    // window.print would open a dialog: count the calls instead.
    await page.addInitScript(() => {
      window.__printed = 0;
      window.print = () => { window.__printed += 1; };
    });
    for (const path of articles) {
      const response = await page.goto(url(path), { waitUntil: 'load' });
      assert.equal(response?.status(), 200, `${path} does not load`);
      const seen = await printControl(page);
      const label = themeString(seen.lang, 'print_page');
      if (!seen.button) problems.push(`  ${path}: the print button is not shown`);
      if (seen.buttonText !== label) problems.push(`  ${path}: the button reads "${seen.buttonText}", not "${label}"`);
      if (seen.hint) problems.push(`  ${path}: the no-JavaScript hint shows beside the button`);
      await page.getByRole('button', { name: label }).click();
      const printed = await page.evaluate(() => window.__printed);
      if (printed !== 1) problems.push(`  ${path}: clicking the button called window.print ${printed} times`);
      await page.emulateMedia({ media: 'print' });
      const onPaper = await printControl(page);
      await page.emulateMedia({ media: null });
      if (onPaper.control || onPaper.button) problems.push(`  ${path}: the print control is printed`);
    }
    const noScript = await plain.newPage();
    for (const path of articles) {
      await noScript.goto(url(path), { waitUntil: 'load' });
      const seen = await printControl(noScript);
      const hint = themeString(seen.lang, 'print_hint');
      if (seen.button) problems.push(`  ${path}: without JavaScript the button shows, and would do nothing`);
      if (!seen.hint || seen.hintText !== hint) problems.push(`  ${path}: without JavaScript the hint "${hint}" is not shown (got ${JSON.stringify(seen.hintText)})`);
    }
    for (const path of [...EXAMPLE.home, ...EXAMPLE.projects]) {
      await page.goto(url(path), { waitUntil: 'load' });
      if ((await printControl(page)).present) problems.push(`  ${path}: a listing has a print control`);
    }
  } finally {
    await scripted.close();
    await plain.close();
  }
  t.diagnostic(`${articles.length} articles with and without JavaScript, and in print`);
  assert.equal(problems.length, 0, `print control:\n${problems.join('\n')}`);
});
