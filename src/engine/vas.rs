//! The visual analogue scale's arithmetic, kept out of the UI so it is
//! tested natively: where on the line a pointer is, and what a key does.

/// The value at `offset` pixels along a line `width` pixels long: 0 at the
/// left end, 100 at the right, rounded to the nearest whole millimetre of
/// the 100 mm paper scale. `None` for a line with no width.
pub fn vas_at(offset: f64, width: f64) -> Option<i64> {
    if !(width > 0.0) || !offset.is_finite() {
        return None;
    }
    Some((offset / width * 100.0).round().clamp(0.0, 100.0) as i64)
}

/// The value after pressing `key` on the line, as a slider does: arrows
/// move by 1, Page Up/Down by 10, Home/End go to the ends. An unmarked line
/// starts from the middle, so the first arrow press lands beside it. `None`
/// for a key that does nothing.
pub fn vas_key(current: Option<i64>, key: &str) -> Option<i64> {
    let from = current.unwrap_or(50);
    let next = match key {
        "ArrowRight" | "ArrowUp" => from + 1,
        "ArrowLeft" | "ArrowDown" => from - 1,
        "PageUp" => from + 10,
        "PageDown" => from - 10,
        "Home" => 0,
        "End" => 100,
        _ => return None,
    };
    Some(next.clamp(0, 100))
}
