//! The reference table in docs/ is the one the definitions generate.

use pain_assessment::instruments::catalogue::markdown;
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
