// "Lees voor" on the result page (templates/resultaat/_voorlezen.html): the browser reads the elements marked
// data-voorlezen aloud (the headline, the summary under it, what to do), in the page's language, with its own
// speech (speechSynthesis). Only voices on this device (localService): some browsers also offer voices of an
// online service, which would send the text of the page - someone's situation - to another company.
// Speech needs no permission (Permissions-Policy): the click on the button is the user activation it asks for.
// Without JavaScript, or in a browser without speech, the buttons stay hidden.
(function () {
  "use strict";

  var spraak = window.speechSynthesis;
  var Uiting = window.SpeechSynthesisUtterance;
  var ISOLATIES = /[\u2066-\u2069]/g;
  // An amount as the page writes it (€ 1.234,56, −€ 12): read out in the language's own way, so that a voice
  // does not read "1.234" as "one point two three four".
  var BEDRAG = /([\u2212-]?)€[\u00a0 ]?(\d{1,3}(?:\.\d{3})*)(?:,(\d{2}))?/g;
  var WACHT_OP_STEMMEN_MS = 1500;

  function taalVan(element) {
    var metTaal = element.closest("[lang]");
    return (metTaal && metTaal.getAttribute("lang")) || document.documentElement.lang;
  }

  function zichtbaar(element) {
    return !element.closest("[hidden], [aria-hidden='true']");
  }

  function bedragenVoorlezen(tekst, taal) {
    return tekst.replace(BEDRAG, function (geheel, min, euros, centen) {
      var waarde = Number(euros.replace(/\./g, "") + "." + (centen || "00")) * (min ? -1 : 1);
      try {
        return new Intl.NumberFormat(taal, {
          style: "currency", currency: "EUR", minimumFractionDigits: centen ? 2 : 0,
          maximumFractionDigits: centen ? 2 : 0
        }).format(waarde);
      } catch (fout) {
        return geheel;
      }
    });
  }

  function zinnen(tekst, taal) {
    if (!window.Intl || !Intl.Segmenter) {
      return [tekst];
    }
    try {
      return Array.from(new Intl.Segmenter(taal, { granularity: "sentence" }).segment(tekst), function (s) {
        return s.segment.trim();
      }).filter(Boolean);
    } catch (fout) {
      return [tekst];
    }
  }

  // The pieces to read, in page order: {tekst, taal}. A list is read item by item; a part in another language
  // (<cite lang="nl">) becomes its own piece in that language; each piece is cut into sentences (a long utterance
  // stops halfway in some browsers).
  function stukken() {
    var blokken = [];
    document.querySelectorAll("[data-voorlezen]").forEach(function (element) {
      if (!zichtbaar(element)) {
        return;
      }
      var items = element.matches("ol, ul") ? element.querySelectorAll(":scope > li") : [element];
      Array.prototype.forEach.call(items, function (item) { blokken.push(item); });
    });
    var uit = [];
    blokken.forEach(function (blok) {
      var lopend = null;
      var loper = document.createTreeWalker(blok, NodeFilter.SHOW_TEXT);
      var groepen = [];
      while (loper.nextNode()) {
        var knoop = loper.currentNode;
        if (!zichtbaar(knoop.parentElement)) {
          continue;
        }
        var taal = taalVan(knoop.parentElement);
        if (!lopend || lopend.taal !== taal) {
          lopend = { taal: taal, tekst: "" };
          groepen.push(lopend);
        }
        lopend.tekst += knoop.nodeValue;
      }
      groepen.forEach(function (groep) {
        var tekst = groep.tekst.replace(ISOLATIES, "").replace(/\s+/g, " ").trim();
        if (/[\p{L}\p{N}]/u.test(tekst)) {
          zinnen(bedragenVoorlezen(tekst, groep.taal), groep.taal).forEach(function (zin) {
            uit.push({ tekst: zin, taal: groep.taal });
          });
        }
      });
    });
    return uit;
  }

  function stemVoor(stemmen, taal) {
    var gevraagd = taal.toLowerCase().replace("_", "-");
    var hoofd = gevraagd.split("-")[0];
    var passend = stemmen.filter(function (stem) {
      var eigen = (stem.lang || "").toLowerCase().replace("_", "-");
      return stem.localService && (eigen === gevraagd || eigen.split("-")[0] === hoofd);
    });
    passend.sort(function (a, b) {
      var aExact = a.lang.toLowerCase().replace("_", "-") === gevraagd;
      var bExact = b.lang.toLowerCase().replace("_", "-") === gevraagd;
      return (bExact - aExact) || (b["default"] - a["default"]);
    });
    return passend[0] || null;
  }

  // Browsers load their voices after the page: wait for them (once) when the list is still empty.
  function metStemmen(verder) {
    var stemmen = spraak.getVoices();
    if (stemmen.length) {
      verder(stemmen);
      return;
    }
    var klaar = false;
    function eenKeer() {
      if (!klaar) {
        klaar = true;
        spraak.removeEventListener("voiceschanged", eenKeer);
        verder(spraak.getVoices());
      }
    }
    spraak.addEventListener("voiceschanged", eenKeer);
    window.setTimeout(eenKeer, WACHT_OP_STEMMEN_MS);
  }

  function zet(houder) {
    var start = houder.querySelector(".voorlezen__start");
    var stop = houder.querySelector(".voorlezen__stop");
    var status = houder.querySelector(".voorlezen__status");
    var beurt = 0;

    function klaar() {
      var hadFocus = document.activeElement === stop;
      stop.hidden = true;
      if (hadFocus) {
        start.focus();
      }
    }

    function stoppen() {
      beurt += 1;
      spraak.cancel();
      klaar();
    }

    function lees() {
      stoppen();
      status.textContent = "";
      var dezeBeurt = beurt;
      var paginaTaal = document.documentElement.lang;
      metStemmen(function (stemmen) {
        var paginaStem = stemVoor(stemmen, paginaTaal);
        var teLezen = stukken();
        if (dezeBeurt !== beurt || !teLezen.length) {
          return;
        }
        if (!paginaStem) {
          status.textContent = houder.getAttribute("data-geen-stem");
          return;
        }
        stop.hidden = false;
        teLezen.forEach(function (stuk, i) {
          var uiting = new Uiting(stuk.tekst);
          uiting.lang = stuk.taal;
          uiting.voice = stemVoor(stemmen, stuk.taal) || paginaStem;
          uiting.onerror = function (gebeurtenis) {
            if (dezeBeurt === beurt && gebeurtenis.error !== "canceled" && gebeurtenis.error !== "interrupted") {
              status.textContent = houder.getAttribute("data-mislukt");
              stoppen();
            }
          };
          if (i === teLezen.length - 1) {
            uiting.onend = function () {
              if (dezeBeurt === beurt) {
                klaar();
              }
            };
          }
          spraak.speak(uiting);
        });
      });
    }

    function toon() {
      houder.hidden = !document.querySelector("[data-voorlezen]");
    }

    start.addEventListener("click", lees);
    stop.addEventListener("click", stoppen);
    // htmx replaced the outcome (other hours, another date): what was being read is gone.
    document.addEventListener("htmx:afterSwap", function () {
      if (!stop.hidden) {
        stoppen();
      }
      toon();
    });
    window.addEventListener("pagehide", function () { spraak.cancel(); });
    toon();
    spraak.getVoices();
  }

  if (!spraak || !Uiting) {
    return;
  }
  function begin() {
    document.querySelectorAll(".voorlezen[hidden]").forEach(zet);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", begin);
  } else {
    begin();
  }
})();
