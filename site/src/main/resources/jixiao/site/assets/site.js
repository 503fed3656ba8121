/* jixiao site: plain JavaScript, no framework, nothing fetched from the network. */
/* Every page: sortable tables (table.sortable) and row filters (input[data-filter-table]). */
(function () {
  "use strict";

  var collator = (typeof Intl !== "undefined" && Intl.Collator) ? new Intl.Collator("zh-CN", { numeric: true }) : null;

  /** A cell's sort key: {empty} for "" or "—", {num} when the text starts with a number, else {text}. */
  function sortKey(cell) {
    if (!cell) return { empty: true };
    var raw = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent;
    var text = (raw || "").replace(/\s+/g, " ").trim();
    if (text === "" || text === "—" || text === "-") return { empty: true };
    var cleaned = text.replace(/[,，]/g, "").replace(/\u2212/g, "-").replace(/^\+/, "");
    var m = /^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/.exec(cleaned);
    if (m) return { num: parseFloat(m[0]), text: text };
    return { text: text };
  }

  function compareKeys(a, b) {
    // numbers before text; empties are handled by the caller (always last)
    if (a.num !== undefined && b.num !== undefined) return a.num - b.num || compareText(a.text, b.text);
    if (a.num !== undefined) return -1;
    if (b.num !== undefined) return 1;
    return compareText(a.text, b.text);
  }

  function compareText(a, b) {
    if (collator) return collator.compare(a, b);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  function sortTable(table, th, column) {
    var body = table.tBodies[0];
    if (!body) return;
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    var rows = Array.prototype.slice.call(body.rows).map(function (row, i) {
      return { row: row, key: sortKey(row.cells[column]), i: i };
    });
    rows.sort(function (x, y) {
      if (x.key.empty || y.key.empty) {
        if (x.key.empty && y.key.empty) return x.i - y.i;
        return x.key.empty ? 1 : -1; // empty last, whichever the direction
      }
      var c = compareKeys(x.key, y.key);
      return (ascending ? c : -c) || x.i - y.i;
    });
    var fragment = document.createDocumentFragment();
    rows.forEach(function (r) { fragment.appendChild(r.row); });
    body.appendChild(fragment);
    headerCells(table).forEach(function (h) { if (h !== th) h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  }

  function headerCells(table) {
    var head = table.tHead;
    if (!head || !head.rows.length) return [];
    return Array.prototype.slice.call(head.rows[head.rows.length - 1].cells);
  }

  /** The column a header cell sorts, counting the colspans before it. */
  function columnOf(th) {
    var col = 0;
    for (var c = th.parentNode.firstElementChild; c && c !== th; c = c.nextElementSibling) col += c.colSpan || 1;
    return col;
  }

  function setUpSorting(table) {
    headerCells(table).forEach(function (th) {
      if (th.hasAttribute("data-nosort")) return;
      th.classList.add("sort-header");
      if (!th.hasAttribute("tabindex")) th.setAttribute("tabindex", "0");
      if (!th.title) th.title = "点击排序";
      var go = function () { sortTable(table, th, columnOf(th)); };
      th.addEventListener("click", function (e) {
        if (e.target.closest && e.target.closest("a")) return; // a link in a header still navigates
        go();
      });
      th.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " " || e.key === "Spacebar") {
          e.preventDefault();
          go();
        }
      });
    });
  }

  function setUpFilter(input) {
    var table = document.getElementById(input.getAttribute("data-filter-table"));
    if (!table || !table.tBodies[0]) return;
    var count = document.createElement("span");
    count.className = "filter-count";
    count.setAttribute("aria-live", "polite");
    input.insertAdjacentElement("afterend", count);
    var apply = function () {
      var terms = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var rows = Array.prototype.slice.call(table.tBodies[0].rows);
      var shown = 0;
      rows.forEach(function (row) {
        var text = row.textContent.toLowerCase();
        var ok = terms.every(function (t) { return text.indexOf(t) >= 0; });
        row.hidden = !ok;
        if (ok) shown++;
      });
      count.textContent = "显示 " + shown + " / " + rows.length + " 行";
    };
    input.addEventListener("input", apply);
    apply();
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), setUpSorting);
    Array.prototype.forEach.call(document.querySelectorAll("input[data-filter-table]"), setUpFilter);
  }

  if (typeof document !== "undefined") {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
    else init();
  }
  if (typeof module !== "undefined" && module.exports) module.exports = { sortKey: sortKey, compareKeys: compareKeys };
})();
