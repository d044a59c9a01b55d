//! Configuration: command-line flags, each with an environment variable and
//! a documented default (`server --help` lists them; README.md repeats them).

use std::{net::SocketAddr, path::PathBuf};

use chrono::NaiveDate;

#[derive(Clone, Debug, clap::Args)]
pub struct Config {
    /// Database URL: `sqlite://FILE?mode=rwc` (embedded, created when missing) or
    /// `postgres://USER:PASSWORD@HOST/DB`.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite://data/jamforaren.db?mode=rwc"
    )]
    pub database_url: String,

    /// Address and port to serve on.
    #[arg(long, env = "JAMFORAREN_ADDR", default_value = "127.0.0.1:3000")]
    pub addr: SocketAddr,

    /// Folder with the built site: `pkg/` (wasm, JS, CSS) and the public files.
    #[arg(long, env = "JAMFORAREN_SITE_ROOT", default_value = "target/site")]
    pub site_root: PathBuf,

    /// Folder with one sub-folder of Fluent `.ftl` files per locale.
    #[arg(long, env = "JAMFORAREN_LOCALES", default_value = "locales")]
    pub locales_dir: PathBuf,

    /// The folder uploaded case and survey files wait in for their import:
    /// made private (0700) at start-up and emptied of files a stopped server
    /// left. Each instance needs its own.
    #[arg(long, env = "JAMFORAREN_UPLOAD_DIR", default_value = "data/uploads")]
    pub upload_dir: PathBuf,

    /// Build pages for this date instead of today (YYYY-MM-DD), for
    /// demonstrations and tests.
    #[arg(long, env = "JAMFORAREN_TODAY")]
    pub today: Option<NaiveDate>,

    /// The first day of the default-provider rotation (004 §5.4.1): periods
    /// of two weeks are counted from it.
    #[arg(long, env = "JAMFORAREN_ROTATION_START", default_value = "2024-01-01")]
    pub rotation_start: NaiveDate,

    /// Mark cookies `Secure`: set when the portal is served over https.
    #[arg(long, env = "JAMFORAREN_SECURE_COOKIES", default_value_t = false)]
    pub secure_cookies: bool,

    /// The portal's public address, such as `https://jamforaren.nacka.se`:
    /// every absolute link (QR codes, invitation links, the open-data
    /// catalogue) is built from it, never from the request's `Host` header.
    /// Default: `http://` and the address served on.
    #[arg(long, env = "JAMFORAREN_PUBLIC_URL", value_parser = parse_public_url)]
    pub public_url: Option<domain::model::PublicUrl>,

    /// Trust `X-Forwarded-For` and `X-Forwarded-Proto` from a proxy in front
    /// (for sign-in throttling per address and for secure cookies).
    #[arg(long, env = "JAMFORAREN_TRUST_FORWARDED", default_value_t = false)]
    pub trust_forwarded: bool,

    /// Published statistics show a count from 1 up to this (exclusive) as
    /// "<N" (disclosure control; applied when statistics are published).
    #[arg(long, env = "JAMFORAREN_DISCLOSURE_MIN_COUNT", default_value_t = 5,
        value_parser = clap::value_parser!(i64).range(1..))]
    pub disclosure_min_count: i64,

    /// Published percentages and averages need at least this base.
    #[arg(long, env = "JAMFORAREN_DISCLOSURE_MIN_BASE", default_value_t = 10,
        value_parser = clap::value_parser!(i64).range(1..))]
    pub disclosure_min_base: i64,

    /// No hidden count of published statistics may be narrowed, from
    /// everything published with it, to a range narrower than this
    /// (default: the min count).
    #[arg(long, env = "JAMFORAREN_DISCLOSURE_PROTECTION",
        value_parser = clap::value_parser!(i64).range(1..))]
    pub disclosure_protection: Option<i64>,

    /// Log format: `text` for people, `json` for log collectors.
    #[arg(long, env = "JAMFORAREN_LOG_FORMAT", default_value = "text")]
    pub log_format: LogFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

fn parse_public_url(text: &str) -> Result<domain::model::PublicUrl, String> {
    domain::model::PublicUrl::parse(text).map_err(|e| e.to_string())
}

impl Config {
    /// The configured public address, else the one served on.
    pub fn public_url(&self) -> domain::model::PublicUrl {
        self.public_url.clone().unwrap_or_else(|| {
            domain::model::PublicUrl::parse(&format!("http://{}", self.addr))
                .expect("a socket address is a valid host")
        })
    }

    /// The disclosure thresholds statistics are published with.
    pub fn disclosure_rules(&self) -> crate::stats::disclosure::DisclosureRules {
        crate::stats::disclosure::DisclosureRules {
            min_count: self.disclosure_min_count,
            min_base: self.disclosure_min_base,
            protection: self
                .disclosure_protection
                .unwrap_or(self.disclosure_min_count),
        }
    }
}
