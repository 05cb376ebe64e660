// The workbench page: tabs, the coding form, the filterable event table and its detail, and the
// charts, each loaded from the API of the same server. The view and its filters live in the URL's
// fragment (#events?actor=RUS), so a view can be bookmarked.
"use strict";

(function () {
  const { el, articleView, sentenceView, actorLabel, QUAD_NAMES } = window.DiurnaMarks;
  const Charts = window.DiurnaCharts;
  const $ = (selector) => document.querySelector(selector);
  const PAGE_SIZE = 50;
  const state = { tab: "code", offset: 0, status: null, coded: null, world: null, selected: null };

  // --- The API --------------------------------------------------------------------------------
  async function api(path, options = {}) {
    const response = await fetch(path, options);
    const type = response.headers.get("content-type") || "";
    const body = type.includes("application/json") ? await response.json() : await response.text();
    if (!response.ok) {
      const detail = body && body.detail;
      const message = Array.isArray(detail) ? detail.map((d) => `${(d.loc || []).slice(1).join(".")}: ${d.msg}`).join("; ")
        : detail || `${response.status} ${response.statusText}`;
      throw new Error(message);
    }
    return body;
  }

  function say(node, message, isError = false) {
    node.textContent = message || "";
    node.classList.toggle("error", Boolean(isError));
  }

  // --- Tabs and the URL -----------------------------------------------------------------------
  function filterParams() {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData($("#filters"))) {
      if (name === "mentions") params.set("mentions", "true");
      else if (String(value).trim()) params.set(name, String(value).trim());
    }
    return params;
  }

  // (form.reset() would fire the form's reset event, which reloads the view.)
  function setFilters(params) {
    for (const field of $("#filters").elements) {
      if (!field.name) continue;
      if (field.type === "checkbox") field.checked = params.get(field.name) === "true";
      else field.value = params.get(field.name) || "";
    }
  }

  function remember() {
    const params = state.tab === "code" ? "" : filterParams().toString();
    history.replaceState(null, "", `#${state.tab}${params ? "?" + params : ""}`);
  }

  function show(tab) {
    state.tab = tab;
    for (const button of document.querySelectorAll(".tabs button")) {
      button.setAttribute("aria-selected", String(button.dataset.tab === tab));
    }
    for (const section of document.querySelectorAll(".tab")) section.hidden = section.id !== `tab-${tab}`;
    $("#filters").hidden = tab === "code";
    $("#browse-message").hidden = tab === "code";
    remember();
    load();
  }

  async function load() {
    say($("#browse-message"), "");
    try {
      if (state.tab === "events") await loadEvents();
      else if (state.tab === "timeline") await loadTimeline();
      else if (state.tab === "map") await loadMap();
      else if (state.tab === "network") await loadNetwork();
    } catch (error) {
      // Nothing stale stays on screen under the message.
      if (state.tab === "events") { $("#events-table tbody").replaceChildren(); $("#page-label").textContent = ""; }
      else $(`#${state.tab}-chart`).replaceChildren();
      say($("#browse-message"), error.message, true);
    }
  }

  // --- Status ---------------------------------------------------------------------------------
  async function loadStatus() {
    try {
      state.status = await api("/status");
    } catch (error) {
      say($("#store-status"), `server: ${error.message}`, true);
      return;
    }
    const status = state.status;
    const counts = status.counts;
    say($("#store-status"), counts
      ? `store: ${counts.articles} articles, ${counts.clusters} acts, ${counts.events} reports${status.writes ? "" : " · read-only"}`
      : `no store yet${status.writes ? "" : " · read-only"}`);
    $("#save-form").hidden = !status.writes;
    const roots = $("#cameo-roots");
    if (!roots.children.length) {
      for (const [code, name] of Object.entries(status.cameo_roots)) roots.append(el("option", { value: code, text: `${code} ${name.toLowerCase()}` }));
      for (const type of status.plover_types) $("#plover-select").append(el("option", { value: type, text: type }));
    }
  }

  // --- Coding an article ----------------------------------------------------------------------
  async function codeArticle(event) {
    event.preventDefault();
    const message = $("#code-message");
    const file = $("#code-file").files[0];
    const text = $("#code-text").value;
    const date = $("#code-date").value || null;
    const lang = $("#code-lang").value || null;
    if (!file && !text.trim()) { say(message, "Paste an article or choose a file first.", true); return; }
    $("#code-submit").disabled = true;
    say(message, "Coding… (the first time, the language models load: a few seconds)");
    try {
      let view;
      if (file) {
        const form = new FormData();
        form.append("file", file);
        if (date) form.append("date", date);
        if (lang) form.append("lang", lang);
        view = await api("/code/file", { method: "POST", body: form });
      } else {
        view = await api("/code", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text, date, lang }) });
      }
      state.coded = { view, date, lang };
      $("#code-view").replaceChildren(articleView(view));
      $("#code-result").hidden = false;
      say($("#save-message"), "");
      say(message, `${view.events.length} event${view.events.length === 1 ? "" : "s"}, ${view.spans.actors.length} actor mentions, ${view.spans.places.length} places (${view.article.language}). Hover an event to see its words.`);
    } catch (error) {
      $("#code-result").hidden = true;
      say(message, error.message, true);
    } finally {
      $("#code-submit").disabled = false;
    }
  }

  async function saveArticle(event) {
    event.preventDefault();
    if (!state.coded) return;
    const { view, date, lang } = state.coded;
    const article = { id: view.article.id, text: view.article.text, date: view.article.published || date, lang: view.article.language || lang,
      title: view.article.title, url: view.article.url };
    try {
      const report = await api("/ingest", { method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${$("#save-token").value}` },
        body: JSON.stringify({ articles: [article] }) });
      const rejected = report.rejections.map((r) => `${r.article_id}: ${r.rejected}`).join("; ");
      say($("#save-message"), rejected ? `Not stored: ${rejected}`
        : `Stored (${report.added} added, ${report.replaced} replaced, ${report.unchanged} unchanged). The store has ${report.totals.clusters} acts.`, Boolean(rejected));
      await loadStatus();
    } catch (error) {
      say($("#save-message"), error.message, true);
    }
  }

  // --- The event table and the detail of one act ----------------------------------------------
  async function loadEvents() {
    const params = filterParams();
    params.set("limit", PAGE_SIZE);
    params.set("offset", state.offset);
    const page = await api(`/events?${params}`);
    const body = $("#events-table tbody");
    body.replaceChildren(...page.events.map(eventRow));
    if (!page.events.length) body.append(el("tr", {}, el("td", { colspan: 7, class: "hint", text: state.offset ? "No more events." : "No event matches these filters." })));
    $("#page-label").textContent = page.events.length ? `${state.offset + 1}–${state.offset + page.events.length}` : "";
    $("#page-previous").disabled = state.offset === 0;
    $("#page-next").disabled = page.events.length < PAGE_SIZE;
    for (const format of ["jsonl", "csv", "plover"]) {
      const download = new URLSearchParams(params);
      download.set("format", format);
      $(`#download-${format}`).href = `/events?${download}`;
    }
  }

  function eventRow(record) {
    const cluster = record.cluster;
    const ref = cluster ? String(cluster.id) : record.event_id;
    const place = record.location ? `${record.location.name} (${record.location.country || "?"})` : "";
    const row = el("tr", { class: `quad-${record.cameo.quad_class}${state.selected === ref ? " selected" : ""}`, tabindex: "0", "data-ref": ref,
      "data-code": record.cameo.code, onclick: () => showDetail(ref), onkeydown: (e) => e.key === "Enter" && showDetail(ref) },
    el("td", { text: record.date || "" }),
    el("td", { title: record.source.text, text: actorLabel(record.source) }),
    el("td", { title: record.cameo.name, text: `${record.cameo.code} ${record.cameo.name}${record.negated ? " (negated)" : ""}` }),
    el("td", { title: record.target ? record.target.text : "", text: record.target ? actorLabel(record.target) : "" }),
    el("td", { text: place }),
    el("td", { text: cluster ? `${cluster.num_mentions} / ${cluster.num_articles}` : "1" }),
    el("td", { text: record.confidence.toFixed(2) }));
    return row;
  }

  async function showDetail(ref) {
    state.selected = ref;
    for (const row of document.querySelectorAll("#events-table tbody tr")) row.classList.toggle("selected", row.dataset.ref === ref);
    const panel = $("#event-detail");
    try {
      const act = await api(`/events/${encodeURIComponent(ref)}`);
      const cluster = act.cluster;
      panel.replaceChildren(
        el("h2", { text: `${actorLabel(act.source)} → ${act.target ? actorLabel(act.target) : "—"}` }),
        el("p", { class: `coding quad-${act.cameo.quad_class}` },
          el("strong", { text: `${act.cameo.code} ${act.cameo.name}` }),
          ` · ${QUAD_NAMES[act.cameo.quad_class]} · Goldstein ${act.cameo.goldstein}`,
          act.plover ? ` · PLOVER ${act.plover.type}` : ""),
        el("p", { class: "meta", text: [act.date, act.location && `${act.location.name} (${act.location.country || "?"})`,
          cluster && `${cluster.num_mentions} report${cluster.num_mentions === 1 ? "" : "s"} in ${cluster.num_articles} article${cluster.num_articles === 1 ? "" : "s"}`]
          .filter(Boolean).join(" · ") }),
        ...act.mentions.map(mentionView),
        el("div", { id: "detail-article" }));
    } catch (error) {
      panel.replaceChildren(el("p", { class: "message error", text: error.message }));
    }
  }

  function mentionView(mention) {
    const article = mention.article || {};
    return el("div", { class: "mention" },
      sentenceView(mention),
      el("p", { class: "meta" },
        `${article.title || mention.article_id}${article.published ? " · " + article.published : ""} · confidence ${mention.confidence} · `,
        el("button", { type: "button", class: "link", text: "show the whole article", onclick: () => showArticle(mention.article_id) })));
  }

  async function showArticle(articleId) {
    const holder = $("#detail-article");
    try {
      const view = await api(`/articles/${articleId.split("/").map(encodeURIComponent).join("/")}`);
      holder.replaceChildren(el("h3", { text: "The article" }), articleView(view));
      holder.scrollIntoView({ behavior: "smooth", block: "start" });
    } catch (error) {
      holder.replaceChildren(el("p", { class: "message error", text: error.message }));
    }
  }

  // --- Charts ---------------------------------------------------------------------------------
  async function loadTimeline() {
    const rows = await api(`/stats/timeline?${aggregateParams()}`);
    const total = rows.reduce((sum, row) => sum + row.events, 0);
    $("#timeline-chart").replaceChildren(
      el("h2", { text: `Acts per day: ${total} acts on ${rows.length} days` }),
      Charts.quadLegend(QUAD_NAMES), Charts.timeline(rows));
  }

  async function loadMap() {
    if (!state.world) state.world = await api("/web/world-110m.json");
    const places = await api(`/stats/places?${aggregateParams()}`);
    // One place: its acts; several at one point (a country and its capital): the acts in that country.
    const onPlace = (group) => {
      const countries = new Set(group.map((p) => p.country));
      const filter = group.length > 1 && countries.size === 1 && group[0].country ? { country: group[0].country } : { place: group[0].name };
      setFilters(new URLSearchParams({ ...Object.fromEntries(filterParams()), ...filter }));
      state.offset = 0;
      show("events");
    };
    $("#map-chart").replaceChildren(
      el("h2", { text: `Where: ${places.length} places with acts` }),
      Charts.worldMap(state.world, places, { onPlace }),
      el("p", { class: "hint", text: "Countries are shaded by the acts at places inside them; circles are places (click one to list its acts). Country outlines: Natural Earth 1:110m (public domain)." }));
  }

  async function loadNetwork() {
    const dyads = await api(`/stats/dyads?${aggregateParams()}`);
    const onDyad = (d) => { setFilters(new URLSearchParams({ ...Object.fromEntries(filterParams()), actor: d.source, target: d.target })); state.offset = 0; show("events"); };
    $("#network-chart").replaceChildren(
      el("h2", { text: `Who acts on whom: the ${dyads.length} busiest dyads` }),
      el("p", { class: "hint", text: "Arrows go from source to target, as wide as their acts, red for conflict and green for cooperation (mean Goldstein). Click one to list its acts." }),
      Charts.network(dyads, { onDyad }));
  }

  // The aggregations count acts: the table's "every report" switch does not apply.
  function aggregateParams() {
    const params = filterParams();
    params.delete("mentions");
    return params;
  }

  // --- Start ----------------------------------------------------------------------------------
  function start() {
    for (const button of document.querySelectorAll(".tabs button")) button.addEventListener("click", () => show(button.dataset.tab));
    $("#code-form").addEventListener("submit", codeArticle);
    $("#save-form").addEventListener("submit", saveArticle);
    $("#filters").addEventListener("submit", (event) => { event.preventDefault(); state.offset = 0; remember(); load(); });
    $("#filters").addEventListener("reset", () => setTimeout(() => { state.offset = 0; remember(); load(); }));
    $("#page-previous").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE_SIZE); loadEvents().catch((e) => say($("#browse-message"), e.message, true)); });
    $("#page-next").addEventListener("click", () => { state.offset += PAGE_SIZE; loadEvents().catch((e) => say($("#browse-message"), e.message, true)); });
    $("#code-file").addEventListener("change", () => { if ($("#code-file").files.length) $("#code-text").value = ""; });
    $("#code-text").addEventListener("input", () => { $("#code-file").value = ""; });
    window.addEventListener("hashchange", fromAddress);
    loadStatus().then(fromAddress);
  }

  // The view the address names (a bookmark, or a fragment typed or followed).
  function fromAddress() {
    const [tab, query] = location.hash.slice(1).split("?");
    setFilters(new URLSearchParams(query || ""));
    state.offset = 0;
    show(["code", "events", "timeline", "map", "network"].includes(tab) ? tab : "code");
  }

  start();
})();
