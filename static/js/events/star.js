// "My programme" stars: the form posts and reloads without JavaScript; with it, the star toggles in place.
// The button is never disabled while the request runs: a disabled button loses keyboard focus to <body>.
const forms = document.querySelectorAll("form[data-star-form]");

for (const form of forms) {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const button = form.querySelector("button");
    if (button.getAttribute("aria-disabled") === "true") {
      return;
    }
    button.setAttribute("aria-disabled", "true");
    form.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      if (!response.ok) {
        form.submit();
        return;
      }
      const { starred } = await response.json();
      button.setAttribute("aria-pressed", String(starred));
      button.querySelector(".star__icon").textContent = starred ? "★" : "☆";
      button.querySelector(".star__label").textContent = starred ? button.dataset.labelOn : button.dataset.labelOff;
    } finally {
      button.removeAttribute("aria-disabled");
      form.removeAttribute("aria-busy");
    }
  });
}
