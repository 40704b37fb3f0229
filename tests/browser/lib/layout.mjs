// Measurements of a page open in the browser: sideways overflow and what causes it.

/**
 * Whether the open page is wider than its screen: `scrollWidth` of the document against
 * the viewport's width. Not `innerWidth`: with a phone's viewport (`isMobile`) Chromium
 * widens the layout viewport to fit the content, so `innerWidth` grows with the overflow
 * it should reveal.
 * Returns null when it fits, else `{ scrollWidth, width, culprits }`: up to five of the
 * outermost elements that stick out past the right edge (the cause, not every
 * descendant), leaving out those inside a scrolling or clipping box, which do not
 * widen the page.
 */
export async function overflow(page) {
  return page.evaluate((viewport) => {
    const width = Math.min(viewport, document.documentElement.clientWidth);
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width) return null;
    const clipped = (el) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      }
      return false;
    };
    const sticksOut = (el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.right > width + 0.5;
    };
    const culprits = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (!sticksOut(el) || clipped(el)) continue;
      if (el.parentElement !== document.body && sticksOut(el.parentElement)) continue;
      const name =
        el.tagName.toLowerCase() +
        (el.id ? '#' + el.id : '') +
        (el.classList.length ? '.' + [...el.classList].join('.') : '');
      culprits.push(`${name} (right edge at ${Math.round(el.getBoundingClientRect().right)} px)`);
      if (culprits.length === 5) break;
    }
    return { scrollWidth, width, culprits };
  }, page.viewportSize().width);
}

/** One line for a report: `/path/: scrollWidth 330 px at 320 px; table.facts (…)`. */
export function describeOverflow(path, found) {
  return `  ${path}: scrollWidth ${found.scrollWidth} px at ${found.width} px; ${found.culprits.join(', ') || 'no single element found'}`;
}
