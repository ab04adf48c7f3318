//! The encrypted record file: its format, and turning a record into the bytes that get
//! encrypted and back. The encryption itself is the browser's Web Crypto (`ui::sealing`):
//! a key from the passphrase with PBKDF2-HMAC-SHA-256 ([`ITERATIONS`] rounds, a random
//! 16-byte salt), then AES-256-GCM with a random 12-byte IV. GCM's tag means a wrong
//! passphrase or a changed byte fails to open instead of giving garbage.
//!
//! The file is JSON so a person (or a future version) can see what it is; every secret
//! part is hex. It says which algorithms it used, and a file asking for anything else, or
//! for an unreasonable number of rounds, is refused before any work is done. From version
//! 2 the header (everything but the encrypted part) is bound to it as GCM's additional
//! data, so a file whose header was changed (fewer rounds, say) does not open; version 1
//! files, written before, still open.

use super::record::Record;
use crate::pathway::reader::{self, read_object};
use crate::words::Word;
use serde::Serialize;

/// PBKDF2 rounds for new files (OWASP's 2023 advice for PBKDF2-HMAC-SHA-256).
pub const ITERATIONS: u32 = 600_000;
pub const SALT_BYTES: usize = 16;
pub const IV_BYTES: usize = 12;
/// The name offered for a saved record. It says nothing about what is inside.
pub const FILE_NAME: &str = "pathway-record.json";
/// Larger files are refused unread: a record of many incidents is tens of kilobytes.
pub const MAX_FILE_BYTES: usize = 2_000_000;

const FORMAT: &str = "pathway-record";
const KDF: &str = "PBKDF2-HMAC-SHA-256";
const CIPHER: &str = "AES-256-GCM";
/// The version new files are written in; [`OPENS`] are the versions this one opens.
const VERSION: u32 = 2;
const OPENS: [u32; 2] = [1, 2];
/// Opened files may use more rounds than new ones, but not so many that opening hangs.
const ROUNDS_ACCEPTED: std::ops::RangeInclusive<u32> = 100_000..=5_000_000;

/// An encrypted record as it is stored in the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SealedFile {
    format: String,
    version: u32,
    kdf: String,
    pub iterations: u32,
    cipher: String,
    salt: String,
    iv: String,
    data: String,
}
read_object!(SealedFile { format, version, kdf, iterations, cipher, salt, iv, data });

/// Why a file could not be opened. Each comes with words for the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenError {
    /// Not a record file, or damaged so its structure is gone.
    NotARecord,
    /// The passphrase does not open it, or its encrypted part was changed.
    WrongPassphraseOrDamaged,
    /// The browser has no Web Crypto here (an old browser, or a page not served over https).
    Unsupported,
}

impl OpenError {
    /// What the person is told.
    pub fn message(self) -> Word {
        match self {
            OpenError::NotARecord => Word::OpenNotARecord,
            OpenError::WrongPassphraseOrDamaged => Word::OpenWrongPassphrase,
            OpenError::Unsupported => Word::OpenUnsupported,
        }
    }
}

impl SealedFile {
    /// The header of a new file, bound to its encrypted part as GCM's additional data.
    pub fn new_header(salt: &[u8], iv: &[u8]) -> Vec<u8> {
        SealedFile::new(salt, iv, &[]).header()
    }

    /// The additional data this file's encrypted part was bound to: its header, one field
    /// a line, from version 2; nothing for version 1.
    pub fn header(&self) -> Vec<u8> {
        if self.version < 2 {
            return Vec::new();
        }
        let SealedFile { format, version, kdf, iterations, cipher, salt, iv, data: _ } = self;
        format!("{format}\n{version}\n{kdf}\n{iterations}\n{cipher}\n{salt}\n{iv}").into_bytes()
    }

    /// A new file's contents from its random parts and the encrypted record.
    pub fn new(salt: &[u8], iv: &[u8], data: &[u8]) -> Self {
        SealedFile {
            format: FORMAT.into(),
            version: VERSION,
            kdf: KDF.into(),
            iterations: ITERATIONS,
            cipher: CIPHER.into(),
            salt: hex(salt),
            iv: hex(iv),
            data: hex(data),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("plain strings and numbers always serialise")
    }

    /// Reads a file, refusing anything this version cannot open safely.
    pub fn parse(text: &str) -> Result<Self, OpenError> {
        let file: SealedFile = read_json(text)?;
        let known = file.format == FORMAT && OPENS.contains(&file.version) && file.kdf == KDF && file.cipher == CIPHER;
        let sizes = file.salt().is_some_and(|s| s.len() == SALT_BYTES) && file.iv().is_some_and(|v| v.len() == IV_BYTES);
        if known && sizes && ROUNDS_ACCEPTED.contains(&file.iterations) && file.data().is_some() {
            Ok(file)
        } else {
            Err(OpenError::NotARecord)
        }
    }

    pub fn salt(&self) -> Option<Vec<u8>> {
        unhex(&self.salt)
    }

    pub fn iv(&self) -> Option<Vec<u8>> {
        unhex(&self.iv)
    }

    pub fn data(&self) -> Option<Vec<u8>> {
        unhex(&self.data)
    }
}

// Both directions go through `str`, not bytes: serde_json's byte reader and writer would
// be second copies of the parser and printer the pathway data already uses (about 20 KB).

/// The bytes that get encrypted.
pub fn record_bytes(record: &Record) -> Vec<u8> {
    serde_json::to_string(record).expect("a record always serialises").into_bytes()
}

/// The record from decrypted bytes, cleaned of anything this version's form cannot show.
pub fn record_from_bytes(bytes: &[u8]) -> Result<Record, OpenError> {
    let text = std::str::from_utf8(bytes).map_err(|_| OpenError::NotARecord)?;
    read_json(text).map(Record::sanitised)
}

/// Reads a file's JSON; anything this version did not write is not a record.
fn read_json<T: reader::FromJson>(text: &str) -> Result<T, OpenError> {
    let value = serde_json::from_str(text).map_err(|_| OpenError::NotARecord)?;
    reader::read(value).map_err(|_| OpenError::NotARecord)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if text.len() % 2 != 0 || !text.is_ascii() {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::super::record::{Edit, Part};
    use super::*;

    #[test]
    fn a_file_round_trips() {
        let file = SealedFile::new(&[1; SALT_BYTES], &[2; IV_BYTES], &[0, 15, 255]);
        let opened = SealedFile::parse(&file.to_json()).expect("opens");
        assert_eq!(opened.data(), Some(vec![0, 15, 255]));
        assert_eq!(opened.salt(), Some(vec![1; SALT_BYTES]));
        assert_eq!(opened.iterations, ITERATIONS);
    }

    #[test]
    fn damaged_or_foreign_files_are_refused() {
        let good = SealedFile::new(&[1; SALT_BYTES], &[2; IV_BYTES], &[3]).to_json();
        let cases = [
            String::from("not json"),
            good.replace("AES-256-GCM", "AES-128-CBC"),
            good.replace("600000", "900000000"),
            good.replace("\"03\"", "\"0z\""),
            good.replace("\"020202020202020202020202\"", "\"02\""),
            good[..good.len() / 2].to_string(),
        ];
        for case in cases {
            assert_eq!(SealedFile::parse(&case), Err(OpenError::NotARecord), "{case}");
        }
    }

    #[test]
    fn new_files_bind_their_header_and_version_1_files_still_open() {
        let file = SealedFile::new(&[1; SALT_BYTES], &[2; IV_BYTES], &[3]);
        let header = String::from_utf8(file.header()).expect("text");
        assert_eq!(file.header(), SealedFile::new_header(&[1; SALT_BYTES], &[2; IV_BYTES]), "the data is not part of it");
        for part in ["pathway-record", "\n2\n", "PBKDF2-HMAC-SHA-256", "600000", "AES-256-GCM", "01010101", "020202"] {
            assert!(header.contains(part), "{part} is bound: {header}");
        }
        let more_rounds = SealedFile::parse(&file.to_json().replace("600000", "600001")).expect("still a file");
        assert_ne!(more_rounds.header(), file.header(), "a changed header no longer matches what was bound");
        let old = SealedFile::parse(&file.to_json().replace("\"version\":2", "\"version\":1")).expect("version 1 opens");
        assert!(old.header().is_empty(), "version 1 bound nothing");
        assert_eq!(SealedFile::parse(&file.to_json().replace("\"version\":2", "\"version\":3")), Err(OpenError::NotARecord));
    }

    #[test]
    fn a_record_survives_its_bytes() {
        let mut record = Record::default();
        record.apply(Edit::AddIncident);
        record.apply(Edit::Text { part: Part::Incident(0), field: "what", text: "Spat at, \"go home\" ✋".into() });
        assert_eq!(record_from_bytes(&record_bytes(&record)), Ok(record));
        assert_eq!(record_from_bytes(b"{\"about\":"), Err(OpenError::NotARecord));
    }
}
