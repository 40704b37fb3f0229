// Proves the suite fails on a broken site: builds a copy of the example site whose
// project template carries `<img src="x.png">` (no alt) and with a malformed
// feed file, runs the validator, XML and axe parts of site.test.mjs on it, and
// asserts that they fail and name the broken page, rule and file.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(process.env.REPO_ROOT || join(HERE, '..', '..'));
const BIN = process.env.OUTREACH_BIN || join(ROOT, 'target', 'release', 'outreach');

const BROKEN_PAGE = '/dau-tu/khu-nong-nghiep-cong-nghe-cao/';
const BROKEN_FEED = 'broken-feed.xml';

test('selftest: the suite fails on a page with an <img> without alt and on a malformed XML file', async (t) => {
  assert.ok(existsSync(BIN), `no outreach binary at ${BIN} (set OUTREACH_BIN or build with cargo build --release)`);
  const tmp = mkdtempSync(join(tmpdir(), 'outreach-selftest-'));
  t.after(() => rmSync(tmp, { recursive: true, force: true }));
  const src = join(tmp, 'src');
  for (const part of ['site.yaml', 'content', 'themes']) {
    cpSync(join(ROOT, part), join(src, part), { recursive: true });
  }
  // outreach refuses an <img> without alt in content, so the theme's project template
  // carries it: templates reach the page as written.
  const template = join(src, 'themes', 'default', 'templates', 'project.html');
  const projectTemplate = readFileSync(template, 'utf8');
  writeFileSync(template, projectTemplate.replace('{% endblock facts %}', '<img src="x.png">\n{% endblock facts %}'));
  // A theme static file is copied to the site root as it is.
  writeFileSync(join(src, 'themes', 'default', 'static', BROKEN_FEED), '<?xml version="1.0"?>\n<feed><entry></feed>\n');

  const out = join(tmp, 'site');
  const build = spawnSync(BIN, ['build', '--root', src, '--output', out], { encoding: 'utf8' });
  assert.equal(build.status, 0, `building the broken copy failed:\n${build.stdout}${build.stderr}`);
  const html = readFileSync(join(out, BROKEN_PAGE.slice(1), 'index.html'), 'utf8');
  assert.match(html, /<img src="x.png">/, 'the raw <img> did not reach the page: the selftest needs another way to break it');

  const env = { ...process.env, SITE_DIR: out, BROWSER_TEST_PAGES: `/,${BROKEN_PAGE}`, SCREENSHOT_DIR: join(tmp, 'shots') };
  delete env.NODE_TEST_CONTEXT; // a nested test runner must report to us as plain text
  const run = spawnSync(
    process.execPath,
    ['--test', '--test-reporter=spec', '--test-name-pattern=^(xml|axe|validator):', join(HERE, 'site.test.mjs')],
    { encoding: 'utf8', env, cwd: HERE, timeout: 300_000 },
  );
  const output = `${run.stdout}\n${run.stderr}`;
  const context = `\n--- output of the suite on the broken site ---\n${output}`;

  assert.notEqual(run.status, 0, `the suite passed on a broken site${context}`);
  assert.match(output, /✖ axe: no serious or critical violations/, `the axe test did not fail${context}`);
  assert.ok(
    output.includes(`${BROKEN_PAGE}  image-alt (critical)`),
    `the axe failure does not name image-alt on ${BROKEN_PAGE}${context}`,
  );
  assert.match(output, /✖ validator: the Nu HTML Checker finds no errors/, `the validator test did not fail${context}`);
  assert.ok(
    output.includes(`dau-tu/khu-nong-nghiep-cong-nghe-cao/index.html:`) && /must have an .alt. attribute/.test(output),
    `the validator failure does not name the missing alt on the broken page${context}`,
  );
  assert.match(output, /✖ xml: sitemaps, feeds and SVG files are well-formed XML/, `the XML test did not fail${context}`);
  assert.ok(output.includes(`${BROKEN_FEED}: `), `the XML failure does not name ${BROKEN_FEED}${context}`);
});
