//! The procedure-response diary: relief from baseline at each time, the
//! peak, how long ≥ 50 % and ≥ 80 % relief lasted as recorded, when the next
//! entry is due, and whether comparative blocks agree.

use pain_assessment::care::diary::{analyse, compare_blocks, Anaesthetic, Concordance, DiaryEntry, DiaryRules, ExpectedDuration, Procedure, ProcedureKind};

const AT: &str = "2026-11-29T08:00:00Z";

fn block(agent: Anaesthetic) -> Procedure {
    Procedure { kind: ProcedureKind::MedialBranchBlock, performed_at: AT.into(), local_anaesthetic: Some(agent), schedule_minutes: None }
}

/// Entries at (minutes after 08:00, pain); negative minutes are before.
fn diary(entries: &[(i64, u8)]) -> Vec<DiaryEntry> {
    entries
        .iter()
        .map(|&(m, pain)| {
            let at = pain_assessment::care::time::format(pain_assessment::care::time::parse(AT).unwrap() + m * 60_000);
            DiaryEntry { at, pain, activity_tried: None }
        })
        .collect()
}

#[test]
fn relief_peak_and_spans_follow_the_entries_as_recorded() {
    let entries = diary(&[(-10, 8), (30, 2), (60, 1), (120, 3), (180, 4), (240, 6), (300, 8)]);
    let r = analyse(&block(Anaesthetic::Lidocaine), &entries, &DiaryRules::default());
    assert_eq!(r.baseline, Some(8));
    let relief: Vec<f64> = r.points.iter().map(|p| p.relief.unwrap()).collect();
    assert_eq!(relief, [75.0, 87.5, 62.5, 50.0, 25.0, 0.0]);
    assert_eq!((r.peak_relief, r.peak_minutes, r.positive), (Some(87.5), Some(60), Some(true)));
    // ≥ 50 %: from 30 to 180 min (50 % exactly counts), ended by the 240-min entry.
    let s = r.positive_span.unwrap();
    assert_eq!((s.from_minutes, s.until_minutes, s.ended_by_minutes), (30, 180, Some(240)));
    assert_eq!((s.at_least_minutes, s.less_than_minutes), (150, Some(210)));
    // ≥ 80 %: only the 60-minute entry.
    let h = r.high_span.unwrap();
    assert_eq!((h.from_minutes, h.at_least_minutes, h.less_than_minutes), (60, 0, Some(60)));
    // The default block schedule ends at 360 minutes: one entry left.
    assert_eq!((r.next_due_minutes, r.next_due_at.as_deref()), (Some(360), Some("2026-11-29T14:00:00.000Z")));
}

#[test]
fn a_baseline_of_zero_or_none_gives_no_relief_and_says_why() {
    let r = analyse(&block(Anaesthetic::Lidocaine), &diary(&[(-5, 0), (30, 0), (60, 2)]), &DiaryRules::default());
    assert!(r.points.iter().all(|p| p.relief.is_none()));
    assert_eq!((r.peak_relief, r.positive, r.positive_span), (None, None, None));
    assert_eq!(r.notes, ["pain before the procedure was 0: relief cannot be computed"]);
    let r = analyse(&block(Anaesthetic::Lidocaine), &diary(&[(30, 3)]), &DiaryRules::default());
    assert_eq!(r.notes, ["no pain score before the procedure: relief cannot be computed"]);
    assert_eq!(r.next_due_minutes, Some(60));
}

#[test]
fn missing_time_points_are_not_invented_and_worse_pain_is_negative_relief() {
    // Only 30 and 240 minutes recorded: the run lasted at least 0 minutes
    // and less than 210, nothing in between is assumed.
    let r = analyse(&block(Anaesthetic::Bupivacaine), &diary(&[(-1, 6), (240, 9), (30, 3)]), &DiaryRules::default());
    assert_eq!(r.points.iter().map(|p| p.minutes).collect::<Vec<_>>(), [30, 240], "sorted by time");
    assert_eq!(r.points[1].relief, Some(-50.0));
    let s = r.positive_span.unwrap();
    assert_eq!((s.at_least_minutes, s.less_than_minutes), (0, Some(210)));
    assert_eq!(r.next_due_minutes, Some(300));
}

#[test]
fn a_relief_still_lasting_has_no_upper_bound_and_clinic_thresholds_apply() {
    let entries = diary(&[(0, 10), (30, 4), (60, 3)]);
    let r = analyse(&block(Anaesthetic::Lidocaine), &entries, &DiaryRules::default());
    assert_eq!(r.positive_span.as_ref().unwrap().less_than_minutes, None);
    // A clinic that asks for 70 %: 30 minutes (60 %) no longer counts.
    let strict = DiaryRules { positive_percent: 70.0, ..DiaryRules::default() };
    let r = analyse(&block(Anaesthetic::Lidocaine), &entries, &strict);
    assert_eq!((r.positive_span.unwrap().from_minutes, r.positive), (60, Some(true)));
    let r = analyse(&block(Anaesthetic::Lidocaine), &diary(&[(0, 10), (30, 6)]), &strict);
    assert_eq!(r.positive, Some(false));
}

#[test]
fn activity_and_the_clinics_expected_duration() {
    let mut entries = diary(&[(-1, 8), (30, 2), (60, 2), (120, 4), (180, 8)]);
    entries[2].activity_tried = Some(true);
    entries[3].activity_tried = Some(true);
    let rules = DiaryRules {
        expected: vec![ExpectedDuration { anaesthetic: Anaesthetic::Lidocaine, min_minutes: 60, max_minutes: 180 }],
        ..DiaryRules::default()
    };
    let r = analyse(&block(Anaesthetic::Lidocaine), &entries, &rules);
    assert_eq!(r.peak_relief_with_activity, Some(75.0));
    assert_eq!(r.positive_span.as_ref().unwrap().at_least_minutes, 90);
    assert_eq!(r.fits_expected, Some(true));
    assert_eq!(analyse(&block(Anaesthetic::Bupivacaine), &entries, &rules).fits_expected, None, "no expectation set for bupivacaine");
    let short = diary(&[(-1, 8), (30, 2), (60, 8)]);
    assert_eq!(analyse(&block(Anaesthetic::Lidocaine), &short, &rules).fits_expected, Some(false));
}

#[test]
fn comparative_blocks_are_concordant_only_when_bupivacaine_clearly_lasts_longer() {
    let rules = DiaryRules::default();
    let lido = block(Anaesthetic::Lidocaine);
    let bupi = block(Anaesthetic::Bupivacaine);
    let short = analyse(&lido, &diary(&[(-1, 8), (30, 1), (60, 2), (120, 7)]), &rules); // ≥50 %: 30–60, less than 90
    let long = analyse(&bupi, &diary(&[(-1, 8), (30, 1), (60, 1), (120, 2), (240, 3), (300, 8)]), &rules); // at least 210
    assert_eq!(compare_blocks((&lido, &short), (&bupi, &long)), Concordance::Concordant);
    assert_eq!(compare_blocks((&bupi, &long), (&lido, &short)), Concordance::Concordant, "either order");
    // Swap the diaries: lidocaine lasted longer.
    let long_lido = analyse(&lido, &diary(&[(-1, 8), (30, 1), (60, 1), (120, 2), (240, 3), (300, 8)]), &rules);
    let short_bupi = analyse(&bupi, &diary(&[(-1, 8), (30, 1), (60, 2), (120, 7)]), &rules);
    assert_eq!(compare_blocks((&lido, &long_lido), (&bupi, &short_bupi)), Concordance::Discordant);
    // Overlapping bounds cannot be told apart.
    let similar = analyse(&bupi, &diary(&[(-1, 8), (30, 1), (60, 2), (120, 7)]), &rules);
    assert_eq!(compare_blocks((&lido, &short), (&bupi, &similar)), Concordance::Indeterminate);
    let negative = analyse(&bupi, &diary(&[(-1, 8), (30, 6)]), &rules);
    assert_eq!(compare_blocks((&lido, &short), (&bupi, &negative)), Concordance::NotBothPositive);
    let ropi = block(Anaesthetic::Ropivacaine);
    assert_eq!(compare_blocks((&lido, &short), (&ropi, &long)), Concordance::NotComparable);
}

#[test]
fn other_procedures_have_no_default_schedule_and_bad_times_are_named() {
    let rfa = Procedure { kind: ProcedureKind::RadiofrequencyAblation, performed_at: AT.into(), local_anaesthetic: None, schedule_minutes: None };
    let r = analyse(&rfa, &diary(&[(-1, 7), (60 * 24 * 14, 3)]), &DiaryRules::default());
    assert_eq!((r.next_due_minutes, r.positive), (None, Some(true)));
    let weekly = Procedure { schedule_minutes: Some(vec![10_080, 20_160, 40_320]), ..rfa.clone() };
    assert_eq!(analyse(&weekly, &diary(&[(-1, 7), (10_080, 3)]), &DiaryRules::default()).next_due_minutes, Some(20_160));
    let mut entries = diary(&[(-1, 7)]);
    entries.push(DiaryEntry { at: "tomorrow".into(), pain: 2, activity_tried: None });
    entries.push(DiaryEntry { at: AT.into(), pain: 11, activity_tried: None });
    let r = analyse(&rfa, &entries, &DiaryRules::default());
    assert_eq!(r.notes.len(), 2, "{:?}", r.notes);
    let bad = Procedure { performed_at: "last Tuesday".into(), ..rfa };
    assert_eq!(analyse(&bad, &entries, &DiaryRules::default()).notes.len(), 1);
}

#[test]
fn a_diary_compared_with_its_earlier_block_says_whether_they_agree() {
    use pain_assessment::care::diary::analyse_json;
    let lido = r#"{"procedure": {"kind": "medialBranchBlock", "performedAt": "2026-11-01T08:00:00Z", "localAnaesthetic": "lidocaine"},
        "entries": [{"at": "2026-11-01T07:55:00Z", "pain": 8}, {"at": "2026-11-01T08:30:00Z", "pain": 1}, {"at": "2026-11-01T09:00:00Z", "pain": 2}, {"at": "2026-11-01T10:00:00Z", "pain": 7}]}"#;
    let bupi = format!(r#"{{"procedure": {{"kind": "medialBranchBlock", "performedAt": "2026-11-15T08:00:00Z", "localAnaesthetic": "bupivacaine"}},
        "entries": [{{"at": "2026-11-15T07:55:00Z", "pain": 8}}, {{"at": "2026-11-15T08:30:00Z", "pain": 1}}, {{"at": "2026-11-15T12:00:00Z", "pain": 2}}, {{"at": "2026-11-15T14:00:00Z", "pain": 8}}],
        "comparedWith": {lido}}}"#);
    let response = analyse_json(&bupi).unwrap();
    assert_eq!(response.concordance, Some(Concordance::Concordant), "at least 210 min against less than 90");
    assert_eq!(analyse_json(lido).unwrap().concordance, None);
    let err = analyse_json(r#"{"procedure": {"kind": "other", "performedAt": "2026-11-15T08:00:00Z"}, "entries": [], "comparedWith": {"entries": []}}"#).unwrap_err();
    assert!(err.message.contains("diary.comparedWith.procedure: missing"), "{}", err.message);
}
