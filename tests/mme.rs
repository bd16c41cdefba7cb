//! Morphine milligram equivalents by the CDC 2022 guideline's table
//! (Dowell et al., MMWR Recomm Rep 2022;71(RR-3)): every opioid's factor,
//! the table's own worked examples, transdermal fentanyl by mcg/hr, and
//! what the table does not convert.

use pain_assessment::care::mme::{daily_mme, total_daily_mme, Caution, NotConverted, Opioid};

#[track_caller]
fn assert_mme(opioid: Opioid, strength: f64, per_day: f64, expected: f64) {
    let got = daily_mme(opioid, strength, per_day).unwrap();
    assert!((got - expected).abs() < 1e-9, "{opioid:?} {strength} × {per_day}: {got} ≠ {expected}");
}

#[test]
fn every_opioid_in_the_table_at_its_factor() {
    // (opioid, factor in the 2022 table)
    let table = [
        (Opioid::Codeine, 0.15),
        (Opioid::FentanylTransdermal, 2.4),
        (Opioid::Hydrocodone, 1.0),
        (Opioid::Hydromorphone, 5.0),
        (Opioid::Methadone, 4.7),
        (Opioid::Morphine, 1.0),
        (Opioid::Oxycodone, 1.5),
        (Opioid::Oxymorphone, 3.0),
        (Opioid::Tapentadol, 0.4),
        (Opioid::Tramadol, 0.2),
    ];
    assert_eq!(table.map(|(o, _)| o), Opioid::ALL);
    for (opioid, factor) in table {
        assert_eq!(opioid.factor(), factor, "{opioid:?}");
        if opioid != Opioid::FentanylTransdermal {
            // 10 mg three times a day.
            assert_mme(opioid, 10.0, 3.0, 30.0 * factor);
        }
    }
}

#[test]
fn the_tables_own_examples() {
    // "hydrocodone 5 mg and acetaminophen 325 mg taken four times a day …
    // equivalent to 20 MME daily"; the acetaminophen does not count.
    assert_mme(Opioid::Hydrocodone, 5.0, 4.0, 20.0);
    // "oxycodone 10 mg and taken twice a day … equivalent to 30 MME daily".
    assert_mme(Opioid::Oxycodone, 10.0, 2.0, 30.0);
}

#[test]
fn transdermal_fentanyl_is_its_mcg_per_hour_times_2_4() {
    // "All doses are in mg/day except for fentanyl, which is mcg/hr": a
    // 25 mcg/hr patch is 60 MME a day, however often patches are changed.
    assert_mme(Opioid::FentanylTransdermal, 25.0, 1.0 / 3.0, 60.0);
    assert_mme(Opioid::FentanylTransdermal, 12.0, 0.0, 28.8);
    assert_mme(Opioid::FentanylTransdermal, 100.0, 1.0, 240.0);
}

#[test]
fn methadone_has_one_factor_whatever_the_dose() {
    // The 2016 table's bands (4, 8, 10, 12 by mg/day) are gone in 2022.
    assert_mme(Opioid::Methadone, 5.0, 2.0, 47.0);
    assert_mme(Opioid::Methadone, 40.0, 2.0, 376.0);
    assert_eq!(Opioid::Methadone.caution(), Some(Caution::Methadone));
    assert_eq!(Opioid::FentanylTransdermal.caution(), Some(Caution::TransdermalFentanyl));
    assert_eq!(Opioid::Tramadol.caution(), Some(Caution::NotSolelyMuAgonist));
    assert_eq!(Opioid::Tapentadol.caution(), Some(Caution::NotSolelyMuAgonist));
    assert_eq!(Opioid::Morphine.caution(), None);
}

#[test]
fn what_cannot_be_converted_gives_no_total() {
    for (strength, per_day) in [(0.0, 2.0), (-5.0, 2.0), (f64::NAN, 1.0), (10.0, 0.0), (10.0, f64::INFINITY)] {
        assert_eq!(daily_mme(Opioid::Morphine, strength, per_day), Err(NotConverted::BadDose), "{strength} {per_day}");
    }
    assert_eq!(daily_mme(Opioid::FentanylTransdermal, 0.0, 1.0), Err(NotConverted::BadDose));
    let both = [(Ok(Opioid::Oxycodone), 10.0, 2.0), (Ok(Opioid::Morphine), 15.0, 2.0)];
    assert_eq!(total_daily_mme(&both), Ok(60.0));
    // Buprenorphine beside oxycodone: no total, not a lower one.
    let with_buprenorphine = [(Ok(Opioid::Oxycodone), 10.0, 2.0), (Err(NotConverted::Buprenorphine), 8.0, 1.0)];
    assert_eq!(total_daily_mme(&with_buprenorphine), Err(NotConverted::Buprenorphine));
    assert_eq!(total_daily_mme(&[(Err(NotConverted::NotInTable), 50.0, 4.0)]), Err(NotConverted::NotInTable));
    assert_eq!(total_daily_mme(&[]), Ok(0.0));
}
