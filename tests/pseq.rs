//! Pain Self-Efficacy Questionnaire (Nicholas 2007): ten items 0–6, total 0–60.

mod common;
use common::*;

#[test]
fn the_total_is_the_sum_of_ten_items() {
    let pseq = builtin("pseq");
    for (items, total) in [([0u8; 10], 0.0), ([6; 10], 60.0), ([0, 1, 2, 3, 4, 5, 6, 0, 1, 2], 24.0)] {
        assert_score(&score_of(&pseq, &choices("pseq", &items.map(Some)), "total"), Some(total), None);
    }
    let mut items = [Some(3u8); 10];
    items[9] = None;
    assert_score(&score_of(&pseq, &choices("pseq", &items), "total"), None, None);
}
