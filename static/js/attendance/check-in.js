// The check-in list at the door: a tick shows at once and is queued in this browser (localStorage) until the
// server has it, so a poor connection at the venue loses nothing. Each tick carries its own id and time, so a
// tick sent twice is applied once and an old one never overwrites a newer one. Without this script, each tick
// is an ordinary form.
const table = document.querySelector(".check-in-list[data-ticks-url]");

if (table) {
  const url = table.dataset.ticksUrl;
  const storageKey = `check-in:${url}`;
  const status = document.getElementById("check-in-queue");
  const csrf = document.querySelector(".check-in-tick input[name=csrfmiddlewaretoken]")?.value;
  let sending = false;

  const load = () => {
    try {
      return JSON.parse(localStorage.getItem(storageKey) || "[]");
    } catch {
      return [];
    }
  };
  const save = (queue) => localStorage.setItem(storageKey, JSON.stringify(queue));

  const showQueue = () => {
    const waiting = load().length;
    status.hidden = waiting === 0;
    status.textContent = waiting ? `${table.dataset.waitingLabel} ${waiting}` : "";
  };

  const flush = async () => {
    const queue = load();
    if (sending || queue.length === 0) {
      showQueue();
      return;
    }
    sending = true;
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrf },
        body: JSON.stringify({ ticks: queue }),
        credentials: "same-origin",
      });
      if (response.ok) {
        // Ticks the server could not use (a registration cancelled meanwhile) are not worth sending again.
        const sent = new Set(queue.map((tick) => tick.id));
        save(load().filter((tick) => !sent.has(tick.id)));
      }
    } catch {
      // Offline: the queue stays and goes with the next try.
    } finally {
      sending = false;
      showQueue();
    }
  };

  const show = (button, present) => {
    button.setAttribute("aria-pressed", present ? "true" : "false");
    button.textContent = present ? table.dataset.presentLabel : table.dataset.absentLabel;
    button.form.querySelector("input[name=present]").value = present ? "0" : "1";
  };

  table.addEventListener("submit", (event) => {
    const form = event.target.closest(".check-in-tick");
    if (!form) return;
    event.preventDefault();
    const button = form.querySelector("button");
    const present = form.querySelector("input[name=present]").value === "1";
    show(button, present);
    const queue = load();
    queue.push({
      id: crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`,
      registration: Number(button.dataset.registration),
      present,
      ticked_at: new Date().toISOString(),
    });
    save(queue);
    flush();
  });

  const search = document.querySelector("[data-filter-rows]");
  search?.addEventListener("input", () => {
    const words = search.value.trim().toLowerCase();
    for (const row of table.querySelectorAll("tbody tr[data-name]")) {
      row.hidden = words !== "" && !row.dataset.name.includes(words);
    }
  });

  window.addEventListener("online", flush);
  setInterval(flush, 10000);
  flush();
}
