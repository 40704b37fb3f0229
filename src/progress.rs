//! Progress of a long build, for a progress bar. The pipeline reports phases and rendered
//! pages here; `main.rs` decides whether anyone sees them (only on a terminal).

/// Receives the build's progress: each phase as it starts, and pages as they render.
pub trait Progress: Send + Sync {
    /// A phase begins; `total` is the number of steps when known.
    fn phase(&self, name: &str, total: Option<u64>);
    /// `n` more steps of the current phase are done.
    fn advance(&self, n: u64);
    /// The build is over.
    fn finish(&self);
}

impl std::fmt::Debug for dyn Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Progress")
    }
}
