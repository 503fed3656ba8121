/* 两地对比: two regions side by side in one fiscal year, from window.JIXIAO_COMPARE (assets/compare-data.js).
   The pair comes from the hash (#a=<id>&b=<id>&y=<year>) or, after the picker's plain submit, the query. */
(function () {
  "use strict";
  var D = window.JIXIAO_COMPARE;
  var MIN_FOR_SHARES = 5; // below it a share prints as a count ("2/3"), as on every page
  var result = document.getElementById("compare-result");
  var help = document.getElementById("compare-help");
  var form = document.getElementById("compare-picker");
  if (!D || !result) return;
  var F = {};
  D.fields.forEach(function (name, i) { F[name] = i; });

  function params() {
    var out = {};
    var raw = (location.hash || "").replace(/^#/, "");
    if (!raw) raw = (location.search || "").replace(/^\?/, "");
    raw.split("&").forEach(function (kv) {
      var i = kv.indexOf("=");
      if (i > 0) out[kv.slice(0, i)] = decodeURIComponent(kv.slice(i + 1).replace(/\+/g, " "));
    });
    return out;
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function yearLabel(y) { return y === "unknown" ? "年度不详" : y + "年"; }
  function fixed(v, d) { return v === null || v === undefined ? "—" : v.toFixed(d); }
  function pct(v) { return v === null || v === undefined ? "—" : (v * 100).toFixed(1) + "%"; }
  function withN(text, n) { return text === "—" ? "—" : text + "（n=" + n + "）"; }
  function share(k, n) {
    if (!n) return "—";
    if (n < MIN_FOR_SHARES) return k + "/" + n;
    return pct(k / n) + "（" + k + "/" + n + "）";
  }
  function gap(v, n) {
    if (v === null || v === undefined) return "—";
    var t = Math.abs(v) < 0.005 ? "自评与复核一致" : (v > 0 ? "自评高于复核 " : "自评低于复核 ") + Math.abs(v).toFixed(2) + " 分";
    return t + "（n=" + n + "）";
  }
  function perForm(k, forms) { return forms ? (k / forms).toFixed(2) + "（" + k + " 条/" + forms + " 表）" : "—"; }

  /** The table's lines: a measure's name and how to print it from a region-year's values. */
  function lines() {
    var out = [
      ["自评表", function (v) { return String(v[F.forms]); }],
      ["部门", function (v) { return String(v[F.departments]); }],
      ["平均预算执行率（每表平均）", function (v) { return withN(pct(v[F.mean_rate]), v[F.rated]); }],
      ["预算执行率（按金额：执行数合计÷预算数合计）", function (v) { return withN(pct(v[F.money_rate]), v[F.money_n]); }],
      ["执行率低于90%的占比", function (v) { return share(v[F.below90], v[F.rated]); }],
      ["平均自评得分", function (v) { return withN(fixed(v[F.mean_self], 1), v[F.self_n]); }],
      ["平均复核得分", function (v) { return withN(fixed(v[F.mean_recomputed], 1), v[F.recomputed_n]); }],
      ["自评与复核（平均）", function (v) { return gap(v[F.mean_gap], v[F.gap_n]); }],
      ["平均指标质量指数", function (v) { return withN(fixed(v[F.mean_quality], 1), v[F.quality_n]); }],
      ["每表问题数", function (v) { return perForm(v[F.findings], v[F.forms]); }],
      ["每表错误数", function (v) { return perForm(v[F.errors], v[F.forms]); }]
    ];
    return out;
  }

  function section(title, rows, nameA, nameB) {
    var s = el("section");
    s.appendChild(el("h2", title));
    var wrap = el("div", null, "table-scroll");
    var t = el("table", null, "data compare");
    var head = el("thead");
    var tr = el("tr");
    [["指标"], [nameA, "num"], [nameB, "num"]].forEach(function (h) {
      var th = el("th", h[0], h[1]);
      th.scope = "col";
      tr.appendChild(th);
    });
    head.appendChild(tr);
    t.appendChild(head);
    var body = el("tbody");
    rows.forEach(function (r) {
      var line = el("tr");
      var th = el("th", r[0]);
      th.scope = "row";
      if (r[3]) th.title = r[3];
      line.appendChild(th);
      line.appendChild(el("td", r[1], "num"));
      line.appendChild(el("td", r[2], "num"));
      body.appendChild(line);
    });
    t.appendChild(body);
    wrap.appendChild(t);
    s.appendChild(wrap);
    return s;
  }

  function regionLink(r) {
    var a = el("a", r[0]);
    a.href = r[1];
    return a;
  }

  function setHash(p) {
    var h = "a=" + encodeURIComponent(p.a || "") + "&b=" + encodeURIComponent(p.b || "") + (p.y ? "&y=" + encodeURIComponent(p.y) : "");
    if (location.hash.replace(/^#/, "") === h) render();
    else location.hash = h;
  }

  function render() {
    var p = params();
    result.textContent = "";
    if (form) {
      if (p.a) form.elements.a.value = p.a;
      if (p.b) form.elements.b.value = p.b;
    }
    if (!p.a || !p.b) { help.hidden = false; return; }
    help.hidden = true;
    var A = D.regions[p.a], B = D.regions[p.b];
    if (!A || !B) {
      result.appendChild(el("p", "数据中没有所选地区（" + (!A ? p.a : p.b) + "），请重新选择。", "empty"));
      return;
    }
    var common = Object.keys(A[2]).filter(function (y) { return B[2][y] !== undefined; });
    var known = common.filter(function (y) { return y !== "unknown"; }).sort();
    var years = known.concat(common.indexOf("unknown") >= 0 ? ["unknown"] : []);
    var heading = el("h2", null, "compare-names");
    heading.appendChild(regionLink(A));
    heading.appendChild(document.createTextNode(" 与 "));
    heading.appendChild(regionLink(B));
    result.appendChild(heading);
    if (!years.length) {
      result.appendChild(el("p", "两地没有共同年度的自评表，不能同口径比较。" + A[0] + "：" + Object.keys(A[2]).map(yearLabel).join("、")
        + "；" + B[0] + "：" + Object.keys(B[2]).map(yearLabel).join("、") + "。", "empty"));
      return;
    }
    var year = years.indexOf(p.y) >= 0 ? p.y : (known.length ? known[known.length - 1] : years[0]);
    var bar = el("nav", null, "year-bar");
    bar.setAttribute("aria-label", "年度");
    bar.appendChild(el("span", "两地都有自评表的年度：", "year-bar-label"));
    years.forEach(function (y) {
      if (y === year) {
        var cur = el("strong", yearLabel(y));
        cur.setAttribute("aria-current", "page");
        bar.appendChild(cur);
      } else {
        var a = el("a", yearLabel(y));
        a.href = "#a=" + encodeURIComponent(p.a) + "&b=" + encodeURIComponent(p.b) + "&y=" + encodeURIComponent(y);
        bar.appendChild(a);
      }
      bar.appendChild(document.createTextNode(" "));
    });
    result.appendChild(bar);
    result.appendChild(el("p", "以下均为" + yearLabel(year) + "的自评表，两地同一年度对比；括号内 n 为有该项数值的表数。", "note"));
    var va = A[2][year], vb = B[2][year];
    result.appendChild(section("主要指标（" + yearLabel(year) + "）", lines().map(function (l) { return [l[0], l[1](va), l[1](vb)]; }), A[0], B[0]));

    var ra = va[F.rules], rb = vb[F.rules];
    var ruleRows = [];
    D.rules.forEach(function (r, i) {
      var ka = ra[i] || 0, kb = rb[i] || 0;
      if (!ka && !kb) return;
      ruleRows.push([r[1], perForm(ka, va[F.forms]), perForm(kb, vb[F.forms]), r[0]]);
    });
    if (ruleRows.length) result.appendChild(section("每表问题数（按规则）", ruleRows, A[0], B[0]));
    else result.appendChild(el("p", "两地该年度都未发现问题。", "empty"));

    var ma = va[F.reasons], mb = vb[F.reasons];
    var na = ma.reduce(function (s, x) { return s + x; }, 0), nb = mb.reduce(function (s, x) { return s + x; }, 0);
    var reasonRows = [["扣分原因条数", String(na), String(nb)]];
    D.reasons.forEach(function (label, i) {
      if (!ma[i] && !mb[i]) return;
      reasonRows.push([label, share(ma[i], na), share(mb[i], nb)]);
    });
    result.appendChild(section("扣分原因构成（占该地区该年度原因条数）", reasonRows, A[0], B[0]));
  }

  if (form) {
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      setHash({ a: form.elements.a.value, b: form.elements.b.value });
    });
  }
  window.addEventListener("hashchange", render);
  render();
})();
