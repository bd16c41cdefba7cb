//! Component tests in headless Chromium: the widget mounted as a host page
//! mounts it, driven through its shadow DOM like a patient would.
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use pain_assessment::{mount, Handle};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::{CustomEvent, Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh host element in the page, and every `pa-*` event it fires.
struct Host {
    element: Element,
    events: Rc<RefCell<Vec<(String, JsValue)>>>,
    _listeners: Vec<Closure<dyn FnMut(web_sys::Event)>>,
}

impl Host {
    fn new() -> Self {
        let element = document().create_element("div").unwrap();
        document().body().unwrap().append_child(&element).unwrap();
        let events = Rc::new(RefCell::new(Vec::new()));
        let mut listeners = Vec::new();
        for name in ["pa-change", "pa-complete", "pa-error", "pa-safety"] {
            let events = events.clone();
            let listener = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
                let detail = event.dyn_ref::<CustomEvent>().map(|e| e.detail()).unwrap_or(JsValue::NULL);
                events.borrow_mut().push((event.type_(), detail));
            });
            element.add_event_listener_with_callback(name, listener.as_ref().unchecked_ref()).unwrap();
            listeners.push(listener);
        }
        Host { element, events, _listeners: listeners }
    }

    fn mount(&self, options: &str) -> Handle {
        mount(self.element.clone().into(), js_sys::JSON::parse(options).unwrap(), None)
    }

    fn find(&self, selector: &str) -> Option<Element> {
        self.element.shadow_root()?.query_selector(selector).ok()?
    }

    fn count(&self, selector: &str) -> u32 {
        self.element.shadow_root().map_or(0, |r| r.query_selector_all(selector).unwrap().length())
    }

    fn click(&self, selector: &str) {
        let element = self.find(selector).unwrap_or_else(|| panic!("no {selector}"));
        element.dyn_into::<HtmlElement>().unwrap().click();
    }

    fn fired(&self, name: &str) -> Vec<JsValue> {
        self.events.borrow().iter().filter(|(n, _)| n == name).map(|(_, d)| d.clone()).collect()
    }
}

/// Lets yew render and the events go out: two animation frames (the widget
/// sends its events after the paint that shows a change, see `ui::paint`),
/// then a short pause. Counting frames rather than milliseconds keeps the
/// tests fair to an engine whose frames come later than Chromium's.
async fn settle() {
    for _ in 0..2 {
        let frame = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window().unwrap().request_animation_frame(&resolve).unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
    }
    TimeoutFuture::new(20).await;
}

fn get(value: &JsValue, path: &[&str]) -> JsValue {
    path.iter().fold(value.clone(), |v, key| js_sys::Reflect::get(&v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED))
}

#[wasm_bindgen_test]
async fn renders_in_a_shadow_root_and_refuses_next_until_answered() {
    let host = Host::new();
    let _handle = host.mount(r#"{"instruments":["nrs11","phq9"]}"#);
    settle().await;
    assert_eq!(host.count("fieldset[data-item=nrs11_now] input[type=radio]"), 11);
    let ui = host.find(".pa-ui").unwrap();
    assert_eq!((ui.get_attribute("lang").as_deref(), ui.get_attribute("dir").as_deref()), (Some("en"), Some("ltr")));
    assert_eq!(host.find(".pa-title").unwrap().text_content().unwrap(), "Pain intensity (0–10 numeric rating scale)");

    host.click("button.pa-next");
    settle().await;
    assert_eq!(host.count(".pa-problem"), 1);
    assert!(host.find(".pa-summary[role=alert]").is_some());

    host.click("fieldset[data-item=nrs11_now] input[value='7']");
    settle().await;
    assert_eq!(host.count(".pa-problem"), 0);
    host.click("button.pa-next");
    settle().await;
    assert_eq!(host.count("fieldset.pa-item"), 9, "the PHQ-9 page asks its 9 problems first");
    assert_eq!(host.find(".pa-instructions").unwrap().text_content().unwrap(),
        "Over the last 2 weeks, how often have you been bothered by any of the following problems?");
    // A problem checked off brings in the difficulty question.
    host.click("fieldset[data-item=phq9_1] input[value='1']");
    settle().await;
    assert_eq!(host.count("fieldset.pa-item"), 10);
    assert!(host.find("fieldset[data-item=phq9_difficulty]").is_some());
}

#[wasm_bindgen_test]
async fn every_change_reaches_the_host_and_get_response() {
    let host = Host::new();
    let handle = host.mount(r#"{"instruments":["nrs11"],"patientId":"p-7"}"#);
    settle().await;
    host.click("fieldset[data-item=nrs11_now] input[value='3']");
    // pa-change follows the paint that shows the answer: a frame or two.
    let answered = |e: &JsValue| get(e, &["instruments", "0", "answers", "nrs11_now"]).as_f64() == Some(3.0);
    for _ in 0..50 {
        if host.fired("pa-change").last().is_some_and(answered) {
            break;
        }
        settle().await;
    }
    let last = host.fired("pa-change").pop().expect("a pa-change event");
    assert_eq!(get(&last, &["instruments", "0", "answers", "nrs11_now"]).as_f64(), Some(3.0));
    let response = handle.get_response();
    assert_eq!(get(&response, &["patientId"]).as_string().as_deref(), Some("p-7"));
    assert!(get(&response, &["completedAt"]).is_null(), "not complete yet");
    assert_eq!(get(&response, &["instruments", "0", "scores", "0", "value"]).as_f64(), Some(3.0));
}

#[wasm_bindgen_test]
async fn submitting_fires_complete_and_safety() {
    let host = Host::new();
    let _handle = host.mount(r#"{"instruments":["phq9"]}"#);
    settle().await;
    for item in 1..=9 {
        let value = if item == 9 { "1" } else { "0" };
        host.click(&format!("fieldset[data-item=phq9_{item}] input[value='{value}']"));
    }
    settle().await;
    host.click("button.pa-submit");
    settle().await;
    assert!(host.find(".pa-complete").is_some());
    let complete = host.fired("pa-complete");
    assert_eq!(complete.len(), 1);
    assert!(get(&complete[0], &["completedAt"]).is_string());
    assert_eq!(get(&complete[0], &["instruments", "0", "scores", "0", "value"]).as_f64(), Some(1.0));
    let safety = host.fired("pa-safety");
    assert_eq!(safety.len(), 1);
    assert_eq!(get(&safety[0], &["flags", "0", "item"]).as_string().as_deref(), Some("phq9_9"));
}

#[wasm_bindgen_test]
async fn bad_options_show_a_message_and_fire_pa_error() {
    let host = Host::new();
    let handle = host.mount(r#"{"instruments":["nrs11","nosuchscale"]}"#);
    settle().await;
    let message = host.find(".pa-error[role=alert]").expect("an error box").text_content().unwrap();
    assert!(message.contains("nosuchscale"), "{message}");
    let errors = host.fired("pa-error");
    assert_eq!(errors.len(), 1);
    assert_eq!(get(&errors[0], &["category"]).as_string().as_deref(), Some("config"));
    assert!(handle.get_response().is_null());
}

#[wasm_bindgen_test]
async fn wrong_types_and_a_missing_element_do_not_throw() {
    let host = Host::new();
    let _handle = host.mount(r#"{"instruments":"nrs11"}"#);
    settle().await;
    assert!(host.find(".pa-error").unwrap().text_content().unwrap().contains("expected an array"));

    let mut inert = mount(JsValue::NULL, JsValue::NULL, None);
    assert!(inert.get_response().is_null());
    inert.destroy();
}

/// The wasm stack is 256 KiB (.cargo/config.toml): options nested as deep as
/// the JSON reader allows, and far deeper, are a config error, not a trap.
#[wasm_bindgen_test]
async fn deeply_nested_options_are_reported_within_the_stack() {
    for depth in [120, 5_000] {
        let host = Host::new();
        let nested = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let _handle = host.mount(&format!(r#"{{"instruments":["nrs11"],"definitions":[{nested}]}}"#));
        settle().await;
        assert!(host.find(".pa-error[role=alert]").is_some(), "depth {depth}: an error box");
        let errors = host.fired("pa-error");
        assert_eq!(get(&errors[0], &["category"]).as_string().as_deref(), Some("config"), "depth {depth}");
    }
}

#[wasm_bindgen_test]
async fn destroy_empties_the_widget() {
    let host = Host::new();
    let mut handle = host.mount(r#"{"instruments":["nrs11"]}"#);
    settle().await;
    assert!(host.find("fieldset").is_some());
    handle.destroy();
    settle().await;
    assert!(host.find("fieldset").is_none());
    handle.destroy();
}

#[wasm_bindgen_test]
async fn keyboard_users_can_pick_a_number() {
    let host = Host::new();
    let _handle = host.mount(r#"{"instruments":["nrs11"]}"#);
    settle().await;
    let input: HtmlInputElement = host.find("input[value='0']").unwrap().dyn_into().unwrap();
    // Every rating number is a real radio input, focusable and labelled by its number.
    input.focus().unwrap();
    let active = host.element.shadow_root().unwrap().active_element().unwrap();
    assert_eq!(active.get_attribute("value").as_deref(), Some("0"));
    assert_eq!(input.get_attribute("aria-describedby").as_deref(), Some("pa-nrs11_now-min"));
    assert_eq!(host.find("#pa-nrs11_now-min").unwrap().text_content().unwrap(), "No pain");
}

#[wasm_bindgen_test]
async fn a_malformed_options_attribute_is_reported_not_thrown() {
    let host = Host::new();
    host.element.set_attribute("options", "{instruments: [nrs11]").unwrap();
    let _handle = pain_assessment::mount_element(host.element.clone(), JsValue::NULL, None);
    settle().await;
    let message = host.find(".pa-error").expect("an error box").text_content().unwrap();
    assert!(message.contains("not valid JSON"), "{message}");
    let errors = host.fired("pa-error");
    assert_eq!(get(&errors[0], &["category"]).as_string().as_deref(), Some("config"));

    // Attributes override the options attribute's fields.
    let host = Host::new();
    host.element.set_attribute("options", r#"{"instruments":["phq9"],"patientId":"from-json"}"#).unwrap();
    host.element.set_attribute("instruments", "nrs11").unwrap();
    let handle = pain_assessment::mount_element(host.element.clone(), JsValue::NULL, None);
    settle().await;
    assert!(host.find("[data-item=nrs11_now]").is_some());
    assert_eq!(get(&handle.get_response(), &["patientId"]).as_string().as_deref(), Some("from-json"));
}

/// A definition with one visual analogue scale item.
const VAS_OPTIONS: &str = r#"{"instruments":["line"],"definitions":[{"id":"line","version":"1","title":"Line",
  "licence":{"copyright":"c","terms":"t","source":"s"},
  "items":[{"id":"now","text":"Pain now","kind":{"type":"vas","minLabel":"No pain","maxLabel":"Worst pain"}}],
  "scores":[{"id":"vas","label":"VAS","method":"sum","items":["now"],"range":{"min":0,"max":100},"source":"s"}]}]}"#;

fn answer_of(handle: &Handle) -> JsValue {
    get(&handle.get_response(), &["instruments", "0", "answers", "now"])
}

#[wasm_bindgen_test]
async fn the_vas_is_an_unmarked_slider_until_tapped_and_shows_no_number() {
    let host = Host::new();
    let handle = host.mount(VAS_OPTIONS);
    settle().await;
    let track = host.find("[role=slider]").expect("a slider");
    assert_eq!(track.get_attribute("aria-valuetext").as_deref(), Some("not marked"));
    assert!(host.find(".pa-vas-mark").is_none(), "no mark before the patient places one");

    // A tap in the middle of the line.
    let rect = track.get_bounding_client_rect();
    let init = web_sys::PointerEventInit::new();
    init.set_bubbles(true);
    init.set_client_x((rect.left() + rect.width() / 2.0) as i32);
    init.set_client_y((rect.top() + rect.height() / 2.0) as i32);
    init.set_pointer_id(1);
    for kind in ["pointerdown", "pointerup"] {
        let event = web_sys::PointerEvent::new_with_event_init_dict(kind, &init).unwrap();
        track.dispatch_event(&event).unwrap();
        settle().await;
    }
    let value = answer_of(&handle).as_f64().expect("an answer after the tap");
    assert!((49.0..=51.0).contains(&value), "{value}");
    assert!(host.find(".pa-vas-mark").is_some());
    let shown = host.find(".pa-vas").unwrap().text_content().unwrap();
    assert!(!shown.chars().any(|c| c.is_ascii_digit()), "no number on screen: {shown}");

    // Keys move it like a slider.
    for (key, expected) in [("End", 100.0), ("ArrowLeft", 99.0), ("Home", 0.0), ("PageUp", 10.0)] {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        host.find("[role=slider]").unwrap().dispatch_event(&event).unwrap();
        settle().await;
        assert_eq!(answer_of(&handle).as_f64(), Some(expected), "{key}");
    }
    let track = host.find("[role=slider]").unwrap();
    assert_eq!(track.get_attribute("aria-valuenow").as_deref(), Some("10"));
    assert_eq!(track.get_attribute("aria-labelledby").as_deref(), Some("pa-now-q"));
}

#[wasm_bindgen_test]
async fn picture_options_show_their_picture_with_a_text_alternative() {
    let host = Host::new();
    let pixel = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";
    let options = format!(
        r#"{{"instruments":["faces"],"definitions":[{{"id":"faces","version":"1","title":"Faces",
        "licence":{{"copyright":"c","terms":"t","source":"s"}},
        "items":[{{"id":"f","text":"Which face?","kind":{{"type":"singleChoice","options":[
          {{"value":"0","label":"No hurt","score":0,"image":"{pixel}"}},
          {{"value":"2","label":"Hurts a little","score":2,"image":"{pixel}"}}]}}}}]}}]}}"#
    );
    let handle = host.mount(&options);
    settle().await;
    assert_eq!(host.count(".pa-pictures img"), 2);
    assert_eq!(host.find("img").unwrap().get_attribute("alt").as_deref(), Some("No hurt"));
    host.click("input[value='2']");
    settle().await;
    assert_eq!(get(&handle.get_response(), &["instruments", "0", "answers", "f"]).as_string().as_deref(), Some("2"));
}

#[wasm_bindgen_test]
async fn a_licensed_instrument_shows_the_clinics_wording_from_its_text_pack() {
    let host = Host::new();
    let mut items = Vec::new();
    for i in 1..=10 {
        items.push(format!(
            r#""odi_{i}":{{"text":"Licensed section {i}","options":{{"0":"a","1":"b","2":"c","3":"d","4":"e","5":"f"}}}}"#
        ));
    }
    let options = format!(
        r#"{{"instruments":["odi"],"textPacks":[{{"instrument":"odi","version":"2.1a","locale":"en","items":{{{}}}}}]}}"#,
        items.join(",")
    );
    let _handle = host.mount(&options);
    settle().await;
    assert_eq!(host.count("fieldset.pa-item"), 10);
    assert!(host.find("[data-item=odi_3] legend").unwrap().text_content().unwrap().contains("Licensed section 3"));

    let without = Host::new();
    let _handle = without.mount(r#"{"instruments":["odi"]}"#);
    settle().await;
    assert!(without.find(".pa-error").unwrap().text_content().unwrap().contains("needs licensed text"));
}

/// A panic (here, what the panic hook does, called directly) leaves a
/// message in place of the questions, tells the host with category
/// "internal", and the answers given stay saved for a reload.
#[wasm_bindgen_test]
async fn a_panic_is_contained_and_the_answers_stay_saved() {
    let host = Host::new();
    let _handle = host.mount(r#"{"instruments":["nrs11"],"saveKey":"panic-test"}"#);
    settle().await;
    host.click("fieldset[data-item=nrs11_now] input[value='6']");
    settle().await;
    pain_assessment::contain_panic_for_tests("index out of bounds (a test)");
    assert_eq!(host.count("fieldset.pa-item"), 0, "the questions are replaced");
    let message = host.find(".pa-error[role=alert]").unwrap().text_content().unwrap();
    assert!(message.contains("Your answers so far are saved on this device"), "{message}");
    let errors = host.fired("pa-error");
    assert_eq!(errors.len(), 1);
    assert_eq!(get(&errors[0], &["category"]).as_string().as_deref(), Some("internal"));
    let saved = web_sys::window().unwrap().local_storage().unwrap().unwrap().get_item("pain-assessment:draft:panic-test").unwrap().unwrap();
    assert!(saved.contains("\"nrs11_now\":6"), "{saved}");
    web_sys::window().unwrap().local_storage().unwrap().unwrap().remove_item("pain-assessment:draft:panic-test").unwrap();
}

/// Stored responses from storage that a page could have tampered with: one
/// addressed elsewhere is left alone (never sent from a page whose host
/// configured another endpoint), and unreadable ones break nothing.
#[wasm_bindgen_test]
async fn a_tampered_or_garbled_outbox_is_never_sent_elsewhere_and_breaks_nothing() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let elsewhere = "pain-assessment:outbox:00000000-0000-4000-8000-0000000000aa";
    storage.set_item(elsewhere, "{}").unwrap();
    storage.set_item(&format!("{elsewhere}:to"), "0|application/json|https://collector.example/steal").unwrap();
    let garbled = "pain-assessment:outbox:not-an-id";
    storage.set_item(garbled, "{").unwrap();
    storage.set_item(&format!("{garbled}:to"), "this is not an address").unwrap();
    let host = Host::new();
    let _handle = host.mount(r#"{"instruments":["nrs11"],"endpoint":"/api/submissions","autosave":false}"#);
    settle().await;
    assert_eq!(host.count("fieldset[data-item=nrs11_now] input[type=radio]"), 11, "the widget runs");
    assert_eq!(
        storage.get_item(&format!("{elsewhere}:to")).unwrap().as_deref(),
        Some("0|application/json|https://collector.example/steal"),
        "not leased, so not sent"
    );
    for key in [elsewhere, garbled] {
        storage.remove_item(key).unwrap();
        storage.remove_item(&format!("{key}:to")).unwrap();
    }
}
