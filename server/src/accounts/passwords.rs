//! Passwords: hashed with Argon2id (the OWASP parameters argon2's defaults
//! carry), on the blocking pool so hashing never stalls other requests.

use std::{
    collections::HashSet,
    sync::{
        atomic::{AtomicU64, Ordering},
        OnceLock,
    },
};

use argon2::{
    password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString},
    Argon2,
};

/// The shortest password accepted; length beats composition rules.
pub const MIN_LENGTH: usize = 12;
pub const MAX_LENGTH: usize = 200;

#[derive(Debug, thiserror::Error)]
#[error("password hashing failed: {0}")]
pub struct HashError(String);

pub async fn hash(password: &str) -> Result<String, HashError> {
    let password = password.to_string();
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|hash| hash.to_string())
            .map_err(|e| HashError(e.to_string()))
    })
    .await
    .map_err(|e| HashError(e.to_string()))?
}

/// Whether `password` matches `stored`. With no stored hash (unknown
/// username) it still does the work, so timing does not tell which
/// usernames exist.
pub async fn verify(password: &str, stored: Option<&str>) -> bool {
    let password = password.to_string();
    let stored = stored.map(str::to_string);
    tokio::task::spawn_blocking(move || {
        let known = stored.is_some();
        let stored = stored.unwrap_or_else(|| decoy().to_string());
        let Ok(parsed) = PasswordHash::new(&stored) else {
            return false;
        };
        VERIFICATIONS.fetch_add(1, Ordering::Relaxed);
        let matches = Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok();
        known && matches
    })
    .await
    .unwrap_or(false)
}

/// How many passwords this process has checked with Argon2: a test counts
/// them to show that every path of a sign-in costs the same one hash.
static VERIFICATIONS: AtomicU64 = AtomicU64::new(0);

pub fn verifications() -> u64 {
    VERIFICATIONS.load(Ordering::Relaxed)
}

/// The most common and most often breached passwords (ASVS 2.1.7): the
/// 49,000 of zxcvbn's password list (MIT licence, from the npm package
/// `@zxcvbn-ts/language-common`), lower-cased, and common Swedish ones.
const COMMON_PASSWORDS: &str = include_str!("common-passwords.txt");

fn common_passwords() -> &'static HashSet<&'static str> {
    static LIST: OnceLock<HashSet<&'static str>> = OnceLock::new();
    LIST.get_or_init(|| COMMON_PASSWORDS.lines().collect())
}

/// Whether a password is a common one, or one dressed up the usual ways:
/// a listed word with digits or signs around it (`Sommar2024!!`), the same
/// listed word repeated (`qwertyqwerty`), or no letters at all.
pub fn is_common(password: &str) -> bool {
    let lower = password.trim().to_lowercase();
    let list = common_passwords();
    if list.contains(lower.as_str()) {
        return true;
    }
    let core = lower.trim_matches(|c: char| !c.is_alphabetic());
    if core.is_empty() || list.contains(core) {
        return true;
    }
    let chars: Vec<char> = core.chars().collect();
    (1..chars.len()).any(|width| {
        chars.len().is_multiple_of(width)
            && chars.chunks(width).all(|chunk| chunk == &chars[..width])
            && list.contains(chars[..width].iter().collect::<String>().as_str())
    })
}

/// A hash of a password nobody knows, made once.
fn decoy() -> &'static str {
    static DECOY: OnceLock<String> = OnceLock::new();
    DECOY.get_or_init(|| {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(super::tokens::new_token().as_bytes(), &salt)
            .map(|hash| hash.to_string())
            .unwrap_or_default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_password_verifies_only_against_its_own_argon2id_hash() {
        let stored = hash("correct horse battery").await.unwrap();
        assert!(stored.starts_with("$argon2id$"));
        assert!(verify("correct horse battery", Some(&stored)).await);
        assert!(!verify("correct horse batterY", Some(&stored)).await);
        assert!(!verify("correct horse battery", None).await);
    }

    #[test]
    fn common_passwords_are_refused_however_they_are_dressed_up() {
        for password in [
            "password1234",
            "Password1234",
            "qwertyuiop123",
            "qwertyqwerty",
            "Sommar2024!!",
            "123456789012",
            "  Lösenord12345 ",
            "!!!!????####",
        ] {
            assert!(is_common(password), "{password:?}");
        }
        for password in [
            "a long enough passphrase",
            "correct horse battery staple",
            "Kanelbullar i Orminge 7",
        ] {
            assert!(!is_common(password), "{password:?}");
        }
    }
}
