// The programme desk by keyboard and mouse. A session's link takes the arrow keys (up and down: a quarter of an
// hour; left and right: the neighbouring room) and a session can be dragged onto a free cell. Each move is the
// same form the page without JavaScript sends; after it, the page reloads with the focus back on the session and
// the move (or the reason it was refused) announced to screen readers.
const grid = document.querySelector(".desk-grid");
const ANNOUNCE = "desk-announce";
const FOCUS = "desk-focus";

const shift = (stamp, minutes) => {
  // Arithmetic on the wall-clock time the page shows, whatever the browser's own time zone.
  const [date, time] = stamp.split("T");
  const [year, month, day] = date.split("-").map(Number);
  const [hour, minute] = time.split(":").map(Number);
  const moved = new Date(Date.UTC(year, month - 1, day, hour, minute + minutes));
  const pad = (number) => String(number).padStart(2, "0");
  return `${moved.getUTCFullYear()}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}T${pad(moved.getUTCHours())}:${pad(moved.getUTCMinutes())}`;
};

const minutesBetween = (start, end) => (Date.parse(`${end}:00Z`) - Date.parse(`${start}:00Z`)) / 60000;

const move = async (link, { room, start, end }) => {
  const body = new FormData();
  body.append("csrfmiddlewaretoken", document.getElementById("desk-csrf").value);
  body.append("day", link.dataset.day);
  body.append("room", room);
  body.append("start", start);
  body.append("end", end);
  const response = await fetch(link.href, { method: "POST", body, credentials: "same-origin" });
  if (response.redirected) {
    sessionStorage.setItem(ANNOUNCE, `${grid.dataset.moved} ${link.textContent.trim()}, ${start.slice(11)}–${end.slice(11)}`);
    sessionStorage.setItem(FOCUS, link.id);
    window.location.reload();
    return;
  }
  const page = new DOMParser().parseFromString(await response.text(), "text/html");
  const reason = [...page.querySelectorAll(".errorlist li")].map((item) => item.textContent.trim()).join(" ");
  document.getElementById(ANNOUNCE).textContent = `${grid.dataset.taken} ${reason}`;
};

if (grid) {
  const rooms = grid.dataset.rooms ? grid.dataset.rooms.split(",") : [];

  const announced = sessionStorage.getItem(ANNOUNCE);
  const focused = document.getElementById(sessionStorage.getItem(FOCUS) || "");
  sessionStorage.removeItem(ANNOUNCE);
  sessionStorage.removeItem(FOCUS);
  focused?.focus();
  if (announced) document.getElementById(ANNOUNCE).textContent = announced;

  grid.addEventListener("keydown", (event) => {
    const link = event.target.closest("a[data-start]");
    if (!link || !["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"].includes(event.key)) return;
    event.preventDefault();
    let { room, start, end } = link.dataset;
    if (event.key === "ArrowUp" || event.key === "ArrowDown") {
      const minutes = event.key === "ArrowUp" ? -15 : 15;
      start = shift(start, minutes);
      end = shift(end, minutes);
    } else {
      const index = rooms.indexOf(room) + (event.key === "ArrowLeft" ? -1 : 1);
      if (index < 0 || index >= rooms.length) return;
      room = rooms[index];
    }
    move(link, { room, start, end });
  });

  for (const link of grid.querySelectorAll("a[data-start]")) {
    const cell = link.closest("td");
    cell.draggable = true;
    cell.addEventListener("dragstart", (event) => event.dataTransfer.setData("text/plain", link.id));
  }
  for (const cell of grid.querySelectorAll("td[data-start]")) {
    cell.addEventListener("dragover", (event) => event.preventDefault());
    cell.addEventListener("drop", (event) => {
      event.preventDefault();
      const link = document.getElementById(event.dataTransfer.getData("text/plain"));
      if (!link) return;
      const length = minutesBetween(link.dataset.start, link.dataset.end);
      const start = cell.dataset.start;
      move(link, { room: cell.dataset.room, start, end: shift(start, length) });
    });
  }
}
