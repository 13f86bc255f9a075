// The compliance page: reads the ledger API with the key entered at sign-in.
// No libraries and no network beyond this proxy; the chart is hand-drawn SVG.
"use strict";

const API = "/compliance/api";
const KEY = "tekino-compliance-key";
const SVG = "http://www.w3.org/2000/svg";
const COLOURS = ["#1f6feb", "#d1242f", "#1a7f37", "#9a6700", "#8250df", "#bf3989",
                 "#0a7ea4", "#6e7781", "#fb8500", "#2da44e"];
const $ = (selector) => document.querySelector(selector);
let nextCursor = null;

function key() { return sessionStorage.getItem(KEY); }

async function api(path, options = {}) {
  const headers = { Authorization: "Bearer " + key(), ...(options.headers || {}) };
  const response = await fetch(API + path, { ...options, headers });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error((body.error && body.error.message) || response.statusText);
    error.status = response.status;
    throw error;
  }
  return body;
}

function query(extra = {}) {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData($("#filters"))) {
    if (value) params.set(name, value);
  }
  for (const [name, value] of Object.entries(extra)) if (value) params.set(name, value);
  const text = params.toString();
  return text ? "?" + text : "";
}

function cell(row, text, numeric = false) {
  const td = row.insertCell();
  td.textContent = text === null || text === undefined ? "—" : String(text);
  if (numeric) td.className = "num";
  return td;
}

function pairs(counts) {
  return Object.entries(counts).map(([k, v]) => `${k} ×${v}`).join(", ") || "—";
}

// -- sign-in ------------------------------------------------------------------------

async function signIn(event) {
  event.preventDefault();
  sessionStorage.setItem(KEY, $("#key").value.trim());
  try {
    await start();
  } catch (error) {
    sessionStorage.removeItem(KEY);
    $("#login-error").textContent = error.status === 401 || error.status === 403
      ? "This key is not a compliance key." : error.message;
  }
}

function signOut() {
  sessionStorage.removeItem(KEY);
  location.reload();
}

async function start() {
  const me = await api("/me");
  $("#login").hidden = true;
  $("#dashboard").hidden = false;
  $("#sign-out").hidden = false;
  $("#who").textContent = me.tenant_id ? `tenant ${me.tenant_id}` : "all tenants";
  const select = $("#f-tenant");
  select.replaceChildren();
  if (!me.tenant_id) select.add(new Option("all tenants", ""));
  for (const tenant of me.tenants) select.add(new Option(tenant, tenant));
  await refresh();
}

// -- report, totals and chart ---------------------------------------------------------

async function refresh() {
  $("#error").textContent = "";
  try {
    const [report, page] = await Promise.all([api("/report" + query()),
                                              api("/transfers" + query({ limit: 50 }))]);
    showTotals(report.totals);
    showChart(report.rows);
    showReport(report.rows);
    $("#transfers tbody").replaceChildren();
    showTransfers(page);
  } catch (error) {
    $("#error").textContent = error.message;
  }
}

function showTotals(totals) {
  const cards = [
    ["transfers", "attempts"], ["sent", "sent"], ["client_closed", "sent, client left"],
    ["blocked", "blocked"], ["upstream_error", "upstream errors"],
    ["unknown", "outcome unknown"],
    ["cross_border", "cross-border"], ["with_specific_data", "with specific data"],
  ];
  const box = $("#totals");
  box.replaceChildren();
  for (const [name, label] of cards) {
    const card = document.createElement("div");
    card.className = "card";
    card.dataset.total = name;
    card.innerHTML = "<b></b><span></span>";
    card.querySelector("b").textContent = totals[name];
    card.querySelector("span").textContent = label;
    box.append(card);
  }
  const countries = document.createElement("div");
  countries.className = "card";
  countries.innerHTML = "<b></b><span>destination countries</span>";
  countries.querySelector("b").textContent = totals.countries.join(" ") || "—";
  box.append(countries);
}

function svg(name, attributes, parent) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  if (parent) parent.append(node);
  return node;
}

// Stacked bars: one per month, one segment per destination country, counting the
// transfers whose data left (blocked attempts are not transfers out).
function showChart(rows) {
  const box = $("#chart");
  box.replaceChildren();
  const byMonth = new Map();
  const countries = [];
  for (const row of rows) {
    const left = row.transfers - row.blocked;
    if (!row.country || left <= 0) continue;
    if (!countries.includes(row.country)) countries.push(row.country);
    const month = byMonth.get(row.month) || new Map();
    month.set(row.country, (month.get(row.country) || 0) + left);
    byMonth.set(row.month, month);
  }
  if (byMonth.size === 0) {
    box.textContent = "No transfers left for these filters.";
    return;
  }
  countries.sort();
  const months = [...byMonth.keys()].sort();
  const max = Math.max(...months.map((m) => [...byMonth.get(m).values()].reduce((a, b) => a + b)));
  const width = 720, height = 240, left = 44, bottom = 24, top = 10;
  const band = (width - left - 10) / months.length;
  const scale = (height - bottom - top) / max;
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "presentation" }, box);
  for (const fraction of [0, 0.5, 1]) {
    const y = height - bottom - fraction * max * scale;
    svg("line", { x1: left, x2: width - 10, y1: y, y2: y, stroke: "#d9dee6" }, chart);
    svg("text", { x: left - 6, y: y + 4, "text-anchor": "end", "font-size": 11 }, chart)
      .textContent = Math.round(fraction * max);
  }
  months.forEach((month, i) => {
    let y = height - bottom;
    const x = left + i * band + band * 0.15;
    for (const country of countries) {
      const count = byMonth.get(month).get(country) || 0;
      if (!count) continue;
      const h = count * scale;
      y -= h;
      const bar = svg("rect", {
        x, y, width: band * 0.7, height: h,
        fill: COLOURS[countries.indexOf(country) % COLOURS.length],
        "data-country": country, "data-month": month, "data-count": count,
      }, chart);
      svg("title", {}, bar).textContent = `${month} ${country}: ${count}`;
    }
    svg("text", { x: x + band * 0.35, y: height - 6, "text-anchor": "middle", "font-size": 11 },
        chart).textContent = month;
  });
  const legend = document.createElement("div");
  legend.className = "legend";
  for (const country of countries) {
    const item = document.createElement("span");
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = COLOURS[countries.indexOf(country) % COLOURS.length];
    item.append(swatch, country);
    legend.append(item);
  }
  box.append(legend);
}

function showReport(rows) {
  const body = $("#report tbody");
  body.replaceChildren();
  for (const r of rows) {
    const tr = body.insertRow();
    tr.dataset.country = r.country || "";
    cell(tr, r.tenant_id);
    cell(tr, r.month);
    cell(tr, r.country);
    cell(tr, r.cross_border === null ? null : r.cross_border ? "yes" : "no");
    cell(tr, r.subprocessor_name ? `${r.subprocessor_name} (${r.subprocessor_id})` : null);
    cell(tr, r.safeguards.join(", ") || "—");
    for (const name of ["transfers", "sent", "client_closed", "blocked", "upstream_error",
                        "unknown"]) {
      cell(tr, r[name], true);
    }
    const categories = Object.fromEntries(
      Object.entries(r.categories).map(([k, v]) => [k, v.values]));
    cell(tr, pairs(categories));
    cell(tr, pairs(r.specific_categories));
  }
  if (!rows.length) cell(body.insertRow(), "No transfers match these filters.").colSpan = 14;
}

function showTransfers(page) {
  const body = $("#transfers tbody");
  for (const t of page.data) {
    const tr = body.insertRow();
    cell(tr, t.recorded_at.replace("T", " ").slice(0, 19));
    cell(tr, t.tenant_id);
    cell(tr, t.model);
    cell(tr, t.subprocessor_id);
    cell(tr, t.country);
    cell(tr, pairs(t.entity_counts));
    cell(tr, t.outcome + (t.reason ? ` (${t.reason})` : ""));
    cell(tr, t.http_status, true);
  }
  nextCursor = page.next_cursor;
  $("#more").hidden = !nextCursor;
}

async function more() {
  showTransfers(await api("/transfers" + query({ limit: 50, cursor: nextCursor })));
}

// -- downloads, verification and data-subject trails ---------------------------------

// A signed short-lived link lets the browser stream the file to disk itself.
async function download(format) {
  try {
    const link = await api("/exports" + query({ format }), { method: "POST" });
    const a = document.createElement("a");
    a.href = link.url;
    a.download = "";
    document.body.append(a);
    a.click();
    a.remove();
  } catch (error) {
    $("#error").textContent = error.message;
  }
}

async function verify() {
  const out = $("#verify-result");
  out.textContent = "checking…";
  try {
    const tenant = $("#f-tenant").value;
    const result = await api("/verify" + (tenant ? "?tenant=" + encodeURIComponent(tenant) : ""));
    const broken = result.chains.filter((c) => !c.ok);
    out.className = broken.length ? "error" : "ok";
    out.textContent = broken.length
      ? broken.map((c) => `${c.tenant_id}: ${c.first_break.detail}`).join("; ")
      : `${result.chains.length} chain(s) intact`;
  } catch (error) {
    out.className = "error";
    out.textContent = error.message;
  }
}

async function findSubject(event) {
  event.preventDefault();
  const tenant = $("#f-tenant").value || null;
  try {
    const trail = await api("/subjects", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ value: $("#subject").value, tenant }),
    });
    const body = $("#trail tbody");
    body.replaceChildren();
    for (const d of trail.destinations) {
      const tr = body.insertRow();
      cell(tr, d.tenant_id);
      cell(tr, d.subprocessor_name ? `${d.subprocessor_name} (${d.subprocessor_id})` : null);
      cell(tr, d.country);
      cell(tr, d.transfers, true);
      cell(tr, d.first.slice(0, 10));
      cell(tr, d.last.slice(0, 10));
      cell(tr, d.entity_types.join(", "));
    }
    $("#trail").hidden = trail.destinations.length === 0;
    $("#trail-empty").hidden = trail.destinations.length > 0;
  } catch (error) {
    $("#error").textContent = error.message;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("#login-form").addEventListener("submit", signIn);
  $("#sign-out").addEventListener("click", signOut);
  $("#filters").addEventListener("submit", (e) => { e.preventDefault(); refresh(); });
  $("#filters").addEventListener("reset", () => setTimeout(refresh));
  $("#more").addEventListener("click", more);
  $("#download-csv").addEventListener("click", () => download("csv"));
  $("#download-jsonl").addEventListener("click", () => download("jsonl"));
  $("#verify").addEventListener("click", verify);
  $("#subject-form").addEventListener("submit", findSubject);
  if (key()) start().catch(() => sessionStorage.removeItem(KEY));
});
