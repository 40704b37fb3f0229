// The screenshots of the example site: which pages, at which widths, how much of each.
// The suite writes them to target/screenshots/ on every run; docs/screenshots/take.sh
// writes the committed copies with the same code.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { DESKTOP, PHONE } from './browser.mjs';
import { EXAMPLE } from './site.mjs';

/** What a foreign partner sees, in English, and the Vietnamese home page. */
export const SHOTS = [
  { name: 'home-vi', path: EXAMPLE.home[0] },
  { name: 'home-en', path: EXAMPLE.home[1] },
  { name: 'projects-en', path: EXAMPLE.projects[1] },
  { name: 'project-en', path: EXAMPLE.project[1] },
  { name: 'partner-en', path: EXAMPLE.partner[1] },
];

/** A phone and a laptop. */
export const DEVICES = [
  { width: 375, options: PHONE },
  { width: 1280, options: DESKTOP },
];

/**
 * Takes every shot at every width into `dir` as `<name>-<width>.png`, each the top of
 * the page down to `screens` viewport heights (the whole page when it is shorter).
 * Resolves to the files written.
 */
export async function takeScreenshots(browser, origin, dir, { screens = 3 } = {}) {
  mkdirSync(dir, { recursive: true });
  const written = [];
  for (const { width, options } of DEVICES) {
    const context = await browser.newContext(options);
    try {
      const page = await context.newPage();
      for (const { name, path } of SHOTS) {
        const response = await page.goto(origin + path, { waitUntil: 'load' });
        if (!response || response.status() !== 200) {
          throw new Error(`${path}: HTTP ${response ? response.status() : 'no response'}`);
        }
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const clip = { x: 0, y: 0, width, height: Math.min(height, screens * options.viewport.height) };
        const file = join(dir, `${name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true, clip, animations: 'disabled', caret: 'hide' });
        written.push(file);
      }
    } finally {
      await context.close();
    }
  }
  return written;
}
