//! One mounted widget: its shadow root, its yew app, and what it tells the
//! host page.

use super::delivery::{deliver, Ending};
use super::outbox::{self, Parcel};
use super::{drafts, events, js, loader};
use crate::config::Config;
use crate::engine::{Action, Session, Stage};
use crate::error::{Category, Error};
use crate::i18n::{text, Locale, Msg};
use crate::output::{build, uuid_v4, Envelope, Meta};
use crate::ui::{after_paint, AfterPaint, App, AppProps, Notice};
use crate::Options;
use serde::Serialize;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Element, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, Callback};

/// The widget's stylesheet; the summary's module adds the report's rules.
#[cfg(not(feature = "summary"))]
const STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/style.css"));
#[cfg(feature = "summary")]
const STYLE: &str = concat!(include_str!(concat!(env!("OUT_DIR"), "/style.css")), include_str!(concat!(env!("OUT_DIR"), "/report.css")));

/// What the host holds after mounting: read the answers, or take the widget down.
#[wasm_bindgen]
pub struct Handle {
    state: Rc<RefCell<Mounted>>,
}

/// A mount's parts, filled in once its definitions are loaded.
#[derive(Default)]
struct Mounted {
    app: Option<AppHandle<App>>,
    widget: Option<Rc<Widget>>,
    container: Option<Element>,
    destroyed: bool,
    /// What the app was started with, to start it again in a new language.
    props: Option<(Rc<Config>, Callback<Notice>)>,
    /// How many times the host has asked for a language.
    locale_requests: u32,
}

#[wasm_bindgen]
impl Handle {
    /// The response envelope as it stands (`completedAt` is `null` until the
    /// patient submits), or `null` before the widget has started or when it
    /// could not start.
    #[wasm_bindgen(js_name = getResponse)]
    pub fn get_response(&self) -> JsValue {
        let state = self.state.borrow();
        if let Some(widget) = &state.widget {
            widget.flush();
        }
        match state.widget.as_ref().and_then(|w| w.latest.borrow().clone()) {
            Some(envelope) => js::to_js(&envelope),
            None => JsValue::NULL,
        }
    }

    /// Shows the widget in another language (`en`, `es`, or a regional
    /// form such as `es-MX`), keeping every answer and the patient's
    /// place. False when the widget does not speak the language or is not
    /// running; nothing changes then.
    #[wasm_bindgen(js_name = setLocale)]
    pub fn set_locale(&self, tag: &str) -> bool {
        let mut state = self.state.borrow_mut();
        let props = state.props.clone();
        match (Locale::from_tag(tag), state.app.as_mut(), props) {
            (Some(locale), Some(_), Some((config, on_notice))) => {
                state.locale_requests += 1;
                let locale_request = state.locale_requests;
                if let Some(app) = state.app.as_mut() {
                    app.update(AppProps { config, on_notice, draft: None, notice: None, locale, locale_request, services: super::services::services() });
                }
                true
            }
            _ => false,
        }
    }

    /// Removes the widget from the page. Safe to call more than once, and
    /// while its definitions are still loading.
    pub fn destroy(&mut self) {
        let mut state = self.state.borrow_mut();
        state.destroyed = true;
        if let Some(app) = state.app.take() {
            app.destroy();
        }
        if let Some(container) = state.container.take() {
            container.set_inner_html("");
        }
        // The pending pa-change timer holds the widget: let both go.
        if let Some(widget) = state.widget.take() {
            super::panic::unregister(&widget.element);
            widget.timer.borrow_mut().take();
            widget.pending.borrow_mut().take();
        }
    }
}

impl Handle {
    /// A handle with nothing behind it, for a mount that had nowhere to render.
    pub fn inert() -> Self {
        Handle { state: Rc::default() }
    }
}

/// The state shared between the running app and the handle.
struct Widget {
    element: Element,
    config: Rc<Config>,
    meta: Meta,
    latest: RefCell<Option<Envelope>>,
    /// A change not yet told to the host: `pa-change` goes out in a task of
    /// its own, after the browser has painted the patient's tap.
    pending: RefCell<Option<Rc<Session>>>,
    /// What sends the waiting `pa-change` once the change is painted; kept
    /// until the next change, so it is never dropped while it runs.
    timer: RefCell<Option<AfterPaint>>,
}

/// `pa-delivered` and `pa-queued`'s detail.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Sent<'a> {
    submission_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<&'a str>,
}

/// `pa-error`'s detail for a response the server refused.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Refusal<'a> {
    category: Category,
    message: &'a str,
    status: u16,
    submission_id: &'a str,
}

#[derive(Serialize)]
struct SafetyDetail<'a> {
    flags: Vec<&'a crate::model::SafetyFlag>,
}

/// Renders the widget into `element`'s shadow root, or a clear message in
/// its place when the options are wrong. Built-in definitions the page has
/// not loaded yet are fetched from `base` first, behind a loading notice.
pub fn start(element: Element, options: Result<Options, Error>, base: Option<String>) -> Handle {
    let container = match shadow_container(&element) {
        Ok(container) => container,
        Err(error) => {
            events::fire_error(&element, &error);
            return Handle::inert();
        }
    };
    let state = Rc::new(RefCell::new(Mounted { container: Some(container.clone()), ..Mounted::default() }));
    let options = match options {
        Ok(options) => options,
        Err(error) => {
            fail(&element, &container, &error, js::browser_locale());
            return Handle { state };
        }
    };
    // The patient's language for the messages before the widget starts.
    let locale = options.locale.as_deref().and_then(Locale::from_tag).unwrap_or_else(js::browser_locale);
    if let Some(base) = &base {
        super::figure::set_base(base);
    }
    let missing = loader::missing(&options.builtins_wanted());
    if missing.is_empty() {
        finish(&state, element, container, options);
        return Handle { state };
    }
    let Some(base) = base else {
        let error = Error::new(Category::Internal, "no address to load the instrument definitions from");
        fail(&element, &container, &error, locale);
        return Handle { state };
    };
    show_message(&container, "pa-loading", "status", &text(locale, Msg::Loading));
    let pending = state.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = loader::fetch(&base, &missing).await;
        if pending.borrow().destroyed {
            return;
        }
        container.set_inner_html("");
        match loaded {
            Ok(()) => finish(&pending, element, container, options),
            Err(error) => fail(&element, &container, &error, locale),
        }
    });
    Handle { state }
}

/// Resolves the options against the loaded definitions and starts the app.
/// Called from the loading task and directly; kept out of line so its body
/// is shipped once.
#[inline(never)]
fn finish(state: &Rc<RefCell<Mounted>>, element: Element, container: Element, options: Options) {
    let asked = options.locale.as_deref().and_then(Locale::from_tag);
    let config = match options.resolve_with(loader::library()) {
        Ok(config) => Rc::new(config),
        Err(error) => return fail(&element, &container, &error, asked.unwrap_or_else(js::browser_locale)),
    };
    let locale = if config.locale_given { config.locale } else { js::browser_locale() };
    let meta = Meta { submission_id: uuid_v4(js::random_bytes()), started_at: js::now() };
    let widget = Rc::new(Widget { element, config: config.clone(), meta, latest: RefCell::new(None), pending: RefCell::new(None), timer: RefCell::new(None) });
    let on_notice = {
        let widget = widget.clone();
        Callback::from(move |notice| widget.notice(notice))
    };
    // Responses an earlier page could not deliver go now.
    send_waiting(widget.element.clone(), config.timeout_ms, config.endpoint.clone());
    let (draft, notice) = match &config.save_key {
        Some(key) => drafts::load(key, &config.instruments),
        None => (None, None),
    };
    super::panic::install();
    super::panic::register(&widget.element, &container, locale, config.save_key.is_some());
    let props = AppProps { config: config.clone(), on_notice: on_notice.clone(), draft, notice, locale, locale_request: 0, services: super::services::services() };
    let app = yew::Renderer::<App>::with_root_and_props(container, props).render();
    let mut mounted = state.borrow_mut();
    mounted.props = Some((config, on_notice));
    mounted.app = Some(app);
    mounted.widget = Some(widget);
}

/// Shows `error` in place of the widget and tells the host.
#[inline(never)]
fn fail(element: &Element, container: &Element, error: &Error, locale: Locale) {
    // The detail is for the clinic's web team, in English; the sentence
    // before it is in the patient's language.
    show_message(container, "pa-error", "alert", &text(locale, Msg::CouldNotStart));
    if let Some(message) = container.last_element_child() {
        if let Some(detail) = container.owner_document().and_then(|d| d.create_element("span").ok()) {
            let _ = detail.set_attribute("lang", "en");
            detail.set_text_content(Some(&format!(" {}", error.message)));
            let _ = message.append_child(&detail);
        }
    }
    events::fire_error(element, error);
}

impl Widget {
    fn notice(self: &Rc<Self>, notice: Notice) {
        match notice {
            Notice::Changed(session) => {
                // Saved as given; never over saved answers still on offer.
                if let (Some(key), None, Stage::Filling) = (&self.config.save_key, &session.offer, &session.stage) {
                    if session.answers.iter().all(|a| a.is_empty()) {
                        drafts::clear(key);
                    } else {
                        drafts::keep(key, &session);
                    }
                }
                // Changes in quick succession: the host hears the latest,
                // once the browser has painted the patient's tap.
                if self.pending.borrow_mut().replace(session).is_none() {
                    let widget = self.clone();
                    *self.timer.borrow_mut() = Some(after_paint(move || widget.flush()));
                }
            }
            Notice::Completed(session, dispatch) => {
                self.flush();
                if self.config.endpoint.is_none() {
                    self.clear_draft();
                }
                let envelope = self.envelope(&session);
                events::fire(&self.element, events::COMPLETE, &envelope);
                let flags: Vec<_> = envelope.safety_flags().collect();
                if !flags.is_empty() {
                    events::fire(&self.element, events::SAFETY, &SafetyDetail { flags });
                }
                self.deliver(envelope, dispatch);
            }
            Notice::Retry(session, dispatch) => {
                let envelope = self.envelope(&session);
                self.deliver(envelope, dispatch);
            }
        }
    }

    fn clear_draft(&self) {
        if let Some(key) = &self.config.save_key {
            drafts::clear(key);
        }
    }

    /// Tells the host of a change still waiting, now.
    fn flush(&self) {
        let waiting = self.pending.borrow_mut().take();
        if let Some(session) = waiting {
            let envelope = self.envelope(&session);
            events::fire(&self.element, events::CHANGE, &envelope);
        }
    }

    fn envelope(&self, session: &Session) -> Envelope {
        let envelope = build(session, &self.config, &self.meta);
        *self.latest.borrow_mut() = Some(envelope.clone());
        envelope
    }

    /// Sends the response: kept in the outbox first, so that closing the
    /// tab loses nothing, then POSTed until the server has it.
    fn deliver(self: &Rc<Self>, envelope: Envelope, dispatch: Callback<Action>) {
        let Some(endpoint) = self.config.endpoint.clone() else { return };
        // A retry of a response that waits in the outbox sends that copy,
        // unless another tab is sending it right now.
        let id = envelope.submission_id.clone();
        if outbox::contains(&id) {
            if let Some(parcel) = outbox::claim(&id) {
                self.send(parcel, true, dispatch);
            }
            return;
        }
        let native = match serde_json::to_string(&envelope) {
            Ok(body) => body,
            Err(e) => {
                events::fire_error(&self.element, &Error::new(Category::Internal, e.to_string()));
                return;
            }
        };
        let widget = self.clone();
        // The host's own definitions travel with the response to the FHIR
        // mapping, which knows only the built-ins.
        let definitions = self.config.own_definitions.clone();
        wasm_bindgen_futures::spawn_local(async move {
            use crate::config::Format;
            let format = widget.config.format;
            let body = match format {
                Format::Native => Ok(native),
                Format::Fhir => super::delivery::fhir_bundle(&native, &definitions).await,
                Format::Both => super::delivery::fhir_bundle(&native, &definitions)
                    .await
                    .map(|fhir| format!("{{\"response\":{native},\"fhir\":{fhir}}}")),
            };
            let body = match body {
                Ok(body) => body,
                Err(why) => {
                    let message = format!("the answers could not be put into FHIR form: {why}");
                    events::fire_error(&widget.element, &Error::new(Category::Internal, message.clone()));
                    dispatch.emit(Action::DeliveryFailed(message));
                    return;
                }
            };
            let content_type = if format == Format::Fhir { "application/fhir+json" } else { "application/json" };
            let parcel = Parcel { id, endpoint, body, content_type: content_type.into() };
            let kept = outbox::keep(&parcel);
            // The outbox has the final answers now: the draft may go.
            if kept {
                widget.clear_draft();
            }
            widget.send(parcel, kept, dispatch);
        });
    }

    /// POSTs `parcel` by the retry rule, showing the patient how it goes
    /// and telling the host; `kept` when the outbox holds a copy.
    fn send(self: &Rc<Self>, parcel: Parcel, kept: bool, dispatch: Callback<Action>) {
        dispatch.emit(Action::DeliveryStarted);
        let widget = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let retrying = dispatch.reform(Action::DeliveryRetrying);
            let element = &widget.element;
            match deliver(&parcel, widget.config.timeout_ms, |why| retrying.emit(why)).await {
                Ending::Delivered => {
                    widget.clear_draft();
                    dispatch.emit(Action::DeliverySucceeded);
                    events::fire(element, events::DELIVERED, &Sent { submission_id: &parcel.id, reason: None });
                }
                Ending::Queued(why) if kept => {
                    dispatch.emit(Action::DeliveryQueued);
                    events::fire(element, events::QUEUED, &Sent { submission_id: &parcel.id, reason: Some(&why) });
                    let (again, id) = (widget.clone(), parcel.id.clone());
                    when_online(move || {
                        if let Some(parcel) = outbox::claim(&id) {
                            again.send(parcel, true, dispatch.clone());
                        }
                    });
                }
                Ending::Queued(why) => {
                    let message = format!("{why}, and this browser would not keep the answers for later");
                    events::fire_error(element, &Error::new(Category::Network, message.clone()));
                    dispatch.emit(Action::DeliveryFailed(message));
                }
                Ending::Refused(status) => {
                    let message = format!("the server refused the answers (HTTP {status})");
                    refused(element, &parcel.id, status, &message);
                    dispatch.emit(Action::DeliveryFailed(message));
                }
            }
        });
    }
}

/// `pa-error` for a response the server refused, with its status and id:
/// the host still has the response from `pa-complete` and `getResponse()`.
fn refused(element: &Element, id: &str, status: u16, message: &str) {
    web_sys::console::error_1(&format!("pain-assessment: {message}").into());
    let detail = Refusal { category: Category::Network, message, status, submission_id: id };
    events::fire(element, events::ERROR, &detail);
}

/// Sends every response waiting in the outbox from an earlier page,
/// telling the host on `element` as each arrives.
fn send_waiting(element: Element, timeout: u32, endpoint: Option<String>) {
    let Some(endpoint) = endpoint else { return };
    for parcel in outbox::claim_waiting(&endpoint) {
        let endpoint = endpoint.clone();
        let element = element.clone();
        wasm_bindgen_futures::spawn_local(async move {
            match deliver(&parcel, timeout, |_| {}).await {
                Ending::Delivered => events::fire(&element, events::DELIVERED, &Sent { submission_id: &parcel.id, reason: None }),
                Ending::Queued(why) => {
                    events::fire(&element, events::QUEUED, &Sent { submission_id: &parcel.id, reason: Some(&why) });
                    let again = element.clone();
                    when_online(move || send_waiting(again.clone(), timeout, Some(endpoint.clone())));
                }
                Ending::Refused(status) => {
                    refused(&element, &parcel.id, status, &format!("the server refused a stored response (HTTP {status})"));
                }
            }
        });
    }
}

/// Runs `then` once, when the browser is next back online.
fn when_online(then: impl FnMut() + 'static) {
    let Some(window) = web_sys::window() else { return };
    let listener = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(then);
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let _ = window.add_event_listener_with_callback_and_add_event_listener_options("online", listener.as_ref().unchecked_ref(), &options);
    // The browser drops a once-listener after it runs; the closure is small.
    listener.forget();
}

/// An open shadow root on `element` (made if absent, emptied if present),
/// holding our styles and a container for the app. Host-page CSS cannot
/// reach inside, and ours cannot leak out.
pub(super) fn shadow_container(element: &Element) -> Result<Element, Error> {
    let cannot = |what: &str| Error::new(Category::Config, format!("the element <{}> cannot hold the widget: {what}", element.local_name()));
    let root = match element.shadow_root() {
        Some(root) => root,
        None => element
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .map_err(|_| cannot("it does not accept a shadow root; use a <div> or <pain-assessment>"))?,
    };
    root.set_inner_html("");
    let document = element.owner_document().ok_or_else(|| cannot("it is not in a document"))?;
    // A constructed stylesheet, which a strict CSP (style-src 'self')
    // allows; a <style> element only where the browser lacks them.
    if !adopt_styles(&root) {
        let style = document.create_element("style").map_err(|_| cannot("no style element"))?;
        style.set_text_content(Some(STYLE));
        root.append_child(&style).map_err(|_| cannot("append failed"))?;
    }
    let container = document.create_element("div").map_err(|_| cannot("no div element"))?;
    container.set_class_name("pa-root");
    root.append_child(&container).map_err(|_| cannot("append failed"))?;
    Ok(container)
}

thread_local! {
    /// The widget's stylesheet, built once and shared by every shadow root.
    static SHEET: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// Gives `root` the widget's styles as a constructed stylesheet; false
/// where the browser cannot.
fn adopt_styles(root: &web_sys::ShadowRoot) -> bool {
    use js_sys::{Array, Function, Reflect};
    let build = || -> Option<JsValue> {
        let class = Reflect::get(&js_sys::global(), &"CSSStyleSheet".into()).ok()?.dyn_into::<Function>().ok()?;
        let sheet = Reflect::construct(&class, &Array::new()).ok()?;
        let replace = Reflect::get(&sheet, &"replaceSync".into()).ok()?.dyn_into::<Function>().ok()?;
        replace.call1(&sheet, &STYLE.into()).ok()?;
        Some(sheet)
    };
    let Some(sheet) = SHEET.with(|s| {
        let mut s = s.borrow_mut();
        if s.is_none() {
            *s = build();
        }
        s.clone()
    }) else {
        return false;
    };
    Reflect::set(root, &"adoptedStyleSheets".into(), &Array::of1(&sheet)).unwrap_or(false)
}

/// A message in place of the widget: `class` `pa-error` with role `alert`
/// when it cannot start, `pa-loading` with role `status` while it loads.
pub(super) fn show_message(container: &Element, class: &str, role: &str, text: &str) {
    let Some(document) = container.owner_document() else { return };
    let Ok(message) = document.create_element("div") else { return };
    message.set_class_name(class);
    let _ = message.set_attribute("role", role);
    message.set_text_content(Some(text));
    let _ = container.append_child(&message);
}
