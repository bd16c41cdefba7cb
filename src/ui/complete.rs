//! The page after submission: thanks, and how the delivery went.

use super::intl::{t, use_locale};
use crate::engine::Delivery;
use crate::i18n::Msg;
use yew::prelude::*;

/// Props of [`CompleteView`].
#[derive(Properties, PartialEq)]
pub struct CompleteProps {
    /// The delivery's state.
    pub delivery: Delivery,
    /// Whether the host asked for the answers to be sent anywhere.
    pub has_endpoint: bool,
    /// Sends again after a failure.
    pub on_retry: Callback<()>,
    /// What each instrument measured, once each; empty hides the note.
    #[prop_or_default]
    pub about: Vec<Msg>,
    /// The clinic's own "what happens next".
    #[prop_or_default]
    pub next: Option<AttrValue>,
}

/// Thanks the patient and shows the delivery.
#[function_component(CompleteView)]
pub fn complete_view(props: &CompleteProps) -> Html {
    let locale = use_locale();
    let say = |msg| html! { <p>{ t(locale, msg) }</p> };
    let retry = |msg| html! {
        <button type="button" class="pa-button pa-primary pa-retry" onclick={props.on_retry.reform(|_| ())}>{ t(locale, msg) }</button>
    };
    let status = match &props.delivery {
        Delivery::Idle | Delivery::Sending if props.has_endpoint => say(Msg::Sending),
        Delivery::Idle | Delivery::Sending => Html::default(),
        Delivery::Sent => say(Msg::Sent),
        // The reason goes to the host in pa-error; the patient needs to
        // know only that the answers are safe and what happens next.
        Delivery::Retrying(_) => say(Msg::Retrying),
        Delivery::Queued => html! { <>{ say(Msg::Queued) }{ retry(Msg::TryAgainNow) }</> },
        Delivery::Failed(_) => html! { <>{ say(Msg::Failed) }{ retry(Msg::TryAgain) }</> },
    };
    html! {
        <section class="pa-complete">
            <h2 class="pa-title">{ t(locale, Msg::ThankYou) }</h2>
            <p>{ t(locale, Msg::Done) }</p>
            <div class="pa-delivery" role="status" aria-live="polite">{ status }</div>
            if !props.about.is_empty() {
                <section class="pa-about">
                    <h3>{ t(locale, Msg::AboutAnswers) }</h3>
                    <ul>{ for props.about.iter().map(|&m| html! { <li>{ t(locale, m) }</li> }) }</ul>
                    <h3>{ t(locale, Msg::WhatNext) }</h3>
                    if let Some(next) = &props.next {
                        // The clinic's words, in the clinic's language.
                        <p lang="">{ next.clone() }</p>
                    } else {
                        <p>{ t(locale, Msg::NextDefault) }</p>
                    }
                </section>
            }
        </section>
    }
}
