//! The body map's artwork, fetched once per page and only by a page that
//! shows a body map, from `bodymap-figure.json` beside the definitions.

use super::delivery::get_text;
use super::js::to_value;
use crate::bodymap::REGIONS;
use crate::ui::Figure;
use std::cell::RefCell;
use yew::AttrValue;
use std::rc::Rc;

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

/// The figure from its JSON; `None` unless it has every region.
fn parse(value: &serde_json::Value) -> Option<Figure> {
    let text = |v: &serde_json::Value| v.as_str().map(|d| AttrValue::from(d.to_string()));
    let outline = |i: usize| text(value["outlines"].get(i)?);
    let paths = REGIONS.iter().map(|r| text(value["paths"].get(r.id)?)).collect::<Option<_>>()?;
    Some(Figure { outlines: [outline(0)?, outline(1)?], paths })
}
