//! Loads the Fluent files under `locales/<slug>/*.ftl` into a [`Localizer`].

use std::path::{Path, PathBuf};

use app::i18n::{FluentSource, LocalesError, Localizer};
use domain::locale::Locale;

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read the locale folder {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("locale folder {0} has no .ftl files")]
    Empty(PathBuf),
    #[error(transparent)]
    Fluent(#[from] LocalesError),
}

/// Every locale's Fluent files, in file-name order.
pub fn read_sources(dir: &Path) -> Result<Vec<FluentSource>, LoadError> {
    let mut sources = Vec::new();
    for locale in Locale::ALL {
        let folder = dir.join(locale.slug());
        let read_error = |source| LoadError::Read {
            path: folder.clone(),
            source,
        };
        let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
            .map_err(read_error)?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
            .collect();
        if files.is_empty() {
            return Err(LoadError::Empty(folder));
        }
        files.sort();
        for file in files {
            let text = std::fs::read_to_string(&file).map_err(|source| LoadError::Read {
                path: file.clone(),
                source,
            })?;
            sources.push(FluentSource {
                locale,
                file: file.display().to_string(),
                text,
            });
        }
    }
    Ok(sources)
}

pub fn load(dir: &Path) -> Result<Localizer, LoadError> {
    Ok(Localizer::from_sources(read_sources(dir)?)?)
}
