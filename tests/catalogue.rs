//! The reference table in docs/ is the one the definitions generate.

use pain_assessment::instruments::catalogue::{markdown, readme_table, wording_mark};
use pain_assessment::Library;

#[test]
fn docs_instruments_md_is_generated_from_the_definitions() {
    let instruments = Library::builtin().builtins().unwrap();
    let generated = markdown(&instruments);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/instruments.md");
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/instruments.md is out of date: run `cargo run --bin pa-score catalogue > docs/instruments.md`"
    );
}

#[test]
fn every_instrument_appears_with_its_terms_and_each_score() {
    let instruments = Library::builtin().builtins().unwrap();
    let text = markdown(&instruments);
    for instrument in &instruments {
        assert!(text.contains(&format!("| `{}` |", instrument.id)), "{}", instrument.id);
        assert!(text.contains(&instrument.licence.terms), "{}", instrument.id);
        for score in &instrument.scores {
            assert!(text.contains(&score.label), "{}.{}", instrument.id, score.id);
        }
    }
    assert!(text.contains("0–4 Minimal; 5–9 Mild; 10–14 Moderate; 15–19 Moderately severe; 20–27 Severe"));
}

#[test]
fn the_readme_table_is_generated_from_the_definitions() {
    let instruments = Library::builtin().builtins().unwrap();
    let table = readme_table(&instruments);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).unwrap_or_default();
    let inside = readme
        .split_once("<!-- instruments: pa-score catalogue --readme -->\n")
        .and_then(|(_, rest)| rest.split_once("<!-- /instruments -->"))
        .map(|(table, _)| table);
    assert!(
        inside == Some(table.as_str()),
        "README.md's instrument table is out of date: put the output of `pa-score catalogue --readme` between its markers"
    );
}

#[test]
fn each_instrument_is_marked_by_whether_its_wording_ships() {
    let instruments = Library::builtin().builtins().unwrap();
    let table = readme_table(&instruments);
    let reference = markdown(&instruments);
    for instrument in &instruments {
        let expected = wording_mark(instrument);
        assert_eq!(expected.starts_with("ships"), !instrument.licence.text_required, "{}", instrument.id);
        let row = format!("| `{}` | {} | {expected} |", instrument.id, instrument.title);
        assert!(table.contains(&row), "{row}");
        assert!(reference.contains(&format!("- Wording: {expected} (")), "{}", instrument.id);
    }
    let phq9 = table.lines().find(|l| l.starts_with("| `phq9` |")).unwrap_or_default();
    assert!(phq9.contains("ships with its wording") && phq9.contains("No permission required"), "{phq9}");
    let odi = table.lines().find(|l| l.starts_with("| `odi` |")).unwrap_or_default();
    assert!(odi.contains("needs your licensed text"), "{odi}");
    let fpsr = table.lines().find(|l| l.starts_with("| `fpsr` |")).unwrap_or_default();
    assert!(fpsr.contains("needs your licensed text and artwork"), "{fpsr}");
}
