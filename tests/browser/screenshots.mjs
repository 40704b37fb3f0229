// Takes the example site's screenshots (lib/screenshots.mjs says which) of a built site:
//   node screenshots.mjs SITE_DIR OUT_DIR
// docs/screenshots/take.sh builds the site, runs this and shrinks the files.

import { resolve } from 'node:path';

import { launch } from './lib/browser.mjs';
import { serve } from './lib/server.mjs';
import { takeScreenshots } from './lib/screenshots.mjs';

const [siteDir, outDir] = process.argv.slice(2);
if (!siteDir || !outDir) {
  console.error('usage: node screenshots.mjs SITE_DIR OUT_DIR');
  process.exit(2);
}
const server = await serve(resolve(siteDir));
const browser = await launch();
try {
  for (const file of await takeScreenshots(browser, server.origin, resolve(outDir))) console.log(file);
} finally {
  await browser.close();
  await server.close();
}
