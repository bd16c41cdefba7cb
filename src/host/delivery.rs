//! The widget's two requests: the POST of the final response to the host's
//! endpoint (the only place answers go), and the GET of a built-in
//! definition from beside the widget's script. Either is given up after a
//! time limit, so a hanging server ends in a retry or a message, never an
//! endless wait. A POST that fails is sent again by the rule in
//! `engine::delivery`, and kept in the [`outbox`](super::outbox) meanwhile.

use super::outbox::{self, Parcel};
use crate::engine::delivery::{next, Next, Reply};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, AbortSignal, Request, RequestInit, Response};

/// How long a request may take before it counts as failed, unless the
/// host sets `timeoutSeconds`.
pub const TIMEOUT_MS: u32 = 30_000;

/// A request's time limit: aborts it after `ms` unless dropped first, and
/// tells a timeout apart from an unreachable server.
struct Deadline {
    signal: Option<AbortSignal>,
    ms: u32,
    _timer: Option<Timeout>,
}

impl Deadline {
    /// Starts the clock for the request `init` describes.
    fn start(init: &RequestInit, ms: u32) -> Self {
        let controller = AbortController::new().ok();
        let signal = controller.as_ref().map(AbortController::signal);
        init.set_signal(signal.as_ref());
        Deadline { signal, ms, _timer: controller.map(|c| Timeout::new(ms, move || c.abort())) }
    }

    fn timed_out(&self) -> bool {
        self.signal.as_ref().is_some_and(AbortSignal::aborted)
    }

    /// Why the request failed, in a sentence for the patient.
    fn failure(&self) -> String {
        if self.timed_out() {
            format!("the server did not answer within {} seconds", self.ms.div_ceil(1000))
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

/// POSTs `body` (JSON) to `endpoint` once, with the submission id as its
/// `Idempotency-Key`, and says how it went.
async fn post_json(endpoint: &str, body: &str, content_type: &str, key: &str, timeout_ms: u32) -> Reply {
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_body(&body.into());
    let deadline = Deadline::start(&init, timeout_ms);
    let Ok(request) = Request::new_with_str_and_init(endpoint, &init) else { return Reply::Unreachable };
    let headers = request.headers();
    if headers.set("Content-Type", content_type).is_err() || headers.set("Idempotency-Key", key).is_err() {
        return Reply::Unreachable;
    }
    match deadline.fetch(&request).await {
        Ok(response) => Reply::Status(response.status()),
        Err(_) if deadline.timed_out() => Reply::Timeout,
        Err(_) => Reply::Unreachable,
    }
}

/// How a delivery ended.
#[derive(Clone, Debug, PartialEq)]
pub enum Ending {
    /// The server has it.
    Delivered,
    /// Several tries failed; it waits in the outbox.
    Queued(String),
    /// The server refused it with this status.
    Refused(u16),
}

/// The reply in words for the patient.
pub fn describe(reply: Reply, timeout_ms: u32) -> String {
    match reply {
        Reply::Timeout => format!("the server did not answer within {} seconds", timeout_ms.div_ceil(1000)),
        Reply::Unreachable => "the server could not be reached".into(),
        Reply::Status(status) => format!("the server answered HTTP {status}"),
    }
}

/// Sends `parcel` until the server has it, it must wait for the connection,
/// or the server refuses it; `retrying` hears each failure that will be
/// tried again. The outbox copy is forgotten once the server has it or
/// refuses it, and released for a later try otherwise.
pub async fn deliver(parcel: &Parcel, timeout_ms: u32, retrying: impl Fn(String)) -> Ending {
    let mut attempt = 1;
    loop {
        let reply = post_json(&parcel.endpoint, &parcel.body, &parcel.content_type, &parcel.id, timeout_ms).await;
        match next(reply, attempt, js_sys::Math::random()) {
            Next::Delivered => {
                outbox::forget(&parcel.id);
                return Ending::Delivered;
            }
            Next::RetryAfter(ms) => {
                retrying(describe(reply, timeout_ms));
                sleep(ms).await;
                attempt += 1;
            }
            Next::Queue => {
                outbox::release(&parcel.id);
                return Ending::Queued(describe(reply, timeout_ms));
            }
            Next::Refused(status) => {
                outbox::forget(&parcel.id);
                return Ending::Refused(status);
            }
        }
    }
}

/// Waits `ms` milliseconds.
async fn sleep(ms: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// The text at `url` (a GET), or why it could not be had. The time limit
/// covers reading the body too.
pub async fn get_text(url: &str) -> Result<String, String> {
    if let Some(text) = early(url).await {
        return Ok(text);
    }
    let init = RequestInit::new();
    let deadline = Deadline::start(&init, TIMEOUT_MS);
    let request = Request::new_with_str_and_init(url, &init).map_err(|_| format!("'{url}' is not a valid address"))?;
    let response = deadline.fetch(&request).await?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = response.text().map_err(|_| "the server's answer was unreadable".to_string())?;
    let text = JsFuture::from(text).await.map_err(|_| deadline.failure())?;
    text.as_string().ok_or_else(|| "the server's answer was unreadable".to_string())
}

thread_local! {
    /// The entry point's fetches begun while the code was still loading (the
    /// definitions a page's elements name): a URL to a Promise of its text,
    /// or of null when that fetch failed (then it is fetched again here, for
    /// the error in words).
    static EARLY: std::cell::RefCell<Option<js_sys::Function>> = const { std::cell::RefCell::new(None) };
}

/// Lets the entry point hand over its early fetches (see `EARLY`).
#[wasm_bindgen::prelude::wasm_bindgen(js_name = setEarlyFetch)]
pub fn set_early_fetch(taker: js_sys::Function) {
    EARLY.with(|e| *e.borrow_mut() = Some(taker));
}

async fn early(url: &str) -> Option<String> {
    let taker = EARLY.with(|e| e.borrow().clone())?;
    let promise = taker.call1(&wasm_bindgen::JsValue::NULL, &url.into()).ok()?;
    if promise.is_undefined() || promise.is_null() {
        return None;
    }
    JsFuture::from(js_sys::Promise::resolve(&promise)).await.ok()?.as_string()
}

thread_local! {
    /// Turns a response (JSON text) into a FHIR Bundle (a Promise of JSON
    /// text): set by the browser entry, which loads the FHIR mapping only
    /// when a host asks for FHIR.
    static FHIR: std::cell::RefCell<Option<js_sys::Function>> = const { std::cell::RefCell::new(None) };
}

/// Lets the entry point supply the FHIR mapping (see `FHIR`).
#[wasm_bindgen::prelude::wasm_bindgen(js_name = setFhirBuilder)]
pub fn set_fhir_builder(builder: js_sys::Function) {
    FHIR.with(|f| *f.borrow_mut() = Some(builder));
}

/// `response` (JSON text) as a FHIR R4 Bundle (JSON text); `definitions`
/// (JSON text of an array) are the host's own instruments it answers.
pub async fn fhir_bundle(response: &str, definitions: &str) -> Result<String, String> {
    let builder = FHIR.with(|f| f.borrow().clone()).ok_or("FHIR output is not available in this build")?;
    let promise = builder.call2(&wasm_bindgen::JsValue::NULL, &response.into(), &definitions.into()).map_err(|_| "the FHIR mapping failed")?;
    let text = JsFuture::from(js_sys::Promise::from(promise)).await.map_err(|e| {
        js_sys::Error::from(e).message().as_string().unwrap_or_else(|| "the FHIR mapping failed".into())
    })?;
    text.as_string().ok_or_else(|| "the FHIR mapping gave no text".into())
}
