/* print.js — the "Print this page" control of article pages. No dependencies, no build step.
 *
 * Markup contract (templates/partials/print_control.html writes it, in the page's language):
 *
 *   <div class="print-control">
 *     <button class="print-button" type="button" data-print hidden>Print this page</button>
 *     <noscript><p class="print-hint">To print this page, use your browser's Print command (Ctrl+P).</p></noscript>
 *   </div>
 *   <script src="/print.js" defer></script>
 *
 * Without JavaScript the button stays hidden (it could do nothing) and the hint shows
 * instead. With it, the button is shown and opens the browser's print dialog. The print
 * stylesheet hides the whole control, so it never reaches paper.
 */
(function () {
  'use strict';
  var buttons = document.querySelectorAll('[data-print]');
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].addEventListener('click', function () {
      window.print();
    });
    buttons[i].hidden = false;
  }
})();
