// Film upload in the admin: when a film file is chosen, the form is sent with XMLHttpRequest so a progress
// bar can show the percentage and the time left. If the upload fails the page stays as it is, with
// everything typed still in the form. Without this module (or without a file) the form posts normally.

const input = document.querySelector("input[type=file][data-upload-progress]");
const form = input?.form;

function format(template, values) {
  return template.replace(/%\((\w+)\)s/g, (_match, name) => values[name]).replace("%%", "%");
}

function timeLeft(seconds) {
  if (!Number.isFinite(seconds)) return "…";
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ${Math.round(seconds % 60)} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

function progressPanel() {
  const panel = document.createElement("div");
  panel.className = "film-upload-progress";
  panel.setAttribute("role", "status");
  const bar = document.createElement("progress");
  bar.max = 100;
  bar.value = 0;
  bar.id = "film-upload-bar";
  const text = document.createElement("label");
  text.htmlFor = bar.id;
  const cancel = document.createElement("button");
  cancel.type = "button";
  cancel.textContent = input.dataset.textCancel;
  panel.append(bar, " ", text, " ", cancel);
  return { panel, bar, text, cancel };
}

function upload(event) {
  const { panel, bar, text, cancel } = progressPanel();
  const submitter = event.submitter;
  const request = new XMLHttpRequest();
  const startedAt = performance.now();
  const buttons = form.querySelectorAll("[type=submit]");

  function finish(message) {
    text.textContent = message;
    cancel.remove();
    buttons.forEach((button) => { button.disabled = false; });
  }

  request.upload.addEventListener("progress", (progress) => {
    if (!progress.lengthComputable) return;
    const percent = Math.floor((progress.loaded / progress.total) * 100);
    const elapsed = (performance.now() - startedAt) / 1000;
    const rate = progress.loaded / Math.max(elapsed, 0.001);
    bar.value = percent;
    text.textContent = format(input.dataset.textProgress, {
      percent,
      time: timeLeft((progress.total - progress.loaded) / rate),
    });
  });
  request.upload.addEventListener("load", () => {
    bar.value = 100;
    text.textContent = input.dataset.textDone;
  });
  request.addEventListener("load", () => {
    if (request.status >= 400) {
      finish(format(input.dataset.textFailed, { reason: `${request.status} ${request.statusText}` }));
      return;
    }
    if (request.responseURL && new URL(request.responseURL).pathname !== window.location.pathname) {
      window.location.assign(request.responseURL);
      return;
    }
    // The same page again: the server found errors and shows the form with what was typed.
    document.open();
    document.write(request.responseText);
    document.close();
  });
  request.addEventListener("error", () => finish(format(input.dataset.textFailed, { reason: "network" })));
  request.addEventListener("abort", () => finish(input.dataset.textCancelled));
  cancel.addEventListener("click", () => request.abort());

  const data = new FormData(form, submitter);
  request.open("POST", form.action || window.location.href);
  request.setRequestHeader("X-Requested-With", "XMLHttpRequest");
  buttons.forEach((button) => { button.disabled = true; });
  (submitter?.closest(".submit-row") || form).before(panel);
  request.send(data);
}

if (form && typeof XMLHttpRequest !== "undefined" && "upload" in new XMLHttpRequest()) {
  form.addEventListener("submit", (event) => {
    if (!input.files.length || event.defaultPrevented) return;
    event.preventDefault();
    upload(event);
  });
}
