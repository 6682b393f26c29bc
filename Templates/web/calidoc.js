// calidoc serve: progressive enhancement only. Every form works without this script; with it, the
// editor checks the text and refreshes the preview a moment after the person stops typing.
"use strict";
(function () {
  var form = document.getElementById("formulario-editor");
  if (!form || !window.fetch || !window.URLSearchParams) { return; }
  var address = form.getAttribute("data-revisar");
  var frame = document.getElementById("vista-previa");
  var problems = document.getElementById("problemas");
  var status = document.createElement("p");
  status.className = "estado-revision";
  status.setAttribute("role", "status");
  form.appendChild(status);
  var english = document.documentElement.lang === "en";
  var timer = null;
  var sequence = 0;

  function review() {
    var mine = ++sequence;
    var body = new URLSearchParams(new FormData(form));
    status.textContent = english ? "Checking…" : "Revisando…";
    fetch(address, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: body.toString(),
      credentials: "same-origin"
    }).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.json();
    }).then(function (answer) {
      if (mine !== sequence) { return; }
      if (problems && typeof answer.problemasHTML === "string") {
        var list = problems.querySelector("h2");
        problems.innerHTML = "";
        if (list) { problems.appendChild(list); }
        problems.insertAdjacentHTML("beforeend", answer.problemasHTML);
      }
      var panel = document.querySelector("section.revision");
      if (panel && typeof answer.revisionHTML === "string") { panel.outerHTML = answer.revisionHTML; }
      if (frame && typeof answer.vistaPrevia === "string") { remember(); loading = true; frame.src = answer.vistaPrevia; }
      var errors = (answer.diagnosticos || []).filter(function (d) { return d.gravedad === "error"; }).length;
      status.textContent = english
        ? "Checked (not saved yet): " + errors + " error(s)."
        : "Revisado (aún sin guardar): " + errors + " error(es).";
    }).catch(function () {
      if (mine === sequence) {
        status.textContent = english ? "Could not check now; saving still works." : "No se pudo revisar ahora; guardar sigue funcionando.";
      }
    });
  }

  // The preview keeps its place: its scroll position is remembered (per page, for this tab) before
  // it is refreshed or the form is saved, and restored once the new preview has loaded.
  var place = "calidoc-vista-previa:" + location.pathname;
  // While a refreshed preview loads, its window is not the one the person was reading: keep the
  // place already remembered (typing fast can start a second refresh before the first has loaded).
  var loading = true;
  function remember() {
    if (loading) { return; }
    try {
      if (frame && frame.contentWindow) { sessionStorage.setItem(place, String(frame.contentWindow.scrollY)); }
    } catch (ignored) { /* a preview from elsewhere, or storage off: nothing to keep */ }
  }
  function restore() {
    try {
      var y = Number(sessionStorage.getItem(place) || "0");
      // A new preview starts at the top; one the person already scrolled (the load event can come
      // after they started reading) is left where they put it.
      if (y > 0 && frame.contentWindow.scrollY === 0) { frame.contentWindow.scrollTo(0, y); }
    } catch (ignored) { /* nothing to restore */ }
    loading = false;
  }
  if (frame) {
    frame.addEventListener("load", restore);
    // The first preview may have loaded before this deferred script ran.
    try { if (frame.contentDocument && frame.contentDocument.readyState === "complete") { restore(); } } catch (ignored) { /* not readable */ }
    form.addEventListener("submit", remember);
  }

  form.addEventListener("input", function () {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(review, 600);
  });
})();
