// The sending progress of a newsletter issue in the admin, refreshed every few seconds without reloading the page.
const box = document.querySelector(".newsletter-progress[data-progress-url]");

async function refresh() {
  const response = await fetch(box.dataset.progressUrl, { headers: { Accept: "application/json" } });
  if (!response.ok) return;
  const data = await response.json();
  const bar = box.querySelector("progress");
  bar.max = data.total;
  bar.value = data.sent + data.failed + data.bounced;
  bar.textContent = `${data.percent} %`;
  box.querySelector("[data-progress-text]").textContent = data.text;
  if (data.remaining > 0) setTimeout(refresh, 3000);
}

if (box) setTimeout(refresh, 3000);
