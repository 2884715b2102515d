// "My programme" stars: the form posts and reloads without JavaScript; with it, the star toggles in place.
const forms = document.querySelectorAll("form[data-star-form]");

for (const form of forms) {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const button = form.querySelector("button");
    button.disabled = true;
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
      button.disabled = false;
    }
  });
}
