/* Recours — progressive enhancement only: every feature works without this file.
   Quick exit: hide the page at once and replace the current history entry, so Back does not
   return here. The keyboard shortcut is Shift tapped on its own three times in quick succession
   (docs/adr/0003-quick-exit.md): Shift used to type a character (every digit on a French AZERTY
   keyboard), a Shift held down, any other key in between, or a pause of more than half a second
   between taps starts the count again, so typing and a screen reader's own use of Shift (NVDA
   pauses and resumes speech with it) do not leave the site. Before the last tap a status message
   says what the next one will do. Nothing is stored.
   Quiet history: links between pages of this site replace the current history entry instead of
   adding one, and forms of this site are sent with fetch, their answer replacing the page in
   place (history.replaceState, no state): the whole visit takes a single entry, no entry is ever
   a form's result ("Confirm form resubmission"), and Back after the exit leaves the site. Inside
   a tool, one spare entry of the same address (no state) catches the phone's Back: it sends the
   step's own Back button, and the exit steps back over it first. A download says it happened.
   Nothing is stored: no storage API, nothing in history state, answers only in the page. */
(function () {
  "use strict";
  var link = document.querySelector("[data-quick-exit-link]");
  if (!link) { return; }
  var target = link.getAttribute("href");
  var TAPS = 3, MAX_GAP_MS = 500, MAX_HOLD_MS = 500;
  var box, status, guarded = false, exiting = false, previous = null;

  /* What a page needs once shown (first load, or a form's answer put in place). */
  function setUp() {
    link = document.querySelector("[data-quick-exit-link]") || link;
    box = link.closest("[data-quick-exit]") || link.parentNode;
    status = document.createElement("span");
    status.setAttribute("role", "status");
    status.className = "visually-hidden";
    box.appendChild(status);
  }
  setUp();

  var left = false;
  function leave() {
    if (left) { return; }
    left = true;
    try { window.history.replaceState(null, "", "/"); } catch (e) { /* ignore */ }
    window.location.replace(target);
  }

  function exitNow(event) {
    if (event) { event.preventDefault(); }
    document.body.classList.add("is-exiting");
    document.title = "…";
    if (guarded) {  /* step back over the spare entry first, so that Back leaves the site */
      exiting = true;
      window.history.back();
      window.setTimeout(leave, 400);
      return;
    }
    leave();
  }

  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("[data-quick-exit-link]")) { exitNow(event); }
  }, true);

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
    left = false;
    exiting = false;
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
    if (!anchor || anchor.hasAttribute("data-quick-exit-link") || anchor.hasAttribute("download") ||
        (anchor.target && anchor.target !== "_self")) { return; }
    var url = new URL(anchor.href, window.location.href);
    if (url.origin !== window.location.origin) { return; }
    if (url.pathname === window.location.pathname && url.search === window.location.search &&
        url.hash) { return; }
    event.preventDefault();
    window.location.replace(url.href);
  });
  /* ---- Forms of this site: sent with fetch, the answer replaces the page in place. ---- */
  function fileName(disposition) {
    var found = /filename="?([^";]+)"?/i.exec(disposition || "");
    return found ? found[1] : "";
  }

  function say(kind, name) {
    var box = document.querySelector("[data-download-status]");
    if (!box) { return; }
    box.textContent = "";
    window.setTimeout(function () {
      box.textContent = (box.getAttribute("data-" + kind) || "").replace("{file}", name);
    }, 50);
  }

  function save(blob, name) {
    var url = URL.createObjectURL(blob);
    var anchor = document.createElement("a");
    anchor.href = url;
    anchor.download = name;
    anchor.hidden = true;
    document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
    window.setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    say("started", name);
  }

  /* Form controls' current values written into the page, so that a copy of it shows them. */
  function snapshot() {
    document.querySelectorAll("input, textarea, select").forEach(function (el) {
      if (el.type === "checkbox" || el.type === "radio") {
        if (el.checked) { el.setAttribute("checked", ""); } else { el.removeAttribute("checked"); }
      } else if (el.tagName === "TEXTAREA") {
        el.textContent = el.value;
      } else if (el.tagName === "SELECT") {
        el.querySelectorAll("option").forEach(function (o) {
          if (o.selected) { o.setAttribute("selected", ""); } else { o.removeAttribute("selected"); }
        });
      } else if (el.type !== "file" && el.type !== "password") {
        el.setAttribute("value", el.value);
      }
    });
    return {title: document.title, lang: document.documentElement.lang,
            body: document.body.outerHTML, url: window.location.href};
  }

  /* The step form whose own Back the phone's Back sends, or null (a first step, a page that is
     not a step). */
  function stepForm() {
    var form = document.querySelector("form[data-step-form]");
    if (!form) { return null; }
    var step = form.querySelector("input[name=step]");
    var back = form.querySelector("button[name=action][value=back]");
    return back || (step && step.value === "review") ? form : null;
  }

  function arm() {
    if (!guarded) {
      window.history.pushState(null, "", window.location.href);
      guarded = true;
    }
  }

  function focusPage() {
    var spot = document.querySelector("[data-error-summary], .error-summary[tabindex]") ||
      document.getElementById("step-title") || document.querySelector("main h1");
    if (spot) {
      if (!spot.hasAttribute("tabindex")) { spot.setAttribute("tabindex", "-1"); }
      spot.focus();
    }
  }

  /* Put a page in place of this one: its title, language and body; the scripts of its head
     (other than this one) run again over the new body. */
  function show(page, url) {
    document.title = page.title;
    if (page.lang) { document.documentElement.lang = page.lang; }
    var doc = new DOMParser().parseFromString(page.body, "text/html");
    doc.querySelectorAll("noscript").forEach(function (n) { n.remove(); });
    document.body.replaceWith(document.adoptNode(doc.body));
    try { window.history.replaceState(null, "", url); } catch (e) { /* ignore */ }
    window.scrollTo(0, 0);
    setUp();
    (page.scripts || []).forEach(function (src) {
      var el = document.createElement("script");
      el.src = src;
      document.head.appendChild(el);
    });
    focusPage();
  }

  /* Send a form; `forward`: the person moved on (Back then returns here), else it is Back. */
  function send(form, submitter, extra, forward) {
    var action = (submitter && submitter.getAttribute("formaction")) ||
      form.getAttribute("action") || window.location.href;
    var data;
    try { data = new FormData(form, submitter || undefined); } catch (e) { data = new FormData(form); }
    if (submitter && submitter.name && !data.has(submitter.name)) {
      data.append(submitter.name, submitter.value);
    }
    Object.keys(extra || {}).forEach(function (key) { data.set(key, extra[key]); });
    var before = forward ? snapshot() : null;
    var root = document.documentElement;
    root.setAttribute("data-sending", "");  /* a form is on its way (tests wait for the end) */
    function done() { root.removeAttribute("data-sending"); }
    return window.fetch(action, {method: "POST", body: data, credentials: "same-origin",
                                 cache: "no-store"})
      .then(function (response) {
        var disposition = response.headers.get("Content-Disposition") || "";
        if (/attachment/i.test(disposition)) {
          return response.blob().then(function (blob) { save(blob, fileName(disposition)); });
        }
        return response.text().then(function (html) {
          var doc = new DOMParser().parseFromString(html, "text/html");
          var scripts = [];
          doc.head.querySelectorAll("script[src]").forEach(function (el) {
            if (el.getAttribute("src").indexOf("/js/site.") === -1) {
              scripts.push(el.getAttribute("src"));
            }
          });
          previous = before;
          show({title: doc.title, lang: doc.documentElement.lang, scripts: scripts,
                body: doc.body.outerHTML}, response.url);
          if (forward || stepForm()) { arm(); }
        });
      })
      .then(done, function (error) { done(); throw error; });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (event.defaultPrevented || (form.getAttribute("method") || "").toLowerCase() !== "post" ||
        form.hasAttribute("data-native")) { return; }
    var submitter = event.submitter || null;
    var action = new URL((submitter && submitter.getAttribute("formaction")) ||
                         form.getAttribute("action") || "", window.location.href);
    if (action.origin !== window.location.origin || !window.fetch || !window.DOMParser) { return; }
    event.preventDefault();
    send(form, submitter, null, true).catch(function () {
      if (document.querySelector("[data-download-status]") &&
          submitter && submitter.getAttribute("formaction")) { say("failed", ""); return; }
      form.setAttribute("data-native", "");  /* the network failed: send it the usual way */
      if (form.requestSubmit) { form.requestSubmit(submitter); } else { form.submit(); }
    });
  });

  /* The phone's Back: the step's own Back button, or the page this one replaced. */
  window.addEventListener("popstate", function () {
    if (exiting) { leave(); return; }
    if (!guarded) { return; }
    guarded = false;
    var form = stepForm();
    if (form) {
      send(form, null, {action: "back"}, false).catch(function () { window.location.reload(); });
    } else if (previous) {
      var page = previous;
      previous = null;
      show(page, page.url);
      if (stepForm()) { arm(); }
    }
  });
})();
