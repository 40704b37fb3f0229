// The language picker of a site whose every language lives under its own prefix
// (`default_language_in_subfolder: true`, issue 3): builds a copy of the example site in
// that mode, serves it, and opens `/` in Chromium as readers whose browsers ask for
// different languages. The picker's few lines of script send each reader to the home
// page of the first language they ask for that the site has; a reader asking for none
// of them, or without JavaScript, stays on the picker and has a plain link per language.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { launch } from './lib/browser.mjs';
import { serve } from './lib/server.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(process.env.REPO_ROOT || join(HERE, '..', '..'));
const BIN = process.env.OUTREACH_BIN || join(ROOT, 'target', 'release', 'outreach');

let tmp;
let server;
let browser;

before(async () => {
  assert.ok(existsSync(BIN), `no outreach binary at ${BIN} (set OUTREACH_BIN or build with cargo build --release)`);
  tmp = mkdtempSync(join(tmpdir(), 'outreach-picker-'));
  const src = join(tmp, 'src');
  for (const part of ['site.yaml', 'content', 'themes']) {
    cpSync(join(ROOT, part), join(src, part), { recursive: true });
  }
  appendFileSync(join(src, 'site.yaml'), '\ndefault_language_in_subfolder: true\n');
  const out = join(tmp, 'site');
  const build = spawnSync(BIN, ['build', '--root', src, '--output', out], { encoding: 'utf8' });
  assert.equal(build.status, 0, `building the example site with every language in a subfolder failed:\n${build.stderr}`);
  assert.ok(existsSync(join(out, 'vi', 'index.html')), 'no Vietnamese home page at /vi/');
  server = await serve(out);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Opens `/` with the browser context `options`, waiting up to 5 s for it to reach
 * `expected`; returns the path it ends on and that page's `lang`. */
async function landing(options, expected) {
  const context = await browser.newContext(options);
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    // The script replaces the location while `/` loads: wait for that navigation to end
    // (or, if it never comes, report where the reader stayed).
    await page.waitForURL((url) => url.pathname === expected, { timeout: 5000 }).catch(() => {});
    await page.waitForLoadState('load');
    return { path: new URL(page.url()).pathname, lang: await page.getAttribute('html', 'lang') };
  } finally {
    await context.close();
  }
}

for (const [locale, home, lang] of [
  ['en-US', '/en/', 'en'],
  ['en-GB', '/en/', 'en'],
  ['vi-VN', '/vi/', 'vi'],
  ['vi', '/vi/', 'vi'],
]) {
  test(`picker: a browser asking for ${locale} lands on ${home}`, async () => {
    const { path, lang: pageLang } = await landing({ locale }, home);
    assert.equal(path, home);
    assert.equal(pageLang, lang, `the page at ${home} does not say it is in ${lang}`);
  });
}

test('picker: a browser asking for French first and English second lands on /en/', async () => {
  // Chromium's navigator.languages holds only the context's locale: a script run before
  // the page's own sets the reader's whole list.
  const context = await browser.newContext({ locale: 'fr-FR' });
  try {
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'languages', { get: () => ['fr-FR', 'fr', 'en-US', 'vi'] });
    });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.waitForURL(/\/en\/$/, { timeout: 5000 }).catch(() => {});
    assert.equal(new URL(page.url()).pathname, '/en/');
  } finally {
    await context.close();
  }
});

test('picker: a reader asking for no language of the site, or without JavaScript, stays and has a link per language', async () => {
  for (const options of [{ locale: 'fr-FR' }, { locale: 'en-US', javaScriptEnabled: false }]) {
    const context = await browser.newContext(options);
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}/`);
      await page.waitForLoadState('load');
      const where = JSON.stringify(options);
      assert.equal(new URL(page.url()).pathname, '/', `${where}: left the picker`);
      const links = await page.$$eval('main a[hreflang]', (as) => as.map((a) => [a.getAttribute('hreflang'), a.getAttribute('href')]));
      assert.deepEqual(links, [['vi', '/vi/'], ['en', '/en/']], `${where}: the picker's links`);
      // Each link leads to a page that exists.
      for (const [, href] of links) {
        const response = await page.goto(`${server.origin}${href}`);
        assert.equal(response.status(), 200, `${where}: ${href}`);
      }
    } finally {
      await context.close();
    }
  }
});
