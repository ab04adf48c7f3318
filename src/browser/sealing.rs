//! Locking a record with a passphrase and unlocking it again, with the browser's Web Crypto
//! (the algorithms and file format are in [`crate::report::SealedFile`]). The passphrase and
//! the key never leave this function's memory; the key cannot be exported. The passphrase
//! is Unicode-normalised (NFC) first, so that one typed on a phone opens a file locked on
//! a computer that writes its accents another way; the plain bytes of the record and the
//! passphrase are overwritten with zeros once used.

use crate::report::Record;
use crate::report::{record_bytes, record_from_bytes, OpenError, SealedFile, IV_BYTES, SALT_BYTES};
use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesDerivedKeyParams, AesGcmParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

/// The record as the text of a locked file.
pub async fn seal(passphrase: &str, record: &Record) -> Result<String, JsValue> {
    let crypto = web_sys::window().ok_or(JsValue::NULL)?.crypto()?;
    let (mut salt, mut iv) = ([0u8; SALT_BYTES], [0u8; IV_BYTES]);
    crypto.get_random_values_with_u8_array(&mut salt)?;
    crypto.get_random_values_with_u8_array(&mut iv)?;
    let subtle = crypto.subtle();
    let key = derive_key(&subtle, passphrase, &salt, crate::report::ITERATIONS, "encrypt").await?;
    let params = gcm(&iv, &SealedFile::new_header(&salt, &iv));
    let mut plain = record_bytes(record);
    let sealed = subtle.encrypt_with_object_and_u8_array(&params, &key, &plain);
    plain.fill(0);
    let sealed = JsFuture::from(sealed?).await?;
    Ok(SealedFile::new(&salt, &iv, &Uint8Array::new(&sealed).to_vec()).to_json())
}

/// The record in a locked file's text. A wrong passphrase and a changed byte look the same
/// to AES-GCM, so they give the same answer.
pub async fn unseal(passphrase: &str, text: &str) -> Result<Record, OpenError> {
    let file = SealedFile::parse(text)?;
    let (salt, iv, data) = match (file.salt(), file.iv(), file.data()) {
        (Some(salt), Some(iv), Some(data)) => (salt, iv, data),
        _ => return Err(OpenError::NotARecord),
    };
    let subtle = web_sys::window().and_then(|w| w.crypto().ok()).map(|c| c.subtle());
    let Some(subtle) = subtle.filter(|s| !s.is_undefined()) else {
        return Err(OpenError::Unsupported);
    };
    let opened = async {
        let key = derive_key(&subtle, passphrase, &salt, file.iterations, "decrypt").await?;
        JsFuture::from(subtle.decrypt_with_object_and_u8_array(&gcm(&iv, &file.header()), &key, &data)?).await
    };
    let plain = Uint8Array::new(&opened.await.map_err(|_| OpenError::WrongPassphraseOrDamaged)?);
    let mut bytes = plain.to_vec();
    plain.fill(0, 0, plain.length());
    let record = record_from_bytes(&bytes);
    bytes.fill(0);
    record
}

/// AES-GCM with this IV, bound to `header` (nothing for version 1 files).
fn gcm(iv: &[u8], header: &[u8]) -> AesGcmParams {
    let params = AesGcmParams::new_with_u8_array("AES-GCM", &Uint8Array::from(iv));
    if !header.is_empty() {
        params.set_additional_data_u8_array(&Uint8Array::from(header));
    }
    params
}

/// An AES-256-GCM key for one use, from the passphrase with PBKDF2-HMAC-SHA-256.
async fn derive_key(subtle: &SubtleCrypto, passphrase: &str, salt: &[u8], rounds: u32, usage: &str) -> Result<CryptoKey, JsValue> {
    let mut typed = String::from(js_sys::JsString::from(passphrase).normalize("NFC")).into_bytes();
    let material = subtle.import_key_with_str("raw", &Uint8Array::from(&typed[..]), "PBKDF2", false, &Array::of1(&"deriveKey".into()));
    typed.fill(0);
    let material = material?;
    let material: CryptoKey = JsFuture::from(material).await?.unchecked_into();
    let params = Pbkdf2Params::new_with_str("PBKDF2", "SHA-256", rounds, &Uint8Array::from(salt));
    let key =
        subtle.derive_key_with_object_and_object(&params, &material, &AesDerivedKeyParams::new("AES-GCM", 256), false, &Array::of1(&usage.into()))?;
    Ok(JsFuture::from(key).await?.unchecked_into())
}
