//! Screens: one instrument or one question at a time, the way on and
//! back, and the count behind "Question N of M" and the progress bar.

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
        self.is_last_page() && (self.layout == Layout::Page || self.item + 1 >= self.page_len(self.page))
    }

    /// True on the first screen, which has no way back.
    pub fn is_first_screen(&self) -> bool {
        self.page == 0 && self.item == 0
    }

    /// The screen shown and how many there are, both counted from 1: a
    /// page per instrument, or a screen per question.
    pub fn screen(&self) -> (usize, usize) {
        match self.layout {
            Layout::Page => (self.page + 1, self.instruments.len()),
            Layout::Question => {
                let before: usize = (0..self.page).map(|p| self.page_len(p)).sum();
                let total = (0..self.instruments.len()).map(|p| self.page_len(p)).sum();
                (before + self.item + 1, total)
            }
        }
    }

    /// The items on the current screen, as indices into the page's items.
    pub fn items_shown(&self) -> std::ops::Range<usize> {
        match self.layout {
            Layout::Page => 0..self.page_len(self.page),
            Layout::Question => self.item..(self.item + 1).min(self.page_len(self.page)),
        }
    }

    fn page_len(&self, page: usize) -> usize {
        self.instruments.get(page).map_or(0, |i| i.items.len())
    }


    /// On to the next screen if the current one is complete.
    pub(super) fn next(&mut self) {
        self.problems = match self.layout {
            Layout::Page => page_problems(self, self.page),
            Layout::Question => {
                let id = self.instruments.get(self.page).and_then(|i| i.items.get(self.item)).map(|i| i.id.clone());
                page_problems(self, self.page).into_iter().filter(|(item, _)| Some(item) == id.as_ref()).collect()
            }
        };
        if !self.problems.is_empty() || self.is_last_screen() {
            return;
        }
        if self.layout == Layout::Question && self.item + 1 < self.page_len(self.page) {
            self.item += 1;
        } else {
            self.page += 1;
            self.item = 0;
        }
    }

    /// Back one screen; nothing is checked on the way back.
    pub(super) fn back(&mut self) {
        self.problems.clear();
        if self.layout == Layout::Question && self.item > 0 {
            self.item -= 1;
        } else if self.page > 0 {
            self.page -= 1;
            self.item = if self.layout == Layout::Question { self.page_len(self.page).saturating_sub(1) } else { 0 };
        }
    }

    /// The index of the first marked item on the current page.
    pub(super) fn first_problem(&self) -> Option<usize> {
        let instrument = self.instruments.get(self.page)?;
        self.problems.iter().filter_map(|(id, _)| instrument.items.iter().position(|i| &i.id == id)).min()
    }

    /// The index of the first unanswered item on `page`.
    pub(super) fn first_unanswered(&self, page: usize) -> Option<usize> {
        let (instrument, answers) = (self.instruments.get(page)?, self.answers.get(page)?);
        instrument.items.iter().position(|i| !answers.contains_key(&i.id))
    }
}
