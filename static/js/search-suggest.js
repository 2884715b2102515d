// Autocomplete under the header's search box: an ARIA 1.2 combobox with a listbox of at most eight results.
// Typing waits 250 ms, then asks /search/suggest/; Arrow keys move through the list, Enter opens the chosen result
// (or searches, when none is chosen), Escape closes it. Without JavaScript the box is a plain search form.
const input = document.getElementById("site-search-q");
const list = document.getElementById("site-search-suggestions");
const status = document.getElementById("site-search-status");

if (input && list && status) {
  let timer = null;
  let active = -1;
  let latest = 0;

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");

  const options = () => Array.from(list.querySelectorAll("[role=option]"));

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const choose = (index) => {
    const all = options();
    all.forEach((option, n) => option.setAttribute("aria-selected", String(n === index)));
    active = index;
    if (index >= 0) {
      input.setAttribute("aria-activedescendant", all[index].id);
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  };

  const show = (suggestions) => {
    list.replaceChildren(
      ...suggestions.map((suggestion, n) => {
        const option = document.createElement("li");
        option.id = `site-search-option-${n}`;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.url = suggestion.url;
        const kind = document.createElement("span");
        kind.className = "site-search__kind";
        kind.textContent = suggestion.kind;
        option.append(suggestion.title, " ", kind);
        option.addEventListener("mousedown", (event) => {
          event.preventDefault();
          window.location.assign(suggestion.url);
        });
        return option;
      }),
    );
    active = -1;
    list.hidden = suggestions.length === 0;
    input.setAttribute("aria-expanded", String(suggestions.length > 0));
    status.textContent = suggestions.length
      ? `${input.dataset.suggestFound} ${suggestions.length}`
      : input.dataset.suggestNone;
  };

  const ask = async () => {
    const query = input.value.trim();
    const asked = ++latest;
    if (query.length < 2) {
      close();
      return;
    }
    try {
      const response = await fetch(`${input.dataset.suggestUrl}?${new URLSearchParams({ q: query })}`, {
        headers: { Accept: "application/json" },
      });
      if (!response.ok || asked !== latest) return;
      show((await response.json()).suggestions);
    } catch {
      close();
    }
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(ask, 250);
  });

  input.addEventListener("keydown", (event) => {
    const count = options().length;
    if (event.key === "ArrowDown" && count) {
      event.preventDefault();
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      choose((active + 1) % count);
    } else if (event.key === "ArrowUp" && count) {
      event.preventDefault();
      choose(active <= 0 ? count - 1 : active - 1);
    } else if (event.key === "Enter" && active >= 0 && !list.hidden) {
      event.preventDefault();
      window.location.assign(options()[active].dataset.url);
    } else if (event.key === "Escape" && !list.hidden) {
      // The first Escape closes the list; the next one clears the box, as the browser does.
      event.preventDefault();
      close();
    }
  });

  input.addEventListener("blur", close);
}
