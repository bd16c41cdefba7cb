//! Faces Pain Scale – Revised (Hicks et al. 2001): six faces scoring 0, 2,
//! 4, 6, 8, 10. The faces and wording are IASP's and come from the clinic;
//! without them the instrument is refused.

mod common;
use common::*;
use pain_assessment::{Answer, Category, Options};
use serde_json::{json, Value};

fn pack(images: bool) -> Value {
    let faces = ["0", "2", "4", "6", "8", "10"];
    let mut item = json!({
        "text": "Licensed FPS-R instructions",
        "options": faces.iter().map(|f| (f.to_string(), json!(format!("Face scoring {f}")))).collect::<serde_json::Map<_, _>>(),
    });
    if images {
        item["images"] = json!(faces.iter().map(|f| (f.to_string(), json!(format!("/licensed/fpsr/{f}.png")))).collect::<serde_json::Map<_, _>>());
    }
    json!({ "instrument": "fpsr", "version": "hicks-2001", "locale": "en", "items": { "fpsr_face": item } })
}

fn resolve(packs: Value) -> Result<pain_assessment::Config, pain_assessment::Error> {
    Options::from_json(&json!({ "instruments": ["fpsr"], "textPacks": packs }).to_string()).and_then(Options::resolve)
}

#[test]
fn each_face_scores_its_published_value() {
    let fpsr = builtin("fpsr");
    for value in [0, 2, 4, 6, 8, 10] {
        let answers = [("fpsr_face".to_string(), Answer::Text(value.to_string()))].into_iter().collect();
        assert_score(&score_of(&fpsr, &answers, "intensity"), Some(f64::from(value)), None);
    }
    let odd = [("fpsr_face".to_string(), Answer::Text("5".into()))].into_iter().collect();
    assert_score(&score_of(&fpsr, &odd, "intensity"), None, None);
}

#[test]
fn without_the_clinics_artwork_it_is_unavailable() {
    let err = resolve(json!([])).unwrap_err();
    assert_eq!(err.category, Category::Config);
    assert!(err.message.contains("instrument 'fpsr' needs licensed text and artwork"), "{}", err.message);

    let err = resolve(json!([pack(false)])).unwrap_err();
    assert!(err.message.contains("items.fpsr_face.images.0: missing (the licensed artwork)"), "{}", err.message);
}

#[test]
fn with_the_artwork_every_face_has_its_picture_and_text_alternative() {
    let config = resolve(json!([pack(true)])).unwrap();
    let options = config.instruments[0].items[0].kind.options().to_vec();
    assert_eq!(options.len(), 6);
    assert_eq!(options[5].image.as_deref(), Some("/licensed/fpsr/10.png"));
    assert_eq!(options[5].label, "Face scoring 10");
}

#[test]
fn a_picture_may_not_be_a_script() {
    let mut bad = pack(true);
    bad["items"]["fpsr_face"]["images"]["0"] = json!("javascript:alert(1)");
    let err = resolve(json!([bad])).unwrap_err();
    assert!(err.message.contains("must be a path, an http(s) URL or a data:image/ URI"), "{}", err.message);
    let mut inline = pack(true);
    inline["items"]["fpsr_face"]["images"]["0"] = json!("data:image/png;base64,AAAA");
    assert!(resolve(json!([inline])).is_ok());
}
