//! Dates and plural forms in a person's language, from the browser's `Intl`: the month
//! names, their grammar, the order of day, month and year, and which plural category a
//! count is in (Arabic has six) are the browser's, so none is compiled into the widget for
//! any language.

use crate::words::{Intl as Says, PLURAL_CATEGORIES};
use js_sys::{Array, Date, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

/// How the browser says dates and counts, for [`crate::words::Words::with_intl`].
pub const INTL: Says = Says { date: intl_date, plural: intl_plural };

/// The plural category of `n` in the language `code` (`few` for 3 in Arabic, `many` for 5
/// in Polish), as `Intl.PluralRules` says; `other` if the browser says none we know.
pub fn intl_plural(code: &str, n: usize) -> &'static str {
    let rules = Intl::PluralRules::new(&Array::of1(&JsValue::from_str(code)), &Object::new());
    let category = String::from(rules.select(n as f64));
    PLURAL_CATEGORIES.into_iter().find(|c| *c == category).unwrap_or("other")
}

/// `2026-11` as "listopad 2026" in `pl`, `2026-11-23` with its day too; `None` if the
/// text is not such a date or the browser cannot say it.
pub fn intl_date(code: &str, iso: &str) -> Option<String> {
    let mut parts = iso.split('-').map(|p| p.parse::<u32>().ok());
    let (year, month, day) = (parts.next()??, parts.next()??, parts.next().flatten());
    if !(1..=12).contains(&month) {
        return None;
    }
    let options = Object::new();
    let set = |name: &str, value: &str| Reflect::set(&options, &JsValue::from_str(name), &JsValue::from_str(value)).ok();
    set("year", "numeric")?;
    set("month", "long")?;
    if day.is_some() {
        set("day", "numeric")?;
    }
    // Noon, so that no time zone moves the date to the day before.
    let date = Date::new_with_year_month_day_hr_min(year, month as i32 - 1, day.unwrap_or(1) as i32, 12, 0);
    let format = Intl::DateTimeFormat::new(&Array::of1(&JsValue::from_str(code)), &options);
    format.format().call1(&JsValue::NULL, &date).ok()?.as_string()
}
