// The "download these payments" buttons of supplier and council pages (PaymentsCsv.astro). The
// Parquet reader (about 30 kB gzipped) loads on the first click only: the pages stay light.
function wire(block: HTMLElement): void {
  const button = block.querySelector("button");
  const status = block.querySelector(".payments-csv-status");
  if (!button || !status) return;
  button.addEventListener("click", async () => {
    button.disabled = true;
    status.textContent = "Reading the payments…";
    try {
      const { downloadPayments } = await import("./download-csv.ts");
      status.textContent = await downloadPayments({
        parquet: block.dataset.parquet ?? "",
        supplierId: block.dataset.supplierId ?? "",
        council: block.dataset.council ?? "",
        filename: block.dataset.filename ?? "payments.csv",
      });
    } finally {
      button.disabled = false;
    }
  });
}

export function startPaymentsCsv(): void {
  for (const block of document.querySelectorAll<HTMLElement>(".payments-csv")) wire(block);
}
