//! When a completed response is sent again: backoff with jitter on
//! timeouts, unreachable servers and 5xx; a queue after repeated failure;
//! never again after a refusal.

use pain_assessment::engine::delivery::{backoff_ms, next, Next, Reply, ATTEMPTS, MAX_DELAY_MS};

#[test]
fn success_ends_it_and_a_refusal_stops_it() {
    for status in [200, 201, 204] {
        assert_eq!(next(Reply::Status(status), 1, 0.5), Next::Delivered);
    }
    for status in [400, 401, 403, 404, 409, 413, 422] {
        assert_eq!(next(Reply::Status(status), 1, 0.5), Next::Refused(status), "{status}");
    }
}

#[test]
fn passing_trouble_is_retried_with_growing_delays_then_queued() {
    for reply in [Reply::Timeout, Reply::Unreachable, Reply::Status(500), Reply::Status(503), Reply::Status(408), Reply::Status(429)] {
        let delays: Vec<Next> = (1..=ATTEMPTS).map(|attempt| next(reply, attempt, 0.0)).collect();
        assert_eq!(delays[0], Next::RetryAfter(500), "{reply:?}");
        assert_eq!(delays[1], Next::RetryAfter(1000), "{reply:?}");
        assert_eq!(delays[2], Next::RetryAfter(2000), "{reply:?}");
        assert_eq!(delays[(ATTEMPTS - 1) as usize], Next::Queue, "{reply:?}");
    }
}

#[test]
fn jitter_takes_off_up_to_half_and_the_delay_is_capped() {
    assert_eq!(backoff_ms(1, 0.0), 500);
    assert_eq!(backoff_ms(1, 0.999_999), 999);
    assert_eq!(backoff_ms(3, 0.5), 3000); // 4000 × 0.75
    for attempt in 1..40 {
        for jitter in [0.0, 0.3, 0.99, -1.0, 2.0, f64::NAN] {
            let delay = backoff_ms(attempt, jitter);
            assert!(delay <= MAX_DELAY_MS && delay >= 500, "{attempt} {jitter}: {delay}");
        }
    }
    assert_eq!(backoff_ms(30, 0.0), MAX_DELAY_MS / 2);
}
