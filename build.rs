//! Compacts the built-in instrument definitions and the widget's CSS into
//! OUT_DIR, so the wasm carries no indentation. The readable sources stay in
//! src/.

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let instruments = Path::new("src/instruments");
    println!("cargo:rerun-if-changed=src/instruments");
    println!("cargo:rerun-if-changed=src/ui/style.css");
    let mut entries: Vec<_> = fs::read_dir(instruments).expect("src/instruments exists").flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "json") {
            let text = fs::read_to_string(&path).expect("readable definition");
            // A definition that is not JSON fails the build here, naming the file.
            let value: serde_json::Value = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let name = path.file_name().expect("a file name");
            fs::write(Path::new(&out).join(name), value.to_string()).expect("OUT_DIR is writable");
        }
    }
    let css = fs::read_to_string("src/ui/style.css").expect("src/ui/style.css exists");
    let compact: Vec<&str> = css.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    fs::write(Path::new(&out).join("style.css"), compact.join("")).expect("OUT_DIR is writable");
}
