// Discussions without full reloads: replies and comments are posted with fetch and the server's
// rendered fragment (the new post, or the form with its errors) is put in place. Without this
// module the same forms work as plain posts. On film pages it also fills "comment at the current moment".

const FRAGMENT_HEADER = { "X-Forum-Fragment": "1" };

function formatMoment(seconds) {
  const whole = Math.floor(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, "0");
  return hours ? `${hours}:${String(minutes).padStart(2, "0")}:${rest}` : `${String(minutes).padStart(2, "0")}:${rest}`;
}

function fragment(html) {
  const template = document.createElement("template");
  template.innerHTML = html.trim();
  return template.content.firstElementChild;
}

function setUpMomentButton(form) {
  const button = form.querySelector("[data-comment-at-time]");
  const video = document.querySelector("video[data-film-player]");
  if (!button || !video) return;
  const input = form.querySelector("input[name=anchor_seconds]");
  const status = form.querySelector("[data-moment-status]");
  button.hidden = false;
  button.addEventListener("click", () => {
    const seconds = Math.floor(video.currentTime || 0);
    input.value = formatMoment(seconds);
    status.textContent = `${button.dataset.momentLabel} ${formatMoment(seconds)}`;
    form.querySelector("textarea")?.focus();
  });
}

// The heading's "(3)" follows the server's count: a post held for a moderator does not raise it.
function showCount(form, header) {
  const count = Number.parseInt(header, 10);
  if (Number.isNaN(count)) return;
  const section = form.closest(".forum-discussion") || document;
  section.querySelectorAll("[data-forum-count]").forEach((element) => {
    element.textContent = `(${count})`;
    element.hidden = count === 0;
  });
}

async function submit(event) {
  const form = event.target.closest("form[data-forum-form]");
  if (!form) return;
  event.preventDefault();
  const submitButton = form.querySelector("button[type=submit]");
  // Marked busy rather than disabled: a disabled button would drop keyboard focus to <body>.
  if (submitButton.getAttribute("aria-disabled") === "true") return;
  submitButton.setAttribute("aria-disabled", "true");
  try {
    const response = await fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: FRAGMENT_HEADER,
      credentials: "same-origin",
    });
    const html = await response.text();
    if (response.status === 201) {
      const list = form.parentElement.querySelector("[data-forum-posts]") || document.querySelector("[data-forum-posts]");
      list.querySelector("[data-forum-empty]")?.remove();
      const post = fragment(html);
      list.append(post);
      form.reset();
      // The next post is a new one: no film moment, not a reply to the post just answered.
      form.querySelectorAll("input[name=anchor_seconds], input[name=reply_to]").forEach((input) => {
        input.value = "";
        input.setAttribute("value", "");
      });
      form.querySelector(".forum-form__replying")?.remove();
      form.querySelector("[data-moment-status]")?.replaceChildren();
      showCount(form, response.headers.get("X-Forum-Post-Count"));
      post.focus();
    } else if (response.status === 422) {
      const replacement = fragment(html);
      form.replaceWith(replacement);
      setUpMomentButton(replacement);
      replacement.querySelector("[role=alert], .errorlist")?.scrollIntoView({ block: "center" });
      replacement.querySelector("textarea")?.focus();
    } else {
      form.submit();
    }
  } catch {
    form.submit();
  } finally {
    submitButton.removeAttribute("aria-disabled");
  }
}

document.addEventListener("submit", submit);
document.querySelectorAll("form[data-forum-form]").forEach(setUpMomentButton);
