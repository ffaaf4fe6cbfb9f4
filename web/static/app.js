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

// evidenceBlock shows one quote with its document; more are other documents giving the very
// same sentence (a wire story republished, a list entry captured twice), linked by host.
function evidenceBlock(ev, more) {
  const doc = ev.document || {};
  const href = safeHref(doc.url || ev.document_url || "");
  const title = doc.title || doc.url || ev.document_url || "document";
  const others = (more || []).slice(0, 6).map((m) => {
    const u = safeHref((m.document || {}).url || m.document_url || "");
    return u ? el("a", { href: u, rel: "noopener noreferrer nofollow", target: "_blank", title: u }, new URL(u).host) : null;
  }).filter(Boolean);
  return el("div", { class: "ev" },
    gradeBadge(ev.grade),
    ev.denial ? el("span", { class: "contested" }, "denial") : null,
    el("blockquote", {}, "“" + (ev.quote || "") + "”"),
    el("div", { class: "meta" },
      href ? el("a", { href, rel: "noopener noreferrer nofollow", target: "_blank" }, title) : title,
      doc.source ? " · " + doc.source : "",
      doc.published ? " · " + String(doc.published).slice(0, 10) : "",
      ev.capture ? " · capture sha256:" + ev.capture : "",
      ev.extractor ? " · extractor " + ev.extractor : ""),
    (more && more.length) ? el("div", { class: "meta" }, `The same sentence in ${more.length} more document${more.length === 1 ? "" : "s"}: `,
      ...others.flatMap((a, i) => i ? [", ", a] : [a]), more.length > others.length ? " …" : "") : null);
}

// evidenceList groups identical quotes of the same grade, keeping the API's order (strongest
// grade first, newest documents first).
function evidenceList(evs) {
  const groups = new Map();
  for (const ev of evs) {
    const k = [ev.grade, ev.denial ? 1 : 0, ev.quote || ""].join("\u0000");
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(ev);
  }
  return [...groups.values()].map((g) => evidenceBlock(g[0], g.slice(1)));
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
    ...evidenceList(ev));
}

// linkArrow says which way an edge of a path reads, seen from the node before it.
function linkArrow(edge, fromId) {
  if (edge.predicate === "FAMILY_OF" || edge.predicate === "ASSOCIATE_OF" || edge.predicate === "MENTIONED_WITH") return ["—", "—"];
  return edge.subject === fromId ? ["—", "→"] : ["←", "—"];
}

// pathChain draws a path as a chain of entity links joined by graded edges; clicking an edge
// shows the quotes it rests on in the box under the chain.
function pathChain(path) {
  const evidence = el("div", { class: "chain-evidence" });
  const chain = el("div", { class: "chain" });
  const nodes = path.nodes || [], edges = path.edges || [];
  nodes.forEach((n, i) => {
    chain.append(el("a", { class: "node", href: entityLink(n.id), title: n.id }, n.name || n.id, typeBadge(n.type || "")));
    const e = edges[i];
    if (!e) return;
    const [left, right] = linkArrow(e, n.id);
    const btn = el("button", { type: "button", class: "link", title: "show the evidence for this link" },
      left + " ", el("span", { class: "pred" }, e.predicate), " " + right, " ", gradeBadge(e.grade),
      e.contested ? el("span", { class: "contested", title: "some evidence denies this" }, "contested") : null);
    btn.addEventListener("click", () => showEdgeEvidence(evidence, e, btn));
    chain.append(btn);
  });
  return el("div", { class: "path" }, chain, evidence);
}

async function showEdgeEvidence(box, e, btn) {
  if (btn.classList.contains("open")) {
    btn.classList.remove("open");
    box.replaceChildren();
    return;
  }
  for (const b of btn.parentNode.querySelectorAll("button.link.open")) b.classList.remove("open");
  btn.classList.add("open");
  box.replaceChildren(el("p", { class: "muted" }, "Loading evidence…"));
  try {
    const ev = await api("/api/evidence?" + new URLSearchParams({ subject: e.subject, predicate: e.predicate, object: e.object }));
    const blocks = evidenceList(ev);
    box.replaceChildren(...[
      el("div", { class: "muted" }, `${e.predicate}: ${ev.length} evidence record${ev.length === 1 ? "" : "s"}, ${blocks.length} distinct quote${blocks.length === 1 ? "" : "s"}`),
      ...blocks.slice(0, 6),
      blocks.length > 6 ? el("p", { class: "muted" }, `… and ${blocks.length - 6} more on the entity pages`) : null].filter(Boolean));
  } catch (err) { box.replaceChildren(el("p", { class: "error" }, err.message)); }
}

// panel is a titled box filled asynchronously by fill(body).
function panel(title, note, fill) {
  const body = el("div", {}, el("p", { class: "muted" }, "Loading…"));
  const box = el("section", { class: "panel" }, el("h2", {}, title), note ? el("p", { class: "muted note" }, note) : null, body);
  fill(body).catch((err) => body.replaceChildren(el("p", { class: "error" }, err.message)));
  return box;
}

// ownerRole names what the first entity of an ownership chain is to the last.
function ownerRole(p) {
  const last = p.edges[p.edges.length - 1];
  if (!last || last.predicate !== "OPERATES") return "Ultimate owner";
  return p.edges.length === 1 ? "Operator" : "Ultimate owner of the operator";
}

function ownersPanel(e) {
  return panel("Owners", "Chains of OWNS links (the last may be OPERATES) ending here, each starting at an owner nobody is recorded as owning.", async (body) => {
    const a = await api("/api/entities/" + encodeURIComponent(e.id) + "/owners");
    const chains = a.chains || [];
    if (!chains.length) { body.replaceChildren(el("p", { class: "muted" }, "No recorded owner or operator.")); return; }
    body.replaceChildren(...chains.map((p) => el("div", { class: "result" },
      el("div", { class: "lead" }, ownerRole(p) + ": ", el("a", { href: entityLink(p.nodes[0].id) }, p.nodes[0].name), typeBadge(p.nodes[0].type),
        el("span", { class: "muted" }, ` · ${p.edges.length} link${p.edges.length === 1 ? "" : "s"}`)),
      pathChain(p))));
  });
}

function complicityPanel(e) {
  return panel("Complicity paths", "People holding a public role (a post in an organization) linked to this compound through companies only.", async (body) => {
    const a = await api("/api/compounds/" + encodeURIComponent(e.id) + "/complicity");
    const paths = a.paths || [];
    if (!paths.length) { body.replaceChildren(el("p", { class: "muted" }, "No person with a public role is linked to it through companies.")); return; }
    body.replaceChildren(...paths.map((cp) => {
      const who = cp.path.nodes[0];
      return el("div", { class: "result" },
        el("div", { class: "lead" }, el("a", { href: entityLink(who.id) }, who.name), typeBadge(who.type),
          ...(cp.roles || []).map((r) => el("span", { class: "role" }, r.predicate + " ",
            el("a", { href: entityLink(r.organization.id) }, r.organization.name), " ", gradeBadge(r.grade)))),
        pathChain(cp.path));
    }));
  });
}

// pathFinder is the "find paths to…" box: type a name, pick a match, open the paths view.
function pathFinder(e) {
  const input = el("input", { type: "search", placeholder: "Find paths to… (type a name)", "aria-label": "Find paths to another entity", autocomplete: "off" });
  const list = el("div", { class: "finder-hits" });
  let timer = 0, seq = 0;
  const lookup = async () => {
    const q = input.value.trim(), mine = ++seq;
    if (q.length < 2) { list.replaceChildren(); return; }
    try {
      const hits = (await api("/api/entities?" + new URLSearchParams({ q, limit: "8" }))).filter((h) => h.id !== e.id);
      if (mine !== seq) return;
      list.replaceChildren(...(hits.length ? hits.map((h) => el("a", { class: "finder-hit", href: "#/paths/" + encodeURIComponent(e.id) + "/" + encodeURIComponent(h.id) },
        h.name, typeBadge(h.type))) : [el("span", { class: "muted" }, "no match")]));
    } catch (err) { list.replaceChildren(el("span", { class: "error" }, err.message)); }
  };
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(lookup, 200); });
  input.addEventListener("keydown", (ev) => {
    if (ev.key !== "Enter") return;
    ev.preventDefault();
    const first = list.querySelector("a.finder-hit");
    if (first) location.hash = first.getAttribute("href");
  });
  return el("div", { class: "finder" }, input, list);
}

const GRADE_NAMES = ["official", "reported", "alleged", "co-mentioned"];

// showPaths is the #/paths/FROM/TO view: shortest or all simple paths with options.
async function showPaths(from, to, opts) {
  const box = $("#detail");
  const all = opts.get("all") === "1";
  const hops = opts.get("max_hops") || "4";
  const grade = opts.get("min_grade") || "alleged";
  const go = (o) => {
    const p = new URLSearchParams({ all: o.all ? "1" : "0", max_hops: o.hops, min_grade: o.grade });
    location.hash = "#/paths/" + encodeURIComponent(from) + "/" + encodeURIComponent(to) + "?" + p;
  };
  const mode = el("select", { "aria-label": "Which paths" },
    el("option", { value: "0" }, "shortest paths"), el("option", { value: "1" }, "all simple paths"));
  mode.value = all ? "1" : "0";
  // Listing every simple path costs more with each link, so the API allows 6 (8 for shortest).
  const hopSel = el("select", { "aria-label": "Most links" }, ...[1, 2, 3, 4, 5, 6, 7, 8].slice(0, all ? 6 : 8).map((n) => el("option", { value: String(n) }, `up to ${n} link${n === 1 ? "" : "s"}`)));
  hopSel.value = hops;
  const gradeSel = el("select", { "aria-label": "Weakest grade" }, ...GRADE_NAMES.map((g) => el("option", { value: g }, g === "co-mentioned" ? "any link, co-mentions too" : `${g} or stronger`)));
  gradeSel.value = grade;
  const change = () => {
    const allPaths = mode.value === "1";
    go({ all: allPaths, hops: allPaths ? String(Math.min(6, Number(hopSel.value))) : hopSel.value, grade: gradeSel.value });
  };
  for (const s of [mode, hopSel, gradeSel]) s.addEventListener("change", change);
  const head = el("h1", {}, "Paths");
  const controls = el("div", { class: "controls" }, mode, hopSel, gradeSel);
  const out = el("div", {}, el("p", { class: "muted" }, "Searching the graph…"));
  box.replaceChildren(head, controls, out);
  try {
    const params = new URLSearchParams({ from, to, max_hops: hops, min_grade: grade });
    if (all) params.set("all", "true");
    const a = await api("/api/paths?" + params);
    head.replaceChildren("Paths from ", el("a", { href: entityLink(a.from.id) }, a.from.name), typeBadge(a.from.type),
      " to ", el("a", { href: entityLink(a.to.id) }, a.to.name), typeBadge(a.to.type));
    const paths = a.paths || [];
    out.replaceChildren(
      el("p", { class: "muted" }, paths.length
        ? `${paths.length} ${all ? "simple" : "shortest"} path${paths.length === 1 ? "" : "s"}. Click a link to read the quotes behind it.`
        : "No path within these limits. Allow more links or weaker grades."),
      ...paths.map((p, i) => el("div", { class: "result" },
        el("div", { class: "lead muted" }, `${i + 1}. ${p.edges.length} link${p.edges.length === 1 ? "" : "s"}`), pathChain(p))));
  } catch (err) { out.replaceChildren(el("p", { class: "error" }, err.message)); }
}

// centralOverview is the start page: the best connected people and companies.
function centralOverview() {
  const list = (type, title) => panel(title, null, async (body) => {
    const ranked = await api("/api/centrality?" + new URLSearchParams({ type, limit: "12" }));
    if (!ranked.length) { body.replaceChildren(el("p", { class: "muted" }, "Nothing linked yet.")); return; }
    const top = ranked[0].pagerank || 1;
    body.replaceChildren(el("ol", { class: "ranking" }, ...ranked.map((r) => {
      const fill = el("span", { class: "fill" });
      fill.style.width = Math.max(3, Math.round(100 * r.pagerank / top)) + "%"; // CSSOM, allowed by the CSP
      return el("li", {},
        el("a", { href: entityLink(r.id) }, r.name),
        el("span", { class: "muted" }, ` ${r.degree} link${r.degree === 1 ? "" : "s"}`),
        el("span", { class: "bar", title: "PageRank " + r.pagerank.toFixed(4) }, fill));
    })));
  });
  return el("div", {},
    el("h1", {}, "Who is most central"),
    el("p", { class: "muted" }, "Ranked by PageRank over the typed links, stronger evidence counting for more (official 1, reported 0.8, alleged 0.5). Open an entity to see its owners, complicity paths and the quotes behind every link, or find paths between two entities."),
    el("div", { class: "two" }, list("Person", "People"), list("Company", "Companies")));
}

// egoGraph draws the entity and its typed neighbours on a circle; edge colour is the grade.
function egoGraph(center, rels) {
  const seen = new Map();
  for (const r of rels) {
    const o = r.other || {};
    if (!o.id || seen.has(o.id)) continue;
    seen.set(o.id, { o, r });
  }
  const items = [...seen.values()].slice(0, 24);
  // A few neighbours fit a lower drawing, leaving room for the panels below.
  const small = items.length <= 4;
  const W = 720, H = small ? 300 : 360, cx = W / 2, cy = H / 2;
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  svg.setAttribute("class", small ? "ego small" : "ego");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", "Typed links of " + center.name);
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
    // The label sits past the middle of the edge, clear of the centre's name.
    svg.append(mk("text", { x: cx + 0.62 * (it.x - cx), y: cy + 0.62 * (it.y - cy) - 3, "text-anchor": "middle", class: "elabel" }, it.r.predicate));
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
      pathFinder(e),
      rels.length ? egoGraph(e, typed.length ? typed : co) : null,
      (e.type === "Compound" || e.type === "Company") ? ownersPanel(e) : null,
      e.type === "Compound" ? complicityPanel(e) : null,
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
  const [h, query] = location.hash.replace(/^#\/?/, "").split("?");
  const [kind, ...rest] = h.split("/");
  let arg;
  try { arg = rest.map(decodeURIComponent); } catch { arg = []; }
  if (kind === "search") { $("#q").value = arg.join("/"); search(arg.join("/"), $("#type").value); return; }
  if (!$("#results").childElementCount) search("", "");
  window.scrollTo(0, 0);
  if (kind === "entity" && arg[0]) { showEntity(arg[0]); return; }
  if (kind === "paths" && arg[0] && arg[1]) { showPaths(arg[0], arg[1], new URLSearchParams(query || "")); return; }
  $("#detail").replaceChildren(
    el("p", { class: "muted" }, "Search for a person, company, compound, organization or place, then follow its links. Every link shows the sentences it rests on."),
    centralOverview());
}

$("#search").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const q = $("#q").value.trim();
  search(q, $("#type").value);
});
window.addEventListener("hashchange", route);
loadStats();
route();
