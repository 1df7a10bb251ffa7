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
  form.addEventListener("submit", function (e) {
    if (!input.files.length) { return; }
    e.preventDefault();
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
