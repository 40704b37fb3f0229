// The example site published under a path, as GitHub project Pages publish
// `owner.github.io/repo/` (issue 19): built with `--base-url http://127.0.0.1:PORT/site/`
// and served under `/site/` only, so an address that leaves the path is a 404 here just
// as it is online. Every internal link, stylesheet, script and image of a few pages must
// answer 200, the stylesheet must apply, and a search must list pages that exist.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { launch, DESKTOP } from './lib/browser.mjs';
import { serve } from './lib/server.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(process.env.REPO_ROOT || join(HERE, '..', '..'));
const BIN = process.env.OUTREACH_BIN || join(ROOT, 'target', 'release', 'outreach');
const PREFIX = '/site';

let tmp;
let server;
let browser;
let context;

before(async () => {
  assert.ok(existsSync(BIN), `no outreach binary at ${BIN} (set OUTREACH_BIN or build with cargo build --release)`);
  tmp = mkdtempSync(join(tmpdir(), 'outreach-subpath-'));
  const out = join(tmp, 'site');
  // The server first: the base URL names its port. It reads files as they are asked for.
  server = await serve(out, { prefix: PREFIX });
  const baseUrl = `${server.origin}${PREFIX}/`;
  const build = spawnSync(BIN, ['build', '--root', ROOT, '--output', out, '--base-url', baseUrl], {
    encoding: 'utf8',
  });
  assert.equal(build.status, 0, `building the example site under ${PREFIX}/ failed:\n${build.stderr}`);
  browser = await launch();
  context = await browser.newContext(DESKTOP);
});

after(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Opens `path` and returns every address of the site the page links to or loads
 * (links, stylesheets, scripts, images, form actions), with any request that failed. */
async function visit(path) {
  const page = await context.newPage();
  const failed = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
  try {
    const r = await page.goto(`${server.origin}${path}`);
    assert.equal(r.status(), 200, `${path} answered ${r.status()}`);
    await page.waitForLoadState('load');
    const addresses = await page.evaluate(() =>
      [
        ...[...document.querySelectorAll('a[href], link[href]')].map((e) => e.href),
        ...[...document.querySelectorAll('script[src], img[src]')].map((e) => e.src),
        ...[...document.querySelectorAll('form[action]')].map((e) => e.action),
      ].filter((u) => u.startsWith(location.origin)),
    );
    return { addresses, failed };
  } finally {
    await page.close();
  }
}

test('sub-path: every internal address of a few pages stays under /site/ and answers 200', async () => {
  const home = await visit(`${PREFIX}/`);
  const project = home.addresses
    .map((u) => new URL(u).pathname)
    .find((p) => /^\/site\/dau-tu\/[^/]+\/$/.test(p));
  assert.ok(project, `the home page links no project under ${PREFIX}/dau-tu/`);
  const pages = [`${PREFIX}/`, `${PREFIX}/en/`, `${PREFIX}/dau-tu/`, project, `${PREFIX}/en/search/`, `${PREFIX}/en/404.html`];
  const wrong = [];
  const checked = new Set();
  for (const path of pages) {
    const { addresses, failed } = await visit(path);
    wrong.push(...failed.map((f) => `${path}: loading it, ${f}`));
    for (const address of addresses) {
      const target = new URL(address);
      target.hash = '';
      if (checked.has(target.href)) continue;
      checked.add(target.href);
      if (!target.pathname.startsWith(`${PREFIX}/`)) {
        wrong.push(`${path}: ${target.pathname} is not under ${PREFIX}/`);
        continue;
      }
      const r = await fetch(target, { redirect: 'manual' });
      if (r.status !== 200) wrong.push(`${path}: ${target.pathname} answered ${r.status}`);
    }
  }
  assert.ok(checked.size > 50, `only ${checked.size} addresses found`);
  assert.deepEqual(wrong, [], `addresses that do not work under ${PREFIX}/:\n  ${wrong.join('\n  ')}`);
});

test('sub-path: the stylesheet applies', async () => {
  const css = readFileSync(join(ROOT, 'themes', 'default', 'static', 'style.css'), 'utf8');
  const brand = /--brand:\s*#([0-9a-f]{6})/i.exec(css);
  assert.ok(brand, 'style.css sets no --brand colour');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(brand[1].slice(i, i + 2), 16));
  const page = await context.newPage();
  try {
    await page.goto(`${server.origin}${PREFIX}/en/`);
    const background = await page.$eval('.site-header', (e) => getComputedStyle(e).backgroundColor);
    assert.equal(background, `rgb(${r}, ${g}, ${b})`, 'the header is not in style.css\'s brand colour');
  } finally {
    await page.close();
  }
});

test('sub-path: a search fetches its index under /site/ and lists pages that exist', async () => {
  const page = await context.newPage();
  const fetched = [];
  page.on('request', (r) => {
    if (r.url().includes('/search/vi/')) fetched.push(new URL(r.url()).pathname);
  });
  try {
    await page.goto(`${server.origin}${PREFIX}/tim-kiem/`);
    const input = page.locator('main input[type="search"]').first();
    await input.click();
    await input.pressSequentially('dau tu', { delay: 30 });
    const results = page.locator('.search-results a[href]');
    await results.first().waitFor({ timeout: 5000 });
    const hrefs = await results.evaluateAll((as) => as.map((a) => a.href));
    assert.ok(hrefs.length > 0, 'no results for "dau tu"');
    assert.ok(fetched.length > 0 && fetched.every((p) => p.startsWith(`${PREFIX}/search/vi/`)), `index fetches: ${fetched}`);
    for (const href of hrefs) {
      const u = new URL(href);
      assert.ok(u.pathname.startsWith(`${PREFIX}/`), `${u.pathname} is not under ${PREFIX}/`);
      assert.equal((await fetch(u)).status, 200, `${u.pathname}`);
    }
  } finally {
    await page.close();
  }
});
