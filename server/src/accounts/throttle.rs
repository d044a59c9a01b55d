//! Sign-in throttling: after too many failures in a window, an account (and,
//! with a higher limit, an address) must wait. Failures are stored in the
//! database, so every instance behind a proxy counts the same ones.

use chrono::{DateTime, Duration, Utc};

/// How far back failures count.
pub const WINDOW: Duration = Duration::minutes(15);
/// Failures per account before it must wait.
pub const ACCOUNT_LIMIT: usize = 5;
/// Failures per address; higher, since offices share one address.
pub const ADDRESS_LIMIT: usize = 20;

pub fn account_scope(username: &str) -> String {
    format!("account:{username}")
}

pub fn address_scope(address: &str) -> String {
    format!("address:{address}")
}

/// Whole minutes to wait (at least one) when `failures` (newest first)
/// reach `limit` within the window; none when a sign-in may be tried.
pub fn wait(failures: &[DateTime<Utc>], limit: usize, now: DateTime<Utc>) -> Option<i64> {
    let counted = failures.get(limit - 1)?;
    let unlocked = *counted + WINDOW;
    (unlocked > now).then(|| ((unlocked - now).num_seconds() + 59) / 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minute: i64) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2025-03-14T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
            + Duration::minutes(minute)
    }

    #[test]
    fn five_failures_in_fifteen_minutes_lock_an_account_until_the_window_passes() {
        let failures: Vec<_> = [4, 3, 2, 1, 0].into_iter().map(at).collect();
        assert_eq!(wait(&failures[..4], ACCOUNT_LIMIT, at(5)), None);
        assert_eq!(wait(&failures, ACCOUNT_LIMIT, at(5)), Some(10));
        assert_eq!(wait(&failures, ACCOUNT_LIMIT, at(15)), None);
    }
}
