// Review page: keyboard-driven decisions on the items of one article.
(function () {
  "use strict";
  const body = document.body;
  const articleId = body.dataset.article;
  const items = Array.from(document.querySelectorAll("#items .item"));
  const reviewerInput = document.getElementById("reviewer");
  const message = document.getElementById("message");
  // A name typed before this script ran (slow load) wins over the remembered one.
  if (!reviewerInput.value.trim()) reviewerInput.value = localStorage.getItem("reviewer") || "";
  reviewerInput.addEventListener("change", () => localStorage.setItem("reviewer", reviewerInput.value.trim()));
  let current = Math.min(Number(sessionStorage.getItem("item:" + articleId) || 0), Math.max(items.length - 1, 0));

  function select(index) {
    if (!items.length) return;
    current = (index + items.length) % items.length;
    sessionStorage.setItem("item:" + articleId, String(current));
    items.forEach((item, k) => item.classList.toggle("selected", k === current));
    const keyRef = items[current].dataset.field + ":" + items[current].dataset.key;
    document.querySelectorAll(".seg").forEach((seg) =>
      seg.classList.toggle("current", seg.dataset.keys.split(" ").includes(keyRef)));
    items[current].scrollIntoView({ block: "nearest" });
  }

  async function send(decision) {
    const reviewer = reviewerInput.value.trim();
    if (!reviewer) { message.textContent = "Enter your name first."; reviewerInput.focus(); return; }
    localStorage.setItem("reviewer", reviewer);
    const response = await fetch("/api/decision", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify(Object.assign({ article_id: articleId, reviewer: reviewer }, decision)),
    });
    const data = await response.json();
    if (!response.ok) { message.textContent = data.error; return; }
    location.reload();
  }

  function selected() { return items[current]; }
  const mainKey = { dates: "value", quotes: "speaker", tariffs: "rate", events: "type", officials: "title", countries: "code" };

  const listKeys = ["actors", "targets", "aliases", "officials", "topics"];

  // "e": change the item's main value, or any attribute as "name=value" (lists comma-separated).
  function edit() {
    const item = selected(); if (!item) return;
    const value = JSON.parse(item.dataset.value || "{}");
    const key = mainKey[item.dataset.field];
    const answer = prompt("New " + key + " (or attribute=value, e.g. target=KOR, actors=USA,CHN)", value[key] ?? "");
    if (answer === null) return;
    const match = answer.match(/^\s*([a-z_]+)\s*=(.*)$/);
    const name = match ? match[1] : key;
    const raw = match ? match[2].trim() : answer;
    value[name] = listKeys.includes(name) ? raw.split(",").map((v) => v.trim()).filter(Boolean)
      : raw === "" || raw === "null" ? null : raw;
    send({ field: item.dataset.field, item_key: item.dataset.key, action: "edit", payload: value });
  }

  function selectionSpan() {
    const selection = window.getSelection();
    if (!selection.rangeCount || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    const startSeg = range.startContainer.parentElement.closest(".seg");
    const endSeg = range.endContainer.parentElement.closest(".seg");
    if (!startSeg || !endSeg) return null;
    const start = Number(startSeg.dataset.start) + range.startOffset;
    const end = Number(endSeg.dataset.start) + range.endOffset;
    return { start: start, end: end, text: selection.toString() };
  }

  function add(field) {
    const span = selectionSpan();
    if (!span) { message.textContent = "Select the words in the article first."; return; }
    const item = { text: span.text, start: span.start, end: span.end };
    if (field === "dates") {
      const value = prompt("ISO value of '" + span.text + "' (YYYY-MM-DD, YYYY-MM or YYYY)");
      if (value === null) return;
      Object.assign(item, { value: value, granularity: value.length === 10 ? "day" : value.length === 7 ? "month" : "year" });
    } else if (field === "countries") {
      const code = prompt("ISO alpha-3 code for '" + span.text + "'");
      if (code === null) return;
      Object.assign(item, { code: code.toUpperCase(), mentions: [{ text: span.text, start: span.start, end: span.end }] });
    } else if (field === "quotes") {
      const speaker = prompt("Speaker of this quote (empty if none)");
      if (speaker === null) return;
      item.speaker = speaker || null;
    }
    send({ field: field, action: "add", payload: item });
  }

  document.addEventListener("keydown", (event) => {
    if (event.target === reviewerInput || event.ctrlKey || event.metaKey || event.altKey) return;
    const item = selected();
    const on = (action, extra) => item && send(Object.assign({ field: item.dataset.field, item_key: item.dataset.key, action: action }, extra || {}));
    switch (event.key) {
      case "j": select(current + 1); break;
      case "k": select(current - 1); break;
      case "a": on("accept"); break;
      case "x": { const reason = prompt("Why reject this item?"); if (reason) on("reject", { reason: reason }); break; }
      case "e": edit(); break;
      case "Delete": on("delete"); break;
      case "u": send({ action: "undo" }); break;
      case "n": if (body.dataset.next) location.href = "/article/" + encodeURIComponent(body.dataset.next); break;
      case "d": add("dates"); break;
      case "c": add("countries"); break;
      case "q": add("quotes"); break;
      case "?": document.getElementById("help").hidden = !document.getElementById("help").hidden; break;
      default: return;
    }
    event.preventDefault();
  });
  items.forEach((item, k) => item.addEventListener("click", () => select(k)));
  select(current);
})();
