//! outreach: a static site generator for bilingual external-information websites.
//!
//! The pipeline runs one way — [`config`] → [`source`] → [`library`] → [`markdown`] →
//! [`render`] → [`output`] — orchestrated by [`build`]. Problems found on the way are
//! [`diagnostics`], collected across the whole run.

// Diagnostics are plain values passed by value in `Result`s; boxing them would buy nothing.
#![allow(clippy::result_large_err)]

pub mod build;
pub mod config;
pub mod data;

pub mod diagnostics;
pub mod fsutil;
pub mod l10n;

pub mod library;
pub mod linkcheck;
pub mod listing;

pub mod markdown;
pub mod output;
pub mod outputs;
pub mod progress;

pub mod render;
pub mod scaffold;
pub mod search;
pub mod serve;

pub mod source;
pub mod suggest;
pub mod text;
pub mod translations;
pub mod types;

pub mod yaml;
