// scamgraph explorer. Everything from the API is untrusted text written by crawled sites: it
// is inserted with textContent / attribute setters only, and links are limited to http(s).
// The view state (search, entity, filters) lives in the URL hash, so Back works and any view
// can be shared.
"use strict";

const $ = (sel) => document.querySelector(sel);
const SVGNS = "http://www.w3.org/2000/svg";
const GRADE_NAMES = ["official", "reported", "alleged", "co-mentioned"];
const PREDICATES = ["OWNS", "DIRECTS", "EMPLOYED_BY", "MEMBER_OF", "FAMILY_OF", "ASSOCIATE_OF", "OPERATES", "PROTECTS", "LOCATED_IN", "SANCTIONED_BY", "RAIDED", "MENTIONED_WITH"];
const FILTER_KEYS = ["min_grade", "predicates", "since", "until"];
const FONT = 'system-ui, "Noto Sans", "Noto Sans CJK SC", "Noto Sans Khmer", "Noto Sans Myanmar", "Noto Sans Thai", sans-serif';
let PALETTE = null;

function el(tag, attrs, ...children) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") n.className = v; else n.setAttribute(k, v === true ? "" : v);
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

// ---- view state in the URL ----

// state() reads the current hash: #/kind/arg1/arg2?query.
function state() {
  const [h, query] = location.hash.replace(/^#\/?/, "").split("?");
  const [kind, ...rest] = h.split("/");
  let args;
  try { args = rest.map(decodeURIComponent); } catch { args = []; }
  return { kind, args, q: new URLSearchParams(query || "") };
}

// carry keeps the search and the filters when moving to another view.
function carry(extra) {
  const cur = state().q, p = new URLSearchParams();
  for (const k of ["q", "type", ...FILTER_KEYS]) if (cur.get(k)) p.set(k, cur.get(k));
  for (const [k, v] of Object.entries(extra || {})) { if (v === "" || v === null || v === undefined) p.delete(k); else p.set(k, v); }
  const s = p.toString();
  return s ? "?" + s : "";
}
const entityLink = (id) => "#/entity/" + encodeURIComponent(id) + carry();
const graphLink = (id) => "#/graph/" + encodeURIComponent(id) + carry();
const captureLink = (sha) => "#/capture/" + encodeURIComponent(sha) + carry();
const typeBadge = (t) => el("span", { class: "type " + t }, t);
const gradeBadge = (g) => el("span", { class: "grade " + g, title: "evidence grade" }, g);

// filters reads the filter part of the URL.
function filters(q) {
  q = q || state().q;
  const preds = (q.get("predicates") || "").split(",").filter((p) => PREDICATES.includes(p));
  return { min_grade: GRADE_NAMES.includes(q.get("min_grade")) ? q.get("min_grade") : "alleged", predicates: preds,
    since: /^\d{4}-\d{2}-\d{2}$/.test(q.get("since") || "") ? q.get("since") : "", until: /^\d{4}-\d{2}-\d{2}$/.test(q.get("until") || "") ? q.get("until") : "" };
}
function filterParams(f, extra) {
  const p = new URLSearchParams(extra || {});
  if (f.min_grade && f.min_grade !== "alleged") p.set("min_grade", f.min_grade);
  if (f.predicates.length) p.set("predicates", f.predicates.join(","));
  if (f.since) p.set("since", f.since);
  if (f.until) p.set("until", f.until);
  return p;
}
// passes says whether an edge (grade, predicate, first_seen, last_seen) is within the filters.
function passes(f, e) {
  if (GRADE_NAMES.indexOf(e.grade) > GRADE_NAMES.indexOf(f.min_grade)) return false;
  if (f.predicates.length && !f.predicates.includes(e.predicate)) return false;
  if (!f.predicates.length && e.predicate === "MENTIONED_WITH" && f.min_grade !== "co-mentioned") return false;
  if (f.since && e.last_seen && String(e.last_seen).slice(0, 10) < f.since) return false;
  if (f.until && e.first_seen && String(e.first_seen).slice(0, 10) > f.until) return false;
  return true;
}

// filterBar edits the filters in the URL; every view reads them from there.
function filterBar(f, extra) {
  const id = "f" + Math.random().toString(36).slice(2, 7);
  const grade = el("select", { id: id + "g" }, ...GRADE_NAMES.map((g) => el("option", { value: g }, g === "co-mentioned" ? "any, co-mentions too" : `${g} or stronger`)));
  grade.value = f.min_grade;
  const boxes = PREDICATES.map((p) => {
    const cb = el("input", { type: "checkbox", value: p, id: id + p });
    cb.checked = f.predicates.includes(p);
    return el("label", { for: id + p, class: "check" }, cb, " " + p);
  });
  const preds = el("details", { class: "preds" }, el("summary", {}, f.predicates.length ? `Links: ${f.predicates.join(", ")}` : "Links: all typed"), el("div", { class: "checks" }, ...boxes));
  const since = el("input", { type: "date", id: id + "s", value: f.since });
  const until = el("input", { type: "date", id: id + "u", value: f.until });
  const apply = () => {
    const chosen = [...preds.querySelectorAll("input:checked")].map((c) => c.value);
    const p = { min_grade: grade.value === "alleged" ? "" : grade.value, predicates: chosen.join(","), since: since.value, until: until.value };
    for (const [k, v] of Object.entries(extra ? extra.values() : {})) p[k] = v;
    const s = state();
    location.hash = "#/" + [s.kind, ...s.args.map(encodeURIComponent)].join("/") + carry(p);
  };
  const official = el("button", { type: "button", class: "small" }, "Official ties only");
  official.addEventListener("click", () => { grade.value = "official"; apply(); });
  const reset = el("button", { type: "button", class: "small" }, "Clear filters");
  reset.addEventListener("click", () => { grade.value = "alleged"; since.value = ""; until.value = ""; for (const c of preds.querySelectorAll("input")) c.checked = false; apply(); });
  const form = el("form", { class: "filters", role: "group", "aria-label": "Filters" },
    el("label", { for: id + "g" }, "Weakest grade "), grade, preds,
    el("span", { class: "dates" }, el("label", { for: id + "s" }, "Reported from "), since, el("label", { for: id + "u" }, " to "), until),
    extra ? extra.nodes : null, official, reset);
  form.addEventListener("change", apply);
  form.addEventListener("submit", (ev) => { ev.preventDefault(); apply(); });
  // On a phone the filters fold away until asked for, unless some are set.
  const active = f.min_grade !== "alleged" || f.predicates.length || f.since || f.until;
  const box = el("details", { class: "filterbox", open: active || window.innerWidth > 800 },
    el("summary", {}, active ? `Filters: ${[f.min_grade !== "alleged" ? f.min_grade + " or stronger" : "", f.predicates.join(", "), f.since || f.until ? `${f.since || "…"} to ${f.until || "…"}` : ""].filter(Boolean).join(" · ")}` : "Filters"), form);
  return box;
}

// ---- search and suggestions ----

async function loadStats() {
  try {
    const s = await api("/api/stats");
    $("#stats").textContent = `${s.entities} entities · ${s.relations} typed relations · ${s.documents} documents · ${s.sources} sources`;
  } catch (e) { $("#stats").textContent = "graph unreachable: " + e.message; }
}

let lastSearch = null;
async function search(q, type) {
  const key = q + "\u0000" + type;
  if (key === lastSearch) return;
  lastSearch = key;
  const box = $("#results");
  box.replaceChildren(el("p", { class: "muted" }, "Searching…"));
  try {
    const params = new URLSearchParams({ q, limit: "50" });
    if (type) params.set("type", type);
    const hits = await api("/api/entities?" + params);
    box.replaceChildren(el("p", { class: "muted" }, `${hits.length} match${hits.length === 1 ? "" : "es"}${q ? " for “" + q + "”" : ""}${type ? " among " + type : ""}`));
    for (const h of hits) {
      box.append(el("a", { class: "hit", href: entityLink(h.id) },
        h.name, typeBadge(h.type), h.match === "similar" ? el("span", { class: "muted" }, " similar name") : null,
        (h.aliases && h.aliases.length) ? el("div", { class: "aliases" }, "also: " + h.aliases.slice(0, 4).join(", ")) : null,
        el("div", { class: "muted" }, `${h.relations ?? 0} typed relations · ${h.documents ?? 0} documents`)));
    }
  } catch (e) { box.replaceChildren(el("p", { class: "error" }, e.message)); }
}

// suggester wires an input to a listbox of matches (name and type); arrows move, Enter
// takes the highlighted match, never a guess: with none highlighted, Enter submits the form
// (submits), or takes the only match, or highlights the first for a second Enter.
function suggester(input, list, typeOf, pick, exclude, submits) {
  let timer = 0, seq = 0, hits = [], active = -1;
  const close = () => { list.hidden = true; input.setAttribute("aria-expanded", "false"); active = -1; };
  const mark = () => {
    [...list.children].forEach((li, i) => li.setAttribute("aria-selected", String(i === active)));
    if (active >= 0) input.setAttribute("aria-activedescendant", list.children[active].id); else input.removeAttribute("aria-activedescendant");
  };
  const show = () => {
    list.replaceChildren(...hits.map((h, i) => {
      const li = el("li", { role: "option", id: list.id + "-" + i, "aria-selected": "false" }, h.name, typeBadge(h.type),
        el("span", { class: "muted" }, ` ${h.relations} links`));
      li.addEventListener("mousedown", (ev) => { ev.preventDefault(); close(); pick(h); });
      return li;
    }));
    if (!hits.length) list.append(el("li", { class: "muted" }, "no match"));
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    mark();
  };
  const lookup = async () => {
    const q = input.value.trim(), mine = ++seq;
    if (q.length < 2) { close(); return; }
    try {
      const p = new URLSearchParams({ q, limit: "8" });
      if (typeOf()) p.set("type", typeOf());
      const got = (await api("/api/entities?" + p)).filter((h) => h.id !== exclude);
      if (mine !== seq) return;
      hits = got; active = -1; show();
    } catch { close(); }
  };
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(lookup, 150); });
  input.addEventListener("blur", () => setTimeout(close, 100));
  input.addEventListener("keydown", (ev) => {
    if (list.hidden || !hits.length) return false;
    if (ev.key === "ArrowDown") { active = (active + 1) % hits.length; mark(); ev.preventDefault(); }
    else if (ev.key === "ArrowUp") { active = (active + hits.length - 1) % hits.length; mark(); ev.preventDefault(); }
    else if (ev.key === "Escape") { close(); }
    else if (ev.key === "Enter" && active >= 0) { ev.preventDefault(); ev.stopPropagation(); const h = hits[active]; close(); pick(h); }
    else if (ev.key === "Enter" && submits) { close(); }
    else if (ev.key === "Enter" && hits.length === 1) { ev.preventDefault(); close(); pick(hits[0]); }
    else if (ev.key === "Enter") { ev.preventDefault(); active = 0; mark(); }
  });
}

// ---- citations ----

const day = (t) => t ? String(t).slice(0, 10) : "";

// citation is the text a journalist pastes into notes: outlet, title, date, URL, the
// archived capture's sha256 and retrieval date, and the grade.
function citation(ev) {
  const doc = ev.document || {};
  const url = doc.url || ev.document_url || "";
  const parts = [doc.source || (safeHref(url) ? new URL(url).host : "unknown outlet"), "“" + (doc.title || "untitled") + "”",
    doc.published ? day(doc.published) : "undated", url];
  const sha = ev.capture || doc.capture;
  let s = parts.join(", ") + ".";
  if (sha) s += ` Archived capture sha256:${sha}` + (ev.first_seen ? `, retrieved ${day(ev.first_seen)}` : "") + ` (${location.origin}/captures/${sha}).`;
  s += ` Evidence grade: ${ev.grade}${ev.denial ? " (a denial)" : ""}. Quote: “${ev.quote || ""}”`;
  return s;
}

async function copyText(text, btn) {
  try {
    await navigator.clipboard.writeText(text);
    btn.textContent = "Copied";
  } catch {
    // No clipboard (an insecure origin, a refused permission): show the text to copy by hand.
    const ta = el("textarea", { class: "copybox", rows: "4", "aria-label": "Citation to copy", readonly: true });
    ta.value = text;
    btn.after(ta);
    ta.select();
    btn.textContent = "Select and copy";
  }
  setTimeout(() => { btn.textContent = "Copy citation"; }, 2500);
}

// evidenceBlock shows one quote with its document, its archived capture and a citation to
// copy; more are other documents giving the very same sentence.
function evidenceBlock(ev, more) {
  const doc = ev.document || {};
  const href = safeHref(doc.url || ev.document_url || "");
  const title = doc.title || doc.url || ev.document_url || "document";
  const sha = ev.capture || doc.capture;
  const others = (more || []).slice(0, 6).map((m) => {
    const u = safeHref((m.document || {}).url || m.document_url || "");
    return u ? el("a", { href: u, rel: "noopener noreferrer nofollow", target: "_blank", title: u }, new URL(u).host) : null;
  }).filter(Boolean);
  const copy = el("button", { type: "button", class: "small copy", "aria-label": "Copy citation of this quote" }, "Copy citation");
  copy.addEventListener("click", () => copyText(citation(ev), copy));
  return el("div", { class: "ev" },
    gradeBadge(ev.grade),
    ev.denial ? el("span", { class: "contested" }, "denial") : null,
    ev.role ? el("span", { class: "role" }, ev.role) : null,
    ev.ended ? el("span", { class: "ended", title: "this source tells the tie as over" }, "told as over") : null,
    el("blockquote", {}, "“" + (ev.quote || "") + "”"),
    el("div", { class: "meta" },
      href ? el("a", { href, rel: "noopener noreferrer nofollow", target: "_blank", class: "orig" }, title) : title,
      doc.source ? " · " + doc.source : "",
      doc.published ? " · " + day(doc.published) : ""),
    el("div", { class: "meta cite" },
      sha ? el("a", { href: captureLink(sha), class: "capture", title: "sha256 " + sha }, "Archived capture") : el("span", {}, "no archived capture"),
      sha ? " · " : null, sha ? el("a", { href: "/captures/" + sha, target: "_blank", rel: "noopener", class: "raw" }, "exact bytes") : null,
      ev.first_seen ? ` · retrieved ${day(ev.first_seen)}` : "", " ", copy),
    (more && more.length) ? el("div", { class: "meta" }, `The same sentence in ${more.length} more document${more.length === 1 ? "" : "s"}: `,
      ...others.flatMap((a, i) => i ? [", ", a] : [a]), more.length > others.length ? " …" : "") : null);
}

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
      rel.role ? el("span", { class: "role" }, rel.role) : null,
      rel.predicate !== "MENTIONED_WITH" && rel.current === false
        ? el("span", { class: "ended", title: "every source tells this tie as over" }, rel.end_date ? "ended " + rel.end_date : "ended") : null,
      rel.contested ? el("span", { class: "contested", title: "some evidence denies this" }, "contested") : null,
      el("span", { class: "muted" }, ` ${rel.evidence_count > ev.length ? `${ev.length} of ${rel.evidence_count}` : ev.length} evidence · ${day(rel.first_seen)}${rel.last_seen && day(rel.last_seen) !== day(rel.first_seen) ? " – " + day(rel.last_seen) : ""}`)),
    ...evidenceList(ev));
}

// ---- paths, owners, complicity ----

function linkArrow(edge, fromId) {
  if (edge.predicate === "FAMILY_OF" || edge.predicate === "ASSOCIATE_OF" || edge.predicate === "MENTIONED_WITH") return ["—", "—"];
  return edge.subject === fromId ? ["—", "→"] : ["←", "—"];
}

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
  if (btn.classList.contains("open")) { btn.classList.remove("open"); box.replaceChildren(); return; }
  for (const b of btn.parentNode.querySelectorAll("button.link.open")) b.classList.remove("open");
  btn.classList.add("open");
  await loadEvidence(box, e);
}

// loadEvidence fills box with the distinct quotes behind edge e.
async function loadEvidence(box, e) {
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

function panel(title, note, fill) {
  const body = el("div", {}, el("p", { class: "muted" }, "Loading…"));
  const box = el("section", { class: "panel" }, el("h2", {}, title), note ? el("p", { class: "muted note" }, note) : null, body);
  fill(body).catch((err) => body.replaceChildren(el("p", { class: "error" }, err.message)));
  return box;
}

function ownerRole(p) {
  const last = p.edges[p.edges.length - 1];
  if (!last || last.predicate !== "OPERATES") return "Ultimate owner";
  return p.edges.length === 1 ? "Operator" : "Ultimate owner of the operator";
}

const hiddenNote = (n) => n ? el("p", { class: "muted" }, `${n} more hidden by the filters.`) : null;

function ownersPanel(e, f) {
  return panel("Owners", "Chains of OWNS links (the last may be OPERATES) ending here, each starting at an owner nobody is recorded as owning.", async (body) => {
    const a = await api("/api/entities/" + encodeURIComponent(e.id) + "/owners?" + new URLSearchParams({ min_grade: f.min_grade }));
    const all = a.chains || [], chains = all.filter((p) => p.edges.every((x) => passes({ ...f, predicates: [] }, x)));
    if (!chains.length) { body.replaceChildren(...[el("p", { class: "muted" }, "No recorded owner or operator."), hiddenNote(all.length)].filter(Boolean)); return; }
    body.replaceChildren(...chains.map((p) => el("div", { class: "result" },
      el("div", { class: "lead" }, ownerRole(p) + ": ", el("a", { href: entityLink(p.nodes[0].id) }, p.nodes[0].name), typeBadge(p.nodes[0].type),
        el("span", { class: "muted" }, ` · ${p.edges.length} link${p.edges.length === 1 ? "" : "s"}`)),
      pathChain(p))), ...[hiddenNote(all.length - chains.length)].filter(Boolean));
  });
}

function complicityPanel(e, f) {
  return panel("Complicity paths", "People holding a public role (a post in an organization) linked to this compound through companies only.", async (body) => {
    const a = await api("/api/compounds/" + encodeURIComponent(e.id) + "/complicity?" + new URLSearchParams({ min_grade: f.min_grade }));
    const all = a.paths || [], paths = all.filter((cp) => cp.path.edges.every((x) => passes(f, x)));
    if (!paths.length) { body.replaceChildren(el("p", { class: "muted" }, "No person with a public role is linked to it through companies."), ...[hiddenNote(all.length)].filter(Boolean)); return; }
    body.replaceChildren(...paths.map((cp) => {
      const who = cp.path.nodes[0];
      return el("div", { class: "result" },
        el("div", { class: "lead" }, el("a", { href: entityLink(who.id) }, who.name), typeBadge(who.type),
          ...(cp.roles || []).map((r) => el("span", { class: "role" }, r.predicate + " ",
            el("a", { href: entityLink(r.organization.id) }, r.organization.name), " ", gradeBadge(r.grade)))),
        pathChain(cp.path));
    }), ...[hiddenNote(all.length - paths.length)].filter(Boolean));
  });
}

// pathFinder is the "find paths to…" box: type a name, pick a match (its type shown), open
// the paths view.
function pathFinder(e) {
  const input = el("input", { type: "search", id: "finder-q", placeholder: "Find paths to… (type a name)", autocomplete: "off",
    role: "combobox", "aria-autocomplete": "list", "aria-expanded": "false", "aria-controls": "finder-list" });
  const type = el("select", { "aria-label": "Type of the other entity" }, el("option", { value: "" }, "any type"),
    ...["Person", "Company", "Compound", "Organization", "Location"].map((t) => el("option", {}, t)));
  const list = el("ul", { id: "finder-list", role: "listbox", class: "suggest", hidden: true, "aria-label": "Entities to find paths to" });
  suggester(input, list, () => type.value, (h) => { location.hash = "#/paths/" + encodeURIComponent(e.id) + "/" + encodeURIComponent(h.id) + carry(); }, e.id);
  return el("div", { class: "finder" }, el("label", { for: "finder-q", class: "sr" }, "Find paths to another entity"), el("div", { class: "combo" }, input, list), type);
}

async function showPaths(from, to, q) {
  const box = $("#detail");
  const f = filters(q);
  const all = q.get("all") === "1", hubs = q.get("hubs") === "1", sanctions = q.get("sanctions") === "1";
  const hops = q.get("max_hops") || "4";
  const mode = el("select", { "aria-label": "Which paths" }, el("option", { value: "0" }, "shortest paths"), el("option", { value: "1" }, "all simple paths"));
  mode.value = all ? "1" : "0";
  const hopSel = el("select", { "aria-label": "Most links" }, ...[1, 2, 3, 4, 5, 6, 7, 8].slice(0, all ? 6 : 8).map((n) => el("option", { value: String(n) }, `up to ${n} link${n === 1 ? "" : "s"}`)));
  hopSel.value = hops;
  const hubBox = el("input", { type: "checkbox", id: "p-hubs" }); hubBox.checked = hubs;
  const sanBox = el("input", { type: "checkbox", id: "p-sanctions" }); sanBox.checked = sanctions;
  const extra = {
    nodes: el("span", { class: "pathopts" }, mode, hopSel,
      el("label", { for: "p-hubs", class: "check" }, hubBox, " through hubs (authorities, lists)"),
      el("label", { for: "p-sanctions", class: "check" }, sanBox, " via SANCTIONED_BY")),
    values: () => ({ all: mode.value === "1" ? "1" : "", max_hops: mode.value === "1" ? String(Math.min(6, Number(hopSel.value))) : hopSel.value,
      hubs: hubBox.checked ? "1" : "", sanctions: sanBox.checked ? "1" : "" }),
  };
  const bar = filterBar(f, extra);
  const head = el("h1", {}, "Paths");
  const out = el("div", {}, el("p", { class: "muted" }, "Searching the graph…"));
  box.replaceChildren(head, bar, out);
  try {
    const params = filterParams(f, { from, to, max_hops: hops });
    if (all) params.set("all", "true");
    if (hubs) params.set("hubs", "1");
    if (sanctions) params.set("sanctions", "1");
    const a = await api("/api/paths?" + params);
    head.replaceChildren("Paths from ", el("a", { href: entityLink(a.from.id) }, a.from.name), typeBadge(a.from.type),
      " to ", el("a", { href: entityLink(a.to.id) }, a.to.name), typeBadge(a.to.type));
    const paths = a.paths || [];
    const ids = [...new Set(paths.flatMap((p) => p.nodes.map((n) => n.id)))];
    out.replaceChildren(...[
      el("p", { class: "muted" }, paths.length
        ? `${paths.length} ${all ? "simple" : "shortest"} path${paths.length === 1 ? "" : "s"}${hubs ? "" : ", none through hubs"}${sanctions ? "" : ", none via SANCTIONED_BY"}. Click a link to read the quotes behind it.`
        : "No path within these limits. Allow more links, weaker grades, hubs or SANCTIONED_BY."),
      paths.length ? exportLinks(ids, f) : null,
      ...paths.map((p, i) => el("div", { class: "result" },
        el("div", { class: "lead muted" }, `${i + 1}. ${p.edges.length} link${p.edges.length === 1 ? "" : "s"}`), pathChain(p)))].filter(Boolean));
  } catch (err) { out.replaceChildren(el("p", { class: "error", role: "alert" }, err.message)); }
}

// ---- export ----

function download(name, href) {
  const a = el("a", { href, download: name });
  document.body.append(a);
  a.click();
  a.remove();
}

function exportLinks(ids, f) {
  const mk = (format, label) => el("a", { class: "btn", href: "/api/export?" + filterParams(f, { format, ids: ids.join(",") }), download: true }, label);
  return el("span", { class: "exports" }, "Export: ", mk("csv", "CSV"), " ", mk("graphml", "GraphML"), " ", mk("ftm", "FtM"));
}

// ---- network diagram ----

async function palette() {
  if (!PALETTE) PALETTE = await api("palette.json");
  return PALETTE;
}

function cyStyle(pal) {
  const st = [
    { selector: "node", style: { "label": "data(label)", "font-family": FONT, "font-size": 11, "text-valign": "bottom", "text-margin-y": 4,
      "text-wrap": "ellipsis", "text-max-width": 130, "width": 26, "height": 26, "border-width": 1.5, "color": "#111827",
      "text-outline-color": "#fff", "text-outline-width": 2, "background-color": "#e5e7eb" } },
    { selector: "node.center", style: { "width": 38, "height": 38, "border-width": 3, "font-weight": "bold", "font-size": 13 } },
    { selector: "node.hub", style: { "border-style": "dashed", "border-width": 2.5, "border-color": pal.hub.border } },
    { selector: "node:selected", style: { "overlay-color": "#6366f1", "overlay-opacity": 0.25, "overlay-padding": 6 } },
    { selector: "edge", style: { "curve-style": "bezier", "target-arrow-shape": "triangle", "arrow-scale": 1.1, "label": "data(predicate)",
      "font-size": 8, "color": "#4b5563", "text-rotation": "autorotate", "text-outline-color": "#fff", "text-outline-width": 2, "font-family": FONT } },
    { selector: "edge.sym", style: { "target-arrow-shape": "none" } },
  ];
  for (const [t, v] of Object.entries(pal.types)) st.push({ selector: `node[type = "${t}"]`, style: { "background-color": v.color, "border-color": v.border, "shape": v.shape } });
  for (const [g, v] of Object.entries(pal.grades)) {
    const s = { "line-color": v.color, "target-arrow-color": v.color, "width": v.width };
    if (v.dash) { s["line-style"] = "dashed"; s["line-dash-pattern"] = v.dash.split(" ").map(Number); }
    st.push({ selector: `edge[grade = "${g}"]`, style: s });
  }
  st.push({ selector: "node.hub", style: { "border-color": pal.hub.border } });
  return st;
}

function legend(pal) {
  const sw = (cls, color) => { const s = el("span", { class: cls }); s.style.background = color; return s; };
  return el("div", { class: "legend", "aria-label": "Legend" },
    ...Object.entries(pal.types).map(([t, v]) => el("span", { class: "key" }, sw("swatch " + v.shape, v.color), t)),
    ...Object.entries(pal.grades).map(([g, v]) => { const line = sw("line", ""); line.style.borderTop = `${Math.max(2, v.width)}px ${v.dash ? "dashed" : "solid"} ${v.color}`; return el("span", { class: "key" }, line, g); }),
    el("span", { class: "key" }, el("span", { class: "swatch hubkey" }), "hub, collapsed (click to expand)"));
}

// Diagram is the interactive network: force layout, click a node for its card (expand its
// neighbours, hide it, open its page), drag, zoom. Hubs arrive collapsed.
class Diagram {
  constructor(centerId, f, opts) {
    this.center = centerId; this.f = f; this.opts = opts || {};
    this.box = el("div", { class: "graph" + (this.opts.tall ? " tall" : ""), role: "img", "aria-label": "Network diagram; use the node list below to move through it with the keyboard" });
    this.card = el("div", { class: "nodecard", "aria-live": "polite" });
    this.list = el("select", { "aria-label": "Nodes in the diagram", class: "nodelist" });
    this.status = el("span", { class: "muted" });
    this.expanded = new Set();
    this.list.addEventListener("change", () => { const n = this.cy.getElementById(this.list.value); if (n.nonempty()) { this.cy.$(":selected").unselect(); n.select(); this.showCard(n); this.cy.animate({ center: { eles: n } }, { duration: 200 }); } });
  }

  element() {
    const btn = (label, fn, title) => { const b = el("button", { type: "button", class: "small", title }, label); b.addEventListener("click", fn); return b; };
    this.toolbar = el("div", { class: "toolbar" },
      btn("Fit", () => this.cy.fit(undefined, 24), "Fit the whole network in view"),
      btn("Re-arrange", () => this.layout(), "Run the force layout again"),
      btn("Show hidden", () => { this.cy.elements().removeClass("gone").style("display", "element"); this.refreshList(); }, "Show nodes you hid"),
      btn("PNG", () => download("scamgraph-network.png", this.cy.png({ full: true, scale: 2, bg: "#ffffff" })), "Download the picture as PNG"),
      btn("SVG", () => download("scamgraph-network.svg", "data:image/svg+xml;charset=utf-8," + encodeURIComponent(this.svg())), "Download the picture as SVG"),
      el("span", { class: "exportslot" }),
      this.opts.full ? null : el("a", { href: graphLink(this.center), class: "btn" }, "Full-screen view"),
      this.status);
    return el("div", { class: "diagram" }, this.toolbar, this.box, el("div", { class: "under" }, el("label", {}, el("span", { class: "nowrap" }, "Node"), this.list), this.card));
  }

  async start() {
    const pal = await palette();
    this.pal = pal;
    this.box.after(legend(pal));
    this.cy = cytoscape({ container: this.box, style: cyStyle(pal), wheelSensitivity: 0.3, minZoom: 0.2, maxZoom: 3, boxSelectionEnabled: false });
    this.box.cy = this.cy; // for the browser journeys, which click on drawn edges
    this.cy.on("tap", "node", (ev) => this.showCard(ev.target));
    this.cy.on("tap", "edge", (ev) => this.showEdge(ev.target));
    this.cy.on("tap", (ev) => { if (ev.target === this.cy) this.card.replaceChildren(); });
    await this.expand(this.center, true);
  }

  add(g) {
    const added = [];
    const collapsed = new Set(g.collapsed || []);
    for (const n of g.nodes) {
      const have = this.cy.getElementById(n.id);
      if (have.nonempty()) { if (!collapsed.has(n.id) && this.expanded.has(n.id)) have.removeClass("hub"); continue; }
      const cls = [n.id === this.center ? "center" : "", collapsed.has(n.id) && !this.expanded.has(n.id) ? "hub" : ""].join(" ").trim();
      added.push({ group: "nodes", data: { id: n.id, label: n.name.length > 40 ? n.name.slice(0, 39) + "…" : n.name, name: n.name, type: n.type }, classes: cls });
    }
    const sym = new Set(this.pal.symmetric);
    for (const e of g.edges) {
      const id = e.subject + "|" + e.predicate + "|" + e.object;
      if (this.cy.getElementById(id).nonempty()) continue;
      added.push({ group: "edges", data: { id, source: e.subject, target: e.object, predicate: e.predicate, grade: e.grade, raw: e }, classes: sym.has(e.predicate) ? "sym" : "" });
    }
    this.cy.add(added);
    return added.length;
  }

  async expand(id, first) {
    this.status.textContent = "Loading…";
    try {
      // A hub's own neighbours open when the reader expands it; as a neighbour it stays collapsed.
      const p = filterParams(this.f, { depth: first ? String(this.opts.depth || 2) : "1" });
      const url = "/api/entities/" + encodeURIComponent(id) + "/graph?" + p;
      // The page may have asked already, while it waited for the entity's details.
      const g = await (first && this.opts.prefetched && this.opts.prefetched.url === url ? this.opts.prefetched.answer : api(url));
      this.expanded.add(id);
      this.cy.getElementById(id).removeClass("hub");
      const n = this.add(g);
      this.refreshList();
      this.layout(first);
      const hubs = this.cy.nodes(".hub").length;
      const nn = this.cy.nodes().length, ne = this.cy.edges().length;
      this.status.textContent = `${nn} entit${nn === 1 ? "y" : "ies"}, ${ne} link${ne === 1 ? "" : "s"}${n ? "" : " (nothing new)"}${hubs ? ` · ${hubs} hub${hubs === 1 ? "" : "s"} collapsed` : ""}${g.truncated ? " · truncated" : ""}`;
      this.exportSlot();
    } catch (err) { this.status.textContent = err.message; }
  }

  layout() {
    this.cy.layout({ name: "cose", animate: false, randomize: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 110, nodeOverlap: 20,
      gravity: 0.25, componentSpacing: 80, padding: 30, fit: true, numIter: 1500 }).run();
    // A small network is not blown up to fill the box: labels stay at reading size.
    if (this.cy.zoom() > 1.2) { this.cy.zoom(1.2); this.cy.center(); }
  }

  visibleIds() { return this.cy.nodes().filter((n) => !n.hasClass("gone")).map((n) => n.id()); }

  exportSlot() {
    const slot = this.toolbar.querySelector(".exportslot");
    slot.replaceChildren(exportLinks(this.visibleIds(), this.f));
  }

  refreshList() {
    const nodes = this.cy.nodes().filter((n) => !n.hasClass("gone")).sort((a, b) => a.data("name").localeCompare(b.data("name")));
    this.list.replaceChildren(el("option", { value: "" }, `— ${nodes.length} entities —`), ...nodes.map((n) => el("option", { value: n.id() }, `${n.data("name")} (${n.data("type")})`)));
  }

  showCard(n) {
    const id = n.id();
    const btn = (label, fn) => { const b = el("button", { type: "button", class: "small" }, label); b.addEventListener("click", fn); return b; };
    const links = n.connectedEdges().filter((e) => !e.hasClass("gone"));
    this.card.replaceChildren(el("strong", {}, n.data("name")), typeBadge(n.data("type")),
      n.hasClass("hub") ? el("span", { class: "muted" }, " hub, not expanded") : null,
      el("span", { class: "muted" }, ` · ${links.length} link${links.length === 1 ? "" : "s"} shown `),
      btn(this.expanded.has(id) ? "Expanded" : "Expand neighbours", () => this.expand(id)),
      id === this.center ? null : btn("Hide", () => { n.addClass("gone"); n.style("display", "none"); this.card.replaceChildren(); this.refreshList(); this.exportSlot(); }),
      el("a", { href: entityLink(id), class: "btn" }, "Open page"));
  }

  // showEdge puts the quotes behind a link under the diagram.
  showEdge(edge) {
    const e = edge.data("raw");
    const name = (id) => this.cy.getElementById(id).data("name") || id;
    const evidence = el("div", { class: "chain-evidence" });
    this.card.replaceChildren(el("div", { class: "edgecard" },
      el("strong", {}, name(e.subject)), " ", el("span", { class: "pred" }, e.predicate), " ", el("strong", {}, name(e.object)), " ", gradeBadge(e.grade),
      e.contested ? el("span", { class: "contested" }, "contested") : null, evidence));
    loadEvidence(evidence, e);
  }

  // svg draws what is on screen as a standalone SVG with the same palette.
  svg() {
    const nodes = this.cy.nodes().filter((n) => n.visible()), edges = this.cy.edges().filter((e) => e.visible());
    const bb = this.cy.elements().filter((x) => x.visible()).boundingBox({ includeLabels: true });
    const pad = 20, W = Math.ceil(bb.w + 2 * pad), H = Math.ceil(bb.h + 2 * pad), ox = pad - bb.x1, oy = pad - bb.y1;
    const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
    const out = [`<svg xmlns="${SVGNS}" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family='${FONT.replace(/"/g, "")}'>`,
      `<rect width="100%" height="100%" fill="#fff"/>`,
      `<defs>${Object.entries(this.pal.grades).map(([g, v]) => `<marker id="a-${g}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${v.color}"/></marker>`).join("")}</defs>`];
    for (const e of edges) {
      const s = e.sourceEndpoint(), t = e.targetEndpoint(), g = this.pal.grades[e.data("grade")] || { color: "#999", width: 1, dash: "" };
      out.push(`<line x1="${(s.x + ox).toFixed(1)}" y1="${(s.y + oy).toFixed(1)}" x2="${(t.x + ox).toFixed(1)}" y2="${(t.y + oy).toFixed(1)}" stroke="${g.color}" stroke-width="${g.width}"${g.dash ? ` stroke-dasharray="${g.dash}"` : ""}${e.hasClass("sym") ? "" : ` marker-end="url(#a-${e.data("grade")})"`}/>`);
      out.push(`<text x="${((s.x + t.x) / 2 + ox).toFixed(1)}" y="${((s.y + t.y) / 2 + oy - 3).toFixed(1)}" font-size="8" fill="#4b5563" text-anchor="middle">${esc(e.data("predicate"))}</text>`);
    }
    for (const n of nodes) {
      const p = n.position(), x = p.x + ox, y = p.y + oy, r = n.width() / 2, ty = this.pal.types[n.data("type")] || { color: "#e5e7eb", border: "#374151", shape: "ellipse" };
      const st = `fill="${ty.color}" stroke="${n.hasClass("hub") ? this.pal.hub.border : ty.border}" stroke-width="1.5"${n.hasClass("hub") ? ` stroke-dasharray="${this.pal.hub.dash}"` : ""}`;
      const pts = (arr) => arr.map(([a, b]) => `${(x + a * r).toFixed(1)},${(y + b * r).toFixed(1)}`).join(" ");
      if (ty.shape === "round-rectangle") out.push(`<rect x="${x - r}" y="${y - r}" width="${2 * r}" height="${2 * r}" rx="${r / 3}" ${st}/>`);
      else if (ty.shape === "diamond") out.push(`<polygon points="${pts([[0, -1], [1, 0], [0, 1], [-1, 0]])}" ${st}/>`);
      else if (ty.shape === "hexagon") out.push(`<polygon points="${pts([[-1, 0], [-0.5, -0.87], [0.5, -0.87], [1, 0], [0.5, 0.87], [-0.5, 0.87]])}" ${st}/>`);
      else if (ty.shape.endsWith("triangle")) out.push(`<polygon points="${pts([[0, -1], [1, 0.87], [-1, 0.87]])}" ${st}/>`);
      else out.push(`<circle cx="${x}" cy="${y}" r="${r}" ${st}/>`);
      out.push(`<text x="${x}" y="${y + r + 12}" font-size="11" text-anchor="middle" fill="#111827">${esc(n.data("label"))}</text>`);
    }
    out.push("</svg>");
    return out.join("\n");
  }
}

async function showGraph(id, q) {
  const box = $("#detail");
  const f = filters(q);
  const d = new Diagram(id, f, { full: true, tall: true });
  const head = el("h1", {}, "Network");
  box.replaceChildren(head, filterBar(f), d.element());
  try {
    const e = await api("/api/entities/" + encodeURIComponent(id) + "/graph?depth=1");
    const c = e.nodes[0];
    head.replaceChildren("Network of ", el("a", { href: entityLink(c.id) }, c.name), typeBadge(c.type));
  } catch (err) { head.after(el("p", { class: "error" }, err.message)); }
  await d.start();
}

// ---- capture view ----

async function sha256Hex(buf) {
  const h = await crypto.subtle.digest("SHA-256", buf);
  return [...new Uint8Array(h)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

async function showCapture(sha) {
  const box = $("#detail");
  box.replaceChildren(el("h1", {}, "Archived capture"), el("p", { class: "muted" }, "Loading…"));
  try {
    const c = await api("/api/captures/" + encodeURIComponent(sha));
    const doc = c.document || {};
    const check = el("p", { class: "check-result", "aria-live": "polite" }, "Checking the bytes against their sha256…");
    const text = el("pre", { class: "capture-text" }, "Loading the text…");
    const orig = safeHref(c.url);
    box.replaceChildren(el("h1", {}, "Archived capture"),
      el("dl", { class: "facts" },
        el("dt", {}, "Document"), el("dd", {}, doc.title || "untitled", doc.source ? " · " + doc.source : "", doc.published ? " · " + day(doc.published) : ""),
        el("dt", {}, "Original URL"), el("dd", {}, orig ? el("a", { href: orig, rel: "noopener noreferrer nofollow", target: "_blank", class: "orig" }, c.url) : c.url),
        el("dt", {}, "Retrieved"), el("dd", {}, String(c.fetched_at).replace("T", " ").slice(0, 19) + " UTC"),
        el("dt", {}, "HTTP"), el("dd", {}, `${c.status} · ${c.content_type || "no content type"} · ${c.size} bytes${c.truncated ? " · cut at the size cap" : ""}`),
        el("dt", {}, "sha256"), el("dd", { class: "sha" }, c.sha256)),
      check,
      el("p", {}, el("a", { href: c.raw, target: "_blank", rel: "noopener", class: "btn raw" }, "Open the exact bytes"), " ",
        el("a", { href: c.raw + "?download", class: "btn", download: c.sha256 + ".bin" }, "Download"), " ",
        el("a", { href: c.text, target: "_blank", rel: "noopener", class: "btn" }, "Text view"),
        el("span", { class: "muted" }, " The bytes are served as inert text in a sandbox: nothing in them runs here.")),
      el("h2", {}, "Text of the capture"), text);
    const [raw, txt] = await Promise.all([fetch(c.raw).then((r) => r.arrayBuffer()), fetch(c.text).then((r) => r.text())]);
    text.textContent = txt;
    if (!(window.crypto && crypto.subtle)) { check.textContent = "This browser cannot compute sha256 here (it needs https); check the download with sha256sum."; return; }
    const got = await sha256Hex(raw);
    check.textContent = got === c.sha256 ? `✓ The ${raw.byteLength} bytes served hash to sha256 ${got}, as cited.` : `✗ The bytes served hash to ${got}, not ${c.sha256}.`;
    check.className = got === c.sha256 ? "check-result ok" : "check-result error";
    check.dataset.sha256 = got;
  } catch (err) { box.replaceChildren(el("h1", {}, "Archived capture"), el("p", { class: "error" }, err.message)); }
}

// ---- start page, entity page ----

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
    el("p", { class: "muted" }, "Ranked by PageRank over the typed links, stronger evidence counting for more (official 1, reported 0.8, alleged 0.5). Open an entity to see its network, owners, complicity paths and the quotes behind every link, or find paths between two entities."),
    el("div", { class: "two" }, list("Person", "People"), list("Company", "Companies")));
}

function setFeedLink(id, name) {
  for (const l of document.querySelectorAll("link[rel=alternate]")) l.remove();
  if (id) document.head.append(el("link", { rel: "alternate", type: "application/atom+xml", title: "scamgraph: " + name, href: "/feeds/entities/" + encodeURIComponent(id) + ".atom" }));
}

// prefetchGraph asks for the diagram's first answer at once, beside the entity's details.
function prefetchGraph(id, f, depth) {
  const url = "/api/entities/" + encodeURIComponent(id) + "/graph?" + filterParams(f, { depth: String(depth) });
  const answer = api(url);
  answer.catch(() => {}); // the diagram reports the error when it reads the answer
  palette().catch(() => {});
  return { url, answer };
}

async function showEntity(id, q) {
  const box = $("#detail");
  const f = filters(q);
  box.replaceChildren(el("p", { class: "muted" }, "Loading…"));
  const prefetched = prefetchGraph(id, f, 2);
  try {
    const d = await api("/api/entities/" + encodeURIComponent(id));
    const e = d.entity || d;
    document.title = e.name + " · scamgraph";
    setFeedLink(e.id, e.name);
    const rels = d.relations || [];
    // Co-mentions are listed (not drawn) unless the filters ask for particular links.
    const allTyped = rels.filter((r) => r.predicate !== "MENTIONED_WITH");
    const typed = allTyped.filter((r) => passes(f, r));
    const co = rels.filter((r) => r.predicate === "MENTIONED_WITH" && passes({ ...f, min_grade: "co-mentioned" }, r) &&
      (f.predicates.length ? f.predicates.includes("MENTIONED_WITH") : f.min_grade === "alleged" || f.min_grade === "co-mentioned"));
    const hidden = allTyped.length - typed.length;
    const feed = "/feeds/entities/" + encodeURIComponent(e.id) + ".atom";
    const diagram = new Diagram(e.id, f, { prefetched });
    box.replaceChildren(...[
      el("h1", {}, e.name, typeBadge(e.type)),
      el("div", { class: "muted" }, "id " + e.id),
      (e.aliases && e.aliases.length) ? el("p", { class: "aliases" }, "Also known as: " + e.aliases.join(" · ")) : null,
      (e.identifiers && e.identifiers.length) ? el("p", { class: "aliases" }, "Identifiers: " + e.identifiers.map((x) => `${x.scheme} ${x.value}`).join(" · ")) : null,
      el("p", { class: "actions" },
        el("a", { href: feed, class: "btn follow", type: "application/atom+xml", title: "Atom feed of new evidence, new ties and grade changes" }, "Follow (Atom feed)"), " ",
        el("a", { href: "/api/brief?" + new URLSearchParams({ ids: e.id, format: "html" }), class: "btn", target: "_blank", rel: "noopener" }, "Brief"), " ",
        el("a", { href: "/api/brief?" + new URLSearchParams({ ids: e.id, format: "pdf" }), class: "btn", target: "_blank", rel: "noopener" }, "Brief (PDF)"), " ",
        el("button", { type: "button", class: "small", id: "print" }, "Print")),
      pathFinder(e),
      filterBar(f),
      hidden ? el("p", { class: "muted" }, `${hidden} of ${allTyped.length} typed links hidden by the filters.`) : null,
      diagram.element(),
      (e.type === "Compound" || e.type === "Company") ? ownersPanel(e, f) : null,
      e.type === "Compound" ? complicityPanel(e, f) : null,
      el("h2", {}, `Typed relations (${typed.length})`),
      typed.length ? null : el("p", { class: "muted" }, "No typed relation within the filters."),
      ...typed.map(relationBlock),
      co.length ? el("h2", {}, `Named together with (${co.length})`) : null,
      ...co.map(relationBlock),
      (d.documents && d.documents.length) ? el("h2", {}, `Documents naming ${e.name} (${d.documents.length})`) : null,
      ...(d.documents || []).map((doc) => {
        const href = safeHref(doc.url);
        return el("div", { class: "hit" },
          href ? el("a", { href, rel: "noopener noreferrer nofollow", target: "_blank" }, doc.title || doc.url) : (doc.title || doc.url),
          el("div", { class: "muted" }, [doc.source, doc.published ? day(doc.published) : ""].filter(Boolean).join(" · "), " ",
            doc.capture ? el("a", { href: captureLink(doc.capture), class: "capture" }, "archived capture") : null));
      })].filter(Boolean));
    $("#print").addEventListener("click", () => window.print());
    await diagram.start();
    box.dataset.ready = "1";
  } catch (err) { box.replaceChildren(el("p", { class: "error" }, err.message)); }
}

function route() {
  const { kind, args, q } = state();
  // A view still loading for the previous address writes into the node it started with: a
  // fresh node here leaves such a late answer detached instead of drawn over the view now shown.
  const old = $("#detail");
  const box = old.cloneNode(false);
  old.replaceWith(box);
  document.body.dataset.view = kind || "home";
  delete box.dataset.ready;
  $("#q").value = q.get("q") || "";
  $("#type").value = q.get("type") || "";
  search(q.get("q") || "", q.get("type") || "");
  document.title = "scamgraph explorer";
  setFeedLink(null);
  window.scrollTo(0, 0);
  if (kind === "entity" && args[0]) { showEntity(args[0], q); return; }
  if (kind === "graph" && args[0]) { showGraph(args[0], q); return; }
  if (kind === "paths" && args[0] && args[1]) { showPaths(args[0], args[1], q); return; }
  if (kind === "capture" && args[0]) { showCapture(args[0]); return; }
  box.replaceChildren(
    el("p", { class: "muted" }, "Search for a person, company, compound, organization or place, then follow its links. Every link shows the sentences it rests on."),
    centralOverview());
}

// goSearch puts the search in the URL; the route runs it.
function goSearch() {
  const s = state();
  const base = s.kind ? "#/" + [s.kind, ...s.args.map(encodeURIComponent)].join("/") : "#/search";
  location.hash = base + carry({ q: $("#q").value.trim(), type: $("#type").value });
}

$("#search").addEventListener("submit", (ev) => { ev.preventDefault(); goSearch(); });
$("#type").addEventListener("change", goSearch);
suggester($("#q"), $("#suggest"), () => $("#type").value, (h) => { location.hash = "#/entity/" + encodeURIComponent(h.id) + carry({ q: $("#q").value.trim() }); }, "", true);
window.addEventListener("hashchange", route);
loadStats();
route();
