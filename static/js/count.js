// Counts a reading or a play for the moderators' activity page (core.activity): an element with
// data-count-url is counted once when the page loads, or, for a <video>, the first time it plays. The request
// carries nothing about the reader; the server adds one to the day's tally for that page.

function send(url) {
  if (!navigator.sendBeacon?.(url)) {
    fetch(url, { method: "POST", keepalive: true, credentials: "omit" }).catch(() => {});
  }
}

for (const element of document.querySelectorAll("[data-count-url]")) {
  const url = element.dataset.countUrl;
  if (element instanceof HTMLMediaElement) {
    element.addEventListener("play", () => send(url), { once: true });
  } else {
    send(url);
  }
}
