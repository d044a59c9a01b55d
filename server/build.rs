//! `sqlx::migrate!` embeds the migrations when the crate compiles, but
//! cargo does not know it read them: without this, a new migration file is
//! left out of the binary until some Rust file changes.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
