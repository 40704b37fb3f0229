/* search.js — site search for outreach sites. No dependencies, no build step.
 *
 * Markup contract (the page's template writes this; messages are in the page's language):
 *
 *   <form role="search" action="" method="get" data-index="/search/vi/"
 *         data-msg-results-other="{n} kết quả"
 *         data-msg-results-one="{n} result"            (optional, per Intl.PluralRules category)
 *         data-msg-results-partial="Ít nhất {n} kết quả"  (optional: while a short prefix
 *                                                          matches common words by their
 *                                                          best pages, the count is a floor)
 *         data-msg-none="Không tìm thấy trang nào."
 *         data-msg-short="Gõ thêm chữ cái để tìm."
 *         data-msg-error="Chưa tải được chỉ mục tìm kiếm."
 *         data-msg-more="Xem thêm kết quả">
 *     <label for="q">Tìm kiếm</label>
 *     <input type="search" id="q" name="q" autocomplete="off">
 *     <p data-search-status role="status" aria-live="polite"></p>   (created if missing)
 *     <ol data-search-results></ol>                                (created if missing)
 *   </form>
 *   <script src="/search.js" defer></script>
 *
 * data-index is the folder of the language's index (meta.json, t/, p/, d/), ending in "/".
 * The page gives it with the site's base path (/repo/search/vi/ for a site published
 * under /repo/), as it gives every result's url: this script writes no address of its own.
 * Each result is <li><a href="url">title</a><p>summary</p></li>, query words in <mark>.
 * A "more results" <button data-search-more> follows the list when there are more.
 * The query is kept in the address (?q=…), so a search can be shared and survives Back;
 * without JavaScript the form submits ?q=… to the page and nothing else happens.
 *
 * Matching mirrors src/search/ in outreach (its tests run this file under Node):
 * fold() = NFC, Latin letters lose every combining mark, đ/Đ → d, lowercase; words are runs
 * of letters and digits; every word must match; the last word matches as a prefix while it
 * is being typed (no space after it yet) once it has meta.min_prefix letters (a Hangul
 * syllable counts 2) — a shorter last word is left out, and alone it asks for more letters;
 * results rank by query words in the title, then by body weight, then by address order.
 * Files other than meta.json are fetched with ?v=<meta.build>.
 */
(function () {
  'use strict';

  // ---- Folding: mirrors src/search/fold.rs ----

  var MAX_TERM_CHARS = 40;
  var LETTERS_WITHOUT_MARKS = {
    'Đ': 'd', 'đ': 'd', 'Ð': 'd', 'ð': 'd', 'Ł': 'l', 'ł': 'l', 'Ø': 'o', 'ø': 'o',
    'Ħ': 'h', 'ħ': 'h', 'Ŧ': 't', 'ŧ': 't', 'ı': 'i', 'ß': 'ss', 'ẞ': 'ss',
    'Æ': 'ae', 'æ': 'ae', 'Œ': 'oe', 'œ': 'oe'
  };
  var MARK = /\p{M}/u;
  var MARKS = /\p{M}/gu;
  var WORD_CHAR = /[\p{Alphabetic}\p{N}]/u;
  var WORDS = /[\p{Alphabetic}\p{N}]+/gu;

  function isLatin(cp) {
    return cp <= 0x24f || (cp >= 0x1e00 && cp <= 0x1eff);
  }

  function fold(text) {
    var s = String(text == null ? '' : text).normalize('NFC');
    var out = '';
    var afterLatin = true;
    for (var ch of s) {
      var cp = ch.codePointAt(0);
      if (cp < 0x80) {
        out += ch.toLowerCase();
        afterLatin = true;
      } else if (MARK.test(ch)) {
        if (!afterLatin) out += ch;
      } else if (Object.prototype.hasOwnProperty.call(LETTERS_WITHOUT_MARKS, ch)) {
        out += LETTERS_WITHOUT_MARKS[ch];
        afterLatin = true;
      } else if (isLatin(cp)) {
        out += ch.normalize('NFD').replace(MARKS, '').toLowerCase();
        afterLatin = true;
      } else {
        out += ch.toLowerCase();
        afterLatin = false;
      }
    }
    return out;
  }

  function truncateTerm(word) {
    if (word.length <= MAX_TERM_CHARS) return word;
    var chars = Array.from(word);
    return chars.length <= MAX_TERM_CHARS ? word : chars.slice(0, MAX_TERM_CHARS).join('');
  }

  /** The words of already folded text. */
  function words(folded) {
    return (folded.match(WORDS) || []).map(truncateTerm);
  }

  function tokenize(text) {
    return words(fold(text));
  }

  /** Latin letters and digits count 1, other characters (a Hangul syllable) 2. */
  function prefixWeight(word) {
    var weight = 0;
    for (var ch of word) weight += isLatin(ch.codePointAt(0)) ? 1 : 2;
    return weight;
  }

  /** {words, prefix, needsMore}: like parse_query in src/search/query.rs. */
  function parseQuery(query, minPrefix, maxWords) {
    var folded = fold(query);
    var tokens = words(folded);
    var lastChar = Array.from(folded).pop();
    var typing = lastChar !== undefined && WORD_CHAR.test(lastChar);
    var last = typing ? tokens.pop() : undefined;
    var parsed = { words: [], prefix: null, needsMore: false };
    tokens.forEach(function (t) {
      if (parsed.words.indexOf(t) < 0) parsed.words.push(t);
    });
    if (last !== undefined) {
      if (prefixWeight(last) >= minPrefix) parsed.prefix = last;
      else parsed.needsMore = parsed.words.length === 0;
    }
    if (parsed.words.length >= maxWords) {
      parsed.words.length = maxWords;
      parsed.prefix = null;
    }
    return parsed;
  }

  // ---- Posting lists: mirrors src/search/codec.rs ----

  var DIGIT = {};
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('').forEach(
    function (c, i) { DIGIT[c] = i; });

  /** Calls each(n) for every number in s. */
  function readNumbers(s, each) {
    var n = 0, scale = 1;
    for (var i = 0; i < s.length; i++) {
      var d = DIGIT[s[i]];
      if (d === undefined) return;
      n += (d & 31) * scale;
      if (d < 32) { each(n); n = 0; scale = 1; } else { scale *= 32; }
    }
  }

  // ---- Querying an index: mirrors search() in src/search/query.rs ----

  /** Binary search: how many of the sorted strings are <= key. */
  function countNotAfter(sorted, key, get) {
    var lo = 0, hi = sorted.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (get(sorted[mid]) <= key) lo = mid + 1; else hi = mid;
    }
    return lo;
  }
  function self(x) { return x; }
  function termOf(entry) { return entry[0]; }

  function shardOf(meta, term) {
    var n = countNotAfter(meta.terms, term, self);
    return n > 0 ? n - 1 : null;
  }

  function prefixRange(meta, prefix) {
    var start = shardOf(meta, prefix);
    if (start === null) {
      if (meta.terms.length && meta.terms[0].startsWith(prefix)) start = 0; else return [];
    }
    var range = [start];
    for (var n = start + 1; n < meta.terms.length; n++) {
      if (!meta.terms[n].startsWith(prefix) || range.length >= meta.max_prefix_shards) break;
      range.push(n);
    }
    return range;
  }

  /** 1 + log2(docs / df) in whole steps. */
  function rarity(docs, df) {
    var ratio = Math.floor(docs / Math.min(Math.max(df, 1), Math.max(docs, 1)));
    var log = 0;
    while (ratio >= 2) { ratio = Math.floor(ratio / 2); log++; }
    return 1 + log;
  }

  /**
   * An index read through load(path, build) → Promise of parsed JSON, where path is relative
   * to the index folder and build is meta.build (undefined for meta.json itself). Each file
   * is loaded once.
   */
  function createIndex(load) {
    var cache = new Map();
    var build;
    function get(path) {
      if (!cache.has(path)) {
        var p = Promise.resolve().then(function () {
          return load(path, path === 'meta.json' ? undefined : build);
        });
        p.catch(function () { cache.delete(path); });
        cache.set(path, p);
      }
      return cache.get(path);
    }
    function meta() {
      return get('meta.json').then(function (m) {
        if (!m || m.version !== 1) throw new Error('search index format ' + (m && m.version));
        build = m.build;
        return m;
      });
    }

    /** Adds one entry's pages to a word's map (doc → title bit | (best bucket + 1) << 1). */
    function addLists(word, titles, bodies) {
      var next = 0;
      readNumbers(titles, function (gap) {
        var doc = next + gap; next = doc + 1;
        word.pages.set(doc, (word.pages.get(doc) || 0) | 1);
      });
      next = 0;
      readNumbers(bodies, function (n) {
        var doc = next + Math.floor(n / 4); next = doc + 1;
        var old = word.pages.get(doc) || 0;
        var body = Math.max(old >> 1, (n % 4) + 1);
        word.pages.set(doc, (old & 1) | (body << 1));
      });
    }

    async function addEntry(word, entry, exact) {
      word.df += entry[1];
      // A frequent term's shard entry holds only its best pages: the count becomes a floor.
      if (!exact && entry.length > 4) word.partial = true;
      if (exact && entry.length > 4) {
        var full = await get('p/' + entry[4] + '.json');
        addLists(word, full[0], full[1]);
      } else {
        addLists(word, entry[2], entry[3]);
      }
    }

    /** All pages matching `query`, best first, as doc ids; and the parsed query. */
    async function rank(query) {
      var m = await meta();
      var parsed = parseQuery(query, m.min_prefix, m.max_words);
      if (!parsed.words.length && parsed.prefix === null) {
        return { meta: m, parsed: parsed, ids: [], partial: false };
      }

      var wordShards = parsed.words.map(function (w) { return shardOf(m, w); });
      var prefixShards = parsed.prefix === null ? [] : prefixRange(m, parsed.prefix);
      var wanted = wordShards.filter(function (n) { return n !== null; }).concat(prefixShards);
      var shards = new Map();
      await Promise.all(wanted.map(function (n) {
        return get('t/' + n + '.json').then(function (s) { shards.set(n, Array.isArray(s) ? s : []); });
      }));

      var perWord = await Promise.all(parsed.words.map(async function (w, i) {
        var word = { pages: new Map(), df: 0, partial: false };
        var n = wordShards[i];
        if (n === null) return word;
        var shard = shards.get(n);
        var at = countNotAfter(shard, w, termOf) - 1;
        if (at >= 0 && shard[at][0] === w) await addEntry(word, shard[at], true);
        return word;
      }));
      if (parsed.prefix !== null) {
        var p = parsed.prefix;
        var word = { pages: new Map(), df: 0, partial: false };
        for (var n of prefixShards) {
          var shard = shards.get(n);
          var from = countNotAfter(shard, p, termOf);
          if (from > 0 && shard[from - 1][0] === p) from--;
          for (var i = from; i < shard.length && shard[i][0].startsWith(p); i++) {
            await addEntry(word, shard[i], shard[i][0] === p);
          }
        }
        perWord.push(word);
      }

      var smallest = perWord.reduce(function (a, b) { return b.pages.size < a.pages.size ? b : a; });
      var weights = perWord.map(function (w) { return rarity(m.docs, w.df); });
      var scored = [];
      smallest.pages.forEach(function (_, doc) {
        var inTitle = 0, body = 0;
        for (var k = 0; k < perWord.length; k++) {
          var hit = perWord[k].pages.get(doc);
          if (hit === undefined) return;
          inTitle += hit & 1;
          body += (hit >> 1) * weights[k];
        }
        scored.push([inTitle, body, doc]);
      });
      scored.sort(function (a, b) { return b[0] - a[0] || b[1] - a[1] || a[2] - b[2]; });
      return {
        meta: m, parsed: parsed, ids: scored.map(function (s) { return s[2]; }),
        partial: perWord.some(function (w) { return w.partial; })
      };
    }

    /** Loads the pages `ids` as {url, title, summary}. */
    async function docs(m, ids) {
      var per = m.docs_per_shard || 1;
      return Promise.all(ids.map(async function (doc) {
        var rows = await get('d/' + Math.floor(doc / per) + '.json');
        var row = (rows && rows[doc % per]) || [];
        return { url: String(row[0] || ''), title: String(row[1] || ''), summary: String(row[2] || '') };
      }));
    }

    /**
     * {total, partial, hits, needsMore, parsed, page(from, count)}: the first `limit` hits of
     * `query`; partial says total is a floor (a prefix matched frequent terms by their best
     * pages only).
     */
    async function search(query, limit) {
      var r = await rank(query);
      return {
        total: r.ids.length,
        partial: r.partial,
        needsMore: r.parsed.needsMore,
        parsed: r.parsed,
        hits: await docs(r.meta, r.ids.slice(0, limit)),
        page: function (from, count) { return docs(r.meta, r.ids.slice(from, from + count)); }
      };
    }

    return { meta: meta, search: search };
  }

  // ---- The page ----

  var RESULTS_PER_PAGE = 10;
  var DEBOUNCE_MS = 150;

  /** `text` with the words that match the query in <mark>. */
  function highlighted(text, parsed) {
    var frag = document.createDocumentFragment();
    var last = 0;
    var marked = function (token) {
      return tokenize(token).some(function (t) {
        return parsed.words.indexOf(t) >= 0 || (parsed.prefix !== null && t.startsWith(parsed.prefix));
      });
    };
    text.replace(/[\p{Alphabetic}\p{N}\p{M}]+/gu, function (token, at) {
      if (marked(token)) {
        frag.appendChild(document.createTextNode(text.slice(last, at)));
        var mark = document.createElement('mark');
        mark.textContent = token;
        frag.appendChild(mark);
        last = at + token.length;
      }
      return token;
    });
    frag.appendChild(document.createTextNode(text.slice(last)));
    return frag;
  }

  function attach(form) {
    var input = form.querySelector('input[type="search"]');
    if (!input) return;
    var base = form.getAttribute('data-index') || '';
    var lang = (form.closest('[lang]') || document.documentElement).getAttribute('lang') || undefined;
    var status = form.querySelector('[data-search-status]');
    if (!status) {
      status = document.createElement('p');
      status.setAttribute('data-search-status', '');
      status.setAttribute('role', 'status');
      status.setAttribute('aria-live', 'polite');
      input.insertAdjacentElement('afterend', status);
    }
    var list = form.querySelector('ol[data-search-results]');
    if (!list) {
      list = document.createElement('ol');
      list.setAttribute('data-search-results', '');
      status.insertAdjacentElement('afterend', list);
    }
    var more = form.querySelector('[data-search-more]');
    if (!more) {
      more = document.createElement('button');
      more.type = 'button';
      more.setAttribute('data-search-more', '');
      more.textContent = form.getAttribute('data-msg-more') || 'More results';
      list.insertAdjacentElement('afterend', more);
    }
    more.hidden = true;

    var index = createIndex(function (path, build) {
      // meta.json is revalidated on every page view; the files it names carry its build id,
      // so a cache may keep them as long as it likes and never mixes two builds.
      var url = base + path + (build ? '?v=' + encodeURIComponent(build) : '');
      return fetch(url, build ? undefined : { cache: 'no-cache' }).then(function (r) {
        if (!r.ok) throw new Error(r.status + ' ' + base + path);
        return r.json();
      });
    });

    function message(name, n, partial) {
      var text = null;
      if (name === 'results') {
        var category = 'other';
        try { category = new Intl.PluralRules(lang).select(n); } catch (e) { /* unknown lang */ }
        text = (partial && form.getAttribute('data-msg-results-partial')) ||
          form.getAttribute('data-msg-results-' + category) ||
          form.getAttribute('data-msg-results-other');
        var shown = n;
        try { shown = n.toLocaleString(lang); } catch (e) { /* unknown lang */ }
        return (text || '{n}').replace('{n}', shown);
      }
      return form.getAttribute('data-msg-' + name) || '';
    }

    function show(hits, parsed, append) {
      if (!append) list.textContent = '';
      hits.forEach(function (hit) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = hit.url;
        a.appendChild(highlighted(hit.title || hit.url, parsed));
        li.appendChild(a);
        if (hit.summary) {
          var p = document.createElement('p');
          p.appendChild(highlighted(hit.summary, parsed));
          li.appendChild(p);
        }
        list.appendChild(li);
      });
    }

    var latest = 0;
    var current = null;
    async function run() {
      var query = input.value;
      var mine = ++latest;
      try {
        var url = new URL(window.location.href);
        if (query.trim()) url.searchParams.set('q', query); else url.searchParams.delete('q');
        window.history.replaceState(window.history.state, '', url);
      } catch (e) { /* a file: page or an old browser: the address just stays */ }
      if (!query.trim()) {
        current = null;
        list.textContent = '';
        status.textContent = '';
        more.hidden = true;
        return;
      }
      try {
        var result = await index.search(query, RESULTS_PER_PAGE);
        if (mine !== latest) return;
        current = { result: result, shown: result.hits.length };
        show(result.hits, result.parsed, false);
        status.textContent = result.needsMore ? message('short')
          : result.total === 0 ? message('none') : message('results', result.total, result.partial);
        more.hidden = current.shown >= result.total;
      } catch (e) {
        if (mine !== latest) return;
        current = null;
        list.textContent = '';
        more.hidden = true;
        status.textContent = message('error');
        if (window.console) window.console.warn('search:', e);
      }
    }

    var timer = null;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(run, DEBOUNCE_MS);
    });
    input.addEventListener('focus', function () { index.meta().catch(function () {}); }, { once: true });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      clearTimeout(timer);
      run();
    });
    more.addEventListener('click', async function () {
      var c = current;
      if (!c) return;
      try {
        var hits = await c.result.page(c.shown, RESULTS_PER_PAGE);
        if (c !== current) return;
        var first = list.children.length;
        show(hits, c.result.parsed, true);
        c.shown += hits.length;
        more.hidden = c.shown >= c.result.total;
        var link = list.children[first] && list.children[first].querySelector('a');
        if (link) link.focus();
      } catch (e) {
        status.textContent = message('error');
      }
    });

    var initial = null;
    try { initial = new URL(window.location.href).searchParams.get('q'); } catch (e) { /* none */ }
    if (initial) {
      input.value = initial;
      run();
    }
  }

  var api = {
    fold: fold, tokenize: tokenize, prefixWeight: prefixWeight, parseQuery: parseQuery,
    createIndex: createIndex
  };
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else if (typeof document !== 'undefined') {
    var start = function () {
      document.querySelectorAll('form[role="search"][data-index]').forEach(attach);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
    else start();
  }
})();
