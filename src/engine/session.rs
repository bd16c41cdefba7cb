//! The state of one patient filling in the widget, and the one pure
//! `reduce` that every UI event goes through. The yew UI only renders a
//! [`Session`] and dispatches [`Action`]s, so everything here is tested
//! natively.

use crate::engine::answer::check_answer;
use crate::engine::draft::Draft;
use crate::i18n::{Locale, Msg};
use crate::model::{Answer, Answers, BodyMapAnswer, Instrument, ItemKind};
use std::rc::Rc;

pub use super::paging::Layout;


/// Where the patient is.
#[derive(Clone, Debug, PartialEq)]
pub enum Stage {
    /// Answering the instrument at `page`.
    Filling,
    /// Every required item answered and submitted at this time (RFC 3339).
    Complete {
        /// When the patient submitted.
        completed_at: String,
    },
}

/// What happened to the submission on its way to the host's endpoint.
#[derive(Clone, Debug, PartialEq)]
pub enum Delivery {
    /// No endpoint, or nothing sent yet.
    Idle,
    /// The POST is under way.
    Sending,
    /// The endpoint accepted the submission.
    Sent,
    /// The POST failed and will be tried again shortly; the message says why.
    Retrying(String),
    /// Several tries failed: the response is kept on this device and sent
    /// when the connection returns or the page is next opened.
    Queued,
    /// The server refused it, or it could not be sent; the message says
    /// why. The answers are kept.
    Failed(String),
}

/// Why an item is marked on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A required item has no answer.
    Unanswered,
    /// The answer does not fit the item.
    Invalid,
    /// A body map with a marked region that has no intensity yet.
    Incomplete,
}

/// One patient's progress through the instruments.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    /// The instruments, in the order shown, one page each.
    pub instruments: Vec<Rc<Instrument>>,
    /// The answers so far, one map per instrument.
    pub answers: Vec<Answers>,
    /// The page shown: an index into `instruments`.
    pub page: usize,
    /// With [`Layout::Question`], the question shown: an index into the
    /// page's items. 0 with [`Layout::Page`].
    pub item: usize,
    /// One instrument or one question per screen.
    pub layout: Layout,
    /// The language of the widget's own words.
    pub locale: Locale,
    /// Items on the current page marked after a failed attempt to go on.
    pub problems: Vec<(String, Problem)>,
    /// What the patient typed into a number box that its item does not take
    /// (not a whole number, or out of range), by page and item id: shown
    /// back as typed and marked until corrected or cleared, never scored.
    pub typed: Vec<(usize, String, String)>,
    /// Filling in, or complete.
    pub stage: Stage,
    /// The submission's delivery.
    pub delivery: Delivery,
    /// The earlier body map the host passed in, kept with every body map
    /// answer so the overlap can be measured (and re-measured) from it.
    pub previous_body_map: Option<Vec<String>>,
    /// Answers saved earlier on this device, offered back before the first
    /// question: the patient continues or starts again.
    pub offer: Option<Draft>,
    /// A message shown above the first page (e.g. saved answers that could
    /// not be restored and were cleared).
    pub notice: Option<Msg>,
    /// Items whose answer was removed because a later change to an earlier
    /// answer stopped asking them, by page and item id: if they are asked
    /// again, the patient is told why they are blank.
    pub cleared: Vec<(usize, String)>,
}

/// Everything the patient or the host can do to a session.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Set (`Some`) or clear (`None`) the answer to an item on the current page.
    Answer {
        /// The item's id.
        item: String,
        /// The new answer.
        value: Option<Answer>,
    },
    /// Go to the next page if the current one is complete.
    Next,
    /// Go back one page.
    Back,
    /// Submit, if every required item on every page is answered.
    Submit {
        /// The time of submission (RFC 3339).
        at: String,
    },
    /// The POST to the endpoint started.
    DeliveryStarted,
    /// The endpoint accepted the submission.
    DeliverySucceeded,
    /// Take up the offered saved answers where they were left.
    Resume,
    /// Set the offered saved answers aside and start with none.
    StartAgain,
    /// The POST failed, with the reason, and will be tried again shortly.
    DeliveryRetrying(String),
    /// The response waits on this device for the connection to return.
    DeliveryQueued,
    /// The POST failed for good, with the reason.
    DeliveryFailed(String),
    /// Show the widget's own words in another language; answers stay.
    SetLocale(Locale),
    /// Show one instrument or one question per screen (the screen was
    /// resized or turned); the patient stays where they were.
    SetLayout(Layout),
}

impl Session {
    /// A new session over `instruments`, at the first page.
    pub fn new(instruments: Vec<Rc<Instrument>>) -> Self {
        let answers = vec![Answers::new(); instruments.len()];
        Session {
            instruments,
            answers,
            page: 0,
            item: 0,
            layout: Layout::Page,
            locale: Locale::En,
            problems: Vec::new(),
            typed: Vec::new(),
            stage: Stage::Filling,
            delivery: Delivery::Idle,
            previous_body_map: None,
            offer: None,
            notice: None,
            cleared: Vec::new(),
        }
    }

    /// This session offering `draft` back to the patient.
    pub fn with_offer(mut self, draft: Option<Draft>) -> Self {
        self.offer = draft.filter(|d| d.answers.len() == self.instruments.len() && d.answers.iter().any(|a| !a.is_empty()));
        self
    }

    /// This session with `notice` shown above the first page.
    pub fn with_notice(mut self, notice: Option<Msg>) -> Self {
        self.notice = notice;
        self
    }

    /// This session in `locale` and `layout`.
    pub fn with_view(mut self, locale: Locale, layout: Layout) -> Self {
        self.locale = locale;
        self.reduce(Action::SetLayout(layout))
    }

    /// This session with the regions of the patient's earlier body map.
    pub fn with_previous_body_map(mut self, regions: Option<Vec<String>>) -> Self {
        self.previous_body_map = regions;
        self
    }

    /// The instrument on the current page.
    pub fn current(&self) -> Option<&Instrument> {
        self.instruments.get(self.page).map(|i| &**i)
    }

    /// True on the last page.
    pub fn is_last_page(&self) -> bool {
        self.page + 1 >= self.instruments.len()
    }

    /// The problem marked on `item` of the current page, if any.
    pub fn problem(&self, item: &str) -> Option<Problem> {
        self.problems.iter().find(|(id, _)| id == item).map(|(_, p)| *p)
    }

    /// True when `item` on the current page lost its answer because an
    /// earlier answer changed, and has not been answered since.
    pub fn was_cleared(&self, item: &str) -> bool {
        self.cleared.iter().any(|(page, id)| *page == self.page && id == item)
    }

    /// What the patient typed into `item`'s number box on the current page
    /// that the item does not take, if anything.
    pub fn typed(&self, item: &str) -> Option<&str> {
        self.typed.iter().find(|(page, id, _)| *page == self.page && id == item).map(|(_, _, text)| text.as_str())
    }

    /// Applies `action` and returns the next state.
    pub fn reduce(mut self, action: Action) -> Self {
        match action {
            Action::Answer { item, value } => self.answer(item, value),
            Action::Next => self.next(),
            Action::Back => self.back(),
            Action::Submit { at } => self.submit(at),
            Action::DeliveryStarted => self.delivery = Delivery::Sending,
            Action::DeliverySucceeded => self.delivery = Delivery::Sent,
            Action::Resume => {
                if let Some(draft) = self.offer.take() {
                    self.answers = draft.answers;
                    self.clear_disabled();
                    self.page = draft.page.min(self.instruments.len().saturating_sub(1));
                    self.item = 0;
                    if self.layout == Layout::Question {
                        self.item = self.first_unanswered(self.page).unwrap_or(0);
                    }
                }
            }
            Action::StartAgain => self.offer = None,
            Action::DeliveryRetrying(why) => self.delivery = Delivery::Retrying(why),
            Action::DeliveryQueued => self.delivery = Delivery::Queued,
            Action::DeliveryFailed(why) => self.delivery = Delivery::Failed(why),
            Action::SetLocale(locale) => self.locale = locale,
            Action::SetLayout(layout) => {
                // A question with a problem, else the first unanswered one,
                // is where a patient moving to one question a screen lands.
                self.item = match layout {
                    Layout::Page => 0,
                    Layout::Question if self.layout == Layout::Question => self.item,
                    Layout::Question => self.first_problem().or_else(|| self.first_unanswered(self.page)).unwrap_or(0),
                };
                self.layout = layout;
            }
        }
        self
    }

    fn answer(&mut self, item_id: String, value: Option<Answer>) {
        if self.stage != Stage::Filling {
            return;
        }
        let Some(instrument) = self.instruments.get(self.page) else { return };
        let Some(item) = instrument.item(&item_id) else { return };
        let value = match value {
            Some(Answer::BodyMap(mut map)) => {
                map.previous = self.previous_body_map.clone();
                Some(Answer::BodyMap(map))
            }
            other => other,
        };
        let page = self.page;
        self.typed.retain(|(p, id, _)| !(*p == page && *id == item_id));
        let answers = &mut self.answers[self.page];
        match value {
            Some(answer) if check_answer(item, &answer).is_ok() => {
                let map = if let Answer::BodyMap(map) = &answer { Some(map.clone()) } else { None };
                answers.insert(item_id.clone(), answer);
                if let Some(map) = map {
                    self.feed_wpi(&map);
                }
            }
            // What is typed in a number box is the patient's answer as they
            // see it: one the item does not take replaces the earlier one,
            // is kept as typed to be shown and marked, and is never scored.
            Some(rejected) if matches!(item.kind, ItemKind::Number { .. } | ItemKind::Decimal { .. }) => {
                answers.remove(&item_id);
                let shown = match rejected {
                    Answer::Number(n) => n.to_string(),
                    Answer::Decimal(x) => crate::engine::show_number(x),
                    Answer::Text(text) => text,
                    _ => String::new(),
                };
                self.typed.push((page, item_id.clone(), shown));
                self.problems.retain(|(id, _)| *id != item_id);
                self.problems.push((item_id, Problem::Invalid));
                self.clear_disabled();
                return;
            }
            // An answer that does not fit the item is never stored; the
            // previous answer stays and the item is marked.
            Some(_) => {
                self.problems.retain(|(id, _)| *id != item_id);
                self.problems.push((item_id, Problem::Invalid));
                return;
            }
            None => {
                answers.remove(&item_id);
            }
        }
        self.problems.retain(|(id, _)| *id != item_id);
        self.cleared.retain(|(p, id)| !(*p == page && *id == item_id));
        self.clear_disabled();
    }

    /// Removes the answers of items the answers no longer ask, on every
    /// page, and remembers them (FHIR R4 Questionnaire: a disabled item's
    /// answers are not kept). Their marks and typed text go with them.
    fn clear_disabled(&mut self) {
        for (page, (instrument, answers)) in self.instruments.iter().zip(self.answers.iter_mut()).enumerate() {
            for id in super::enable::clear_disabled(instrument, answers) {
                self.cleared.push((page, id));
            }
            let asked = super::enable::enabled(instrument, answers);
            let off = |id: &str| instrument.items.iter().zip(&asked).any(|(item, on)| !on && item.id == id);
            self.typed.retain(|(p, id, _)| *p != page || !off(id));
            if page == self.page {
                self.problems.retain(|(id, _)| !off(id));
            }
        }
    }

    /// The map's Widespread Pain Index areas become the answers to the WPI
    /// checklists of any instrument in the session that has them (the
    /// fibromyalgia criteria), through the crosswalk in `bodymap::crosswalk`.
    fn feed_wpi(&mut self, map: &BodyMapAnswer) {
        let marked = map.regions.keys().filter_map(|id| crate::bodymap::region(id));
        let lists = crate::bodymap::crosswalk::wpi_checklists(marked);
        for (instrument, answers) in self.instruments.iter().zip(self.answers.iter_mut()) {
            for (list, values) in &lists {
                let fits = instrument.item(list).is_some_and(|item| {
                    matches!(item.kind, ItemKind::Checklist { .. })
                        && check_answer(item, &Answer::Many(values.iter().map(|v| v.to_string()).collect())).is_ok()
                });
                if fits {
                    answers.insert(list.to_string(), Answer::Many(values.iter().map(|v| v.to_string()).collect()));
                }
            }
        }
        self.clear_disabled();
    }

    fn submit(&mut self, at: String) {
        if self.stage != Stage::Filling {
            return;
        }
        for page in 0..self.instruments.len() {
            let problems = page_problems(self, page);
            if !problems.is_empty() {
                self.page = page;
                self.problems = problems;
                if self.layout == Layout::Question {
                    // One question a screen: the first gap is the one shown.
                    self.item = self.first_problem().unwrap_or(0);
                    let shown = self.instruments[page].items.get(self.item).map(|i| i.id.clone());
                    self.problems.retain(|(id, _)| Some(id) == shown.as_ref());
                } else {
                    self.item = 0;
                }
                return;
            }
        }
        self.problems.clear();
        self.stage = Stage::Complete { completed_at: at };
    }
}

/// The required items on `page` that are still unanswered, and body maps
/// with a marked region that has no intensity.
pub(super) fn page_problems(session: &Session, page: usize) -> Vec<(String, Problem)> {
    let (Some(instrument), Some(answers)) = (session.instruments.get(page), session.answers.get(page))
    else {
        return Vec::new();
    };
    let asked = super::enable::enabled(instrument, answers);
    let mut problems: Vec<(String, Problem)> = instrument
        .items
        .iter()
        .zip(asked)
        // An item the answers do not ask is never required.
        .filter(|(_, on)| *on)
        .map(|(item, _)| item)
        // A checklist left untouched means nothing applies: it is answered.
        .filter(|item| item.required && !answers.contains_key(&item.id))
        .filter(|item| !matches!(item.kind, ItemKind::Checklist { .. }))
        .map(|item| (item.id.clone(), Problem::Unanswered))
        .collect();
    // A number box holding what its item does not take stays marked as such.
    for (_, id, _) in session.typed.iter().filter(|(p, _, _)| *p == page) {
        problems.retain(|(other, _)| other != id);
        problems.push((id.clone(), Problem::Invalid));
    }
    for (id, answer) in answers {
        if let Answer::BodyMap(map) = answer {
            if map.regions.values().any(|pain| pain.intensity.is_none()) {
                problems.push((id.clone(), Problem::Incomplete));
            }
        }
    }
    problems
}
