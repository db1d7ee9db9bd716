// calltone web page: three views over the /v1 API, no framework, no build step.
//   #/review            call list (filter, sort, page) and upload
//   #/calls/{id}[?t=ms]  one call: player, timeline, transcript coloured by tone, moments
//   #/coach             the hardest calls of a period per agent, with their worst moments
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

/** Red for -1, grey for 0, green for +1. */
function sentimentColour(v, alpha = 1) {
  if (v === undefined || v === null) return `rgba(150,150,150,${alpha * 0.5})`;
  const t = Math.max(-1, Math.min(1, v));
  const [r, g, b] = t >= 0 ? mix([150, 150, 150], [46, 133, 64], t) : mix([150, 150, 150], [192, 57, 43], -t);
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
    select("sort", "Sort by", [["received_at", "received"], ["started_at", "started"], ...SCORES.map(([k, label]) => [k, label])]),
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
  ];
  const table = h("table", { "aria-label": "Calls" }, h("thead", {}, h("tr", {}, headers)), tbody);

  view.append(h("h1", {}, "Calls"), uploadPanel(), form, table, h("p", {}, more));

  let cursor = null;
  const load = async () => {
    more.disabled = true;
    try {
      const apiFilters = { ...filters };
      if (apiFilters.from) apiFilters.from = new Date(apiFilters.from + "T00:00:00Z").toISOString();
      if (apiFilters.to) apiFilters.to = new Date(new Date(apiFilters.to + "T00:00:00Z").getTime() + 86400000).toISOString();
      const page = await api("/v1/calls" + query({ ...apiFilters, limit: PAGE_SIZE, cursor }));
      for (const call of page.calls) tbody.append(callRow(call));
      if (!tbody.children.length) tbody.append(h("tr", {}, h("td", { colspan: 12, class: "muted" }, "No calls match.")));
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
  return h("tr", { dataset: { id: call.id } },
    h("td", {}, h("a", { href }, localTime(call.started_at))),
    h("td", {}, call.agent_id || "–"),
    h("td", {}, call.team || "–"),
    h("td", { class: "num" }, call.duration_ms ? clock(call.duration_ms) : "–"),
    h("td", {}, call.language || call.language_hint || "–"),
    h("td", {}, h("span", { class: `status ${call.status}` }, call.status)),
    SCORES.slice(0, 5).map(([key, , kind]) =>
      h("td", { class: `num ${scoreClass(key, scores[key])}` }, formatScore(scores[key], kind))),
    h("td", {}, call.abusive ? h("span", { class: "flag" }, "abusive") : ""));
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
    button, status);
  return form;
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
    body.replaceChildren(callMeta(call), ...callReport(call.report, audio, call, reanalyse));
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
  return h("div", { class: "cards", "aria-label": "About this call" },
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
  const out = [];
  const speakers = call ? speakersBlock(call, report, onChange) : null;
  if (speakers) out.push(speakers);

  const scores = report.scores;
  if (scores) {
    const cards = [];
    for (const role of roles) {
      const part = (name, kind) => formatScore(scores[name] && scores[name][role], kind);
      cards.push(h("div", { class: "card", dataset: { role } },
        h("div", { class: "k" }, role),
        h("div", { class: "v" }, `sentiment ${part("sentiment", "signed")} · stress ${part("stress")} · smile ${part("smile")}`)));
    }
    out.push(h("h2", {}, "Scores"), h("div", { class: "cards" }, cards));
  }
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
    h("div", { class: "text", dir: textDirection(turn.language), lang: turn.language || undefined }, turn.text),
    badges.length ? h("div", { class: "tone" }, badges) : null,
    evidence,
    call ? correctionControls(turn, call, report) : null);
}

// ---- Corrections -----------------------------------------------------------------------------

const REVIEWER_STORAGE = "calltone.reviewer";
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

/** Lanes per role with turns coloured by sentiment, stress (red) and smile (gold) lines, and
 * a playhead; a click seeks. */
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
    for (const [key, colour] of [["stress", "#c0392b"], ["smile", "#d4a017"]]) {
      const points = turns.filter((t) => t.tone).map((t) =>
        `${x((t.start_ms + t.end_ms) / 2).toFixed(1)},${(y + lane - 6 - t.tone[key] * (lane - 22)).toFixed(1)}`);
      if (points.length > 1) svg.append(s("polyline", { points: points.join(" "), fill: "none", stroke: colour, "stroke-width": 1.6 }));
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
    h("span", {}, h("span", { class: "swatch", style: `background:${sentimentColour(1)}` }), "positive"),
    h("span", {}, h("span", { class: "swatch", style: `background:${sentimentColour(-1)}` }), "negative"),
    h("span", {}, h("span", { class: "swatch", style: "background:#c0392b" }), "stress"),
    h("span", {}, h("span", { class: "swatch", style: "background:#d4a017" }), "smile"));
  return h("div", {}, svg, legend);
}

// ---- Coach: hardest calls per agent ------------------------------------------------------------

function showCoach(view, params) {
  const days = Number(params.get("days") || 30);
  const by = params.get("by") || "stress_customer";
  const form = h("form", { class: "panel row", onsubmit: (e) => {
    e.preventDefault();
    location.hash = "#/coach" + query(Object.fromEntries(new FormData(form).entries()));
  } },
    h("label", {}, "Period", h("select", { name: "days" },
      [7, 30, 90, 365].map((d) => h("option", { value: d, selected: d === days }, `last ${d} days`)))),
    h("label", {}, "Hardest by", h("select", { name: "by" },
      [["stress_customer", "customer stress"], ["stress_agent", "agent stress"], ["sentiment_customer", "customer sentiment (lowest)"]]
        .map(([v, t]) => h("option", { value: v, selected: v === by }, t)))),
    h("button", { type: "submit" }, "Show"));
  const results = h("div", {}, h("p", { class: "muted" }, "Loading…"));
  view.append(h("h1", {}, "Coach"), form, results);

  (async () => {
    try {
      const order = by.startsWith("sentiment") ? "asc" : "desc";
      const page = await api("/v1/calls" + query({ status: STATUS.SUCCEEDED, from: daysAgo(days).toISOString(), sort: by, order, limit: 40 }));
      const calls = page.calls.filter((c) => c.scores && c.scores[by] !== undefined);
      if (!calls.length) { results.replaceChildren(h("p", { class: "muted" }, "No analysed calls in this period.")); return; }
      const full = await Promise.all(calls.slice(0, 20).map((c) => api(`/v1/calls/${encodeURIComponent(c.id)}`)));
      const byAgent = new Map();
      for (const call of full) {
        const agent = call.agent_id || "(no agent)";
        if (!byAgent.has(agent)) byAgent.set(agent, []);
        byAgent.get(agent).push(call);
      }
      results.replaceChildren(...[...byAgent].map(([agent, list]) => h("section", { class: "coach-agent panel" },
        h("h2", {}, agent),
        list.map((call) => coachCall(call, by)))));
    } catch (e) { results.replaceChildren(); fail(e); }
  })();
}

function coachCall(call, by) {
  const moments = ((call.report && call.report.moments) || []).slice(0, 5);
  const href = (ms) => `#/calls/${encodeURIComponent(call.id)}${ms !== undefined ? `?t=${Math.round(ms)}` : ""}`;
  const [, label, kind] = SCORES.find(([k]) => k === by);
  return h("div", { class: "coach-call", dataset: { id: call.id } },
    h("div", {},
      h("a", { href: href() }, `${localTime(call.started_at)} · ${call.team || "no team"} · ${call.duration_ms ? clock(call.duration_ms) : ""}`),
      call.abusive ? h("span", { class: "flag" }, " · abusive") : null,
      moments.length ? h("ul", { class: "moments" }, moments.map((m) => h("li", {},
        h("span", { class: "kind" }, m.kind.replace(/_/g, " ")),
        h("a", { href: href(m.start_ms) }, `▶ ${clock(m.start_ms)}`),
        h("span", {}, m.why)))) : h("p", { class: "muted" }, "No moments flagged.")),
    h("div", { class: `num ${scoreClass(by, call.scores[by])}` }, `${label} ${formatScore(call.scores[by], kind)}`));
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
      chart.replaceChildren(...trendChart(data, METRICS.find(([k]) => k === metric)[1]));
    } catch (e) { chart.replaceChildren(); fail(e); }
  })();
}

const PALETTE = ["#2359c4", "#c0392b", "#2e8540", "#8e44ad", "#d4a017", "#16a085", "#7f8c8d", "#d35400"];

function trendChart(data, label) {
  const buckets = data.buckets || [];
  if (!buckets.length) return [h("p", { class: "muted" }, "No calls in this period.")];
  const periods = [...new Set(buckets.map((b) => b.period))].sort();
  const groups = [...new Set(buckets.map((b) => b.group ?? "(none)"))];
  const values = buckets.map((b) => b.value);
  const signed = data.metric.startsWith("sentiment");
  const lo = signed ? -1 : 0;
  const hi = data.metric === "calls" ? Math.max(1, ...values) : 1;
  const width = 1000, height = 320, left = 44, bottom = 26, top = 10;
  const x = (i) => left + (periods.length === 1 ? (width - left) / 2 : (i / (periods.length - 1)) * (width - left - 10));
  const y = (v) => top + (1 - (v - lo) / (hi - lo)) * (height - top - bottom);
  const svg = s("svg", { class: "chart", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": `${label} by ${data.period}` });
  for (const v of [lo, (lo + hi) / 2, hi]) {
    svg.append(s("line", { x1: left, x2: width, y1: y(v), y2: y(v), stroke: "#e4e7ea" }));
    svg.append(s("text", { x: 2, y: y(v) + 4 }, data.metric === "calls" ? Math.round(v) : v.toFixed(1)));
  }
  const step = Math.max(1, Math.ceil(periods.length / 10));
  periods.forEach((p, i) => { if (i % step === 0) svg.append(s("text", { x: Math.min(width - 66, x(i) - 30), y: height - 6 }, p)); });
  groups.forEach((g, gi) => {
    const colour = PALETTE[gi % PALETTE.length];
    const points = buckets.filter((b) => (b.group ?? "(none)") === g)
      .map((b) => [x(periods.indexOf(b.period)), y(b.value), b]);
    if (points.length > 1) svg.append(s("polyline", { points: points.map(([px, py]) => `${px},${py}`).join(" "), fill: "none", stroke: colour, "stroke-width": 2 }));
    for (const [px, py, b] of points) svg.append(s("circle", { cx: px, cy: py, r: 3.5, fill: colour },
      s("title", {}, `${g} ${b.period}: ${b.value.toFixed(2)} (${b.calls} calls)`)));
  });
  const legend = h("div", { class: "legend" }, groups.map((g, gi) =>
    h("span", {}, h("span", { class: "swatch", style: `background:${PALETTE[gi % PALETTE.length]}` }), g)));
  const table = h("table", { "aria-label": `${label} by ${data.period}, as a table` },
    h("thead", {}, h("tr", {}, h("th", {}, data.period), h("th", {}, data.group_by), h("th", { class: "num" }, label), h("th", { class: "num" }, "calls"))),
    h("tbody", {}, buckets.map((b) => h("tr", {},
      h("td", {}, b.period), h("td", {}, b.group ?? "(none)"),
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
  const width = 1000, height = 180, left = 44, bottom = 24, top = 10;
  const span = Math.max(0.2, ...weeks.map((b) => Math.abs(b.value ?? 0)));
  const maxAbuse = Math.max(1, ...weeks.map((b) => b.abusive_turns));
  const slot = (width - left - 10) / Math.max(1, periods.length);
  const x = (p) => left + slot * (periods.indexOf(p) + 0.5);
  const y = (v) => top + (1 - (v + span) / (2 * span)) * (height - top - bottom);
  const svg = s("svg", { class: "chart strain", viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": `${agent.agent_id}: weekly stress against own baseline, and abuse absorbed` });
  for (const v of [-span, 0, span]) {
    svg.append(s("line", { x1: left, x2: width, y1: y(v), y2: y(v), stroke: v === 0 ? "#9aa4ad" : "#e4e7ea" }));
    svg.append(s("text", { x: 2, y: y(v) + 4 }, v === 0 ? "usual" : (v > 0 ? "+" : "") + v.toFixed(2)));
  }
  for (const b of weeks) {
    const barH = (b.abusive_turns / maxAbuse) * (height - top - bottom) * 0.4;
    if (b.abusive_turns) svg.append(s("rect", { class: "abuse", x: x(b.period) - slot * 0.2, width: slot * 0.4,
      y: height - bottom - barH, height: barH, fill: "rgba(192,57,43,0.25)" },
      s("title", {}, `${b.period}: ${b.abusive_turns} abusive customer turns`)));
  }
  const step = Math.max(1, Math.ceil(periods.length / 10));
  periods.forEach((p, i) => { if (i % step === 0) svg.append(s("text", { x: Math.min(width - 66, x(p) - 30), y: height - 6 }, p)); });
  const points = weeks.filter((b) => b.value !== null && b.value !== undefined).map((b) => [x(b.period), y(b.value), b]);
  const colour = agent.wearing_down ? "#c0392b" : "#2359c4";
  if (points.length > 1) svg.append(s("polyline", { points: points.map(([px, py]) => `${px},${py}`).join(" "), fill: "none", stroke: colour, "stroke-width": 2 }));
  for (const [px, py, b] of points) svg.append(s("circle", { cx: px, cy: py, r: 3.5, fill: colour },
    s("title", {}, `${b.period}: ${formatScore(b.value, "signed")} vs usual (stress ${formatScore(b.stress, "unit")}, ${b.stress_calls} calls)`)));
  return svg;
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
