//! Importing services that other directories keep into pathway data, so that a council's
//! directory does not have to be typed in again: [`oruk`] reads an Open Referral UK feed
//! (`cargo run --bin pathway-import -- oruk <file-or-url> --out <dir>`, docs/DATA.md).
//! Pure functions from JSON to JSON: the command line reads and writes the files.

mod hours;
pub mod oruk;
