//! Errors a host can branch on and a person can read.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;

/// What kind of thing went wrong: coarse, stable, for hosts to branch on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum Category {
    /// The options the host gave are wrong (unknown instrument, wrong type,
    /// malformed JSON, missing element).
    Config,
    /// An instrument definition is invalid.
    Definition,
    /// A submitted response cannot be read or does not match its instruments.
    Response,
    /// Sending the response to the host's endpoint failed.
    Network,
    /// A fault inside the widget itself.
    Internal,
}

impl Category {
    /// The category's name as it appears in JSON and events.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Config => "config",
            Category::Definition => "definition",
            Category::Response => "response",
            Category::Network => "network",
            Category::Internal => "internal",
        }
    }
}

/// An error with a category and a precise message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Error {
    /// What kind of error it is.
    pub category: Category,
    /// What went wrong, naming the field or value at fault.
    pub message: String,
}

impl Error {
    /// An error of `category` with `message`.
    pub fn new(category: Category, message: impl Into<String>) -> Self {
        Error { category, message: message.into() }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} error: {}", self.category.as_str(), self.message)
    }
}

impl std::error::Error for Error {}
