/* Recours — SHA-256 fingerprint of an exhibit, computed in the browser.
   The file is read locally with the Web Crypto API and never sent: the file input has no name,
   belongs to no form, and is emptied once the digest is written into the text field. Without
   JavaScript (or Web Crypto) the block stays hidden and the field can be typed or left empty. */
(function () {
  "use strict";
  if (!window.crypto || !window.crypto.subtle || !window.FileReader) { return; }

  function hex(buffer) {
    var bytes = new Uint8Array(buffer), out = "";
    for (var i = 0; i < bytes.length; i++) { out += ("0" + bytes[i].toString(16)).slice(-2); }
    return out;
  }

  function readAll(file) {
    return new Promise(function (resolve, reject) {
      var reader = new FileReader();
      reader.onload = function () { resolve(reader.result); };
      reader.onerror = function () { reject(reader.error); };
      reader.readAsArrayBuffer(file);
    });
  }

  document.querySelectorAll("[data-fingerprint]").forEach(function (block) {
    var input = block.querySelector("input[type=file][data-fingerprint-for]");
    var status = block.querySelector("[data-fingerprint-status]");
    var target = input && document.getElementById(input.getAttribute("data-fingerprint-for"));
    if (!input || !target) { return; }
    input.removeAttribute("name");
    block.hidden = false;
    input.addEventListener("change", function () {
      var file = input.files && input.files[0];
      if (!file) { return; }
      readAll(file)
        .then(function (data) { return window.crypto.subtle.digest("SHA-256", data); })
        .then(function (digest) {
          target.value = hex(digest);
          status.textContent = status.getAttribute("data-done");
        })
        .catch(function () { status.textContent = status.getAttribute("data-failed"); })
        .then(function () { input.value = ""; });
    });
  });
})();
