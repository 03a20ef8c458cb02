// TruthLens progressive enhancement. Every feature works without this file:
// evidence links reload the page with ?check=KEY, chart tooltips show on
// :hover/:focus through CSS. Here we highlight without a reload. Only
// textContent and classList are used: no HTML is ever built from strings.
(function () {
  "use strict";

  function highlight(key, label, count, scroll) {
    var prose = document.getElementById("prose");
    if (!prose) return;
    prose.classList.add("js");
    var first = null, n = 0;
    var els = prose.querySelectorAll(".ev");
    for (var i = 0; i < els.length; i++) {
      var keys = (els[i].getAttribute("data-k") || "").split(" ");
      var on = key !== "" && keys.indexOf(key) >= 0;
      els[i].classList.toggle("hl", on);
      if (on) {
        n++;
        if (!first) first = els[i];
      }
    }
    var checks = document.querySelectorAll(".check");
    for (var j = 0; j < checks.length; j++) {
      var link = checks[j].querySelector("a[data-key]");
      checks[j].classList.toggle("selected", !!link && link.getAttribute("data-key") === key);
    }
    status(key, label, count === null || isNaN(count) ? n : count);
    if (scroll && first) {
      first.scrollIntoView({ behavior: "smooth", block: "center" });
    }
  }

  function status(key, label, n) {
    var el = document.getElementById("hl-status");
    if (!el) return;
    while (el.firstChild) el.removeChild(el.firstChild);
    if (!key) return;
    el.appendChild(document.createTextNode("Highlighting "));
    var strong = document.createElement("strong");
    strong.textContent = label || key;
    el.appendChild(strong);
    el.appendChild(document.createTextNode(": " + n + (n === 1 ? " passage. " : " passages. ")));
    var clear = document.createElement("a");
    clear.href = location.pathname + "#text";
    clear.textContent = "Clear";
    clear.addEventListener("click", function (ev) {
      ev.preventDefault();
      history.replaceState(null, "", location.pathname);
      highlight("", "", 0, false);
    });
    el.appendChild(clear);
  }

  function init() {
    var links = document.querySelectorAll("a.ev-link[data-key]");
    for (var i = 0; i < links.length; i++) {
      links[i].addEventListener("click", function (ev) {
        if (ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.button !== 0) return;
        ev.preventDefault();
        var key = this.getAttribute("data-key");
        history.replaceState(null, "", "?check=" + encodeURIComponent(key) + "#text");
        highlight(key, this.getAttribute("data-label"), parseInt(this.getAttribute("data-n"), 10), true);
      });
    }
    // Tooltips: also show on touch (tap a point), and close with Escape.
    var pts = document.querySelectorAll(".pt[data-tip]");
    for (var k = 0; k < pts.length; k++) {
      pts[k].addEventListener("click", function () { this.focus(); });
    }
    chartKeys(pts);
    // The outlet chart's points are links (a click opens the article). On
    // a phone the chart scrolls sideways: bring a focused point into view.
    var tcs = document.querySelectorAll(".tc-pt");
    for (var m = 0; m < tcs.length; m++) {
      tcs[m].addEventListener("focus", function () {
        var hit = this.querySelector(".tc-hit");
        if (hit && hit.scrollIntoView) hit.scrollIntoView({ block: "nearest", inline: "nearest" });
      });
    }
    chartKeys(tcs);
  }

  // chartKeys lets the points of one chart close their details with Escape
  // and move between each other with the arrow keys.
  function chartKeys(pts) {
    var all = Array.prototype.slice.call(pts);
    all.forEach(function (pt) {
      pt.addEventListener("keydown", function (ev) {
        if (ev.key === "Escape") {
          this.blur();
          return;
        }
        var step = ev.key === "ArrowRight" || ev.key === "ArrowDown" ? 1 : ev.key === "ArrowLeft" || ev.key === "ArrowUp" ? -1 : 0;
        if (!step) return;
        var next = all[(all.indexOf(this) + step + all.length) % all.length];
        ev.preventDefault();
        next.focus();
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
