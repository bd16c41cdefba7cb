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
        self.is_last_page() && (self.layout == Layout::Page || self.next_asked(self.page, self.item + 1).is_none())
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
                let before: usize = (0..self.page).map(|p| self.asked(p).len()).sum();
                let total = (0..self.instruments.len()).map(|p| self.asked(p).len()).sum();
                (before + self.question().0, total)
            }
        }
    }

    /// The question shown on the current page and how many the page asks,
    /// both counted from 1, for "Question N of M".
    pub fn question(&self) -> (usize, usize) {
        let asked = self.asked(self.page);
        let before = asked.iter().filter(|&&index| index < self.item).count();
        (before + 1, asked.len())
    }

    /// The items on the current screen, as indices into the page's items.
    pub fn items_shown(&self) -> Vec<usize> {
        match self.layout {
            Layout::Page => self.asked(self.page),
            Layout::Question => self.asked(self.page).into_iter().filter(|&index| index == self.item).collect(),
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

    /// The first item at or after `from` on `page` that is asked.
    fn next_asked(&self, page: usize, from: usize) -> Option<usize> {
        self.asked(page).into_iter().find(|&index| index >= from)
    }

    /// The last item before `before` on `page` that is asked.
    fn previous_asked(&self, page: usize, before: usize) -> Option<usize> {
        self.asked(page).into_iter().rev().find(|&index| index < before)
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
        match self.next_asked(self.page, self.item + 1) {
            Some(next) if self.layout == Layout::Question => self.item = next,
            _ => {
                self.page += 1;
                self.item = 0;
            }
        }
    }

    /// Back one screen; nothing is checked on the way back.
    pub(super) fn back(&mut self) {
        self.problems.clear();
        let previous = if self.layout == Layout::Question { self.previous_asked(self.page, self.item) } else { None };
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

    /// The index of the first unanswered item that `page` asks.
    pub(super) fn first_unanswered(&self, page: usize) -> Option<usize> {
        let (instrument, answers) = (self.instruments.get(page)?, self.answers.get(page)?);
        self.asked(page).into_iter().find(|&index| !answers.contains_key(&instrument.items[index].id))
    }
}
