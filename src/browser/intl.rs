//! Dates in a person's language, from the browser's `Intl`: the month names, their
//! grammar and the order of day, month and year are the browser's, so none is compiled
//! into the widget for any language.

use js_sys::{Array, Date, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

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
