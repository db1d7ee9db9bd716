//! Building a query's `WHERE` clause with bound parameters: conditions joined by `AND`, every
//! value a `$n` parameter (user input never becomes SQL text), shared by the query modules.

use postgres::types::ToSql;

use crate::store::CallStatus;

/// A `WHERE` clause being built: conditions joined by `AND`, and the values of their `$n`
/// parameters in order.
#[derive(Default)]
pub(crate) struct Filter {
    clauses: Vec<String>,
    args: Vec<Box<dyn ToSql + Sync>>,
}

impl Filter {
    /// Binds `value` as the next parameter and returns its placeholder (`$3`), to be used
    /// (once or more) in a condition.
    pub(crate) fn arg(&mut self, value: impl ToSql + Sync + 'static) -> String {
        self.args.push(Box::new(value));
        format!("${}", self.args.len())
    }

    /// Adds a condition (its parameters bound with [`Filter::arg`]).
    pub(crate) fn push(&mut self, clause: impl Into<String>) {
        self.clauses.push(clause.into());
    }

    /// `column = value` when a value is given.
    pub(crate) fn text_eq(&mut self, column: &str, value: &Option<String>) {
        if let Some(v) = value {
            let p = self.arg(v.clone());
            self.push(format!("{column} = {p}"));
        }
    }

    /// Calls (columns prefixed by `prefix`: `""` or `"c."`) with this status.
    pub(crate) fn status_is(&mut self, prefix: &str, status: CallStatus) {
        let p = self.arg(status.as_str().to_string());
        self.push(format!("{prefix}status = {p}"));
    }

    /// Calls that started in `[from_ms, to_ms)`, either end open when absent.
    pub(crate) fn started_within(
        &mut self,
        prefix: &str,
        from_ms: Option<i64>,
        to_ms: Option<i64>,
    ) {
        if let Some(from) = from_ms {
            let p = self.arg(from);
            self.push(format!("{prefix}started_at_ms >= {p}"));
        }
        if let Some(to) = to_ms {
            let p = self.arg(to);
            self.push(format!("{prefix}started_at_ms < {p}"));
        }
    }

    /// `WHERE …`, or nothing when there are no conditions.
    pub(crate) fn where_clause(&self) -> String {
        if self.clauses.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", self.clauses.join(" AND "))
        }
    }

    /// The parameters' values, in order, as the client takes them.
    pub(crate) fn params(&self) -> Vec<&(dyn ToSql + Sync)> {
        self.args.iter().map(|a| a.as_ref()).collect()
    }
}

/// A statement with its parameters: what a query function runs (and what `EXPLAIN` is shown
/// for, in `docs/postgres.md`).
pub(crate) struct Statement {
    /// The SQL, with `$n` placeholders.
    pub sql: String,
    /// The values of the placeholders.
    pub filter: Filter,
}
