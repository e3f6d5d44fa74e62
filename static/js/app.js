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
