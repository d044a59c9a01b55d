//! Imports started from the staff upload page: the uploaded file is read in
//! the background while the page shows how far it got.
//!
//! The outcome lives in the database (`import_job`), so it survives a
//! restart and any instance can show it. Progress is counted in memory by
//! the instance that reads the file and, on PostgreSQL, written to the row
//! every second for the other instances. SQLite allows one writer at a time
//! and the import holds that for its one transaction, so there the row is
//! written only when the import ends; a SQLite site runs one instance,
//! which has the progress in memory.

use std::{
    collections::HashMap,
    io::{BufReader, Read},
    sync::{
        atomic::{AtomicU64, Ordering},
        Arc, Mutex,
    },
    time::Duration,
};

use chrono::{DateTime, Utc};
use domain::model::statistics::{ImportJob, ImportKind, ImportProblem, ImportState};
use serde::{Deserialize, Serialize};

use super::{ImportError, RowError};
use crate::{
    accounts::timestamp,
    db::{
        import_jobs::{self, JobRow},
        Backend, Db, DbError,
    },
};

/// A running import whose row has not moved for this long was interrupted
/// (its server stopped); its transaction never committed.
const INTERRUPTED_AFTER: Duration = Duration::from_secs(30);

/// How far an import on this instance got.
#[derive(Debug, Default)]
pub struct Progress {
    bytes: AtomicU64,
    rows: AtomicU64,
}

/// The imports this instance is reading now.
#[derive(Debug, Default)]
pub struct RunningImports {
    jobs: Mutex<HashMap<i64, Arc<Progress>>>,
}

impl RunningImports {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<i64, Arc<Progress>>> {
        // A panic while holding the lock leaves a map of counters: use it.
        self.jobs.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn progress(&self, id: i64) -> Option<(u64, u64)> {
        self.lock().get(&id).map(|p| {
            (
                p.bytes.load(Ordering::Relaxed),
                p.rows.load(Ordering::Relaxed),
            )
        })
    }
}

/// Why an upload was not started.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("another import is still running")]
    Busy,
    #[error(transparent)]
    Db(#[from] DbError),
}

/// An uploaded file, saved where the import will read it; removed when this
/// is dropped, however the import ends.
pub struct Upload {
    pub kind: ImportKind,
    pub file_name: String,
    pub file: super::uploads::UploadedFile,
    pub bytes: u64,
}

/// Records the import and starts reading the file in the background; the
/// file is removed when the import ends. One import runs at a time: two
/// would wait on each other's writes.
pub async fn start(
    db: &Db,
    running: &Arc<RunningImports>,
    upload: Upload,
    started_by: i64,
    now: DateTime<Utc>,
) -> Result<i64, StartError> {
    let busy = import_jobs::latest(db, 5)
        .await?
        .into_iter()
        .any(|row| matches!(state_of(&row, running, now), ImportState::Running { .. }));
    if busy {
        return Err(StartError::Busy);
    }
    let id = match import_jobs::insert(
        db,
        upload.kind.slug(),
        &upload.file_name,
        to_i64(upload.bytes),
        started_by,
        &timestamp(now),
    )
    .await
    {
        Ok(id) => id,
        Err(error) => return Err(error.into()),
    };
    let progress = Arc::new(Progress::default());
    running.lock().insert(id, progress.clone());
    tokio::spawn(read_in_background(
        db.clone(),
        running.clone(),
        id,
        upload,
        progress,
    ));
    Ok(id)
}

async fn read_in_background(
    db: Db,
    running: Arc<RunningImports>,
    id: i64,
    upload: Upload,
    progress: Arc<Progress>,
) {
    let heartbeat = (db.backend() == Backend::Postgres).then(|| {
        let (db, progress) = (db.clone(), progress.clone());
        tokio::spawn(async move {
            let mut every_second = tokio::time::interval(Duration::from_secs(1));
            loop {
                every_second.tick().await;
                let bytes = progress.bytes.load(Ordering::Relaxed);
                let rows = progress.rows.load(Ordering::Relaxed);
                let now = timestamp(Utc::now());
                let (bytes, rows) = (to_i64(bytes), to_i64(rows));
                if let Err(error) = import_jobs::heartbeat(&db, id, bytes, rows, &now).await {
                    tracing::warn!(%error, id, "cannot record an import's progress");
                }
            }
        })
    });

    let imported_at = timestamp(Utc::now());
    let outcome = match std::fs::File::open(upload.file.path()) {
        Ok(file) => {
            let input = CountingReader {
                inner: BufReader::with_capacity(1 << 16, file),
                progress: &progress,
            };
            let rows_heard = |rows| progress.rows.store(rows, Ordering::Relaxed);
            match upload.kind {
                ImportKind::Cases => {
                    super::cases::import(&db, input, &imported_at, rows_heard).await
                }
                ImportKind::Survey => {
                    super::survey::import(&db, input, &imported_at, rows_heard).await
                }
            }
        }
        Err(error) => Err(ImportError::Io(error)),
    };
    if let Some(heartbeat) = heartbeat {
        heartbeat.abort();
    }
    drop(upload);

    let now = timestamp(Utc::now());
    let recorded = match outcome {
        Ok(summary) => {
            tracing::info!(id, rows = summary.rows, "an uploaded file was imported");
            import_jobs::finish(&db, id, "imported", to_i64(summary.rows), None, &now).await
        }
        Err(error) => {
            tracing::info!(id, %error, "an uploaded file was rejected");
            let problems = StoredProblems::of(error);
            let json = serde_json::to_string(&problems).unwrap_or_default();
            import_jobs::finish(&db, id, "rejected", 0, Some(&json), &now).await
        }
    };
    if let Err(error) = recorded {
        tracing::error!(%error, id, "cannot record how an import ended");
    }
    running.lock().remove(&id);
}

fn to_i64(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// Counts the bytes an import has read, for its progress bar.
struct CountingReader<'p, R> {
    inner: R,
    progress: &'p Progress,
}

impl<R: Read> Read for CountingReader<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.progress.bytes.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// A rejected file's problems as the row keeps them.
#[derive(Debug, Default, Serialize, Deserialize)]
struct StoredProblems {
    problems: Vec<ImportProblem>,
    truncated: bool,
}

impl StoredProblems {
    fn of(error: ImportError) -> StoredProblems {
        match error {
            ImportError::Rejected {
                problems,
                truncated,
            } => StoredProblems {
                problems: problems.iter().map(problem_of).collect(),
                truncated,
            },
            // The file could not be read to its end, or the database failed
            // mid-way: either way nothing was written, which is what counts.
            ImportError::Io(_) | ImportError::Database(_) => StoredProblems {
                problems: vec![ImportProblem {
                    line: 0,
                    column: None,
                    message: "import-problem-failed".into(),
                    args: Vec::new(),
                }],
                truncated: false,
            },
        }
    }
}

fn problem_of(error: &RowError) -> ImportProblem {
    let (message, args) = error.problem.message();
    ImportProblem {
        line: error.position.line,
        column: error.position.column.map(|(_, name)| name.to_string()),
        message: message.to_string(),
        args: args
            .into_iter()
            .map(|(name, value)| (name.to_string(), value))
            .collect(),
    }
}

/// Where an import stands, from its row and this instance's counters.
fn state_of(row: &JobRow, running: &RunningImports, now: DateTime<Utc>) -> ImportState {
    match row.status.as_str() {
        "imported" => ImportState::Imported {
            rows: u64::try_from(row.rows_read).unwrap_or_default(),
        },
        "rejected" => {
            let stored: StoredProblems = row
                .problems
                .as_deref()
                .and_then(|json| serde_json::from_str(json).ok())
                .unwrap_or_default();
            ImportState::Rejected {
                problems: stored.problems,
                truncated: stored.truncated,
            }
        }
        _ => {
            if let Some((bytes_read, rows_read)) = running.progress(row.id) {
                return ImportState::Running {
                    bytes_read,
                    rows_read,
                };
            }
            let beat = DateTime::parse_from_rfc3339(&row.heartbeat_at)
                .map(|t| t.with_timezone(&Utc))
                .unwrap_or(now);
            if (now - beat).to_std().unwrap_or_default() > INTERRUPTED_AFTER {
                ImportState::Interrupted
            } else {
                ImportState::Running {
                    bytes_read: u64::try_from(row.bytes_read).unwrap_or_default(),
                    rows_read: u64::try_from(row.rows_read).unwrap_or_default(),
                }
            }
        }
    }
}

/// An import as the staff pages show it.
pub fn job_of(row: JobRow, running: &RunningImports, now: DateTime<Utc>) -> ImportJob {
    ImportJob {
        state: state_of(&row, running, now),
        id: row.id,
        kind: ImportKind::from_slug(&row.kind).unwrap_or(ImportKind::Cases),
        bytes_total: u64::try_from(row.bytes_total).unwrap_or_default(),
        file_name: row.file_name,
        started_by: row.started_by,
        started_at: row.started_at,
    }
}
