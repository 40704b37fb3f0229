// Photos that load fast on any phone (issue 21), checked on the built example site in
// Chromium:
//   phone:   on a 375 px phone (1× and 2×) a project's cover loads as WebP at 800 px or
//            less, at once, and the page does not shift as it arrives;
//   alt:     every <img> of the home, projects, project and partner pages has an alt
//            attribute (empty only for a card's thumbnail, whose title says it all);
//   weight:  the home page on a phone loads under 300 KB with its images;
//   preview: each page's og:image answers, is the size og:image:width/height say, and
//            has its alt text.
// run.sh builds the site and runs this file with SITE_DIR set.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { serve } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';
import { EXAMPLE } from './lib/site.mjs';

const SITE_DIR = process.env.SITE_DIR && resolve(process.env.SITE_DIR);
if (!SITE_DIR || !existsSync(join(SITE_DIR, 'index.html'))) {
  throw new Error('SITE_DIR must name a built site (run tests/browser/run.sh)');
}

const HOME_LIMIT = 300 * 1024;

let server;
let browser;

before(async () => {
  server = await serve(SITE_DIR);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const url = (path) => server.origin + path;

/** Opens `path` in a fresh context, counting layout shifts and every response's bytes. */
async function open(path, options) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const requests = [];
  page.on('requestfinished', (request) => {
    requests.push(
      (async () => ({
        url: request.url(),
        bytes: (await request.sizes()).responseBodySize,
      }))(),
    );
  });
  const response = await page.goto(url(path), { waitUntil: 'networkidle' });
  assert.equal(response?.status(), 200, `${path} does not load`);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return { context, page, requests };
}

test('phone: a cover loads as WebP at 800 px or less, at once, without shifting the page', async (t) => {
  const report = [];
  for (const path of EXAMPLE.project) {
    for (const deviceScaleFactor of [1, 2]) {
      const { context, page } = await open(path, {
        viewport: { width: 375, height: 812 },
        deviceScaleFactor,
        isMobile: true,
      });
      try {
        const cover = await page.evaluate(() => {
          const img = document.querySelector('figure.cover img');
          return img && {
            src: img.currentSrc,
            complete: img.complete,
            natural: img.naturalWidth,
            loading: img.loading,
            priority: img.getAttribute('fetchpriority'),
            shift: window.__shift,
          };
        });
        const at = `${path} at 375 px, ${deviceScaleFactor}×`;
        assert.ok(cover, `${at}: no cover`);
        report.push(`${at}: ${new URL(cover.src).pathname} (${cover.natural} px), shift ${cover.shift.toFixed(4)}`);
        assert.match(cover.src, /\.webp$/, `${at}: the cover is not WebP: ${cover.src}`);
        const width = Number(/-(\d+)w\.webp$/.exec(cover.src)?.[1]);
        assert.ok(width <= 800, `${at}: a ${width} px cover for a 375 px phone`);
        assert.ok(cover.complete && cover.natural > 0, `${at}: the cover did not load`);
        assert.equal(cover.loading, 'eager');
        assert.equal(cover.priority, 'high');
        assert.ok(cover.shift < 0.01, `${at}: cumulative layout shift ${cover.shift.toFixed(4)}`);
      } finally {
        await context.close();
      }
    }
  }
  t.diagnostic(report.join('\n'));
});

test('alt: every image of the main pages has alt text, empty only on card thumbnails', async () => {
  const paths = [...EXAMPLE.home, ...EXAMPLE.projects, ...EXAMPLE.project, ...EXAMPLE.partner];
  for (const path of paths) {
    const { context, page } = await open(path, { viewport: { width: 1280, height: 800 } });
    try {
      const images = await page.evaluate(() =>
        [...document.images].map((img) => ({
          src: img.getAttribute('src'),
          alt: img.getAttribute('alt'),
          card: !!img.closest('.card-cover'),
          sized: img.hasAttribute('width') && img.hasAttribute('height'),
        })),
      );
      assert.ok(images.length > 0, `${path}: no images`);
      for (const img of images) {
        assert.notEqual(img.alt, null, `${path}: ${img.src} has no alt attribute`);
        if (!img.card) assert.ok(img.alt.trim(), `${path}: ${img.src} has empty alt text`);
        assert.ok(img.sized, `${path}: ${img.src} has no width and height`);
      }
    } finally {
      await context.close();
    }
  }
});

test('weight: the home page on a phone loads under 300 KB with its images', async (t) => {
  const report = [];
  for (const path of EXAMPLE.home) {
    const { context, requests } = await open(path, {
      viewport: { width: 375, height: 812 },
      deviceScaleFactor: 2,
      isMobile: true,
    });
    try {
      const loaded = await Promise.all(requests);
      const total = loaded.reduce((sum, r) => sum + r.bytes, 0);
      const images = loaded.filter((r) => /\.(webp|jpe?g|png|svg)$/.test(new URL(r.url).pathname));
      report.push(`${path}: ${(total / 1024).toFixed(1)} KB in ${loaded.length} files, ${images.length} images`);
      assert.ok(total < HOME_LIMIT, `${path}: ${(total / 1024).toFixed(1)} KB on a phone, over 300 KB`);
    } finally {
      await context.close();
    }
  }
  t.diagnostic(report.join('\n'));
});

test('preview: each page\'s og:image is there, the size it says, with its alt text', async () => {
  for (const path of [...EXAMPLE.project, ...EXAMPLE.partner]) {
    const { context, page } = await open(path, { viewport: { width: 1280, height: 800 } });
    try {
      const og = await page.evaluate(() => {
        const get = (p) => document.querySelector(`meta[property="${p}"]`)?.content;
        return {
          image: get('og:image'),
          width: Number(get('og:image:width')),
          height: Number(get('og:image:height')),
          alt: get('og:image:alt'),
        };
      });
      assert.ok(og.image && og.alt, `${path}: no og:image or no og:image:alt`);
      assert.equal(og.width, 1200, `${path}: og:image:width`);
      assert.equal(og.height, 630, `${path}: og:image:height`);
      // The site's own address stands for the local server.
      const local = url(new URL(og.image).pathname);
      const size = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return [img.naturalWidth, img.naturalHeight];
      }, local);
      assert.deepEqual(size, [og.width, og.height], `${path}: ${og.image} is ${size.join('×')}`);
    } finally {
      await context.close();
    }
  }
});
