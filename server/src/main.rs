use std::{process::ExitCode, sync::Arc};

use app::backend::SharedBackend;
use clap::Parser;
use leptos::config::LeptosOptions;
use server::{
    cli::{Cli, Command},
    config::Config,
    db::{settings, Db},
    demo, http, locales,
    portal::Portal,
    telemetry,
};

/// Why the server could not start; printed as one clear line.
#[derive(Debug, thiserror::Error)]
enum StartupError {
    #[error(transparent)]
    Database(#[from] server::db::DbError),
    #[error("cannot load translations: {0}")]
    Locales(#[from] locales::LoadError),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: std::net::SocketAddr,
        source: std::io::Error,
    },
    #[error("server error: {0}")]
    Serve(std::io::Error),
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    telemetry::init(cli.config.log_format);
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(cli.config).await,
        Command::Migrate => migrate(&cli.config).await,
        Command::SeedDemo => seed_demo(&cli.config).await,
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

async fn seed_demo(config: &Config) -> Result<(), StartupError> {
    let db = Db::connect(&config.database_url).await?;
    if demo::seed(&db, &now()).await? {
        tracing::info!("demonstration data loaded");
    } else {
        tracing::info!("the database already has providers; demonstration data not loaded");
    }
    db.close().await;
    Ok(())
}

async fn serve(config: Config) -> Result<(), StartupError> {
    let localizer = Arc::new(locales::load(&config.locales_dir)?);
    let db = Db::connect(&config.database_url).await?;
    let demonstration_data = settings::get(&db, settings::DEMONSTRATION_DATA)
        .await?
        .as_deref()
        == Some("true");
    let backend: SharedBackend =
        Arc::new(Portal::new(db.clone(), config.today, demonstration_data));

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
        localizer,
    });

    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|source| StartupError::Bind {
            addr: config.addr,
            source,
        })?;
    tracing::info!(addr = %config.addr, database = %server::db::redact_password(&config.database_url),
        "serving Jämföraren on http://{}", config.addr);
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(StartupError::Serve)?;
    db.close().await;
    tracing::info!("stopped gracefully");
    Ok(())
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
