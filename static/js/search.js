// vestis search: reads the page language's search index in pieces, as Pagefind
// does. The sorted words are cut into shards of about the same size, and
// index.json lists each shard's first word; each word of the query fetches
// only its shard (s/K.json: words to page ids and scores), and only the
// results shown fetch their fragments (f/ID.json: title, address, dates,
// section, text), from which the excerpt around the words found is cut.
// Words are folded on both sides, so "izglitiba" finds "Izglītība" and
// "dai hoc" finds "Đại học"; the last word typed also finds longer words
// ("erasm" finds "Erasmus"). fold, words and the order of words (by code
// point) must stay those of the Go package internal/search, which writes the
// index.
(function () {
  "use strict";
  var input = document.getElementById("search-input");
  if (!input) return;
  var form = input.form;
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var base = input.dataset.index.replace(/[^/]*$/, "");
  var PAGE = 10; // results shown at once
  var KEY = 2; // letters of the last word from which longer words are found too
  var EXCERPT = 220; // characters of an excerpt, about
  var manifest = null;
  var shards = {};
  var frags = {};
  var shown = null; // the results of the query shown: {q, hits, n}
  var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang || "en") : null;

  // fold: decomposed, combining marks dropped, lower case, đ and ł to d and l.
  function fold(s) {
    return (s || "").normalize("NFD").replace(/\p{Mn}/gu, "").toLowerCase()
      .replace(/đ/g, "d").replace(/ł/g, "l");
  }
  function words(s) {
    return fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }
  // cmp orders words by code point, as Go orders them (by UTF-8 bytes).
  function cmp(a, b) {
    var ia = a[Symbol.iterator](), ib = b[Symbol.iterator]();
    for (;;) {
      var x = ia.next(), y = ib.next();
      if (x.done || y.done) return (y.done ? 0 : -1) + (x.done ? 0 : 1);
      var d = x.value.codePointAt(0) - y.value.codePointAt(0);
      if (d) return d;
    }
  }
  // shardsOf returns the shards that hold word w (one: the last whose first
  // word is not after w), and with prefix every word that starts with w (the
  // shards after it whose first word starts with w too). from is the
  // manifest's first word of each shard, null for an empty one.
  function shardsOf(from, w, prefix) {
    var k = -1;
    for (var i = 0; i < from.length; i++) {
      if (from[i] !== null && cmp(from[i], w) <= 0) k = i;
    }
    if (k < 0) k = from.findIndex(function (f) { return f !== null; });
    if (k < 0) return [];
    var out = [k];
    for (var j = k + 1; prefix && j < from.length; j++) {
      if (from[j] === null) continue;
      if (from[j].lastIndexOf(w, 0) !== 0) break;
      out.push(j);
    }
    return out;
  }
  function getJSON(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error(url + ": " + r.status);
      return r.json();
    });
  }
  function loadManifest() {
    if (!manifest) manifest = getJSON(input.dataset.index);
    return manifest;
  }
  function loadShard(k) {
    if (!shards[k]) shards[k] = getJSON(base + "s/" + k + ".json");
    return shards[k];
  }
  function loadFrag(id) {
    if (!frags[id]) frags[id] = getJSON(base + "f/" + id + ".json");
    return frags[id];
  }
  // rank: title over heading over text (the bits of internal/search's scores).
  function rank(s) {
    return (s & 32 ? 100 : 0) + (s & 16 ? 10 : 0) + (s & 15);
  }
  var has = Object.prototype.hasOwnProperty;
  // postings returns page id -> rank for word w in the shard's data; with
  // prefix, every word that starts with w counts (a little below w itself).
  function postings(data, w, prefix) {
    var out = new Map();
    function add(term, exact) {
      var list = data[term], id = 0;
      for (var i = 0; i < list.length; i += 2) {
        id += list[i];
        var r = rank(list[i + 1]) * (exact ? 2 : 1);
        if (!(out.get(id) >= r)) out.set(id, r);
      }
    }
    if (has.call(data, w)) add(w, true);
    if (prefix) {
      for (var term in data) {
        if (has.call(data, term) && term !== w && term.lastIndexOf(w, 0) === 0) add(term, false);
      }
    }
    return out;
  }
  // search returns the ids of the pages with every word of q, best first.
  function search(q) {
    var ws = words(q);
    if (!ws.length) return Promise.resolve([]);
    var prefix = function (w, i) { return i === ws.length - 1 && [...w].length >= KEY; };
    return loadManifest().then(function (m) {
      return Promise.all(ws.map(function (w, i) {
        return Promise.all(shardsOf(m.from, w, prefix(w, i)).map(loadShard)).then(function (parts) {
          return Object.assign.apply(null, [{}].concat(parts));
        });
      }));
    }).then(function (data) {
      var total = null;
      ws.forEach(function (w, i) {
        var p = postings(data[i], w, prefix(w, i));
        if (total === null) { total = p; return; }
        var next = new Map();
        total.forEach(function (r, id) { if (p.has(id)) next.set(id, r + p.get(id)); });
        total = next;
      });
      var hits = Array.from(total.entries());
      hits.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
      return hits.map(function (h) { return h[0]; });
    });
  }

  // matcher returns, for a word of the text, which word of the query it is
  // (its index), or -1: equal once folded, or, for the last word of the
  // query, starting with it.
  function matcher(q) {
    var ws = words(q);
    var last = ws.length ? ws[ws.length - 1] : "";
    var prefix = [...last].length >= KEY;
    return function (word) {
      var f = fold(word), i = ws.indexOf(f);
      if (i < 0 && prefix && f.lastIndexOf(last, 0) === 0) i = ws.length - 1;
      return i;
    };
  }
  // marked appends text s to el with the words that match wrapped in <mark>.
  function marked(el, s, match) {
    var re = /[\p{L}\p{N}\p{M}]+/gu, at = 0, m;
    while ((m = re.exec(s))) {
      if (match(m[0]) < 0) continue;
      if (m.index > at) el.appendChild(document.createTextNode(s.slice(at, m.index)));
      var mark = document.createElement("mark");
      mark.textContent = m[0];
      el.appendChild(mark);
      at = m.index + m[0].length;
    }
    if (at < s.length) el.appendChild(document.createTextNode(s.slice(at)));
  }
  // best returns where the excerpt of text should start from: the first word
  // found after which the most words of the query follow within the excerpt;
  // -1 when the text has none.
  function best(text, match) {
    var re = /[\p{L}\p{N}\p{M}]+/gu, m, found = [];
    while ((m = re.exec(text))) {
      var w = match(m[0]);
      if (w >= 0) found.push({ at: m.index, w: w });
    }
    var at = -1, most = 0;
    for (var i = 0; i < found.length; i++) {
      var seen = new Set();
      for (var j = i; j < found.length && found[j].at - found[i].at < EXCERPT / 2; j++) seen.add(found[j].w);
      if (seen.size > most) { most = seen.size; at = found[i].at; }
    }
    return at;
  }
  // excerpt returns about EXCERPT characters of text from a little before
  // at, cut at spaces, with "…" where it was cut.
  function excerpt(text, at) {
    var start = Math.max(0, Math.min(at - EXCERPT / 3, text.length - EXCERPT));
    if (start > 0) {
      var sp = text.indexOf(" ", start);
      start = sp >= 0 && sp < at ? sp + 1 : at;
    }
    var end = Math.min(text.length, start + EXCERPT);
    if (end < text.length) {
      var cut = text.lastIndexOf(" ", end);
      if (cut > at) end = cut;
    }
    return (start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length ? "…" : "");
  }

  function item(f, match) {
    var li = document.createElement("li");
    var h = document.createElement("h2");
    h.className = "search-title";
    var a = document.createElement("a");
    a.href = f.u;
    marked(a, f.t, match);
    h.appendChild(a);
    li.appendChild(h);
    if (f.c || f.d) {
      var meta = document.createElement("p");
      meta.className = "search-meta";
      if (f.c) meta.appendChild(document.createTextNode(f.c));
      if (f.c && f.d) meta.appendChild(document.createTextNode(" · "));
      if (f.d) {
        var time = document.createElement("time");
        time.dateTime = f.i;
        time.textContent = f.d;
        meta.appendChild(time);
      }
      li.appendChild(meta);
    }
    var p = document.createElement("p");
    p.className = "search-excerpt";
    // The text around its first word found, else the description and
    // fields (where "ERDF" may be only the funding), else the text's start.
    var at = best(f.x, match);
    if (at < 0 && f.m && best(f.m, match) >= 0) marked(p, excerpt(f.m, best(f.m, match)), match);
    else marked(p, excerpt(f.x, Math.max(at, 0)), match);
    li.appendChild(p);
    return li;
  }

  // next fetches the fragments of the next PAGE results of s.
  function next(s) {
    var ids = s.hits.slice(s.n, s.n + PAGE);
    s.n += ids.length;
    return Promise.all(ids.map(loadFrag));
  }
  // append shows fragments fs of s's results.
  function append(s, fs) {
    var match = matcher(s.q);
    fs.forEach(function (f) { list.appendChild(item(f, match)); });
    more.hidden = s.n >= s.hits.length;
  }
  function showMore() {
    var s = shown;
    return next(s).then(function (fs) { if (shown === s) append(s, fs); });
  }

  function count(n) {
    var one = plural ? plural.select(n) === "one" : n === 1;
    return (one ? input.dataset.countOne : input.dataset.countMany).replace("%d", n);
  }

  // run searches for q and shows the count and the first results at once.
  function run(q) {
    var s = { q: q, hits: [], n: 0 };
    return search(q).then(function (hits) {
      s.hits = hits;
      return next(s);
    }).then(function (fs) {
      if (input.value !== q) return; // typed on meanwhile
      shown = s;
      list.textContent = "";
      if (!q.trim()) status.textContent = "";
      else if (!s.hits.length) status.textContent = input.dataset.none;
      else status.textContent = count(s.hits.length);
      append(s, fs);
      list.dataset.query = q; // what the results are of (tests wait for it)
    }).catch(function (err) {
      status.textContent = input.dataset.failed;
      if (window.console) console.error("search:", err);
    });
  }

  var timer = 0;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(input.value); }, 120);
  });
  // Enter searches at once and keeps the query in the address, so that the
  // page can be shared and Back comes back to it.
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    clearTimeout(timer);
    var url = new URL(location.href);
    if (input.value.trim()) url.searchParams.set("q", input.value);
    else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    run(input.value);
  });
  more.addEventListener("click", function () { showMore(); });
  more.hidden = true;
  var note = document.getElementById("search-nojs");
  if (note) note.hidden = true;
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    run(initial);
  }
})();
