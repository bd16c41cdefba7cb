//! Plain data: instrument definitions, answers and results. No logic beyond
//! lookups, and nothing that knows about a browser.

mod answer;
mod body_map;
mod enable;
mod instrument;
mod map;
pub(crate) mod read;
mod read_enable;
mod result;
mod text_pack;

pub use answer::{Answer, Answers};
pub use enable::{EnableBehavior, EnableWhen, Expected, Operator};
pub use body_map::{BodyMapAnswer, Quality, RegionPain};
pub use map::SortedMap;
pub use instrument::{
    Band, Better, Mcid, Choice, ClassRule, Code, FhirValue, Condition, TableRow, WeightedBy, Instrument, Item, ItemKind, Licence, Measure, MissingRule, Range, SafetyRule,
    ScoreDefinition, ScoreMethod,
};
pub use result::{BandResult, SafetyFlag, ScoreResult, Scored};
pub use text_pack::{ItemText, TextPack};

impl Instrument {
    /// The item with this id, if the instrument has one.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|item| item.id == id)
    }
}

impl ItemKind {
    /// The options of a choice item; empty for other kinds.
    pub fn options(&self) -> &[Choice] {
        match self {
            ItemKind::SingleChoice { options, .. } | ItemKind::MultiChoice { options, .. } | ItemKind::Checklist { options } => options,
            _ => &[],
        }
    }
}
