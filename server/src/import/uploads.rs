//! Where uploaded files wait for their import: a folder only the server's
//! user may enter (0700), each file readable only by it (0600), since a case
//! file holds personal data. A file is removed when its import ends, however
//! it ends (its [`UploadedFile`] is dropped, on success, rejection or a
//! panic), and files left behind by a server that stopped mid-import are
//! removed when the folder is opened at start-up. Each instance needs a
//! folder of its own.

use std::{
    io,
    path::{Path, PathBuf},
};

use crate::accounts::tokens;

/// The private folder uploads wait in.
#[derive(Clone, Debug)]
pub struct UploadDir(PathBuf);

impl UploadDir {
    /// Creates the folder if missing, makes it private, and removes every
    /// file a stopped server left in it.
    pub fn open(path: &Path) -> io::Result<UploadDir> {
        std::fs::DirBuilder::new().recursive(true).create(path)?;
        make_private(path, 0o700)?;
        for entry in std::fs::read_dir(path)? {
            let entry = entry?;
            if entry.file_type()?.is_file() {
                tracing::info!(file = %entry.path().display(), "removing an upload left by a stopped import");
                std::fs::remove_file(entry.path())?;
            }
        }
        Ok(UploadDir(path.to_path_buf()))
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    /// A new, empty file that only the server may read, and the guard that
    /// removes it.
    pub async fn create(&self) -> io::Result<(tokio::fs::File, UploadedFile)> {
        let path = self
            .0
            .join(format!("upload-{}.csv", &tokens::new_token()[..32]));
        let mut options = tokio::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        options.mode(0o600);
        let file = options.open(&path).await?;
        Ok((file, UploadedFile { path }))
    }
}

#[cfg(unix)]
fn make_private(path: &Path, mode: u32) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn make_private(_: &Path, _: u32) -> io::Result<()> {
    Ok(())
}

/// An uploaded file; removed when this is dropped.
#[derive(Debug)]
pub struct UploadedFile {
    path: PathBuf,
}

impl UploadedFile {
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for UploadedFile {
    fn drop(&mut self) {
        if let Err(error) = std::fs::remove_file(&self.path) {
            if error.kind() != io::ErrorKind::NotFound {
                tracing::error!(%error, file = %self.path.display(), "cannot remove an uploaded file");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        std::env::temp_dir().join(format!("jf-uploads-{name}-{}", &tokens::new_token()[..12]))
    }

    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[tokio::test]
    async fn an_upload_is_private_and_gone_when_its_guard_is_dropped() {
        let folder = scratch("private");
        let uploads = UploadDir::open(&folder).unwrap();
        let (_file, guard) = uploads.create().await.unwrap();
        let path = guard.path().to_path_buf();
        #[cfg(unix)]
        {
            assert_eq!(mode(&folder), 0o700);
            assert_eq!(mode(&path), 0o600);
        }
        drop(guard);
        assert!(!path.exists());
        std::fs::remove_dir_all(folder).unwrap();
    }

    #[test]
    fn opening_the_folder_removes_what_a_stopped_server_left_and_makes_it_private() {
        let folder = scratch("leftovers");
        std::fs::create_dir_all(&folder).unwrap();
        #[cfg(unix)]
        make_private(&folder, 0o755).unwrap();
        std::fs::write(folder.join("upload-left.csv"), "personal data").unwrap();
        UploadDir::open(&folder).unwrap();
        assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 0);
        #[cfg(unix)]
        assert_eq!(mode(&folder), 0o700);
        std::fs::remove_dir_all(folder).unwrap();
    }
}
