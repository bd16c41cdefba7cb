//! The root component: one reducer over the session, one page per
//! instrument, and notices to the host when something changes.

use super::intl::{date_time, t};
use super::{body_map::BodyMapField, complete::CompleteView, page::PageView, screen::use_layout, services::Services};
use crate::config::Config;
use crate::engine::draft::Draft;
use crate::engine::{Action, Session, Stage};
use crate::i18n::{fill, Locale, Msg, OFFERED};
use std::rc::Rc;
use yew::prelude::*;

/// What the app tells its host.
#[derive(Clone, Debug)]
pub enum Notice {
    /// The answers or the stage changed.
    Changed(Rc<Session>),
    /// The patient submitted; deliver through the dispatcher.
    Completed(Rc<Session>, Callback<Action>),
    /// The patient asked to send again after a failed delivery.
    Retry(Rc<Session>, Callback<Action>),
}

/// Props of [`App`]. Compared by identity: the config never changes in
/// place, and a deep comparison of every instrument on each render would
/// cost time and download size for nothing.
#[derive(Properties)]
pub struct AppProps {
    /// The resolved options.
    pub config: Rc<Config>,
    /// Receives every [`Notice`].
    pub on_notice: Callback<Notice>,
    /// Answers saved earlier on this device, to offer back.
    pub draft: Option<Draft>,
    /// A message for the patient above the first page.
    pub notice: Option<Msg>,
    /// The language to speak in: the host's choice, else the browser's.
    pub locale: Locale,
    /// Counts the host's requests for a language: each new request
    /// switches to `locale` and keeps every answer, even when the patient
    /// chose another language since the last one.
    pub locale_request: u32,
    /// The host's clock and the body map's figure.
    pub services: Services,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.config, &other.config) && self.on_notice == other.on_notice && self.locale == other.locale && self.locale_request == other.locale_request && self.services == other.services
    }
}

struct State(Rc<Session>);

impl PartialEq for State {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Reducible for State {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(State(Rc::new((*self.0).clone().reduce(action))))
    }
}

/// The widget.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let layout = use_layout(props.config.layout);
    let state = use_reducer(|| {
        let session = Session::new(props.config.instruments.clone())
            .with_previous_body_map(props.config.previous_body_map.clone())
            .with_offer(props.draft.clone())
            .with_notice(props.notice)
            .with_view(props.locale, layout);
        State(Rc::new(session))
    });
    // One callback for the widget's life: components given it are drawn
    // again only when what they show changes.
    let dispatch: Callback<Action> = use_callback(state.dispatcher(), |action, state| state.dispatch(action));
    use_notices(&state.0, &props.on_notice, &dispatch);
    // The host's new language, or the screen turned: each only when it
    // changes, so neither undoes the other or the patient's own choice.
    {
        let dispatch = dispatch.clone();
        use_effect_with((props.locale, props.locale_request), move |&(locale, _)| dispatch.emit(Action::SetLocale(locale)));
    }
    {
        let dispatch = dispatch.clone();
        use_effect_with(layout, move |&layout| dispatch.emit(Action::SetLayout(layout)));
    }
    let locale = state.0.locale;
    let body = screen(props, &state.0, &dispatch);
    let menu = (props.config.locale_switch && props.config.review.is_empty()).then(|| language_menu(locale, &dispatch));
    html! {
        <ContextProvider<Locale> context={locale}>
            <div class="pa-ui" lang={locale.tag()} dir={locale.dir()}>
                { for menu }
                { body }
            </div>
        </ContextProvider<Locale>>
    }
}

/// The patient's choice of language; each language named in itself.
fn language_menu(locale: Locale, dispatch: &Callback<Action>) -> Html {
    let choices = OFFERED.iter().copied().chain((!OFFERED.contains(&locale)).then_some(locale));
    let options = choices.map(|l| html! {
        <option value={l.tag()} lang={l.tag()} selected={l == locale}>{ l.endonym() }</option>
    });
    let onchange = dispatch.reform(|e: Event| {
        let tag = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
        Action::SetLocale(Locale::from_tag(&tag).unwrap_or_default())
    });
    html! {
        <div class="pa-lang">
            <label for="pa-lang">{ t(locale, Msg::Language) }</label>
            <select id="pa-lang" {onchange}>{ for options }</select>
        </div>
    }
}

/// What the patient sees now: a review, the thanks, the offer of saved
/// answers, or a page of questions.
fn screen(props: &AppProps, session: &Rc<Session>, dispatch: &Callback<Action>) -> Html {
    let locale = session.locale;
    if !props.config.review.is_empty() {
        let maps = props.config.review.iter().enumerate().map(|(i, map)| html! {
            <section class="pa-page">
                <h2 class="pa-title">{ t(locale, Msg::BodyMap) }</h2>
                <BodyMapField item={format!("review-{i}")} map={Some(map.clone())} read_only=true on_answer={Callback::noop()} services={props.services.clone()} />
            </section>
        });
        return html! { <>{ for maps }</> };
    }
    if matches!(session.stage, Stage::Complete { .. }) {
        let on_retry = {
            let (session, on_notice, dispatch) = (session.clone(), props.on_notice.clone(), dispatch.clone());
            Callback::from(move |_| on_notice.emit(Notice::Retry(session.clone(), dispatch.clone())))
        };
        let education = &props.config.education;
        let mut about: Vec<Msg> = Vec::new();
        if education.shown {
            for instrument in &session.instruments {
                let msg = crate::i18n::education(&instrument.id);
                if !about.contains(&msg) {
                    about.push(msg);
                }
            }
        }
        return html! {
            <CompleteView delivery={session.delivery.clone()} has_endpoint={props.config.endpoint.is_some()} {on_retry}
                {about} next={education.next.clone().map(AttrValue::from)} />
        };
    }
    if let Some(offer) = &session.offer {
        return html! {
            <section class="pa-page pa-resume">
                <h2 class="pa-title">{ t(locale, Msg::ResumeTitle) }</h2>
                <p>{ fill(locale, Msg::ResumeText, &[&date_time(locale, offer.saved_at)]) }</p>
                <div class="pa-nav">
                    <button type="button" class="pa-button pa-start-again" onclick={dispatch.reform(|_| Action::StartAgain)}>{ t(locale, Msg::StartAgain) }</button>
                    <button type="button" class="pa-button pa-primary pa-continue" onclick={dispatch.reform(|_| Action::Resume)}>{ t(locale, Msg::Continue) }</button>
                </div>
            </section>
        };
    }
    let Some(wording) = props.config.wording(session.page, locale).cloned() else {
        return html! { <div class="pa-error" role="alert">{ t(locale, Msg::NothingToAnswer) }</div> };
    };
    html! {
        <>
            if let Some(notice) = session.notice {
                <p class="pa-notice" role="status">{ t(locale, notice) }</p>
            }
            <PageView session={session.clone()} {wording} dispatch={dispatch.clone()} services={props.services.clone()} />
        </>
    }
}

/// Tells the host when answers or stage change, and once when the patient
/// submits. Delivery progress alone is not a change of answers.
#[hook]
fn use_notices(session: &Rc<Session>, on_notice: &Callback<Notice>, dispatch: &Callback<Action>) {
    let last = use_mut_ref(|| None::<(Vec<crate::model::Answers>, Stage)>);
    let (session, on_notice, dispatch) = (session.clone(), on_notice.clone(), dispatch.clone());
    use_effect(move || {
        let now = (session.answers.clone(), session.stage.clone());
        let previous = last.borrow_mut().replace(now.clone());
        if previous.as_ref() != Some(&now) {
            on_notice.emit(Notice::Changed(session.clone()));
            let was_complete = matches!(previous, Some((_, Stage::Complete { .. })));
            if matches!(now.1, Stage::Complete { .. }) && !was_complete {
                on_notice.emit(Notice::Completed(session, dispatch));
            }
        }
    });
}
