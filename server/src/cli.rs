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
    /// For the benchmark only: serve the captured pages `DIR/NAME.html` at
    /// `/NAME` through the same HTTP layers as the portal.
    StaticTwin {
        /// Folder of captured pages.
        dir: std::path::PathBuf,
    },
}
