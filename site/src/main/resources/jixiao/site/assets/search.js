/* jixiao site search: looks ?q= up in window.JIXIAO_SEARCH (assets/search-index.js, see SearchIndex.java).
 * The functions at the top are pure and run in node too (the tests load this file in a vm context);
 * the page is wired up only when there is a document. Results are built with createElement/textContent. */
"use strict";

var JIXIAO_TYPES = ["地区", "部门", "项目"];

/** NFKC, lower case, letters and digits only: the same as SearchIndex.normalise in Java. */
function jixiaoNormalise(s) {
  return String(s == null ? "" : s).normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

function jixiaoDecode(s) {
  var more = "0123456789ABCDEFGHIJKLMNOPQRSTUV", last = "WXYZabcdefghijklmnopqrstuvwxyz-_";
  var out = [], value = 0, previous = -1;
  for (var i = 0; i < s.length; i++) {
    var c = s.charAt(i), d = more.indexOf(c);
    if (d >= 0) { value = value * 32 + d; continue; }
    previous += value * 32 + last.indexOf(c);
    out.push(previous);
    value = 0;
  }
  return out;
}

/**
 * The index with what the search needs worked out once. Result ids: regions 0 … R-1, departments R … R+D-1,
 * forms R+D+i for index.f[i]. Gram ids (the postings): the same for regions and departments, R+D+k for the
 * project name index.n[k].
 */
function jixiaoPrepare(index) {
  if (index.__prepared) return index.__prepared;
  var R = index.r.length, D = index.d.length, N = index.n.length, F = index.f.length;
  var p = {
    index: index, R: R, D: D, N: N, F: F, postings: {},
    deptsOfRegion: [], formsOfDept: [], formsOfName: [], formsOfYear: {}, text: []
  };
  var i;
  for (i = 0; i < R; i++) { p.deptsOfRegion.push([]); p.text.push(jixiaoNormalise(index.r[i][0])); }
  for (i = 0; i < D; i++) {
    p.formsOfDept.push([]);
    p.deptsOfRegion[index.d[i][1]].push(R + i);
    p.text.push(jixiaoNormalise(index.d[i][0]));
  }
  for (i = 0; i < N; i++) { p.formsOfName.push([]); p.text.push(jixiaoNormalise(index.n[i])); }
  for (i = 0; i < F; i++) {
    var f = index.f[i];
    p.formsOfName[f[0]].push(R + D + i);
    p.formsOfDept[f[1]].push(R + D + i);
    var y = f[2] == null ? "" : String(f[2]);
    (p.formsOfYear[y] = p.formsOfYear[y] || []).push(R + D + i);
  }
  index.__prepared = p;
  return p;
}

/** The normalised text a result is ranked by: a region's path, a department's or a form's project name. */
function jixiaoResultText(p, id) {
  return id < p.R + p.D ? p.text[id] : p.text[p.R + p.D + p.index.f[id - p.R - p.D][0]];
}

function jixiaoPostings(p, gram) {
  if (p.postings[gram] === undefined) {
    var s = p.index.g[gram];
    p.postings[gram] = s === undefined ? [] : jixiaoDecode(s);
  }
  return p.postings[gram];
}

/** Gram ids whose text (region path, department name, project name) contains the normalised term. */
function jixiaoOwnMatches(p, term) {
  var chars = Array.from(term), lists = [], i;
  if (chars.length === 1) lists.push(jixiaoPostings(p, chars[0]));
  for (i = 0; i + 1 < chars.length; i++) lists.push(jixiaoPostings(p, chars[i] + chars[i + 1]));
  lists.sort(function (a, b) { return a.length - b.length; });
  var candidates = lists[0] || [];
  for (i = 1; i < lists.length && candidates.length; i++) {
    var other = lists[i], kept = [], j = 0, k = 0;
    while (j < candidates.length && k < other.length) {
      if (candidates[j] === other[k]) { kept.push(candidates[j]); j++; k++; }
      else if (candidates[j] < other[k]) j++;
      else k++;
    }
    candidates = kept;
  }
  // grams say "maybe" (their order is lost): the text itself decides
  return candidates.filter(function (id) { return p.text[id].indexOf(term) >= 0; });
}

/** Every entry one term matches: by its own text, a department through its region, a form through its department, region or year. */
function jixiaoTermMatches(p, term, add) {
  var own = jixiaoOwnMatches(p, term), R = p.R, D = p.D;
  own.forEach(function (id) {
    if (id < R + D) add(id);
    if (id < R) p.deptsOfRegion[id].forEach(function (d) {
      add(d);
      p.formsOfDept[d - R].forEach(add);
    });
    else if (id < R + D) p.formsOfDept[id - R].forEach(add);
    else p.formsOfName[id - R - D].forEach(add);
  });
  var year = /^(\d{4})(年(度)?)?$/.exec(term);
  if (year && p.formsOfYear[year[1]]) p.formsOfYear[year[1]].forEach(add);
}

/** One result as the page shows it. */
function jixiaoEntry(p, id) {
  var ix = p.index, R = p.R, D = p.D;
  if (id < R) {
    var r = ix.r[id], forms = 0;
    p.deptsOfRegion[id].forEach(function (d) { forms += p.formsOfDept[d - R].length; });
    return { id: id, type: 0, typeLabel: JIXIAO_TYPES[0], name: r[0], url: r[1], year: null,
      detail: forms + " 张自评表" };
  }
  if (id < R + D) {
    var d = ix.d[id - R];
    return { id: id, type: 1, typeLabel: JIXIAO_TYPES[1], name: d[0], url: d[2], year: null,
      detail: ix.r[d[1]][0] + " · " + p.formsOfDept[id - R].length + " 张自评表" };
  }
  var f = ix.f[id - R - D], dept = ix.d[f[1]];
  // a form is shown on its department's forms page (FormPages): forms/<department>.html#<form id>
  var url = dept[2].replace(/^departments\//, "forms/") + "#" + ix.h[f[3]] + (f[4] == null ? "" : "-" + f[4]);
  return { id: id, type: 2, typeLabel: JIXIAO_TYPES[2], name: ix.n[f[0]], url: url, year: f[2],
    detail: dept[0] + " · " + ix.r[dept[1]][0] + " · " + (f[2] == null ? "年度不详" : f[2] + "年") };
}

/**
 * The search: every space-separated term must match (see jixiaoTermMatches). Ranked: the name equal to the
 * whole query first, then regions, departments, forms; newer years first; shorter names first.
 * @return {total, results: up to limit (200) entries as jixiaoEntry makes them}
 */
function jixiaoSearch(index, query, limit) {
  limit = limit == null ? 200 : limit;
  var p = jixiaoPrepare(index);
  var terms = String(query == null ? "" : query).split(/\s+/).map(jixiaoNormalise).filter(Boolean);
  terms = terms.filter(function (t, i) { return terms.indexOf(t) === i; });
  if (!terms.length) return { total: 0, results: [], terms: [] };
  var n = p.R + p.D + p.F;
  var hits = new Uint16Array(n), seen = new Uint32Array(n), round = 0, matched = [];
  terms.forEach(function (term, t) {
    round = t + 1;
    jixiaoTermMatches(p, term, function (id) {
      if (seen[id] === round) return;
      seen[id] = round;
      if (hits[id] === t) {
        hits[id] = t + 1;
        if (t + 1 === terms.length) matched.push(id);
      }
    });
  });
  var whole = terms.join("");
  var ranked = matched.map(function (id) {
    var year = id >= p.R + p.D ? p.index.f[id - p.R - p.D][2] : null;
    var text = jixiaoResultText(p, id);
    return { id: id, exact: text === whole ? 0 : 1, type: id < p.R ? 0 : id < p.R + p.D ? 1 : 2,
      year: year == null ? -1 : year, len: text.length };
  });
  ranked.sort(function (a, b) {
    return a.exact - b.exact || a.type - b.type || b.year - a.year || a.len - b.len || a.id - b.id;
  });
  return {
    total: ranked.length, terms: terms,
    results: ranked.slice(0, limit).map(function (r) { return jixiaoEntry(p, r.id); })
  };
}

function jixiaoSearchPage() {
  var params = new URLSearchParams(window.location.search);
  var q = (params.get("q") || "").trim();
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  Array.prototype.forEach.call(document.querySelectorAll("input[name=q]"), function (input) { input.value = q; });
  if (!status || !list) return;
  var index = window.JIXIAO_SEARCH;
  if (!index) {
    status.textContent = "未能载入搜索索引（assets/search-index.js）。";
    return;
  }
  if (!q) {
    status.textContent = "请输入要搜索的项目名称、部门或地区。";
    var own = document.getElementById("search-q");
    if (own) own.focus();
    return;
  }
  var found = jixiaoSearch(index, q, 200);
  document.title = "“" + q + "”的搜索结果 · 项目支出绩效自评分析";
  if (!found.total) {
    status.textContent = "没有找到包含“" + q + "”的项目、部门或地区。可以试试更短的词，或用空格分开多个词。";
    return;
  }
  status.textContent = "“" + q + "”共找到 " + found.total + " 条结果" +
    (found.total > found.results.length ? "，显示前 " + found.results.length + " 条。" : "。");
  var fragment = document.createDocumentFragment();
  found.results.forEach(function (r) {
    var li = document.createElement("li");
    var badge = document.createElement("span");
    badge.className = "search-type search-type-" + r.type;
    badge.textContent = r.typeLabel;
    var a = document.createElement("a");
    a.href = r.url; // a site-relative path from the index; search.html is at the root
    a.textContent = r.name || "（未填项目名称）";
    var detail = document.createElement("span");
    detail.className = "search-detail";
    detail.textContent = r.detail;
    li.appendChild(badge);
    li.appendChild(a);
    li.appendChild(detail);
    fragment.appendChild(li);
  });
  list.appendChild(fragment);
}

if (typeof document !== "undefined" && typeof window !== "undefined") {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", jixiaoSearchPage);
  else jixiaoSearchPage();
}
