/* Shared Ledger embeds: resize each chart iframe to its content. Optional: without it the iframe
   keeps the height in its snippet. Only messages from this script's own origin are read. */
(() => {
  var script = document.currentScript;
  if (!script || window.__sharedLedgerResize) return;
  window.__sharedLedgerResize = true;
  var origin = new URL(script.src, location.href).origin;
  window.addEventListener("message", (event) => {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== "shared-ledger:height" || typeof data.height !== "number") return;
    if (!(data.height > 0 && data.height < 20000)) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(data.height) + "px";
    }
  });
})();
