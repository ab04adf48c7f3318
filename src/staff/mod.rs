//! The staff side: who the widget is for on this page ([`Mode`]), the staff member's
//! setting ([`HostMode`]), when a shared screen is wiped for being left ([`IdleClock`]),
//! and working through a practice case ([`Attempt`]).

mod idle;
mod mode;
mod training;

pub use idle::{Idle, IdleClock, MIN_MINUTES};
pub use mode::{HostMode, Mode, DEFAULT_IDLE_MINUTES};
pub use training::Attempt;
