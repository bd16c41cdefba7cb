//! The page after submission: thanks, and how the delivery went.

use crate::engine::Delivery;
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
}

/// Thanks the patient and shows the delivery.
#[function_component(CompleteView)]
pub fn complete_view(props: &CompleteProps) -> Html {
    let status = match &props.delivery {
        Delivery::Idle | Delivery::Sending if props.has_endpoint => html! { <p>{ "Sending your answers…" }</p> },
        Delivery::Idle | Delivery::Sending => Html::default(),
        Delivery::Sent => html! { <p>{ "Sent. Your answers have been received." }</p> },
        Delivery::Retrying(why) => html! { <p>{ format!("Not sent yet ({why}). Trying again…") }</p> },
        Delivery::Queued => html! {
            <>
                <p>{ "Saved on this device. Your answers will be sent when the connection returns, or the next time this page is opened." }</p>
                <button type="button" class="pa-button pa-primary pa-retry" onclick={props.on_retry.reform(|_| ())}>
                    { "Try again now" }
                </button>
            </>
        },
        Delivery::Failed(why) => html! {
            <>
                <p>{ format!("Your answers could not be sent: {why}. They are kept on this page.") }</p>
                <button type="button" class="pa-button pa-primary pa-retry" onclick={props.on_retry.reform(|_| ())}>
                    { "Try again" }
                </button>
            </>
        },
    };
    html! {
        <section class="pa-complete">
            <h2 class="pa-title">{ "Thank you" }</h2>
            <p>{ "Your answers are complete." }</p>
            <div class="pa-delivery" role="status" aria-live="polite">{ status }</div>
        </section>
    }
}
