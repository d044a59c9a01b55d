//! Sign-in throttling that slows guessing without letting anyone lock out
//! the rightful user.
//!
//! Every attempt is written to the database *before* its password is
//! checked (`sign_in_attempt`), so attempts sent at once see each other and
//! N parallel attempts cost N. Three rules then decide, from the attempts on
//! record, whether this one may be checked:
//!
//! - **One address on one account** (the guesser's own pair): the first
//!   [`PAIR_FREE`] failures in a day cost nothing; after that each failure
//!   doubles the wait before the next try, from 30 seconds up to an hour. One
//!   address gets about thirty guesses a day at an account.
//! - **One address on any account** (credential stuffing): after
//!   [`ADDRESS_FREE`] failures in an hour, waits grow from a second up to a
//!   minute. A shared office address is slowed, never locked.
//! - **Any address on one account** (many addresses guessing together):
//!   after [`ACCOUNT_FREE`] failures in an hour the account is *slow*: an
//!   address's password is checked at most once a minute, and its first try
//!   only announces it (it is told to wait a minute). Other addresses'
//!   failures never keep the owner out for longer than that minute.
//!
//! The rules are pure functions of the attempts on record ([`decide`]), so
//! every instance on the database decides alike and tests can play out days
//! of attempts without waiting.

use chrono::{DateTime, Duration, Utc};

/// Failures of one address on one account that cost nothing.
pub const PAIR_FREE: usize = 3;
/// How long one address's failures on an account are remembered.
pub const PAIR_WINDOW: Duration = Duration::hours(24);
/// The first wait after the free failures; each further failure doubles it.
pub const PAIR_FIRST_WAIT: Duration = Duration::seconds(30);
/// The longest wait one address is given on one account.
pub const PAIR_LONGEST_WAIT: Duration = Duration::hours(1);

/// Failures from one address, on any accounts, that cost nothing.
pub const ADDRESS_FREE: usize = 20;
pub const ADDRESS_WINDOW: Duration = Duration::hours(1);
pub const ADDRESS_FIRST_WAIT: Duration = Duration::seconds(1);
/// Short, since a shared office address is many people.
pub const ADDRESS_LONGEST_WAIT: Duration = Duration::minutes(1);

/// Failures on one account, from any addresses, before it is slow.
pub const ACCOUNT_FREE: usize = 10;
pub const ACCOUNT_WINDOW: Duration = Duration::hours(1);
/// While an account is slow, each address waits this long between tries.
pub const SLOW_ACCOUNT_WAIT: Duration = Duration::minutes(1);

/// The longest any attempt is remembered: older ones are deleted.
pub const LONGEST_WINDOW: Duration = PAIR_WINDOW;

/// What became of an attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Its password is being checked: a failure until known otherwise, so
    /// that attempts running at the same time count against each other.
    Checking,
    Failed,
    /// Throttled: no password was checked.
    Refused,
}

impl Outcome {
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Checking => "checking",
            Outcome::Failed => "failed",
            Outcome::Refused => "refused",
        }
    }

    pub fn from_code(code: &str) -> Option<Outcome> {
        [Outcome::Checking, Outcome::Failed, Outcome::Refused]
            .into_iter()
            .find(|o| o.code() == code)
    }

    fn is_failure(self) -> bool {
        matches!(self, Outcome::Checking | Outcome::Failed)
    }
}

/// Another attempt on record, as it bears on this one.
#[derive(Clone, Copy, Debug)]
pub struct Attempt {
    /// Made on the same account as this one.
    pub same_account: bool,
    /// Made from the same address as this one.
    pub same_address: bool,
    pub at: DateTime<Utc>,
    pub outcome: Outcome,
}

/// How long an attempt must wait before it may be checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Wait(pub Duration);

impl Wait {
    /// Whole minutes, at least one, for the message.
    pub fn minutes(self) -> i64 {
        ((self.0.num_seconds() + 59) / 60).max(1)
    }

    /// Whole seconds, at least one, for `Retry-After`.
    pub fn seconds(self) -> i64 {
        self.0.num_seconds().max(1)
    }
}

/// A wait that doubles with each failure past the free ones, from `first`
/// up to `longest`.
fn growing_wait(failures: usize, free: usize, first: Duration, longest: Duration) -> Duration {
    let doublings = (failures - free).min(20) as u32;
    (first * 2i32.pow(doublings)).min(longest)
}

/// The wait still left after the newest of `failures` (newest first), when
/// there are at least `free` of them.
fn backoff(
    failures: &[DateTime<Utc>],
    free: usize,
    first: Duration,
    longest: Duration,
    now: DateTime<Utc>,
) -> Option<Duration> {
    if failures.len() < free {
        return None;
    }
    let newest = failures.iter().max()?;
    let until = *newest + growing_wait(failures.len(), free, first, longest);
    (until > now).then(|| until - now)
}

fn failures_within<'a>(
    others: &'a [Attempt],
    window: Duration,
    now: DateTime<Utc>,
    which: impl Fn(&Attempt) -> bool + 'a,
) -> Vec<DateTime<Utc>> {
    others
        .iter()
        .filter(|a| a.outcome.is_failure() && a.at > now - window && which(a))
        .map(|a| a.at)
        .collect()
}

/// Whether an attempt made `now` may be checked, given every *other*
/// attempt on record on its account or from its address.
pub fn decide(others: &[Attempt], now: DateTime<Utc>) -> Result<(), Wait> {
    let pair = failures_within(others, PAIR_WINDOW, now, |a| {
        a.same_account && a.same_address
    });
    let address = failures_within(others, ADDRESS_WINDOW, now, |a| a.same_address);
    let account = failures_within(others, ACCOUNT_WINDOW, now, |a| a.same_account);
    let mut wait = [
        backoff(&pair, PAIR_FREE, PAIR_FIRST_WAIT, PAIR_LONGEST_WAIT, now),
        backoff(
            &address,
            ADDRESS_FREE,
            ADDRESS_FIRST_WAIT,
            ADDRESS_LONGEST_WAIT,
            now,
        ),
    ]
    .into_iter()
    .flatten()
    .max();
    if account.len() >= ACCOUNT_FREE {
        // A slow account: a minute must have passed since this address's
        // last checked try, or since its first try when none was checked.
        let tries: Vec<&Attempt> = others
            .iter()
            .filter(|a| a.same_account && a.same_address && a.at > now - ACCOUNT_WINDOW)
            .collect();
        let last_checked = tries
            .iter()
            .filter(|a| a.outcome.is_failure())
            .map(|a| a.at)
            .max();
        let since = last_checked.or_else(|| tries.iter().map(|a| a.at).min());
        let slow = match since {
            Some(at) if at + SLOW_ACCOUNT_WAIT <= now => None,
            Some(at) => Some(at + SLOW_ACCOUNT_WAIT - now),
            None => Some(SLOW_ACCOUNT_WAIT),
        };
        wait = wait.max(slow);
    }
    match wait {
        Some(wait) => Err(Wait(wait)),
        None => Ok(()),
    }
}

/// Whether an attempt is its address's first on the account within the
/// window that a slow account counts from.
pub fn is_first_try(others: &[Attempt], now: DateTime<Utc>) -> bool {
    !others
        .iter()
        .any(|a| a.same_account && a.same_address && a.at > now - ACCOUNT_WINDOW)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2025-03-14T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    /// Someone at `address` tries to sign in to `account` whenever allowed.
    struct Record(Vec<(&'static str, &'static str, DateTime<Utc>, Outcome)>);

    impl Record {
        /// Tries once at `at`; a checked try fails unless `right`.
        fn attempt(
            &mut self,
            account: &'static str,
            address: &'static str,
            at: DateTime<Utc>,
            right: bool,
        ) -> Result<bool, Wait> {
            let others: Vec<Attempt> = self
                .0
                .iter()
                .map(|&(acc, addr, when, outcome)| Attempt {
                    same_account: acc == account,
                    same_address: addr == address,
                    at: when,
                    outcome,
                })
                .collect();
            let decision = decide(&others, at);
            let outcome = match (decision, right) {
                // As `accounts::sign_in` does: only a first refusal is kept.
                (Err(wait), _) if !is_first_try(&others, at) => return Err(wait),
                (Err(_), _) => Outcome::Refused,
                (Ok(()), false) => Outcome::Failed,
                // The owner's success clears its own pair's failures.
                (Ok(()), true) => {
                    self.0
                        .retain(|&(acc, addr, ..)| !(acc == account && addr == address));
                    return Ok(true);
                }
            };
            self.0.push((account, address, at, outcome));
            decision.map(|()| false)
        }
    }

    #[test]
    fn one_address_gets_about_thirty_guesses_a_day_at_an_account() {
        let mut record = Record(Vec::new());
        let mut checked = 0;
        let mut at = start();
        while at < start() + Duration::hours(24) {
            if record.attempt("anna", "203.0.113.7", at, false).is_ok() {
                checked += 1;
            }
            at += Duration::seconds(10);
        }
        assert!((20..=40).contains(&checked), "{checked} guesses in a day");
    }

    #[test]
    fn the_fourth_failure_in_a_row_waits_and_the_waits_double() {
        let mut record = Record(Vec::new());
        for _ in 0..PAIR_FREE {
            assert_eq!(record.attempt("anna", "a", start(), false), Ok(false));
        }
        assert_eq!(
            record.attempt("anna", "a", start(), false),
            Err(Wait(Duration::seconds(30)))
        );
        let later = start() + Duration::seconds(30);
        assert_eq!(record.attempt("anna", "a", later, false), Ok(false));
        assert_eq!(
            record.attempt("anna", "a", later, false),
            Err(Wait(Duration::seconds(60)))
        );
    }

    #[test]
    fn attempts_being_checked_count_as_failures() {
        let checking: Vec<Attempt> = (0..PAIR_FREE)
            .map(|_| Attempt {
                same_account: true,
                same_address: true,
                at: start(),
                outcome: Outcome::Checking,
            })
            .collect();
        assert!(decide(&checking[..PAIR_FREE - 1], start()).is_ok());
        assert!(decide(&checking, start()).is_err());
    }

    #[test]
    fn a_stranger_hammering_from_one_address_never_stops_the_owner_elsewhere() {
        let mut record = Record(Vec::new());
        let mut at = start();
        for _ in 0..500 {
            let _ = record.attempt("admin", "198.51.100.9", at, false);
            at += Duration::seconds(1);
        }
        assert_eq!(record.attempt("admin", "192.0.2.1", at, true), Ok(true));
    }

    #[test]
    fn many_addresses_slow_an_account_but_its_owner_gets_in_after_a_minute() {
        let mut record = Record(Vec::new());
        let addresses = [
            "10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5", "10.0.0.6",
        ];
        let mut at = start();
        for round in 0..3 {
            for address in addresses {
                let _ = record.attempt("admin", address, at + Duration::seconds(round), false);
            }
        }
        at += Duration::minutes(5);
        // The owner's first try from a new address only announces it...
        assert_eq!(
            record.attempt("admin", "192.0.2.1", at, true),
            Err(Wait(SLOW_ACCOUNT_WAIT))
        );
        // ...while the strangers keep going, each at most once a minute...
        for address in addresses {
            let _ = record.attempt("admin", address, at + Duration::seconds(30), false);
        }
        // ...and a minute later the owner's right password is checked.
        assert_eq!(
            record.attempt("admin", "192.0.2.1", at + SLOW_ACCOUNT_WAIT, true),
            Ok(true)
        );
    }

    #[test]
    fn a_slow_account_lets_each_address_try_once_a_minute_at_most() {
        let mut record = Record(Vec::new());
        for i in 0..ACCOUNT_FREE {
            let address: &'static str = Box::leak(format!("10.0.1.{i}").into_boxed_str());
            record.attempt("admin", address, start(), false).unwrap();
        }
        let mut checked = 0;
        let mut at = start() + Duration::seconds(1);
        while at < start() + Duration::minutes(10) {
            if record.attempt("admin", "10.9.9.9", at, false).is_ok() {
                checked += 1;
            }
            at += Duration::seconds(5);
        }
        assert!(checked <= 10, "{checked} checked in ten minutes");
    }

    #[test]
    fn a_shared_office_address_is_slowed_never_locked() {
        let mut record = Record(Vec::new());
        let colleagues: Vec<&'static str> = (0..40)
            .map(|i| &*Box::leak(format!("user{i}").into_boxed_str()))
            .collect();
        let at = start();
        for colleague in &colleagues {
            let _ = record.attempt(colleague, "office", at, false);
        }
        let waited = match record.attempt("anna", "office", at, true) {
            Err(Wait(wait)) => wait,
            Ok(_) => Duration::zero(),
        };
        assert!(waited <= ADDRESS_LONGEST_WAIT);
        assert_eq!(
            record.attempt("anna", "office", at + waited, true),
            Ok(true)
        );
    }

    #[test]
    fn a_wait_is_told_in_whole_minutes_and_seconds() {
        assert_eq!(Wait(Duration::seconds(30)).minutes(), 1);
        assert_eq!(Wait(Duration::seconds(61)).minutes(), 2);
        assert_eq!(Wait(Duration::milliseconds(200)).seconds(), 1);
    }
}
