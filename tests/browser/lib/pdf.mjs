// Reading a PDF that Chromium printed: how many pages it has, and its text.

import { spawnSync } from 'node:child_process';

/**
 * The number of pages of a PDF: its page objects (`/Type /Page`, not `/Pages`).
 * Chromium (Skia) writes every object's dictionary uncompressed, so they can be
 * counted in the bytes; the page tree's `/Count` must agree.
 */
export function pdfPageCount(pdf) {
  const bytes = Buffer.from(pdf).toString('latin1');
  const pages = (bytes.match(/\/Type\s*\/Page(?![A-Za-z])/g) || []).length;
  const counts = [...bytes.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map(
    (m) => Number(m[1] ?? m[2]),
  );
  const root = counts.length ? Math.max(...counts) : null;
  if (root !== null && root !== pages) {
    throw new Error(`the PDF has ${pages} page objects but its page tree counts ${root}`);
  }
  return pages;
}

/** The text of a PDF file, by poppler's `pdftotext` (poppler-utils). */
export function pdfText(file) {
  const run = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new Error(`pdftotext ${file} failed: ${run.error?.message ?? run.stderr}`);
  }
  return run.stdout;
}

/** Whether `pdftotext` can be run. */
pdfText.available = () => !spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).error;
