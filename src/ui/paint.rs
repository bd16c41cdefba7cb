//! Work that can wait until the patient has seen their tap: run at the
//! start of the frame after the one that shows it (the second animation
//! frame from now), so it never delays that frame's paint.

use gloo::render::AnimationFrame;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;

/// How long the work waits when the page is hidden and paints no frames.
const HIDDEN_PAGE_MS: u32 = 250;

/// A pending [`after_paint`]: dropping it cancels the work.
pub struct AfterPaint {
    _frame: AnimationFrame,
    _hidden: Timeout,
    _next: Rc<RefCell<Option<AnimationFrame>>>,
}

/// Runs `work` once, in the frame after the next one, or after
/// `HIDDEN_PAGE_MS` if no frames come. Keep the handle until then.
pub fn after_paint(work: impl FnOnce() + 'static) -> AfterPaint {
    let work = Rc::new(RefCell::new(Some(work)));
    let run = move || {
        let work = work.borrow_mut().take();
        if let Some(work) = work {
            work();
        }
    };
    let next = Rc::new(RefCell::new(None));
    let frame = {
        let (run, next) = (run.clone(), next.clone());
        gloo::render::request_animation_frame(move |_| {
            let run = run.clone();
            *next.borrow_mut() = Some(gloo::render::request_animation_frame(move |_| run()));
        })
    };
    AfterPaint { _frame: frame, _hidden: Timeout::new(HIDDEN_PAGE_MS, run), _next: next }
}
