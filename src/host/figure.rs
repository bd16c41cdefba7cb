//! The body map's artwork, fetched once per page and only by a page that
//! shows a body map, from `bodymap-figure.json` beside the definitions.

use super::delivery::get_text;
use super::js::to_value;
use std::cell::RefCell;
use std::rc::Rc;

/// The figure as the widget draws it: each view's outline and each
/// region's path (SVG path data, in the view's 300 × 700 coordinates).
#[derive(Debug, PartialEq)]
pub struct Figure {
    /// The body's outline, front then back.
    pub outlines: [String; 2],
    /// (region id, path) of every region.
    pub paths: Vec<(String, String)>,
}

impl Figure {
    /// The path of region `id`, if the figure has it.
    pub fn path(&self, id: &str) -> Option<&str> {
        self.paths.iter().find(|(r, _)| r == id).map(|(_, d)| d.as_str())
    }
}

thread_local! {
    static BASE: RefCell<Option<String>> = const { RefCell::new(None) };
    static FIGURE: RefCell<Option<Rc<Figure>>> = const { RefCell::new(None) };
}

/// Where the figure is, once a widget has started with a base URL.
pub fn set_base(base: &str) {
    BASE.with(|b| *b.borrow_mut() = Some(base.to_string()));
}

/// The figure if it has been loaded on this page.
pub fn loaded() -> Option<Rc<Figure>> {
    FIGURE.with(|f| f.borrow().clone())
}

/// Fetches the figure (once per page), or says why it could not.
pub async fn load() -> Result<Rc<Figure>, String> {
    if let Some(figure) = loaded() {
        return Ok(figure);
    }
    let base = BASE.with(|b| b.borrow().clone()).ok_or("no address to load the body map's figure from")?;
    let url = format!("{base}bodymap-figure.json");
    let text = get_text(&url).await?;
    let value = to_value(&text.into())?.ok_or("the figure is empty")?;
    let figure = Rc::new(parse(&value).ok_or_else(|| format!("{url} is not a body map figure"))?);
    FIGURE.with(|f| *f.borrow_mut() = Some(figure.clone()));
    Ok(figure)
}

fn parse(value: &serde_json::Value) -> Option<Figure> {
    let outline = |i: usize| value["outlines"].get(i)?.as_str().map(String::from);
    let paths = value["paths"].as_object()?.iter().map(|(id, d)| Some((id.clone(), d.as_str()?.to_string()))).collect::<Option<_>>()?;
    Some(Figure { outlines: [outline(0)?, outline(1)?], paths })
}
