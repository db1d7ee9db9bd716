//! The durable job queue and report store: one SQLite file (WAL mode) in a data directory;
//! the recordings' bytes live in an [`audio::AudioStore`] (a local directory or a bucket),
//! and the rows name them by key.
//!
//! In: the key of an uploaded recording already in the audio store, and its metadata
//! ([`NewCall`]). Out: call rows ([`CallRow`]) with status `queued` → `processing` →
//! `succeeded` | `failed`, the report JSON, and per-call scores copied out of the report into
//! columns so calls can be filtered, sorted and trended ([`query`]). Times are Unix
//! milliseconds (UTC); scores keep the report's scales (sentiment in [-1, 1], stress and
//! smile in [0, 1]).
//!
//! Back-pressure: [`CallStore::enqueue`] refuses a call once the queue holds its maximum
//! ([`StoreError::QueueFull`]); the count and the insert are one transaction, so the limit
//! holds however many uploads arrive at once.
//!
//! Durability: the caller stores the recording ([`audio::AudioStore::put_file`]: fsynced and
//! renamed into place, or acknowledged by the bucket) before the row is committed, so a `202`
//! means the call survives a crash.
//! A claimed job is `processing` with its attempt count raised; a crash leaves it
//! `processing`, and [`CallStore::recover`] requeues it at the next start, behind the calls
//! waiting then (or fails it once it has had `max_attempts`, so a recording that crashes the
//! process cannot loop forever).
//! Only the claim that is current may write the result ([`CallStore::finish`] checks the
//! attempt number), so a call's report is written once.
//! A crash between an upload's put and its row's commit leaves a recording no call
//! owns; [`audio::sweep_orphans`] removes such recordings at start-up once they are old enough.
//! A claim is returned only once it is committed. A full disk (`ENOSPC`, `EDQUOT`,
//! `SQLITE_FULL`) is told apart from other failures by [`StoreError::is_disk_full`].
//!
//! Each claim is leased to the node that took it ([`lease`]): workers renew it
//! ([`CallStore::renew`]); a call whose lease has passed is given back by the next claim, so
//! the calls of a node that died are taken by the others, and `recover` gives back only
//! this node's calls.
//!
//! Callers see the [`CallStore`] trait (what the workers and the handlers use); [`Store`]
//! is its SQLite implementation and keeps its connections to itself; [`postgres::PgStore`]
//! is its PostgreSQL implementation, for several machines on one database.

pub mod audio;
pub mod bands;
pub mod labels;
pub mod lease;
pub mod moments;
pub mod open;
pub mod postgres;
pub mod query;
pub mod redacted;
pub mod review;
pub mod search;
pub mod webhooks;

use labels::{CalibrationRow, Label, LabelQuery, NewLabel};
use lease::LeaseSettings;
use query::{AgentStrain, ListQuery, Page, StrainBucket, StrainQuery, TrendBucket, TrendQuery};
use review::{ReviewRow, ReviewSummary, StoredCard};
use search::SearchHit;
use webhooks::{WebhookCounts, WebhookEvent, WebhookState};

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSqlOutput, ValueRef};
use rusqlite::{params, Connection, OptionalExtension, ToSql, Transaction, TransactionBehavior};
use serde::Serialize;
use serde_json::Value;

/// How long a connection waits for another's write lock before giving up.
const BUSY_TIMEOUT_MS: u64 = 10_000;

/// Every per-call score column, `<family>_<role>`, copied from the report's
/// `scores.<family>.<role>`.
pub const SCORE_COLUMNS: [&str; 6] = [
    "sentiment_agent",
    "sentiment_customer",
    "stress_agent",
    "stress_customer",
    "smile_agent",
    "smile_customer",
];

/// The tables and indexes; `{statuses}` stands for the values of [`CallStatus::ALL`]
/// ([`schema`]).
const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS calls (
    id                 TEXT PRIMARY KEY,
    external_id        TEXT,
    agent_id           TEXT,
    team               TEXT,
    started_at_ms      INTEGER NOT NULL,
    language_hint      TEXT,
    roles              TEXT,
    received_at_ms     INTEGER NOT NULL,
    status             TEXT NOT NULL CHECK (status IN ({statuses})),
    reason             TEXT,
    attempts           INTEGER NOT NULL DEFAULT 0,
    claimed_at_ms      INTEGER,
    finished_at_ms     INTEGER,
    updated_at_ms      INTEGER NOT NULL,
    audio_path         TEXT,
    audio_bytes        INTEGER NOT NULL,
    content_type       TEXT,
    duration_ms        INTEGER,
    language           TEXT,
    report             TEXT,
    sentiment_agent    REAL,
    sentiment_customer REAL,
    stress_agent       REAL,
    stress_customer    REAL,
    smile_agent        REAL,
    smile_customer     REAL,
    abusive            INTEGER,
    idempotency_key    TEXT,
    queued_at_ms       INTEGER,
    abusive_turns_customer  INTEGER,
    shouting_turns_customer INTEGER,
    tone_reference_agent    TEXT,
    speakers           TEXT,
    speaker_roles      TEXT
);
CREATE INDEX IF NOT EXISTS calls_queue ON calls (status, received_at_ms, id);
CREATE INDEX IF NOT EXISTS calls_started ON calls (started_at_ms, id);
CREATE INDEX IF NOT EXISTS calls_agent ON calls (agent_id, started_at_ms);
CREATE INDEX IF NOT EXISTS calls_team ON calls (team, started_at_ms);
CREATE TABLE IF NOT EXISTS agent_voice_summaries (
    call_id        TEXT PRIMARY KEY,
    agent_id       TEXT NOT NULL,
    extractor      TEXT NOT NULL,
    speech_ms      INTEGER NOT NULL,
    summary        TEXT NOT NULL,
    started_at_ms  INTEGER NOT NULL,
    created_at_ms  INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS voice_summaries_agent
    ON agent_voice_summaries (agent_id, extractor, started_at_ms, call_id);
CREATE TABLE IF NOT EXISTS agent_voices (
    id             INTEGER PRIMARY KEY,
    agent_id       TEXT NOT NULL,
    call_id        TEXT UNIQUE,
    embedding      TEXT NOT NULL,
    created_at_ms  INTEGER NOT NULL,
    heard          TEXT NOT NULL DEFAULT 'ge2e'
);
CREATE INDEX IF NOT EXISTS agent_voices_agent ON agent_voices (agent_id, created_at_ms);
CREATE TABLE IF NOT EXISTS speaker_voices (
    call_id        TEXT NOT NULL,
    speaker        INTEGER NOT NULL,
    agent_id       TEXT NOT NULL,
    embedding      TEXT NOT NULL,
    heard          TEXT NOT NULL,
    created_at_ms  INTEGER NOT NULL,
    PRIMARY KEY (call_id, speaker)
);
CREATE INDEX IF NOT EXISTS speaker_voices_agent ON speaker_voices (agent_id, created_at_ms);
CREATE TABLE IF NOT EXISTS voice_enrolments (
    id             TEXT PRIMARY KEY,
    agent_id       TEXT NOT NULL,
    channel        INTEGER NOT NULL,
    audio_path     TEXT,
    status         TEXT NOT NULL CHECK (status IN ({statuses})),
    reason         TEXT,
    received_at_ms INTEGER NOT NULL,
    finished_at_ms INTEGER
);
CREATE INDEX IF NOT EXISTS voice_enrolments_queue ON voice_enrolments (status, received_at_ms);
CREATE INDEX IF NOT EXISTS voice_enrolments_agent ON voice_enrolments (agent_id, received_at_ms);
";

/// Columns added after the first release, with their type: [`migrate`] adds those an
/// existing database lacks (`CREATE TABLE IF NOT EXISTS` leaves an existing table as it is).
/// `queued_at_ms` is the call's place in the queue: when it joined it (received), or rejoined
/// it behind the calls waiting then (requeued by [`CallStore::recover`] after a crash, or by
/// a reviewer's [`CallStore::requeue_with_speaker_roles`]). `speakers` is the upload's count
/// of speakers of a mono recording (`1`–`4` or `auto`; NULL: the pipeline's default, 2);
/// `speaker_roles` a reviewer's roles per speaker label, a JSON object (`{"S1": "customer"}`).
/// `claimed_by` and `lease_until_ms` are a claim's node and lease ([`lease`]).
const ADDED_COLUMNS: [(&str, &str); 9] = [
    ("idempotency_key", "TEXT"),
    ("queued_at_ms", "INTEGER"),
    ("abusive_turns_customer", "INTEGER"),
    ("shouting_turns_customer", "INTEGER"),
    ("tone_reference_agent", "TEXT"),
    ("speakers", "TEXT"),
    ("speaker_roles", "TEXT"),
    ("claimed_by", "TEXT"),
    ("lease_until_ms", "INTEGER"),
];

/// Fills the columns read out of the reports ([`ExtractedScores`]) for calls stored before
/// those columns existed, from each stored report, in SQL (run once, when [`migrate`] adds
/// them): the same rules as [`ExtractedScores::from_report`] (a count is NULL when no
/// customer turn carries the mark).
const BACKFILL_FROM_REPORTS: &str = "
UPDATE calls SET
    abusive_turns_customer = (
        SELECT CASE WHEN COUNT(json_extract(t.value, '$.abusive')) = 0 THEN NULL
                    ELSE SUM(json_extract(t.value, '$.abusive') = 1) END
        FROM json_each(calls.report, '$.turns') AS t
        WHERE json_extract(t.value, '$.role') = 'customer'),
    shouting_turns_customer = (
        SELECT CASE WHEN COUNT(json_extract(t.value, '$.shouting')) = 0 THEN NULL
                    ELSE SUM(json_extract(t.value, '$.shouting') = 1) END
        FROM json_each(calls.report, '$.turns') AS t
        WHERE json_extract(t.value, '$.role') = 'customer'),
    tone_reference_agent = json_extract(calls.report, '$.scores.tone_reference.agent')
WHERE report IS NOT NULL AND json_valid(report)";

/// Brings an existing database to the current schema, in one write transaction (two
/// processes opening the store at once cannot both add a column): adds the
/// [`ADDED_COLUMNS`] it lacks (a call from before `queued_at_ms` keeps its place: it is
/// set to when the call was received), then the indexes on them. The client's
/// `Idempotency-Key` is unique among the calls stored (SQLite's unique indexes let any
/// number of rows hold NULL). The coach's `call_moments` table, when new, is filled from the
/// stored reports ([`moments::create_table`]).
fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let existing: Vec<String> = {
        let mut stmt = tx.prepare("SELECT name FROM pragma_table_info('calls')")?;
        let names = stmt.query_map([], |r| r.get(0))?;
        names.collect::<Result<_, _>>()?
    };
    let mut backfill = false;
    for (column, kind) in ADDED_COLUMNS {
        if !existing.iter().any(|c| c == column) {
            tx.execute_batch(&format!("ALTER TABLE calls ADD COLUMN {column} {kind}"))?;
            if column == "queued_at_ms" {
                tx.execute_batch("UPDATE calls SET queued_at_ms = received_at_ms")?;
            }
            backfill |= !matches!(
                column,
                "idempotency_key"
                    | "queued_at_ms"
                    | "speakers"
                    | "speaker_roles"
                    | "claimed_by"
                    | "lease_until_ms"
            );
        }
    }
    if backfill {
        tx.execute_batch(BACKFILL_FROM_REPORTS)?;
    }
    moments::create_table(&tx)?;
    tx.execute_batch(
        "CREATE UNIQUE INDEX IF NOT EXISTS calls_idempotency_key ON calls (idempotency_key);
         CREATE INDEX IF NOT EXISTS calls_waiting ON calls (status, queued_at_ms, id);",
    )?;
    let voices: Vec<String> = {
        let mut stmt = tx.prepare("SELECT name FROM pragma_table_info('agent_voices')")?;
        let names = stmt.query_map([], |r| r.get(0))?;
        names.collect::<Result<_, _>>()?
    };
    if !voices.iter().any(|c| c == "heard") {
        // Voices stored before were embedded as recorded.
        tx.execute_batch("ALTER TABLE agent_voices ADD COLUMN heard TEXT NOT NULL DEFAULT 'ge2e'")?;
    }
    review::migrate(&tx)?;
    search::migrate(&tx)?;
    webhooks::migrate(&tx)?;
    keys_from_paths(&tx)?;
    tx.commit()?;
    Ok(())
}

/// Rows written before the audio store ([`audio`]) hold their recording's absolute path in
/// `audio_path`; it now holds the recording's key, which is the path's file name (`<id>`,
/// `<id>.enrol`): the local store (`DATA_DIR/audio`) keeps each recording under that name,
/// so an old data directory keeps working. Rows already holding keys are left as they are.
fn keys_from_paths(tx: &Connection) -> Result<(), StoreError> {
    for table in ["calls", "voice_enrolments"] {
        let rows: Vec<(String, String)> = {
            let mut stmt = tx.prepare(&format!(
                "SELECT id, audio_path FROM {table} WHERE audio_path LIKE '%/%'"
            ))?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<Result<_, _>>()?
        };
        for (id, path) in rows {
            let key = Path::new(&path)
                .file_name()
                .map(|name| name.to_string_lossy().into_owned());
            tx.execute(
                &format!("UPDATE {table} SET audio_path = ?2 WHERE id = ?1"),
                params![id, key],
            )?;
        }
    }
    Ok(())
}

/// The schema, with the status CHECK listing exactly the values of [`CallStatus`].
fn schema() -> String {
    let statuses: Vec<String> = CallStatus::ALL
        .iter()
        .map(|s| format!("'{}'", s.as_str()))
        .collect();
    SCHEMA.replace("{statuses}", &statuses.join(","))
}

/// Where a call is in its life: `queued` → `processing` → `succeeded` | `failed`. Stored,
/// serialised and parsed as its lowercase name ([`CallStatus::as_str`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CallStatus {
    /// Waiting for a worker.
    Queued,
    /// Claimed by a worker, being analysed.
    Processing,
    /// Analysed; the report is stored.
    Succeeded,
    /// Analysis failed; the call's `reason` says why.
    Failed,
}

impl CallStatus {
    /// Every status, in the order of a call's life.
    pub const ALL: [CallStatus; 4] = [
        CallStatus::Queued,
        CallStatus::Processing,
        CallStatus::Succeeded,
        CallStatus::Failed,
    ];

    /// The name stored and shown: `queued`, `processing`, `succeeded`, `failed`.
    pub fn as_str(self) -> &'static str {
        match self {
            CallStatus::Queued => "queued",
            CallStatus::Processing => "processing",
            CallStatus::Succeeded => "succeeded",
            CallStatus::Failed => "failed",
        }
    }

    /// True once the call will not change any more (`succeeded` or `failed`).
    pub fn is_finished(self) -> bool {
        matches!(self, CallStatus::Succeeded | CallStatus::Failed)
    }
}

impl std::fmt::Display for CallStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A name that is not one of [`CallStatus::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not one of {names}", names = CallStatus::ALL.map(CallStatus::as_str).join(", "))]
pub struct UnknownStatus(pub String);

impl std::str::FromStr for CallStatus {
    type Err = UnknownStatus;

    fn from_str(name: &str) -> Result<CallStatus, UnknownStatus> {
        CallStatus::ALL
            .into_iter()
            .find(|s| s.as_str() == name)
            .ok_or_else(|| UnknownStatus(name.to_string()))
    }
}

impl ToSql for CallStatus {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.as_str()))
    }
}

impl FromSql for CallStatus {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<CallStatus> {
        value
            .as_str()?
            .parse()
            .map_err(|e| FromSqlError::Other(Box::new(e)))
    }
}

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// An error of the PostgreSQL store ([`postgres::PgStore`]).
    #[error("database: {0}")]
    Postgres(#[from] ::postgres::Error),
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("stored report is not valid JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// [`CallStore::enqueue`] refused the call: `queued` calls already wait, and at most `max`
    /// may.
    #[error("the queue is full: {queued} calls are waiting (at most {max})")]
    QueueFull { queued: i64, max: usize },
    /// The audio store failed ([`audio::AudioError`]).
    #[error("audio store: {0}")]
    Audio(#[from] audio::AudioError),
}

impl StoreError {
    /// True when the disk (or the user's quota) is full: `ENOSPC` or `EDQUOT` from a file
    /// operation, or SQLite's `SQLITE_FULL` ("database or disk is full"). Such a failure
    /// passes once space is freed, unlike the other errors.
    pub fn is_disk_full(&self) -> bool {
        match self {
            StoreError::Io { source, .. } => is_disk_full_io(source),
            StoreError::Sqlite(e) => e.sqlite_error_code() == Some(rusqlite::ErrorCode::DiskFull),
            // PostgreSQL's `disk_full` (53100): the server's disk is full.
            StoreError::Postgres(e) => e.code() == Some(&::postgres::error::SqlState::DISK_FULL),
            StoreError::Audio(e) => e.is_disk_full(),
            StoreError::Json(_) | StoreError::QueueFull { .. } => false,
        }
    }
}

/// True for `ENOSPC` (no space left on the device) and `EDQUOT` (disk quota exceeded).
pub fn is_disk_full_io(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded
    )
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Milliseconds since the Unix epoch, now.
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

/// A new, time-ordered call id: 12 hex digits of milliseconds then 12 random ones. Within one
/// process the ids only grow: a second id in the same millisecond (or after the clock stepped
/// back) takes the last one's time and its random part plus one, as ULIDs do, so that calls
/// queued in the same millisecond are claimed in the order they came (the queue is ordered by
/// time, then id).
pub fn new_call_id() -> String {
    use std::collections::hash_map::RandomState;
    use std::hash::{BuildHasher, Hasher};
    static LAST: std::sync::Mutex<(u64, u64)> = std::sync::Mutex::new((0, 0));
    const MASK: u64 = 0xffff_ffff_ffff;
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u128(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    let (ms, random) = (now_ms() as u64 & MASK, hasher.finish() & MASK);
    let mut last = LAST.lock().unwrap_or_else(|e| e.into_inner());
    // (0, 0): no id made yet, even with a clock that reads 0 (its random part keeps ids from
    // two processes apart)
    *last = if ms > last.0 || (last.0, last.1) == (0, 0) {
        (ms, random)
    } else if last.1 < MASK {
        (last.0, last.1 + 1)
    } else {
        (last.0 + 1, random) // the random part ran out: the next millisecond
    };
    format!("{:012x}{:012x}", last.0, last.1)
}

/// Call ids are generated by [`new_call_id`]; anything else cannot name a call (and must
/// never reach a file path).
pub fn is_valid_call_id(id: &str) -> bool {
    id.len() == 24 && id.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Metadata given with an upload.
#[derive(Debug, Clone, Default)]
pub struct NewCall {
    pub external_id: Option<String>,
    pub agent_id: Option<String>,
    pub team: Option<String>,
    /// When the call started; the upload time when not given.
    pub started_at_ms: Option<i64>,
    pub language_hint: Option<String>,
    pub roles: Option<Vec<String>>,
    /// How many speakers a mono recording holds: `1`–`4` or `auto` (checked by the API);
    /// `None`: the pipeline's default.
    pub speakers: Option<String>,
    pub content_type: Option<String>,
    /// The recording's size in bytes (what [`audio::AudioStore::put_file`] stored).
    pub audio_bytes: i64,
    /// The client's `Idempotency-Key`: a second upload with the same key gets the call of
    /// the first ([`CallStore::enqueue`]).
    pub idempotency_key: Option<String>,
}

/// One call as stored.
#[derive(Debug, Clone, Serialize)]
pub struct CallRow {
    pub id: String,
    pub external_id: Option<String>,
    pub agent_id: Option<String>,
    pub team: Option<String>,
    pub started_at_ms: i64,
    pub language_hint: Option<String>,
    pub roles: Option<Vec<String>>,
    pub received_at_ms: i64,
    pub status: CallStatus,
    pub reason: Option<String>,
    pub attempts: i64,
    pub claimed_at_ms: Option<i64>,
    pub finished_at_ms: Option<i64>,
    pub updated_at_ms: i64,
    /// The recording's key in the audio store ([`audio`]); `None` for a report imported
    /// without one.
    #[serde(skip)]
    pub audio_key: Option<String>,
    pub audio_bytes: i64,
    pub content_type: Option<String>,
    pub duration_ms: Option<i64>,
    pub language: Option<String>,
    /// Per-call scores copied from the report, by column name; absent until computed.
    pub scores: std::collections::BTreeMap<String, f64>,
    pub abusive: Option<bool>,
    /// The upload's count of speakers of a mono recording (`1`–`4` or `auto`).
    pub speakers: Option<String>,
    /// A reviewer's roles per speaker label (`S1` → `customer`), over the inferred ones.
    pub speaker_roles: Option<std::collections::BTreeMap<String, String>>,
    /// The call's current review, in short (filled by [`CallStore::get`] and the list).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review: Option<ReviewSummary>,
    /// In a list searched by transcript (`ListQuery::text`): the first turn that matches.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub search_hit: Option<SearchHit>,
}

const ROW_COLUMNS: &str = "id, external_id, agent_id, team, started_at_ms, language_hint, roles, \
    received_at_ms, status, reason, attempts, claimed_at_ms, finished_at_ms, updated_at_ms, \
    audio_path, audio_bytes, content_type, duration_ms, language, \
    sentiment_agent, sentiment_customer, stress_agent, stress_customer, smile_agent, smile_customer, abusive, \
    speakers, speaker_roles";

fn row_to_call(row: &rusqlite::Row<'_>) -> rusqlite::Result<CallRow> {
    let roles: Option<String> = row.get(6)?;
    let mut scores = std::collections::BTreeMap::new();
    for (i, column) in SCORE_COLUMNS.iter().enumerate() {
        if let Some(v) = row.get::<_, Option<f64>>(19 + i)? {
            scores.insert(column.to_string(), v);
        }
    }
    Ok(CallRow {
        id: row.get(0)?,
        external_id: row.get(1)?,
        agent_id: row.get(2)?,
        team: row.get(3)?,
        started_at_ms: row.get(4)?,
        language_hint: row.get(5)?,
        roles: roles.map(|r| r.split(',').map(str::to_string).collect()),
        received_at_ms: row.get(7)?,
        status: row.get(8)?,
        reason: row.get(9)?,
        attempts: row.get(10)?,
        claimed_at_ms: row.get(11)?,
        finished_at_ms: row.get(12)?,
        updated_at_ms: row.get(13)?,
        audio_key: row.get(14)?,
        audio_bytes: row.get(15)?,
        content_type: row.get(16)?,
        duration_ms: row.get(17)?,
        language: row.get(18)?,
        scores,
        abusive: row.get::<_, Option<i64>>(25)?.map(|v| v != 0),
        speakers: row.get(26)?,
        // A value this build cannot read is shown as none rather than hiding the call.
        speaker_roles: row
            .get::<_, Option<String>>(27)?
            .and_then(|text| serde_json::from_str(&text).ok()),
        review: None,
        search_hit: None,
    })
}

/// One call's summary of the agent's voice (the tone stage's per-call voice profile, kept
/// as the JSON it serialises to: the store does not read it), for building the agent's
/// voice profile from their earlier calls.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VoiceSummary {
    pub call_id: String,
    pub agent_id: String,
    /// The feature extractor's version that made it; summaries of another version are not
    /// pooled with the current ones.
    pub extractor: String,
    /// The agent's speech behind it.
    pub speech_ms: i64,
    pub summary: Value,
    /// When the call started (its order among the agent's calls).
    pub started_at_ms: i64,
    /// When the summary was stored.
    pub created_at_ms: i64,
}

/// One stored voice of an agent: a unit speaker embedding (the pipeline's voice embedding),
/// learned from a call where the agent had a channel of their own, or enrolled directly.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgentVoice {
    pub agent_id: String,
    /// The call it was learned from; `None` for a voice enrolled directly.
    pub call_id: Option<String>,
    pub embedding: Vec<f32>,
    /// How the embedding was heard (the pipeline's `VOICE_HEARD` when it was stored): only
    /// voices heard alike are compared. `ge2e` for voices stored before this was kept.
    pub heard: String,
    pub created_at_ms: i64,
}

/// The voices of the speakers of one of an agent's mono calls, whichever of them was the
/// agent: what tells the agent apart on their later mono calls while no voice of theirs is
/// enrolled or learned (the voice that recurs: [`crate::speakers::recurring`]).
#[derive(Debug, Clone, PartialEq)]
pub struct CallVoices {
    pub call_id: String,
    /// Unit embeddings, in the call's speaker order.
    pub voices: Vec<Vec<f32>>,
    /// How they were heard (as [`AgentVoice::heard`]).
    pub heard: String,
}

impl CallVoices {
    /// One entry per call from rows of (call, voice, heard), each call's rows together and
    /// in speaker order: how both stores read `speaker_voices`.
    pub(crate) fn grouped(rows: Vec<(String, Vec<f32>, String)>) -> Vec<CallVoices> {
        let mut out: Vec<CallVoices> = Vec::new();
        for (call_id, voice, heard) in rows {
            match out.last_mut() {
                Some(last) if last.call_id == call_id => last.voices.push(voice),
                _ => out.push(CallVoices {
                    call_id,
                    voices: vec![voice],
                    heard,
                }),
            }
        }
        out
    }
}

/// A recording of an agent waiting to become their enrolled voice, or what became of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Enrolment {
    pub id: String,
    pub agent_id: String,
    /// The channel of the recording that holds the agent's voice.
    pub channel: u32,
    /// The recording's key in the audio store; `None` once the enrolment is finished (the
    /// recording is then removed).
    #[serde(skip)]
    pub audio_key: Option<String>,
    pub status: CallStatus,
    pub reason: Option<String>,
    pub received_at_ms: i64,
    pub finished_at_ms: Option<i64>,
}

const ENROLMENT_COLUMNS: &str =
    "id, agent_id, channel, audio_path, status, reason, received_at_ms, finished_at_ms";

fn row_to_enrolment(row: &rusqlite::Row<'_>) -> rusqlite::Result<Enrolment> {
    Ok(Enrolment {
        id: row.get(0)?,
        agent_id: row.get(1)?,
        channel: row.get(2)?,
        audio_key: row.get(3)?,
        status: row.get(4)?,
        reason: row.get(5)?,
        received_at_ms: row.get(6)?,
        finished_at_ms: row.get(7)?,
    })
}

/// A job handed to a worker: the call and the attempt number that owns it.
#[derive(Debug, Clone)]
pub struct Claim {
    pub call: CallRow,
    pub attempt: i64,
}

/// Interrupted analyses of one call before [`CallStore::recover`] fails it (the default of
/// `--max-attempts`). Recovery cannot tell a recording that crashes the process from a call
/// that was merely in hand when the process died for another reason (a deploy's `kill -9`,
/// the OOM killer, a power cut), so the limit must let unlucky healthy calls through: under
/// repeated `kill -9` of the server, 2 of 100 healthy calls needed 4 attempts, and the
/// earlier default of 3 would have failed them. With 5, a healthy call fails only if five
/// of its analyses are cut short (a requeued call waits behind the queue, so crashes in
/// quick succession are spread over the waiting calls), while a recording that really
/// crashes the process costs at most five restarts before it is failed.
pub const DEFAULT_MAX_ATTEMPTS: u32 = 5;

/// What [`CallStore::recover`] did at start-up.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Recovery {
    pub requeued: usize,
    pub failed: usize,
}

/// What [`audio::sweep_orphans`] removed from the audio store.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Sweep {
    /// Recordings (and redacted copies) with no call row (a crash between the put and the
    /// row's commit, or between a delete's row and its recording).
    pub recordings: usize,
    /// Staging files (`NAME.part`: partial uploads, temporary copies) a crash left behind.
    pub partial: usize,
}

/// How old a recording with no call must be before
/// [`audio::sweep_orphans`] removes it at start-up: much longer than the fsync, rename and
/// commit of an upload, so that an upload in progress elsewhere is never taken for a leak.
pub const ORPHAN_GRACE: std::time::Duration = std::time::Duration::from_secs(600);

/// Counts of calls by status.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct StatusCounts {
    pub queued: i64,
    pub processing: i64,
    pub succeeded: i64,
    pub failed: i64,
}

impl StatusCounts {
    /// The number of calls with `status`.
    pub fn of(&self, status: CallStatus) -> i64 {
        match status {
            CallStatus::Queued => self.queued,
            CallStatus::Processing => self.processing,
            CallStatus::Succeeded => self.succeeded,
            CallStatus::Failed => self.failed,
        }
    }

    fn of_mut(&mut self, status: CallStatus) -> &mut i64 {
        match status {
            CallStatus::Queued => &mut self.queued,
            CallStatus::Processing => &mut self.processing,
            CallStatus::Succeeded => &mut self.succeeded,
            CallStatus::Failed => &mut self.failed,
        }
    }
}

/// What the workers and the HTTP handlers need from the job queue and report store. The
/// embedded SQLite [`Store`] implements it; a PostgreSQL store for several machines can
/// implement it next to it. Methods block (call them from worker threads or the blocking
/// pool); each implementation manages its own connections.
pub trait CallStore: Send + Sync {
    // ---- intake (handlers) ----

    /// Queues call `id`, whose recording the caller has already stored in the audio store
    /// under `audio_key` (`meta.audio_bytes` long), or refuses it with
    /// [`StoreError::QueueFull`] when `max_queued` calls already wait. When
    /// `meta.idempotency_key` is the key of a stored call, nothing is stored and that call is
    /// returned: its id is not `id`. The store never touches the recording: when the call is
    /// refused, or another call is returned, the caller removes what it stored.
    fn enqueue(
        &self,
        id: &str,
        audio_key: &str,
        meta: &NewCall,
        max_queued: usize,
    ) -> Result<CallRow, StoreError>;

    // ---- queries (handlers) ----

    fn get(&self, id: &str) -> Result<Option<CallRow>, StoreError>;
    /// The call stored with this `Idempotency-Key`.
    fn find_by_idempotency_key(&self, key: &str) -> Result<Option<CallRow>, StoreError>;
    /// The stored report of a succeeded call, as JSON.
    fn report(&self, id: &str) -> Result<Option<Value>, StoreError>;
    /// One page of calls matching `q`.
    fn list(&self, q: &ListQuery) -> Result<Page, StoreError>;
    /// A metric per period and group, over succeeded calls.
    fn trends(&self, q: &TrendQuery) -> Result<Vec<TrendBucket>, StoreError>;
    /// Per agent and week: stress against the agent's own baseline and abuse absorbed
    /// ([`query::agent_strain`]).
    fn agent_strain(
        &self,
        q: &StrainQuery,
    ) -> Result<(Vec<StrainBucket>, Vec<AgentStrain>), StoreError>;
    /// Report moments across the period's calls ranked by severity, and its good outcomes
    /// ([`moments::moments`]).
    fn moments(&self, q: &moments::MomentQuery) -> Result<moments::CoachMoments, StoreError>;
    /// Terciles of each per-call score over the team's (or all) recent calls
    /// ([`bands::score_bands`]).
    fn score_bands(&self, q: &bands::BandQuery) -> Result<bands::ScoreBands, StoreError>;
    fn status_counts(&self) -> Result<StatusCounts, StoreError>;
    /// Calls waiting for a worker.
    fn queue_depth(&self) -> Result<i64, StoreError>;
    /// Deletes a call's row with its report, voice summary, review and search index entries;
    /// `None` if there was none, else the audio store keys to remove (its recording and
    /// redacted copy, [`redacted::audio_keys`]), which the caller removes once this returns
    /// (a crash in between leaves them to [`audio::sweep_orphans`]).
    fn delete(&self, id: &str) -> Result<Option<Vec<String>>, StoreError>;

    // ---- scorecards and reviews (handlers; [`review`]) ----

    /// The version of card `card_id` whose content hash is `hash`: the stored one, or a new
    /// version (the last + 1) holding `definition`. Old versions are never rewritten.
    fn put_scorecard(
        &self,
        card_id: &str,
        hash: &str,
        definition: &Value,
    ) -> Result<i64, StoreError>;
    /// Version `version` of card `card_id`.
    fn scorecard(&self, card_id: &str, version: i64) -> Result<Option<StoredCard>, StoreError>;
    /// Stores `review` as its call's current review, replacing any; false, writing nothing,
    /// when the call has no report (no such call, or not analysed yet).
    fn put_review(&self, review: &ReviewRow) -> Result<bool, StoreError>;
    /// The current review of call `call_id`.
    fn review(&self, call_id: &str) -> Result<Option<ReviewRow>, StoreError>;

    // ---- agent voice summaries (workers write, both read) ----

    /// Stores (or replaces) the agent's voice summary of call `call_id`, made by feature
    /// extractor `extractor`, if the call is `succeeded` and has an agent (that agent is the
    /// summary's); false, writing nothing, otherwise.
    fn put_voice_summary(
        &self,
        call_id: &str,
        extractor: &str,
        speech_ms: i64,
        summary: &Value,
    ) -> Result<bool, StoreError>;
    /// The agent's `limit` most recent voice summaries (by call start, newest first) made by
    /// `extractor`, leaving out call `exclude_call` (a call never counts towards its own
    /// baseline).
    fn voice_summaries(
        &self,
        agent_id: &str,
        extractor: &str,
        exclude_call: Option<&str>,
        limit: usize,
    ) -> Result<Vec<VoiceSummary>, StoreError>;
    /// How many of the agent's voice summaries were made by another extractor than
    /// `extractor` (stale: ignored until rebuilt).
    fn stale_voice_summaries(&self, agent_id: &str, extractor: &str) -> Result<i64, StoreError>;
    /// Up to `limit` succeeded calls, most recent first, whose voice summary was made by
    /// another extractor than `extractor` and whose recording is still stored: those whose
    /// summary can be rebuilt from the recording.
    fn stale_voice_calls(&self, extractor: &str, limit: usize) -> Result<Vec<CallRow>, StoreError>;
    /// Removes call `call_id`'s voice summary if it was made by another extractor than
    /// `extractor` (a stale summary that cannot be rebuilt); false if there was none.
    fn drop_stale_voice_summary(&self, call_id: &str, extractor: &str) -> Result<bool, StoreError>;

    // ---- reviewers' corrections (handlers) ----

    /// A reviewer's roles for the speakers of call `id` (`S1` → `customer`): stores them
    /// with the call and puts it back in the queue, behind the calls waiting now and with
    /// its attempts counted from 0, to be analysed again with them. Its report and scores
    /// stay as they are until the new analysis replaces them. False, writing nothing, when
    /// the call is not `succeeded` (no such call, or it is being analysed);
    /// [`StoreError::QueueFull`] when `max_queued` calls already wait.
    fn requeue_with_speaker_roles(
        &self,
        id: &str,
        roles: &std::collections::BTreeMap<String, String>,
        max_queued: usize,
    ) -> Result<bool, StoreError>;

    // ---- agents' voices, for telling them apart on mono calls (workers) ----

    /// Stores an agent's voice (a unit embedding, heard as `heard` says): learned from call
    /// `call_id` (replacing that call's, and only if the call is the agent's), or enrolled
    /// directly (`None`). False, writing nothing, when the call is not the agent's.
    fn put_agent_voice(
        &self,
        agent_id: &str,
        call_id: Option<&str>,
        embedding: &[f32],
        heard: &str,
    ) -> Result<bool, StoreError>;
    /// The agent's `limit` most recent stored voices, newest first.
    fn agent_voices(&self, agent_id: &str, limit: usize) -> Result<Vec<AgentVoice>, StoreError>;
    /// Keeps the voices of the speakers of mono call `call_id` (unit embeddings, in speaker
    /// order, heard as `heard` says), replacing any kept for it, if the call is `agent_id`'s,
    /// and drops those of the agent's calls but the `keep_calls` most recent (they include
    /// customers' voices: no more is kept than is compared). False, writing nothing, when
    /// the call is not the agent's.
    fn put_speaker_voices(
        &self,
        agent_id: &str,
        call_id: &str,
        voices: &[Vec<f32>],
        heard: &str,
        keep_calls: usize,
    ) -> Result<bool, StoreError>;
    /// The speakers' voices of the agent's `calls` most recently kept mono calls, newest
    /// first.
    fn agent_speaker_voices(
        &self,
        agent_id: &str,
        calls: usize,
    ) -> Result<Vec<CallVoices>, StoreError>;

    // ---- voice enrolments: a recording of an agent, embedded by a worker ----

    /// Queues enrolment `id` of `agent_id`'s voice from `channel`, whose recording the caller
    /// has already stored under `audio_key` (`<id>.enrol`: not a call's key). On an error the
    /// caller removes the recording.
    fn enqueue_enrolment(
        &self,
        id: &str,
        audio_key: &str,
        agent_id: &str,
        channel: u32,
    ) -> Result<Enrolment, StoreError>;
    /// Takes the oldest queued enrolment (`processing`); no two claims get the same one.
    fn claim_enrolment(&self) -> Result<Option<Enrolment>, StoreError>;
    /// Ends a claimed enrolment: the voice (heard as `heard` says) stored as the agent's
    /// (`succeeded`), or `failed` with the reason; its recording's key is cleared either way
    /// (the caller, holding the claimed [`Enrolment`], removes the recording). False when it
    /// was not claimed.
    fn finish_enrolment(
        &self,
        id: &str,
        outcome: Result<&[f32], &str>,
        heard: &str,
    ) -> Result<bool, StoreError>;
    /// The agent's `limit` most recent enrolments, newest first.
    fn enrolments(&self, agent_id: &str, limit: usize) -> Result<Vec<Enrolment>, StoreError>;

    // ---- jobs (workers and start-up) ----

    /// Takes the call first in the queue; no two claims get the same call. The claim is
    /// this node's, leased for the store's lease ([`lease`]); calls whose lease has passed
    /// are first given back to the queue (or failed after the store's `max_attempts`).
    fn claim(&self) -> Result<Option<Claim>, StoreError>;
    /// Stores the report of a claimed call (`succeeded`); false, writing nothing, when the
    /// claim is no longer current.
    fn finish(&self, claim: &Claim, report: &Value) -> Result<bool, StoreError>;
    /// Marks a claimed call `failed` with the reason; same claim check as `finish`.
    fn fail(&self, claim: &Claim, reason: &str) -> Result<bool, StoreError>;
    /// Puts a claimed call back in the queue without counting the attempt.
    fn release(&self, id: &str, attempt: i64) -> Result<bool, StoreError>;
    /// At start-up: requeues the calls this node held when it stopped (a crash left them in
    /// progress) and those whose lease has passed, or fails them after `max_attempts`;
    /// never another live node's calls.
    fn recover(&self, max_attempts: u32) -> Result<Recovery, StoreError>;
    /// Extends the lease of call `id`'s claim `attempt` (the worker is alive and working on
    /// it); false when that claim is no longer current (another node took the call after
    /// the lease passed, or it was deleted, released or finished): stop working on it.
    fn renew(&self, id: &str, attempt: i64) -> Result<bool, StoreError>;
    /// How long a claim lasts without renewal; workers renew every third of it.
    fn lease(&self) -> std::time::Duration;

    /// Stores reviewers' corrections in one transaction ([`labels`]); returns them as stored.
    fn add_labels(&self, labels: &[NewLabel]) -> Result<Vec<Label>, StoreError>;
    /// The labels `q` asks for, oldest first.
    fn labels(&self, q: &LabelQuery) -> Result<Vec<Label>, StoreError>;
    /// Installs a calibration body as the next version; returns the version.
    fn install_calibration(&self, body: &Value) -> Result<u32, StoreError>;
    /// The version of the calibration in force (a cheap check for the workers).
    fn calibration_version(&self) -> Result<Option<u32>, StoreError>;
    /// The calibration in force, with its version.
    fn current_calibration(&self) -> Result<Option<(u32, Value)>, StoreError>;
    /// Rolls the calibration in force back; returns its version (`None`: none was).
    fn roll_back_calibration(&self) -> Result<Option<u32>, StoreError>;
    /// Every calibration installed, newest first.
    fn calibrations(&self) -> Result<Vec<CalibrationRow>, StoreError>;

    // ---- webhook outbox ([`webhooks`]; written by `finish`, `fail` and `recover` when on) ----

    /// Leases up to `limit` due pending events to this process for `lease_ms`, oldest due
    /// first; events leased elsewhere are skipped until their lease ends.
    fn claim_webhook_events(
        &self,
        now_ms: i64,
        limit: usize,
        lease_ms: i64,
    ) -> Result<Vec<WebhookEvent>, StoreError>;
    /// Marks a pending event delivered; false when it was not pending.
    fn webhook_delivered(&self, id: &str) -> Result<bool, StoreError>;
    /// Records a failed attempt: retried at `next_attempt_at_ms`, or dead when `None`.
    fn webhook_attempt_failed(
        &self,
        id: &str,
        next_attempt_at_ms: Option<i64>,
        error: &str,
    ) -> Result<bool, StoreError>;
    /// Events by state (for `/metrics`).
    fn webhook_counts(&self) -> Result<WebhookCounts, StoreError>;
    /// The `limit` newest events in `state`.
    fn webhook_events(
        &self,
        state: WebhookState,
        limit: usize,
    ) -> Result<Vec<WebhookEvent>, StoreError>;
    /// Puts a dead event back in the queue, due now; `None` when no dead event has that id.
    fn resend_webhook_event(&self, id: &str) -> Result<Option<WebhookEvent>, StoreError>;
    /// Deletes the events delivered before `before_ms`; returns how many.
    fn prune_webhook_events(&self, before_ms: i64) -> Result<usize, StoreError>;
}

/// The embedded store: a SQLite database file. Cheap to clone (the clones share one pool of
/// idle connections). The recordings are in an [`audio::AudioStore`] of the caller's.
#[derive(Debug, Clone)]
pub struct Store {
    db_path: PathBuf,
    idle: Arc<Mutex<Vec<Connection>>>,
    /// This node's name, the claims' lease and the attempts a call may have ([`lease`]).
    leases: LeaseSettings,
    /// Whether outcomes queue webhook events ([`Store::set_webhook_outbox`]).
    outbox: Arc<AtomicBool>,
}

impl Store {
    /// Creates the data directory, the database and its schema if needed.
    pub fn open(data_dir: &Path) -> Result<Store, StoreError> {
        std::fs::create_dir_all(data_dir).map_err(io_err(data_dir))?;
        let store = Store {
            db_path: data_dir.join("calltone.sqlite3"),
            idle: Arc::new(Mutex::new(Vec::new())),
            leases: LeaseSettings::default(),
            outbox: Arc::new(AtomicBool::new(false)),
        };
        let mut conn = store.connect()?;
        conn.execute_batch(&schema())?;
        conn.execute_batch(labels::LABELS_SCHEMA)?;
        migrate(&mut conn)?;
        Ok(store)
    }

    /// Turns the webhook outbox on or off (off at open; the clones share it): when on,
    /// [`CallStore::finish`], [`CallStore::fail`] and [`CallStore::recover`] queue a
    /// [`webhooks`] event for each outcome in the outcome's own transaction.
    pub fn set_webhook_outbox(&self, on: bool) {
        self.outbox.store(on, Ordering::SeqCst);
    }

    fn outbox_on(&self) -> bool {
        self.outbox.load(Ordering::SeqCst)
    }

    /// The same store, claiming calls as `leases` says (node name, lease, attempts) instead
    /// of [`LeaseSettings::default`].
    pub fn with_leases(mut self, leases: LeaseSettings) -> Store {
        self.leases = leases;
        self
    }

    /// Runs `f` with an idle connection of the pool (a new one when none is idle), then
    /// puts the connection back.
    fn with_conn<T>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let idle = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop();
        let conn = match idle {
            Some(conn) => conn,
            None => self.connect()?,
        };
        let result = f(&conn);
        // A transaction left open (its rollback failed, e.g. on a full disk) would swallow
        // the next user's writes, which would then never be committed: such a connection is
        // rolled back, or closed if that fails, never put back as it is.
        if !conn.is_autocommit() {
            let _ = conn.execute_batch("ROLLBACK");
            if !conn.is_autocommit() {
                tracing::warn!("closing a database connection left inside a transaction");
                return result;
            }
        }
        self.idle
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(conn);
        result
    }

    /// A new connection in WAL mode with `synchronous = FULL` (a commit is on disk when it
    /// returns) and a busy timeout.
    fn connect(&self) -> Result<Connection, StoreError> {
        let conn = Connection::open(&self.db_path)?;
        conn.busy_timeout(std::time::Duration::from_millis(BUSY_TIMEOUT_MS))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        Ok(conn)
    }

    /// Inserts a finished call with a given report, for tests of the query logic and for
    /// importing reports made elsewhere (`calltone analyze --json`).
    pub fn insert_report(
        &self,
        id: &str,
        meta: &NewCall,
        report: &Value,
    ) -> Result<(), StoreError> {
        self.with_conn(|conn| {
            insert_call(
                conn,
                id,
                meta,
                Stored {
                    status: CallStatus::Processing,
                    attempts: 1,
                    audio_key: None,
                    audio_bytes: 0,
                    content_type: None,
                },
            )?;
            Ok(())
        })?;
        let claim = Claim {
            call: self.get(id)?.expect("just inserted"),
            attempt: 1,
        };
        self.finish(&claim, report)?;
        Ok(())
    }
}

/// The SQLite implementation: every method takes an idle connection from the store's
/// pool (or opens one) and puts it back after.
impl CallStore for Store {
    /// Queues a call whose recording is stored, unless `max_queued` calls already wait: in
    /// one write transaction, count the queued calls and insert the row. The count and the
    /// insert are atomic (`BEGIN IMMEDIATE` takes the write lock first), so concurrent
    /// uploads cannot all see room for themselves: past `max_queued`, the call is refused
    /// with [`StoreError::QueueFull`]. The same transaction looks up `meta.idempotency_key`
    /// first: a call stored with that key is returned instead (whatever the queue holds).
    fn enqueue(
        &self,
        id: &str,
        audio_key: &str,
        meta: &NewCall,
        max_queued: usize,
    ) -> Result<CallRow, StoreError> {
        // Dropped without a commit, the transaction rolls back.
        let stored_id = self.with_conn(|conn| {
            let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
            if let Some(key) = &meta.idempotency_key {
                if let Some(existing) = id_by_idempotency_key(&tx, key)? {
                    return Ok(existing);
                }
            }
            let queued = queued_count(&tx)?;
            if queued as u64 >= max_queued as u64 {
                return Err(StoreError::QueueFull {
                    queued,
                    max: max_queued,
                });
            }
            insert_call(
                &tx,
                id,
                meta,
                Stored {
                    status: CallStatus::Queued,
                    attempts: 0,
                    audio_key: Some(audio_key),
                    audio_bytes: meta.audio_bytes,
                    content_type: meta.content_type.as_deref(),
                },
            )?;
            tx.commit()?;
            Ok(id.to_string())
        })?;
        match self.get(&stored_id)? {
            Some(row) => Ok(row),
            // Only a concurrent delete of the call with the key gets here.
            None => Err(StoreError::Sqlite(rusqlite::Error::QueryReturnedNoRows)),
        }
    }

    fn get(&self, id: &str) -> Result<Option<CallRow>, StoreError> {
        self.with_conn(|conn| get_row(conn, id))
    }

    fn find_by_idempotency_key(&self, key: &str) -> Result<Option<CallRow>, StoreError> {
        self.with_conn(|conn| match id_by_idempotency_key(conn, key)? {
            Some(id) => get_row(conn, &id),
            None => Ok(None),
        })
    }

    /// The stored report of a succeeded call, as JSON.
    fn report(&self, id: &str) -> Result<Option<Value>, StoreError> {
        self.with_conn(|conn| {
            let text: Option<Option<String>> = conn
                .query_row("SELECT report FROM calls WHERE id = ?1", [id], |r| r.get(0))
                .optional()?;
            match text.flatten() {
                Some(t) => Ok(Some(serde_json::from_str(&t)?)),
                None => Ok(None),
            }
        })
    }

    /// Takes the call first in the queue (the earliest `queued_at_ms`: the oldest upload,
    /// unless a crash sent a call to the back), atomically: one statement moves it to
    /// `processing` and raises its attempt count, so two workers can never claim the same call. The statement
    /// runs in an explicit transaction whose commit is checked: a call is returned only once
    /// its claim is committed (an autocommit `UPDATE … RETURNING` commits when the statement
    /// is reset, and an error there, such as a full disk, would be lost).
    fn claim(&self) -> Result<Option<Claim>, StoreError> {
        self.with_conn(|conn| {
            let now = now_ms();
            // Dropped without a commit, the transaction rolls back.
            let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
            // Calls whose lease has passed: their worker is taken for dead.
            give_back(&tx, now, self.leases.max_attempts, None, self.outbox_on())?;
            let id: Option<(String, i64)> = {
                let mut stmt = tx.prepare(
                    "UPDATE calls SET status = ?2, attempts = attempts + 1,
                    claimed_at_ms = ?1, updated_at_ms = ?1, lease_until_ms = ?4, claimed_by = ?5
                 WHERE id = (SELECT id FROM calls WHERE status = ?3
                             ORDER BY queued_at_ms, id LIMIT 1)
                 RETURNING id, attempts",
                )?;
                let rows = stmt.query_map(
                    params![
                        now,
                        CallStatus::Processing,
                        CallStatus::Queued,
                        now + self.leases.lease_ms(),
                        self.leases.node
                    ],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )?;
                // Stepped to the end, so that the statement's errors are seen here.
                let rows: Vec<(String, i64)> = rows.collect::<Result<_, _>>()?;
                rows.into_iter().next()
            };
            let Some((id, attempt)) = id else {
                tx.commit()?;
                return Ok(None);
            };
            let call = get_row(&tx, &id)?;
            tx.commit()?;
            Ok(call.map(|call| Claim { call, attempt }))
        })
    }

    /// Stores the report of a claimed call and marks it `succeeded`. Returns false (and
    /// writes nothing) when the claim is no longer current: the call was deleted, or
    /// requeued by a shutdown.
    fn finish(&self, claim: &Claim, report: &Value) -> Result<bool, StoreError> {
        self.with_conn(|conn| {
            let extracted = ExtractedScores::from_report(report);
            let now = now_ms();
            // The report, its turns in the search index and its moments, together.
            let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
            let n = tx.execute(
                "UPDATE calls SET status = ?14, reason = NULL, finished_at_ms = ?1,
                updated_at_ms = ?1, report = ?2, duration_ms = ?3, language = ?4,
                sentiment_agent = ?5, sentiment_customer = ?6, stress_agent = ?7,
                stress_customer = ?8, smile_agent = ?9, smile_customer = ?10, abusive = ?11,
                abusive_turns_customer = ?16, shouting_turns_customer = ?17,
                tone_reference_agent = ?18
             WHERE id = ?12 AND status = ?15 AND attempts = ?13",
                params![
                    now,
                    serde_json::to_string(report)?,
                    report.get("duration_ms").and_then(Value::as_i64),
                    report.get("language").and_then(Value::as_str),
                    extracted.columns[0],
                    extracted.columns[1],
                    extracted.columns[2],
                    extracted.columns[3],
                    extracted.columns[4],
                    extracted.columns[5],
                    extracted.abusive,
                    claim.call.id,
                    claim.attempt,
                    CallStatus::Succeeded,
                    CallStatus::Processing,
                    extracted.abusive_turns_customer,
                    extracted.shouting_turns_customer,
                    extracted.tone_reference_agent,
                ],
            )?;
            if n == 1 {
                search::index_report(&tx, &claim.call.id, report)?;
                moments::index_report(&tx, &claim.call.id, report)?;
                if self.outbox_on() {
                    let event =
                        webhooks::new_event(&claim.call, webhooks::Outcome::Succeeded(report), now);
                    webhooks::insert(&tx, &event)?;
                }
            }
            tx.commit()?;
            Ok(n == 1)
        })
    }

    /// Marks a claimed call `failed` with the reason. Same claim check as [`CallStore::finish`].
    fn fail(&self, claim: &Claim, reason: &str) -> Result<bool, StoreError> {
        self.with_conn(|conn| {
            let now = now_ms();
            // The failure and its webhook event, together.
            let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
            let n = tx.execute(
                "UPDATE calls SET status = ?5, reason = ?1, finished_at_ms = ?2, updated_at_ms = ?2
             WHERE id = ?3 AND status = ?6 AND attempts = ?4",
                params![
                    reason,
                    now,
                    claim.call.id,
                    claim.attempt,
                    CallStatus::Failed,
                    CallStatus::Processing
                ],
            )?;
            if n == 1 && self.outbox_on() {
                let event =
                    webhooks::new_event(&claim.call, webhooks::Outcome::Failed(reason), now);
                webhooks::insert(&tx, &event)?;
            }
            tx.commit()?;
            Ok(n == 1)
        })
    }

    /// Puts a claimed call back in the queue without counting the attempt (a graceful
    /// shutdown that could not wait for it, or a worker whose outcome the store kept
    /// refusing).
    fn release(&self, id: &str, attempt: i64) -> Result<bool, StoreError> {
        self.with_conn(|conn| {
            let n = conn.execute(
                "UPDATE calls SET status = ?4, attempts = attempts - 1, updated_at_ms = ?1,
                    lease_until_ms = NULL, claimed_by = NULL
             WHERE id = ?2 AND status = ?5 AND attempts = ?3",
                params![
                    now_ms(),
                    id,
                    attempt,
                    CallStatus::Queued,
                    CallStatus::Processing
                ],
            )?;
            Ok(n == 1)
        })
    }

    /// At start-up, before any worker runs: calls this node left `processing` (a crash), with
    /// those of no known node (claimed before leases) and those whose lease has passed, go
    /// back to the queue with their attempt count kept, or fail once they have had
    /// `max_attempts`. Another node's live claims are left alone.
    ///
    /// A requeued call goes to the back of the queue (its `queued_at_ms` after every waiting
    /// call's, whatever the clock did across the restart), as a job scheduler retries a job
    /// whose worker died: otherwise, being the oldest, it would be claimed first after every
    /// restart and take every crash that lands soon after one, until a healthy call had
    /// used up `max_attempts`. A recording that crashes the process itself still fails after
    /// `max_attempts` claims, whatever its place.
    fn recover(&self, max_attempts: u32) -> Result<Recovery, StoreError> {
        self.with_conn(|conn| {
            let now = now_ms();
            let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
            let recovery = give_back(
                &tx,
                now,
                max_attempts,
                Some(&self.leases.node),
                self.outbox_on(),
            )?;
            // Enrolments a crash left in progress are taken again.
            tx.execute(
                "UPDATE voice_enrolments SET status = ?1 WHERE status = ?2",
                params![CallStatus::Queued, CallStatus::Processing],
            )?;
            tx.commit()?;
            Ok(recovery)
        })
    }

    /// Extends the lease of call `id`'s claim `attempt` by the store's lease from now; false
    /// when that claim is no longer current.
    fn renew(&self, id: &str, attempt: i64) -> Result<bool, StoreError> {
        self.with_conn(|conn| {
            let n = conn.execute(
                "UPDATE calls SET lease_until_ms = ?1
                 WHERE id = ?2 AND status = ?4 AND attempts = ?3",
                params![
                    now_ms() + self.leases.lease_ms(),
                    id,
                    attempt,
                    CallStatus::Processing
                ],
            )?;
            Ok(n == 1)
        })
    }

    fn lease(&self) -> std::time::Duration {
        self.leases.lease
    }

    /// Deletes a call's row, its report, its labels and the rest, in one transaction;
    /// returns the audio keys the caller removes next.
    fn delete(&self, id: &str) -> Result<Option<Vec<String>>, StoreError> {
        self.with_conn(|conn| {
            let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
            let key: Option<Option<String>> = tx
                .query_row("SELECT audio_path FROM calls WHERE id = ?1", [id], |r| {
                    r.get(0)
                })
                .optional()?;
            let Some(key) = key else {
                return Ok(None);
            };
            tx.execute("DELETE FROM agent_voice_summaries WHERE call_id = ?1", [id])?;
            tx.execute("DELETE FROM agent_voices WHERE call_id = ?1", [id])?;
            tx.execute("DELETE FROM speaker_voices WHERE call_id = ?1", [id])?;
            review::delete(&tx, id)?;
            search::unindex(&tx, id)?;
            tx.execute("DELETE FROM labels WHERE call_id = ?1", [id])?;
            tx.execute("DELETE FROM call_moments WHERE call_id = ?1", [id])?;
            tx.execute("DELETE FROM calls WHERE id = ?1", [id])?;
            tx.commit()?;
            Ok(Some(
                key.map(|k| redacted::audio_keys(&k)).unwrap_or_default(),
            ))
        })
    }

    fn put_scorecard(
        &self,
        card_id: &str,
        hash: &str,
        definition: &Value,
    ) -> Result<i64, StoreError> {
        self.with_conn(|conn| review::put_scorecard(conn, card_id, hash, definition))
    }

    fn scorecard(&self, card_id: &str, version: i64) -> Result<Option<StoredCard>, StoreError> {
        self.with_conn(|conn| review::scorecard(conn, card_id, version))
    }

    fn put_review(&self, row: &ReviewRow) -> Result<bool, StoreError> {
        self.with_conn(|conn| review::put_review(conn, row))
    }

    fn review(&self, call_id: &str) -> Result<Option<ReviewRow>, StoreError> {
        self.with_conn(|conn| review::review(conn, call_id))
    }

    fn status_counts(&self) -> Result<StatusCounts, StoreError> {
        self.with_conn(|conn| {
            let mut counts = StatusCounts::default();
            let mut stmt = conn.prepare("SELECT status, COUNT(*) FROM calls GROUP BY status")?;
            let rows = stmt.query_map([], |r| {
                Ok((r.get::<_, CallStatus>(0)?, r.get::<_, i64>(1)?))
            })?;
            for row in rows {
                let (status, n) = row?;
                *counts.of_mut(status) = n;
            }
            Ok(counts)
        })
    }

    /// Calls waiting for a worker.
    fn queue_depth(&self) -> Result<i64, StoreError> {
        self.with_conn(queued_count)
    }

    fn list(&self, q: &ListQuery) -> Result<Page, StoreError> {
        self.with_conn(|conn| query::list(conn, q))
    }

    fn trends(&self, q: &TrendQuery) -> Result<Vec<TrendBucket>, StoreError> {
        self.with_conn(|conn| query::trends(conn, q))
    }

    fn agent_strain(
        &self,
        q: &StrainQuery,
    ) -> Result<(Vec<StrainBucket>, Vec<AgentStrain>), StoreError> {
        self.with_conn(|conn| query::agent_strain(conn, q))
    }

    fn moments(&self, q: &moments::MomentQuery) -> Result<moments::CoachMoments, StoreError> {
        self.with_conn(|conn| moments::moments(conn, q))
    }

    fn score_bands(&self, q: &bands::BandQuery) -> Result<bands::ScoreBands, StoreError> {
        self.with_conn(|conn| bands::score_bands(conn, q))
    }

    fn put_voice_summary(
        &self,
        call_id: &str,
        extractor: &str,
        speech_ms: i64,
        summary: &Value,
    ) -> Result<bool, StoreError> {
        let text = serde_json::to_string(summary)?;
        self.with_conn(|conn| {
            let n = conn.execute(
                "INSERT OR REPLACE INTO agent_voice_summaries
                    (call_id, agent_id, extractor, speech_ms, summary, started_at_ms, created_at_ms)
                 SELECT id, agent_id, ?2, ?3, ?4, started_at_ms, ?5 FROM calls
                 WHERE id = ?1 AND status = ?6 AND agent_id IS NOT NULL",
                params![
                    call_id,
                    extractor,
                    speech_ms,
                    text,
                    now_ms(),
                    CallStatus::Succeeded
                ],
            )?;
            Ok(n == 1)
        })
    }

    fn voice_summaries(
        &self,
        agent_id: &str,
        extractor: &str,
        exclude_call: Option<&str>,
        limit: usize,
    ) -> Result<Vec<VoiceSummary>, StoreError> {
        self.with_conn(|conn| {
            let mut stmt = conn.prepare(
                "SELECT call_id, agent_id, extractor, speech_ms, summary, started_at_ms, created_at_ms
                 FROM agent_voice_summaries
                 WHERE agent_id = ?1 AND extractor = ?2 AND call_id IS NOT ?3
                 ORDER BY started_at_ms DESC, call_id DESC LIMIT ?4",
            )?;
            let rows = stmt.query_map(
                params![agent_id, extractor, exclude_call, limit as i64],
                |r| {
                    Ok((
                        VoiceSummary {
                            call_id: r.get(0)?,
                            agent_id: r.get(1)?,
                            extractor: r.get(2)?,
                            speech_ms: r.get(3)?,
                            summary: Value::Null,
                            started_at_ms: r.get(5)?,
                            created_at_ms: r.get(6)?,
                        },
                        r.get::<_, String>(4)?,
                    ))
                },
            )?;
            let mut out = Vec::new();
            for row in rows {
                let (mut summary, text) = row?;
                summary.summary = serde_json::from_str(&text)?;
                out.push(summary);
            }
            Ok(out)
        })
    }

    fn stale_voice_calls(&self, extractor: &str, limit: usize) -> Result<Vec<CallRow>, StoreError> {
        self.with_conn(|conn| {
            let columns: Vec<String> = ROW_COLUMNS
                .split(',')
                .map(|c| format!("c.{}", c.trim()))
                .collect();
            let mut stmt = conn.prepare(&format!(
                "SELECT {} FROM agent_voice_summaries v JOIN calls c ON c.id = v.call_id
                 WHERE v.extractor <> ?1 AND c.status = ?2 AND c.audio_path IS NOT NULL
                 ORDER BY c.started_at_ms DESC, c.id DESC LIMIT ?3",
                columns.join(", ")
            ))?;
            let rows = stmt.query_map(
                params![extractor, CallStatus::Succeeded, limit as i64],
                row_to_call,
            )?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    fn drop_stale_voice_summary(&self, call_id: &str, extractor: &str) -> Result<bool, StoreError> {
        self.with_conn(|conn| {
            let n = conn.execute(
                "DELETE FROM agent_voice_summaries WHERE call_id = ?1 AND extractor <> ?2",
                params![call_id, extractor],
            )?;
            Ok(n == 1)
        })
    }

    fn stale_voice_summaries(&self, agent_id: &str, extractor: &str) -> Result<i64, StoreError> {
        self.with_conn(|conn| {
            Ok(conn.query_row(
                "SELECT COUNT(*) FROM agent_voice_summaries WHERE agent_id = ?1 AND extractor <> ?2",
                params![agent_id, extractor],
                |r| r.get(0),
            )?)
        })
    }

    fn requeue_with_speaker_roles(
        &self,
        id: &str,
        roles: &std::collections::BTreeMap<String, String>,
        max_queued: usize,
    ) -> Result<bool, StoreError> {
        let text = serde_json::to_string(roles)?;
        self.with_conn(|conn| {
            let now = now_ms();
            // Dropped without a commit, the transaction rolls back.
            let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
            let queued = queued_count(&tx)?;
            if queued as u64 >= max_queued as u64 {
                return Err(StoreError::QueueFull {
                    queued,
                    max: max_queued,
                });
            }
            let n = tx.execute(
                "UPDATE calls SET speaker_roles = ?2, status = ?3, attempts = 0, reason = NULL,
                    updated_at_ms = ?4,
                    queued_at_ms = MAX(?4, 1 + (SELECT COALESCE(MAX(queued_at_ms), 0)
                                                 FROM calls WHERE status = ?3))
                 WHERE id = ?1 AND status = ?5",
                params![id, text, CallStatus::Queued, now, CallStatus::Succeeded],
            )?;
            tx.commit()?;
            Ok(n == 1)
        })
    }

    fn put_agent_voice(
        &self,
        agent_id: &str,
        call_id: Option<&str>,
        embedding: &[f32],
        heard: &str,
    ) -> Result<bool, StoreError> {
        let text = serde_json::to_string(embedding)?;
        self.with_conn(|conn| {
            let n = conn.execute(
                "INSERT OR REPLACE INTO agent_voices
                    (agent_id, call_id, embedding, created_at_ms, heard)
                 SELECT ?1, ?2, ?3, ?4, ?5
                 WHERE ?2 IS NULL OR EXISTS (SELECT 1 FROM calls WHERE id = ?2 AND agent_id = ?1)",
                params![agent_id, call_id, text, now_ms(), heard],
            )?;
            Ok(n == 1)
        })
    }

    fn agent_voices(&self, agent_id: &str, limit: usize) -> Result<Vec<AgentVoice>, StoreError> {
        self.with_conn(|conn| {
            let mut stmt = conn.prepare(
                "SELECT agent_id, call_id, embedding, created_at_ms, heard FROM agent_voices
                 WHERE agent_id = ?1 ORDER BY created_at_ms DESC, id DESC LIMIT ?2",
            )?;
            let rows = stmt.query_map(params![agent_id, limit as i64], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, i64>(3)?,
                    r.get::<_, String>(4)?,
                ))
            })?;
            let mut out = Vec::new();
            for row in rows {
                let (agent_id, call_id, text, created_at_ms, heard) = row?;
                out.push(AgentVoice {
                    agent_id,
                    call_id,
                    embedding: serde_json::from_str(&text)?,
                    heard,
                    created_at_ms,
                });
            }
            Ok(out)
        })
    }

    fn put_speaker_voices(
        &self,
        agent_id: &str,
        call_id: &str,
        voices: &[Vec<f32>],
        heard: &str,
        keep_calls: usize,
    ) -> Result<bool, StoreError> {
        let texts = voices
            .iter()
            .map(serde_json::to_string)
            .collect::<Result<Vec<_>, _>>()?;
        self.with_conn(|conn| {
            let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
            let theirs: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM calls WHERE id = ?1 AND agent_id = ?2)",
                params![call_id, agent_id],
                |r| r.get(0),
            )?;
            if !theirs {
                return Ok(false);
            }
            tx.execute("DELETE FROM speaker_voices WHERE call_id = ?1", [call_id])?;
            let now = now_ms();
            for (speaker, text) in texts.iter().enumerate() {
                tx.execute(
                    "INSERT INTO speaker_voices
                        (call_id, speaker, agent_id, embedding, heard, created_at_ms)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![call_id, speaker as i64, agent_id, text, heard, now],
                )?;
            }
            tx.execute(
                "DELETE FROM speaker_voices WHERE agent_id = ?1 AND call_id NOT IN (
                     SELECT call_id FROM speaker_voices WHERE agent_id = ?1 GROUP BY call_id
                     ORDER BY MAX(created_at_ms) DESC, call_id DESC LIMIT ?2)",
                params![agent_id, keep_calls as i64],
            )?;
            tx.commit()?;
            Ok(true)
        })
    }

    fn agent_speaker_voices(
        &self,
        agent_id: &str,
        calls: usize,
    ) -> Result<Vec<CallVoices>, StoreError> {
        self.with_conn(|conn| {
            let mut stmt = conn.prepare(
                "SELECT v.call_id, v.embedding, v.heard FROM speaker_voices v
                 JOIN (SELECT call_id, MAX(created_at_ms) AS at FROM speaker_voices
                       WHERE agent_id = ?1 GROUP BY call_id
                       ORDER BY at DESC, call_id DESC LIMIT ?2) recent
                   ON recent.call_id = v.call_id
                 ORDER BY recent.at DESC, v.call_id DESC, v.speaker",
            )?;
            let rows = stmt.query_map(params![agent_id, calls as i64], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })?;
            let mut voices = Vec::new();
            for row in rows {
                let (call_id, text, heard) = row?;
                voices.push((call_id, serde_json::from_str(&text)?, heard));
            }
            Ok(CallVoices::grouped(voices))
        })
    }

    fn enqueue_enrolment(
        &self,
        id: &str,
        audio_key: &str,
        agent_id: &str,
        channel: u32,
    ) -> Result<Enrolment, StoreError> {
        self.with_conn(|conn| {
            conn.execute(
                "INSERT INTO voice_enrolments (id, agent_id, channel, audio_path, status,
                    received_at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    id,
                    agent_id,
                    channel,
                    audio_key,
                    CallStatus::Queued,
                    now_ms()
                ],
            )?;
            Ok(conn.query_row(
                &format!("SELECT {ENROLMENT_COLUMNS} FROM voice_enrolments WHERE id = ?1"),
                [id],
                row_to_enrolment,
            )?)
        })
    }

    fn claim_enrolment(&self) -> Result<Option<Enrolment>, StoreError> {
        self.with_conn(|conn| {
            let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
            let claimed = tx
                .query_row(
                    &format!(
                        "UPDATE voice_enrolments SET status = ?1
                         WHERE id = (SELECT id FROM voice_enrolments WHERE status = ?2
                                     ORDER BY received_at_ms, id LIMIT 1)
                         RETURNING {ENROLMENT_COLUMNS}"
                    ),
                    params![CallStatus::Processing, CallStatus::Queued],
                    row_to_enrolment,
                )
                .optional()?;
            tx.commit()?;
            Ok(claimed)
        })
    }

    fn finish_enrolment(
        &self,
        id: &str,
        outcome: Result<&[f32], &str>,
        heard: &str,
    ) -> Result<bool, StoreError> {
        let voice = match outcome {
            Ok(embedding) => Some(serde_json::to_string(embedding)?),
            Err(_) => None,
        };
        let path = self.with_conn(|conn| {
            let now = now_ms();
            let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
            let path: Option<Option<String>> = tx
                .query_row(
                    "SELECT audio_path FROM voice_enrolments WHERE id = ?1 AND status = ?2",
                    params![id, CallStatus::Processing],
                    |r| r.get(0),
                )
                .optional()?;
            tx.execute(
                "UPDATE voice_enrolments SET status = ?2, reason = ?3, finished_at_ms = ?4,
                    audio_path = NULL
                 WHERE id = ?1 AND status = ?5",
                params![
                    id,
                    if voice.is_some() {
                        CallStatus::Succeeded
                    } else {
                        CallStatus::Failed
                    },
                    outcome.err(),
                    now,
                    CallStatus::Processing
                ],
            )?;
            if path.is_some() {
                if let Some(voice) = &voice {
                    tx.execute(
                        "INSERT INTO agent_voices
                            (agent_id, call_id, embedding, created_at_ms, heard)
                         SELECT agent_id, NULL, ?2, ?3, ?4 FROM voice_enrolments WHERE id = ?1",
                        params![id, voice, now, heard],
                    )?;
                }
            }
            tx.commit()?;
            Ok(path)
        })?;
        Ok(path.is_some())
    }

    fn enrolments(&self, agent_id: &str, limit: usize) -> Result<Vec<Enrolment>, StoreError> {
        self.with_conn(|conn| {
            let mut stmt = conn.prepare(&format!(
                "SELECT {ENROLMENT_COLUMNS} FROM voice_enrolments WHERE agent_id = ?1
                 ORDER BY received_at_ms DESC, id DESC LIMIT ?2"
            ))?;
            let rows = stmt.query_map(params![agent_id, limit as i64], row_to_enrolment)?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    fn add_labels(&self, new: &[NewLabel]) -> Result<Vec<Label>, StoreError> {
        self.with_conn(|conn| labels::add(conn, new))
    }

    fn labels(&self, q: &LabelQuery) -> Result<Vec<Label>, StoreError> {
        self.with_conn(|conn| labels::query(conn, q))
    }

    fn install_calibration(&self, body: &Value) -> Result<u32, StoreError> {
        self.with_conn(|conn| labels::install(conn, body))
    }

    fn calibration_version(&self) -> Result<Option<u32>, StoreError> {
        self.with_conn(labels::current_version)
    }

    fn current_calibration(&self) -> Result<Option<(u32, Value)>, StoreError> {
        self.with_conn(labels::current)
    }

    fn roll_back_calibration(&self) -> Result<Option<u32>, StoreError> {
        self.with_conn(labels::roll_back)
    }

    fn claim_webhook_events(
        &self,
        now_ms: i64,
        limit: usize,
        lease_ms: i64,
    ) -> Result<Vec<WebhookEvent>, StoreError> {
        self.with_conn(|conn| webhooks::claim(conn, now_ms, limit, lease_ms))
    }

    fn webhook_delivered(&self, id: &str) -> Result<bool, StoreError> {
        self.with_conn(|conn| webhooks::delivered(conn, id, now_ms()))
    }

    fn webhook_attempt_failed(
        &self,
        id: &str,
        next_attempt_at_ms: Option<i64>,
        error: &str,
    ) -> Result<bool, StoreError> {
        self.with_conn(|conn| {
            webhooks::attempt_failed(conn, id, now_ms(), next_attempt_at_ms, error)
        })
    }

    fn webhook_counts(&self) -> Result<WebhookCounts, StoreError> {
        self.with_conn(webhooks::counts)
    }

    fn webhook_events(
        &self,
        state: WebhookState,
        limit: usize,
    ) -> Result<Vec<WebhookEvent>, StoreError> {
        self.with_conn(|conn| webhooks::list(conn, state, limit))
    }

    fn resend_webhook_event(&self, id: &str) -> Result<Option<WebhookEvent>, StoreError> {
        self.with_conn(|conn| webhooks::resend(conn, id, now_ms()))
    }

    fn prune_webhook_events(&self, before_ms: i64) -> Result<usize, StoreError> {
        self.with_conn(|conn| webhooks::prune(conn, before_ms))
    }

    fn calibrations(&self) -> Result<Vec<CalibrationRow>, StoreError> {
        self.with_conn(labels::history)
    }
}

/// Gives back claimed calls on `conn` (in a write transaction): those whose lease passed
/// before `now`, and with `node`, also those claimed by `node` or by no one known (claims
/// from before leases). Each goes behind the waiting calls, its attempt count kept, or is
/// failed once it has had `max_attempts` ([`CallStore::recover`]).
fn give_back(
    conn: &Connection,
    now: i64,
    max_attempts: u32,
    node: Option<&str>,
    outbox: bool,
) -> Result<Recovery, StoreError> {
    let which = "status = ?3 AND (lease_until_ms < ?1 OR (?4 IS NOT NULL AND (claimed_by = ?4
        OR claimed_by IS NULL OR lease_until_ms IS NULL)))";
    let given_up: Vec<String> = {
        let mut stmt = conn.prepare(&format!(
            "UPDATE calls SET status = ?5, finished_at_ms = ?1, updated_at_ms = ?1,
                reason = {}, lease_until_ms = NULL
             WHERE {which} AND attempts >= ?2
             RETURNING id",
            lease::GAVE_UP_REASON_SQL
        ))?;
        let rows = stmt.query_map(
            params![
                now,
                max_attempts,
                CallStatus::Processing,
                node,
                CallStatus::Failed
            ],
            |r| r.get(0),
        )?;
        rows.collect::<Result<_, _>>()?
    };
    // A call given up is a `call.failed` event, in the same transaction.
    if outbox {
        for id in &given_up {
            if let Some(call) = get_row(conn, id)? {
                let reason = call.reason.clone().unwrap_or_default();
                let event = webhooks::new_event(&call, webhooks::Outcome::Failed(&reason), now);
                webhooks::insert(conn, &event)?;
            }
        }
    }
    let failed = given_up.len();
    let requeued = conn.execute(
        &format!(
            "UPDATE calls SET status = ?5, updated_at_ms = ?1, lease_until_ms = NULL,
                claimed_by = NULL,
                queued_at_ms = MAX(?1, 1 + (SELECT COALESCE(MAX(queued_at_ms), 0)
                                             FROM calls WHERE status = ?5))
             WHERE {which}"
        ),
        params![
            now,
            max_attempts,
            CallStatus::Processing,
            node,
            CallStatus::Queued
        ],
    )?;
    Ok(Recovery { requeued, failed })
}

/// The row of call `id`, on `conn`.
fn get_row(conn: &Connection, id: &str) -> Result<Option<CallRow>, StoreError> {
    let row = conn
        .query_row(
            &format!("SELECT {ROW_COLUMNS} FROM calls WHERE id = ?1"),
            [id],
            row_to_call,
        )
        .optional()?;
    let Some(mut row) = row else {
        return Ok(None);
    };
    row.review = review::summary(conn, id)?;
    Ok(Some(row))
}

/// The id of the call stored with `Idempotency-Key` `key`, on `conn`.
fn id_by_idempotency_key(conn: &Connection, key: &str) -> Result<Option<String>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT id FROM calls WHERE idempotency_key = ?1",
            [key],
            |r| r.get(0),
        )
        .optional()?)
}

/// Calls waiting for a worker, on `conn` (inside a transaction, or not).
fn queued_count(conn: &Connection) -> Result<i64, StoreError> {
    Ok(conn.query_row(
        "SELECT COUNT(*) FROM calls WHERE status = ?1",
        [CallStatus::Queued],
        |r| r.get(0),
    )?)
}

/// Scores read out of a report, generically: `scores.<family>.<role>` for the columns of
/// [`SCORE_COLUMNS`], and `abusive` true when any turn is marked abusive (`None` when no
/// turn carries the mark, i.e. abuse was not assessed).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExtractedScores {
    pub columns: [Option<f64>; 6],
    pub abusive: Option<bool>,
    /// Customer turns marked abusive (`None`: no customer turn carries the mark).
    pub abusive_turns_customer: Option<i64>,
    /// Customer turns marked shouting (`None`: no customer turn carries the mark).
    pub shouting_turns_customer: Option<i64>,
    /// `scores.tone_reference.agent`: what the agent's per-call tone was measured against
    /// (`profile`, `population` or `call`).
    pub tone_reference_agent: Option<String>,
}

impl ExtractedScores {
    pub fn from_report(report: &Value) -> ExtractedScores {
        let mut columns = [None; 6];
        for (i, column) in SCORE_COLUMNS.iter().enumerate() {
            let (family, role) = column.split_once('_').expect("family_role");
            columns[i] = report
                .pointer(&format!("/scores/{family}/{role}"))
                .and_then(Value::as_f64)
                .filter(|v| v.is_finite());
        }
        let marks: Vec<bool> = report
            .get("turns")
            .and_then(Value::as_array)
            .map(|turns| {
                turns
                    .iter()
                    .filter_map(|t| t.get("abusive").and_then(Value::as_bool))
                    .collect()
            })
            .unwrap_or_default();
        let abusive = if marks.is_empty() {
            None
        } else {
            Some(marks.iter().any(|&m| m))
        };
        ExtractedScores {
            columns,
            abusive,
            abusive_turns_customer: count_marked(report, "customer", "abusive"),
            shouting_turns_customer: count_marked(report, "customer", "shouting"),
            tone_reference_agent: report
                .pointer("/scores/tone_reference/agent")
                .and_then(Value::as_str)
                .map(str::to_string),
        }
    }
}

/// The turns of `role` whose boolean `mark` is true; `None` when no turn of `role` carries
/// the mark (not assessed).
fn count_marked(report: &Value, role: &str, mark: &str) -> Option<i64> {
    let marks: Vec<bool> = report
        .get("turns")
        .and_then(Value::as_array)?
        .iter()
        .filter(|t| t.get("role").and_then(Value::as_str) == Some(role))
        .filter_map(|t| t.get(mark).and_then(Value::as_bool))
        .collect();
    if marks.is_empty() {
        None
    } else {
        Some(marks.iter().filter(|&&m| m).count() as i64)
    }
}

/// How a new call row starts out.
struct Stored<'a> {
    status: CallStatus,
    attempts: i64,
    /// Kept in the `audio_path` column (named before the audio store; it holds the key).
    audio_key: Option<&'a str>,
    audio_bytes: i64,
    content_type: Option<&'a str>,
}

/// Inserts a call's row: its metadata, received now, in the state `stored` says.
fn insert_call(
    conn: &Connection,
    id: &str,
    meta: &NewCall,
    stored: Stored,
) -> Result<(), StoreError> {
    let now = now_ms();
    conn.execute(
        "INSERT INTO calls (id, external_id, agent_id, team, started_at_ms, language_hint,
            roles, received_at_ms, status, attempts, updated_at_ms, audio_path, audio_bytes,
            content_type, idempotency_key, queued_at_ms, speakers)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?8, ?11, ?12, ?13, ?14, ?8, ?15)",
        params![
            id,
            meta.external_id,
            meta.agent_id,
            meta.team,
            meta.started_at_ms.unwrap_or(now),
            meta.language_hint,
            meta.roles.as_ref().map(|r| r.join(",")),
            now,
            stored.status,
            stored.attempts,
            stored.audio_key,
            stored.audio_bytes,
            stored.content_type,
            meta.idempotency_key,
            meta.speakers,
        ],
    )?;
    Ok(())
}

#[cfg(test)]
mod backends;
#[cfg(test)]
mod bands_tests;
#[cfg(test)]
mod lease_tests;
#[cfg(test)]
mod review_tests;
#[cfg(test)]
pub(crate) mod testing;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod webhooks_tests;
