//! Pain Catastrophizing Scale (Sullivan 1995; user manual): total 0–52 and
//! rumination (8–11), magnification (6, 7, 13), helplessness (1–5, 12).

mod common;
use common::*;

#[test]
fn total_and_each_subscale() {
    let pcs = builtin("pcs");
    let table: &[([u8; 13], f64, f64, f64, f64)] = &[
        ([0; 13], 0.0, 0.0, 0.0, 0.0),
        ([4; 13], 52.0, 16.0, 12.0, 24.0),
        // items 1..13 = 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1, 2, 3
        ([1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1, 2, 3], 26.0, 8.0, 6.0, 12.0),
    ];
    for (items, total, rumination, magnification, helplessness) in table {
        let answers = choices("pcs", &items.map(Some));
        assert_score(&score_of(&pcs, &answers, "total"), Some(*total), None);
        assert_score(&score_of(&pcs, &answers, "rumination"), Some(*rumination), None);
        assert_score(&score_of(&pcs, &answers, "magnification"), Some(*magnification), None);
        assert_score(&score_of(&pcs, &answers, "helplessness"), Some(*helplessness), None);
    }
}

#[test]
fn a_missing_item_leaves_its_scores_out_but_not_the_others() {
    let pcs = builtin("pcs");
    let mut items = [Some(2u8); 13];
    items[7] = None; // item 8: rumination
    let answers = choices("pcs", &items);
    assert_score(&score_of(&pcs, &answers, "total"), None, None);
    assert_score(&score_of(&pcs, &answers, "rumination"), None, None);
    assert_score(&score_of(&pcs, &answers, "magnification"), Some(6.0), None);
    assert_score(&score_of(&pcs, &answers, "helplessness"), Some(12.0), None);
}
