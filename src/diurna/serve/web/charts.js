// The store drawn in SVG: the timeline (acts per day by quad class, mean Goldstein), the world map
// (bundled Natural Earth 110 m countries, places as circles) and the actor network (dyads as
// weighted arrows). No library: each chart is a function from rows to an <svg>.
"use strict";

(function () {
  const NS = "http://www.w3.org/2000/svg";
  const QUAD_COLORS = { 1: "#4c9a2a", 2: "#1f7a8c", 3: "#e08a1e", 4: "#c0392b" };

  function svg(tag, attributes, ...children) {
    const node = document.createElementNS(NS, tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined) continue;
      if (name === "text") node.textContent = value;
      else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, String(value));
    }
    for (const child of children.flat()) if (child) node.append(child);
    return node;
  }
  const tip = (text) => svg("title", { text });
  const empty = (message) => { const p = document.createElement("p"); p.className = "hint"; p.textContent = message; return p; };

  // Goldstein values run from -10 (most conflictual) to +10 (most cooperative).
  function goldsteinColor(value) {
    if (value === null || value === undefined) return "#888";
    const t = Math.max(-1, Math.min(1, value / 10));
    return t < 0 ? `rgb(${190 + Math.round(-t * 40)}, ${90 - Math.round(-t * 40)}, ${70 - Math.round(-t * 30)})`
      : `rgb(${90 - Math.round(t * 40)}, ${130 + Math.round(t * 30)}, ${90 - Math.round(t * 20)})`;
  }

  // --- Timeline: one stacked bar per day with acts, the mean Goldstein value as a line. ---------
  function timeline(rows, { width = 960, height = 380 } = {}) {
    if (!rows.length) return empty("No dated act matches these filters.");
    const margin = { top: 30, right: 56, bottom: 70, left: 48 };
    const plotW = width - margin.left - margin.right;
    const plotH = height - margin.top - margin.bottom;
    const most = Math.max(...rows.map((r) => r.events));
    const band = plotW / rows.length;
    const y = (n) => margin.top + plotH - (n / most) * plotH;
    const yGold = (g) => margin.top + plotH / 2 - (g / 10) * (plotH / 2);
    const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "timeline", role: "img",
      "aria-label": `Acts per day on ${rows.length} days` });
    // Axes: counts on the left, Goldstein on the right, dates below (thinned to about 12 labels).
    const ticks = Math.min(most, 5);
    for (let i = 0; i <= ticks; i += 1) {
      const n = Math.round((most * i) / ticks);
      chart.append(svg("line", { x1: margin.left, x2: width - margin.right, y1: y(n), y2: y(n), class: "grid" }),
        svg("text", { x: margin.left - 6, y: y(n) + 4, "text-anchor": "end", class: "axis", text: n }));
    }
    for (const g of [-10, 0, 10]) {
      chart.append(svg("text", { x: width - margin.right + 6, y: yGold(g) + 4, class: "axis gold-axis", text: g > 0 ? `+${g}` : g }));
    }
    chart.append(svg("text", { x: margin.left, y: 16, class: "axis-title", text: "acts per day, by quad class" }),
      svg("text", { x: width - margin.right + 50, y: 16, "text-anchor": "end", class: "axis-title gold-axis", text: "mean Goldstein" }));
    const every = Math.max(1, Math.ceil(rows.length / 12));
    rows.forEach((row, index) => {
      const x = margin.left + index * band;
      const barW = Math.max(1, Math.min(band * 0.8, 40));
      let stacked = 0;
      const bar = svg("g", { class: "day", "data-date": row.date });
      for (const quad of ["1", "2", "3", "4"]) {
        const n = row.quad_class[quad] || 0;
        if (!n) continue;
        bar.append(svg("rect", { x: x + (band - barW) / 2, y: y(stacked + n), width: barW, height: y(stacked) - y(stacked + n),
          fill: QUAD_COLORS[quad], class: `quad-${quad}` }));
        stacked += n;
      }
      bar.append(tip(`${row.date}: ${row.events} act${row.events === 1 ? "" : "s"} (quad 1: ${row.quad_class["1"]}, 2: ${row.quad_class["2"]}, 3: ${row.quad_class["3"]}, 4: ${row.quad_class["4"]}); mean Goldstein ${row.mean_goldstein}`));
      chart.append(bar);
      if (index % every === 0) {
        const lx = x + band / 2;
        const ly = margin.top + plotH + 12;
        chart.append(svg("text", { x: lx, y: ly, transform: `rotate(40 ${lx} ${ly})`, class: "axis", text: row.date }));
      }
    });
    const points = rows.map((row, index) => row.mean_goldstein === null ? null
      : [margin.left + index * band + band / 2, yGold(row.mean_goldstein)]).filter(Boolean);
    if (points.length) {
      chart.append(svg("polyline", { points: points.map((p) => p.join(",")).join(" "), class: "goldstein-line" }));
      for (const [px, py] of points) chart.append(svg("circle", { cx: px, cy: py, r: 2.5, class: "goldstein-dot" }));
    }
    return chart;
  }

  // --- Map: equirectangular, latitudes 84°N to 60°S; countries shaded by acts, places as circles. --
  const NORTH = 84, SOUTH = -60;
  function project(lon, lat, width, height) {
    return [((lon + 180) / 360) * width, ((NORTH - lat) / (NORTH - SOUTH)) * height];
  }

  function countryPath(geometry, width, height) {
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    let d = "";
    for (const polygon of polygons) {
      for (const ring of polygon) {
        d += ring.map(([lon, lat], i) => {
          const [x, y] = project(lon, Math.max(SOUTH, Math.min(NORTH, lat)), width, height);
          return `${i ? "L" : "M"}${x.toFixed(1)},${y.toFixed(1)}`;
        }).join("") + "Z";
      }
    }
    return d;
  }

  function worldMap(world, places, { width = 960, height = 450, onPlace } = {}) {
    const byCountry = {};
    for (const place of places) byCountry[place.country] = (byCountry[place.country] || 0) + place.events;
    const most = Math.max(1, ...Object.values(byCountry));
    const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "world-map", role: "img",
      "aria-label": `Map of ${places.length} places with acts` });
    chart.append(svg("rect", { x: 0, y: 0, width, height, class: "sea" }));
    const countries = svg("g", { class: "countries" });
    for (const feature of world.features) {
      const iso = feature.properties.iso_a3;
      const acts = byCountry[iso] || 0;
      const shade = acts ? 0.15 + 0.6 * Math.sqrt(acts / most) : 0;
      countries.append(svg("path", { d: countryPath(feature.geometry, width, height), class: acts ? "country active" : "country",
        "fill-opacity": acts ? shade.toFixed(2) : null, "data-iso": iso, "fill-rule": "evenodd" },
      tip(`${feature.properties.name}${acts ? `: ${acts} act${acts === 1 ? "" : "s"} at places in it` : ""}`)));
    }
    chart.append(countries);
    // Places at the same point (a country drawn at its capital, and the capital) share one circle.
    const groups = new Map();
    for (const place of places) {
      if (place.lat === null || place.lon === null) continue;
      const at = `${place.lat.toFixed(2)},${place.lon.toFixed(2)}`;
      if (!groups.has(at)) groups.set(at, { lat: place.lat, lon: place.lon, events: 0, places: [] });
      const group = groups.get(at);
      group.events += place.events;
      group.places.push(place);
    }
    const dots = svg("g", { class: "places" });
    const largest = Math.max(1, ...[...groups.values()].map((g) => g.events));
    for (const group of [...groups.values()].sort((a, b) => b.events - a.events)) {
      const [x, y] = project(group.lon, group.lat, width, height);
      const lines = group.places.map((p) => `${p.name} (${p.country || "?"}): ${p.events} act${p.events === 1 ? "" : "s"}`);
      dots.append(svg("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: (3 + 9 * Math.sqrt(group.events / largest)).toFixed(1),
        class: "place", "data-names": group.places.map((p) => p.name).join("|"), onclick: () => onPlace && onPlace(group.places) },
      tip(`${lines.join("\n")}\nClick to list them.`)));
    }
    chart.append(dots);
    return chart;
  }

  // --- Network: actors on a circle, busiest first; an arrow per dyad, as wide as its acts. -------
  function network(dyads, { width = 960, height = 620, onDyad } = {}) {
    if (!dyads.length) return empty("No dyad (an act with a source and a target) matches these filters.");
    const weight = {};
    for (const d of dyads) {
      weight[d.source] = (weight[d.source] || 0) + d.events;
      weight[d.target] = (weight[d.target] || 0) + d.events;
    }
    const actors = Object.keys(weight).sort((a, b) => weight[b] - weight[a] || a.localeCompare(b));
    const cx = width / 2, cy = height / 2, radius = Math.min(width, height) / 2 - 70;
    const at = {};
    actors.forEach((name, i) => {
      const angle = (2 * Math.PI * i) / actors.length - Math.PI / 2;
      at[name] = [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle), angle];
    });
    const most = Math.max(...dyads.map((d) => d.events));
    const heaviest = Math.max(...Object.values(weight));
    const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "network", role: "img",
      "aria-label": `Network of ${actors.length} actors and ${dyads.length} dyads` });
    const defs = svg("defs");
    chart.append(defs);
    const edges = svg("g", { class: "edges" });
    const nodeRadius = (name) => 5 + 9 * Math.sqrt(weight[name] / heaviest);
    dyads.forEach((d, i) => {
      const [x1, y1, angle] = at[d.source], [x2, y2] = at[d.target];
      const color = goldsteinColor(d.mean_goldstein);
      const width = 1.2 + 7 * Math.sqrt(d.events / most);
      const head = 6 + 1.5 * width;
      const marker = `arrow-${i}`;
      defs.append(svg("marker", { id: marker, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: head, markerHeight: head,
        orient: "auto", markerUnits: "userSpaceOnUse" }, svg("path", { d: "M0,0L10,5L0,10Z", fill: color })));
      let path;
      if (d.source === d.target) {
        // An act within one actor (a government against its own opposition): a loop outside the circle.
        const out = nodeRadius(d.source) + 34, spread = 0.45;
        const c1 = [x1 + out * Math.cos(angle - spread), y1 + out * Math.sin(angle - spread)];
        const c2 = [x1 + out * Math.cos(angle + spread), y1 + out * Math.sin(angle + spread)];
        const back = nodeRadius(d.source) + 2;
        const end = [x1 + back * Math.cos(angle + spread / 2), y1 + back * Math.sin(angle + spread / 2)];
        path = `M${x1},${y1}C${c1.join(",")} ${c2.join(",")} ${end.join(",")}`;
      } else {
        // Bend each arrow to its right, so that A→B and B→A stay apart; stop it at the target's edge.
        const mx = (x1 + x2) / 2 + (y2 - y1) * 0.15, my = (y1 + y2) / 2 - (x2 - x1) * 0.15;
        const length = Math.hypot(x2 - mx, y2 - my) || 1;
        const back = nodeRadius(d.target) + 2;
        path = `M${x1},${y1}Q${mx},${my} ${x2 - ((x2 - mx) / length) * back},${y2 - ((y2 - my) / length) * back}`;
      }
      edges.append(svg("path", { d: path, class: "edge", stroke: color, "stroke-width": width.toFixed(1), "marker-end": `url(#${marker})`,
        "data-dyad": `${d.source}>${d.target}`, onclick: () => onDyad && onDyad(d) },
      tip(`${d.source} → ${d.target}: ${d.events} act${d.events === 1 ? "" : "s"}, mean Goldstein ${d.mean_goldstein}. Click to list them.`)));
    });
    chart.append(edges);
    const nodes = svg("g", { class: "nodes" });
    for (const name of actors) {
      const [x, y, angle] = at[name];
      const outside = Math.cos(angle) >= 0 ? "start" : "end";
      nodes.append(svg("g", { class: "node", "data-actor": name },
        svg("circle", { cx: x, cy: y, r: nodeRadius(name).toFixed(1) }),
        svg("text", { x: x + Math.cos(angle) * 20, y: y + Math.sin(angle) * 20 + 4, "text-anchor": outside, text: name }),
        tip(`${name}: ${weight[name]} act${weight[name] === 1 ? "" : "s"} as source or target`)));
    }
    chart.append(nodes);
    return chart;
  }

  function quadLegend(names) {
    const legend = document.createElement("div");
    legend.className = "legend";
    for (const quad of ["1", "2", "3", "4"]) {
      const item = document.createElement("span");
      item.className = "swatch";
      item.dataset.quad = quad;
      item.textContent = names[quad];
      legend.append(item);
    }
    const line = document.createElement("span");
    line.className = "swatch goldstein";
    line.textContent = "mean Goldstein (−10 conflict … +10 cooperation)";
    legend.append(line);
    return legend;
  }

  window.DiurnaCharts = { timeline, worldMap, network, quadLegend, goldsteinColor };
})();
