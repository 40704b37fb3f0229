// The checks that need no browser (the Nu HTML Checker, XML well-formedness) and
// the axe-core run on an open page.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SaxesParser } from 'saxes';
import AxeBuilder from '@axe-core/playwright';

const require = createRequire(import.meta.url);
const HERE = dirname(fileURLToPath(import.meta.url));
export const VNU_JAR = join(HERE, '..', 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

/**
 * Runs the Nu HTML Checker over `files` (paths relative to `siteDir`) in one JVM.
 * Resolves to its error messages, each with `file` set to the site-relative path.
 */
export function runVnu(siteDir, files) {
  return new Promise((resolve, reject) => {
    if (files.length === 0) {
      resolve([]);
      return;
    }
    const java = process.env.JAVA || 'java';
    const args = ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', ...files];
    const child = spawn(java, args, { cwd: siteDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', (e) =>
      reject(new Error(`cannot run ${java} (the Nu checker needs Java 17 or newer): ${e.message}`)),
    );
    child.on('close', (code) => {
      let report;
      try {
        report = JSON.parse(out);
      } catch {
        reject(new Error(`the Nu checker exited with ${code} without a JSON report:\n${out}\n${err}`));
        return;
      }
      resolve(
        report.messages.map((m) => {
          let file = m.url || '';
          if (file.startsWith('file:')) file = relative(siteDir, fileURLToPath(file));
          return { ...m, file };
        }),
      );
    });
  });
}

/** One line per Nu checker message: `file:line:col: [type] message` and the extract. */
export function formatVnu(messages) {
  return messages
    .map((m) => {
      const where = `${m.file}:${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'}`;
      const extract = m.extract ? `\n      ${m.extract.replace(/\s+/g, ' ').trim()}` : '';
      return `  ${where}: [${m.type}${m.subType ? '/' + m.subType : ''}] ${m.message}${extract}`;
    })
    .join('\n');
}

/** Files the XML check reads: sitemaps, feeds and SVG images, whatever their folder. */
export function isXmlFile(file) {
  return /\.(xml|rss|atom|xsl|xslt|svg)$/i.test(file);
}

/**
 * Parses one file as namespace-aware XML 1.0. Returns the first error
 * (`line:column: message`) or null.
 */
export function xmlError(path) {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let first = null;
  parser.on('error', (e) => {
    if (!first) first = e.message;
  });
  try {
    parser.write(readFileSync(path, 'utf8')).close();
  } catch (e) {
    if (!first) first = e.message;
  }
  return first;
}

/** The text of every `<loc>` of a sitemap (or sitemap index). */
export function sitemapLocs(path) {
  const parser = new SaxesParser({ xmlns: true });
  const locs = [];
  let inLoc = false;
  let text = '';
  parser.on('opentag', (t) => {
    if (t.local === 'loc') {
      inLoc = true;
      text = '';
    }
  });
  parser.on('text', (t) => {
    if (inLoc) text += t;
  });
  parser.on('closetag', (t) => {
    if (t.local === 'loc') {
      inLoc = false;
      locs.push(text.trim());
    }
  });
  parser.write(readFileSync(path, 'utf8')).close();
  return locs;
}

export const FAILING_IMPACTS = new Set(['serious', 'critical']);

/**
 * Runs axe-core on the open page. Legacy mode runs axe in the page itself instead of
 * aggregating in an extra blank page: the site has no iframes, and it is 2-3x faster.
 */
export async function runAxe(page) {
  const result = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return result.violations;
}

export const AXE_VERSION = require('axe-core/package.json').version;
