//! Screens: one instrument or one question at a time, the way on and
//! back, and the count behind "Question N of M" and the progress bar. Only
//! the items the answers so far ask are on a screen or in a count (see
//! `engine::enable`).

use super::session::page_problems;
use super::Session;

/// How much is on one screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Layout {
    /// One instrument per screen, all its questions together.
    #[default]
    Page,
    /// One question per screen, for narrow screens.
    Question,
}

impl Session {
    /// True on the last screen, where the patient submits.
    pub fn is_last_screen(&self) -> bool {
        self.is_last_page() && (self.layout == Layout::Page || self.next_screen_item().is_none())
    }

    /// True on the first screen, which has no way back.
    pub fn is_first_screen(&self) -> bool {
        self.page == 0 && (self.layout == Layout::Page || self.screen_index(0, self.item) == 0)
    }

    /// The screen shown and how many there are, both counted from 1: a
    /// page per instrument, or a screen per question.
    pub fn screen(&self) -> (usize, usize) {
        match self.layout {
            Layout::Page => (self.page + 1, self.instruments.len()),
            Layout::Question => {
                let before: usize = (0..self.page).map(|p| self.screens(p).len()).sum();
                let total = (0..self.instruments.len()).map(|p| self.screens(p).len()).sum();
                (before + self.question().0, total)
            }
        }
    }

    /// The question shown on the current page and how many the page asks,
    /// both counted from 1, for "Question N of M". Text shown between
    /// questions (a display item) is not a question: it shares the screen
    /// of the question after it.
    pub fn question(&self) -> (usize, usize) {
        let screens = self.screens(self.page);
        (self.screen_index(self.page, self.item) + 1, screens.len())
    }

    /// The items on the current screen, as indices into the page's items.
    pub fn items_shown(&self) -> Vec<usize> {
        match self.layout {
            Layout::Page => self.asked(self.page),
            Layout::Question => {
                let screens = self.screens(self.page);
                screens.get(self.screen_index(self.page, self.item)).cloned().unwrap_or_default()
            }
        }
    }

    /// The indices of the items that `page` asks with its answers so far.
    pub(super) fn asked(&self, page: usize) -> Vec<usize> {
        let (Some(instrument), Some(answers)) = (self.instruments.get(page), self.answers.get(page)) else {
            return Vec::new();
        };
        let on = super::enable::enabled(instrument, answers);
        (0..on.len()).filter(|&index| on[index]).collect()
    }

    /// The screens of `page` one question a screen: each question asked,
    /// with any text shown just before it; text after the last question is
    /// a screen of its own.
    fn screens(&self, page: usize) -> Vec<Vec<usize>> {
        let Some(instrument) = self.instruments.get(page) else { return Vec::new() };
        let mut screens = Vec::new();
        let mut run = Vec::new();
        for index in self.asked(page) {
            run.push(index);
            if !matches!(instrument.items[index].kind, crate::model::ItemKind::Display {}) {
                screens.push(std::mem::take(&mut run));
            }
        }
        if !run.is_empty() {
            screens.push(run);
        }
        screens
    }

    /// Which of `page`'s screens holds item `item` (or comes first after it).
    fn screen_index(&self, page: usize, item: usize) -> usize {
        let screens = self.screens(page);
        screens.iter().position(|s| s.last().is_some_and(|&last| last >= item)).unwrap_or(screens.len().saturating_sub(1))
    }

    /// The item that stands for the screen after the current one on this
    /// page (its question), if there is one.
    fn next_screen_item(&self) -> Option<usize> {
        let screens = self.screens(self.page);
        screens.get(self.screen_index(self.page, self.item) + 1).and_then(|s| s.last().copied())
    }

    /// The item that stands for the screen before the current one on this
    /// page, if there is one.
    fn previous_screen_item(&self) -> Option<usize> {
        let screens = self.screens(self.page);
        let at = self.screen_index(self.page, self.item);
        at.checked_sub(1).and_then(|i| screens.get(i)).and_then(|s| s.last().copied())
    }

    /// On to the next screen if the current one is complete.
    pub(super) fn next(&mut self) {
        self.problems = match self.layout {
            Layout::Page => page_problems(self, self.page),
            Layout::Question => {
                let shown: Vec<String> = match self.instruments.get(self.page) {
                    Some(instrument) => self.items_shown().into_iter().map(|i| instrument.items[i].id.clone()).collect(),
                    None => Vec::new(),
                };
                page_problems(self, self.page).into_iter().filter(|(item, _)| shown.contains(item)).collect()
            }
        };
        if !self.problems.is_empty() || self.is_last_screen() {
            return;
        }
        match self.next_screen_item() {
            Some(next) if self.layout == Layout::Question => self.item = next,
            _ => {
                self.page += 1;
                self.item = 0;
                if self.layout == Layout::Question {
                    self.item = self.screens(self.page).first().and_then(|s| s.last().copied()).unwrap_or(0);
                }
            }
        }
    }

    /// Back one screen; nothing is checked on the way back.
    pub(super) fn back(&mut self) {
        self.problems.clear();
        let previous = if self.layout == Layout::Question { self.previous_screen_item() } else { None };
        if let Some(index) = previous {
            self.item = index;
        } else if self.page > 0 {
            self.page -= 1;
            let last = self.asked(self.page).last().copied().unwrap_or(0);
            self.item = if self.layout == Layout::Question { last } else { 0 };
        }
    }

    /// The index of the first marked item on the current page.
    pub(super) fn first_problem(&self) -> Option<usize> {
        let instrument = self.instruments.get(self.page)?;
        self.problems.iter().filter_map(|(id, _)| instrument.items.iter().position(|i| &i.id == id)).min()
    }

    /// The index of the first unanswered question that `page` asks.
    pub(super) fn first_unanswered(&self, page: usize) -> Option<usize> {
        let (instrument, answers) = (self.instruments.get(page)?, self.answers.get(page)?);
        self.asked(page).into_iter().find(|&index| {
            let item = &instrument.items[index];
            !answers.contains_key(&item.id) && !matches!(item.kind, crate::model::ItemKind::Display {})
        })
    }
}
