// The web page end to end, in headless Chromium, against the real server and the real models:
// upload a sample through the page, wait for its analysis, open the call, play a turn, open
// the coach and trend views. Screenshots are kept in target/ui-artifacts/ as test artefacts.
//
// Needs: target/release/calltone (built), the provisioned models, Chromium (CHROMIUM, default
// /usr/bin/chromium) and playwright-core (npm ci in this folder). `make test` does all that.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const BINARY = process.env.CALLTONE_BIN || path.join(ROOT, "target/release/calltone");
const SAMPLE = path.join(ROOT, "samples/call_en_stereo_8k_ulaw.wav");
const ARTEFACTS = path.join(ROOT, "target/ui-artifacts");
// The server runs with an API key, as any deployment beyond loopback must: the page has to ask
// for it and send it.
const API_KEY = "ui-test-key-0123456789abcdef";
const ANALYSIS_TIMEOUT_MS = 420_000; // generous: a busy 2-core CI machine

let server, base, browser, page, dataDir;

/** Starts `calltone serve` on a free loopback port and resolves with its base URL. */
function startServer() {
  dataDir = mkdtempSync(path.join(tmpdir(), "calltone-ui-"));
  server = spawn(BINARY, ["serve", "--listen", "127.0.0.1:0", "--data-dir", dataDir], {
    cwd: ROOT,
    env: { ...process.env, CALLTONE_API_KEYS: API_KEY },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), 60_000);
    server.stderr.on("data", (chunk) => {
      log += chunk;
      const m = log.match(/listening on (http:\/\/[0-9.:]+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    server.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${log}`)));
  });
}

async function waitReady() {
  for (let i = 0; i < 120; i++) {
    const r = await fetch(`${base}/readyz`).catch(() => null);
    if (r && r.ok) return;
    await new Promise((res) => setTimeout(res, 500));
  }
  throw new Error("server never became ready");
}

async function shot(name) {
  await page.screenshot({ path: path.join(ARTEFACTS, `${name}.png`), fullPage: true });
}

before(async () => {
  mkdirSync(ARTEFACTS, { recursive: true });
  base = await startServer();
  await waitReady();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--autoplay-policy=no-user-gesture-required", "--mute-audio"],
  });
  page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  page.on("pageerror", (e) => { throw e; });
});

after(async () => {
  await browser?.close();
  server?.kill("SIGTERM");
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

let callId;

test("the page asks for the API key the server wants, and then lists calls", async () => {
  await page.goto(`${base}/#/review`);
  const dialog = page.getByRole("dialog", { name: "API key" });
  await dialog.waitFor();
  await dialog.locator("input").fill(API_KEY);
  await dialog.getByRole("button", { name: "Save" }).click();
  await page.getByRole("heading", { name: "Calls" }).waitFor();
  await page.getByText("No calls match.").waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem("calltone.apiKey")), API_KEY);
});

test("a recording uploaded on the review page is analysed and its transcript shown", async () => {
  await page.goto(`${base}/#/review`);
  await page.getByRole("heading", { name: "Calls" }).waitFor();
  await page.setInputFiles("input[name=audio]", SAMPLE);
  await page.fill("form[aria-label='Upload a recording'] input[name=agent_id]", "ana");
  await page.fill("form[aria-label='Upload a recording'] input[name=team]", "north");
  await page.getByRole("button", { name: "Upload" }).click();

  await page.waitForURL(/#\/calls\/[^/?]+$/);
  callId = decodeURIComponent(page.url().split("#/calls/")[1]);
  await page.locator("li.turn").first().waitFor({ timeout: ANALYSIS_TIMEOUT_MS });

  const transcript = (await page.locator("ol.turns").innerText()).toLowerCase();
  for (const words of ["charged twice", "customer service", "name on the account"]) {
    assert.ok(transcript.includes(words), `transcript lacks "${words}":\n${transcript}`);
  }
  const roles = await page.locator("li.turn .who strong").allInnerTexts();
  assert.deepEqual([...new Set(roles.map((r) => r.toLowerCase()))].sort(), ["agent", "customer"]);
  assert.equal(await page.locator("svg.timeline rect").count(), await page.locator("li.turn").count(),
    "one bar on the timeline per turn");
  await shot("call");
});

test("clicking a turn plays the recording from that turn", async () => {
  const turn = page.locator("li.turn").nth(2);
  const startMs = Number(await turn.getAttribute("data-start"));
  await page.waitForFunction(() => document.querySelector("audio").readyState >= 1);
  await turn.click();
  await page.waitForFunction((ms) => {
    const a = document.querySelector("audio");
    return !a.paused && a.currentTime * 1000 >= ms;
  }, startMs, { timeout: 10_000 });
  const at = await page.evaluate(() => document.querySelector("audio").currentTime * 1000);
  assert.ok(at >= startMs && at < startMs + 5_000, `playing at ${at} ms, turn starts at ${startMs} ms`);
  await page.waitForSelector("li.turn.playing");
  await page.evaluate(() => document.querySelector("audio").pause());
});

test("turns can be played from the keyboard", async () => {
  const turn = page.locator("li.turn").nth(1);
  const startMs = Number(await turn.getAttribute("data-start"));
  await turn.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction((ms) => {
    const a = document.querySelector("audio");
    return Math.abs(a.currentTime * 1000 - ms) < 3_000;
  }, startMs);
  await page.evaluate(() => document.querySelector("audio").pause());
});

test("right-to-left languages are shown right to left", async () => {
  const dirs = await page.evaluate(() => ["ar", "he", "el", "en"].map(textDirection));
  assert.deepEqual(dirs, ["rtl", "rtl", "auto", "auto"]);
});

test("the call list shows the analysed call and sorts by a score", async () => {
  await page.goto(`${base}/#/review?agent_id=ana`);
  const row = page.locator(`tr[data-id="${callId}"]`);
  await row.waitFor();
  assert.match(await row.innerText(), /ana\s+north/);
  assert.match(await row.locator(".status").innerText(), /succeeded/);
  await page.getByRole("button", { name: "Customer stress" }).click();
  await page.waitForURL(/sort=stress_customer/);
  await row.waitFor();
  await shot("review");
});

test("the coach view lists the call by its stress, with moments one click from playing", async () => {
  const call = await (await fetch(`${base}/v1/calls/${callId}`, {
    headers: { Authorization: `Bearer ${API_KEY}` },
  })).json();
  assert.equal(typeof call.scores.stress_customer, "number", JSON.stringify(call.scores));
  const moments = call.report.moments;
  assert.ok(moments.length > 0, "the sample call has moments (the customer ends happier)");
  await page.goto(`${base}/#/coach?days=7&by=stress_customer`);
  await page.getByRole("heading", { name: "Coach" }).waitFor();
  const entry = page.locator(`.coach-call[data-id="${callId}"]`);
  await entry.waitFor();
  assert.match(await page.locator(".coach-agent h2").first().innerText(), /ana/);
  assert.equal(await entry.locator(".moments li").count(), Math.min(5, moments.length));
  await shot("coach");
  await entry.locator(".moments a").first().click();
  const t = moments[0].start_ms;
  await page.waitForURL(new RegExp(`#/calls/${callId}\\?t=${t}$`));
  await page.locator("li.turn").first().waitFor();
  await page.waitForFunction((ms) => Math.abs(document.querySelector("audio").currentTime * 1000 - ms) < 500, t);
});

test("the trends view charts calls per team", async () => {
  await page.goto(`${base}/#/trends?metric=calls&period=day&group_by=team&days=7`);
  await page.locator("svg.chart circle").first().waitFor();
  assert.match(await page.locator(".legend").innerText(), /north/);
  await shot("trends");
});
