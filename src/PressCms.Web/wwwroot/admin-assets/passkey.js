// Passkeys: a form marked data-passkey="create" or "get" asks the server for options (posting the
// form, so its antiforgery token goes too), hands them to the browser's authenticator, and posts
// the signed answer in the form's "credential" field. The forms stay hidden where the browser
// cannot do this, so nobody is offered what will not work.
(function () {
  if (window.pressCmsPasskeys) { return; }
  window.pressCmsPasskeys = true;
  var pkc = window.PublicKeyCredential;
  if (!pkc || !pkc.parseCreationOptionsFromJSON || !pkc.parseRequestOptionsFromJSON || !navigator.credentials || !window.fetch) { return; }
  var forms = document.querySelectorAll("form[data-passkey]");
  Array.prototype.forEach.call(forms, function (form) {
    var wrapper = form.closest("[data-passkey-section]") || form;
    wrapper.hidden = false;
    form.hidden = false;
    var status = form.querySelector(".passkey-status");
    var button = form.querySelector("button[type=submit]");
    function say(text) {
      if (status) { status.textContent = text; status.hidden = !text; }
    }
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      say("");
      button.disabled = true;
      fetch(form.getAttribute("data-options"), { method: "POST", body: new FormData(form), credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) { throw new Error("options " + response.status); }
          return response.json();
        })
        .then(function (options) {
          return form.getAttribute("data-passkey") === "create"
            ? navigator.credentials.create({ publicKey: pkc.parseCreationOptionsFromJSON(options) })
            : navigator.credentials.get({ publicKey: pkc.parseRequestOptionsFromJSON(options) });
        })
        .then(function (credential) {
          form.querySelector("input[name=credential]").value = JSON.stringify(credential);
          form.submit();
        })
        .catch(function (error) {
          button.disabled = false;
          say(error && error.name === "NotAllowedError"
            ? "The passkey was not used: it was cancelled, or it timed out. Try again."
            : error && error.name === "InvalidStateError"
              ? "This device already holds a passkey for you here."
              : "Your passkey could not be used just now. Try again, or use your code instead.");
        });
    });
  });
})();
