//! The binary's subcommands.

use clap::{Parser, Subcommand};

use crate::config::Config;

/// Jämföraren: compare and choose a provider of a labour-market intervention.
#[derive(Debug, Parser)]
#[command(version, about)]
pub struct Cli {
    #[command(flatten)]
    pub config: Config,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the portal (the default).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Load the demonstration data into an empty database and exit.
    SeedDemo,
    /// Import a CSV file of cases (insatser) into the case database: all
    /// rows or, on any error, none. Importing a case_id again updates it.
    ImportCases {
        /// The CSV file: a header naming exactly the columns case_id,
        /// person_id, gender, birth_year, insats, provider_id, start_date,
        /// planned_end_date, end_date, end_reason, extensions (any order).
        file: std::path::PathBuf,
    },
    /// Create a municipality administrator (the first one; later ones are
    /// invited). The password is read from JAMFORAREN_ADMIN_PASSWORD or,
    /// when unset, from the first line of standard input.
    CreateAdmin {
        /// Sign-in name, e.g. `anna.admin`.
        #[arg(long)]
        username: String,
        /// The name shown to other staff.
        #[arg(long, default_value = "Administrator")]
        display_name: String,
    },
    /// Import a CSV file of customer survey answers: all rows or, on any
    /// error, none. Importing a response_id again updates it.
    ImportSurvey {
        /// The CSV file: a header naming exactly the columns response_id,
        /// provider_id, insats, period, language, reception, information,
        /// participation, development (any order).
        file: std::path::PathBuf,
    },
    /// Compute a period's statistics from the case database and the survey
    /// and publish them: the pages and open data show the newest publication
    /// of each period. Last calendar year by default.
    PublishStatistics {
        /// A calendar year, e.g. 2024.
        #[arg(long, conflicts_with_all = ["from", "to"])]
        year: Option<i32>,
        /// The period's first day (YYYY-MM-DD), with --to.
        #[arg(long, requires = "to")]
        from: Option<chrono::NaiveDate>,
        /// The period's last day (YYYY-MM-DD), with --from.
        #[arg(long, requires = "from")]
        to: Option<chrono::NaiveDate>,
    },
    /// For the benchmark only: serve the captured pages `DIR/NAME.html` at
    /// `/NAME` through the same HTTP layers as the portal.
    StaticTwin {
        /// Folder of captured pages.
        dir: std::path::PathBuf,
    },
}
