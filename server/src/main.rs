use std::{process::ExitCode, sync::Arc};

use clap::Parser;
use domain::backend::{SharedBackend, SharedStaff};
use leptos::config::LeptosOptions;
use server::{
    accounts,
    changes::ChangeWatch,
    cli::{Cli, Command},
    config::Config,
    db::{settings, Db},
    demo, http, locales,
    portal::Portal,
    search::{SearchService, SyncError},
    telemetry,
};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Why the server could not start; printed as one clear line.
#[derive(Debug, thiserror::Error)]
enum StartupError {
    #[error(transparent)]
    Database(#[from] server::db::DbError),
    #[error("cannot load translations: {0}")]
    Locales(#[from] locales::LoadError),
    #[error("cannot build the search index: {0}")]
    Search(#[from] SyncError),
    #[error("{0}")]
    Import(ImportFailure),
    #[error("cannot publish statistics: {0}")]
    Publish(#[from] server::stats::publish::PublishError),
    #[error("{0}")]
    Period(#[from] server::stats::PeriodError),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: std::net::SocketAddr,
        source: std::io::Error,
    },
    #[error("server error: {0}")]
    Serve(std::io::Error),
    #[error("cannot create the account: {0}")]
    Account(String),
    #[error("cannot prepare the upload folder {path}: {source}")]
    Uploads {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    telemetry::init(cli.config.log_format);
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(cli.config).await,
        Command::Migrate => migrate(&cli.config).await,
        Command::SeedDemo => seed_demo(&cli.config).await,
        Command::ImportCases { file } => import_file(&cli.config, &file, ImportKind::Cases).await,
        Command::ImportSurvey { file } => import_file(&cli.config, &file, ImportKind::Survey).await,
        Command::PublishStatistics { year, from, to } => {
            publish_statistics(&cli.config, year, from.zip(to)).await
        }
        Command::StaticTwin { dir } => static_twin(&cli.config, &dir).await,
        Command::CreateAdmin {
            username,
            display_name,
        } => create_admin(&cli.config, &username, &display_name).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!(%error, "stopped");
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

async fn migrate(config: &Config) -> Result<(), StartupError> {
    let db = Db::connect(&config.database_url).await?;
    tracing::info!("migrations applied");
    db.close().await;
    Ok(())
}

/// What a publication printed on the command line says: its steps' times
/// and how much it hides.
fn summary(
    period: server::stats::Period,
    publication: &server::stats::publish::Publication,
) -> String {
    format!(
        "statistics {} – {} published (snapshot {}): {} active cases read in {:.3} s, \
         aggregated in {:.3} s, public report (disclosure control and its bounds audit) in \
         {:.3} s, full report in {:.3} s, stored in {:.3} s; {}",
        period.from,
        period.to,
        publication.snapshot.id,
        publication.cases,
        publication.read.as_secs_f64(),
        publication.aggregate.as_secs_f64(),
        publication.public_report.as_secs_f64(),
        publication.full_report.as_secs_f64(),
        publication.store.as_secs_f64(),
        publication.hidden,
    )
}

async fn seed_demo(config: &Config) -> Result<(), StartupError> {
    let db = Db::connect(&config.database_url).await?;
    if demo::seed(&db, &now()).await? {
        for (period, publication) in demo::publish(&db, &config.disclosure_rules(), &now()).await? {
            println!("demonstration {}", summary(period, &publication));
        }
        tracing::info!("demonstration data loaded, its 2023 and 2024 statistics published");
    } else {
        tracing::info!("the database already has providers; demonstration data not loaded");
    }
    db.close().await;
    Ok(())
}

/// An import that failed, with the file it was about.
#[derive(Debug)]
struct ImportFailure {
    file: String,
    error: server::import::ImportError,
}

impl std::fmt::Display for ImportFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file, self.error)?;
        if let server::import::ImportError::Rejected { problems, .. } = &self.error {
            for problem in problems {
                write!(f, "\n  {problem}")?;
            }
        }
        Ok(())
    }
}

/// What a file holds.
#[derive(Clone, Copy)]
enum ImportKind {
    Cases,
    Survey,
}

async fn import_file(
    config: &Config,
    file: &std::path::Path,
    kind: ImportKind,
) -> Result<(), StartupError> {
    let failure = |error| {
        StartupError::Import(ImportFailure {
            file: file.display().to_string(),
            error,
        })
    };
    let input =
        std::fs::File::open(file).map_err(|e| failure(server::import::ImportError::Io(e)))?;
    let input = std::io::BufReader::new(input);
    let db = Db::connect(&config.database_url).await?;
    let mut reported = 0;
    let progress = |rows: u64| {
        // A line every 50,000 rows: progress without flooding the terminal.
        if rows >= reported + 50_000 {
            reported = rows - rows % 50_000;
            eprintln!("{rows} rows imported …");
        }
    };
    let now = now();
    let result = match kind {
        ImportKind::Cases => server::import::cases::import(&db, input, &now, progress).await,
        ImportKind::Survey => server::import::survey::import(&db, input, &now, progress).await,
    };
    db.close().await;
    let summary = result.map_err(failure)?;
    let what = match kind {
        ImportKind::Cases => "cases",
        ImportKind::Survey => "survey responses",
    };
    tracing::info!(rows = summary.rows, file = %file.display(), "{what} imported");
    println!("{} {what} imported from {}", summary.rows, file.display());
    Ok(())
}

async fn publish_statistics(
    config: &Config,
    year: Option<i32>,
    range: Option<(chrono::NaiveDate, chrono::NaiveDate)>,
) -> Result<(), StartupError> {
    use chrono::Datelike;
    let period = match (year, range) {
        (_, Some((from, to))) => server::stats::Period::new(from, to)?,
        (Some(year), None) => server::stats::Period::calendar_year(year),
        (None, None) => {
            let today = config
                .today
                .unwrap_or_else(|| chrono::Local::now().date_naive());
            server::stats::Period::calendar_year(today.year() - 1)
        }
    };
    let db = Db::connect(&config.database_url).await?;
    let result = server::stats::publish::publish(
        &db,
        period,
        &config.disclosure_rules(),
        "command line",
        &now(),
    )
    .await;
    db.close().await;
    let publication = result?;
    tracing::info!(id = publication.snapshot.id, "statistics published");
    println!("{}", summary(period, &publication));
    Ok(())
}

async fn serve(config: Config) -> Result<(), StartupError> {
    let localizer = Arc::new(locales::load(&config.locales_dir)?);
    let uploads =
        server::import::uploads::UploadDir::open(&config.upload_dir).map_err(|source| {
            StartupError::Uploads {
                path: config.upload_dir.clone(),
                source,
            }
        })?;
    let db = Db::connect(&config.database_url).await?;
    let demonstration_data = settings::get(&db, settings::DEMONSTRATION_DATA)
        .await?
        .as_deref()
        == Some("true");
    let changes = Arc::new(ChangeWatch::new(db.clone()));
    let search = SearchService::start(db.clone(), localizer.clone(), changes.clone()).await?;
    search.follow_other_instances(&config.database_url);
    let imports = Arc::new(server::import::jobs::RunningImports::default());
    let portal = Arc::new(Portal::new(
        db.clone(),
        changes.clone(),
        search,
        config.today,
        config.rotation_start,
        demonstration_data,
        imports.clone(),
    ));
    let backend: SharedBackend = portal.clone();
    let staff: SharedStaff = portal;

    let leptos_options = LeptosOptions::builder()
        .output_name("jamforaren")
        .site_root(config.site_root.display().to_string())
        .site_pkg_dir("pkg")
        .site_addr(config.addr)
        .build();
    let app = http::router(http::AppState {
        leptos_options,
        db: db.clone(),
        backend,
        staff,
        localizer,
        security: http::SecurityConfig {
            secure_cookies: config.secure_cookies,
            trust_forwarded: config.trust_forwarded,
        },
        imports,
        disclosure: config.disclosure_rules(),
        changes,
        public_url: config.public_url(),
        uploads,
    });
    // Expired sessions and old sign-in failures are removed now and then;
    // the task ends with the server.
    let cleaner = tokio::spawn({
        let db = db.clone();
        async move {
            let mut every = tokio::time::interval(std::time::Duration::from_secs(600));
            loop {
                every.tick().await;
                if let Err(error) = accounts::clean_up(&db, chrono::Utc::now()).await {
                    tracing::warn!(%error, "cannot remove expired sessions");
                }
            }
        }
    });

    tracing::info!(addr = %config.addr, database = %server::db::redact_password(&config.database_url),
        "serving Jämföraren on http://{}", config.addr);
    serve_until_shutdown(config.addr, app).await?;
    cleaner.abort();
    db.close().await;
    tracing::info!("stopped gracefully");
    Ok(())
}

/// Creates an administrator. The password comes from
/// `JAMFORAREN_ADMIN_PASSWORD` or, when that is unset, the first line of
/// standard input, so it never appears in the process list or shell history.
async fn create_admin(
    config: &Config,
    username: &str,
    display_name: &str,
) -> Result<(), StartupError> {
    let password = match std::env::var("JAMFORAREN_ADMIN_PASSWORD") {
        Ok(password) => password,
        Err(_) => {
            eprintln!(
                "Password for {username} (at least {} characters):",
                accounts::passwords::MIN_LENGTH
            );
            let mut line = String::new();
            std::io::stdin()
                .read_line(&mut line)
                .map_err(StartupError::Serve)?;
            line.trim_end_matches(['\r', '\n']).to_string()
        }
    };
    let db = Db::connect(&config.database_url).await?;
    let account = accounts::NewAccount {
        username,
        display_name,
        password: &password,
        confirm_password: &password,
    };
    let result = accounts::create_account(
        &db,
        &account,
        &domain::model::Role::Administrator,
        chrono::Utc::now(),
    )
    .await;
    db.close().await;
    match result {
        Ok(_) => {
            println!(
                "administrator {} created",
                accounts::normalize_username(username)
            );
            Ok(())
        }
        Err(accounts::CreateAccountError::Invalid(errors)) => {
            let problems: Vec<&str> = errors.iter().map(|e| e.message_id.as_str()).collect();
            Err(StartupError::Account(problems.join(", ")))
        }
        Err(error) => Err(StartupError::Account(error.to_string())),
    }
}

async fn static_twin(config: &Config, dir: &std::path::Path) -> Result<(), StartupError> {
    let app = http::static_twin::router(dir).map_err(StartupError::Serve)?;
    tracing::info!(addr = %config.addr, "serving the static twin");
    serve_until_shutdown(config.addr, app).await
}

/// Serves `app` on `addr` until Ctrl-C or SIGTERM, letting requests in flight finish.
async fn serve_until_shutdown(
    addr: std::net::SocketAddr,
    app: axum::Router,
) -> Result<(), StartupError> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| StartupError::Bind { addr, source })?;
    // The peer address feeds sign-in throttling per address.
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await
    .map_err(StartupError::Serve)
}

/// Resolves on Ctrl-C or SIGTERM; in-flight requests then finish.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
