//! Accounts, sessions, failed sign-ins and invitations.

use domain::model::Role;
use sqlx::AnyConnection;

use super::{Db, DbError};

/// An account as stored, with its password hash.
#[derive(Clone)]
pub struct AccountRow {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub password_hash: String,
    pub role: Role,
}

// The hash stays out of logs, whatever prints an account.
impl std::fmt::Debug for AccountRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AccountRow")
            .field("id", &self.id)
            .field("username", &self.username)
            .field("role", &self.role)
            .finish_non_exhaustive()
    }
}

/// Why an account could not be stored.
#[derive(Debug, thiserror::Error)]
pub enum InsertAccountError {
    #[error("the username is taken")]
    UsernameTaken,
    #[error(transparent)]
    Db(#[from] DbError),
}

fn role_from_row(role: &str, provider_id: Option<String>) -> Result<Role, DbError> {
    match (role, provider_id) {
        ("admin", None) => Ok(Role::Administrator),
        ("provider_editor", Some(provider_id)) => Ok(Role::ProviderEditor { provider_id }),
        _ => Err(DbError::Query(sqlx::Error::Decode(
            format!("account role {role} does not match its provider").into(),
        ))),
    }
}

type AccountTuple = (i64, String, String, String, String, Option<String>);

fn account_from_tuple(
    (id, username, display_name, password_hash, role, provider_id): AccountTuple,
) -> Result<AccountRow, DbError> {
    Ok(AccountRow {
        id,
        username,
        display_name,
        password_hash,
        role: role_from_row(&role, provider_id)?,
    })
}

const ACCOUNT_COLUMNS: &str = "id, username, display_name, password_hash, role, provider_id";

pub async fn insert(
    conn: &mut AnyConnection,
    username: &str,
    display_name: &str,
    password_hash: &str,
    role: &Role,
    now: &str,
) -> Result<i64, InsertAccountError> {
    let result = sqlx::query_scalar::<_, i64>(
        "INSERT INTO account (username, display_name, password_hash, role, provider_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(username)
    .bind(display_name)
    .bind(password_hash)
    .bind(role.code())
    .bind(role.provider_id())
    .bind(now)
    .fetch_one(conn)
    .await;
    match result {
        Ok(id) => Ok(id),
        Err(sqlx::Error::Database(error)) if error.is_unique_violation() => {
            Err(InsertAccountError::UsernameTaken)
        }
        Err(error) => Err(InsertAccountError::Db(error.into())),
    }
}

pub async fn by_username(db: &Db, username: &str) -> Result<Option<AccountRow>, DbError> {
    let row: Option<AccountTuple> = sqlx::query_as(&format!(
        "SELECT {ACCOUNT_COLUMNS} FROM account WHERE username = $1"
    ))
    .bind(username)
    .fetch_optional(db.pool())
    .await?;
    row.map(account_from_tuple).transpose()
}

pub async fn count_administrators(db: &Db) -> Result<i64, DbError> {
    Ok(
        sqlx::query_scalar("SELECT COUNT(*) FROM account WHERE role = 'admin'")
            .fetch_one(db.pool())
            .await?,
    )
}

/// An account's columns and the session's CSRF token.
type SessionTuple = (i64, String, String, String, String, Option<String>, String);

/// A session's account and CSRF token, if the session exists and has not expired.
pub async fn session(
    db: &Db,
    token_hash: &str,
    now: &str,
) -> Result<Option<(AccountRow, String)>, DbError> {
    let row: Option<SessionTuple> = sqlx::query_as(
        "SELECT a.id, a.username, a.display_name, a.password_hash, a.role, a.provider_id,
                    s.csrf_token
               FROM session s JOIN account a ON a.id = s.account_id
              WHERE s.token_hash = $1 AND s.expires_at > $2",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(db.pool())
    .await?;
    row.map(|(id, username, display_name, hash, role, provider, csrf)| {
        Ok((
            account_from_tuple((id, username, display_name, hash, role, provider))?,
            csrf,
        ))
    })
    .transpose()
}

pub async fn insert_session(
    db: &Db,
    token_hash: &str,
    account_id: i64,
    csrf_token: &str,
    now: &str,
    expires_at: &str,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO session (token_hash, account_id, csrf_token, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(token_hash)
    .bind(account_id)
    .bind(csrf_token)
    .bind(now)
    .bind(expires_at)
    .execute(db.pool())
    .await?;
    Ok(())
}

pub async fn delete_session(db: &Db, token_hash: &str) -> Result<(), DbError> {
    sqlx::query("DELETE FROM session WHERE token_hash = $1")
        .bind(token_hash)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// Ends every session of an account ("sign out everywhere").
pub async fn delete_sessions_of(db: &Db, account_id: i64) -> Result<(), DbError> {
    sqlx::query("DELETE FROM session WHERE account_id = $1")
        .bind(account_id)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// Removes expired sessions and sign-in attempts older than `forget_before`.
pub async fn delete_expired(db: &Db, now: &str, forget_before: &str) -> Result<(), DbError> {
    sqlx::query("DELETE FROM session WHERE expires_at <= $1")
        .bind(now)
        .execute(db.pool())
        .await?;
    sqlx::query("DELETE FROM sign_in_attempt WHERE attempted_at < $1")
        .bind(forget_before)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// A sign-in attempt as stored (see `accounts::throttle`).
pub struct AttemptRow {
    pub username: String,
    pub address: String,
    pub attempted_at: String,
    pub outcome: String,
}

/// Records an attempt before its password is checked.
pub async fn insert_attempt(
    db: &Db,
    id: &str,
    username: &str,
    address: &str,
    now: &str,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO sign_in_attempt (id, username, address, attempted_at, outcome)
         VALUES ($1, $2, $3, $4, 'checking')",
    )
    .bind(id)
    .bind(username)
    .bind(address)
    .bind(now)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// Every attempt but `id` on `username` since `account_since`, or from
/// `address` since `address_since`.
pub async fn other_attempts(
    db: &Db,
    id: &str,
    (username, account_since): (&str, &str),
    (address, address_since): (&str, &str),
) -> Result<Vec<AttemptRow>, DbError> {
    let rows: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT username, address, attempted_at, outcome FROM sign_in_attempt
          WHERE id <> $1
            AND ((username = $2 AND attempted_at >= $3) OR (address = $4 AND attempted_at >= $5))",
    )
    .bind(id)
    .bind(username)
    .bind(account_since)
    .bind(address)
    .bind(address_since)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(username, address, attempted_at, outcome)| AttemptRow {
            username,
            address,
            attempted_at,
            outcome,
        })
        .collect())
}

pub async fn set_attempt_outcome(db: &Db, id: &str, outcome: &str) -> Result<(), DbError> {
    sqlx::query("UPDATE sign_in_attempt SET outcome = $2 WHERE id = $1")
        .bind(id)
        .bind(outcome)
        .execute(db.pool())
        .await?;
    Ok(())
}

pub async fn delete_attempt(db: &Db, id: &str) -> Result<(), DbError> {
    sqlx::query("DELETE FROM sign_in_attempt WHERE id = $1")
        .bind(id)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// After a successful sign-in: this address's attempts on the account are
/// forgotten (everyone else's still count).
pub async fn forget_attempts(db: &Db, username: &str, address: &str) -> Result<(), DbError> {
    sqlx::query("DELETE FROM sign_in_attempt WHERE username = $1 AND address = $2")
        .bind(username)
        .bind(address)
        .execute(db.pool())
        .await?;
    Ok(())
}

pub async fn insert_invitation(
    db: &Db,
    token_hash: &str,
    role: &Role,
    created_by: i64,
    now: &str,
    expires_at: &str,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO invitation (token_hash, role, provider_id, created_by, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(token_hash)
    .bind(role.code())
    .bind(role.provider_id())
    .bind(created_by)
    .bind(now)
    .bind(expires_at)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// An invitation as stored.
#[derive(Clone, Debug)]
pub struct InvitationRecord {
    pub role: Role,
    pub provider_name: Option<String>,
    pub created_at: String,
    pub expires_at: String,
    pub accepted: bool,
}

type InvitationTuple = (
    String,
    Option<String>,
    Option<String>,
    String,
    String,
    Option<String>,
);

fn invitation_from_tuple(
    (role, provider_id, provider_name, created_at, expires_at, accepted_at): InvitationTuple,
) -> Result<InvitationRecord, DbError> {
    Ok(InvitationRecord {
        role: role_from_row(&role, provider_id)?,
        provider_name,
        created_at,
        expires_at,
        accepted: accepted_at.is_some(),
    })
}

const INVITATION_SELECT: &str =
    "SELECT i.role, i.provider_id, p.name, i.created_at, i.expires_at, i.accepted_at
       FROM invitation i LEFT JOIN provider p ON p.id = i.provider_id";

pub async fn invitation(db: &Db, token_hash: &str) -> Result<Option<InvitationRecord>, DbError> {
    let row: Option<InvitationTuple> =
        sqlx::query_as(&format!("{INVITATION_SELECT} WHERE i.token_hash = $1"))
            .bind(token_hash)
            .fetch_optional(db.pool())
            .await?;
    row.map(invitation_from_tuple).transpose()
}

pub async fn invitations(db: &Db) -> Result<Vec<InvitationRecord>, DbError> {
    let rows: Vec<InvitationTuple> =
        sqlx::query_as(&format!("{INVITATION_SELECT} ORDER BY i.created_at DESC"))
            .fetch_all(db.pool())
            .await?;
    rows.into_iter().map(invitation_from_tuple).collect()
}

/// Marks an invitation used by `account_id`; false when it was already used
/// (two people racing for one link: only one wins).
pub async fn accept_invitation(
    conn: &mut AnyConnection,
    token_hash: &str,
    account_id: i64,
    now: &str,
) -> Result<bool, DbError> {
    let result = sqlx::query(
        "UPDATE invitation SET accepted_at = $1, account_id = $2
          WHERE token_hash = $3 AND accepted_at IS NULL AND expires_at > $1",
    )
    .bind(now)
    .bind(account_id)
    .bind(token_hash)
    .execute(conn)
    .await?;
    Ok(result.rows_affected() == 1)
}

pub async fn set_password(
    conn: &mut AnyConnection,
    account_id: i64,
    password_hash: &str,
) -> Result<(), DbError> {
    sqlx::query("UPDATE account SET password_hash = $2 WHERE id = $1")
        .bind(account_id)
        .bind(password_hash)
        .execute(conn)
        .await?;
    Ok(())
}

/// Ends every session of an account but the one whose token hashes to `keep`.
pub async fn delete_sessions_but(
    conn: &mut AnyConnection,
    account_id: i64,
    keep: &str,
) -> Result<(), DbError> {
    sqlx::query("DELETE FROM session WHERE account_id = $1 AND token_hash <> $2")
        .bind(account_id)
        .bind(keep)
        .execute(conn)
        .await?;
    Ok(())
}
