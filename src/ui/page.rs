//! One screen of questions: where the patient is, the instrument's title
//! and instructions, the questions, the way on, and the licence line.

use super::intl::{count, language_name, t, use_locale};
use super::item::ItemView;
use super::services::Services;
use crate::engine::{Action, Layout, Session};
use crate::i18n::{fill, plural, Msg};
use crate::model::Instrument;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props of [`PageView`], compared by identity: every action makes a new
/// session.
#[derive(Properties)]
pub struct PageProps {
    /// The session to show.
    pub session: Rc<Session>,
    /// The current instrument in the wording the patient reads.
    pub wording: Rc<Instrument>,
    /// Where the page's actions go.
    pub dispatch: Callback<Action>,
    /// The host's clock and the body map's figure.
    pub services: Services,
}

impl PartialEq for PageProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.session, &other.session) && Rc::ptr_eq(&self.wording, &other.wording) && self.dispatch == other.dispatch && self.services == other.services
    }
}

/// The current screen.
#[function_component(PageView)]
pub fn page_view(props: &PageProps) -> Html {
    let (session, instrument, dispatch) = (&props.session, &props.wording, &props.dispatch);
    let locale = use_locale();
    let heading = use_node_ref();
    let summary = use_node_ref();
    use_focus_on_change((session.page, session.item), &heading);
    use_focus_on_change(session.problems.len(), &summary);

    let answers = &session.answers[session.page];
    let language = instrument.language.clone();
    let items = session.items_shown().into_iter().filter_map(|index| {
        let item = instrument.items.get(index)?;
        Some(html! {
            <ItemView
                key={item.id.clone()}
                instrument={instrument.clone()}
                {index}
                answer={answers.get(&item.id).cloned()}
                problem={session.problem(&item.id)}
                typed={session.typed(&item.id).map(|text| AttrValue::from(text.to_string()))}
                cleared={session.was_cleared(&item.id)}
                dispatch={dispatch.clone()}
                services={props.services.clone()}
            />
        })
    });
    let (screen, screens) = session.screen();
    let mut step = fill(locale, Msg::PartOf, &[&count(locale, session.page + 1), &count(locale, session.instruments.len())]);
    if session.layout == Layout::Question {
        step = format!("{step} · {}", {
            let (n, of) = session.question();
            fill(locale, Msg::QuestionOf, &[&count(locale, n), &count(locale, of)])
        });
    }
    let next = if session.is_last_screen() {
        // The host's clock stamps the submission.
        let now = props.services.now.clone();
        html! { <button type="button" class="pa-button pa-primary pa-submit"
            onclick={dispatch.reform(move |_| Action::Submit { at: now.emit(()) })}>{ t(locale, Msg::Submit) }</button> }
    } else {
        html! { <button type="button" class="pa-button pa-primary pa-next" onclick={dispatch.reform(|_| Action::Next)}>{ t(locale, Msg::Next) }</button> }
    };
    let dir = crate::i18n::direction(&language);
    let untranslated = crate::config::primary_language(&language) != locale.tag();
    html! {
        <section class="pa-page">
            <p class="pa-step" id="pa-step">{ step }</p>
            <progress class="pa-progress" aria-labelledby="pa-step" value={screen.to_string()} max={screens.to_string()} />
            <h2 class="pa-title" tabindex="-1" ref={heading} lang={language.clone()} {dir}>{ &instrument.title }</h2>
            if untranslated {
                <p class="pa-note">{ fill(locale, Msg::NotTranslated, &[&language_name(locale, &language)]) }</p>
            }
            if let Some(text) = &instrument.instructions {
                <p class="pa-instructions" lang={language.clone()} {dir}>{ text }</p>
            }
            { problem_summary(session, instrument, locale, &summary) }
            { for items }
            <div class="pa-nav">
                if !session.is_first_screen() {
                    <button type="button" class="pa-button pa-back" onclick={dispatch.reform(|_| Action::Back)}>{ t(locale, Msg::Back) }</button>
                }
                { next }
            </div>
            <footer class="pa-licence" lang={language} {dir}>
                <small>{ format!("{} {}", instrument.licence.copyright, instrument.licence.terms) }</small>
            </footer>
        </section>
    }
}

/// Says how many questions still need an answer, and links to each: a
/// button that moves focus to the question's first choice.
fn problem_summary(session: &Session, instrument: &Instrument, locale: crate::i18n::Locale, node: &NodeRef) -> Html {
    let n = session.problems.len();
    if n == 0 {
        return Html::default();
    }
    let links = session.problems.iter().filter_map(|(id, _)| {
        let item = instrument.item(id)?;
        let selector = format!("[data-item=\"{id}\"] input, [data-item=\"{id}\"] textarea, [data-item=\"{id}\"] [tabindex=\"0\"]");
        let node = node.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let root = node.cast::<web_sys::Element>().and_then(|e| e.get_root_node().dyn_into::<web_sys::DocumentFragment>().ok());
            let target = root.and_then(|r| r.query_selector(&selector).ok().flatten());
            if let Some(element) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = element.focus();
            }
        });
        Some(html! { <li><button type="button" class="pa-link" {onclick} lang={instrument.language.clone()}>{ &item.text }</button></li> })
    });
    html! {
        <div class="pa-summary" role="alert" tabindex="-1" ref={node.clone()}>
            <p>{ plural(locale, n, Msg::ProblemsOne, Msg::ProblemsOther, &count(locale, n)) }</p>
            <ul>{ for links }</ul>
        </div>
    }
}

/// Moves focus to `target` when `value` changes after the first render, so
/// a keyboard or screen reader user lands on the new screen or the problem
/// summary, and the host page's focus is left alone on load.
#[hook]
fn use_focus_on_change<T: PartialEq + Clone + 'static>(value: T, target: &NodeRef) {
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
