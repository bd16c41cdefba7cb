//! What the UI needs from the page it runs on, handed in by the host when
//! it starts the app, so nothing here depends on the browser boundary.

use std::rc::Rc;
use yew::{AttrValue, Callback};

/// The body map's artwork as the widget draws it: each view's outline and
/// each region's path (SVG path data, in the view's 300 × 700 coordinates).
#[derive(Debug, PartialEq)]
pub struct Figure {
    /// The body's outline, front then back.
    pub outlines: [AttrValue; 2],
    /// The path of every region, in `bodymap::REGIONS` order.
    pub paths: Vec<AttrValue>,
}

/// The figure, or why it could not be had.
pub type Loaded = Result<Rc<Figure>, String>;

/// The host's services, handed down as props to what needs them.
#[derive(Clone, PartialEq)]
pub struct Services {
    /// The current time, RFC 3339 in UTC: stamped on a submission.
    pub now: Callback<(), String>,
    /// The figure if this page has loaded it already, so a map drawn again
    /// shows it at once.
    pub figure: Callback<(), Option<Rc<Figure>>>,
    /// Loads the figure, then hands it over.
    pub load_figure: Callback<Callback<Loaded>>,
}
