//! Reviewers' corrections and calibrations on PostgreSQL: the same behaviour as the SQLite
//! store's [`crate::store::labels`].

use postgres::types::ToSql;
use postgres::GenericClient;
use serde_json::Value;

use super::CALIBRATION_LOCK;
use crate::store::labels::{CalibrationRow, Label, LabelQuery, NewLabel};
use crate::store::{now_ms, StoreError};

/// Stores `labels` in one transaction; returns them as stored.
pub(super) fn add(
    db: &mut impl GenericClient,
    labels: &[NewLabel],
) -> Result<Vec<Label>, StoreError> {
    let mut tx = db.transaction()?;
    let now = now_ms();
    let mut out = Vec::with_capacity(labels.len());
    for l in labels {
        let id: i64 = tx
            .query_one(
                "INSERT INTO labels (call_id, turn_id, field, machine_value, raw_value,
                    reviewer_value, language, reviewer, created_at_ms)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                &[
                    &l.call_id,
                    &l.turn_id,
                    &l.field,
                    &l.machine_value,
                    &l.raw_value,
                    &l.reviewer_value,
                    &l.language,
                    &l.reviewer,
                    &now,
                ],
            )?
            .try_get(0)?;
        out.push(Label {
            id,
            call_id: l.call_id.clone(),
            turn_id: l.turn_id,
            field: l.field.clone(),
            machine_value: l.machine_value.clone(),
            raw_value: l.raw_value.clone(),
            reviewer_value: l.reviewer_value.clone(),
            language: l.language.clone(),
            reviewer: l.reviewer.clone(),
            created_at_ms: now,
        });
    }
    tx.commit()?;
    Ok(out)
}

/// The labels `q` asks for, by id (oldest first).
pub(super) fn query(db: &mut impl GenericClient, q: &LabelQuery) -> Result<Vec<Label>, StoreError> {
    let mut sql = String::from(
        "SELECT id, call_id, turn_id, field, machine_value, raw_value, reviewer_value, language,
                reviewer, created_at_ms
         FROM labels l WHERE TRUE",
    );
    let mut args: Vec<Box<dyn ToSql + Sync>> = Vec::new();
    if let Some(call) = &q.call_id {
        args.push(Box::new(call.clone()));
        sql.push_str(&format!(" AND call_id = ${}", args.len()));
    }
    if let Some(field) = &q.field {
        args.push(Box::new(field.clone()));
        sql.push_str(&format!(" AND field = ${}", args.len()));
    }
    if let Some(since) = q.since_ms {
        args.push(Box::new(since));
        sql.push_str(&format!(" AND created_at_ms >= ${}", args.len()));
    }
    if let Some(after) = q.after_id {
        args.push(Box::new(after));
        sql.push_str(&format!(" AND id > ${}", args.len()));
    }
    if q.latest_only {
        sql.push_str(
            " AND id = (SELECT MAX(n.id) FROM labels n WHERE n.call_id = l.call_id
                        AND n.turn_id = l.turn_id AND n.field = l.field)",
        );
    }
    sql.push_str(" ORDER BY id");
    if let Some(limit) = q.limit {
        sql.push_str(&format!(" LIMIT {limit}"));
    }
    let params: Vec<&(dyn ToSql + Sync)> = args.iter().map(|a| a.as_ref()).collect();
    let json = |v: Option<Value>| v.unwrap_or(Value::Null);
    db.query(&sql, &params)?
        .iter()
        .map(|r| {
            Ok(Label {
                id: r.try_get(0)?,
                call_id: r.try_get(1)?,
                turn_id: r.try_get(2)?,
                field: r.try_get(3)?,
                machine_value: json(r.try_get(4)?),
                raw_value: json(r.try_get(5)?),
                reviewer_value: json(r.try_get(6)?),
                language: r.try_get(7)?,
                reviewer: r.try_get(8)?,
                created_at_ms: r.try_get(9)?,
            })
        })
        .collect()
}

/// Installs `body` as the next version (its `version` set to it); returns the version. Under
/// the calibrations' advisory lock, so two installs at once get two versions.
pub(super) fn install(db: &mut impl GenericClient, body: &Value) -> Result<u32, StoreError> {
    let mut tx = db.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&CALIBRATION_LOCK])?;
    let last: Option<i32> = tx
        .query_one("SELECT MAX(version) FROM calibrations", &[])?
        .try_get(0)?;
    let version = last.unwrap_or(0) + 1;
    let mut body = body.clone();
    if let Some(object) = body.as_object_mut() {
        object.insert("version".into(), Value::from(version));
    }
    tx.execute(
        "INSERT INTO calibrations (version, created_at_ms, body) VALUES ($1, $2, $3)",
        &[&version, &now_ms(), &body],
    )?;
    tx.commit()?;
    Ok(version as u32)
}

/// The version in force: the newest not rolled back.
pub(super) fn current_version(db: &mut impl GenericClient) -> Result<Option<u32>, StoreError> {
    let v: Option<i32> = db
        .query_one(
            "SELECT MAX(version) FROM calibrations WHERE rolled_back_at_ms IS NULL",
            &[],
        )?
        .try_get(0)?;
    Ok(v.map(|v| v as u32))
}

/// The calibration in force, with its version.
pub(super) fn current(db: &mut impl GenericClient) -> Result<Option<(u32, Value)>, StoreError> {
    let row = db.query_opt(
        "SELECT version, body FROM calibrations WHERE rolled_back_at_ms IS NULL
         ORDER BY version DESC LIMIT 1",
        &[],
    )?;
    match row {
        Some(r) => Ok(Some((r.try_get::<_, i32>(0)? as u32, r.try_get(1)?))),
        None => Ok(None),
    }
}

/// Rolls the current calibration back; returns the version rolled back, `None` when none
/// was installed.
pub(super) fn roll_back(db: &mut impl GenericClient) -> Result<Option<u32>, StoreError> {
    let mut tx = db.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&CALIBRATION_LOCK])?;
    let Some(version) = current_version(&mut tx)? else {
        return Ok(None);
    };
    tx.execute(
        "UPDATE calibrations SET rolled_back_at_ms = $1 WHERE version = $2",
        &[&now_ms(), &(version as i32)],
    )?;
    tx.commit()?;
    Ok(Some(version))
}

/// Every calibration installed, newest first.
pub(super) fn history(db: &mut impl GenericClient) -> Result<Vec<CalibrationRow>, StoreError> {
    db.query(
        "SELECT version, created_at_ms, rolled_back_at_ms FROM calibrations
         ORDER BY version DESC",
        &[],
    )?
    .iter()
    .map(|r| {
        Ok(CalibrationRow {
            version: r.try_get::<_, i32>(0)? as u32,
            created_at_ms: r.try_get(1)?,
            rolled_back_at_ms: r.try_get(2)?,
        })
    })
    .collect()
}
