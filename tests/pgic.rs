//! PGIC (Farrar et al. 2001): seven categories coded 1 (very much improved)
//! to 7 (very much worse); much or very much improved is a clinically
//! important improvement.

mod common;
use common::*;
use pain_assessment::{Answer, Answers};

fn pgic(value: u8) -> Answers {
    [("pgic_status".to_string(), Answer::Text(value.to_string()))].into_iter().collect()
}

#[test]
fn much_or_very_much_improved_is_the_responder_band() {
    let tool = builtin("pgic");
    let table = [
        (1, "Very Much Improved", "important_improvement"),
        (2, "Much Improved", "important_improvement"),
        (3, "Minimally Improved", "no_important_improvement"),
        (4, "No Change", "no_important_improvement"),
        (5, "Minimally Worse", "no_important_improvement"),
        (6, "Much Worse", "no_important_improvement"),
        (7, "Very Much Worse", "no_important_improvement"),
    ];
    let options = tool.items[0].kind.options();
    for (value, label, band) in table {
        assert_eq!(options[value as usize - 1].label, label);
        assert_score(&score_of(&tool, &pgic(value), "change"), Some(value as f64), Some(band));
    }
    assert_score(&score_of(&tool, &Answers::new(), "change"), None, None);
}
