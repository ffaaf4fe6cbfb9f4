// scamgraph explorer. Everything from the API is untrusted text written by crawled sites: it
// is inserted with textContent / attribute setters only, and links are limited to http(s).
"use strict";

const $ = (sel) => document.querySelector(sel);
const SVG = "http://www.w3.org/2000/svg";
const GRADE_COLOR = { "official": "#14532d", "reported": "#1e3a8a", "alleged": "#92400e", "co-mentioned": "#9ca3af" };

function el(tag, attrs, ...children) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null) continue;
    if (k === "class") n.className = v; else n.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    n.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return n;
}

function safeHref(u) {
  try {
    const p = new URL(u, location.href);
    return (p.protocol === "http:" || p.protocol === "https:") ? p.href : null;
  } catch { return null; }
}

async function api(path) {
  const r = await fetch(path, { headers: { "Accept": "application/json" } });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

const entityLink = (id) => "#/entity/" + encodeURIComponent(id);
const typeBadge = (t) => el("span", { class: "type " + t }, t);
const gradeBadge = (g) => el("span", { class: "grade " + g, title: "evidence grade" }, g);

async function loadStats() {
  try {
    const s = await api("/api/stats");
    $("#stats").textContent = `${s.entities} entities · ${s.relations} typed relations · ${s.documents} documents · ${s.sources} sources`;
  } catch (e) { $("#stats").textContent = "graph unreachable: " + e.message; }
}

async function search(q, type) {
  const box = $("#results");
  box.replaceChildren(el("p", { class: "muted" }, "Searching…"));
  try {
    const params = new URLSearchParams({ q, limit: "50" });
    if (type) params.set("type", type);
    const hits = await api("/api/entities?" + params);
    box.replaceChildren(el("p", { class: "muted" }, `${hits.length} match${hits.length === 1 ? "" : "es"}${q ? " for “" + q + "”" : ""}`));
    for (const h of hits) {
      box.append(el("a", { class: "hit", href: entityLink(h.id) },
        h.name, typeBadge(h.type),
        (h.aliases && h.aliases.length) ? el("div", { class: "aliases" }, "also: " + h.aliases.slice(0, 4).join(", ")) : null,
        el("div", { class: "muted" }, `${h.relations ?? 0} typed relations · ${h.documents ?? 0} documents`)));
    }
  } catch (e) { box.replaceChildren(el("p", { class: "error" }, e.message)); }
}

function evidenceBlock(ev) {
  const doc = ev.document || {};
  const href = safeHref(doc.url || ev.document_url || "");
  const title = doc.title || doc.url || ev.document_url || "document";
  return el("div", { class: "ev" },
    gradeBadge(ev.grade),
    ev.denial ? el("span", { class: "contested" }, "denial") : null,
    el("blockquote", {}, "“" + (ev.quote || "") + "”"),
    el("div", { class: "meta" },
      href ? el("a", { href, rel: "noopener noreferrer nofollow", target: "_blank" }, title) : title,
      doc.source ? " · " + doc.source : "",
      doc.published ? " · " + String(doc.published).slice(0, 10) : "",
      ev.capture ? " · capture sha256:" + ev.capture : "",
      ev.extractor ? " · extractor " + ev.extractor : ""));
}

function relationBlock(rel) {
  const other = rel.other || {};
  const arrow = rel.direction === "in" ? "←" : (rel.direction === "both" ? "↔" : "→");
  const ev = rel.evidence || [];
  return el("details", { class: "rel" },
    el("summary", {},
      el("span", { class: "pred" }, rel.predicate + " " + arrow + " "),
      el("a", { href: entityLink(other.id) }, other.name || other.id), typeBadge(other.type || ""), " ",
      gradeBadge(rel.grade),
      rel.contested ? el("span", { class: "contested", title: "some evidence denies this" }, "contested") : null,
      el("span", { class: "muted" }, ` ${ev.length} evidence`)),
    ...ev.map(evidenceBlock));
}

// egoGraph draws the entity and its typed neighbours on a circle; edge colour is the grade.
function egoGraph(center, rels) {
  const W = 720, H = 360, cx = W / 2, cy = H / 2;
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  svg.setAttribute("class", "ego");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", "Typed links of " + center.name);
  const seen = new Map();
  for (const r of rels) {
    const o = r.other || {};
    if (!o.id || seen.has(o.id)) continue;
    seen.set(o.id, { o, r });
  }
  const items = [...seen.values()].slice(0, 24);
  const R = Math.min(W, H) / 2 - 40;
  const mk = (tag, attrs, text) => {
    const n = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
    if (text) n.textContent = text;
    return n;
  };
  items.forEach((it, i) => {
    const a = (2 * Math.PI * i) / items.length - Math.PI / 2;
    it.x = cx + R * 1.45 * Math.cos(a); it.y = cy + R * Math.sin(a);
    svg.append(mk("line", { x1: cx, y1: cy, x2: it.x, y2: it.y, stroke: GRADE_COLOR[it.r.grade] || "#999", "stroke-width": it.r.grade === "co-mentioned" ? 1 : 2.2 }));
    svg.append(mk("text", { x: (cx + it.x) / 2, y: (cy + it.y) / 2 - 3, "text-anchor": "middle", fill: "#6b7280", "font-size": "9" }, it.r.predicate));
  });
  for (const it of items) {
    const g = document.createElementNS(SVG, "a");
    g.setAttribute("href", entityLink(it.o.id));
    g.append(mk("circle", { cx: it.x, cy: it.y, r: 9, fill: typeColor(it.o.type), stroke: "#374151" }));
    g.append(mk("text", { x: it.x, y: it.y + 21, "text-anchor": "middle" }, trim(it.o.name || it.o.id, 26)));
    svg.append(g);
  }
  svg.append(mk("circle", { cx, cy, r: 14, fill: typeColor(center.type), stroke: "#111827", "stroke-width": 2 }));
  svg.append(mk("text", { x: cx, y: cy + 28, "text-anchor": "middle", "font-weight": "700" }, trim(center.name, 30)));
  return svg;
}

const typeColor = (t) => ({ Person: "#fde68a", Company: "#bfdbfe", Compound: "#fca5a5", Organization: "#ddd6fe", Location: "#bbf7d0" }[t] || "#e5e7eb");
const trim = (s, n) => s.length > n ? s.slice(0, n - 1) + "…" : s;

async function showEntity(id) {
  const box = $("#detail");
  box.replaceChildren(el("p", { class: "muted" }, "Loading…"));
  try {
    const d = await api("/api/entities/" + encodeURIComponent(id));
    const e = d.entity || d;
    const rels = d.relations || [];
    const typed = rels.filter((r) => r.predicate !== "MENTIONED_WITH");
    const co = rels.filter((r) => r.predicate === "MENTIONED_WITH");
    box.replaceChildren(...[
      el("h1", {}, e.name, typeBadge(e.type)),
      el("div", { class: "muted" }, "id " + e.id),
      (e.aliases && e.aliases.length) ? el("p", { class: "aliases" }, "Also known as: " + e.aliases.join(" · ")) : null,
      (e.identifiers && e.identifiers.length) ? el("p", { class: "aliases" }, "Identifiers: " + e.identifiers.map((x) => `${x.scheme} ${x.value}`).join(" · ")) : null,
      rels.length ? egoGraph(e, typed.length ? typed : co) : null,
      el("h2", {}, `Typed relations (${typed.length})`),
      typed.length ? null : el("p", { class: "muted" }, "No typed relation yet."),
      ...typed.map(relationBlock),
      co.length ? el("h2", {}, `Named together with (${co.length})`) : null,
      ...co.map(relationBlock),
      (d.documents && d.documents.length) ? el("h2", {}, `Documents naming ${e.name} (${d.documents.length})`) : null,
      ...(d.documents || []).map((doc) => {
        const href = safeHref(doc.url);
        return el("div", { class: "hit" },
          href ? el("a", { href, rel: "noopener noreferrer nofollow", target: "_blank" }, doc.title || doc.url) : (doc.title || doc.url),
          el("div", { class: "muted" }, [doc.source, doc.published ? String(doc.published).slice(0, 10) : ""].filter(Boolean).join(" · ")));
      })].filter(Boolean));
  } catch (err) { box.replaceChildren(el("p", { class: "error" }, err.message)); }
}

function route() {
  const h = location.hash.replace(/^#\/?/, "");
  const [kind, ...rest] = h.split("/");
  const arg = decodeURIComponent(rest.join("/"));
  if (kind === "search") { $("#q").value = arg; search(arg, $("#type").value); return; }
  if (!$("#results").childElementCount) search("", "");
  if (kind === "entity" && arg) { showEntity(arg); return; }
  $("#detail").replaceChildren(el("p", { class: "muted" }, "Search for a person, company, compound, organization or place, then follow its links. Every link shows the sentences it rests on."));
}

$("#search").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const q = $("#q").value.trim();
  search(q, $("#type").value);
});
window.addEventListener("hashchange", route);
loadStats();
route();
