//! outreach: a static site generator for bilingual external-information websites.
//!
//! The pipeline runs one way — [`config`] → [`source`] → [`library`] → [`markdown`] →
//! [`render`] → [`output`] — orchestrated by [`build`]. Problems found on the way are
//! [`diagnostics`], collected across the whole run.

// Diagnostics are plain values passed by value in `Result`s; boxing them would buy nothing.
#![allow(clippy::result_large_err)]

// Printing never panics: when the reader goes away (`| head`, `| grep -q`, `less` then
// `q`, a closed terminal), the rest of the text is dropped and the command ends as it would
// have, with its own exit code. `println!` would panic with "failed printing to stdout".
// Exported for the binary; in this crate they are in scope from here on.
#[macro_export]
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stdout(), $($arg)*);
    }};
}
#[macro_export]
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}
#[macro_export]
macro_rules! err {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stderr(), $($arg)*);
    }};
}
#[macro_export]
macro_rules! errln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

pub mod build;
pub mod config;
pub(crate) mod data;

pub mod diagnostics;
pub(crate) mod fsutil;
pub(crate) mod images;
pub(crate) mod l10n;

pub mod library;
pub(crate) mod linkcheck;
pub mod listing;

pub mod markdown;
pub mod messages;
pub(crate) mod output;
pub(crate) mod outputs;
pub(crate) mod progress;

pub mod render;
pub mod scaffold;
pub mod search;
pub mod serve;

pub(crate) mod source;
pub(crate) mod suggest;
pub(crate) mod text;
pub mod translations;
pub mod types;

pub(crate) mod yaml;
