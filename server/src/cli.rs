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
}
