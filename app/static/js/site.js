/* Recours — progressive enhancement only: every feature works without this file.
   Quick exit: hide the page at once and replace the current history entry, so Back does not
   return here. The keyboard shortcut is Shift tapped on its own three times in quick succession
   (docs/adr/0003-quick-exit.md): Shift used to type a character (every digit on a French AZERTY
   keyboard), a Shift held down, any other key in between, or a pause of more than half a second
   between taps starts the count again, so typing and a screen reader's own use of Shift (NVDA
   pauses and resumes speech with it) do not leave the site. Before the last tap a status message
   says what the next one will do. Nothing is stored.
   Quiet history: links between pages of this site replace the current history entry instead of
   adding one, so the whole visit takes a single entry and Back after the exit leaves the site. */
(function () {
  "use strict";
  var link = document.querySelector("[data-quick-exit-link]");
  if (!link) { return; }
  var box = link.closest("[data-quick-exit]") || link.parentNode;
  var target = link.getAttribute("href");
  var TAPS = 3, MAX_GAP_MS = 500, MAX_HOLD_MS = 500;

  var status = document.createElement("span");
  status.setAttribute("role", "status");
  status.className = "visually-hidden";
  box.appendChild(status);

  function exitNow(event) {
    if (event) { event.preventDefault(); }
    document.body.classList.add("is-exiting");
    document.title = "…";
    try { window.history.replaceState(null, "", "/"); } catch (e) { /* ignore */ }
    window.location.replace(target);
  }

  link.addEventListener("click", exitNow);

  var taps = 0, lastTapAt = 0, shiftDownAt = 0, combined = false;

  function resetCount() {
    if (taps > 0 && status.textContent) { status.textContent = ""; }
    taps = 0;
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Shift") {
      if (!event.repeat) { shiftDownAt = Date.now(); combined = false; }
      return;
    }
    /* Any other key: Shift was a modifier (Shift+1 types "1" on AZERTY), or the person is doing
       something else. Either way the count starts again. */
    combined = true;
    resetCount();
  }, true);

  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") { return; }
    var now = Date.now();
    if (combined || event.ctrlKey || event.altKey || event.metaKey ||
        now - shiftDownAt > MAX_HOLD_MS) {
      combined = false;
      resetCount();
      return;
    }
    if (taps > 0 && now - lastTapAt > MAX_GAP_MS) { resetCount(); }
    taps += 1;
    lastTapAt = now;
    if (taps >= TAPS) { taps = 0; exitNow(); return; }
    if (taps === TAPS - 1) { status.textContent = box.getAttribute("data-last-tap-message") || ""; }
  }, true);

  document.addEventListener("pointerdown", resetCount, true);

  /* Back to a page kept in the browser's memory after an exit: show it again, count from zero. */
  window.addEventListener("pageshow", function () {
    document.body.classList.remove("is-exiting");
    taps = 0;
    status.textContent = "";
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
