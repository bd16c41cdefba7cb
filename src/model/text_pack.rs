//! A licensed text pack: the wording of an instrument whose owner's terms do
//! not let it ship with the widget, supplied by a clinic that holds a
//! licence. The pack carries text only; structure and scoring stay in the
//! built-in definition, so a pack can never change how an answer scores.

use super::read::{as_string, check_image, Obj};
use schemars::JsonSchema;
use serde::Serialize;
use serde_json::Value;
use super::SortedMap;

/// The wording of one instrument in one language.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct TextPack {
    /// The instrument's id, e.g. `odi`.
    pub instrument: String,
    /// The definition version the wording belongs to; must match exactly.
    pub version: String,
    /// The language of the wording (BCP 47).
    pub locale: String,
    /// The title to show, if the licence gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The instructions, as licensed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    /// The copyright line the licence asks to be shown with this wording.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copyright: Option<String>,
    /// The terms of use in the pack's language, where the owner gives them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<String>,
    /// The wording of each item, by item id.
    pub items: SortedMap<String, ItemText>,
}

/// The wording of one item.
#[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ItemText {
    /// The question.
    pub text: String,
    /// Each option's words, by option value.
    #[serde(default, skip_serializing_if = "SortedMap::is_empty")]
    pub options: SortedMap<String, String>,
    /// A rating's low-end words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_label: Option<String>,
    /// A rating's high-end words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_label: Option<String>,
    /// Each option's picture, by option value (see [`crate::model::Choice::image`]).
    #[serde(default, skip_serializing_if = "SortedMap::is_empty")]
    pub images: SortedMap<String, String>,
}

impl TextPack {
    /// Reads a pack, naming the field at fault on error.
    pub fn read(value: &Value, path: &str) -> Result<TextPack, String> {
        let o = Obj::new(value, path, &["instrument", "version", "locale", "title", "instructions", "copyright", "terms", "items"])?;
        let (instrument, version, locale) = (o.string("instrument")?, o.string("version")?, o.string("locale")?);
        let items_path = o.at("items");
        let Some(Value::Object(items)) = value.get("items") else {
            return Err(format!("{items_path}: expected an object of item texts by item id"));
        };
        let mut texts = SortedMap::new();
        for (id, item) in items {
            texts.insert(id.clone(), item_text(item, &format!("{items_path}.{id}"))?);
        }
        Ok(TextPack {
            instrument,
            version,
            locale,
            title: o.opt_string("title")?,
            instructions: o.opt_string("instructions")?,
            copyright: o.opt_string("copyright")?,
            terms: o.opt_string("terms")?,
            items: texts,
        })
    }
}

fn item_text(value: &Value, path: &str) -> Result<ItemText, String> {
    let o = Obj::new(value, path, &["text", "options", "minLabel", "maxLabel", "images"])?;
    let mut images = SortedMap::new();
    match value.get("images") {
        None | Some(Value::Null) => {}
        Some(Value::Object(map)) => {
            for (option, url) in map {
                let at = format!("{path}.images.{option}");
                let url = as_string(url, &at)?;
                check_image(&url).map_err(|why| format!("{at}: {why}"))?;
                images.insert(option.clone(), url);
            }
        }
        Some(_) => return Err(format!("{path}.images: expected an object of pictures by option value")),
    }
    let mut options = SortedMap::new();
    match value.get("options") {
        None | Some(Value::Null) => {}
        Some(Value::Object(map)) => {
            for (option, label) in map {
                options.insert(option.clone(), as_string(label, &format!("{path}.options.{option}"))?);
            }
        }
        Some(_) => return Err(format!("{path}.options: expected an object of labels by option value")),
    }
    Ok(ItemText {
        text: o.string("text")?,
        options,
        min_label: o.opt_string("minLabel")?,
        max_label: o.opt_string("maxLabel")?,
        images,
    })
}
