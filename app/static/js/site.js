/* Recours — progressive enhancement only: every feature works without this file.
   Quick exit: hide the page at once and replace the current history entry, so Back does not
   return here; Shift pressed three times within two seconds does the same. */
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
})();
