// vestis search: loads the page language's index and searches it as the reader
// types. Letters are folded on both sides, so "izglitiba" finds "Izglītība" and
// "dai hoc" finds "Đại học". Title matches come first, newest first within each.
(function () {
  "use strict";
  var input = document.getElementById("search-input");
  if (!input) return;
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var entries = null;

  function fold(s) {
    return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d").replace(/[łŁ]/g, "l").toLowerCase();
  }

  function load() {
    if (entries) return Promise.resolve(entries);
    return fetch(input.dataset.index).then(function (r) { return r.json(); }).then(function (data) {
      entries = data.map(function (e) {
        return { e: e, title: fold(e.t), text: fold(e.t + " " + (e.s || "") + " " + (e.c || "")) };
      });
      return entries;
    });
  }

  function search(q) {
    var words = fold(q).split(/\s+/).filter(Boolean);
    if (!words.length) return [];
    var hits = [];
    entries.forEach(function (x) {
      var all = words.every(function (w) { return x.text.indexOf(w) >= 0; });
      if (!all) return;
      var inTitle = words.every(function (w) { return x.title.indexOf(w) >= 0; });
      hits.push({ x: x, rank: inTitle ? 0 : 1 });
    });
    hits.sort(function (a, b) {
      return a.rank - b.rank || (b.x.e.d || "").localeCompare(a.x.e.d || "");
    });
    return hits.map(function (h) { return h.x.e; });
  }

  function show(q) {
    var found = search(q);
    list.textContent = "";
    found.forEach(function (e) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = e.u;
      a.textContent = e.t;
      li.appendChild(a);
      if (e.c || e.d) {
        var meta = document.createElement("span");
        meta.className = "search-meta";
        meta.textContent = [e.c, e.d].filter(Boolean).join(" · ");
        li.appendChild(meta);
      }
      if (e.s) {
        var p = document.createElement("p");
        p.textContent = e.s;
        li.appendChild(p);
      }
      list.appendChild(li);
    });
    if (!q.trim()) status.textContent = "";
    else if (!found.length) status.textContent = input.dataset.none;
    else status.textContent = (found.length === 1 ? input.dataset.countOne : input.dataset.countMany).replace("%d", found.length);
  }

  input.addEventListener("input", function () {
    var q = input.value;
    load().then(function () { if (input.value === q) show(q); });
  });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    load().then(function () { show(initial); });
  }
})();
