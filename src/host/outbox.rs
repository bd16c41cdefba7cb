//! Completed responses not yet delivered, kept in the browser's
//! localStorage so that a closed tab, a crash or a dead connection loses
//! nothing: each is sent when the connection returns or when any page with
//! the widget is next opened, and removed once the server has it.
//!
//! Each response is two entries: `pain-assessment:outbox:<id>` holds the
//! JSON as sent, and `…:<id>:to` holds `<lease>|<type>|<endpoint>`, where the
//! type is the body's content type and the lease
//! is the time (ms since 1970) until which a tab is sending it. Two tabs
//! never send one response at once: a tab takes the lease first, and the
//! other leaves the response alone until the lease runs out or the first
//! page goes away. (Should that ever fail, the server still sees each
//! response's id in its `Idempotency-Key` header.)

use std::cell::RefCell;

const PREFIX: &str = "pain-assessment:outbox:";

/// How long a tab may hold a response it is sending before another may try.
const LEASE_MS: f64 = 120_000.0;

thread_local! {
    /// The ids this page holds leases on, released when the page goes away.
    static HELD: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// One response waiting to be delivered.
#[derive(Clone, Debug, PartialEq)]
pub struct Parcel {
    /// The submission id, also the idempotency key.
    pub id: String,
    /// Where it goes.
    pub endpoint: String,
    /// The response as JSON text.
    pub body: String,
    /// Its content type: `application/json`, or `application/fhir+json`
    /// for a FHIR Bundle.
    pub content_type: String,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn body_key(id: &str) -> String {
    format!("{PREFIX}{id}")
}

fn to_key(id: &str) -> String {
    format!("{PREFIX}{id}:to")
}

/// Where `id` goes: its lease, content type and endpoint; `None` (and both
/// entries removed) when either is missing or unreadable.
fn address(storage: &web_sys::Storage, id: &str) -> Option<(f64, String, String)> {
    let to = storage.get_item(&to_key(id)).ok().flatten();
    let parsed = to.as_deref().and_then(|to| {
        let mut parts = to.splitn(3, '|');
        let lease = parts.next()?.parse::<u64>().ok()? as f64;
        Some((lease, parts.next()?.to_string(), parts.next()?.to_string()))
    });
    if parsed.is_none() {
        drop_entries(storage, id);
    }
    parsed
}

fn drop_entries(storage: &web_sys::Storage, id: &str) {
    let _ = storage.remove_item(&body_key(id));
    let _ = storage.remove_item(&to_key(id));
}

fn set_lease(storage: &web_sys::Storage, id: &str, lease: f64, content_type: &str, endpoint: &str) -> bool {
    storage.set_item(&to_key(id), &format!("{}|{content_type}|{endpoint}", lease as u64)).is_ok()
}

/// The ids of every stored response.
fn ids(storage: &web_sys::Storage) -> Vec<String> {
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter_map(|key| key.strip_prefix(PREFIX).filter(|rest| !rest.ends_with(":to")).map(String::from))
        .collect()
}

/// Keeps `parcel` until it is delivered, leased to this tab (which is about
/// to send it). `false` when the browser will not store it.
pub fn keep(parcel: &Parcel) -> bool {
    let Some(storage) = storage() else { return false };
    let kept = storage.set_item(&body_key(&parcel.id), &parcel.body).is_ok()
        && set_lease(&storage, &parcel.id, js_sys::Date::now() + LEASE_MS, &parcel.content_type, &parcel.endpoint);
    if kept {
        hold(&parcel.id);
    } else {
        drop_entries(&storage, &parcel.id);
    }
    kept
}

/// Forgets the response `id`: delivered, or refused for good.
pub fn forget(id: &str) {
    unhold(id);
    if let Some(storage) = storage() {
        drop_entries(&storage, id);
    }
}

/// Lets another tab (or a later page) send `id`.
pub fn release(id: &str) {
    unhold(id);
    if let Some(storage) = storage() {
        if let Some((_, content_type, endpoint)) = address(&storage, id) {
            set_lease(&storage, id, 0.0, &content_type, &endpoint);
        }
    }
}

/// Whether the outbox holds the response `id`.
pub fn contains(id: &str) -> bool {
    storage().is_some_and(|storage| storage.get_item(&body_key(id)).ok().flatten().is_some())
}

/// The response `id`, now leased to this tab, unless another tab is sending it.
pub fn claim(id: &str) -> Option<Parcel> {
    let storage = storage()?;
    let (lease, content_type, endpoint) = address(&storage, id)?;
    let now = js_sys::Date::now();
    if lease > now {
        return None;
    }
    let Some(body) = storage.get_item(&body_key(id)).ok().flatten() else {
        drop_entries(&storage, id);
        return None;
    };
    set_lease(&storage, id, now + LEASE_MS, &content_type, &endpoint).then(|| {
        hold(id);
        Parcel { id: id.to_string(), endpoint, body, content_type }
    })
}

/// Every stored response bound for `endpoint` that no tab is sending,
/// each now leased to this tab. Only the endpoint the page's host
/// configured: a stored entry naming another address (a tampered one, or
/// another page's) is never sent from here.
pub fn claim_waiting(endpoint: &str) -> Vec<Parcel> {
    let Some(storage) = storage() else { return Vec::new() };
    ids(&storage)
        .iter()
        .filter(|id| address(&storage, id).is_some_and(|(_, _, to)| to == endpoint))
        .filter_map(|id| claim(id))
        .collect()
}

/// Notes that this page holds `id`; the first time, arranges for every
/// lease to be released when the page is hidden for good (a reload or a
/// closed tab), so the next page sends at once.
fn hold(id: &str) {
    let first = HELD.with(|held| {
        let mut held = held.borrow_mut();
        let first = held.is_empty();
        if !held.iter().any(|h| h == id) {
            held.push(id.to_string());
        }
        first
    });
    if first {
        if let Some(window) = web_sys::window() {
            let release_all = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(|| {
                for id in HELD.with(|held| std::mem::take(&mut *held.borrow_mut())) {
                    release(&id);
                }
            });
            let _ = window.add_event_listener_with_callback("pagehide", wasm_bindgen::JsCast::unchecked_ref(release_all.as_ref()));
            release_all.forget();
        }
    }
}

fn unhold(id: &str) {
    HELD.with(|held| held.borrow_mut().retain(|h| h != id));
}
