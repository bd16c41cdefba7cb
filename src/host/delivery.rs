//! POSTs the final response to the host's endpoint. Only the configured
//! endpoint is ever contacted.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Request, RequestInit, Response};

/// Sends `body` (JSON) to `endpoint`. `Err` carries a sentence for the
/// patient and the `pa-error` event.
pub async fn post_json(endpoint: &str, body: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window to send from")?;
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_body(&body.into());
    let request = Request::new_with_str_and_init(endpoint, &init)
        .map_err(|_| format!("the endpoint '{endpoint}' is not a valid address"))?;
    request
        .headers()
        .set("Content-Type", "application/json")
        .map_err(|_| "could not set the request headers".to_string())?;
    let response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(|_| "the server could not be reached".to_string())?;
    let response: Response = response.dyn_into().map_err(|_| "the server's answer was unreadable".to_string())?;
    if response.ok() {
        Ok(())
    } else {
        Err(format!("the server refused the answers (HTTP {})", response.status()))
    }
}
