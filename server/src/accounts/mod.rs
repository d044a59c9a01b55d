//! Accounts and sessions: signing in and out, throttling, invitations and
//! the first administrator. HTTP lives in `crate::http::session` and
//! `crate::http::accounts`; SQL in `crate::db::accounts`.

pub mod passwords;
pub mod throttle;
pub mod tokens;

use chrono::{DateTime, Duration, SecondsFormat, Utc};
use domain::model::{FieldError, InvitationCheck, InvitationRow, Role, SignedIn};

use crate::db::{
    accounts::{self, InsertAccountError},
    Db, DbError,
};

/// How long a session lasts: a working day, then sign in again.
pub const SESSION_LENGTH: Duration = Duration::hours(8);
/// How long an invitation link can be used.
pub const INVITATION_LENGTH: Duration = Duration::days(7);

pub fn timestamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn parse_timestamp(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// A new session: the token for the cookie and the token for forms.
pub struct NewSession {
    pub token: String,
    pub csrf_token: String,
}

impl std::fmt::Debug for NewSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewSession { .. }")
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    #[error("too many failed sign-ins; wait {0:?}")]
    Throttled(throttle::Wait),
    #[error("wrong username or password")]
    WrongCredentials,
    #[error(transparent)]
    Db(#[from] DbError),
}

/// Usernames are compared in lower case, so `Anna` and `anna` are one account.
pub fn normalize_username(username: &str) -> String {
    username.trim().to_lowercase()
}

/// The longest username a sign-in looks up; accounts are made with at most 64.
const USERNAME_MAX: usize = 64;

/// Signs in with a username and password from `address`.
pub async fn sign_in(
    db: &Db,
    username: &str,
    password: &str,
    address: &str,
    now: DateTime<Utc>,
) -> Result<NewSession, SignInError> {
    let account = checked_account(db, username, password, address, now).await?;
    start_session(db, account.id, now).await.map_err(Into::into)
}

/// The account whose username and password these are, checked under the
/// sign-in throttle (signing in, and confirming a password change).
///
/// The attempt is recorded before anything is checked, so that attempts sent
/// at once count against each other (`throttle`). Exactly one Argon2 hash is
/// run for every attempt that is checked, whether or not the username exists,
/// so neither timing nor throttling tells which usernames exist.
async fn checked_account(
    db: &Db,
    username: &str,
    password: &str,
    address: &str,
    now: DateTime<Utc>,
) -> Result<accounts::AccountRow, SignInError> {
    let username: String = normalize_username(username)
        .chars()
        .take(USERNAME_MAX + 1)
        .collect();
    let attempt = tokens::new_token();
    accounts::insert_attempt(db, &attempt, &username, address, &timestamp(now)).await?;
    let others = accounts::other_attempts(
        db,
        &attempt,
        (&username, &timestamp(now - throttle::PAIR_WINDOW)),
        (address, &timestamp(now - throttle::ADDRESS_WINDOW)),
    )
    .await?;
    let others: Vec<throttle::Attempt> = others
        .iter()
        .filter_map(|row| {
            Some(throttle::Attempt {
                same_account: row.username == username,
                same_address: row.address == address,
                at: parse_timestamp(&row.attempted_at)?,
                outcome: throttle::Outcome::from_code(&row.outcome)?,
            })
        })
        .collect();
    if let Err(wait) = throttle::decide(&others, now) {
        // A refused try matters only as an address's first on the account
        // (a slow account counts its minute from it); later ones are not
        // kept, so hammering a refusal grows no table.
        if throttle::is_first_try(&others, now) {
            accounts::set_attempt_outcome(db, &attempt, throttle::Outcome::Refused.code()).await?;
        } else {
            accounts::delete_attempt(db, &attempt).await?;
        }
        return Err(SignInError::Throttled(wait));
    }
    // Too long to be anyone's password: wrong, without spending a hash on it.
    let checkable = password.chars().count() <= passwords::MAX_LENGTH
        && username.chars().count() <= USERNAME_MAX;
    let account = if checkable {
        accounts::by_username(db, &username).await?
    } else {
        None
    };
    let right = checkable
        && passwords::verify(password, account.as_ref().map(|a| a.password_hash.as_str())).await;
    match account {
        Some(account) if right => {
            accounts::forget_attempts(db, &username, address).await?;
            Ok(account)
        }
        _ => {
            accounts::set_attempt_outcome(db, &attempt, throttle::Outcome::Failed.code()).await?;
            Err(SignInError::WrongCredentials)
        }
    }
}

/// A password change as typed.
pub struct PasswordChange<'a> {
    pub current_password: &'a str,
    pub new_password: &'a str,
    pub confirm_password: &'a str,
}

#[derive(Debug, thiserror::Error)]
pub enum ChangePasswordError {
    #[error("the new password is not valid, or the current one is wrong")]
    Invalid(Vec<FieldError>),
    #[error("too many wrong passwords; wait {0:?}")]
    Throttled(throttle::Wait),
    #[error(transparent)]
    Hash(#[from] passwords::HashError),
    #[error(transparent)]
    Db(#[from] DbError),
}

/// Changes a signed-in account's password. The current password is checked
/// under the sign-in throttle (a borrowed session must not become a way to
/// guess it); on success every other session of the account ends, and the
/// one that made the change (`session_token`) stays.
pub async fn change_password(
    db: &Db,
    who: &SignedIn,
    session_token: &str,
    change: &PasswordChange<'_>,
    address: &str,
    now: DateTime<Utc>,
) -> Result<(), ChangePasswordError> {
    let current_is_right = !change.current_password.is_empty()
        && match checked_account(db, &who.username, change.current_password, address, now).await {
            Ok(account) => account.id == who.account_id,
            Err(SignInError::WrongCredentials) => false,
            Err(SignInError::Throttled(wait)) => return Err(ChangePasswordError::Throttled(wait)),
            Err(SignInError::Db(error)) => return Err(error.into()),
        };
    let mut errors = check_new_password(change.new_password, change.confirm_password);
    if !current_is_right {
        errors.insert(
            0,
            FieldError::new("current_password", "error-current-password"),
        );
    }
    if !errors.is_empty() {
        return Err(ChangePasswordError::Invalid(errors));
    }
    let hash = passwords::hash(change.new_password).await?;
    let mut tx = db.pool().begin().await.map_err(DbError::from)?;
    accounts::set_password(&mut tx, who.account_id, &hash).await?;
    accounts::delete_sessions_but(&mut tx, who.account_id, &tokens::hash(session_token)).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

async fn start_session(
    db: &Db,
    account_id: i64,
    now: DateTime<Utc>,
) -> Result<NewSession, DbError> {
    let session = NewSession {
        token: tokens::new_token(),
        csrf_token: tokens::new_token(),
    };
    accounts::insert_session(
        db,
        &tokens::hash(&session.token),
        account_id,
        &session.csrf_token,
        &timestamp(now),
        &timestamp(now + SESSION_LENGTH),
    )
    .await?;
    Ok(session)
}

/// Who a session cookie's token belongs to, if the session is current.
pub async fn session(
    db: &Db,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<SignedIn>, DbError> {
    if !tokens::is_well_formed(token) {
        return Ok(None);
    }
    Ok(accounts::session(db, &tokens::hash(token), &timestamp(now))
        .await?
        .map(|(account, csrf_token)| SignedIn {
            account_id: account.id,
            username: account.username,
            display_name: account.display_name,
            role: account.role,
            csrf_token,
        }))
}

pub async fn sign_out(db: &Db, token: &str) -> Result<(), DbError> {
    accounts::delete_session(db, &tokens::hash(token)).await
}

pub async fn sign_out_everywhere(db: &Db, who: &SignedIn) -> Result<(), DbError> {
    accounts::delete_sessions_of(db, who.account_id).await
}

/// Removes what has expired; run now and then by a background task.
pub async fn clean_up(db: &Db, now: DateTime<Utc>) -> Result<(), DbError> {
    accounts::delete_expired(
        db,
        &timestamp(now),
        &timestamp(now - throttle::LONGEST_WINDOW),
    )
    .await
}

/// What a new account is made of, as typed.
pub struct NewAccount<'a> {
    pub username: &'a str,
    pub display_name: &'a str,
    pub password: &'a str,
    pub confirm_password: &'a str,
}

#[derive(Debug, thiserror::Error)]
pub enum CreateAccountError {
    #[error("the account details are not valid")]
    Invalid(Vec<FieldError>),
    #[error("the invitation can no longer be used")]
    InvitationUnusable,
    #[error(transparent)]
    Hash(#[from] passwords::HashError),
    #[error(transparent)]
    Db(#[from] DbError),
}

/// The problems with a new account's details, each on its field.
pub fn check_new_account(account: &NewAccount<'_>) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let username = normalize_username(account.username);
    let username_ok = (3..=64).contains(&username.chars().count())
        && username
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '@'));
    if !username_ok {
        errors.push(FieldError::new("username", "error-username-format"));
    }
    let display_name = account.display_name.trim();
    if display_name.is_empty() || display_name.chars().count() > 100 {
        errors.push(FieldError::new("display_name", "error-display-name"));
    }
    errors.extend(check_new_password(
        account.password,
        account.confirm_password,
    ));
    errors
}

/// The problems with a new password and its confirmation, each on its field:
/// `new_password` and `confirm_password`.
pub fn check_new_password(password: &str, confirm_password: &str) -> Vec<FieldError> {
    let length = password.chars().count();
    if !(passwords::MIN_LENGTH..=passwords::MAX_LENGTH).contains(&length) {
        vec![FieldError::new("new_password", "error-password-length")
            .with("min", passwords::MIN_LENGTH as i64)
            .with("max", passwords::MAX_LENGTH as i64)]
    } else if passwords::is_common(password) {
        vec![FieldError::new("new_password", "error-password-common")]
    } else if password != confirm_password {
        vec![FieldError::new(
            "confirm_password",
            "error-password-mismatch",
        )]
    } else {
        Vec::new()
    }
}

/// Creates an account; used by the `create-admin` subcommand and by invitations.
pub async fn create_account(
    db: &Db,
    account: &NewAccount<'_>,
    role: &Role,
    now: DateTime<Utc>,
) -> Result<i64, CreateAccountError> {
    let errors = check_new_account(account);
    if !errors.is_empty() {
        return Err(CreateAccountError::Invalid(errors));
    }
    let hash = passwords::hash(account.password).await?;
    let mut tx = db.pool().begin().await.map_err(DbError::from)?;
    let id = insert_account(&mut tx, account, &hash, role, &timestamp(now)).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}

async fn insert_account(
    conn: &mut sqlx::AnyConnection,
    account: &NewAccount<'_>,
    hash: &str,
    role: &Role,
    now: &str,
) -> Result<i64, CreateAccountError> {
    accounts::insert(
        conn,
        &normalize_username(account.username),
        account.display_name.trim(),
        hash,
        role,
        now,
    )
    .await
    .map_err(|error| match error {
        InsertAccountError::UsernameTaken => {
            CreateAccountError::Invalid(vec![FieldError::new("username", "error-username-taken")])
        }
        InsertAccountError::Db(error) => CreateAccountError::Db(error),
    })
}

/// Makes an invitation for `role`; returns the token for the link and when it expires.
pub async fn invite(
    db: &Db,
    who: &SignedIn,
    role: &Role,
    now: DateTime<Utc>,
) -> Result<(String, String), DbError> {
    let token = tokens::new_token();
    let expires_at = timestamp(now + INVITATION_LENGTH);
    accounts::insert_invitation(
        db,
        &tokens::hash(&token),
        role,
        who.account_id,
        &timestamp(now),
        &expires_at,
    )
    .await?;
    Ok((token, expires_at))
}

fn invitation_expired(record: &accounts::InvitationRecord, now: DateTime<Utc>) -> bool {
    parse_timestamp(&record.expires_at).is_none_or(|expires| expires <= now)
}

pub async fn check_invitation(
    db: &Db,
    token: &str,
    now: DateTime<Utc>,
) -> Result<InvitationCheck, DbError> {
    if !tokens::is_well_formed(token) {
        return Ok(InvitationCheck::Unknown);
    }
    Ok(
        match accounts::invitation(db, &tokens::hash(token)).await? {
            None => InvitationCheck::Unknown,
            Some(record) if record.accepted => InvitationCheck::Used,
            Some(record) if invitation_expired(&record, now) => InvitationCheck::Expired,
            Some(record) => InvitationCheck::Valid {
                role: record.role,
                provider_name: record.provider_name,
            },
        },
    )
}

pub async fn invitations(db: &Db, now: DateTime<Utc>) -> Result<Vec<InvitationRow>, DbError> {
    Ok(accounts::invitations(db)
        .await?
        .into_iter()
        .map(|record| InvitationRow {
            expired: invitation_expired(&record, now),
            role: record.role,
            provider_name: record.provider_name,
            created_on: record.created_at.chars().take(10).collect(),
            expires_at: record.expires_at,
            accepted: record.accepted,
        })
        .collect())
}

/// Creates the invited account and signs it in. The invitation is used up
/// in the same transaction, so a link makes one account at most.
pub async fn accept_invitation(
    db: &Db,
    token: &str,
    account: &NewAccount<'_>,
    now: DateTime<Utc>,
) -> Result<NewSession, CreateAccountError> {
    let role = match check_invitation(db, token, now).await? {
        InvitationCheck::Valid { role, .. } => role,
        _ => return Err(CreateAccountError::InvitationUnusable),
    };
    let errors = check_new_account(account);
    if !errors.is_empty() {
        return Err(CreateAccountError::Invalid(errors));
    }
    let hash = passwords::hash(account.password).await?;
    let mut tx = db.pool().begin().await.map_err(DbError::from)?;
    let id = insert_account(&mut tx, account, &hash, &role, &timestamp(now)).await?;
    if !accounts::accept_invitation(&mut tx, &tokens::hash(token), id, &timestamp(now)).await? {
        return Err(CreateAccountError::InvitationUnusable);
    }
    tx.commit().await.map_err(DbError::from)?;
    Ok(start_session(db, id, now).await?)
}
