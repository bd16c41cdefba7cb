//! Compacts the built-in instrument definitions and the widget's CSS into
//! OUT_DIR, so nothing shipped carries indentation, and writes the registry
//! of built-ins: every `src/instruments/<id>.json` is one. `builtin_ids.rs`
//! lists their ids (always compiled in); `builtins.rs` embeds the
//! definitions themselves (compiled in with the `bundled` feature; the
//! browser widget fetches the ones a page uses instead). The readable
//! sources stay in src/. It also reads the body map's region areas from
//! the artwork, `src/bodymap/figure.json`, into `bodymap_areas.rs`, so the
//! extent measures follow the figure the patient marks.

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let instruments = Path::new("src/instruments");
    println!("cargo:rerun-if-changed=src/instruments");
    println!("cargo:rerun-if-changed=src/ui/style.css");
    println!("cargo:rerun-if-changed=src/ui/report.css");
    let mut entries: Vec<_> = fs::read_dir(instruments).expect("src/instruments exists").flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    let mut registry = String::from("/// (id, compacted JSON) of every built-in definition, by id.\npub(crate) const BUILTINS: &[(&str, &str)] = &[\n");
    let mut ids = String::from("/// The id of every built-in instrument, in catalogue order.\npub const BUILTIN_IDS: &[&str] = &[");
    for entry in entries {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "json") {
            let text = fs::read_to_string(&path).expect("readable definition");
            // A definition that is not JSON fails the build here, naming the file.
            let value: serde_json::Value = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let stem = path.file_stem().and_then(|s| s.to_str()).expect("a UTF-8 file name");
            assert_eq!(value["id"].as_str(), Some(stem), "{}: the id must equal the file name", path.display());
            let name = format!("{stem}.json");
            fs::write(Path::new(&out).join(&name), value.to_string()).expect("OUT_DIR is writable");
            registry.push_str(&format!("    ({stem:?}, include_str!(concat!(env!(\"OUT_DIR\"), \"/{name}\"))),\n"));
            ids.push_str(&format!("{stem:?}, "));
        }
    }
    registry.push_str("];\n");
    fs::write(Path::new(&out).join("builtins.rs"), registry).expect("OUT_DIR is writable");
    ids.push_str("];\n");
    fs::write(Path::new(&out).join("builtin_ids.rs"), ids).expect("OUT_DIR is writable");
    body_map_figure(&out);
    for sheet in ["style.css", "report.css"] {
        let css = fs::read_to_string(Path::new("src/ui").join(sheet)).expect("the stylesheet exists");
        let compact: Vec<&str> = css.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        fs::write(Path::new(&out).join(sheet), compact.join("")).expect("OUT_DIR is writable");
    }
}

/// From the artwork, `bodymap_areas.rs`: each region's area and centre (in
/// the artwork's units, 1 unit = 1 CSS pixel at its drawn size), for the
/// measures and keyboard moves. The drawing itself is fetched by the widget
/// when a page shows a body map (see scripts/instruments.mjs).
fn body_map_figure(out: &str) {
    println!("cargo:rerun-if-changed=src/bodymap/figure.json");
    let text = fs::read_to_string("src/bodymap/figure.json").expect("src/bodymap/figure.json exists");
    let figure: serde_json::Value = serde_json::from_str(&text).expect("src/bodymap/figure.json is JSON");
    let mut areas = String::from("/// (region id, area, centre) of every region in the artwork.\npub(crate) const AREAS: &[(&str, f64, (f64, f64))] = &[\n");
    for view in ["front", "back"] {
        for region in figure["views"][view]["regions"].as_array().expect("regions of each view") {
            let id = region["id"].as_str().expect("a region id");
            let area = region["area"].as_f64().expect("a region area");
            let centre = &region["centre"];
            let (x, y) = (centre[0].as_f64().expect("centre x"), centre[1].as_f64().expect("centre y"));
            areas.push_str(&format!("    ({id:?}, {area:?}, ({x:?}, {y:?})),\n"));
        }
    }
    areas.push_str("];\n");
    fs::write(Path::new(out).join("bodymap_areas.rs"), areas).expect("OUT_DIR is writable");
}
