//! What the host page decides and what the page's keys do: the host's options (each
//! defined once), its theme (checked for contrast), its language, and the quick-exit
//! counter for Shift pressed three times. Pure rules; the browser layer applies them.

mod language;
mod options;
mod quick_exit;
mod theme;

pub use language::{check_language, offered_languages, pack_for, Language, LANGUAGE, LANGUAGES};
pub use options::{read_area, read_options, HostOption, HostOptions, DATA_SRC, MAX_IDLE_MINUTES, OPTIONS};
pub use quick_exit::{classify, ShiftCounter, ShiftOutcome, PRESSES, WINDOW_MS};
pub use theme::{check_brand, contrast, parse_colour, parse_theme, AA};
