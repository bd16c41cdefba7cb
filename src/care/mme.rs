//! Daily opioid dose in morphine milligram equivalents (MME), by the
//! conversion factors of the CDC Clinical Practice Guideline for Prescribing
//! Opioids for Pain — United States, 2022 (Dowell D, Ragan KR, Jones CM,
//! Baldwin GT, Chou R. MMWR Recomm Rep 2022;71(No. RR-3):1–95, the Table
//! "Morphine milligram equivalent doses for commonly prescribed opioids for
//! pain management", and its footnotes). A figure for the clinician: the
//! guideline itself warns that the factors are estimates and are not for
//! converting one opioid to another.

/// An opioid the 2022 table gives a factor for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opioid {
    /// Codeine, mg/day.
    Codeine,
    /// Transdermal fentanyl, by the patch's strength in mcg/hr.
    FentanylTransdermal,
    /// Hydrocodone, mg/day.
    Hydrocodone,
    /// Hydromorphone, mg/day.
    Hydromorphone,
    /// Methadone, mg/day.
    Methadone,
    /// Morphine, mg/day.
    Morphine,
    /// Oxycodone, mg/day.
    Oxycodone,
    /// Oxymorphone, mg/day.
    Oxymorphone,
    /// Tapentadol, mg/day.
    Tapentadol,
    /// Tramadol, mg/day.
    Tramadol,
}

impl Opioid {
    /// Every opioid in the table, in its order.
    pub const ALL: [Opioid; 10] = [
        Opioid::Codeine,
        Opioid::FentanylTransdermal,
        Opioid::Hydrocodone,
        Opioid::Hydromorphone,
        Opioid::Methadone,
        Opioid::Morphine,
        Opioid::Oxycodone,
        Opioid::Oxymorphone,
        Opioid::Tapentadol,
        Opioid::Tramadol,
    ];

    /// The 2022 table's conversion factor. The 2016 guideline's differ
    /// (hydromorphone 4, methadone in dose bands, no tramadol) and are not
    /// used: the 2022 table has one methadone factor and tramadol at 0.2.
    pub fn factor(self) -> f64 {
        match self {
            Opioid::Codeine => 0.15,
            Opioid::FentanylTransdermal => 2.4,
            Opioid::Hydrocodone => 1.0,
            Opioid::Hydromorphone => 5.0,
            Opioid::Methadone => 4.7,
            Opioid::Morphine => 1.0,
            Opioid::Oxycodone => 1.5,
            Opioid::Oxymorphone => 3.0,
            Opioid::Tapentadol => 0.4,
            Opioid::Tramadol => 0.2,
        }
    }

    /// The caution the table's footnotes attach to this opioid, if any:
    /// "Use particular caution with methadone dose conversions …" (4),
    /// "… with transdermal fentanyl because it is dosed in mcg/hr instead of
    /// mg/day …" (5), and the notes on tapentadol (†) and tramadol (§).
    pub fn caution(self) -> Option<Caution> {
        match self {
            Opioid::Methadone => Some(Caution::Methadone),
            Opioid::FentanylTransdermal => Some(Caution::TransdermalFentanyl),
            Opioid::Tapentadol | Opioid::Tramadol => Some(Caution::NotSolelyMuAgonist),
            _ => None,
        }
    }
}

/// A caution from the table's footnotes, for the clinician's summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Caution {
    /// Methadone's long and variable half-life (footnote caution 4).
    Methadone,
    /// Dosed in mcg/hr, absorption affected by heat (footnote caution 5).
    TransdermalFentanyl,
    /// Tapentadol and tramadol also act on noradrenaline (and serotonin)
    /// reuptake; whether overdose risk follows their MME as for pure
    /// µ-agonists is unknown (footnotes † and §).
    NotSolelyMuAgonist,
}

/// A dose the table cannot convert, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotConverted {
    /// Buprenorphine: "Buprenorphine products approved for the treatment
    /// of pain are not included in the table because of their partial
    /// µ-receptor agonist activity and resultant ceiling effects" (footnote
    /// caution 6).
    Buprenorphine,
    /// An opioid the 2022 table has no row for (e.g. meperidine,
    /// levorphanol, dihydrocodeine, fentanyl other than transdermal).
    NotInTable,
    /// A strength or count that is not a positive, finite number.
    BadDose,
}

/// The daily MME of one opioid: for a transdermal fentanyl patch, its
/// strength in mcg/hr × 2.4, whatever the patches a day (the table's
/// caution 1: "All doses are in mg/day except for fentanyl, which is
/// mcg/hr"); for the others, strength in mg × doses a day × the factor (the
/// footnote's examples: hydrocodone 5 mg four times a day is 20 MME,
/// oxycodone 10 mg twice a day 30 MME).
pub fn daily_mme(opioid: Opioid, strength: f64, doses_a_day: f64) -> Result<f64, NotConverted> {
    if !(strength.is_finite() && strength > 0.0) {
        return Err(NotConverted::BadDose);
    }
    if opioid == Opioid::FentanylTransdermal {
        return Ok(strength * opioid.factor());
    }
    if !(doses_a_day.is_finite() && doses_a_day > 0.0) {
        return Err(NotConverted::BadDose);
    }
    Ok(strength * doses_a_day * opioid.factor())
}

/// The total daily MME of several opioids taken together: the sum of each
/// one's (the footnote's "Multiply the dose for each opioid by the
/// conversion factor"). Not computed when any of them cannot be converted,
/// since a partial total would read as a lower dose.
pub fn total_daily_mme(doses: &[(Result<Opioid, NotConverted>, f64, f64)]) -> Result<f64, NotConverted> {
    let mut total = 0.0;
    for (opioid, strength, per_day) in doses {
        total += daily_mme(opioid.clone()?, *strength, *per_day)?;
    }
    Ok(total)
}
