//! Opening hours as people read them: "Monday to Friday, 9am to 5pm" from HSDS
//! `schedules` (`byday` as in iCalendar, `opens_at`, `closes_at`, `description`) and from
//! ORUK 1.0's `regular_schedules` (`weekday`, `opens_at`, `closes_at`).

use serde_json::Value;

const DAYS: [(&str, &str); 7] =
    [("MO", "Monday"), ("TU", "Tuesday"), ("WE", "Wednesday"), ("TH", "Thursday"), ("FR", "Friday"), ("SA", "Saturday"), ("SU", "Sunday")];

/// "9am", "5:30pm" from `09:00`, `17:30:00`; `None` if it is not a time.
pub fn said_time(time: &str) -> Option<String> {
    let mut parts = time.trim().split(':');
    let hour: u32 = parts.next()?.parse().ok()?;
    let minute: u32 = parts.next().unwrap_or("0").parse().ok()?;
    if hour > 24 || minute > 59 {
        return None;
    }
    let (twelve, half) = match hour {
        0 | 24 => (12, "am"),
        12 => (12, "pm"),
        h if h > 12 => (h - 12, "pm"),
        h => (h, "am"),
    };
    Some(if minute == 0 { format!("{twelve}{half}") } else { format!("{twelve}:{minute:02}{half}") })
}

/// The days in `days` (indexes into the week), as a run where they run: "Monday to
/// Friday", "Monday, Wednesday and Friday".
fn said_days(mut days: Vec<usize>) -> String {
    days.sort_unstable();
    days.dedup();
    let run = days.windows(2).all(|w| w[1] == w[0] + 1);
    match days.as_slice() {
        [] => String::new(),
        [one] => DAYS[*one].1.to_string(),
        [first, .., last] if run && days.len() > 2 => format!("{} to {}", DAYS[*first].1, DAYS[*last].1),
        [rest @ .., last] => format!("{} and {}", rest.iter().map(|d| DAYS[*d].1).collect::<Vec<_>>().join(", "), DAYS[*last].1),
    }
}

/// The days an HSDS `byday` (`MO,TU,WE`) or a 1.0 `weekday` (`Monday`) names.
fn days_of(schedule: &Value) -> Vec<usize> {
    let text = |key: &str| schedule.get(key).and_then(Value::as_str).unwrap_or_default().to_string();
    let byday = text("byday");
    let weekday = text("weekday");
    byday
        .split(',')
        .chain(std::iter::once(weekday.as_str()))
        .filter_map(|day| {
            let day = day.trim();
            // `1MO` (the first Monday) is still a Monday.
            let code = day.trim_start_matches(|c: char| c.is_ascii_digit() || c == '-' || c == '+');
            DAYS.iter().position(|(short, long)| code.eq_ignore_ascii_case(short) || day.eq_ignore_ascii_case(long))
        })
        .collect()
}

/// The opening hours the schedules give, one line per distinct time, or `None` if they
/// give none that can be read.
pub fn opening_hours(schedules: &[&Value]) -> Option<String> {
    // Each distinct opening time, with the days it applies to, in the order they come.
    let mut times: Vec<(String, Vec<usize>)> = Vec::new();
    let mut notes: Vec<String> = Vec::new();
    for schedule in schedules {
        let time = |key: &str| schedule.get(key).and_then(Value::as_str).and_then(said_time);
        if let Some(description) = schedule.get("description").and_then(Value::as_str).map(str::trim).filter(|d| !d.is_empty()) {
            if !notes.iter().any(|n| n == description) {
                notes.push(description.to_string());
            }
        }
        let (Some(opens), Some(closes)) = (time("opens_at"), time("closes_at")) else { continue };
        let span = format!("{opens} to {closes}");
        let days = days_of(schedule);
        match times.iter_mut().find(|(t, _)| *t == span) {
            Some((_, known)) => known.extend(days),
            None => times.push((span, days)),
        }
    }
    let mut lines: Vec<String> =
        times.into_iter().map(|(span, days)| if days.is_empty() { span } else { format!("{}, {span}", said_days(days)) }).collect();
    lines.extend(notes);
    (!lines.is_empty()).then(|| lines.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn schedules_read_as_people_say_them() {
        assert_eq!(said_time("09:00"), Some("9am".into()));
        assert_eq!(said_time("17:30:00"), Some("5:30pm".into()));
        assert_eq!(said_time("12:00"), Some("12pm".into()));
        assert_eq!(said_time("noon"), None);
        let weekdays = json!({ "byday": "MO,TU,WE,TH,FR", "opens_at": "09:00", "closes_at": "17:00" });
        let saturday = json!({ "byday": "SA", "opens_at": "10:00", "closes_at": "13:00", "description": "Drop in, no appointment" });
        assert_eq!(
            opening_hours(&[&weekdays, &saturday]).as_deref(),
            Some("Monday to Friday, 9am to 5pm; Saturday, 10am to 1pm; Drop in, no appointment")
        );
        let old = [
            json!({ "weekday": "Monday", "opens_at": "10:00", "closes_at": "16:00" }),
            json!({ "weekday": "Wednesday", "opens_at": "10:00", "closes_at": "16:00" }),
        ];
        assert_eq!(
            opening_hours(&old.iter().collect::<Vec<_>>()).as_deref(),
            Some("Monday and Wednesday, 10am to 4pm"),
            "ORUK 1.0 regular_schedules"
        );
        assert_eq!(opening_hours(&[&json!({ "opens_at": "x" })]), None);
    }
}
