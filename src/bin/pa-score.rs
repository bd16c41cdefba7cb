//! Re-scores pain-assessment responses natively.
//!
//! ```text
//! pa-score verify [--definitions FILE] < response.json   exit 0 when every score matches,
//!                                                         1 when any differs, 2 on bad input
//! pa-score schema                                         prints the response JSON Schema
//! pa-score catalogue [--markdown | --json | --readme]   the built-in instruments: the reference
//!                                                         table, every definition as JSON, or
//!                                                         the README's table of wording marks
//! pa-score bodymap                                       the body map's regions, codes and crosswalks
//!                                                         (docs/bodymap.md)
//! pa-score fhir-questionnaire ID                         the instrument as a FHIR R4 Questionnaire
//! pa-score fhir-bundle [--definitions FILE] < response.json
//!                                                         a response as a FHIR R4 transaction Bundle
//! pa-score from-fhir < questionnaire.json                 the definition a FHIR R4 Questionnaire
//!                                                         becomes (exit 1 when it is refused)
//! pa-score text-pack ID [LOCALE]                          a blank text pack for a licensed
//!                                                         instrument, for its licence holder to fill
//! pa-score diary < diary.json                             a procedure diary's response: relief,
//!                                                         peak, how long it lasted, next entry due
//! pa-score strings                                        the widget's own words, every message in
//!                                                         every language, for translators
//! ```

use pain_assessment::{envelope_schema, verify_json, Instrument, Library};
use std::io::Read;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("verify") => run_verify(&args[1..]),
        Some("schema") => print_json(&envelope_schema()),
        Some("catalogue") => catalogue(args.get(1).map(String::as_str)),
        Some("fhir-questionnaire") if args.len() == 2 => match Library::builtin().get(&args[1]) {
            Ok(instrument) => match pain_assessment::output::fhir::questionnaire(&instrument) {
                Ok(questionnaire) => print_json(&questionnaire),
                Err(e) => fail(&e),
            },
            Err(e) => fail(&e.to_string()),
        },
        Some("fhir-bundle") => fhir_bundle(&args[1..]),
        Some("from-fhir") => from_fhir(),
        Some("bodymap") => {
            write_out(&pain_assessment::bodymap::doc::markdown())
        }
        Some("strings") => print_json(&strings()),
        Some("diary") => {
            let mut input = String::new();
            if let Err(e) = std::io::stdin().read_to_string(&mut input) {
                return fail(&format!("cannot read standard input: {e}"));
            }
            match pain_assessment::care::diary::analyse_json(&input) {
                Ok(response) => print_json(&response),
                Err(e) => fail(&e.to_string()),
            }
        }
        Some("text-pack") if args.len() == 2 || args.len() == 3 => text_pack(&args[1], args.get(2).map_or("en", String::as_str)),
        _ => {
            eprintln!(
                "usage: pa-score verify [--definitions FILE] < response.json\n       pa-score schema\n       pa-score catalogue [--markdown | --json | --readme]\n       pa-score bodymap\n       pa-score fhir-questionnaire ID\n       pa-score fhir-bundle [--definitions FILE] < response.json\n       pa-score from-fhir < questionnaire.json\n       pa-score text-pack ID [LOCALE]\n       pa-score diary < diary.json\n       pa-score strings"
            );
            ExitCode::from(2)
        }
    }
}

/// `{ "en": { "Next": "Next", … }, "es": { … } }`, by message name.
fn strings() -> serde_json::Value {
    use pain_assessment::i18n::{text, Msg, OFFERED};
    let by_locale = OFFERED.iter().map(|&locale| {
        let messages = Msg::ALL.iter().map(|&m| (format!("{m:?}"), serde_json::Value::from(text(locale, m).into_owned())));
        (locale.tag().to_string(), serde_json::Value::Object(messages.collect()))
    });
    serde_json::Value::Object(by_locale.collect())
}

/// The built-ins and the definitions of every `--definitions FILE`.
fn library_from(args: &[String]) -> Result<Library, String> {
    let mut library = Library::builtin();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match (arg.as_str(), rest.next()) {
            ("--definitions", Some(path)) => load_definitions(&mut library, path)?,
            _ => return Err(format!("unexpected argument '{arg}'")),
        }
    }
    Ok(library)
}

fn run_verify(args: &[String]) -> ExitCode {
    let library = match library_from(args) {
        Ok(library) => library,
        Err(message) => return fail(&message),
    };
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        return fail(&format!("cannot read standard input: {e}"));
    }
    match verify_json(&input, &library) {
        Ok(report) => {
            let code = print_json(&serde_json::json!({
                "ok": report.ok,
                "differences": report.differences,
                "rescored": report.rescored,
            }));
            if code != ExitCode::SUCCESS {
                code
            } else if report.ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(e) => fail(&e.to_string()),
    }
}

fn text_pack(id: &str, locale: &str) -> ExitCode {
    match Library::builtin().get(id) {
        Ok(instrument) if instrument.licence.text_required => {
            print_json(&pain_assessment::engine::text_pack_template(&instrument, locale))
        }
        Ok(_) => fail(&format!("'{id}' ships with its wording and needs no text pack")),
        Err(e) => fail(&e.to_string()),
    }
}

fn catalogue(format: Option<&str>) -> ExitCode {
    let instruments = match Library::builtin().builtins() {
        Ok(list) => list,
        Err(e) => return fail(&e.to_string()),
    };
    match format {
        None | Some("--markdown") => {
            write_out(&pain_assessment::instruments::catalogue::markdown(&instruments))
        }
        Some("--json") => print_json(&instruments),
        Some("--readme") => write_out(&pain_assessment::instruments::catalogue::readme_table(&instruments)),
        Some(other) => fail(&format!("unknown catalogue format '{other}'")),
    }
}

/// Reads a JSON array of instrument definitions (or a single one).
fn load_definitions(library: &mut Library, path: &str) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))?;
    let list = match value {
        serde_json::Value::Array(list) => list,
        single => vec![single],
    };
    for definition in list {
        // A FHIR Questionnaire is imported first, as the widget does.
        let definition = if pain_assessment::import::is_questionnaire(&definition) {
            pain_assessment::import::questionnaire(&definition)
                .map_err(|errors| format!("{path}: {}", pain_assessment::import::describe(&errors)))?
        } else {
            definition
        };
        let instrument: Instrument =
            serde_json::from_value(definition).map_err(|e| format!("{path}: {e}"))?;
        library.add(instrument).map_err(|e| format!("{path}: {e}"))?;
    }
    Ok(())
}

/// Prints the definition a Questionnaire on standard input becomes, after
/// the same reading and checks as any definition; every refusal goes to
/// standard error, one a line, with exit code 1.
fn from_fhir() -> ExitCode {
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        return fail(&format!("cannot read standard input: {e}"));
    }
    let value: serde_json::Value = match serde_json::from_str(&input) {
        Ok(value) => value,
        Err(e) => return fail(&format!("not JSON: {e}")),
    };
    let definition = match pain_assessment::import::questionnaire(&value) {
        Ok(definition) => definition,
        Err(errors) => {
            for e in errors {
                eprintln!("pa-score: {e}");
            }
            return ExitCode::from(1);
        }
    };
    if let Err(e) = pain_assessment::instruments::definition_from_value(&definition) {
        eprintln!("pa-score: the imported definition is refused: {e}");
        return ExitCode::from(1);
    }
    print_json(&definition)
}

fn fhir_bundle(args: &[String]) -> ExitCode {
    let library = match library_from(args) {
        Ok(library) => library,
        Err(message) => return fail(&message),
    };
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        return fail(&format!("cannot read standard input: {e}"));
    }
    let envelope: pain_assessment::Envelope = match serde_json::from_str(&input) {
        Ok(envelope) => envelope,
        Err(e) => return fail(&format!("not a response: {e}")),
    };
    match pain_assessment::output::fhir::bundle(&envelope, &library) {
        Ok(bundle) => print_json(&bundle),
        Err(e) => fail(&e.to_string()),
    }
}

fn print_json(value: &impl serde::Serialize) -> ExitCode {
    match serde_json::to_string_pretty(value) {
        Ok(text) => write_out(&format!("{text}\n")),
        Err(e) => fail(&format!("cannot write JSON: {e}")),
    }
}

/// Writes `text` to standard output; a reader that went away (`| head`)
/// ends the program quietly instead of in a panic.
fn write_out(text: &str) -> ExitCode {
    use std::io::Write;
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(&format!("cannot write: {e}")),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("pa-score: {message}");
    ExitCode::from(2)
}
