/* jixiao 问题清单: filters window.JIXIAO_FINDINGS (assets/findings-data.js, see FindingsData.java) by rule,
 * severity, region, department, year and text; the filters live in the URL's hash (#rule=…&region=…) so a
 * filtered list can be bookmarked. The pure functions at the top run in node too (the tests use them);
 * the page is wired up only when there is a document. Rows are built with createElement/textContent. */
"use strict";

var JIXIAO_FINDINGS_KEYS = ["rule", "severity", "region", "dept", "year", "q"];
var JIXIAO_PAGE_ROWS = 500;

/** "#rule=A&region=浙江省%20杭州市" → {rule: "A", region: "浙江省 杭州市"}; unknown keys are ignored. */
function jixiaoParseHash(hash) {
  var out = {};
  String(hash || "").replace(/^#/, "").split("&").forEach(function (part) {
    if (!part) return;
    var eq = part.indexOf("=");
    var key = eq < 0 ? part : part.slice(0, eq);
    var value = eq < 0 ? "" : part.slice(eq + 1);
    try {
      key = decodeURIComponent(key.replace(/\+/g, " "));
      value = decodeURIComponent(value.replace(/\+/g, " "));
    } catch (e) {
      return; // a malformed escape: skip that part
    }
    if (JIXIAO_FINDINGS_KEYS.indexOf(key) >= 0 && value !== "") out[key] = value;
  });
  return out;
}

function jixiaoFormatHash(filters) {
  var parts = [];
  JIXIAO_FINDINGS_KEYS.forEach(function (k) {
    if (filters[k] != null && filters[k] !== "") parts.push(k + "=" + encodeURIComponent(filters[k]));
  });
  return parts.length ? "#" + parts.join("&") : "";
}

/**
 * The filters in words, for the top of a printed agenda: "筛选：规则「未达成却得满分」；地区「…」", or that
 * nothing is filtered. Rule codes are named by their Chinese titles, severities by their labels.
 */
function jixiaoDescribeFilters(data, filters) {
  var names = {rule: "规则", severity: "级别", region: "地区", dept: "部门", year: "年度", q: "关键词"};
  var parts = [];
  JIXIAO_FINDINGS_KEYS.forEach(function (k) {
    var v = filters[k];
    if (v == null || v === "") return;
    if (k === "rule") data.rules.forEach(function (r) { if (r[0] === v) v = r[5] || r[0]; });
    if (k === "severity") data.rules.forEach(function (r) { if (r[1] === filters.severity) v = r[2]; });
    parts.push(names[k] + "「" + v + "」");
  });
  return parts.length ? "筛选：" + parts.join("；") : "未筛选（全部问题）";
}

/** The text a row's free-text filter searches: message, indicator, project, rule, department, region. */
function jixiaoRowText(data, i) {
  var row = data.rows[i], form = data.forms[row[0]], rule = data.rules[row[1]];
  return [data.messages[row[2]], row[3] < 0 ? "" : data.indicators[row[3]], form[0], rule[0], rule[5] || "", rule[4],
    data.depts[form[3]], data.regions[form[2]]].join(" ").toLowerCase();
}

/**
 * The indexes of the rows matching every filter given: rule (id), severity (ERROR/WARNING/INFO), region (a
 * path or a leading part of one: "浙江省 杭州市" takes its counties too), dept (name), year ("2023", or "" …
 * "unknown" for forms without one), q (space-separated words, all present, case-insensitive).
 */
function jixiaoFilterFindings(data, filters) {
  filters = filters || {};
  var ruleIdx = -1, severityRules = null, i;
  if (filters.rule) {
    for (i = 0; i < data.rules.length; i++) if (data.rules[i][0] === filters.rule) ruleIdx = i;
    if (ruleIdx < 0) return [];
  }
  if (filters.severity) {
    severityRules = data.rules.map(function (r) { return r[1] === filters.severity; });
  }
  var regionOk = null;
  if (filters.region) {
    var prefix = filters.region + " ";
    regionOk = data.regions.map(function (r) { return r === filters.region || r.indexOf(prefix) === 0; });
  }
  var deptIdx = filters.dept ? data.depts.indexOf(filters.dept) : null;
  if (deptIdx === -1) return [];
  var yearIdx = null;
  if (filters.year) {
    yearIdx = -2;
    for (i = 0; i < data.years.length; i++) {
      var y = data.years[i];
      if ((y == null && filters.year === "unknown") || String(y) === String(filters.year)) yearIdx = i;
    }
    if (yearIdx === -2) return [];
  }
  var terms = String(filters.q || "").toLowerCase().split(/\s+/).filter(Boolean);
  var out = [];
  for (i = 0; i < data.rows.length; i++) {
    var row = data.rows[i], form = data.forms[row[0]];
    if (ruleIdx >= 0 && row[1] !== ruleIdx) continue;
    if (severityRules && !severityRules[row[1]]) continue;
    if (regionOk && !regionOk[form[2]]) continue;
    if (deptIdx != null && form[3] !== deptIdx) continue;
    if (yearIdx != null && form[4] !== yearIdx) continue;
    if (terms.length) {
      var text = jixiaoRowText(data, i);
      if (!terms.every(function (t) { return text.indexOf(t) >= 0; })) continue;
    }
    out.push(i);
  }
  return out;
}

/** Region options: every path and each leading part of one ("浙江省", "浙江省 杭州市", …), sorted. */
/** The list's columns in order, each with what its rows sort by (the site's order of severities; names as text). */
var JIXIAO_FINDINGS_SEVERITY_ORDER = { ERROR: 0, WARNING: 1, INFO: 2 };
function jixiaoFindingsSortKey(data, column) {
  var rule = function (i) { return data.rules[data.rows[i][1]]; };
  var form = function (i) { return data.forms[data.rows[i][0]]; };
  return [
    function (i) { var r = JIXIAO_FINDINGS_SEVERITY_ORDER[rule(i)[1]]; return r == null ? 9 : r; },
    function (i) { return rule(i)[5] || rule(i)[0]; },
    function (i) { return data.messages[data.rows[i][2]]; },
    function (i) { return data.rows[i][3] < 0 ? "" : data.indicators[data.rows[i][3]]; },
    function (i) { return form(i)[0] || ""; },
    function (i) { return data.depts[form(i)[3]] || ""; },
    function (i) { return data.regions[form(i)[2]] || ""; },
    function (i) { var y = data.years[form(i)[4]]; return y == null ? 99999 : y; }
  ][column];
}

/**
 * The matching rows (indexes into data.rows) sorted by one column of the list, the whole list and not only the
 * rows shown; ties keep the agenda's order (severity, money at stake, place). Text sorts as Chinese readers
 * expect (pinyin, where the browser knows it).
 */
function jixiaoSortFindings(data, matches, column, descending) {
  var key = jixiaoFindingsSortKey(data, column);
  var collator = typeof Intl !== "undefined" ? new Intl.Collator("zh-Hans-CN", { numeric: true }) : null;
  var keyed = matches.map(function (i, n) { return { i: i, n: n, k: key(i) }; });
  keyed.sort(function (a, b) {
    var c = typeof a.k === "number" && typeof b.k === "number" ? a.k - b.k
      : collator ? collator.compare(String(a.k), String(b.k)) : (String(a.k) < String(b.k) ? -1 : String(a.k) > String(b.k) ? 1 : 0);
    if (descending) c = -c;
    return c !== 0 ? c : a.n - b.n;
  });
  return keyed.map(function (x) { return x.i; });
}

function jixiaoRegionOptions(data) {
  var seen = {};
  data.regions.forEach(function (r) {
    var parts = r.split(" ");
    for (var n = 1; n <= parts.length; n++) seen[parts.slice(0, n).join(" ")] = true;
  });
  return Object.keys(seen).sort();
}

function jixiaoFindingsPage() {
  var data = window.JIXIAO_FINDINGS;
  var app = document.getElementById("findings-app");
  if (!app) return;
  var summary = document.getElementById("findings-summary");
  app.hidden = false;
  if (!data) {
    summary.textContent = "未能载入问题数据（assets/findings-data.js）。";
    return;
  }
  var controls = {};
  JIXIAO_FINDINGS_KEYS.forEach(function (k) { controls[k] = document.getElementById("f-" + k); });
  var body = document.getElementById("findings-rows");
  var more = document.getElementById("findings-more");
  var matches = [], shown = 0, sortColumn = null, sortDescending = false;
  // each heading sorts the whole filtered list (a click again reverses it); the agenda's order until then
  var heads = document.querySelectorAll("#findings-table thead th");
  Array.prototype.forEach.call(heads, function (th, column) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort-button";
    button.textContent = th.textContent;
    button.title = "按" + th.textContent + "排序";
    th.textContent = "";
    th.appendChild(button);
    button.addEventListener("click", function () {
      sortDescending = sortColumn === column ? !sortDescending : false;
      sortColumn = column;
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", sortDescending ? "descending" : "ascending");
      apply(false);
    });
  });

  function option(select, value, label) {
    var o = document.createElement("option");
    o.value = value;
    o.textContent = label;
    select.appendChild(o);
  }

  var perRule = data.rules.map(function () { return 0; });
  data.rows.forEach(function (r) { perRule[r[1]]++; });
  data.rules.forEach(function (r, i) {
    if (perRule[i]) option(controls.rule, r[0], (r[5] || r[0]) + " · " + r[4] + "（" + perRule[i] + "）");
  });
  var severities = [];
  data.rules.forEach(function (r) {
    if (!severities.some(function (s) { return s[0] === r[1]; })) severities.push([r[1], r[2]]);
  });
  severities.forEach(function (s) { option(controls.severity, s[0], s[1]); });
  jixiaoRegionOptions(data).forEach(function (r) { option(controls.region, r, r); });
  data.depts.forEach(function (d) { option(controls.dept, d, d); });
  data.years.forEach(function (y) { option(controls.year, y == null ? "unknown" : String(y), y == null ? "年度不详" : y + "年"); });

  function current() {
    var f = {};
    JIXIAO_FINDINGS_KEYS.forEach(function (k) { if (controls[k].value) f[k] = controls[k].value; });
    return f;
  }

  function setControls(f) {
    JIXIAO_FINDINGS_KEYS.forEach(function (k) {
      var c = controls[k], v = f[k] || "";
      if (c.tagName === "SELECT" && v && !Array.prototype.some.call(c.options, function (o) { return o.value === v; })) {
        option(c, v, v + "（无此项）"); // a shared link to something no longer in the data still shows what it asked for
      }
      c.value = v;
    });
  }

  function cell(tr, text, className) {
    var td = document.createElement("td");
    if (className) td.className = className;
    if (text != null) td.textContent = text;
    tr.appendChild(td);
    return td;
  }

  function renderRow(i) {
    var row = data.rows[i], form = data.forms[row[0]], rule = data.rules[row[1]];
    var tr = document.createElement("tr");
    var sev = document.createElement("span");
    sev.className = "severity " + rule[1];
    sev.textContent = rule[2];
    cell(tr).appendChild(sev);
    var name = cell(tr, rule[5] || rule[0]); // the rule's Chinese name; its code stays as the tooltip
    name.title = rule[0];
    cell(tr, data.messages[row[2]], "finding-message");
    cell(tr, row[3] < 0 ? "—" : data.indicators[row[3]]);
    var project = cell(tr);
    if (form[1]) {
      var a = document.createElement("a");
      a.href = form[1];
      a.textContent = form[0] || "（未填项目名称）"; // an empty name would leave an invisible link
      project.appendChild(a);
    } else {
      project.textContent = form[0] || "—";
    }
    cell(tr, data.depts[form[3]]);
    cell(tr, data.regions[form[2]]);
    var y = data.years[form[4]];
    cell(tr, y == null ? "年度不详" : y + "年");
    return tr;
  }

  function showUpTo(n) {
    var fragment = document.createDocumentFragment();
    for (; shown < Math.min(n, matches.length); shown++) fragment.appendChild(renderRow(matches[shown]));
    body.appendChild(fragment);
    more.hidden = shown >= matches.length;
    if (!more.hidden) more.textContent = "显示更多（还有 " + (matches.length - shown) + " 条）";
    summary.textContent = jixiaoDescribeFilters(data, current()) + "。符合条件的问题 " + matches.length +
      " 条（全部 " + data.rows.length + " 条）" + (shown < matches.length ? "，已显示前 " + shown + " 条。" : "。") +
      (sortColumn == null ? "" : "按“" + heads[sortColumn].textContent + "”" + (sortDescending ? "降序" : "升序") + "排列。") +
      "列出日期：" + new Date().toISOString().slice(0, 10) + "。";
  }

  function apply(updateHash) {
    var f = current();
    matches = jixiaoFilterFindings(data, f);
    if (sortColumn != null) matches = jixiaoSortFindings(data, matches, sortColumn, sortDescending);
    shown = 0;
    while (body.firstChild) body.removeChild(body.firstChild);
    showUpTo(JIXIAO_PAGE_ROWS);
    if (updateHash) {
      var hash = jixiaoFormatHash(f);
      if (hash !== window.location.hash && !(hash === "" && window.location.hash === "")) {
        history.replaceState(null, "", hash || window.location.pathname + window.location.search);
      }
    }
  }

  JIXIAO_FINDINGS_KEYS.forEach(function (k) {
    controls[k].addEventListener(k === "q" ? "input" : "change", function () { apply(true); });
  });
  document.getElementById("findings-filters").addEventListener("submit", function (e) { e.preventDefault(); });
  document.getElementById("f-reset").addEventListener("click", function () {
    setControls({});
    apply(true);
  });
  more.addEventListener("click", function () { showUpTo(shown + JIXIAO_PAGE_ROWS); });
  document.getElementById("f-print").addEventListener("click", function () {
    showUpTo(matches.length);
    window.print();
  });
  window.addEventListener("beforeprint", function () { showUpTo(matches.length); });
  window.addEventListener("hashchange", function () {
    setControls(jixiaoParseHash(window.location.hash));
    apply(false);
  });
  setControls(jixiaoParseHash(window.location.hash));
  apply(false);
}

if (typeof document !== "undefined" && typeof window !== "undefined") {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", jixiaoFindingsPage);
  else jixiaoFindingsPage();
}
