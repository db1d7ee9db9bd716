//! Listing and trending calls: filters, sort by any per-call score, keyset (cursor)
//! pagination, and a metric averaged per day or week per team or agent.
//!
//! In: a [`ListQuery`] or [`TrendQuery`] already validated by the HTTP layer (times in Unix
//! milliseconds UTC, score columns from [`super::SCORE_COLUMNS`]). Out: a page of
//! [`super::CallRow`] with the cursor of the next page, or [`TrendBucket`]s.
//!
//! Sorting by a score puts calls without that score last; the cursor carries the last
//! row's sort value and id, so pages never skip or repeat a row however many calls arrive
//! meanwhile.

use rusqlite::types::Value as SqlValue;
use rusqlite::Connection;
use serde::Serialize;

use super::review::{self, REVIEW_SCORE_SQL};
use super::search;
use super::{row_to_call, CallRow, CallStatus, StoreError, ROW_COLUMNS, SCORE_COLUMNS};

/// Most rows a page may hold.
pub const MAX_PAGE_SIZE: usize = 500;

/// What calls are sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    /// When the call started (the upload time when not given).
    StartedAt,
    /// When the recording was received.
    ReceivedAt,
    /// One of [`SCORE_COLUMNS`].
    Score(&'static str),
    /// The review's score, a percentage of the card's points (`review_score`); calls not
    /// reviewed sort last.
    ReviewScore,
}

impl SortKey {
    /// `started_at`, `received_at` or a score column name.
    pub fn parse(name: &str) -> Option<SortKey> {
        match name {
            "started_at" => Some(SortKey::StartedAt),
            "received_at" => Some(SortKey::ReceivedAt),
            "review_score" => Some(SortKey::ReviewScore),
            other => score_column(other).map(SortKey::Score),
        }
    }

    fn column(self) -> &'static str {
        match self {
            SortKey::StartedAt => "started_at_ms",
            SortKey::ReceivedAt => "received_at_ms",
            SortKey::Score(c) => c,
            SortKey::ReviewScore => REVIEW_SCORE_SQL,
        }
    }
}

/// The column of [`SCORE_COLUMNS`] named `name`, as a static string safe to put in SQL.
pub fn score_column(name: &str) -> Option<&'static str> {
    SCORE_COLUMNS.iter().copied().find(|c| *c == name)
}

/// A threshold on one score column.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScoreBound {
    pub column: &'static str,
    pub min: Option<f64>,
    pub max: Option<f64>,
}

#[derive(Debug, Clone)]
pub struct ListQuery {
    pub agent_id: Option<String>,
    pub team: Option<String>,
    pub language: Option<String>,
    pub status: Option<CallStatus>,
    pub external_id: Option<String>,
    /// Calls that started at or after this time.
    pub from_ms: Option<i64>,
    /// Calls that started before this time.
    pub to_ms: Option<i64>,
    pub abusive: Option<bool>,
    /// Calls with a review (`true`) or without one (`false`).
    pub reviewed: Option<bool>,
    /// Calls whose transcript holds this phrase ([`search`]); each row then carries its
    /// first matching turn. A phrase with no letter or digit matches nothing.
    pub text: Option<String>,
    pub scores: Vec<ScoreBound>,
    pub sort: SortKey,
    pub descending: bool,
    pub limit: usize,
    pub cursor: Option<Cursor>,
}

impl Default for ListQuery {
    fn default() -> Self {
        ListQuery {
            agent_id: None,
            team: None,
            language: None,
            status: None,
            external_id: None,
            from_ms: None,
            to_ms: None,
            abusive: None,
            reviewed: None,
            text: None,
            scores: Vec::new(),
            sort: SortKey::ReceivedAt,
            descending: true,
            limit: 50,
            cursor: None,
        }
    }
}

/// Where a page ended: the last row's sort value (`None`: the row had no such score) and id.
#[derive(Debug, Clone, PartialEq)]
pub struct Cursor {
    pub value: Option<f64>,
    pub id: String,
}

impl Cursor {
    /// An opaque token: hex of `value|id` (`-` for no value).
    pub fn encode(&self) -> String {
        let plain = match self.value {
            Some(v) => format!("{v:?}|{}", self.id),
            None => format!("-|{}", self.id),
        };
        plain.bytes().map(|b| format!("{b:02x}")).collect()
    }

    pub fn decode(token: &str) -> Option<Cursor> {
        if !token.len().is_multiple_of(2) || token.len() > 200 {
            return None;
        }
        let bytes: Option<Vec<u8>> = (0..token.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(token.get(i..i + 2)?, 16).ok())
            .collect();
        let plain = String::from_utf8(bytes?).ok()?;
        let (value, id) = plain.split_once('|')?;
        if !super::is_valid_call_id(id) {
            return None;
        }
        let value = match value {
            "-" => None,
            v => Some(v.parse::<f64>().ok().filter(|v| v.is_finite())?),
        };
        Some(Cursor {
            value,
            id: id.to_string(),
        })
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Page {
    pub calls: Vec<CallRow>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

impl Page {
    /// A page of `calls`, with the cursor of the next one when `more` calls follow it
    /// (`last_value`: the last call's value of the sort column). Shared by both stores.
    pub fn new(calls: Vec<CallRow>, more: bool, last_value: Option<f64>) -> Page {
        let next_cursor = match (more, calls.last()) {
            (true, Some(last)) => Some(
                Cursor {
                    value: last_value,
                    id: last.id.clone(),
                }
                .encode(),
            ),
            _ => None,
        };
        Page { calls, next_cursor }
    }
}

/// A `WHERE` clause being built: conditions joined by `AND`, their `?` values in order.
#[derive(Default)]
struct Filter {
    clauses: Vec<String>,
    args: Vec<SqlValue>,
}

impl Filter {
    fn push<const N: usize>(&mut self, clause: impl Into<String>, args: [SqlValue; N]) {
        self.clauses.push(clause.into());
        self.args.extend(args);
    }

    /// `column = value` when a value is given.
    fn text_eq(&mut self, column: &str, value: &Option<String>) {
        if let Some(v) = value {
            self.push(format!("{column} = ?"), [SqlValue::Text(v.clone())]);
        }
    }

    /// Calls with this status.
    fn status_is(&mut self, status: CallStatus) {
        self.push("status = ?", [SqlValue::Text(status.as_str().into())]);
    }

    /// Calls that started in `[from_ms, to_ms)`, either end open when absent.
    fn started_within(&mut self, from_ms: Option<i64>, to_ms: Option<i64>) {
        if let Some(from) = from_ms {
            self.push("started_at_ms >= ?", [SqlValue::Integer(from)]);
        }
        if let Some(to) = to_ms {
            self.push("started_at_ms < ?", [SqlValue::Integer(to)]);
        }
    }

    /// `WHERE …`, or nothing when there are no conditions.
    fn where_clause(&self) -> String {
        if self.clauses.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", self.clauses.join(" AND "))
        }
    }
}

/// One page of calls matching `q`.
pub fn list(conn: &Connection, q: &ListQuery) -> Result<Page, StoreError> {
    let mut filter = Filter::default();
    filter.text_eq("agent_id", &q.agent_id);
    filter.text_eq("team", &q.team);
    filter.text_eq("language", &q.language);
    if let Some(status) = q.status {
        filter.status_is(status);
    }
    filter.text_eq("external_id", &q.external_id);
    filter.started_within(q.from_ms, q.to_ms);
    if let Some(abusive) = q.abusive {
        filter.push("abusive = ?", [SqlValue::Integer(abusive as i64)]);
    }
    if let Some(reviewed) = q.reviewed {
        let not = if reviewed { "" } else { "NOT " };
        filter.push(
            format!("{not}EXISTS (SELECT 1 FROM reviews WHERE reviews.call_id = calls.id)"),
            [],
        );
    }
    let phrase = match &q.text {
        Some(text) => match search::fts_phrase(text) {
            Some(phrase) => Some(phrase),
            None => {
                return Ok(Page {
                    calls: Vec::new(),
                    next_cursor: None,
                })
            }
        },
        None => None,
    };
    if let Some(phrase) = &phrase {
        filter.push(search::MATCHING_CALLS_SQL, [SqlValue::Text(phrase.clone())]);
    }
    for bound in &q.scores {
        if let Some(min) = bound.min {
            filter.push(format!("{} >= ?", bound.column), [SqlValue::Real(min)]);
        }
        if let Some(max) = bound.max {
            filter.push(format!("{} <= ?", bound.column), [SqlValue::Real(max)]);
        }
    }

    // Keyset pagination over (sort column, id), NULL sort values last in either direction.
    let column = q.sort.column();
    let (cmp, dir) = if q.descending {
        ("<", "DESC")
    } else {
        (">", "ASC")
    };
    if let Some(cursor) = &q.cursor {
        match cursor.value {
            Some(v) => filter.push(
                format!("({column} {cmp} ? OR ({column} = ? AND id {cmp} ?) OR {column} IS NULL)"),
                [
                    SqlValue::Real(v),
                    SqlValue::Real(v),
                    SqlValue::Text(cursor.id.clone()),
                ],
            ),
            None => filter.push(
                format!("({column} IS NULL AND id {cmp} ?)"),
                [SqlValue::Text(cursor.id.clone())],
            ),
        }
    }
    let limit = q.limit.clamp(1, MAX_PAGE_SIZE);
    let sql = format!(
        "SELECT {ROW_COLUMNS}, {column} FROM calls {}
         ORDER BY ({column} IS NULL), {column} {dir}, id {dir} LIMIT {}",
        filter.where_clause(),
        limit + 1
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(rusqlite::params_from_iter(filter.args))?;
    let mut calls = Vec::new();
    let mut last_value: Option<f64> = None;
    let mut more = false;
    while let Some(row) = rows.next()? {
        if calls.len() == limit {
            more = true;
            break;
        }
        // The sort column follows the row's columns.
        last_value = row.get::<_, Option<f64>>(ROW_COLUMNS.split(',').count())?;
        calls.push(row_to_call(row)?);
    }
    drop(rows);
    for call in &mut calls {
        call.review = review::summary(conn, &call.id)?;
        if let Some(phrase) = &phrase {
            call.search_hit = search::first_hit(conn, &call.id, phrase)?;
        }
    }
    Ok(Page::new(calls, more, last_value))
}

/// What a trend measures per bucket.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Metric {
    /// The mean of a score column over the calls that have it.
    Mean(&'static str),
    /// The number of calls marked abusive (and the share of assessed calls, in `value`).
    Abusive,
    /// Number of succeeded calls.
    Calls,
    /// The mean review score (percentage of the card's points) of the reviewed calls
    /// (`review_score`); `calls` counts the reviews.
    ReviewScore,
}

impl Metric {
    /// A score column name, `abusive` or `calls`.
    pub fn parse(name: &str) -> Option<Metric> {
        match name {
            "abusive" => Some(Metric::Abusive),
            "calls" => Some(Metric::Calls),
            "review_score" => Some(Metric::ReviewScore),
            other => score_column(other).map(Metric::Mean),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Day,
    /// Weeks start on Monday (ISO).
    Week,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupBy {
    Team,
    Agent,
    /// One group for all calls.
    All,
}

#[derive(Debug, Clone)]
pub struct TrendQuery {
    pub metric: Metric,
    pub period: Period,
    pub group_by: GroupBy,
    pub from_ms: Option<i64>,
    pub to_ms: Option<i64>,
    pub team: Option<String>,
    pub agent_id: Option<String>,
}

/// One period of one group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendBucket {
    /// First day of the period, `YYYY-MM-DD` (UTC).
    pub period: String,
    /// The team or agent id (`null`: calls without one).
    pub group: Option<String>,
    /// Calls that count toward `value` in this bucket.
    pub calls: i64,
    /// The mean score; for `abusive`, the share of assessed calls marked abusive; for
    /// `calls`, the count; for `review_score`, the mean review percentage (0–100) of the
    /// `calls` reviewed.
    pub value: f64,
    /// For `abusive`: how many calls were marked abusive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
}

/// The metric per period and group, over succeeded calls, in period then group order.
pub fn trends(conn: &Connection, q: &TrendQuery) -> Result<Vec<TrendBucket>, StoreError> {
    let period = match q.period {
        Period::Day => "date(started_at_ms / 1000, 'unixepoch')",
        // SQLite: 'weekday 1' moves forward to the next Monday (or stays), so go back 6 days first.
        Period::Week => "date(started_at_ms / 1000, 'unixepoch', '-6 days', 'weekday 1')",
    };
    let group = match q.group_by {
        GroupBy::Team => "team",
        GroupBy::Agent => "agent_id",
        GroupBy::All => "NULL",
    };
    let (value, counted) = match q.metric {
        Metric::Mean(column) => (format!("AVG({column})"), format!("{column} IS NOT NULL")),
        Metric::Abusive => (
            "AVG(abusive)".to_string(),
            "abusive IS NOT NULL".to_string(),
        ),
        Metric::Calls => ("COUNT(*)".to_string(), "1".to_string()),
        Metric::ReviewScore => (
            format!("AVG({REVIEW_SCORE_SQL})"),
            format!("{REVIEW_SCORE_SQL} IS NOT NULL"),
        ),
    };
    let mut filter = Filter::default();
    filter.status_is(CallStatus::Succeeded);
    filter.push(counted, []);
    filter.started_within(q.from_ms, q.to_ms);
    filter.text_eq("team", &q.team);
    filter.text_eq("agent_id", &q.agent_id);
    let sql = format!(
        "SELECT {period} AS p, {group} AS g, COUNT(*), CAST({value} AS REAL), SUM(abusive)
         FROM calls {} GROUP BY p, g ORDER BY p, g",
        filter.where_clause()
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(filter.args), |r| {
        Ok(TrendBucket {
            period: r.get(0)?,
            group: r.get(1)?,
            calls: r.get(2)?,
            value: r.get::<_, Option<f64>>(3)?.unwrap_or(0.0),
            count: if q.metric == Metric::Abusive {
                r.get::<_, Option<i64>>(4)?
            } else {
                None
            },
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Fewest calls with an agent stress score a week needs to count towards a "wearing down"
/// run ([`agent_strain`]): one or two calls are too few to call a week's mean a trend.
pub const MIN_STRAIN_WEEK_CALLS: i64 = 3;

/// Consecutive weeks over which an agent's strain must rise, week on week, to be flagged
/// as wearing down (3 weeks: two rises in a row).
pub const WEARING_DOWN_WEEKS: usize = 3;

/// What [`agent_strain`] is asked: per agent, per week (from Monday, UTC), over calls that
/// started in `[from_ms, to_ms)`, optionally for one team or agent.
#[derive(Debug, Clone, Default)]
pub struct StrainQuery {
    pub from_ms: Option<i64>,
    pub to_ms: Option<i64>,
    pub team: Option<String>,
    pub agent_id: Option<String>,
}

/// One week of one agent: their stress against their own baseline, and the abuse they
/// absorbed from customers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StrainBucket {
    /// Monday of the week, `YYYY-MM-DD` (UTC).
    pub period: String,
    /// The agent id.
    pub group: String,
    /// The agent's succeeded calls that week.
    pub calls: i64,
    /// `stress` minus the agent's `baseline` (`null` when no call of the week has an agent
    /// stress score): above 0, a more strained week than usual for this agent.
    pub value: Option<f64>,
    /// The mean `scores.stress.agent` of the week's calls that have one.
    pub stress: Option<f64>,
    /// Calls of the week with an agent stress score (the calls behind `stress`).
    pub stress_calls: i64,
    /// Customer turns marked abusive, summed over the week's calls.
    pub abusive_turns: i64,
    /// Calls with at least one abusive customer turn.
    pub calls_with_abuse: i64,
    /// Customer turns marked shouting (≥ 6 dB over that customer's median turn).
    pub shouting_turns: i64,
    /// Calls whose customer turns were assessed for abuse (the denominator of
    /// `calls_with_abuse`).
    pub abuse_assessed_calls: i64,
    /// How many of the week's agent stress scores were measured against each reference
    /// (`profile`: the agent's own voice profile; `population`: population norms; `call`:
    /// the agent within that call; `unknown`: reports that do not say).
    pub tone_reference: std::collections::BTreeMap<String, i64>,
}

/// One agent over the whole window.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgentStrain {
    pub agent_id: String,
    /// The median `scores.stress.agent` of the agent's calls in the window (`null`: none
    /// has one): the agent's own usual, which each week is measured against.
    pub baseline: Option<f64>,
    /// Calls with an agent stress score behind the baseline.
    pub baseline_calls: i64,
    /// Succeeded calls of the agent in the window.
    pub calls: i64,
    /// Customer turns marked abusive over the window.
    pub abusive_turns: i64,
    /// Consecutive weeks, ending with the agent's latest week, over which `value` rose
    /// week on week (1: no rise; weeks with fewer than [`MIN_STRAIN_WEEK_CALLS`] scored
    /// calls, or a week without calls, end the run).
    pub rising_weeks: usize,
    /// True when `rising_weeks` ≥ [`WEARING_DOWN_WEEKS`] and the latest week is above the
    /// baseline.
    pub wearing_down: bool,
    /// The flag in words (or why not).
    pub why: String,
}

/// Per agent and week, over succeeded calls with an agent: [`StrainBucket`]s (agent then
/// week order) and one [`AgentStrain`] per agent (agents wearing down first, then by their
/// latest week's strain, highest first).
pub fn agent_strain(
    conn: &Connection,
    q: &StrainQuery,
) -> Result<(Vec<StrainBucket>, Vec<AgentStrain>), StoreError> {
    let mut filter = Filter::default();
    filter.status_is(CallStatus::Succeeded);
    filter.push("agent_id IS NOT NULL", []);
    filter.started_within(q.from_ms, q.to_ms);
    filter.text_eq("team", &q.team);
    filter.text_eq("agent_id", &q.agent_id);
    let week = "date(started_at_ms / 1000, 'unixepoch', '-6 days', 'weekday 1')";

    // The baseline: each agent's median stress over the window.
    let mut stresses: std::collections::BTreeMap<String, Vec<f64>> = Default::default();
    {
        let sql = format!(
            "SELECT agent_id, stress_agent FROM calls {} AND stress_agent IS NOT NULL",
            filter.where_clause()
        );
        let mut stmt = conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(filter.args.iter()))?;
        while let Some(row) = rows.next()? {
            stresses.entry(row.get(0)?).or_default().push(row.get(1)?);
        }
    }
    let baselines: std::collections::BTreeMap<String, (f64, i64)> = stresses
        .into_iter()
        .map(|(agent, mut v)| {
            v.sort_by(f64::total_cmp);
            let n = v.len();
            let median = if n % 2 == 1 {
                v[n / 2]
            } else {
                (v[n / 2 - 1] + v[n / 2]) / 2.0
            };
            (agent, (round4(median), n as i64))
        })
        .collect();

    let sql = format!(
        "SELECT agent_id, {week} AS p, COUNT(*), AVG(stress_agent), COUNT(stress_agent),
                COALESCE(SUM(abusive_turns_customer), 0),
                COALESCE(SUM(abusive_turns_customer > 0), 0),
                COALESCE(SUM(shouting_turns_customer), 0),
                COUNT(abusive_turns_customer),
                SUM(stress_agent IS NOT NULL AND tone_reference_agent = 'profile'),
                SUM(stress_agent IS NOT NULL AND tone_reference_agent = 'population'),
                SUM(stress_agent IS NOT NULL AND tone_reference_agent = 'call'),
                SUM(stress_agent IS NOT NULL AND tone_reference_agent IS NULL)
         FROM calls {} GROUP BY agent_id, p ORDER BY agent_id, p",
        filter.where_clause()
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(filter.args.iter()), |r| {
        let agent: String = r.get(0)?;
        let stress: Option<f64> = r.get::<_, Option<f64>>(3)?.map(round4);
        let mut tone_reference = std::collections::BTreeMap::new();
        for (i, name) in ["profile", "population", "call", "unknown"]
            .iter()
            .enumerate()
        {
            let n: i64 = r.get::<_, Option<i64>>(9 + i)?.unwrap_or(0);
            if n > 0 {
                tone_reference.insert(name.to_string(), n);
            }
        }
        let baseline = baselines.get(&agent).map(|b| b.0);
        Ok(StrainBucket {
            period: r.get(1)?,
            calls: r.get(2)?,
            value: stress.zip(baseline).map(|(s, b)| round4(s - b)),
            stress,
            stress_calls: r.get(4)?,
            abusive_turns: r.get(5)?,
            calls_with_abuse: r.get(6)?,
            shouting_turns: r.get(7)?,
            abuse_assessed_calls: r.get(8)?,
            tone_reference,
            group: agent,
        })
    })?;
    let buckets: Vec<StrainBucket> = rows.collect::<Result<_, _>>()?;
    let agents = strain_agents(&buckets, &baselines);
    Ok((buckets, agents))
}

/// One [`AgentStrain`] per agent of `buckets` (agent then week order), with the agents'
/// `(baseline, calls)`: agents wearing down first, then by their latest week's strain,
/// highest first (shared by the SQLite and PostgreSQL stores).
pub(super) fn strain_agents(
    buckets: &[StrainBucket],
    baselines: &std::collections::BTreeMap<String, (f64, i64)>,
) -> Vec<AgentStrain> {
    let mut agents: Vec<AgentStrain> = Vec::new();
    let mut start = 0;
    while start < buckets.len() {
        let agent = &buckets[start].group;
        let end = start
            + buckets[start..]
                .iter()
                .take_while(|b| &b.group == agent)
                .count();
        let weeks = &buckets[start..end];
        let (baseline, baseline_calls) = match baselines.get(agent) {
            Some(&(b, n)) => (Some(b), n),
            None => (None, 0),
        };
        let rising_weeks = rising_run(weeks);
        let latest = weeks.last().and_then(|w| w.value);
        let wearing_down = rising_weeks >= WEARING_DOWN_WEEKS && latest.is_some_and(|v| v > 0.0);
        let why = strain_why(weeks, baseline, rising_weeks, wearing_down);
        agents.push(AgentStrain {
            agent_id: agent.clone(),
            baseline,
            baseline_calls,
            calls: weeks.iter().map(|w| w.calls).sum(),
            abusive_turns: weeks.iter().map(|w| w.abusive_turns).sum(),
            rising_weeks,
            wearing_down,
            why,
        });
        start = end;
    }
    let latest_value = |a: &AgentStrain| {
        buckets
            .iter()
            .rev()
            .find(|b| b.group == a.agent_id)
            .and_then(|b| b.value)
            .unwrap_or(f64::NEG_INFINITY)
    };
    agents.sort_by(|a, b| {
        b.wearing_down
            .cmp(&a.wearing_down)
            .then(latest_value(b).total_cmp(&latest_value(a)))
            .then(a.agent_id.cmp(&b.agent_id))
    });
    agents
}

/// `v` to 4 decimals: the strain figures are means of scores given to 3, and a week is
/// not "rising" by the rounding error of a mean.
pub(super) fn round4(v: f64) -> f64 {
    (v * 10_000.0).round() / 10_000.0
}

/// The number of consecutive weeks, ending with the last of `weeks` (one agent's, in week
/// order), over which the strain rose week on week. A week counts only with at least
/// [`MIN_STRAIN_WEEK_CALLS`] scored calls, and the weeks must follow each other (7 days
/// apart); 0 when the last week does not count.
fn rising_run(weeks: &[StrainBucket]) -> usize {
    let counts = |w: &StrainBucket| w.stress_calls >= MIN_STRAIN_WEEK_CALLS && w.value.is_some();
    let Some(last) = weeks.last().filter(|w| counts(w)) else {
        return 0;
    };
    let mut run = 1;
    let mut later = last;
    for earlier in weeks.iter().rev().skip(1) {
        let follows = days_between(&earlier.period, &later.period) == Some(7);
        if !(counts(earlier) && follows && earlier.value < later.value) {
            break;
        }
        run += 1;
        later = earlier;
    }
    run
}

/// Days from `a` to `b`, both `YYYY-MM-DD`.
fn days_between(a: &str, b: &str) -> Option<i64> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let a = time::Date::parse(a, &format).ok()?;
    let b = time::Date::parse(b, &format).ok()?;
    Some((b - a).whole_days())
}

/// Why an agent is (or is not) flagged, in words.
fn strain_why(
    weeks: &[StrainBucket],
    baseline: Option<f64>,
    rising_weeks: usize,
    wearing_down: bool,
) -> String {
    let Some(baseline) = baseline else {
        return "no call of this agent has an agent stress score".to_string();
    };
    let run = &weeks[weeks.len().saturating_sub(rising_weeks.max(1))..];
    let abuse: i64 = run.iter().map(|w| w.abusive_turns).sum();
    let shouting: i64 = run.iter().map(|w| w.shouting_turns).sum();
    let path: Vec<String> = run
        .iter()
        .filter_map(|w| w.value)
        .map(|v| format!("{v:+.2}"))
        .collect();
    if wearing_down {
        format!(
            "stress above their own baseline ({baseline:.2}) rose {rising_weeks} weeks in a row ({}); \
             {abuse} abusive and {shouting} shouting customer turns absorbed in those weeks",
            path.join(" → ")
        )
    } else if rising_weeks >= WEARING_DOWN_WEEKS {
        format!(
            "stress rose {rising_weeks} weeks in a row ({}) but is not above their baseline ({baseline:.2})",
            path.join(" → ")
        )
    } else if rising_weeks == 0 {
        format!(
            "the latest week has fewer than {MIN_STRAIN_WEEK_CALLS} calls with an agent stress score; baseline {baseline:.2}"
        )
    } else {
        format!("no rise over {WEARING_DOWN_WEEKS} consecutive weeks; baseline {baseline:.2}")
    }
}
