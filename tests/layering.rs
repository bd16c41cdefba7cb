//! The UI renders the core and is handed what it needs from the browser
//! boundary (the clock, the body map's figure) by the host; it never
//! reaches into `host/` itself. Checked on the source, as nothing in the
//! type system stops a `use crate::host::…` inside the same crate.

use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, however deep.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())).flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

#[test]
fn nothing_under_src_ui_names_the_host() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let files = rust_files(&ui);
    assert!(files.len() > 5, "found only {} files under {}", files.len(), ui.display());
    let mut offences = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for (n, line) in text.lines().enumerate() {
            if line.contains("crate::host") {
                offences.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(offences.is_empty(), "ui/ must be handed what it needs by the host:\n{}", offences.join("\n"));
}
