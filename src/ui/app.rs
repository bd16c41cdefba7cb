//! The root component: one reducer over the session, one page per
//! instrument, and notices to the host when something changes.

use super::{body_map::BodyMapField, complete::CompleteView, page::PageView};
use crate::config::Config;
use crate::engine::draft::Draft;
use crate::engine::{Action, Session, Stage};
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
    pub notice: Option<String>,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.config, &other.config) && self.on_notice == other.on_notice
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
    let state = use_reducer(|| {
        let session = Session::new(props.config.instruments.clone())
            .with_previous_body_map(props.config.previous_body_map.clone())
            .with_offer(props.draft.clone())
            .with_notice(props.notice.clone());
        State(Rc::new(session))
    });
    let dispatch: Callback<Action> = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(action))
    };
    use_notices(&state.0, &props.on_notice, &dispatch);

    if !props.config.review.is_empty() {
        let maps = props.config.review.iter().enumerate().map(|(i, map)| html! {
            <section class="pa-page">
                <h2 class="pa-title">{ "Body map" }</h2>
                <BodyMapField item={format!("review-{i}")} map={Some(map.clone())} read_only=true on_answer={Callback::noop()} />
            </section>
        });
        return html! { <>{ for maps }</> };
    }
    let session = &state.0;
    if matches!(session.stage, Stage::Complete { .. }) {
        let on_retry = {
            let (session, on_notice, dispatch) = (session.clone(), props.on_notice.clone(), dispatch.clone());
            Callback::from(move |_| on_notice.emit(Notice::Retry(session.clone(), dispatch.clone())))
        };
        return html! {
            <CompleteView delivery={session.delivery.clone()} has_endpoint={props.config.endpoint.is_some()} {on_retry} />
        };
    }
    if session.offer.is_some() {
        return html! {
            <section class="pa-page pa-resume">
                <h2 class="pa-title">{ "Continue where you left off?" }</h2>
                <p>{ "Answers you gave earlier are saved on this device." }</p>
                <div class="pa-nav">
                    <button type="button" class="pa-button pa-start-again" onclick={dispatch.reform(|_| Action::StartAgain)}>{ "Start again" }</button>
                    <button type="button" class="pa-button pa-primary pa-continue" onclick={dispatch.reform(|_| Action::Resume)}>{ "Continue" }</button>
                </div>
            </section>
        };
    }
    html! {
        <>
            if let Some(notice) = &session.notice {
                <p class="pa-notice" role="status">{ notice }</p>
            }
            <PageView session={session.clone()} {dispatch} />
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
