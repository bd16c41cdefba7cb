//! The widget's two requests: the POST of the final response to the host's
//! endpoint (the only place answers go), and the GET of a built-in
//! definition from beside the widget's script. Either is given up after
//! [`TIMEOUT_MS`], so a hanging server ends in a message and a way to try
//! again, never an endless wait.

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, AbortSignal, Request, RequestInit, Response};

/// How long a request may take before it counts as failed.
pub const TIMEOUT_MS: u32 = 30_000;

/// A request's time limit: aborts it after [`TIMEOUT_MS`] unless dropped
/// first, and tells a timeout apart from an unreachable server.
struct Deadline {
    signal: Option<AbortSignal>,
    _timer: Option<Timeout>,
}

impl Deadline {
    /// Starts the clock for the request `init` describes.
    fn start(init: &RequestInit) -> Self {
        let controller = AbortController::new().ok();
        let signal = controller.as_ref().map(AbortController::signal);
        init.set_signal(signal.as_ref());
        Deadline { signal, _timer: controller.map(|c| Timeout::new(TIMEOUT_MS, move || c.abort())) }
    }

    /// Why the request failed, in a sentence for the patient.
    fn failure(&self) -> String {
        if self.signal.as_ref().is_some_and(AbortSignal::aborted) {
            format!("the server did not answer within {} seconds", TIMEOUT_MS / 1000)
        } else {
            "the server could not be reached".to_string()
        }
    }

    /// Sends `request` and waits for the server's answer.
    async fn fetch(&self, request: &Request) -> Result<Response, String> {
        let window = web_sys::window().ok_or("no window to send from")?;
        let response = JsFuture::from(window.fetch_with_request(request)).await.map_err(|_| self.failure())?;
        response.dyn_into().map_err(|_| "the server's answer was unreadable".to_string())
    }
}

/// Sends `body` (JSON) to `endpoint`. `Err` carries a sentence for the
/// patient and the `pa-error` event.
pub async fn post_json(endpoint: &str, body: &str) -> Result<(), String> {
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_body(&body.into());
    let deadline = Deadline::start(&init);
    let request = Request::new_with_str_and_init(endpoint, &init)
        .map_err(|_| format!("the endpoint '{endpoint}' is not a valid address"))?;
    request
        .headers()
        .set("Content-Type", "application/json")
        .map_err(|_| "could not set the request headers".to_string())?;
    let response = deadline.fetch(&request).await?;
    if response.ok() {
        Ok(())
    } else {
        Err(format!("the server refused the answers (HTTP {})", response.status()))
    }
}

/// The text at `url` (a GET), or why it could not be had. The time limit
/// covers reading the body too.
pub async fn get_text(url: &str) -> Result<String, String> {
    let init = RequestInit::new();
    let deadline = Deadline::start(&init);
    let request = Request::new_with_str_and_init(url, &init).map_err(|_| format!("'{url}' is not a valid address"))?;
    let response = deadline.fetch(&request).await?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = response.text().map_err(|_| "the server's answer was unreadable".to_string())?;
    let text = JsFuture::from(text).await.map_err(|_| deadline.failure())?;
    text.as_string().ok_or_else(|| "the server's answer was unreadable".to_string())
}
