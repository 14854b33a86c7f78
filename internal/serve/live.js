// vestis live reload: listens to the dev server and reloads the page when
// something it shows changed, swaps stylesheets in place, keeps the scroll
// position, shows build errors in an overlay, and notes (such as "this page is
// a draft, not shown") in a box at the bottom.
(function () {
  "use strict";
  var here = location.pathname.replace(/index\.html$/, "");
  var scrollKey = "vestis-scroll:" + here;
  var saved = sessionStorage.getItem(scrollKey);
  if (saved !== null) {
    sessionStorage.removeItem(scrollKey);
    var y = parseInt(saved, 10);
    var restore = function () { window.scrollTo({ top: y, behavior: "instant" }); };
    if (document.readyState === "complete") restore(); else window.addEventListener("load", restore);
  }

  // notesKey keeps the notes of a save across the reload it causes, so that a
  // tab that reloads still shows why a page it linked to is gone, with the
  // words of the tab (words) in the page's language.
  var notesKey = "vestis-notes";

  function reload(notes) {
    sessionStorage.setItem(scrollKey, String(window.scrollY));
    if (notes && notes.length) sessionStorage.setItem(notesKey, JSON.stringify({ notes: notes, words: words }));
    location.reload();
  }

  function swapStylesheets() {
    var links = document.querySelectorAll('link[rel="stylesheet"]');
    for (var i = 0; i < links.length; i++) {
      var url = new URL(links[i].href);
      url.searchParams.set("vestis", Date.now());
      links[i].href = url.toString();
    }
  }

  // PLAIN undoes what the site's stylesheet may say of pre (a background,
  // padding), so that messages stay white on dark.
  var PLAIN = "white-space:pre-wrap;margin:0;padding:0;background:none;color:inherit;border:0;border-radius:0;font:inherit";

  // el makes an element styled inline, so that the site's stylesheet has no say.
  function el(tag, css) {
    var e = document.createElement(tag);
    e.style.cssText = css;
    return e;
  }

  // lang is the page's language: the server's text (its "text" in events)
  // gives the words of a tab in each language of the site, "" in English.
  var lang = (document.documentElement.lang || "").toLowerCase();
  function inLang(byLang) {
    if (!byLang) return undefined;
    if (byLang[lang] !== undefined) return byLang[lang];
    var base = lang.split("-")[0];
    if (byLang[base] !== undefined) return byLang[base];
    return byLang[""];
  }
  // words are the tab's own words in its language, from the last event that
  // had them; English until then.
  var words = { overlay: "vestis: the site could not be rebuilt; the last good version is shown below this message", close: "Close" };
  // said takes the words of an event's text, and returns the notes it has in
  // the page's language (else the English ones, notes).
  function said(text, notes) {
    if (!text) return notes || [];
    var w = inLang(text.words);
    if (w) words = w;
    var n = inLang(text.notes);
    return n !== undefined ? n : (notes || []);
  }

  function overlay() { return document.getElementById("vestis-overlay"); }

  function showError(msg) {
    var o = overlay();
    if (!o) {
      o = el("div", "position:fixed;inset:0;z-index:2147483647;background:rgba(20,20,30,.92);color:#fff;" +
        "font:15px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace;padding:2rem;overflow:auto");
      o.id = "vestis-overlay";
      o.setAttribute("role", "alert");
      var h = el("p", "font:bold 18px system-ui,sans-serif;margin:0 0 1rem;color:#ffb4a8");
      h.id = "vestis-overlay-heading";
      var pre = el("pre", PLAIN);
      pre.id = "vestis-overlay-message";
      o.appendChild(h);
      o.appendChild(pre);
      document.body.appendChild(o);
    }
    document.getElementById("vestis-overlay-heading").textContent = words.overlay;
    document.getElementById("vestis-overlay-message").textContent = msg;
  }

  function hideError() {
    var o = overlay();
    if (o) o.remove();
  }

  // showNote puts the server's notes about the last save in a box at the
  // bottom, until the reader closes it or the next save.
  function showNote(lines) {
    var n = document.getElementById("vestis-note");
    if (n) n.remove();
    if (!lines.length) return;
    n = el("div", "position:fixed;left:1rem;right:1rem;bottom:1rem;z-index:2147483646;background:#1f2433;color:#fff;" +
      "font:14px/1.5 system-ui,sans-serif;padding:.75rem 3rem .75rem 1rem;border-radius:.5rem;box-shadow:0 4px 16px rgba(0,0,0,.3)");
    n.id = "vestis-note";
    n.setAttribute("role", "status");
    var text = el("pre", PLAIN);
    text.textContent = lines.join("\n");
    var close = el("button", "position:absolute;top:.4rem;right:.6rem;background:none;border:0;color:#fff;font-size:1.4rem;cursor:pointer");
    close.type = "button";
    close.textContent = "×";
    close.setAttribute("aria-label", words.close);
    close.addEventListener("click", function () { n.remove(); });
    n.appendChild(text);
    n.appendChild(close);
    document.body.appendChild(n);
  }

  // Notes from before a reload, and those the server gives a page that a save
  // hid (a draft: its address now answers 404), are shown once the page loads.
  var pending = [];
  var kept = sessionStorage.getItem(notesKey);
  if (kept !== null) {
    sessionStorage.removeItem(notesKey);
    kept = JSON.parse(kept);
    pending = kept.notes || [];
    if (kept.words) words = kept.words;
  }
  var script = document.currentScript;
  if (script && script.dataset.notes) pending = pending.concat(JSON.parse(script.dataset.notes));
  if (pending.length) {
    var show = function () { showNote(pending); };
    if (document.body) show(); else document.addEventListener("DOMContentLoaded", show);
  }

  function shows(path) {
    path = "/" + path.replace(/^\//, "");
    return path.replace(/index\.html$/, "") === here;
  }

  var down = false;
  // gen is the build this page is from: the server says "stale" when a build
  // came between this page's request and the connection, unseen by this tab.
  var gen = script && script.dataset.gen;
  var es = new EventSource("/_vestis/events" + (gen ? "?gen=" + encodeURIComponent(gen) : ""));
  es.addEventListener("open", function () {
    if (down) reload(); // the server restarted: what it serves may have changed
  });
  es.addEventListener("error", function () { down = true; });
  es.addEventListener("failure", function (e) {
    var d = JSON.parse(e.data);
    said(d.text);
    showError(d.error);
  });
  es.addEventListener("stale", function (e) {
    var d = JSON.parse(e.data || "{}");
    reload(said(d.text, d.notes));
  });
  // LINGER is how long a page whose file is gone (renamed away by an editor
  // that writes the new file after it, or deleted) stays in its tab before
  // the tab reloads to what readers get: the file's return within it
  // reloads the page once, with no 404 page in between.
  var LINGER = 1500;
  var lingering = null;
  es.addEventListener("built", function (e) {
    var d = JSON.parse(e.data);
    hideError();
    var notes = said(d.text, d.notes);
    var changed = d.changed || [], removed = d.removed || [], gone = d.gone || [];
    var css = 0, page = false, other = false, pageGone = false;
    for (var i = 0; i < changed.length; i++) {
      var p = changed[i];
      if (/\.css$/.test(p)) css++;
      else if (shows(p)) page = true;
      else if (!/\.(html|xml|txt)$/.test(p)) other = true;
    }
    for (var j = 0; j < removed.length; j++) {
      var r = removed[j];
      if (/\.css$/.test(r)) css++;
      else if (shows(r)) pageGone = true;
      else if (!/\.(html|xml|txt)$/.test(r)) other = true;
    }
    if (page && lingering !== null) {
      clearTimeout(lingering); // the file came back
      lingering = null;
    }
    if (pageGone && gone.length) {
      notes = notes.concat([inLang(d.text.gone)]);
      showNote(notes);
      if (lingering === null) lingering = setTimeout(function () { reload(notes); }, LINGER);
      return;
    }
    showNote(notes);
    if (page || pageGone || other || here.indexOf("/_vestis/") === 0) reload(notes);
    else if (css) swapStylesheets();
  });
})();
