/*
 * A department's forms page (forms/<department>.html): draws the form whose id the link's hash names from
 * window.JIXIAO_FORMS, which the page carries (its shape: FormPages.java). jixiaoFormHtml is a pure function of
 * the data, so the tests run it in node; every text from the data goes through esc().
 */
(function (root) {
  "use strict";
  var SEVERITY = { ERROR: "错误", WARNING: "警告", INFO: "提示" };
  var OUTCOME = { MET: "达成", MISSED: "未达成", UNDECIDABLE: "无法判断" };
  var DASH = "—";

  function esc(s) {
    return s == null ? "" : String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  }
  function text(s) { return s == null || s === "" ? DASH : esc(s); }
  function year(y) { return y == null ? DASH : esc(y) + "年"; }
  function count(n) { return n == null ? DASH : esc(n); }

  /** A form's texts are indexes into the page's table t (see FormPages.java): these give them back. */
  var T = [];
  function S(v) { return v == null ? null : T[v]; }
  function all(a) { var out = []; for (var n = 0; n < a.length; n++) out.push(S(a[n])); return out; }

  function finding(ref, rules) {
    var x = all(ref), rule = x[1], title = rules[rule] || rule;
    return '<span class="severity ' + esc(x[0]) + '">' + esc(SEVERITY[x[0]] || x[0]) + "</span> " +
      (x[3] != null ? '<span class="note">' + esc(x[3]) + "：</span>" : "") + "<span>" + esc(x[2]) + "</span> " +
      '<span class="rule" title="' + esc(rule) + '">（规则：' + esc(title) + "）</span>";
  }

  function head(f) {
    var b = all(f.b), e = all(f.e), s = all(f.s), k = f.k;
    var rows = [
      ["项目编码", text(S(f.c)), "年度", year(f.y)],
      ["年初预算数", esc(b[0]), "全年预算数（调整后）", esc(b[1])],
      ["全年执行数", esc(b[2]), "预算执行率（表中 / 计算）", esc(b[3]) + " / " + esc(b[4])],
      ["执行率分值 / 得分 / 复核", esc(e[0]) + " / " + esc(e[1]) + " / " + esc(e[2]), "执行偏差原因", text(e[3])],
      ["自评得分 / 复核得分", esc(s[0]) + " / " + (s[1] == null ? "无法复核" : esc(s[1])), "自评与复核",
        s[1] == null ? "无法复核（可判定达成情况的指标分值不足一半）" : esc(s[2])],
      ["指标质量指数", esc(S(f.q)), "问题（错误 / 警告）", count(k[0]) + "（" + count(k[1]) + " / " + count(k[2]) + "）"]
    ];
    var h = '<table class="data form-head"><tbody>';
    if (f.u != null) h += '<tr><td colspan="4" class="note">金额单位：' + esc(S(f.u)) + "</td></tr>";
    for (var r = 0; r < rows.length; r++) {
      var x = rows[r], numeric = r > 0;
      h += (r === 4 ? '<tr class="key">' : "<tr>") + '<th scope="row">' + x[0] + "</th>" +
        "<td" + (numeric ? ' class="num"' : "") + ">" + x[1] + '</td><th scope="row">' + x[2] + "</th>" +
        "<td" + (numeric && r !== 3 && r !== 4 ? ' class="num"' : "") + ">" + x[3] + "</td></tr>";
    }
    return h + "</tbody></table>";
  }

  function indicators(f, rules) {
    if (!f.i.length) return '<p class="empty">本表未读取到绩效指标。</p>';
    var h = '<div class="table-scroll"><table class="data indicators"><thead><tr><th scope="col">一级指标</th>' +
      '<th scope="col">二级指标</th><th scope="col">三级指标</th><th scope="col">年度指标值</th><th scope="col">实际完成值</th>' +
      '<th scope="col" class="num">分值</th><th scope="col" class="num">得分</th><th scope="col" class="num">复核</th>' +
      '<th scope="col">判断</th><th scope="col">偏差原因</th></tr></thead><tbody>';
    for (var n = 0; n < f.i.length; n++) {
      var found = f.i[n][10], i = all(f.i[n].slice(0, 10));
      h += "<tr" + (found.length ? ' class="flagged"' : "") + "><td>" + esc(i[0]) + "</td><td>" + esc(i[1]) + "</td><td>" +
        esc(i[2]) + "</td><td>" + esc(i[3]) + "</td><td>" + esc(i[4]) + '</td><td class="num">' + esc(i[5]) +
        '</td><td class="num">' + esc(i[6]) + '</td><td class="num">' + esc(i[7]) + '</td><td class="outcome ' +
        esc(i[8]) + '">' + esc(OUTCOME[i[8]] || i[8]) + "</td><td>" + esc(i[9]) + "</td></tr>";
      if (found.length) {
        h += '<tr class="row-findings"><td colspan="10">';
        for (var x = 0; x < found.length; x++) h += "<p>" + finding(found[x], rules) + "</p>";
        h += "</td></tr>";
      }
    }
    return h + "</tbody></table></div>";
  }

  function history(f, project) {
    var h = '<section><h2>历年情况</h2><div class="table-scroll"><table class="data history"><thead><tr>' +
      '<th scope="col">年度</th><th scope="col" class="num">指标数</th><th scope="col">与上年</th>' +
      '<th scope="col" class="num">新增指标</th><th scope="col" class="num">删除指标</th>' +
      '<th scope="col" class="num">目标调高</th><th scope="col" class="num">目标调低</th></tr></thead><tbody>';
    for (var n = 0; n < project.length; n++) {
      var y = project[n], current = y[1] === "#" + f.id;
      h += "<tr" + (current ? ' class="current"' : "") + "><td>" +
        (y[1] != null && !current ? '<a href="' + esc(y[1]) + '">' + year(y[0]) + "</a>"
          : "<span>" + year(y[0]) + (current ? "（本表）" : "") + "</span>") +
        '</td><td class="num">' + count(y[2]) + "</td><td>" +
        (y[3] == null ? DASH : y[4] ? "照搬上年指标" : "有调整") + '</td><td class="num">' + count(y[5]) +
        '</td><td class="num">' + count(y[6]) + '</td><td class="num">' + count(y[7]) + '</td><td class="num">' +
        count(y[8]) + "</td></tr>";
    }
    return h + "</tbody></table></div></section>";
  }

  /** The form's HTML, or null when the data holds no form of that id. */
  function jixiaoFormHtml(data, id) {
    var f = null;
    for (var n = 0; n < data.f.length; n++) if (data.f[n].id === id) f = data.f[n];
    if (!f) return null;
    T = data.t;
    var h = "<h1>" + text(S(f.n)) + (f.l != null ? ' <span class="look-alike">（' + esc(S(f.l)) + "）</span>" : "") + "</h1>";
    h += head(f);
    if (f.x.length) {
      h += '<section><h2>全表问题</h2><ul class="findings">';
      for (var x = 0; x < f.x.length; x++) h += "<li>" + finding(f.x[x], data.r) + "</li>";
      h += "</ul></section>";
    }
    h += "<section><h2>绩效指标</h2>" + indicators(f, data.r) + "</section>";
    if (f.h != null) h += history(f, data.p[f.h]);
    h += '<p class="note">来源文件：' + text(S(f.src)) + (f.at != null ? "，" + esc(S(f.at)) : "") + "</p>";
    return h;
  }
  root.jixiaoFormHtml = jixiaoFormHtml;

  /** The department's forms as a table, each linked to itself on this page. */
  function jixiaoFormListHtml(data) {
    T = data.t;
    var h = '<table class="data sortable"><thead><tr><th scope="col">年度</th><th scope="col">项目</th>' +
      '<th scope="col" class="num">自评得分</th><th scope="col" class="num">问题</th></tr></thead><tbody>';
    for (var n = 0; n < data.f.length; n++) {
      var f = data.f[n];
      h += "<tr><td>" + year(f.y) + '</td><td><a href="#' + esc(f.id) + '">' + text(S(f.n)) + "</a>" +
        (f.l != null ? ' <span class="note look-alike">（' + esc(S(f.l)) + "）</span>" : "") + '</td><td class="num">' +
        text(S(f.s[0])) + '</td><td class="num">' + count(f.k[0]) + "</td></tr>";
    }
    return h + "</tbody></table>";
  }
  root.jixiaoFormListHtml = jixiaoFormListHtml;

  if (typeof document === "undefined") return;
  var view = document.getElementById("form-view");
  document.getElementById("form-list").innerHTML = jixiaoFormListHtml(root.JIXIAO_FORMS);
  var baseTitle = document.title;
  function mark(id) { // the list's row of the form shown
    var rows = document.querySelectorAll(".form-list tbody tr");
    for (var n = 0; n < rows.length; n++) {
      var a = rows[n].querySelector("a");
      rows[n].className = a && a.getAttribute("href") === "#" + id ? "current" : "";
    }
  }
  function show() {
    var id = decodeURIComponent(location.hash.replace(/^#/, ""));
    mark(id);
    var html = id ? jixiaoFormHtml(root.JIXIAO_FORMS, id) : null;
    if (html == null) {
      view.innerHTML = id ? '<p class="empty">本页没有编号为 ' + esc(id) + ' 的自评表；请从下表选择。</p>'
        : '<p class="note">请从下表选择一张自评表。</p>';
      document.title = baseTitle;
      return;
    }
    view.innerHTML = html;
    var h1 = view.querySelector("h1");
    document.title = (h1 ? h1.textContent : "自评表") + " · 项目支出绩效自评分析";
  }
  window.addEventListener("hashchange", function () { show(); window.scrollTo(0, 0); });
  show();
})(typeof window !== "undefined" ? window : this);
