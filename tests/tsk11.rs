//! TSK-11 (Woby et al. 2005): eleven items 1–4, none reversed, total 11–44.

mod common;
use common::*;

#[test]
fn the_total_runs_from_11_to_44_with_no_reversed_item() {
    let tsk = builtin("tsk11");
    for (items, total) in [([1u8; 11], 11.0), ([4; 11], 44.0), ([1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3], 26.0)] {
        assert_score(&score_of(&tsk, &choices("tsk11", &items.map(Some)), "total"), Some(total), None);
    }
    // 0 is not a response on this scale.
    let mut items = [Some(2u8); 11];
    items[0] = Some(0);
    assert_score(&score_of(&tsk, &choices("tsk11", &items), "total"), None, None);
}
