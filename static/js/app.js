// Move keyboard and screen reader focus to the error summary when a page shows one (GOV.UK pattern),
// on a normal page load and after htmx replaced part of the page. Without JavaScript the summary is
// still at the top of the page with links to the fields.
(function () {
  function focusFoutoverzicht(root) {
    var overzicht = (root || document).querySelector(".foutoverzicht");
    if (overzicht) {
      overzicht.focus();
    }
  }
  document.addEventListener("DOMContentLoaded", function () { focusFoutoverzicht(document); });
  document.addEventListener("htmx:afterSwap", function (event) { focusFoutoverzicht(event.target); });
})();

// Printing the page (Ctrl+P): open every "Waarom?" explanation so the paper shows it, and close
// again afterwards the ones that were closed. Without JavaScript the PDF has all explanations.
(function () {
  var geopend = [];
  window.addEventListener("beforeprint", function () {
    geopend = Array.prototype.filter.call(document.querySelectorAll("details:not([open])"), function (d) {
      d.open = true;
      return true;
    });
  });
  window.addEventListener("afterprint", function () {
    geopend.forEach(function (d) { d.open = false; });
    geopend = [];
  });
})();


// The browser's Back button should bring back what you typed on a question. The answers live in the URL,
// so just before a question form is sent, this page's entry in the history gets the URL with the answers.
// (Without JavaScript the page comes back empty; the check page still shows every answer.)
(function () {
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains("vraag-form")) {
      return;
    }
    var velden = new URLSearchParams(new FormData(form));
    velden.delete("verstuurd");
    history.replaceState(history.state, "", window.location.pathname + "?" + velden.toString());
  });
})();


// "Kopieer link" (Meenemen op je telefoon) and "Print deze pagina" (gespreksleidraad): buttons that need
// JavaScript, so they are hidden until this script shows them. Without JavaScript the link is a text field
// to select, and the browser's own print works.
(function () {
  function zet(root) {
    Array.prototype.forEach.call((root || document).querySelectorAll(".kopieer-knop[hidden]"), function (knop) {
      var veld = document.getElementById(knop.getAttribute("data-kopieer"));
      var status = knop.parentNode.querySelector(".kopieer-status");
      if (!veld) {
        return;
      }
      knop.hidden = false;
      knop.addEventListener("click", function () {
        function gelukt() {
          if (status) {
            status.textContent = knop.getAttribute("data-gekopieerd");
          }
        }
        veld.focus();
        veld.select();
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(veld.value).then(gelukt, function () {
            if (document.execCommand("copy")) { gelukt(); }
          });
        } else if (document.execCommand("copy")) {
          gelukt();
        }
      });
    });
    Array.prototype.forEach.call((root || document).querySelectorAll(".print-knop[hidden]"), function (knop) {
      knop.hidden = false;
      knop.addEventListener("click", function () { window.print(); });
    });
  }
  document.addEventListener("DOMContentLoaded", function () { zet(document); });
})();
