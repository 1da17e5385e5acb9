/* Recours — printed pages say the day they were printed, beside the page's address (the
   print-source line, shown on paper only). Without this script the line gives the day the
   page was last updated instead. Nothing is stored or sent. */
(function () {
  "use strict";
  var line = document.querySelector("[data-print-date]");
  if (!line) { return; }
  var lang = document.documentElement.lang || "en";

  function today() {
    var now = new Date();
    var text = now.toLocaleDateString(lang === "fr" ? "fr-FR" : "en-GB",
                                      { day: "numeric", month: "long", year: "numeric" });
    /* French writes the first of the month "1er", as the rest of the site does. */
    if (lang === "fr" && now.getDate() === 1) { text = text.replace(/^1(?=\s)/, "1er"); }
    return text;
  }

  function stamp() {
    line.textContent = line.getAttribute("data-printed").replace("%(date)s", today());
  }

  stamp();
  window.addEventListener("beforeprint", stamp);
}());
