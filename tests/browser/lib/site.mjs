// What the built site holds: its files, its pages as URL paths, and the sample of
// pages the browser checks visit.

import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The example site's pages the issue names, [Vietnamese, English]: the suite's checks,
 * the theme checks and the screenshots (docs/screenshots/) all use these.
 */
export const EXAMPLE = {
  home: ['/', '/en/'],
  projects: ['/dau-tu/', '/en/investment/'],
  project: ['/dau-tu/khu-nong-nghiep-cong-nghe-cao/', '/en/investment/high-tech-agricultural-zone/'],
  partner: ['/doi-tac/jeollanam-do/', '/en/partners/jeollanam-do/'],
};

/** Every file under `dir` (relative paths with `/`), sorted; dot-files left out. */
export function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The URL path a site file is served at: `a/b/index.html` → `/a/b/`. */
export function urlPath(file) {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return '/' + file.slice(0, -'index.html'.length);
  return '/' + file;
}

/** The site file a URL path is served from, or null. */
export function fileFor(siteDir, path) {
  let p;
  try {
    p = decodeURIComponent(path.split('#')[0].split('?')[0]);
  } catch {
    return null;
  }
  let f = join(siteDir, p);
  if (p.endsWith('/')) f = join(f, 'index.html');
  return existsSync(f) && statSync(f).isFile() ? f : null;
}

/** The site's HTML pages as URL paths (`/404.html` included when present). */
export function htmlPages(files) {
  return files.filter((f) => f.endsWith('.html')).map(urlPath);
}

/**
 * Every language's home page as a URL path, from the home page's
 * `<link rel="alternate" hreflang>` links: `['/', '/en/']`.
 */
export function languageHomes(siteDir, base) {
  const html = readFileSync(join(siteDir, 'index.html'), 'utf8');
  const homes = new Set(['/']);
  for (const [tag] of html.matchAll(/<link\s[^>]*rel="alternate"[^>]*>/g)) {
    const href = tag.match(/href="([^"]+)"/);
    if (!/hreflang="/.test(tag) || !href) continue;
    let path = href[1];
    if (base && path.startsWith(base)) path = path.slice(base.length) || '/';
    if (path.startsWith('/')) homes.add(path);
  }
  return [...homes];
}

/** The URL paths of the HTML pages that show images or embedded media. */
export function mediaPages(siteDir, files) {
  return files
    .filter((f) => f.endsWith('.html'))
    .filter((f) => /<(img|picture|video|audio|iframe|object|embed|canvas)[\s>]/i.test(readFileSync(join(siteDir, f), 'utf8')))
    .map(urlPath);
}

/** The site's public base URL, read from the home page's canonical link. */
export function baseUrl(siteDir) {
  const home = join(siteDir, 'index.html');
  if (!existsSync(home)) return null;
  const m = readFileSync(home, 'utf8').match(/<link\s[^>]*rel="canonical"[^>]*>/);
  const href = m && m[0].match(/href="([^"]+)"/);
  if (!href) return null;
  return href[1].replace(/\/+$/, '');
}

/**
 * The pages the browser checks visit: the required pages; every language's home,
 * top-level pages and section indexes; and the first page of every other section
 * in each language (the sections in between in the other language), so every
 * template, every section and both languages are covered without visiting the
 * whole site. Then every page with images or embedded media (`media`), and the
 * 404 page, when there is one.
 * `BROWSER_TEST_PAGES=/a/,/b/` replaces the sample; `BROWSER_TEST_ALL_PAGES=1`
 * visits every page.
 */
export function samplePages(pages, required, langRoots = ['/'], media = []) {
  if (process.env.BROWSER_TEST_PAGES) {
    return process.env.BROWSER_TEST_PAGES.split(',').map((s) => s.trim()).filter(Boolean);
  }
  if (process.env.BROWSER_TEST_ALL_PAGES === '1') return [...pages];
  const dirs = pages.filter((p) => p.endsWith('/'));
  const children = (p) =>
    dirs.filter((q) => q !== p && q.startsWith(p) && !q.slice(p.length, -1).includes('/'));
  const picked = new Set(required.filter((p) => pages.includes(p)));
  langRoots.forEach((root, lang) => {
    picked.add(root);
    const top = children(root).filter((k) => !langRoots.includes(k));
    const sections = top.filter((k) => children(k).length);
    for (const k of top) picked.add(k);
    sections.forEach((section, i) => {
      if (i % 2 === lang % 2) picked.add(children(section)[0]);
    });
  });
  for (const p of media) picked.add(p);
  for (const p of pages) if (p === '/404.html') picked.add(p);
  return [...picked];
}
