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
      if (frame && typeof answer.vistaPrevia === "string") { frame.src = answer.vistaPrevia; }
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

  form.addEventListener("input", function () {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(review, 600);
  });
})();
