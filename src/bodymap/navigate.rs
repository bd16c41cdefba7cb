//! Keyboard moves between regions: an arrow key goes to the nearest region
//! in that direction on the same view, as the eye would; off the side of
//! one view it crosses to the other, at about the same height.

use super::{centres, View, REGIONS};

/// An arrow key, as seen on screen (left is the viewer's left).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Left,
    Right,
}

/// The region `direction` moves to from region `from` (indices into
/// `REGIONS`), or `None` at the figure's edge.
pub fn neighbour(from: usize, direction: Direction) -> Option<usize> {
    let centres = centres();
    let view = REGIONS.get(from)?.view;
    let (x, y) = centres[from];
    // Along the key's direction, and across it.
    let along_across = |i: usize| {
        let (dx, dy) = (centres[i].0 - x, centres[i].1 - y);
        match direction {
            Direction::Up => (-dy, dx.abs()),
            Direction::Down => (dy, dx.abs()),
            Direction::Left => (-dx, dy.abs()),
            Direction::Right => (dx, dy.abs()),
        }
    };
    let nearest = (0..REGIONS.len())
        .filter(|&i| i != from && REGIONS[i].view == view)
        .filter_map(|i| {
            let (along, across) = along_across(i);
            // Within 60 degrees either side of the key's direction; a step
            // straight ahead beats a nearer one off to the side.
            (along > 1.0 && across <= along * 1.8).then_some((along + 2.0 * across, i))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, i)| i);
    if nearest.is_some() {
        return nearest;
    }
    // Off the side: the other view, its region nearest in height on the
    // side facing this view (front is drawn left of back).
    let other = match (view, direction) {
        (View::Front, Direction::Right) => View::Back,
        (View::Back, Direction::Left) => View::Front,
        _ => return None,
    };
    (0..REGIONS.len())
        .filter(|&i| REGIONS[i].view == other)
        .min_by(|&a, &b| {
            let cost = |i: usize| {
                let edge = if other == View::Back { centres[i].0 } else { -centres[i].0 };
                (centres[i].1 - y).abs() * 2.0 + edge
            };
            cost(a).total_cmp(&cost(b))
        })
}
