/* Shared Ledger embeds: resize each chart iframe to its content. Optional: without it the iframe
   keeps the height in its snippet. Only messages from this script's own origin are read. */
(() => {
  const script = document.currentScript;
  if (!script || window.__sharedLedgerResize) return;
  window.__sharedLedgerResize = true;
  const origin = new URL(script.src, location.href).origin;
  window.addEventListener("message", (event) => {
    if (event.origin !== origin) return;
    const data = event.data;
    if (data?.type !== "shared-ledger:height" || typeof data.height !== "number") return;
    if (!(data.height > 0 && data.height < 20000)) return;
    for (const frame of document.getElementsByTagName("iframe")) {
      if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(data.height)}px`;
    }
  });
})();
