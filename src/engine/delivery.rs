//! When to send a completed response again. The rule is pure so it is
//! tested natively; the host carries it out with real requests and timers.

/// What came back from one POST.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reply {
    /// The server answered with this HTTP status.
    Status(u16),
    /// The server did not answer in time.
    Timeout,
    /// The server could not be reached (offline, refused, dropped).
    Unreachable,
}

/// What to do after a reply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Next {
    /// The server has it: forget the copy kept for retries.
    Delivered,
    /// Try again after this many milliseconds.
    RetryAfter(u32),
    /// Keep it and try again when the connection returns or the page is
    /// next opened: this many attempts in a row have failed.
    Queue,
    /// The server refused it for good (a 4xx other than 408 and 429):
    /// sending it again would be refused again.
    Refused(u16),
}

/// Attempts in a row before a response waits for the connection to return.
pub const ATTEMPTS: u32 = 6;

/// The first retry's delay, doubled after each failure up to [`MAX_DELAY_MS`].
pub const FIRST_DELAY_MS: u32 = 1_000;

/// The longest wait between two attempts.
pub const MAX_DELAY_MS: u32 = 60_000;

/// The step after `reply` to attempt number `attempt` (1 for the first),
/// with `jitter` a random number in [0, 1).
pub fn next(reply: Reply, attempt: u32, jitter: f64) -> Next {
    match reply {
        Reply::Status(200..=299) => Next::Delivered,
        // A timeout, "too many requests" and a server error may pass.
        Reply::Status(408 | 429) | Reply::Status(500..=599) | Reply::Timeout | Reply::Unreachable => {
            if attempt >= ATTEMPTS {
                Next::Queue
            } else {
                Next::RetryAfter(backoff_ms(attempt, jitter))
            }
        }
        Reply::Status(status) => Next::Refused(status),
    }
}

/// Exponential backoff with jitter: the delay doubles with each attempt (up
/// to [`MAX_DELAY_MS`]) and a random half of it is taken off, so that many
/// widgets that failed together do not retry together.
pub fn backoff_ms(attempt: u32, jitter: f64) -> u32 {
    let doubled = u64::from(FIRST_DELAY_MS) << attempt.saturating_sub(1).min(16);
    let ceiling = doubled.min(u64::from(MAX_DELAY_MS)) as f64;
    let jitter = if jitter.is_finite() { jitter.clamp(0.0, 1.0) } else { 0.0 };
    (ceiling * (0.5 + 0.5 * jitter)) as u32
}
