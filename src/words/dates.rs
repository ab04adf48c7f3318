//! Dates as people say them. Pathway data and the report keep ISO dates (`2026-11-23`);
//! people read "23 November 2026".

/// "23 November 2026" from `2026-11-23`; the text as it is if it is not such a date.
pub fn long_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ];
    let parts: Vec<&str> = iso.split('-').collect();
    match (parts.as_slice(), parts.get(1).and_then(|m| m.parse::<usize>().ok())) {
        ([year, _, day], Some(month @ 1..=12)) => {
            format!("{} {} {}", day.trim_start_matches('0'), MONTHS[month - 1], year)
        }
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::long_date;

    #[test]
    fn dates_read_as_people_say_them() {
        assert_eq!(long_date("2026-11-03"), "3 November 2026");
        assert_eq!(long_date("undated"), "undated");
        assert_eq!(long_date("2026-13-03"), "2026-13-03");
    }
}
