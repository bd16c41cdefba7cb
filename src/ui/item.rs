//! One question: its legend, its field, and its problem message.

use super::body_map::BodyMapField;
use super::fields;
use super::services::Services;
use super::intl::{t, use_locale};
use crate::i18n::{fill, Locale, Msg};
use super::vas::VasField;
use crate::engine::{show_number, Action, Problem};
use crate::model::{Answer, Instrument, ItemKind};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`ItemView`]; the instrument is compared by identity.
#[derive(Properties)]
pub struct ItemProps {
    /// The instrument the item belongs to.
    pub instrument: Rc<Instrument>,
    /// The item's position in the instrument.
    pub index: usize,
    /// The current answer.
    pub answer: Option<Answer>,
    /// Why the item is marked, if it is.
    pub problem: Option<Problem>,
    /// What was typed into a number box that the item does not take.
    pub typed: Option<AttrValue>,
    /// True when the item's answer was removed because an earlier answer
    /// stopped asking it, and it is asked again.
    #[prop_or_default]
    pub cleared: bool,
    /// Where the new answer (or `None`, clearing it) goes, as
    /// `Action::Answer`. The same callback on every render, so a question
    /// whose answer and problem did not change is not drawn again.
    pub dispatch: Callback<Action>,
    /// The host's services, for the body map's figure.
    pub services: Services,
}

impl PartialEq for ItemProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.instrument, &other.instrument)
            && self.index == other.index
            && self.answer == other.answer
            && self.problem == other.problem
            && self.typed == other.typed
            && self.cleared == other.cleared
            && self.dispatch == other.dispatch
            && self.services == other.services
    }
}

/// One question as a fieldset.
#[function_component(ItemView)]
pub fn item_view(props: &ItemProps) -> Html {
    let locale = use_locale();
    let Some(item) = props.instrument.items.get(props.index) else { return Html::default() };
    let language = props.instrument.language.clone();
    // Yes and No belong to the question: in its language where the widget
    // speaks it.
    let words = Locale::from_tag(&language).filter(|l| l.tag() == crate::config::primary_language(&language)).unwrap_or(locale);
    let problem_id = format!("pa-{}-problem", item.id);
    let on_answer = {
        let id = item.id.clone();
        props.dispatch.reform(move |value| Action::Answer { item: id.clone(), value })
    };
    // Text between the questions: a paragraph, not a question.
    if matches!(item.kind, ItemKind::Display {}) {
        return html! {
            <p class="pa-display" data-item={item.id.clone()} id={format!("pa-{}-q", item.id)}
                dir={crate::i18n::direction(&language)} lang={language}>{ &item.text }</p>
        };
    }
    let other_label = t(locale, Msg::OtherAnswer);
    let field = match &item.kind {
        ItemKind::SingleChoice { options, other } => {
            let chosen = selected_text(&props.answer);
            let typed = chosen.filter(|v| !options.iter().any(|o| o.value == *v));
            html! { <>
                { fields::single_choice(&item.id, options, chosen, &on_answer) }
                if *other {
                    { fields::other(&item.id, &other_label, typed.unwrap_or_default(),
                        &on_answer.reform(|typed: String| (!typed.is_empty()).then_some(Answer::Text(typed)))) }
                }
            </> }
        }
        ItemKind::MultiChoice { options, other } => {
            let chosen: Vec<String> = match &props.answer {
                Some(Answer::Many(values)) => values.clone(),
                _ => Vec::new(),
            };
            let (picked, typed): (Vec<String>, Vec<String>) = chosen.into_iter().partition(|v| options.iter().any(|o| &o.value == v));
            let on_typed = on_answer.reform(move |text: String| {
                let mut values = picked.clone();
                values.extend((!text.is_empty()).then_some(text));
                (!values.is_empty()).then_some(Answer::Many(values))
            });
            html! { <>
                { fields::multi_choice(&item.id, options, &props.answer, &on_answer) }
                if *other {
                    { fields::other(&item.id, &other_label, typed.first().map(String::as_str).unwrap_or_default(), &on_typed) }
                }
            </> }
        }
        ItemKind::Checklist { options } => fields::multi_choice(&item.id, options, &props.answer, &on_answer),
        ItemKind::Decimal { min, max } => fields::decimal(
            &item.id,
            match (min, max) {
                (Some(low), Some(high)) => Some(fill(locale, Msg::DecimalRange, &[&show_number(*low), &show_number(*high)])),
                _ => None,
            }
            .as_deref(),
            match (&props.answer, &props.typed) {
                (Some(Answer::Number(n)), _) => n.to_string(),
                // Written back with the patient's decimal separator, so
                // "72,5" typed in Spanish stays "72,5" as they type.
                (Some(Answer::Decimal(x)), _) if super::intl::decimal(locale, 0.5).contains(',') => show_number(*x).replace('.', ","),
                (Some(Answer::Decimal(x)), _) => show_number(*x),
                (_, Some(typed)) => typed.to_string(),
                _ => String::new(),
            },
            &on_answer,
        ),
        ItemKind::Display {} => Html::default(),
        ItemKind::Rating { min, max, min_label, max_label } => fields::rating(
            &item.id,
            (*min, *max),
            (min_label, max_label),
            match props.answer {
                Some(Answer::Number(n)) => Some(n),
                _ => None,
            },
            &on_answer,
        ),
        ItemKind::Vas { min_label, max_label } => html! {
            <VasField item={item.id.clone()} min_label={min_label.clone()} max_label={max_label.clone()}
                value={match props.answer { Some(Answer::Number(n)) => Some(n), _ => None }}
                on_answer={on_answer.clone()} />
        },
        ItemKind::Number { min, max } => fields::number(
            &item.id,
            (*min, *max),
            &fill(locale, Msg::NumberRange, &[&min.to_string(), &max.to_string()]),
            match (&props.answer, &props.typed) {
                (Some(Answer::Number(n)), _) => n.to_string(),
                (_, Some(typed)) => typed.to_string(),
                _ => String::new(),
            },
            &on_answer,
        ),
        ItemKind::YesNo { .. } => fields::yes_no(
            &item.id,
            words,
            match props.answer {
                Some(Answer::Bool(b)) => Some(b),
                _ => None,
            },
            &on_answer,
        ),
        ItemKind::BodyMap {} => html! {
            <BodyMapField item={item.id.clone()} on_answer={on_answer.clone()} services={props.services.clone()}
                incomplete={props.problem == Some(Problem::Incomplete)}
                map={match &props.answer { Some(Answer::BodyMap(map)) => Some(map.clone()), _ => None }} />
        },
        ItemKind::Text { max_length } => {
            fields::text(&item.id, *max_length, selected_text(&props.answer).unwrap_or_default(), &on_answer)
        }
    };
    let message = props.problem.map(|p| match (p, &item.kind) {
        (Problem::Unanswered, _) => t(locale, Msg::Unanswered),
        (Problem::Invalid, ItemKind::Number { min, max }) => {
            fill(locale, Msg::InvalidNumber, &[&min.to_string(), &max.to_string()])
        }
        (Problem::Invalid, ItemKind::Decimal { min: Some(min), max: Some(max) }) => {
            fill(locale, Msg::InvalidDecimalRange, &[&show_number(*min), &show_number(*max)])
        }
        (Problem::Invalid, ItemKind::Decimal { .. }) => t(locale, Msg::InvalidDecimal),
        (Problem::Invalid, _) => t(locale, Msg::Invalid),
        (Problem::Incomplete, _) => t(locale, Msg::Incomplete),
    });
    let class = classes!("pa-item", message.is_some().then_some("pa-marked"));
    let cleared_id = format!("pa-{}-cleared", item.id);
    let described: Vec<&str> = [message.as_ref().map(|_| problem_id.as_str()), props.cleared.then_some(cleared_id.as_str())].into_iter().flatten().collect();
    html! {
        <fieldset {class} data-item={item.id.clone()} dir={crate::i18n::direction(&language)} lang={language}
            aria-describedby={(!described.is_empty()).then(|| described.join(" "))}>
            <legend class="pa-question" id={format!("pa-{}-q", item.id)}>
                { &item.text }
                if !item.required { { " " }<span class="pa-optional" lang={locale.tag()} dir={locale.dir()}>{ t(locale, Msg::Optional) }</span> }
                if item.clinician { { " " }<span class="pa-optional" lang={locale.tag()} dir={locale.dir()}>{ t(locale, Msg::ByClinician) }</span> }
            </legend>
            if props.cleared {
                <p class="pa-note pa-cleared" id={cleared_id} lang={locale.tag()} dir={locale.dir()}>{ t(locale, Msg::AnswerCleared) }</p>
            }
            if let Some(msg) = message {
                <p class="pa-problem" id={problem_id} lang={locale.tag()} dir={locale.dir()}>{ msg }</p>
            }
            { field }
        </fieldset>
    }
}

fn selected_text(answer: &Option<Answer>) -> Option<&str> {
    match answer {
        Some(Answer::Text(text)) => Some(text),
        _ => None,
    }
}
