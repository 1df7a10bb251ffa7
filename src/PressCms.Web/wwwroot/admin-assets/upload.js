// Enhances the image upload form: drop a file on it, and see the upload's progress.
// Without JavaScript the form works as it is.
(function () {
  var form = document.querySelector("form[data-upload]");
  if (!form || !window.FormData || !window.XMLHttpRequest) { return; }
  var input = form.querySelector("input[type=file]");
  var zone = form.querySelector(".drop-zone");
  var progress = form.querySelector(".upload-progress");
  ["dragenter", "dragover"].forEach(function (name) {
    zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.add("drop-zone--over"); });
  });
  ["dragleave", "drop"].forEach(function (name) {
    zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.remove("drop-zone--over"); });
  });
  zone.addEventListener("drop", function (e) {
    if (e.dataTransfer && e.dataTransfer.files.length) { input.files = e.dataTransfer.files; }
  });
  var limit = 25 * 1024 * 1024;
  form.addEventListener("submit", function (e) {
    if (!input.files.length) { return; }
    e.preventDefault();
    if (input.files[0].size > limit) {
      // The server refuses it too; saying so here saves sending 25 MB for nothing.
      var message = form.querySelector(".upload-size-error") || document.createElement("span");
      message.className = "error-message upload-size-error";
      message.setAttribute("role", "alert");
      message.textContent = "Error: the file is " + Math.round(input.files[0].size / 1048576) + " MB; the limit is 25 MB";
      input.insertAdjacentElement("beforebegin", message);
      input.focus();
      return;
    }
    var request = new XMLHttpRequest();
    request.open("POST", form.action || window.location.href);
    progress.hidden = false;
    request.upload.addEventListener("progress", function (p) {
      if (p.lengthComputable) { progress.value = Math.round(p.loaded * 100 / p.total); progress.textContent = progress.value + "%"; }
    });
    request.addEventListener("load", function () {
      if (request.responseURL && request.responseURL !== window.location.href) { window.location.href = request.responseURL; return; }
      document.open(); document.write(request.responseText); document.close();
    });
    request.send(new FormData(form));
  });
})();
