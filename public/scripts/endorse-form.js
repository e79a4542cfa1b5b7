// The endorsement form's enhancements (decision 037). The form works as a plain post without this
// script; with it, a logo is uploaded as soon as it is chosen (with progress and a preview, and a
// refused file stops the submission until it is replaced or removed), a field is checked as you
// go, and the button says the form is on its way. The server checks everything again.
// Plain script (no React): the form's page is sent without React's scripts. Where React's are on
// the page (the endorser's own page, or next dev), React posts the form and this script stands aside.
(() => {
  const form = document.querySelector("form[data-endorse-form]");
  const textsElement = document.querySelector("script[data-endorse-form-texts]");
  if (!form || !textsElement || self.__next_f) return;
  const texts = JSON.parse(textsElement.textContent);
  const logoInput = form.querySelector("#logo");
  // Where the logo's progress, preview or refusal is written (there already when a logo was kept).
  const logoStatus = () => {
    let status = form.querySelector("[data-logo-status]");
    if (!status) {
      status = element("div", { "data-logo-status": "", "aria-live": "polite" });
      logoInput.after(status);
    }
    return status;
  };
  const submit = form.querySelector("[data-endorse-submit]");
  let refusedLogo = null;
  let sending = false;

  const element = (name, attributes, children) => {
    const node = document.createElement(name);
    for (const [key, value] of Object.entries(attributes || {})) node.setAttribute(key, value);
    for (const child of children || []) node.append(child);
    return node;
  };

  // --- Errors, written as the server writes them (components/endorse/field.tsx) ---
  const message = (code, input) =>
    (texts.errors[code] || texts.errors.required)
      .replaceAll("{max}", String(input.maxLength))
      .replaceAll("{min}", String(input.minLength));

  const describe = (input, id, on) => {
    const ids = (input.getAttribute("aria-describedby") || "").split(" ").filter((name) => name && name !== id);
    if (on) ids.push(id);
    if (ids.length) input.setAttribute("aria-describedby", ids.join(" "));
    else input.removeAttribute("aria-describedby");
  };

  const showError = (input, text) => {
    const id = `${input.id}-error`;
    let error = document.getElementById(id);
    if (!error) {
      error = element("p", { id, class: "text-sm font-medium text-red-800" });
      input.parentElement.append(error);
    }
    error.textContent = text;
    input.setAttribute("aria-invalid", "true");
    describe(input, id, true);
  };

  const clearError = (input) => {
    document.getElementById(`${input.id}-error`)?.remove();
    input.removeAttribute("aria-invalid");
    describe(input, `${input.id}-error`, false);
  };

  // The browser's own checks of the limits the server wrote on each field. A web address without
  // "https://" is fine here (the server adds it), so it is left to the server.
  const problem = (input) => {
    const validity = input.validity;
    if (input.type === "url") return null;
    if (validity.valueMissing) return "required";
    if (validity.tooShort) return "tooShort";
    if (validity.tooLong) return "tooLong";
    if (validity.typeMismatch) return input.type === "email" ? "invalidEmail" : "required";
    return null;
  };

  // A shown error clears as soon as the field is fixed; a filled field is checked when you leave it.
  // Empty fields wait for the submission, so messages do not jump while someone moves through the form.
  const checkable = form.querySelectorAll("input[type=text][id], input[type=email], textarea, select");
  for (const input of checkable) {
    const whileTyping = () => {
      if (input.getAttribute("aria-invalid") === "true" && !problem(input)) clearError(input);
    };
    input.addEventListener(input.tagName === "SELECT" ? "change" : "input", whileTyping);
    input.addEventListener("blur", () => {
      const code = input.value.trim() === "" ? null : problem(input);
      if (code) showError(input, message(code, input));
    });
  }

  // --- The logo: uploaded as soon as it is chosen ---
  const logoHash = () => form.querySelector("input[name=logoSha256]");

  const setLogoHash = (sha256) => {
    let hidden = logoHash();
    if (!sha256) return hidden?.remove();
    if (!hidden) {
      hidden = element("input", { type: "hidden", name: "logoSha256" });
      form.prepend(hidden);
    }
    hidden.value = sha256;
  };

  const refuse = (code) => {
    refusedLogo = message(code, logoInput);
    showError(logoInput, refusedLogo);
    const remove = element("button", { type: "button", class: "text-sm text-brand underline" }, [texts.removeLogo]);
    remove.addEventListener("click", () => {
      refusedLogo = null;
      clearError(logoInput);
      logoStatus().replaceChildren();
      form.querySelector("[data-error-summary]")?.remove();
      logoInput.focus();
    });
    logoStatus().replaceChildren(element("p", {}, [remove]));
  };

  logoInput?.addEventListener("change", () => {
    const file = logoInput.files?.[0];
    if (!file) return;
    refusedLogo = null;
    clearError(logoInput);
    setLogoHash(null);
    const progress = element("progress", { max: "100", value: "0", class: "me-2 align-middle" });
    const label = document.createTextNode(texts.uploading.replace("{percent}", "0"));
    logoStatus().replaceChildren(element("p", {}, [progress, label]));

    const request = new XMLHttpRequest();
    request.open("POST", "/api/logo");
    request.upload.onprogress = (event) => {
      const percent = event.total ? Math.round((event.loaded / event.total) * 100) : 0;
      progress.value = percent;
      label.textContent = texts.uploading.replace("{percent}", String(percent));
    };
    request.onload = () => {
      let answer = {};
      try {
        answer = JSON.parse(request.responseText || "{}");
      } catch {
        answer = { error: "logoUnreadable" };
      }
      // Received or refused, the file is not sent again with the form.
      logoInput.value = "";
      if (answer.error || !answer.sha256) return refuse(answer.error || "logoUnreadable");
      setLogoHash(answer.sha256);
      const preview = element("img", {
        src: URL.createObjectURL(file),
        alt: texts.logoPreview,
        width: "64",
        height: "64",
        class: "h-16 w-16 rounded border object-contain",
      });
      logoStatus().replaceChildren(
        element("p", { class: "flex items-center gap-3 text-sm text-neutral-700" }, [preview, texts.uploaded]),
      );
    };
    // Not reached (offline, say): the file stays chosen and goes with the form.
    request.onerror = () => logoStatus().replaceChildren();
    const body = new FormData();
    body.set("logo", file);
    request.send(body);
  });

  // --- Sending ---
  const showSummary = (field, text) => {
    form.querySelector("[data-error-summary]")?.remove();
    const link = element("a", { href: `#${field}`, class: "underline" }, [`${texts.logoLabel}: ${text}`]);
    const summary = element(
      "div",
      {
        tabindex: "-1",
        role: "alert",
        "data-error-summary": "",
        class: "rounded-md border-2 border-red-700 bg-red-50 p-4",
      },
      [
        element("p", { class: "font-semibold" }, [texts.errorSummary]),
        element("ul", { class: "mt-2 list-disc ps-6" }, [element("li", {}, [link])]),
      ],
    );
    form.prepend(summary);
  };

  form.addEventListener("submit", (event) => {
    if (sending) return event.preventDefault();
    // A refused logo is not sent: stop here rather than send the endorsement without it.
    if (refusedLogo) {
      event.preventDefault();
      showSummary("logo", refusedLogo);
      logoInput.focus();
      return;
    }
    sending = true;
    submit.textContent = texts.sending;
    submit.setAttribute("aria-disabled", "true");
  });

  // Back to a page the browser kept: the form can be sent again.
  const submitText = submit.textContent;
  addEventListener("pageshow", (event) => {
    if (!event.persisted) return;
    sending = false;
    submit.textContent = submitText;
    submit.removeAttribute("aria-disabled");
  });

  // The server's answer listed problems: start there.
  form.querySelector("[data-error-summary]")?.focus();
})();
