//! Gathers `style/*.css` (in name order) into one style sheet that the
//! page shell puts inline (`app::STYLE`): a page needs no second request
//! before it can be drawn. Comments and indentation are dropped on the way.

use std::{fs, path::Path};

fn main() {
    // Read when the script runs, not when it was built: a build script kept
    // in a target directory must follow the checkout it builds.
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&manifest_dir).join("../style");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("the style directory is readable")
        .map(|entry| entry.expect("a style file").path())
        .filter(|path| path.extension().is_some_and(|e| e == "css"))
        .collect();
    files.sort();
    let mut style = String::new();
    for file in files {
        println!("cargo:rerun-if-changed={}", file.display());
        let text = fs::read_to_string(&file).expect("a style file is text");
        style.push_str(&without_comments(&text));
    }
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("style.css");
    fs::write(out, style).expect("OUT_DIR is writable");
}

/// The sheet without `/* … */` comments, indentation or empty lines.
fn without_comments(css: &str) -> String {
    let mut kept = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        kept.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    kept.push_str(rest);
    kept.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .fold(String::new(), |mut out, line| {
            out.push_str(line);
            out.push('\n');
            out
        })
}
