// calltone web page: three views over the /v1 API, no framework, no build step.
//   #/review            call list (filter, sort, page) and upload
//   #/calls/{id}[?t=ms]  one call: player, timeline, transcript coloured by tone, moments
//   #/coach             the hardest moments of a period across calls, ranked by severity, with clips;
//                       good outcomes apart
//   #/trends            a metric by day or week, per team or agent; agent strain per agent and week
// Everything shown comes from the API; text from calls is only ever set as text, never as HTML.
"use strict";

const SCORES = [
  ["sentiment_customer", "Customer sentiment", "signed"],
  ["sentiment_agent", "Agent sentiment", "signed"],
  ["stress_customer", "Customer stress", "unit"],
  ["stress_agent", "Agent stress", "unit"],
  ["smile_agent", "Agent smile", "unit"],
  ["smile_customer", "Customer smile", "unit"],
];
// A call's status as the API names it (`status` of /v1/calls); one place for the names.
const STATUS = Object.freeze({
  QUEUED: "queued",
  PROCESSING: "processing",
  SUCCEEDED: "succeeded",
  FAILED: "failed",
});
const RTL_LANGUAGES = new Set(["ar", "he", "fa", "ur", "yi", "ps", "sd", "ug"]);
const POLL_MS = 1500;
const PAGE_SIZE = 50;

// ---- small helpers -------------------------------------------------------------------------

/** `h("a", {href: "#"}, "text", child)`: an element; strings become text nodes. */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "dataset") Object.assign(el.dataset, v);
    else if (k === "style") el.style.cssText = v; // CSSOM, which the page's CSP (style-src 'self') allows
    else el.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

const SVG_NS = "http://www.w3.org/2000/svg";
function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== undefined) el.setAttribute(k, v);
  for (const c of children.flat()) if (c !== undefined) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

/** 83456 → "1:23". */
function clock(ms) {
  const t = Math.max(0, Math.round(ms / 1000));
  const hh = Math.floor(t / 3600), mm = Math.floor((t % 3600) / 60), ss = t % 60;
  const pad = (n) => String(n).padStart(2, "0");
  return hh ? `${hh}:${pad(mm)}:${pad(ss)}` : `${mm}:${pad(ss)}`;
}

function formatScore(value, kind) {
  if (value === undefined || value === null) return "–";
  return kind === "signed" ? (value > 0 ? "+" : "") + value.toFixed(2) : value.toFixed(2);
}

function scoreClass(name, value) {
  if (value === undefined || value === null) return "";
  if (name.startsWith("sentiment")) return value >= 0.2 ? "score-good" : value <= -0.2 ? "score-bad" : "";
  if (name.startsWith("stress")) return value >= 0.6 ? "score-bad" : "";
  return "";
}

function localTime(iso) {
  if (!iso) return "–";
  const d = new Date(iso);
  return d.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

/** Vermillion for -1, grey for 0, blue for +1: a pair told apart with deuteranopia and
 *  protanopia (Okabe–Ito), never the only cue (signs and words go with it). */
function sentimentColour(v, alpha = 1) {
  if (v === undefined || v === null) return `rgba(150,150,150,${alpha * 0.5})`;
  const t = Math.max(-1, Math.min(1, v));
  const [r, g, b] = t >= 0 ? mix([150, 150, 150], [0, 114, 178], t) : mix([150, 150, 150], [213, 94, 0], -t);
  return `rgba(${r},${g},${b},${alpha})`;
}
function mix(a, b, t) { return a.map((x, i) => Math.round(x + (b[i] - x) * t)); }

function textDirection(language) {
  return RTL_LANGUAGES.has(language) ? "rtl" : "auto";
}

function daysAgo(n) {
  const d = new Date();
  d.setUTCHours(0, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() - n);
  return d;
}

// ---- API -------------------------------------------------------------------------------------

const KEY_STORAGE = "calltone.apiKey";

class ApiError extends Error {
  constructor(status, body) {
    super(body && body.message ? body.message : `HTTP ${status}`);
    this.status = status;
    this.code = body && body.code;
  }
}

async function api(path, options = {}) {
  const headers = new Headers(options.headers || {});
  const key = localStorage.getItem(KEY_STORAGE);
  if (key) headers.set("Authorization", `Bearer ${key}`);
  const response = await fetch(path, { ...options, headers });
  if (response.status === 401) {
    askForKey();
  }
  if (!response.ok) {
    let body = null;
    try { body = await response.json(); } catch (_) { /* not JSON */ }
    throw new ApiError(response.status, body);
  }
  return options.raw ? response : response.json();
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") q.set(k, v);
  const text = q.toString();
  return text ? `?${text}` : "";
}

function askForKey() {
  const dialog = document.getElementById("key-dialog");
  if (!dialog.open) dialog.showModal();
}

function notice(message, isError = false) {
  const el = document.getElementById("notice");
  el.textContent = message;
  el.className = isError ? "error" : "";
  el.hidden = !message;
}

// ---- router ----------------------------------------------------------------------------------

let leaveView = () => {};

function route() {
  leaveView();
  leaveView = () => {};
  notice("");
  const hash = location.hash || "#/review";
  const [path, search] = hash.slice(1).split("?");
  const params = new URLSearchParams(search || "");
  const view = document.getElementById("view");
  view.replaceChildren();
  let name = path.split("/")[1] || "review";
  const call = path.match(/^\/calls\/([^/]+)$/);
  if (call) {
    name = "review";
    showCall(view, decodeURIComponent(call[1]), params);
  } else if (name === "coach") showCoach(view, params);
  else if (name === "trends") showTrends(view, params);
  else showReview(view, params);
  for (const a of document.querySelectorAll(".top nav a")) {
    if (a.dataset.view === name) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  view.focus();
}

function fail(error) {
  notice(error.message || String(error), true);
}

// ---- Review: the call list and upload ---------------------------------------------------------

function showReview(view, params) {
  const filters = Object.fromEntries(params.entries());
  filters.sort ||= "received_at";
  filters.order ||= "desc";

  const field = (name, label, attrs = {}) =>
    h("label", {}, label, h("input", { name, value: filters[name] || "", ...attrs }));
  const select = (name, label, options) =>
    h("label", {}, label, h("select", { name },
      options.map(([value, text]) => h("option", { value, selected: filters[name] === value }, text))));

  const form = h("form", { class: "panel row", role: "search", "aria-label": "Filter calls", onsubmit: (e) => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(form).entries());
    location.hash = "#/review" + query(data);
  } },
    field("agent_id", "Agent"),
    field("team", "Team"),
    field("from", "From", { type: "date", value: (filters.from || "").slice(0, 10) }),
    field("to", "To", { type: "date", value: (filters.to || "").slice(0, 10) }),
    select("status", "Status", [["", "any"], ...Object.values(STATUS).map((s) => [s, s])]),
    field("language", "Language", { size: 4, placeholder: "en" }),
    select("reviewed", "Reviewed", [["", "any"], ["true", "reviewed"], ["false", "not reviewed"]]),
    field("q", "Transcript search", { type: "search", dir: "auto", placeholder: "a phrase" }),
    select("sort", "Sort by", [["received_at", "received"], ["started_at", "started"], ...SCORES.map(([k, label]) => [k, label]), ["review_score", "Review score"]]),
    select("order", "Order", [["desc", "highest / newest first"], ["asc", "lowest / oldest first"]]),
    h("button", { type: "submit" }, "Apply"));

  const tbody = h("tbody");
  const more = h("button", { type: "button", class: "quiet", hidden: true }, "Load more");
  const headers = [
    h("th", {}, "Started"), h("th", {}, "Agent"), h("th", {}, "Team"), h("th", { class: "num" }, "Length"),
    h("th", {}, "Lang"), h("th", {}, "Status"),
    ...SCORES.slice(0, 5).map(([key, label]) => h("th", { class: "num", "aria-sort": filters.sort === key ? (filters.order === "asc" ? "ascending" : "descending") : undefined },
      h("button", { type: "button", class: "sort", onclick: () => {
        const order = filters.sort === key && filters.order === "desc" ? "asc" : "desc";
        location.hash = "#/review" + query({ ...filters, sort: key, order, cursor: undefined });
      } }, label))),
    h("th", {}, "Abuse"),
    h("th", { "aria-sort": filters.sort === "review_score" ? (filters.order === "asc" ? "ascending" : "descending") : undefined },
      h("button", { type: "button", class: "sort", onclick: () => {
        const order = filters.sort === "review_score" && filters.order === "desc" ? "asc" : "desc";
        location.hash = "#/review" + query({ ...filters, sort: "review_score", order, cursor: undefined });
      } }, "Reviewed")),
  ];
  const table = h("table", { class: "calls", "aria-label": "Calls" }, h("thead", {}, h("tr", {}, headers)), tbody);

  view.append(h("h1", {}, "Calls"), uploadPanel(), form, table, h("p", {}, more));

  let cursor = null;
  const load = async () => {
    more.disabled = true;
    try {
      const apiFilters = { ...filters };
      if (apiFilters.from) apiFilters.from = new Date(apiFilters.from + "T00:00:00Z").toISOString();
      if (apiFilters.to) apiFilters.to = new Date(new Date(apiFilters.to + "T00:00:00Z").getTime() + 86400000).toISOString();
      const page = await api("/v1/calls" + query({ ...apiFilters, limit: PAGE_SIZE, cursor }));
      for (const call of page.calls) {
        tbody.append(callRow(call));
        if (call.match) tbody.append(matchRow(call, headers.length));
      }
      if (!tbody.children.length) tbody.append(h("tr", {}, h("td", { colspan: headers.length, class: "muted" }, "No calls match.")));
      cursor = page.next_cursor;
      more.hidden = !cursor;
    } catch (e) { fail(e); }
    more.disabled = false;
  };
  more.addEventListener("click", load);
  load();
}

function callRow(call) {
  const scores = call.scores || {};
  const href = `#/calls/${encodeURIComponent(call.id)}`;
  // data-label: each cell's heading, shown on a phone where the rows become cards.
  return h("tr", { dataset: { id: call.id } },
    h("td", {}, h("a", { href }, localTime(call.started_at))),
    h("td", { "data-label": "Agent" }, call.agent_id || "–"),
    h("td", { "data-label": "Team" }, call.team || "–"),
    h("td", { class: "num", "data-label": "Length" }, call.duration_ms ? clock(call.duration_ms) : "–"),
    h("td", { "data-label": "Lang" }, call.language || call.language_hint || "–"),
    h("td", { "data-label": "Status" }, h("span", { class: `status ${call.status}` }, call.status)),
    SCORES.slice(0, 5).map(([key, label, kind]) =>
      h("td", { class: `num ${scoreClass(key, scores[key])}`, "data-label": label }, formatScore(scores[key], kind))),
    h("td", { "data-label": "Abuse" }, call.abusive ? h("span", { class: "flag" }, "⚑ abusive") : "–"),
    reviewCell(call));
}

function uploadPanel() {
  const status = h("span", { class: "muted", role: "status" });
  const form = h("form", { class: "panel row", "aria-label": "Upload a recording", onsubmit: async (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const file = data.get("audio");
    if (!file || !file.size) { status.textContent = "Choose a recording first."; return; }
    const params = {};
    for (const k of ["agent_id", "team", "external_id", "language", "speakers"]) if (data.get(k)) params[k] = data.get(k);
    if (data.get("roles")) params.roles = data.get("roles");
    button.disabled = true;
    status.textContent = `Uploading ${file.name}…`;
    try {
      const created = await api("/v1/calls" + query(params), {
        method: "POST",
        body: file,
        headers: { "Content-Type": file.type || "application/octet-stream" },
      });
      status.textContent = "";
      location.hash = `#/calls/${encodeURIComponent(created.id)}`;
    } catch (err) {
      status.textContent = "";
      fail(err);
    }
    button.disabled = false;
  } });
  const button = h("button", { type: "submit" }, "Upload");
  form.append(
    h("label", {}, "Recording", h("input", { type: "file", name: "audio", accept: "audio/*,.wav,.mp3,.flac,.ogg", required: true })),
    h("label", {}, "Agent", h("input", { name: "agent_id" })),
    h("label", {}, "Team", h("input", { name: "team" })),
    h("label", {}, "Channels", h("select", { name: "roles" },
      h("option", { value: "" }, "default (left agent)"),
      h("option", { value: "customer,agent" }, "left customer, right agent"))),
    h("label", {}, "Speakers (mono)", h("select", { name: "speakers" },
      h("option", { value: "" }, "2"),
      ...["1", "3", "4"].map((n) => h("option", { value: n }, n)),
      h("option", { value: "auto" }, "auto"))),
    h("label", {}, "Language", h("input", { name: "language", size: 4, placeholder: "detect" })),
    button, status, nodeNote());
  return form;
}

/** Says so when this server runs no workers (`calltone serve --workers 0`): its uploads wait in
 *  the queue until a worker node takes them. From /readyz (open: no key needed); nothing is shown
 *  on a server with workers. While /readyz does not answer ready (a server still starting, a
 *  store that is busy), it is asked again, 1, 2, 4… s later, for about a minute, as long as the
 *  form is on the page. */
function nodeNote() {
  const note = h("p", { class: "muted node-note", role: "note", hidden: true });
  const ask = (wait) => fetch("/readyz")
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`readyz ${r.status}`))))
    .then((ready) => {
      if (ready.role !== "api") return;
      const queued = Number.isInteger(ready.queued) ? ready.queued : null;
      note.textContent = "Workers: 0 on this node. Uploads wait in the queue until a worker node analyses them"
        + (queued === null ? "." : ` (${queued} ${queued === 1 ? "call" : "calls"} queued now).`);
      note.hidden = false;
    })
    .catch(() => {
      if (wait > 32_000) return;
      setTimeout(() => { if (note.isConnected) ask(wait * 2); }, wait);
    });
  ask(1000);
  return note;
}

// ---- One call ---------------------------------------------------------------------------------

function showCall(view, id, params) {
  const title = h("h1", {}, "Call");
  const body = h("div", {}, h("p", { class: "muted" }, "Loading…"));
  view.append(h("p", {}, h("a", { href: "#/review" }, "← All calls")), title, body);

  let timer = null;
  let objectUrl = null;
  leaveView = () => {
    clearTimeout(timer);
    if (objectUrl) URL.revokeObjectURL(objectUrl);
  };

  const refresh = async () => {
    let call;
    try { call = await api(`/v1/calls/${encodeURIComponent(id)}`); } catch (e) { body.replaceChildren(); fail(e); return; }
    title.textContent = `Call ${call.external_id || call.id}`;
    if (call.status === STATUS.QUEUED || call.status === STATUS.PROCESSING) {
      const again = call.report_stale ? " again with the reviewer's roles (the report below is the previous one)" : "";
      const waiting = call.status === STATUS.QUEUED ? `Waiting for a worker to analyse it${again}…` : `Being analysed${again}…`;
      const previous = call.report_stale ? [speakersBlock(call, call.report, null)].filter(Boolean) : [];
      body.replaceChildren(callMeta(call), h("p", { class: "muted", role: "status" },
        call.report_stale ? waiting : call.status === STATUS.QUEUED ? "Waiting for a worker…" : "Being analysed…"), ...previous);
      timer = setTimeout(refresh, POLL_MS);
      return;
    }
    if (call.status === STATUS.FAILED) {
      body.replaceChildren(callMeta(call), h("p", { class: "panel flag" }, `Analysis failed: ${call.reason || "no reason given"}`));
      return;
    }
    const audio = h("audio", { controls: true, preload: "auto", "aria-label": "Recording" });
    // A reviewer's change of roles queues the call again: show it waiting, and poll.
    const reanalyse = () => { clearTimeout(timer); refresh(); };
    const blocks = callReport(call.report, audio, call, reanalyse);
    // The call in one line first, then who and when, then the rest.
    const headline = blocks[0] && blocks[0].classList.contains("headline") ? [blocks.shift()] : [];
    body.replaceChildren(...headline, callMeta(call), redactionNotice(call.report), ...blocks);
    body.append(scorecardPanel(call, audio));
    try {
      const response = await api(call.audio.url, { raw: true });
      objectUrl = URL.createObjectURL(await response.blob());
      audio.src = objectUrl;
      const t = Number(params.get("t"));
      if (t > 0) audio.addEventListener("loadedmetadata", () => { audio.currentTime = t / 1000; }, { once: true });
    } catch (e) { fail(e); }
  };
  refresh();
}

function callMeta(call) {
  const item = (k, v) => h("div", { class: "card" }, h("div", { class: "k" }, k), h("div", { class: "v" }, v));
  return h("div", { class: "cards", role: "group", "aria-label": "About this call" },
    item("Status", h("span", { class: `status ${call.status}` }, call.status)),
    item("Agent", call.agent_id || "–"),
    item("Team", call.team || "–"),
    item("Started", localTime(call.started_at)),
    item("Length", call.duration_ms ? clock(call.duration_ms) : "–"),
    item("Language", call.language || call.language_hint || "–"));
}

/** The speakers of a mono call (the report's channels that carry a `speaker` label), with
 * their roles and why; `null` on a call without speakers. */
function reportSpeakers(report) {
  return (report.channels || []).filter((c) => c.speaker);
}

/** The "Speakers" block: each speaker's role, how sure and why, and (when `onChange` is given
 * and the call is one agent and one customer) a button that swaps them and analyses the call
 * again. */
function speakersBlock(call, report, onChange) {
  const speakers = reportSpeakers(report);
  if (speakers.length < 2) return null;
  const status = h("span", { class: "muted", role: "status" });
  const rows = speakers.map((c) => h("tr", { dataset: { speaker: c.speaker } },
    h("td", {}, c.speaker),
    h("td", { class: "role" }, c.role),
    h("td", {}, c.role_confidence !== undefined ? formatScore(c.role_confidence) : "–"),
    h("td", {}, c.role_reason || "–"),
    h("td", {}, c.speech_ms !== undefined ? clock(c.speech_ms) : "–")));
  const roles = speakers.map((c) => c.role).sort().join(",");
  const swappable = onChange && speakers.length === 2 && roles === "agent,customer";
  const button = swappable ? h("button", { type: "button", onclick: async () => {
    button.disabled = true;
    status.textContent = "Swapping…";
    try {
      await api(`/v1/calls/${encodeURIComponent(call.id)}/speakers`, {
        method: "PUT",
        body: JSON.stringify({ swap: true }),
        headers: { "Content-Type": "application/json" },
      });
      status.textContent = "";
      onChange();
    } catch (err) {
      status.textContent = "";
      button.disabled = false;
      fail(err);
    }
  } }, "Swap agent and customer") : null;
  return h("section", { class: "speakers", "aria-label": "Speakers" },
    h("h2", {}, "Speakers"),
    h("table", {},
      h("thead", {}, h("tr", {}, ["Speaker", "Role", "Confidence", "Why", "Speech"].map((t) => h("th", {}, t)))),
      h("tbody", {}, rows)),
    button ? h("p", { class: "row" }, button, status) : null);
}

function callReport(report, audio, call, onChange) {
  const turns = report.turns || [];
  const roles = [...new Set((report.channels || []).map((c) => c.role))];
  // The call explained first: one line, the scores against the team's calls, sentiment by quarter.
  const out = [...explainBlocks(report, call, audio)];
  const speakers = call ? speakersBlock(call, report, onChange) : null;
  if (speakers) out.push(speakers);
  const ch = report.characteristics;
  if (ch) {
    const perRole = (map, fmt) => roles.map((r) => `${r} ${map && map[r] !== undefined ? fmt(map[r]) : "–"}`).join(" · ");
    out.push(h("div", { class: "cards" },
      h("div", { class: "card" }, h("div", { class: "k" }, "Talk time"), h("div", { class: "v" }, perRole(ch.talk_time_ms, clock))),
      h("div", { class: "card" }, h("div", { class: "k" }, "Silence · overtalk"), h("div", { class: "v" }, `${clock(ch.non_talk_time_ms || 0)} · ${clock(ch.overtalk_ms || 0)}`)),
      h("div", { class: "card" }, h("div", { class: "k" }, "Interruptions"), h("div", { class: "v" }, perRole(ch.interruptions, String))),
      h("div", { class: "card" }, h("div", { class: "k" }, "Words per minute"), h("div", { class: "v" }, perRole(ch.words_per_minute, (v) => Math.round(v))))));
  }

  out.push(h("h2", {}, "Listen"), h("div", { class: "player" }, audio));
  const timeline = drawTimeline(report, roles, audio);
  out.push(timeline);

  if (report.moments && report.moments.length) {
    out.push(h("h2", {}, "Moments"), h("ul", { class: "moments" }, report.moments.map((m) =>
      h("li", {},
        h("span", { class: "kind" }, m.kind.replace(/_/g, " ")),
        h("button", { type: "button", class: "quiet", onclick: () => playFrom(audio, m.start_ms) }, `▶ ${clock(m.start_ms)}`),
        h("span", {}, m.role ? `${m.role}: ` : "", m.why)))));
  }

  out.push(h("h2", {}, "Transcript"));
  const list = h("ol", { class: "turns" }, turns.map((t) => turnItem(t, audio, call, report)));
  out.push(turns.length ? list : h("p", { class: "muted" }, "No speech was found in this recording."));
  if (report.warnings && report.warnings.length) {
    out.push(h("h2", {}, "Warnings"), h("ul", {}, report.warnings.map((w) => h("li", {}, w))));
  }

  audio.addEventListener("timeupdate", () => {
    const ms = audio.currentTime * 1000;
    for (const li of list.children) {
      const on = ms >= Number(li.dataset.start) && ms < Number(li.dataset.end);
      li.classList.toggle("playing", on);
    }
  });
  return out;
}

function playFrom(audio, ms) {
  audio.currentTime = ms / 1000;
  const played = audio.play();
  if (played && played.catch) played.catch(() => { /* autoplay refused: the position is set */ });
}

/** What each tag of a redacted report stands for (`[CARD]` → "card number"). */
const REDACTED_KINDS = {
  CARD: "card number", PHONE: "phone number", EMAIL: "e-mail address", ID: "ID number",
  IBAN: "bank account number", NAME: "name", DATE_OF_BIRTH: "date of birth", ADDRESS: "address",
};
const REDACTION_TAG = /\[(CARD|PHONE|EMAIL|ID|IBAN|NAME|DATE_OF_BIRTH|ADDRESS)\]/g;

/** A turn's text with each redaction tag (`[CARD]`) shown as a badge: the tag to the eye, kept
 * left-to-right inside Arabic or Hebrew text, and "card number removed" to a screen reader. */
function redactedText(text) {
  const parts = [];
  let at = 0;
  for (const m of (text || "").matchAll(REDACTION_TAG)) {
    const what = REDACTED_KINDS[m[1]];
    parts.push(text.slice(at, m.index), h("bdi", { class: "redacted", dir: "ltr", title: `${what} removed` },
      h("span", { "aria-hidden": "true" }, m[0]), h("span", { class: "sr-only" }, `${what} removed`)));
    at = m.index + m[0].length;
  }
  parts.push((text || "").slice(at));
  return parts;
}

/** "Personal data redacted (3 spans)" above a redacted report: its words hold tags, and the
 * recording served is the masked copy. `null` for a report that was not redacted. */
function redactionNotice(report) {
  const spans = report && report.redactions;
  if (!Array.isArray(spans)) return null;
  const kinds = [...new Set(spans.map((r) => r.kind.replace(/_/g, " ")))].join(", ");
  return h("p", { class: "panel redaction-notice", role: "note" },
    `Personal data redacted (${spans.length} ${spans.length === 1 ? "span" : "spans"})`,
    spans.length ? h("span", { class: "muted" }, `: ${kinds}; the recording has them masked.`) : ".");
}

function turnItem(turn, audio, call, report) {
  const tone = turn.tone;
  const badges = [];
  if (turn.sentiment !== undefined) badges.push(h("span", { class: "badge", title: "words and tone" }, `sentiment ${formatScore(turn.sentiment, "signed")}`));
  if (turn.text_sentiment !== undefined) badges.push(h("span", { class: "badge", title: "words only" }, `words ${formatScore(turn.text_sentiment, "signed")}`));
  if (tone) {
    badges.push(h("span", { class: "badge" }, `stress ${formatScore(tone.stress)}`));
    badges.push(h("span", { class: "badge" }, `smile ${formatScore(tone.smile)}`));
    badges.push(h("span", { class: "badge" }, `arousal ${formatScore(tone.arousal)}`));
    badges.push(h("span", { class: "badge", title: "confidence of the tone scores" }, `conf. ${formatScore(tone.confidence)}`));
  }
  if (turn.loudness !== undefined) badges.push(h("span", { class: "badge" }, `loudness ${Math.round(turn.loudness)}`));
  if (turn.abusive) badges.push(h("span", { class: "badge abusive" }, "abusive"));
  const evidence = turn.evidence && turn.evidence.length
    ? h("details", { onclick: (e) => e.stopPropagation() }, h("summary", {}, "Evidence"), h("ul", {}, turn.evidence.map((e) => h("li", {}, e))))
    : null;
  const play = () => playFrom(audio, turn.start_ms);
  return h("li", {
    class: `turn ${turn.role}`,
    tabindex: 0,
    dataset: { start: turn.start_ms, end: turn.end_ms, id: turn.id },
    style: `background: ${sentimentColour(turn.sentiment ?? turn.text_sentiment, 0.08)}`,
    "aria-label": `${turn.speaker ? `${turn.speaker}, ` : ""}${turn.role} at ${clock(turn.start_ms)}: play`,
    onclick: play,
    onkeydown: (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); play(); } },
  },
    h("div", { class: "who" },
      turn.speaker
        ? h("span", { class: "party" }, h("span", { class: "speaker" }, `${turn.speaker} · `), h("strong", {}, turn.role))
        : h("strong", {}, turn.role),
      `${clock(turn.start_ms)}–${clock(turn.end_ms)}`),
    h("div", { class: "text", dir: textDirection(turn.language), lang: turn.language || undefined }, redactedText(turn.text)),
    badges.length ? h("div", { class: "tone" }, badges) : null,
    evidence,
    call ? correctionControls(turn, call, report) : null);
}

// ---- Corrections -----------------------------------------------------------------------------

// The choices a reviewer has per field: [label, value]; "" leaves the field as it is.
const CORRECTION_CHOICES = {
  smile: [["none", 0], ["some", 0.5], ["strong", 1]],
  stress: [["none", 0], ["some", 0.5], ["strong", 1]],
  sentiment: [["negative", -1], ["neutral", 0], ["positive", 1]],
  abusive: [["yes", true], ["no", false]],
  role: [["agent", "agent"], ["customer", "customer"]],
};

// The labels of the call on screen, fetched once per call view and kept up to date on save.
let shownLabels = { id: null, promise: null };
function labelsOf(callId) {
  if (shownLabels.id !== callId) {
    shownLabels = {
      id: callId,
      promise: api(`/v1/calls/${encodeURIComponent(callId)}/labels`).then((r) => r.labels).catch(() => []),
    };
  }
  return shownLabels.promise;
}

/** A turn's "Correct…" control: the reviewer says which of the turn's smile, stress,
 * sentiment, abusive flag, speaker and role are wrong, with the right value, and saves them as
 * labels (`POST /v1/calls/{id}/labels`). The reviewer's name is asked once and kept in this
 * browser. A turn with corrections says so. */
function correctionControls(turn, call, report) {
  const details = h("details", { class: "correct" });
  const mark = h("span", { class: "badge corrected", hidden: true }, "corrected");
  const markCorrected = (labels) => {
    if (!labels.length) return;
    mark.hidden = false;
    details.closest("li.turn")?.classList.add("corrected");
    mark.title = labels.map((l) => `${l.field} → ${l.reviewer_value} (${l.reviewer})`).join("; ");
  };
  labelsOf(call.id).then((labels) => markCorrected(labels.filter((l) => l.turn_id === turn.id)));
  const speakers = reportSpeakers(report || {}).map((c) => [c.speaker, c.speaker]);
  const choices = { ...CORRECTION_CHOICES, ...(speakers.length ? { speaker: speakers } : {}) };
  const current = {
    smile: turn.tone && formatScore(turn.tone.smile),
    stress: turn.tone && formatScore(turn.tone.stress),
    sentiment: turn.sentiment !== undefined ? formatScore(turn.sentiment, "signed") : undefined,
    abusive: turn.abusive !== undefined ? (turn.abusive ? "yes" : "no") : undefined,
    speaker: turn.speaker,
    role: turn.role,
  };
  const selects = Object.entries(choices).map(([field, options]) => {
    const select = h("select", { name: field },
      h("option", { value: "" }, "as shown"),
      options.map(([text, value], i) => h("option", { value: String(i) }, text)));
    select.dataset.field = field;
    return h("label", {}, `${field}${current[field] !== undefined ? ` (${current[field]})` : ""}`, select);
  });
  const reviewer = h("input", { name: "reviewer", dir: "auto", autocomplete: "name", required: true,
    value: localStorage.getItem(REVIEWER_STORAGE) || "" });
  const status = h("span", { class: "muted", role: "status" });
  const save = h("button", { type: "submit" }, "Save corrections");
  const form = h("form", { "aria-label": `Correct turn ${turn.id}`, onsubmit: async (e) => {
    e.preventDefault();
    const labels = [];
    for (const select of form.querySelectorAll("select")) {
      if (select.value === "") continue;
      const field = select.dataset.field;
      labels.push({ turn_id: turn.id, field, value: choices[field][Number(select.value)][1] });
    }
    const name = reviewer.value.trim();
    if (!labels.length) { status.textContent = "Nothing to save: choose the right value of what is wrong."; return; }
    if (!name) { reviewer.focus(); status.textContent = "Say who you are first."; return; }
    localStorage.setItem(REVIEWER_STORAGE, name);
    save.disabled = true;
    status.textContent = "Saving…";
    try {
      const saved = await api(`/v1/calls/${encodeURIComponent(call.id)}/labels`, {
        method: "POST",
        body: JSON.stringify({ reviewer: name, labels }),
        headers: { "Content-Type": "application/json" },
      });
      const all = await labelsOf(call.id);
      all.push(...saved.labels);
      markCorrected(all.filter((l) => l.turn_id === turn.id));
      for (const select of form.querySelectorAll("select")) select.value = "";
      status.textContent = `Saved ${saved.labels.length} correction${saved.labels.length === 1 ? "" : "s"}.`;
    } catch (err) {
      status.textContent = "";
      fail(err);
    } finally {
      save.disabled = false;
    }
  } },
    h("div", { class: "row" }, selects, h("label", {}, "Reviewer", reviewer)),
    h("p", { class: "row" }, save, status));
  // Clicks and keys inside the form are the form's, not the turn's (which plays).
  details.addEventListener("click", (e) => e.stopPropagation());
  details.addEventListener("keydown", (e) => e.stopPropagation());
  details.append(h("summary", {}, "Correct… ", mark), form);
  return details;
}

/** The tone lines of the timeline: [tone score, colour, dash]; told apart by the dash as well
 *  as the colour. */
const TONE_LINES = [["stress", "#882255", "5 3"], ["smile", "#117733", undefined]];

/** Lanes per role with turns coloured by sentiment (blue positive, orange negative), stress
 * (dashed) and smile (solid) lines, and a playhead; a click seeks. */
function drawTimeline(report, roles, audio) {
  const width = 1000, lane = 46, top = 8, axis = 18;
  const height = top + roles.length * lane + axis;
  const duration = Math.max(1, report.duration_ms);
  const x = (ms) => (ms / duration) * width;
  const svg = s("svg", { class: "timeline", viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": "Timeline of the call: turns per role coloured by sentiment, with stress and smile" });
  roles.forEach((role, i) => {
    const y = top + i * lane;
    svg.append(s("text", { x: 4, y: y + 11 }, role));
    svg.append(s("line", { x1: 0, x2: width, y1: y + lane - 4, y2: y + lane - 4, stroke: "#e4e7ea" }));
    const turns = (report.turns || []).filter((t) => t.role === role);
    for (const t of turns) {
      svg.append(s("rect", { x: x(t.start_ms), y: y + 14, width: Math.max(1.5, x(t.end_ms) - x(t.start_ms)), height: lane - 20,
        fill: sentimentColour(t.sentiment ?? t.text_sentiment, 0.85), rx: 2 },
        s("title", {}, `${role} ${clock(t.start_ms)}: ${t.text}`)));
    }
    for (const [key, colour, dash] of TONE_LINES) {
      const points = turns.filter((t) => t.tone).map((t) =>
        `${x((t.start_ms + t.end_ms) / 2).toFixed(1)},${(y + lane - 6 - t.tone[key] * (lane - 22)).toFixed(1)}`);
      if (points.length > 1) svg.append(s("polyline", { points: points.join(" "), fill: "none", stroke: colour, "stroke-width": 1.6, "stroke-dasharray": dash }));
      for (const p of points) {
        const [cx, cy] = p.split(",");
        svg.append(s("circle", { cx, cy, r: 2.2, fill: colour }));
      }
    }
  });
  const ticks = Math.min(10, Math.max(2, Math.floor(duration / 30000)));
  for (let i = 0; i <= ticks; i++) {
    const ms = (duration * i) / ticks;
    svg.append(s("text", { x: Math.min(width - 30, x(ms)), y: height - 4 }, clock(ms)));
  }
  const head = s("line", { x1: 0, x2: 0, y1: 0, y2: height - axis, stroke: "#2359c4", "stroke-width": 2 });
  svg.append(head);
  audio.addEventListener("timeupdate", () => {
    const px = x(audio.currentTime * 1000);
    head.setAttribute("x1", px);
    head.setAttribute("x2", px);
  });
  svg.addEventListener("click", (e) => {
    const box = svg.getBoundingClientRect();
    playFrom(audio, ((e.clientX - box.left) / box.width) * duration);
  });
  const legend = h("div", { class: "legend" },
    h("span", {}, h("span", { class: "swatch", style: `background:${sentimentColour(1)}` }), "+ positive (blue)"),
    h("span", {}, h("span", { class: "swatch", style: `background:${sentimentColour(-1)}` }), "− negative (orange)"),
    h("span", {}, h("span", { class: "swatch", style: `background:${TONE_LINES[0][1]}` }), "stress (dashed line)"),
    h("span", {}, h("span", { class: "swatch", style: `background:${TONE_LINES[1][1]}` }), "smile (solid line)"));
  return h("div", {}, svg, legend);
}

// ---- Explaining a call: headline, sentiment by quarter, scores against the team's calls ------
// Everything here is built from the report (and, for the bands, /v1/score-bands) only. Text
// from the call is set as text, and inserted call text is isolated (bdi, dir="ltr" for times
// and numbers) so right-to-left transcripts cannot reorder the line around it.

/** −0.7 → "−0.7", 0.5 → "+0.5": one decimal, a true minus sign. */
function signed1(v) {
  const s = Math.abs(v).toFixed(1);
  return s === "0.0" ? "0.0" : (v < 0 ? "−" : "+") + s;
}

/** A sentiment in words: upset, unhappy, neutral, satisfied, happy. */
function sentimentWord(v) {
  if (v <= -0.5) return "upset";
  if (v <= -0.15) return "unhappy";
  if (v < 0.15) return "neutral";
  if (v < 0.5) return "satisfied";
  return "happy";
}

/** 1 → "once", 2 → "twice", n → "n times". */
function times(n) {
  return n === 1 ? "once" : n === 2 ? "twice" : `${n} times`;
}

/** A change of sentiment this large (either way) is a change of mood, not noise. */
const MOOD_CHANGE = 0.3;

/** The customer's sentiment journey, from their first quarter with speech to their last:
 *  "upset → calmer, −0.7 → +0.5"; `null` when not measured. */
function sentimentJourney(quarters) {
  const spoken = (quarters || []).filter((v) => v !== null && v !== undefined);
  if (!spoken.length) return null;
  const first = spoken[0], last = spoken[spoken.length - 1];
  if (spoken.length === 1) return `${sentimentWord(first)}, ${signed1(first)}`;
  const change = last - first;
  let end = sentimentWord(last);
  if (change >= MOOD_CHANGE) end = last >= 0.15 ? "happier" : "calmer";
  else if (change <= -MOOD_CHANGE) end = last <= -0.5 ? "more upset" : "less happy";
  else if (end === sentimentWord(first)) return `${end} throughout, ${signed1(first)} → ${signed1(last)}`;
  return `${sentimentWord(first)} → ${end}, ${signed1(first)} → ${signed1(last)}`;
}

/** The kind of abuse a moment names ("turn 3: curse: 'crap'" → "curse"). */
function abuseKind(why) {
  const m = /^turn \d+: ([a-z ]+):/.exec(why || "");
  return m ? m[1] : "abuse";
}

/** The call in one line, from its report only: the customer's sentiment journey, the agent's
 *  interruptions, abuse with its time, shouting, long silences; what was not measured is
 *  left out. Returns the parts in order, each `{kind, text, at_ms?}` (`at_ms`: where to play
 *  from); `[]` when nothing was measured. */
function callHeadline(report) {
  const parts = [];
  const scores = (report && report.scores) || {};
  const quarters = scores.sentiment_by_quarter || {};
  const journey = sentimentJourney(quarters.customer);
  if (journey) parts.push({ kind: "journey", text: `customer ${journey}` });
  const interruptions = (report && report.characteristics && report.characteristics.interruptions) || {};
  if (interruptions.agent > 0) parts.push({ kind: "interruptions", text: `agent interrupted ${times(interruptions.agent)}` });
  const moments = (report && report.moments) || [];
  for (const m of moments.filter((m) => m.kind === "abuse").slice(0, 3)) {
    const who = m.role && m.role !== "customer" ? `${m.role} ` : "";
    parts.push({ kind: "abuse", text: `${who}${abuseKind(m.why)} at ${clock(m.start_ms)}`, at_ms: m.start_ms });
  }
  const turns = (report && report.turns) || [];
  for (const role of ["customer", "agent"]) {
    const shouted = turns.filter((t) => t.role === role && t.shouting === true);
    if (shouted.length) {
      const text = shouted.length === 1 ? `${role} shouted at ${clock(shouted[0].start_ms)}`
        : `${role} shouted ${times(shouted.length)}, first at ${clock(shouted[0].start_ms)}`;
      parts.push({ kind: "shouting", text, at_ms: shouted[0].start_ms });
    }
  }
  for (const m of moments.filter((m) => m.kind === "long_silence").slice(0, 2)) {
    parts.push({ kind: "silence", text: `${Math.round((m.end_ms - m.start_ms) / 1000)} s of silence at ${clock(m.start_ms)}`, at_ms: m.start_ms });
  }
  return parts;
}

/** The headline as a paragraph: parts joined by " · ", those with a time as buttons that play
 *  from there; `null` when nothing was measured. */
function headlineBlock(report, audio) {
  const parts = callHeadline(report);
  if (!parts.length) return null;
  const items = parts.map((p) => {
    const text = h("bdi", { dir: "ltr" }, p.text);
    return p.at_ms === undefined ? h("span", { class: `part ${p.kind}` }, text)
      : h("button", { type: "button", class: `part link ${p.kind}`, dataset: { at: p.at_ms },
        "aria-label": `${p.text}: play from ${clock(p.at_ms)}`, onclick: () => playFrom(audio, p.at_ms) }, text);
  });
  const line = h("p", { class: "headline" });
  items.forEach((item, i) => { if (i) line.append(h("span", { class: "sep", "aria-hidden": "true" }, " · ")); line.append(item); });
  return line;
}

/** Roles drawn in the quarter chart: their colour (colour-blind safe) and marker shape. */
const ROLE_STYLE = {
  customer: { colour: "#b04a00", marker: "circle" },
  agent: { colour: "#0b5fa5", marker: "square" },
};
const OTHER_ROLE_STYLE = { colour: "#5a4fa0", marker: "triangle" };

/** A marker of `shape` centred on (x, y). */
function marker(shape, x, y, colour, title) {
  const r = 5;
  const el = shape === "square" ? s("rect", { x: x - r, y: y - r, width: 2 * r, height: 2 * r, fill: colour })
    : shape === "triangle" ? s("polygon", { points: `${x},${y - r - 1} ${x + r + 1},${y + r} ${x - r - 1},${y + r}`, fill: colour })
      : s("circle", { cx: x, cy: y, r: r + 0.5, fill: colour });
  el.append(s("title", {}, title));
  return el;
}

/** Sentiment by quarter of the call, one line per role (−1..+1 with the zero line, each
 *  role its own colour and marker shape, quarters without speech left as gaps), with a
 *  text alternative; `null` when the report has none. */
function quarterChart(report) {
  const byRole = (report.scores && report.scores.sentiment_by_quarter) || {};
  const roles = Object.keys(byRole).sort((a, b) => (a === "customer" ? -1 : b === "customer" ? 1 : a.localeCompare(b)));
  if (!roles.length) return null;
  const width = 360, height = 150, left = 34, right = 10, top = 10, bottom = 22;
  const x = (q) => left + ((q + 0.5) / 4) * (width - left - right);
  const y = (v) => top + (1 - (v + 1) / 2) * (height - top - bottom);
  const describe = roles.map((role) => `${role}: ` + byRole[role].map((v, q) =>
    `Q${q + 1} ${v === null || v === undefined ? "no speech" : signed1(v)}`).join(", ")).join("; ");
  const svg = s("svg", { class: "quarters", viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": `Sentiment by quarter of the call, −1 to +1. ${describe}` });
  for (const v of [-1, 0, 1]) {
    svg.append(s("line", { x1: left, x2: width - right, y1: y(v), y2: y(v), stroke: v === 0 ? "#6b7580" : "#e1e4e8",
      "stroke-dasharray": v === 0 ? "4 3" : undefined }));
    svg.append(s("text", { x: 2, y: y(v) + 4 }, v === 0 ? "0" : v > 0 ? "+1" : "−1"));
  }
  for (let q = 0; q < 4; q++) svg.append(s("text", { x: x(q) - 8, y: height - 6 }, `Q${q + 1}`));
  for (const role of roles) {
    const { colour, marker: shape } = ROLE_STYLE[role] || OTHER_ROLE_STYLE;
    const values = byRole[role];
    // Lines only between neighbouring quarters that both have speech: a gap stays a gap.
    for (let q = 0; q < 3; q++) {
      const [a, b] = [values[q], values[q + 1]];
      if (a === null || a === undefined || b === null || b === undefined) continue;
      svg.append(s("line", { class: `seg ${role}`, x1: x(q), y1: y(a), x2: x(q + 1), y2: y(b), stroke: colour, "stroke-width": 2,
        "stroke-dasharray": role === "agent" ? "6 3" : undefined }));
    }
    values.forEach((v, q) => {
      if (v === null || v === undefined) return;
      const m = marker(shape, x(q), y(v), colour, `${role}, quarter ${q + 1}: ${signed1(v)} (${sentimentWord(v)})`);
      m.setAttribute("class", `mark ${role}`);
      svg.append(m);
    });
  }
  const legend = h("div", { class: "legend", "aria-hidden": "true" }, roles.map((role) => {
    const { colour, marker: shape } = ROLE_STYLE[role] || OTHER_ROLE_STYLE;
    const icon = s("svg", { width: 14, height: 14, viewBox: "0 0 14 14" }, marker(shape, 7, 7, colour, role));
    return h("span", {}, icon, ` ${role}${role === "agent" ? " (dashed)" : ""}`);
  }));
  return h("figure", { class: "quarter-chart" },
    h("figcaption", {}, "Sentiment by quarter of the call"), svg, legend);
}

/** The per-call scores of the report, in the order shown: [report field, role, column of
 *  the call list, label, scale kind]. */
const CALL_SCORES = [
  ["sentiment", "customer", "Customer sentiment", "signed"],
  ["stress", "customer", "Customer stress", "unit"],
  ["smile", "customer", "Customer smile", "unit"],
  ["sentiment", "agent", "Agent sentiment", "signed"],
  ["stress", "agent", "Agent stress", "unit"],
  ["smile", "agent", "Agent smile", "unit"],
];

/** Where `value` sits in a band of /v1/score-bands: "low", "medium", "high", or `null` when
 *  the band has no calls. */
function bandOf(value, band) {
  if (!band || !band.n || band.p33 === null || band.p67 === null) return null;
  return value < band.p33 ? "low" : value > band.p67 ? "high" : "medium";
}

/** "team north (41 calls)" or "all calls (41; team south has 4)": whose calls a band is of. */
function bandPopulation(band, team) {
  if (band.population === "team") return `team ${team} (${count(band.n, "call")})`;
  const small = team && band.team_n !== undefined ? `; team ${team} has ${band.team_n}` : "";
  return `all calls (${band.n}${small})`;
}

/** One score: its band in words (with an arrow for the colour-blind), and its number, scale
 *  and population on hover and focus (title, and text shown on focus and read by screen
 *  readers). */
function scoreBand(label, value, kind, band, team) {
  const scale = kind === "signed" ? "−1 to +1" : "0–1";
  const level = bandOf(value, band);
  const detail = `${formatScore(value, kind)} on ${scale}` +
    (level ? ` · ${level} for ${bandPopulation(band, team)}, last 90 days` : band ? " · no calls to compare with" : "");
  const icon = { low: "▼", medium: "■", high: "▲" }[level] || "";
  return h("div", { class: "score" },
    h("span", { class: "k" }, label),
    h("span", { class: `band ${level || "none"}`, tabindex: 0, title: detail, dataset: { value } },
      h("span", { "aria-hidden": "true" }, icon ? `${icon} ` : ""),
      level || formatScore(value, kind),
      h("span", { class: "tip" }, ` (${detail})`)));
}

/** What each role's tone was heard against, in words. */
function toneReferenceWords(ref) {
  return Object.entries(ref || {}).map(([role, kind]) => `${role}: ${{
    profile: "their own voice profile (earlier calls)",
    population: "typical voices (population norms)",
    call: "their own voice in this call only (no cross-call reference)",
  }[kind] || kind}`).join(" · ");
}

/** The report's `scores.why`: one item per score, long ones folded. */
function whyList(why) {
  const entries = Object.entries(why || {});
  if (!entries.length) return null;
  return h("ul", { class: "why" }, entries.map(([key, text]) => {
    const name = key.replace(/[._]/g, " ");
    return h("li", { dataset: { key } }, text.length > 120
      ? h("details", {}, h("summary", {}, h("strong", {}, name), `: ${text.slice(0, 90)}…`), h("p", {}, text))
      : [h("strong", {}, name), `: ${text}`]);
  }));
}

/** The "Scores" section: each per-call score as low / medium / high against the team's calls
 *  of the last 90 days (bands fetched from /v1/score-bands), how each was made
 *  (`scores.why`) and what the tone was heard against. */
function scoresBlock(report, call) {
  const scores = report.scores;
  if (!scores) return null;
  const team = call && call.team;
  const present = CALL_SCORES.filter(([name, role]) => scores[name] && typeof scores[name][role] === "number");
  const grid = h("div", { class: "scores" }, present.map(([name, role, label, kind]) =>
    scoreBand(label, scores[name][role], kind, null, team)));
  const note = h("p", { class: "muted bands-note" }, "Comparing with other calls…");
  const section = h("section", { class: "scores-block", "aria-label": "Scores" },
    h("h2", {}, "Scores"), note, grid,
    scores.tone_reference ? h("p", { class: "muted tone-reference" }, "Tone heard against: ", toneReferenceWords(scores.tone_reference)) : null,
    scores.why ? h("details", { class: "why-block" }, h("summary", {}, "How these scores were made"), whyList(scores.why)) : null);
  (async () => {
    try {
      const bands = await api("/v1/score-bands" + query({ team, days: 90 }));
      grid.replaceChildren(...present.map(([name, role, label, kind]) =>
        scoreBand(label, scores[name][role], kind, bands.scores[`${name}_${role}`], team)));
      const used = [...new Set(present.map(([name, role]) => (bands.scores[`${name}_${role}`] || {}).population))];
      note.textContent = used.includes("team")
        ? `Low, medium and high against team ${team}'s calls of the last 90 days (thirds of them); hover or focus a score for its number.`
        : `Low, medium and high against all calls of the last 90 days (thirds of them${team ? `: team ${team} has fewer than ${bands.min_team_calls} scored calls` : ""}); hover or focus a score for its number.`;
    } catch (e) {
      note.textContent = `Cannot compare with other calls: ${e.message}`;
    }
  })();
  return section;
}

/** The top of a call's report: the headline, the sentiment by quarter and the scores. */
function explainBlocks(report, call, audio) {
  return [headlineBlock(report, audio), scoresBlock(report, call), quarterChart(report)].filter(Boolean);
}

// ---- Coach: the hardest moments across calls, ranked; good outcomes apart ----------------------

/** A moment's kind in words. */
const MOMENT_KINDS = {
  abuse: "Abuse",
  stress_peak: "Stress peak",
  customer_ended_unhappier: "Customer ended unhappier",
  interruptions: "Interruptions",
  long_silence: "Long silence",
};
/** How far before a moment its clip starts. */
const CLIP_LEAD_MS = 2000;
const SEVERITY_CHOICES = [[0.3, "0.3 (every flagged moment)"], [0.5, "0.5 (default)"], [0.7, "0.7"], [0.9, "0.9 (abuse only)"]];

/** "▲▲▲ severity 0.90": the level as a sign and a number, not as colour alone. */
function severityBadge(severity) {
  const level = severity >= 0.85 ? "high" : severity >= 0.6 ? "mid" : "low";
  const signs = { high: "▲▲▲", mid: "▲▲", low: "▲" }[level];
  return h("span", { class: `severity severity-${level}` },
    h("span", { "aria-hidden": "true" }, `${signs} `), `severity ${severity.toFixed(2)}`);
}

function showCoach(view, params) {
  const days = Number(params.get("days") || 30);
  const minSeverity = params.get("min_severity") || "0.5";
  const form = h("form", { class: "panel row", role: "search", "aria-label": "Filter moments", onsubmit: (e) => {
    e.preventDefault();
    location.hash = "#/coach" + query(Object.fromEntries(new FormData(form).entries()));
  } },
    h("label", {}, "Period", h("select", { name: "days" },
      [7, 30, 90, 365].map((d) => h("option", { value: d, selected: d === days }, `last ${d} days`)))),
    h("label", {}, "Team", h("input", { name: "team", value: params.get("team") || "" })),
    h("label", {}, "Agent", h("input", { name: "agent_id", value: params.get("agent_id") || "" })),
    h("label", {}, "Severity at least", h("select", { name: "min_severity" },
      SEVERITY_CHOICES.map(([v, t]) => h("option", { value: v, selected: Number(minSeverity) === v }, t)))),
    h("button", { type: "submit" }, "Show"));
  const results = h("div", {}, h("p", { class: "muted" }, "Loading…"));
  view.append(h("h1", {}, "Coach"), form, results);

  // One recording per call, fetched with the API key on the first clip of that call.
  const recordings = new Map();
  leaveView = () => {
    for (const a of results.querySelectorAll("audio")) a.pause();
    for (const url of recordings.values()) url.then((u) => URL.revokeObjectURL(u), () => {});
  };
  const recording = (id) => {
    if (!recordings.has(id)) {
      recordings.set(id, api(`/v1/calls/${encodeURIComponent(id)}/audio`, { raw: true })
        .then((r) => r.blob()).then((b) => URL.createObjectURL(b)));
    }
    return recordings.get(id);
  };

  (async () => {
    try {
      const data = await api("/v1/moments" + query({
        from: daysAgo(days).toISOString(), team: params.get("team"), agent_id: params.get("agent_id"),
        min_severity: minSeverity, limit: 50,
      }));
      const hardest = h("section", { class: "panel coach-moments", "aria-labelledby": "hardest-title" },
        h("h2", { id: "hardest-title" }, "Hardest moments"),
        h("p", { class: "muted" }, `Moments with severity ${data.min_severity} or more, most severe first: abuse and shouting highest, ` +
          "stress peaks by their stress, interruptions and silences lower (see the README, \"Coach\")."),
        data.moments.length
          ? h("ol", { class: "moments-ranked" }, data.moments.map((m) => coachMoment(m, recording)))
          : h("p", { class: "muted" }, `No moment with severity ${data.min_severity} or more in this period.`));
      const good = h("section", { class: "panel good-outcomes", "aria-labelledby": "good-title" },
        h("h2", { id: "good-title" }, h("span", { "aria-hidden": "true" }, "✓ "), "Good outcomes"),
        data.good_outcomes.length
          ? h("ul", {}, data.good_outcomes.map(goodOutcome))
          : h("p", { class: "muted" }, "No call of this period ended happier or with a smiling agent."));
      results.replaceChildren(hardest, good);
    } catch (e) { results.replaceChildren(); fail(e); }
  })();
}

/** One ranked moment: severity, kind, who and when, the quoted turn, the reason, a clip. */
function coachMoment(m, recording) {
  const call = m.call;
  const at = `#/calls/${encodeURIComponent(call.id)}?t=${Math.round(m.start_ms)}`;
  const clipFrom = Math.max(0, m.start_ms - CLIP_LEAD_MS);
  const audio = h("audio", { controls: true, preload: "none", hidden: true,
    "aria-label": `Clip of ${call.agent_id || "the"} call, ${clock(clipFrom)} to ${clock(m.end_ms)}` });
  const play = h("button", { type: "button", class: "quiet clip" }, `▶ Play clip ${clock(clipFrom)}–${clock(m.end_ms)}`);
  // While a clip plays it stops at the moment's end; played on from the controls after, it does not.
  let clipping = false;
  let stopTimer = null;
  const stopAtEnd = () => {
    if (clipping && audio.currentTime * 1000 >= m.end_ms) { audio.pause(); audio.currentTime = m.end_ms / 1000; }
  };
  audio.addEventListener("timeupdate", stopAtEnd);
  audio.addEventListener("pause", () => { clipping = false; clearTimeout(stopTimer); });
  audio.addEventListener("playing", () => {
    if (!clipping) return;
    // timeupdate comes every quarter second or so: a timer stops the clip on time.
    clearTimeout(stopTimer);
    const left = m.end_ms - audio.currentTime * 1000;
    stopTimer = setTimeout(() => audio.pause(), Math.max(0, left / (audio.playbackRate || 1)));
  });
  play.addEventListener("click", async () => {
    play.disabled = true;
    try {
      for (const other of document.querySelectorAll(".moments-ranked audio")) if (other !== audio) other.pause();
      if (!audio.src) {
        audio.src = await recording(call.id);
        await new Promise((resolve, reject) => {
          audio.addEventListener("loadedmetadata", resolve, { once: true });
          audio.addEventListener("error", () => reject(new Error("cannot load the recording")), { once: true });
          audio.load();
        });
      }
      audio.hidden = false;
      audio.pause();
      audio.currentTime = clipFrom / 1000;
      clipping = true;
      await audio.play();
    } catch (e) { fail(e); }
    play.disabled = false;
  });
  const turn = m.turn;
  return h("li", { class: "coach-moment", dataset: { call: call.id, kind: m.kind, start: m.start_ms, end: m.end_ms, severity: m.severity } },
    h("div", { class: "head" },
      severityBadge(m.severity),
      h("strong", { class: "moment-kind" }, MOMENT_KINDS[m.kind] || m.kind.replace(/_/g, " ")),
      m.role ? h("span", { class: "muted" }, `by the ${m.role}`) : null),
    turn ? h("blockquote", { class: "quote", dir: textDirection(turn.language), lang: turn.language || undefined }, turn.text) : null,
    h("p", { class: "why" }, m.why),
    h("p", { class: "meta muted" },
      `${call.agent_id || "no agent"} · ${call.team || "no team"} · ${localTime(call.started_at)} · at ${clock(m.start_ms)} · `,
      h("a", { href: at }, `Open the call at ${clock(m.start_ms)}`)),
    h("div", { class: "clip-player" }, play, audio));
}

/** One call that went well, shown as good: a sign and words, not colour alone. */
function goodOutcome(g) {
  const words = { customer_ended_happier: "Customer ended happier", agent_smile: "Agent smiled" };
  const call = g.call;
  return h("li", { class: "good-outcome", dataset: { call: call.id } },
    h("span", { class: "good-sign", "aria-hidden": "true" }, "✓"),
    h("strong", {}, g.kinds.map((k) => words[k] || k).join(" · ")),
    h("span", {}, ` — ${g.why.join("; ")} · `),
    h("span", { class: "muted" }, `${call.agent_id || "no agent"} · ${call.team || "no team"} · ${localTime(call.started_at)} · `),
    h("a", { href: `#/calls/${encodeURIComponent(call.id)}?t=${Math.round(g.start_ms)}` }, "Open the call"));
}

// ---- Trends ------------------------------------------------------------------------------------

const METRICS = [
  ["sentiment_customer", "Customer sentiment"],
  ["stress_agent", "Agent stress"],
  ["stress_customer", "Customer stress"],
  ["smile_agent", "Agent smile"],
  ["sentiment_agent", "Agent sentiment"],
  ["abusive", "Abusive calls (share)"],
  ["calls", "Calls"],
  ["review_score", "Review score"],
  ["agent_strain", "Agent strain (stress vs own baseline, abuse absorbed)"],
];
const STRAIN = "agent_strain";

function showTrends(view, params) {
  const metric = params.get("metric") || "sentiment_customer";
  const period = params.get("period") || "day";
  const groupBy = params.get("group_by") || "team";
  const days = Number(params.get("days") || 30);
  const select = (name, label, options, current) => h("label", {}, label, h("select", { name },
    options.map(([v, t]) => h("option", { value: v, selected: String(v) === String(current) }, t))));
  const form = h("form", { class: "panel row", onsubmit: (e) => {
    e.preventDefault();
    location.hash = "#/trends" + query(Object.fromEntries(new FormData(form).entries()));
  } },
    select("metric", "Metric", METRICS, metric),
    metric === STRAIN ? null : select("period", "By", [["day", "day"], ["week", "week"]], period),
    metric === STRAIN ? null : select("group_by", "Per", [["team", "team"], ["agent", "agent"], ["all", "all calls"]], groupBy),
    select("days", "Over", [[7, "7 days"], [30, "30 days"], [90, "90 days"], [365, "a year"]], days),
    h("button", { type: "submit" }, "Show"));
  const chart = h("div", {}, h("p", { class: "muted" }, "Loading…"));
  view.append(h("h1", {}, "Trends"), form, chart);

  (async () => {
    try {
      if (metric === STRAIN) {
        const data = await api("/v1/trends" + query({ metric, from: daysAgo(days).toISOString() }));
        chart.replaceChildren(...strainView(data));
        return;
      }
      const data = await api("/v1/trends" + query({ metric, period, group_by: groupBy, from: daysAgo(days).toISOString() }));
      chart.replaceChildren(...trendChart(data, METRICS.find(([k]) => k === metric)[1], daysAgo(days).getTime()));
    } catch (e) { chart.replaceChildren(); fail(e); }
  })();
}

// Colours told apart with the common colour blindnesses (Okabe–Ito), and each group also has
// its own marker shape and line dash, so no group is told by colour alone.
const PALETTE = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#8f6a00", "#56b4e9", "#000000"];
const MARKERS = ["circle", "square", "triangle", "diamond"];
const DASHES = ["", "6 3", "2 3", "8 3 2 3"];
const DAY_MS = 86400000;

/** The metric's axis title with its scale, and how to write a tick and a value. */
function metricScale(metric, label, values) {
  if (metric.startsWith("sentiment")) return { title: `${label} (−1 … +1)`, lo: -1, hi: 1, ticks: [-1, -0.5, 0, 0.5, 1], fmt: (v) => (v > 0 ? "+" : v < 0 ? "−" : "") + Math.abs(v).toFixed(1), value: (v) => formatScore(v, "signed") };
  if (metric === "abusive") return { title: "Abusive calls (share, 0 … 100 %)", lo: 0, hi: 1, ticks: [0, 0.25, 0.5, 0.75, 1], fmt: (v) => `${Math.round(v * 100)} %`, value: (v) => `${Math.round(v * 100)} %` };
  if (metric === "calls") {
    const top = Math.max(1, ...values);
    const step = Math.max(1, Math.ceil(top / 4));
    const ticks = []; for (let t = 0; t <= top + step - 1; t += step) ticks.push(t);
    return { title: "Calls (count)", lo: 0, hi: ticks[ticks.length - 1], ticks, fmt: (v) => String(v), value: (v) => String(v) };
  }
  if (metric === "review_score") return { title: `${label} (0 … 100 %)`, lo: 0, hi: 100, ticks: [0, 25, 50, 75, 100], fmt: (v) => `${Math.round(v)} %`, value: (v) => `${Math.round(v)} %` };
  return { title: `${label} (0 … 1)`, lo: 0, hi: 1, ticks: [0, 0.25, 0.5, 0.75, 1], fmt: (v) => v.toFixed(2), value: (v) => formatScore(v, "unit") };
}

/** `YYYY-MM-DD` (UTC) → ms, and back. */
function dayMs(day) { return Date.parse(`${day}T00:00:00Z`); }
function isoDay(ms) { return new Date(ms).toISOString().slice(0, 10); }
/** "Nov 16", as the reader's locale writes it, in UTC (the periods' zone). */
function shortDay(ms) { return new Date(ms).toLocaleDateString(undefined, { month: "short", day: "numeric", timeZone: "UTC" }); }

/** A marker of one of MARKERS at (x, y); hollow (the current, partial period) when `hollow`. */
function trendMarker(shape, x, y, colour, hollow) {
  const style = { fill: hollow ? "#ffffff" : colour, stroke: colour, "stroke-width": 2, class: hollow ? "point partial" : "point" };
  const r = 5;
  if (shape === "square") return s("rect", { x: x - r, y: y - r, width: 2 * r, height: 2 * r, ...style });
  if (shape === "triangle") return s("polygon", { points: `${x},${y - r - 1} ${x + r + 1},${y + r} ${x - r - 1},${y + r}`, ...style });
  if (shape === "diamond") return s("polygon", { points: `${x},${y - r - 1} ${x + r + 1},${y} ${x},${y + r + 1} ${x - r - 1},${y}`, ...style });
  return s("circle", { cx: x, cy: y, r, ...style });
}

/** The review list of the calls behind one bucket: its days, and its team or agent. */
function bucketHref(period, periodDays, groupBy, group) {
  const from = period;
  const to = isoDay(dayMs(period) + (periodDays - 1) * DAY_MS);
  const who = group === null || group === undefined ? {} : groupBy === "agent" ? { agent_id: group } : groupBy === "team" ? { team: group } : {};
  return "#/review" + query({ from, to, ...who, status: STATUS.SUCCEEDED, sort: "started_at", order: "asc" });
}

/** A metric per day or week and group, on a time axis: a day without calls is a gap (the line
 *  breaks there), each point says how many calls stand behind it and opens them, and the
 *  current period, still running, is drawn hollow and labelled "so far". `fromMs` is the start
 *  of the window asked for. */
function trendChart(data, label, fromMs) {
  const buckets = data.buckets || [];
  if (!buckets.length) return [h("p", { class: "muted" }, "No calls in this period.")];
  const periodDays = data.period === "week" ? 7 : 1;
  const periodMs = periodDays * DAY_MS;
  const now = Date.now();
  const starts = buckets.map((b) => dayMs(b.period));
  // The window: from the start asked for (or the first bucket) to the end of the last period.
  const t0 = Math.min(fromMs ?? Infinity, ...starts);
  const t1 = Math.max(...starts) + periodMs;
  const groups = [...new Set(buckets.map((b) => b.group ?? "(none)"))];
  const scale = metricScale(data.metric, label, buckets.map((b) => b.value));
  const width = 1000, height = 340, left = 78, right = 16, bottom = 44, top = 16;
  const x = (ms) => left + ((ms - t0) / (t1 - t0)) * (width - left - right);
  const y = (v) => top + (1 - (v - scale.lo) / (scale.hi - scale.lo)) * (height - top - bottom);
  const partial = (b) => dayMs(b.period) <= now && now < dayMs(b.period) + periodMs;
  const periodWord = data.period === "week" ? "week of" : "day";

  const svg = s("svg", { class: "chart trend", viewBox: `0 0 ${width} ${height}`, role: "group",
    "aria-label": `${scale.title} by ${data.period}; each point is a link to its calls` },
    s("title", {}, `${scale.title} by ${data.period}`));
  // y axis: ticks, grid, and its title with the scale.
  for (const v of scale.ticks) {
    svg.append(s("line", { x1: left, x2: width - right, y1: y(v), y2: y(v), stroke: v === 0 && scale.lo < 0 ? "#6b7580" : "#e4e7ea" }));
    svg.append(s("text", { class: "tick y", x: left - 6, y: y(v) + 4, "text-anchor": "end" }, scale.fmt(v)));
  }
  svg.append(s("text", { class: "axis-title y", x: 14, y: (top + height - bottom) / 2, "text-anchor": "middle",
    transform: `rotate(-90 14 ${(top + height - bottom) / 2})` }, scale.title));
  // x axis: dates spaced by time.
  const spanDays = (t1 - t0) / DAY_MS;
  const tickDays = periodDays === 7 ? (spanDays > 120 ? 28 : 7) : spanDays <= 14 ? 1 : spanDays <= 62 ? 7 : 28;
  svg.append(s("line", { x1: left, x2: width - right, y1: height - bottom, y2: height - bottom, stroke: "#6b7580" }));
  for (let t = dayMs(isoDay(t0)); t <= t1; t += tickDays * DAY_MS) {
    svg.append(s("line", { x1: x(t), x2: x(t), y1: height - bottom, y2: height - bottom + 4, stroke: "#6b7580" }));
    svg.append(s("text", { class: "tick x", x: x(t), y: height - bottom + 16, "text-anchor": "middle", "data-day": isoDay(t) }, shortDay(t)));
  }
  svg.append(s("text", { class: "axis-title x", x: (left + width - right) / 2, y: height - 6, "text-anchor": "middle" },
    data.period === "week" ? "Week (from Monday, UTC)" : "Day (UTC)"));

  groups.forEach((g, gi) => {
    const colour = PALETTE[gi % PALETTE.length];
    const shape = MARKERS[gi % MARKERS.length];
    const mine = buckets.filter((b) => (b.group ?? "(none)") === g).sort((a, b) => a.period.localeCompare(b.period));
    const mid = (b) => x(dayMs(b.period) + periodMs / 2);
    // One line per run of consecutive periods: no line across a period without calls.
    let d = "";
    mine.forEach((b, i) => {
      const follows = i > 0 && dayMs(b.period) - dayMs(mine[i - 1].period) === periodMs;
      d += `${follows ? "L" : "M"}${mid(b).toFixed(1)},${y(b.value).toFixed(1)} `;
    });
    svg.append(s("path", { class: "series", d: d.trim(), fill: "none", stroke: colour, "stroke-width": 2,
      "stroke-dasharray": DASHES[gi % DASHES.length] || undefined, "data-group": g }));
    for (const b of mine) {
      const px = mid(b), py = y(b.value), soFar = partial(b);
      // The accessible name starts with the visible count ("3 so far", "4").
      const text = (soFar ? `${b.calls} so far (calls; the ${data.period} is still running)` : count(b.calls, "call")) +
        `: ${g}, ${periodWord} ${b.period}: ${scale.value(b.value)}`;
      const link = s("a", { class: "bucket", href: bucketHref(b.period, periodDays, data.group_by, b.group),
        "aria-label": `${text}. Open these calls.`, "data-period": b.period, "data-group": g, "data-calls": b.calls },
        s("title", {}, `${text}. Open these calls.`),
        trendMarker(shape, px, py, colour, soFar),
        s("text", { class: "count", x: px, y: py - 9, "text-anchor": "middle" }, soFar ? `${b.calls} so far` : String(b.calls)));
      svg.append(link);
    }
  });
  const legend = h("div", { class: "legend" }, groups.map((g, gi) => {
    const key = s("svg", { class: "key", viewBox: "0 0 28 14", width: 28, height: 14, "aria-hidden": "true" },
      s("line", { x1: 0, x2: 28, y1: 7, y2: 7, stroke: PALETTE[gi % PALETTE.length], "stroke-width": 2, "stroke-dasharray": DASHES[gi % DASHES.length] || undefined }),
      trendMarker(MARKERS[gi % MARKERS.length], 14, 7, PALETTE[gi % PALETTE.length], false));
    return h("span", {}, key, g);
  }),
  buckets.some(partial) ? h("span", {}, s("svg", { class: "key", viewBox: "0 0 14 14", width: 14, height: 14, "aria-hidden": "true" }, trendMarker("circle", 7, 7, "#5f6b76", true)),
    "this period so far (still running)") : null,
  h("span", {}, "Numbers over the points: calls behind each. A gap: no calls."));
  const table = h("table", { "aria-label": `${label} by ${data.period}, as a table` },
    h("thead", {}, h("tr", {}, h("th", {}, data.period), h("th", {}, data.group_by), h("th", { class: "num" }, label), h("th", { class: "num" }, "calls"))),
    h("tbody", {}, buckets.map((b) => h("tr", {},
      h("td", {}, h("a", { href: bucketHref(b.period, periodDays, data.group_by, b.group) }, b.period + (partial(b) ? " (so far)" : ""))),
      h("td", {}, b.group ?? "(none)"),
      h("td", { class: "num" }, data.metric === "calls" ? b.value : b.value.toFixed(2)), h("td", { class: "num" }, b.calls)))));
  return [svg, legend, h("details", {}, h("summary", {}, "As a table"), table)];
}

// ---- Agent strain: per agent, weekly stress against their own baseline, abuse absorbed -------

/** "1 call", "2 calls". */
function count(n, word) { return `${n} ${word}${n === 1 ? "" : "s"}`; }

/** The agent-strain answer of /v1/trends: one panel per agent (those wearing down first, as
 *  the API orders them), each with a chart and a table of their weeks. */
function strainView(data) {
  const buckets = data.buckets || [];
  if (!buckets.length) return [h("p", { class: "muted" }, "No analysed calls with an agent in this period.")];
  const periods = [...new Set(buckets.map((b) => b.period))].sort();
  const intro = h("p", { class: "muted" },
    `Line: each week's mean agent stress minus the agent's own baseline (${data.baseline}); above 0, a harder week than usual. ` +
    `Bars: abusive customer turns the agent absorbed. An agent is flagged “wearing down” when the line rose ` +
    `${data.wearing_down_weeks} weeks in a row (weeks with at least ${data.min_week_calls} scored calls) and ended above the baseline.`);
  const worn = data.agents.filter((a) => a.wearing_down).length;
  const summary = h("p", {}, worn ? h("strong", { class: "flag" }, `${worn} of ${data.agents.length} agents wearing down`)
    : `${count(data.agents.length, "agent")}, none wearing down`);
  return [intro, summary, ...data.agents.map((agent) =>
    strainAgent(agent, buckets.filter((b) => b.group === agent.agent_id), periods))];
}

function strainAgent(agent, weeks, periods) {
  const section = h("section", { class: "strain-agent panel", dataset: { agent: agent.agent_id } },
    h("h2", {}, agent.agent_id, agent.wearing_down ? h("span", { class: "flag wearing-down" }, " · wearing down") : null),
    h("p", { class: "muted why" },
      `Baseline ${formatScore(agent.baseline, "unit")} (median of ${count(agent.baseline_calls, "call")}) · ${count(agent.calls, "call")} · ` +
      `${count(agent.abusive_turns, "abusive customer turn")} · ${agent.why}`));
  section.append(strainChart(agent, weeks, periods));
  section.append(voiceProfile(agent.agent_id));
  const reference = (b) => Object.entries(b.tone_reference || {}).map(([k, n]) => `${k} ${n}`).join(", ") || "–";
  section.append(h("table", { "aria-label": `Strain of ${agent.agent_id} per week` },
    h("thead", {}, h("tr", {}, h("th", {}, "week"), h("th", { class: "num" }, "calls"), h("th", { class: "num" }, "stress"),
      h("th", { class: "num" }, "vs baseline"), h("th", { class: "num" }, "abusive turns"), h("th", { class: "num" }, "calls with abuse"),
      h("th", { class: "num" }, "shouting turns"), h("th", {}, "stress measured against"))),
    h("tbody", {}, weeks.map((b) => h("tr", { dataset: { week: b.period } },
      h("td", {}, b.period), h("td", { class: "num" }, b.calls), h("td", { class: "num" }, formatScore(b.stress, "unit")),
      h("td", { class: `num ${b.value > 0 ? "score-bad" : ""}` }, formatScore(b.value, "signed")),
      h("td", { class: "num" }, b.abusive_turns), h("td", { class: "num" }, `${b.calls_with_abuse} of ${b.abuse_assessed_calls}`),
      h("td", { class: "num" }, b.shouting_turns), h("td", {}, reference(b)))))));
  return section;
}

/** The agent's voice profile (what their stress is measured against), fetched when opened. */
function voiceProfile(agentId) {
  const body = h("div", { class: "profile" }, h("p", { class: "muted" }, "Loading…"));
  const details = h("details", { class: "voice-profile" }, h("summary", {}, "Voice profile"), body);
  let loaded = false;
  details.addEventListener("toggle", async () => {
    if (!details.open || loaded) return;
    loaded = true;
    try {
      const p = await api(`/v1/agents/${encodeURIComponent(agentId)}/profile`);
      const state = p.usable ? "in use: this agent's calls are measured against it"
        : `not in use yet: needs ${p.min_calls} calls and ${Math.round(p.min_speech_ms / 1000)} s of speech`;
      body.replaceChildren(
        h("p", {}, `${count(p.calls, "call")}, ${Math.round(p.speech_s)} s of speech (the ${p.max_calls} most recent calls pooled) · `,
          h("strong", {}, state)),
        h("p", { class: "muted" }, `Feature extractor ${p.extractor}` +
          (p.stale_summaries ? ` · ${p.stale_summaries} summaries of an older extractor are being rebuilt` : "")));
    } catch (e) {
      body.replaceChildren(h("p", { class: "muted" }, e.status === 404 ? e.message : `Cannot load the profile: ${e.message}`));
    }
  });
  return details;
}

function strainChart(agent, weeks, periods) {
  const width = 1000, height = 200, left = 78, right = 16, bottom = 40, top = 14;
  const span = Math.max(0.2, ...weeks.map((b) => Math.abs(b.value ?? 0)));
  const maxAbuse = Math.max(1, ...weeks.map((b) => b.abusive_turns));
  const WEEK_MS = 7 * DAY_MS;
  // Weeks on a time axis: a week without calls is a gap, and the line breaks there.
  const t0 = dayMs(periods[0]), t1 = dayMs(periods[periods.length - 1]) + WEEK_MS;
  const slot = (WEEK_MS / (t1 - t0)) * (width - left - right);
  const x = (p) => left + ((dayMs(p) + WEEK_MS / 2 - t0) / (t1 - t0)) * (width - left - right);
  const y = (v) => top + (1 - (v + span) / (2 * span)) * (height - top - bottom);
  const now = Date.now();
  const partial = (b) => dayMs(b.period) <= now && now < dayMs(b.period) + WEEK_MS;
  const svg = s("svg", { class: "chart strain", viewBox: `0 0 ${width} ${height}`, role: "group",
    "aria-label": `${agent.agent_id}: weekly stress against own baseline, and abuse absorbed; each point is a link to its calls` });
  for (const v of [-span, 0, span]) {
    svg.append(s("line", { x1: left, x2: width - right, y1: y(v), y2: y(v), stroke: v === 0 ? "#6b7580" : "#e4e7ea" }));
    svg.append(s("text", { class: "tick y", x: left - 6, y: y(v) + 4, "text-anchor": "end" }, v === 0 ? "usual" : (v > 0 ? "+" : "−") + Math.abs(v).toFixed(2)));
  }
  svg.append(s("text", { class: "axis-title y", x: 14, y: (top + height - bottom) / 2, "text-anchor": "middle",
    transform: `rotate(-90 14 ${(top + height - bottom) / 2})` }, "Stress vs own usual"));
  for (const b of weeks) {
    const barH = (b.abusive_turns / maxAbuse) * (height - top - bottom) * 0.4;
    if (b.abusive_turns) svg.append(s("rect", { class: "abuse", x: x(b.period) - slot * 0.2, width: slot * 0.4,
      y: height - bottom - barH, height: barH, fill: "rgba(213,94,0,0.3)", stroke: "#d55e00", "stroke-dasharray": "3 2" },
      s("title", {}, `${b.period}: ${b.abusive_turns} abusive customer turns`)));
  }
  const step = Math.max(1, Math.ceil(periods.length / 10));
  periods.forEach((p, i) => { if (i % step === 0) svg.append(s("text", { class: "tick x", x: x(p), y: height - bottom + 16, "text-anchor": "middle" }, shortDay(dayMs(p)))); });
  svg.append(s("text", { class: "axis-title x", x: (left + width - right) / 2, y: height - 4, "text-anchor": "middle" }, "Week (from Monday, UTC)"));
  const scored = weeks.filter((b) => b.value !== null && b.value !== undefined);
  const colour = agent.wearing_down ? "#d55e00" : "#0072b2";
  let d = "";
  scored.forEach((b, i) => {
    const follows = i > 0 && dayMs(b.period) - dayMs(scored[i - 1].period) === WEEK_MS;
    d += `${follows ? "L" : "M"}${x(b.period).toFixed(1)},${y(b.value).toFixed(1)} `;
  });
  if (d) svg.append(s("path", { class: "series", d: d.trim(), fill: "none", stroke: colour, "stroke-width": 2,
    "stroke-dasharray": agent.wearing_down ? "6 3" : undefined }));
  for (const b of scored) {
    const soFar = partial(b);
    const text = (soFar ? `${b.stress_calls} so far (calls; the week is still running)` : count(b.stress_calls, "call")) +
      `: week of ${b.period}: ${formatScore(b.value, "signed")} vs usual (stress ${formatScore(b.stress, "unit")})`;
    svg.append(s("a", { class: "bucket", href: bucketHref(b.period, 7, "agent", agent.agent_id), "aria-label": `${text}. Open these calls.` },
      s("title", {}, `${text}. Open these calls.`),
      trendMarker("circle", x(b.period), y(b.value), colour, soFar),
      s("text", { class: "count", x: x(b.period), y: y(b.value) - 9, "text-anchor": "middle" }, soFar ? `${b.stress_calls} so far` : String(b.stress_calls))));
  }
  return svg;
}

// ---- Scorecard: a reviewer's review of one call ------------------------------------------------

/** The reviewer's name, kept in this browser (the scorecard and the corrections use it). */
const REVIEWER_STORAGE = "calltone.reviewer";
const VERDICT_LABELS = { pass: "pass", fail: "fail", needs_coaching: "needs coaching" };

/** "83% · pass", or "not reviewed": a call's review in a list (text, not colour alone). */
function reviewText(review) {
  if (!review) return "not reviewed";
  return `${Math.round(review.score)}% · ${VERDICT_LABELS[review.verdict] || review.verdict}`;
}

/** The list cell of a call's review. */
function reviewCell(call) {
  return h("td", { "data-label": "Review", class: call.review ? "review reviewed" : "review muted", dataset: { review: call.review ? call.review.score : "" } },
    reviewText(call.review));
}

/** Under a call of a transcript search: its first matching turn, a link that plays from it. */
function matchRow(call, columns) {
  const m = call.match;
  return h("tr", { class: "match", dataset: { matchOf: call.id } },
    h("td", { colspan: columns },
      h("a", { href: `#/calls/${encodeURIComponent(call.id)}?t=${m.start_ms}`, "aria-label": `Play the match at ${clock(m.start_ms)}` }, `▶ ${clock(m.start_ms)}`),
      " ", m.role ? h("span", { class: "muted" }, `${m.role}: `) : null,
      h("q", { dir: "auto" }, m.text)));
}

/** The value an answer control holds → the API's answer value (`undefined`: unanswered). */
function answerFromControl(question, raw) {
  if (raw === undefined || raw === null || raw === "") return undefined;
  if (raw === "na") return null;
  if (question.type === "yes_no") return raw === "true";
  if (question.type === "scale") return Number(raw);
  return raw;
}

/** An answer value → the control's value. */
function controlFromAnswer(value) {
  if (value === undefined) return "";
  if (value === null) return "na";
  return String(value);
}

/** Points of one answer: [earned, possible] (possible 0 when not applicable or unanswered). */
function answerPoints(question, value) {
  if (value === undefined || value === null) return [0, value === null ? 0 : question.points];
  if (question.type === "yes_no") return [value ? question.points : 0, question.points];
  if (question.type === "scale") return [question.points * value / question.max, question.points];
  const option = (question.options || []).find((o) => o.value === value);
  return [option ? option.points : 0, question.points];
}

/** The "Scorecard" panel of a call: the card's questions, the machine's pre-filled answers
 *  with their evidence (a button plays from its time), the reviewer's answers, note, verdict,
 *  a running total and Save. */
function scorecardPanel(call, audio) {
  const panel = h("section", { class: "scorecard panel", "aria-labelledby": "scorecard-title" },
    h("h2", { id: "scorecard-title" }, "Scorecard"), h("p", { class: "muted" }, "Loading…"));
  (async () => {
    let data;
    try { data = await api(`/v1/calls/${encodeURIComponent(call.id)}/review`); } catch (e) {
      panel.replaceChildren(h("h2", { id: "scorecard-title" }, "Scorecard"), h("p", { class: "muted" }, e.message));
      return;
    }
    panel.replaceChildren(...scorecardForm(call, data, audio));
  })();
  return panel;
}

function scorecardForm(call, data, audio) {
  const review = data.review;
  const card = review && review.card ? review.card : data.draft.card;
  const machine = data.draft.answers || {};
  const given = {};
  if (review) for (const a of review.answers) given[a.question] = a.value;
  const questions = card.definition.sections.flatMap((s) => s.questions);
  const getters = {};
  const total = h("output", { class: "total", "aria-live": "polite" });
  const status = h("span", { class: "muted", role: "status" });

  const update = () => {
    let earned = 0, possible = 0;
    for (const q of questions) {
      const [e, p] = answerPoints(q, getters[q.id].get());
      earned += e; possible += p;
      getters[q.id].mark();
    }
    const pct = possible ? Math.round((100 * earned) / possible) : 0;
    total.textContent = `Total: ${Math.round(earned * 100) / 100} of ${possible} points (${pct}%)`;
  };

  const questionBlock = (q) => {
    const auto = machine[q.id];
    const initial = q.id in given ? given[q.id] : auto && "value" in auto ? auto.value : undefined;
    const name = `q-${q.id}`;
    const choices = q.type === "yes_no" ? [["true", "Yes"], ["false", "No"]]
      : q.type === "scale" ? Array.from({ length: q.max + 1 }, (_, i) => [String(i), String(i)])
      : q.options.map((o) => [o.value, `${o.label} (${o.points})`]);
    if (q.allow_na) choices.push(["na", "Not applicable"]);
    let control, get;
    if (q.type === "choice") {
      control = h("label", {}, "Answer", h("select", { name, onchange: update },
        h("option", { value: "" }, "—"),
        choices.map(([v, t]) => h("option", { value: v, selected: controlFromAnswer(initial) === v }, t))));
      const sel = control.querySelector("select");
      get = () => answerFromControl(q, sel.value);
    } else {
      control = h("div", { class: "choices", role: "radiogroup", "aria-label": q.text },
        choices.map(([v, t]) => h("label", { class: "choice" },
          h("input", { type: "radio", name, value: v, checked: controlFromAnswer(initial) === v, onchange: update }), t)));
      get = () => {
        const on = control.querySelector("input:checked");
        return answerFromControl(q, on ? on.value : "");
      };
    }
    const mark = h("span", { class: "mark" });
    let evidence = null;
    if (auto) {
      const outcome = { yes: "yes", no: "no", not_applicable: "not applicable", unknown: "unknown" }[auto.outcome] || auto.outcome;
      evidence = h("p", { class: "machine" },
        h("span", { class: "badge" }, `Machine: ${outcome}`), " ", auto.evidence, " ",
        auto.at_ms !== null && auto.at_ms !== undefined
          ? h("button", { type: "button", class: "quiet", "aria-label": `Play the evidence from ${clock(auto.at_ms)}`, onclick: () => playFrom(audio, auto.at_ms) }, `▶ ${clock(auto.at_ms)}`)
          : null);
    }
    getters[q.id] = {
      get,
      mark: () => {
        const value = get();
        if (!auto || !("value" in auto)) mark.textContent = value === undefined ? "not answered" : "";
        else mark.textContent = value === undefined ? "not answered" : value === auto.value ? "machine's answer" : "changed by reviewer";
      },
    };
    return h("fieldset", { class: "question", dataset: auto ? { question: q.id, auto: auto.outcome } : { question: q.id } },
      h("legend", {}, q.text, h("span", { class: "muted" }, ` (${q.points} points)`)),
      evidence, h("div", { class: "row" }, control, mark));
  };

  const reviewer = h("input", { name: "reviewer", required: true, autocomplete: "name",
    value: localStorage.getItem(REVIEWER_STORAGE) || "" });
  const verdict = h("select", { name: "verdict", required: true },
    h("option", { value: "" }, "—"),
    (data.verdicts || Object.keys(VERDICT_LABELS)).map((v) => h("option", { value: v, selected: review && review.verdict === v }, VERDICT_LABELS[v] || v)));
  const note = h("textarea", { name: "note", rows: 3, dir: "auto" }, review && review.note ? review.note : "");
  const save = h("button", { type: "submit" }, "Save review");
  const form = h("form", { class: "review-form", "aria-label": "Review this call", onsubmit: async (e) => {
    e.preventDefault();
    const answers = {};
    const missing = [];
    for (const q of questions) {
      const v = getters[q.id].get();
      if (v === undefined) missing.push(q.text); else answers[q.id] = v;
    }
    if (missing.length) { status.textContent = `Answer every question first: ${missing.join("; ")}`; return; }
    localStorage.setItem(REVIEWER_STORAGE, reviewer.value.trim());
    save.disabled = true;
    status.textContent = "Saving…";
    try {
      const saved = await api(`/v1/calls/${encodeURIComponent(call.id)}/review`, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ reviewer: reviewer.value.trim(), verdict: verdict.value, note: note.value,
          answers, card_id: card.id, card_version: card.version }),
      });
      status.textContent = `Saved by ${saved.reviewer}: ${reviewText(saved)}`;
    } catch (err) {
      status.textContent = "";
      fail(err);
    }
    save.disabled = false;
  } },
    card.definition.sections.map((s) => h("fieldset", { class: "section" }, h("legend", {}, s.title), s.questions.map(questionBlock))),
    h("label", {}, "Note", note),
    h("div", { class: "row" },
      h("label", {}, "Verdict", verdict),
      h("label", {}, "Reviewer", reviewer),
      total, save, status));
  update();
  const about = review
    ? `Reviewed by ${review.reviewer}, ${localTime(review.reviewed_at)}: ${reviewText(review)} (card “${card.title}” version ${card.version}).`
    : `Card “${card.title}” version ${card.version}. Answers marked “Machine” are pre-filled from the report: check them against the recording.`;
  return [h("h2", { id: "scorecard-title" }, "Scorecard"), h("p", { class: "muted" }, about), form];
}

// ---- start ---------------------------------------------------------------------------------

document.getElementById("key-button").addEventListener("click", askForKey);
document.getElementById("key-dialog").addEventListener("close", () => {
  const dialog = document.getElementById("key-dialog");
  if (dialog.returnValue === "save") {
    localStorage.setItem(KEY_STORAGE, document.getElementById("key-input").value.trim());
    route();
  }
});
window.addEventListener("hashchange", route);
route();
