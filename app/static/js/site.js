/* Recours — progressive enhancement only: every feature works without this file.
   Quick exit: hide the page at once and replace the current history entry, so Back does not
   return here; Shift pressed three times within two seconds does the same.
   Quiet history: links between pages of this site replace the current history entry instead of
   adding one, so the whole visit takes a single entry and Back after the exit leaves the site. */
(function () {
  "use strict";
  var link = document.querySelector("[data-quick-exit-link]");
  if (!link) { return; }
  var target = link.getAttribute("href");

  function exitNow(event) {
    if (event) { event.preventDefault(); }
    document.body.classList.add("is-exiting");
    document.title = "…";
    try { window.history.replaceState(null, "", "/"); } catch (e) { /* ignore */ }
    window.location.replace(target);
  }

  link.addEventListener("click", exitNow);

  var presses = [];
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift" || event.repeat) { return; }
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 2000; });
    presses.push(now);
    if (presses.length >= 3) { exitNow(); }
  });

  /* A plain click on a link to another page of this site: same page, no new history entry.
     Modified clicks (new tab), downloads, other origins and in-page anchors keep their usual
     behaviour. */
  document.addEventListener("click", function (event) {
    if (event.defaultPrevented || event.button !== 0 ||
        event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) { return; }
    var anchor = event.target.closest ? event.target.closest("a[href]") : null;
    if (!anchor || anchor === link || anchor.hasAttribute("download") ||
        (anchor.target && anchor.target !== "_self")) { return; }
    var url = new URL(anchor.href, window.location.href);
    if (url.origin !== window.location.origin) { return; }
    if (url.pathname === window.location.pathname && url.search === window.location.search &&
        url.hash) { return; }
    event.preventDefault();
    window.location.replace(url.href);
  });
})();
