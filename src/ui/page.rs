//! One instrument's page: its questions, the way on, and its licence line.

use super::item::ItemView;
use crate::engine::{Action, Session};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`PageView`], compared by identity: every action makes a new
/// session.
#[derive(Properties)]
pub struct PageProps {
    /// The session to show.
    pub session: Rc<Session>,
    /// Where the page's actions go.
    pub dispatch: Callback<Action>,
}

impl PartialEq for PageProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.session, &other.session) && self.dispatch == other.dispatch
    }
}

/// The current instrument's page.
#[function_component(PageView)]
pub fn page_view(props: &PageProps) -> Html {
    let session = &props.session;
    let heading = use_node_ref();
    let summary = use_node_ref();
    use_focus_on_change(session.page, &heading);
    use_focus_on_change(session.problems.len(), &summary);

    let Some(instrument) = session.instruments.get(session.page).cloned() else {
        return html! { <div class="pa-error" role="alert">{ "There is nothing to answer." }</div> };
    };
    let answers = &session.answers[session.page];
    let dispatch = &props.dispatch;
    let items = instrument.items.iter().enumerate().map(|(index, item)| {
        let id = item.id.clone();
        html! {
            <ItemView
                key={item.id.clone()}
                instrument={instrument.clone()}
                {index}
                answer={answers.get(&item.id).cloned()}
                problem={session.problem(&item.id)}
                on_answer={dispatch.reform(move |value| Action::Answer { item: id.clone(), value })}
            />
        }
    });
    let unanswered = session.problems.len();
    let next = if session.is_last_page() {
        html! { <button type="button" class="pa-button pa-primary pa-submit"
            onclick={dispatch.reform(|_| Action::Submit { at: crate::host::now() })}>{ "Submit" }</button> }
    } else {
        html! { <button type="button" class="pa-button pa-primary pa-next" onclick={dispatch.reform(|_| Action::Next)}>{ "Next" }</button> }
    };
    html! {
        <section class="pa-page">
            <p class="pa-step" id="pa-step">{ format!("Part {} of {}", session.page + 1, session.instruments.len()) }</p>
            <progress class="pa-progress" aria-labelledby="pa-step"
                value={(session.page + 1).to_string()} max={session.instruments.len().to_string()} />
            <h2 class="pa-title" tabindex="-1" ref={heading}>{ &instrument.title }</h2>
            if let Some(text) = &instrument.instructions {
                <p class="pa-instructions">{ text }</p>
            }
            if unanswered > 0 {
                <div class="pa-summary" role="alert" tabindex="-1" ref={summary}>
                    { if unanswered == 1 { "1 question still needs an answer.".to_string() }
                      else { format!("{unanswered} questions still need an answer.") } }
                </div>
            }
            { for items }
            <div class="pa-nav">
                if session.page > 0 {
                    <button type="button" class="pa-button pa-back" onclick={dispatch.reform(|_| Action::Back)}>{ "Back" }</button>
                }
                { next }
            </div>
            <footer class="pa-licence">
                <small>{ format!("{} {}", instrument.licence.copyright, instrument.licence.terms) }</small>
            </footer>
        </section>
    }
}

/// Moves focus to `target` when `value` changes after the first render, so
/// a keyboard or screen reader user lands on the new page or the problem
/// summary, and the host page's focus is left alone on load.
#[hook]
fn use_focus_on_change<T: PartialEq + Copy + 'static>(value: T, target: &NodeRef) {
    let first = use_mut_ref(|| true);
    let target = target.clone();
    use_effect_with(value, move |_| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            if let Some(element) = target.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        }
    });
}
