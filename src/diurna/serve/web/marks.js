// Highlighted text, in the displaCy habit: actors, places and triggers marked in the text with
// a label, the coded events beside. Everything is built with DOM nodes and textContent: no text
// from an article or the API is ever read as HTML.
//
// Offsets from the API count Python characters (code points); JavaScript strings count UTF-16
// units, so texts are split into code points before slicing.
"use strict";

(function () {
  const QUAD_NAMES = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "class") node.className = value;
      else if (name === "text") node.textContent = value;
      else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function actorLabel(actor) {
    if (!actor) return "?";
    return actor.country || actor.organization || actor.code || actor.text || "?";
  }

  function actorTitle(actor) {
    const parts = [actor.code && `code ${actor.code}`, actor.country && `country ${actor.country}`,
      actor.organization && `organization ${actor.organization}`, actor.sector && `sector ${actor.sector}`,
      actor.entity && `entity ${actor.entity}`, actor.how && `resolved by ${actor.how}`];
    return parts.filter(Boolean).join(" · ") || "unresolved";
  }

  // A span's key links a mark in the text with the events that use it.
  const keyOf = (kind, span) => `${kind}:${span.start}-${span.end}`;

  // Marks for a whole article view ({article, events, spans}) or a sentence (offset = its start).
  function spanMarks(spans) {
    const marks = [];
    for (const actor of spans.actors || []) {
      const label = [actor.country || actor.organization, actor.sector].filter(Boolean).join(" ") || actor.code || "actor";
      marks.push({ start: actor.start, end: actor.end, kind: "actor", key: keyOf("actor", actor),
        label: actor.entity ? `${label} · ${actor.entity}` : label, title: actorTitle(actor) });
    }
    for (const place of spans.places || []) {
      const label = place.name ? [place.feature, place.country].filter(Boolean).join(" ") || "place" : "unresolved place";
      marks.push({ start: place.start, end: place.end, kind: "place", key: keyOf("place", place), label,
        title: place.name ? `${place.name} (${place.lat}, ${place.lon})` : "not in the gazetteer" });
    }
    for (const trigger of spans.triggers || []) {
      marks.push({ start: trigger.start, end: trigger.end, kind: `trigger quad-${trigger.quad_class}`,
        key: keyOf("trigger", trigger), label: `CAMEO ${trigger.code}`, title: `${trigger.code} ${trigger.name}` });
    }
    return marks;
  }

  // Text with its marks: segments between every boundary, each inside the marks that cover it;
  // a mark's label follows its last segment. Overlapping marks nest by length (the shortest inside).
  function markedText(text, marks, offset = 0) {
    const chars = Array.from(text);
    const inside = marks
      .map((m) => ({ ...m, start: m.start - offset, end: m.end - offset }))
      .filter((m) => m.start >= 0 && m.end <= chars.length && m.start < m.end);
    const bounds = new Set([0, chars.length]);
    for (const m of inside) { bounds.add(m.start); bounds.add(m.end); }
    const points = [...bounds].sort((a, b) => a - b);
    const container = el("span", { class: "marked" });
    for (let i = 0; i + 1 < points.length; i += 1) {
      const [from, to] = [points[i], points[i + 1]];
      const piece = chars.slice(from, to).join("");
      const covering = inside.filter((m) => m.start <= from && m.end >= to).sort((a, b) => (b.end - b.start) - (a.end - a.start));
      if (!covering.length) { container.append(piece); continue; }
      const innermost = covering[covering.length - 1];
      const mark = el("mark", { class: `mark ${innermost.kind.split(" ").map((k) => `mark-${k}`).join(" ")}`,
        "data-keys": covering.map((m) => m.key).join(" "), title: covering.map((m) => m.title).join("\n") }, piece);
      for (const m of covering.filter((c) => c.end === to)) {
        mark.append(el("span", { class: `mark-label label-${m.kind.split(" ")[0]}`, text: m.label }));
      }
      container.append(mark);
    }
    return container;
  }

  function describeEvent(record) {
    const target = record.target ? actorLabel(record.target) : "—";
    return `${actorLabel(record.source)} → ${target}: ${record.cameo.code} ${record.cameo.name}`;
  }

  // One event as a card: who did what to whom, when, where, how sure.
  function eventCard(record, onFocus) {
    const where = record.location ? `${record.location.name} (${record.location.country || "?"})` : null;
    const keys = [keyOf("actor", record.source), record.target && keyOf("actor", record.target),
      keyOf("trigger", record.trigger), record.location && keyOf("place", record.location)].filter(Boolean);
    const card = el("li", { class: `event-card quad-${record.cameo.quad_class}`, tabindex: "0", "data-event-id": record.event_id },
      el("div", { class: "dyad" },
        el("span", { class: "actor", title: actorTitle(record.source), text: `${record.source.text}` }),
        el("span", { class: "arrow", text: " → " }),
        el("span", { class: "actor", title: record.target ? actorTitle(record.target) : "", text: record.target ? record.target.text : "(no target)" })),
      el("div", { class: "coding" },
        el("strong", { text: `${record.cameo.code} ${record.cameo.name}` }),
        record.plover ? el("span", { class: "plover", text: ` · PLOVER ${record.plover.type}${record.plover.mode ? " " + record.plover.mode : ""}` }) : null,
        record.negated ? el("span", { class: "negated", text: " · negated" }) : null),
      el("div", { class: "meta", text: [
        `${actorLabel(record.source)} → ${record.target ? actorLabel(record.target) : "—"}`,
        record.date && `${record.date} (${record.date_basis || "?"})`, where,
        `${QUAD_NAMES[record.cameo.quad_class] || ""}`, `confidence ${record.confidence}`,
      ].filter(Boolean).join(" · ") }));
    const focus = (on) => onFocus(keys, on);
    card.addEventListener("mouseenter", () => focus(true));
    card.addEventListener("mouseleave", () => focus(false));
    card.addEventListener("focus", () => focus(true));
    card.addEventListener("blur", () => focus(false));
    return card;
  }

  function legend() {
    return el("div", { class: "legend" },
      el("span", { class: "mark mark-actor", text: "actor" }), " ",
      el("span", { class: "mark mark-place", text: "place" }), " ",
      ...[1, 2, 3, 4].map((q) => [el("span", { class: `mark mark-trigger mark-quad-${q}`, text: `trigger: ${QUAD_NAMES[q]}` }), " "]));
  }

  // The whole view of an article: highlighted text on the left, its events on the right.
  function articleView(view) {
    const text = el("article", { class: "article-text", lang: view.article.language || null });
    const focus = (keys, on) => {
      for (const key of keys) {
        for (const mark of text.querySelectorAll("mark")) {
          if (mark.dataset.keys.split(" ").includes(key)) mark.classList.toggle("focused", on);
        }
      }
    };
    for (const paragraph of splitParagraphs(view.article.text)) {
      text.append(el("p", {}, markedText(paragraph.text, spanMarks(view.spans), paragraph.start)));
    }
    const events = el("ol", { class: "event-list" }, view.events.map((record) => eventCard(record, focus)));
    const heading = [view.article.title, view.article.published, view.article.language].filter(Boolean).join(" · ");
    return el("div", { class: "article-view" },
      el("p", { class: "article-heading", text: heading || view.article.id }),
      legend(),
      el("div", { class: "columns" }, text,
        el("div", { class: "events-side" },
          el("h3", { text: `${view.events.length} event${view.events.length === 1 ? "" : "s"}` }),
          view.events.length ? events : el("p", { class: "hint", text: "No event coded in this text." }))));
  }

  // Paragraphs as [start, end) code-point ranges, so that marks keep their offsets.
  function splitParagraphs(text) {
    const chars = Array.from(text);
    const paragraphs = [];
    let start = 0;
    let i = 0;
    while (i <= chars.length) {
      if (i < chars.length && !(chars[i] === "\n" && chars[i + 1] === "\n")) { i += 1; continue; }
      const piece = chars.slice(start, i).join("");
      if (piece.trim()) paragraphs.push({ start, text: piece });
      while (chars[i] === "\n") i += 1;
      start = i;
      if (i >= chars.length) break;
    }
    return paragraphs;
  }

  // One report's sentence with its source, trigger, target and place marked.
  function sentenceView(record) {
    const offset = record.sentence_start ?? 0;
    const marks = [];
    const role = (span, kind, label) => span && marks.push({ start: span.start, end: span.end, kind, key: keyOf(kind, span), label, title: span.text });
    role(record.source, "actor", `source ${actorLabel(record.source)}`);
    role(record.target, "actor", `target ${actorLabel(record.target)}`);
    role(record.trigger, `trigger quad-${record.cameo.quad_class}`, `CAMEO ${record.cameo.code}`);
    role(record.location, "place", `place ${record.location ? record.location.country || "" : ""}`);
    return el("blockquote", { class: "sentence" }, markedText(record.sentence, marks, offset));
  }

  window.DiurnaMarks = { el, articleView, sentenceView, describeEvent, actorLabel, QUAD_NAMES };
})();
