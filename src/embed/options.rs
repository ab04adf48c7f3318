//! The options object a host (or the loader) passes to `mount()` and `update()`, read into
//! the core's [`HostOptions`]. Only the object's own properties count: an inherited one
//! (`Object.prototype.data` set by a host page's script, say) is not an option.

use super::console::log_warning;
use crate::host::{read_options, HostOptions, DATA_SRC};
use wasm_bindgen::{JsCast, JsValue};

/// The options of one widget: how it looks and behaves, and the host's own pathway files.
pub struct Options {
    /// `data-` on a plain element, empty on `<pathway-navigator>`: how the host wrote the
    /// attributes that console messages name.
    pub prefix: String,
    pub host: HostOptions,
    /// The host's own pathway files (name, text), if it gave any.
    pub data: Option<Vec<(String, String)>>,
    /// The loader's way out (`onExit(url)`), which wipes every widget on the page first.
    pub on_exit: Option<js_sys::Function>,
    /// The pack the host's `lang` asks for, as text, when the loader fetched it already.
    pub language_pack: Option<String>,
    /// The loader's `fetchLanguage(code)`, a promise of a pack's text from the widget's
    /// own origin.
    pub fetch_language: Option<js_sys::Function>,
}

impl Options {
    /// Reads the options object; a bad value is reported to the console with its fix, and
    /// the default is used.
    pub fn read(options: &JsValue) -> Options {
        let prefix = field(options, "attributePrefix").as_string().unwrap_or_else(|| "data-".into());
        let (host, problems) = read_options(&prefix, |name| {
            let given = field(options, name);
            // `idleMinutes: 5` as a number, or any option as a string. JS turns the number
            // into text, so Rust's float printing (about 5 KB) stays out of the widget.
            let number = given.as_f64().map(|n| String::from(js_sys::Number::from(n).to_string_with_radix(10).unwrap_or_default()));
            given.as_string().or(number)
        });
        for problem in problems {
            log_warning(&problem);
        }
        let data = field(options, DATA_SRC.name).dyn_ref::<js_sys::Array>().map(|files| {
            files
                .iter()
                .map(|file| {
                    let name = field(&file, "name").as_string().unwrap_or_else(|| "data-src".into());
                    (name, field(&file, "text").as_string().unwrap_or_default())
                })
                .collect()
        });
        let on_exit = field(options, "onExit").dyn_into::<js_sys::Function>().ok();
        let language_pack = field(options, "languagePack").as_string();
        let fetch_language = field(options, "fetchLanguage").dyn_into::<js_sys::Function>().ok();
        Options { prefix, host, data, on_exit, language_pack, fetch_language }
    }
}

/// `object[name]` when `object` has it as its own property, else `undefined`. (Not
/// `dyn_ref`, which checks `instanceof Object`: the loader's option objects have no
/// prototype, so that nothing inherited can be read.)
fn field(object: &JsValue, name: &str) -> JsValue {
    if !object.is_object() {
        return JsValue::UNDEFINED;
    }
    let object = object.unchecked_ref::<js_sys::Object>();
    let name = JsValue::from_str(name);
    if !js_sys::Object::has_own(object, &name) {
        return JsValue::UNDEFINED;
    }
    js_sys::Reflect::get(object, &name).unwrap_or(JsValue::UNDEFINED)
}
