//! The widget's two requests: the POST of the final response to the host's
//! endpoint (the only place answers go), and the GET of a built-in
//! definition from beside the widget's script. A request that hangs is
//! given up after [`TIMEOUT_MS`] so the patient can try again instead of
//! waiting forever.

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, Request, RequestInit, Response};

/// How long a POST may take before it counts as failed.
pub const TIMEOUT_MS: u32 = 30_000;

/// Sends `body` (JSON) to `endpoint`. `Err` carries a sentence for the
/// patient and the `pa-error` event.
pub async fn post_json(endpoint: &str, body: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window to send from")?;
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_body(&body.into());
    let controller = AbortController::new().ok();
    if let Some(controller) = &controller {
        init.set_signal(Some(&controller.signal()));
    }
    let request = Request::new_with_str_and_init(endpoint, &init)
        .map_err(|_| format!("the endpoint '{endpoint}' is not a valid address"))?;
    request
        .headers()
        .set("Content-Type", "application/json")
        .map_err(|_| "could not set the request headers".to_string())?;
    // Dropping the timer (when the answer comes first) cancels it.
    let signal = controller.as_ref().map(AbortController::signal);
    let _timer = controller.map(|c| Timeout::new(TIMEOUT_MS, move || c.abort()));
    let response = JsFuture::from(window.fetch_with_request(&request)).await.map_err(|_| {
        if signal.is_some_and(|s| s.aborted()) {
            format!("the server did not answer within {} seconds", TIMEOUT_MS / 1000)
        } else {
            "the server could not be reached".to_string()
        }
    })?;
    let response: Response = response.dyn_into().map_err(|_| "the server's answer was unreadable".to_string())?;
    if response.ok() {
        Ok(())
    } else {
        Err(format!("the server refused the answers (HTTP {})", response.status()))
    }
}

/// The text at `url` (a GET), or why it could not be had.
pub async fn get_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window to load from")?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.map_err(|_| "the server could not be reached".to_string())?;
    let response: Response = response.dyn_into().map_err(|_| "the server's answer was unreadable".to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = response.text().map_err(|_| "the server's answer was unreadable".to_string())?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| "the server's answer was unreadable".to_string())
}
