//! Open Referral UK (ORUK 3.0, aligned with HSDS 3.0) services as pathway data: each
//! active service with a safe way to reach it becomes a `services.json` entry and its
//! `contacts.json` entries, which validate with the built-in pathway. What cannot be
//! imported is left out with its reason, and every field the import does not map is
//! named, so nothing is dropped silently. ORUK 1.0's shapes are read where it is cheap
//! (`regular_schedules`, `service_taxonomys`).

use super::hours::opening_hours;
use crate::pathway::is_safe_link;
use serde_json::{json, Map, Value};

/// The fields of an ORUK service this import reads.
const MAPPED: [&str; 21] = [
    "id",
    "name",
    "description",
    "short_description",
    "url",
    "email",
    "status",
    "organization",
    "phones",
    "contacts",
    "service_at_locations",
    "schedules",
    "regular_schedules",
    "languages",
    "service_areas",
    "attributes",
    "service_taxonomys",
    "assured_date",
    "last_modified",
    "alternate_name",
    "metadata",
];

/// What an import made, and what it left out and why.
#[derive(Debug, Default)]
pub struct Imported {
    /// `services.json` entries, in the feed's order.
    pub services: Vec<Value>,
    /// `contacts.json` entries.
    pub contacts: Vec<Value>,
    /// What was left out: where in the feed, its name if it has one, and why.
    pub left_out: Vec<String>,
    /// Things an author should check (an area the import could not tell).
    pub notes: Vec<String>,
    /// Fields of the feed's services that were not mapped, with how many services had them.
    pub unmapped: Vec<(String, usize)>,
    /// How many services the feed had.
    pub read: usize,
}

impl Imported {
    /// The two files to write: `services.json` and `contacts.json`, as JSON text.
    pub fn files(&self) -> (String, String) {
        let comment = "Imported from Open Referral UK by pathway-import; check it with `pathway-check pathway-data <this folder>`.";
        let services = json!({ "$comment": comment, "services": self.services });
        let contacts = json!({ "$comment": comment, "contacts": self.contacts });
        let text = |value: &Value| serde_json::to_string_pretty(value).expect("JSON") + "\n";
        (text(&services), text(&contacts))
    }

    /// What was imported and what was left out, with each reason, and the fields not
    /// mapped: one line each, as `pathway-import` prints it and the studio shows it.
    pub fn summary(&self, input: &str, pages: u64, out: &str) -> Vec<String> {
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let mut lines = vec![
            format!("read {} service{} from {input} ({pages} page{})", self.read, plural(self.read), if pages == 1 { "" } else { "s" }),
            format!(
                "imported {} service{} and {} contact{} into {out}/services.json and {out}/contacts.json:",
                self.services.len(),
                plural(self.services.len()),
                self.contacts.len(),
                plural(self.contacts.len())
            ),
        ];
        for service in &self.services {
            let areas = service
                .get("areas")
                .and_then(Value::as_array)
                .map_or("everyone".to_string(), |a| a.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(", "));
            let contacts = service["contacts"].as_array().map_or(0, Vec::len);
            lines.push(format!(
                "  {}: {} ({contacts} contact{}; for {areas})",
                service["id"].as_str().unwrap_or_default(),
                service["name"].as_str().unwrap_or_default(),
                plural(contacts)
            ));
        }
        if !self.left_out.is_empty() {
            lines.push(format!("left out {}:", self.left_out.len()));
            lines.extend(self.left_out.iter().map(|reason| format!("  {reason}")));
        }
        lines.extend(self.notes.iter().map(|note| format!("check: {note}")));
        if !self.unmapped.is_empty() {
            let fields: Vec<String> = self.unmapped.iter().map(|(name, count)| format!("{name} ({count})")).collect();
            lines.push(format!("fields not mapped (services that had them): {}", fields.join(", ")));
        }
        lines
    }
}

/// The services on one page of a feed (the `/services` wrapper's `contents`, a list, or a
/// single service), with the wrapper's `total_pages`. `Err`: why it is not an ORUK feed,
/// each reason with its JSON path.
pub fn services_of(page: &Value) -> Result<(Vec<Value>, u64), Vec<String>> {
    match page {
        Value::Object(wrapper) if wrapper.contains_key("contents") => {
            let Some(contents) = wrapper["contents"].as_array() else {
                return Err(vec!["contents: is not a list of services".into()]);
            };
            let pages = match wrapper.get("total_pages") {
                None => 1,
                Some(pages) => pages.as_u64().ok_or_else(|| vec!["total_pages: is not a whole number".to_string()])?,
            };
            Ok((contents.clone(), pages.max(1)))
        }
        Value::Object(service) if service.contains_key("id") && service.contains_key("name") => Ok((vec![page.clone()], 1)),
        Value::Array(services) => Ok((services.clone(), 1)),
        Value::Object(other) => {
            let keys: Vec<&str> = other.keys().map(String::as_str).take(6).collect();
            Err(vec![format!(
                ".: neither an ORUK `/services` page (with `contents`) nor a service (with `id` and `name`); it has {}",
                if keys.is_empty() { "no fields".to_string() } else { keys.join(", ") }
            )])
        }
        _ => Err(vec![".: is not a JSON object".into()]),
    }
}

/// Imports `services` (from [`services_of`], every page's in order). `feed` is the
/// feed's `https:` address, where there is one: a contact's source when its service has
/// no address of its own. `today` (`YYYY-MM-DD`) is the date of a contact the directory
/// has not assured.
pub fn import(services: &[Value], feed: Option<&str>, today: &str) -> Imported {
    let mut imported = Imported { read: services.len(), ..Imported::default() };
    let mut seen: Vec<(String, String, usize)> = Vec::new();
    let mut unmapped: Vec<(String, usize)> = Vec::new();
    for (index, service) in services.iter().enumerate() {
        let at = format!("contents[{index}]");
        let Some(fields) = service.as_object() else {
            imported.left_out.push(format!("{at}: is not a service object"));
            continue;
        };
        for key in fields.keys().filter(|k| !MAPPED.contains(&k.as_str())) {
            match unmapped.iter_mut().find(|(name, _)| name == key) {
                Some((_, count)) => *count += 1,
                None => unmapped.push((key.clone(), 1)),
            }
        }
        match one_service(fields, &at, feed, today, &seen) {
            Ok(made) => {
                seen.push((made.oruk_id.clone(), made.name.to_lowercase(), index));
                imported.left_out.extend(made.contacts_left_out);
                imported.notes.extend(made.notes);
                imported.contacts.extend(made.contacts);
                imported.services.push(made.service);
            }
            Err(reason) => imported.left_out.push(reason),
        }
    }
    imported.unmapped = unmapped;
    imported
}

/// One service, made.
struct Made {
    oruk_id: String,
    name: String,
    service: Value,
    contacts: Vec<Value>,
    contacts_left_out: Vec<String>,
    notes: Vec<String>,
}

fn text(value: &Value, key: &str) -> Option<String> {
    match value.get(key)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.split_whitespace().collect::<Vec<_>>().join(" ")),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn list<'v>(value: &'v Value, key: &str) -> impl Iterator<Item = &'v Value> {
    value.get(key).and_then(Value::as_array).into_iter().flatten()
}

/// `a-b-c` from "A & B, c!": an id's part.
fn slug(name: &str) -> String {
    let words: Vec<String> = name.to_lowercase().split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect();
    words.join("-").chars().take(48).collect::<String>().trim_end_matches('-').to_string()
}

fn one_service(fields: &Map<String, Value>, at: &str, feed: Option<&str>, today: &str, seen: &[(String, String, usize)]) -> Result<Made, String> {
    let service = Value::Object(fields.clone());
    let name = text(&service, "name").ok_or(format!("{at}: has no `name`"))?;
    let named = format!("{at} \"{name}\"");
    let oruk_id = text(&service, "id").ok_or(format!("{named}: has no `id`"))?;
    if let Some(status) = text(&service, "status").filter(|s| !s.eq_ignore_ascii_case("active")) {
        return Err(format!("{named}: its status is `{status}`, not active"));
    }
    if let Some((_, _, first)) = seen.iter().find(|(id, seen_name, _)| *id == oruk_id || *seen_name == name.to_lowercase()) {
        return Err(format!("{named}: the same service as contents[{first}] (same id or name)"));
    }
    let mut summary =
        text(&service, "short_description").or_else(|| text(&service, "description")).ok_or(format!("{named}: has no description to show"))?;
    let languages: Vec<String> = list(&service, "languages").filter_map(|l| text(l, "name").or_else(|| l.as_str().map(str::to_string))).collect();
    if !languages.is_empty() {
        summary = format!("{} Languages: {}.", summary.trim_end(), languages.join(", "));
    }
    let url = text(&service, "url");
    let safe_url = url.clone().filter(|u| u.starts_with("https://") && is_safe_link(u));
    let source = safe_url.clone().or_else(|| feed.map(str::to_string).filter(|f| f.starts_with("https://") && is_safe_link(f)));
    let Some(source) = source else {
        return Err(format!("{named}: no `https:` address to give as its source (the service's `url`, or the feed's: give `--source`)"));
    };
    let id = format!("oruk-{}", slug(&name));
    let assured = text(&service, "assured_date").map(|d| d.chars().take(10).collect::<String>()).filter(|d| is_date(d));
    let (verified, source_date) = match &assured {
        Some(date) => (date.clone(), date.clone()),
        None => (today.to_string(), "undated".to_string()),
    };
    let locations: Vec<&Value> = list(&service, "service_at_locations").collect();
    let addresses: Vec<&Value> = locations
        .iter()
        .filter_map(|sal| sal.get("location"))
        .flat_map(|location| list(location, "addresses").chain(list(location, "physical_addresses")))
        .collect();
    let (areas, area_note) = areas_of(&service, &addresses);
    let mut schedules: Vec<&Value> = list(&service, "schedules").chain(list(&service, "regular_schedules")).collect();
    schedules.extend(locations.iter().flat_map(|sal| list(sal, "schedules").chain(list(sal, "regular_schedules"))));
    let hours = opening_hours(&schedules);

    let mut contacts = Vec::new();
    let mut contacts_left_out = Vec::new();
    let contact = |suffix: &str, kind: &str, value: &str, href: Option<String>, note: Option<String>| {
        let mut c = Map::new();
        c.insert("id".into(), json!(format!("{id}-{suffix}")));
        let label = match kind {
            "text" | "textphone" => format!("{name} ({kind})"),
            _ => name.clone(),
        };
        c.insert("label".into(), json!(label));
        c.insert("kind".into(), json!(kind));
        c.insert("value".into(), json!(value));
        if let Some(href) = href {
            c.insert("href".into(), json!(href));
        }
        if let Some(hours) = hours.as_ref().filter(|_| kind != "website" && kind != "email") {
            c.insert("hours".into(), json!(hours));
        }
        let mut notes: Vec<String> = note.into_iter().collect();
        if assured.is_none() {
            notes.push("Not assured: the directory has not confirmed this entry.".into());
        }
        if !notes.is_empty() {
            c.insert("note".into(), json!(notes.join(" ")));
        }
        c.insert("source".into(), json!(source));
        c.insert("source_date".into(), json!(source_date));
        c.insert("verified".into(), json!(verified));
        if assured.is_none() {
            c.insert("may_have_changed".into(), json!(true));
        }
        if !areas.is_empty() {
            c.insert("areas".into(), json!(areas));
        }
        Value::Object(c)
    };
    let phones: Vec<&Value> = list(&service, "phones").chain(list(&service, "contacts").flat_map(|c| list(c, "phones"))).collect();
    let mut numbers: Vec<String> = Vec::new();
    for (p, phone) in phones.iter().enumerate() {
        let Some(number) = text(phone, "number") else {
            contacts_left_out.push(format!("{named}: phones[{p}] has no number"));
            continue;
        };
        let dial: String = number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
        let kind = text(phone, "type").unwrap_or_default().to_lowercase();
        if matches!(kind.as_str(), "fax" | "pager") || dial.len() < 3 {
            contacts_left_out
                .push(format!("{named}: the {} `{number}` is not a number a person can call", if dial.len() < 3 { "phone" } else { kind.as_str() }));
            continue;
        }
        if numbers.contains(&dial) {
            continue;
        }
        numbers.push(dial.clone());
        let (kind, scheme) = match kind.as_str() {
            "text" | "sms" => ("text", "sms:"),
            "textphone" | "minicom" => ("textphone", "tel:"),
            _ => ("phone", "tel:"),
        };
        let spoken: Vec<String> = list(phone, "languages").filter_map(|l| text(l, "name").or_else(|| l.as_str().map(str::to_string))).collect();
        let note = (!spoken.is_empty()).then(|| format!("Languages: {}.", spoken.join(", ")));
        let suffix = if numbers.len() == 1 { kind.to_string() } else { format!("{kind}-{}", numbers.len()) };
        contacts.push(contact(&suffix, kind, &number, Some(format!("{scheme}{dial}")), note));
    }
    if let Some(email) = text(&service, "email") {
        let href = format!("mailto:{email}");
        if email.contains('@') && is_safe_link(&href) {
            contacts.push(contact("email", "email", &email, Some(href), None));
        } else {
            contacts_left_out.push(format!("{named}: the email `{email}` is not an address"));
        }
    }
    match (&url, &safe_url) {
        (Some(_), Some(safe)) => {
            let shown = safe.trim_start_matches("https://").trim_start_matches("www.").trim_end_matches('/');
            contacts.push(contact("web", "website", shown, Some(safe.clone()), None));
        }
        (Some(unsafe_url), None) => contacts_left_out.push(format!("{named}: the link `{unsafe_url}` is not `https:`, so it is left out")),
        _ => {}
    }
    if let Some(address) = addresses.first().and_then(|a| address_line(a)) {
        contacts.push(contact("address", "address", &address, None, None));
    }
    if contacts.is_empty() {
        return Err(format!("{named}: has no phone, email, safe link or address a person could use"));
    }
    let terms: Vec<String> = list(&service, "attributes")
        .filter_map(|a| a.get("taxonomy_term"))
        .chain(list(&service, "service_taxonomys").filter_map(|t| t.get("taxonomy")))
        .filter_map(|t| text(t, "name"))
        .collect();
    let provenance = format!(
        "Imported from Open Referral UK: service {oruk_id}; taxonomy: {}.",
        if terms.is_empty() { "none".to_string() } else { terms.join(", ") }
    );
    for contact in &mut contacts {
        contact["author_note"] = json!(provenance);
    }
    let advice = terms.iter().any(|t| t.to_lowercase().contains("advice") || t.to_lowercase().contains("information"));
    let mut made = Map::new();
    made.insert("id".into(), json!(id));
    made.insert("name".into(), json!(name));
    made.insert("summary".into(), json!(summary));
    made.insert("kind".into(), json!(if advice { "advice" } else { "support" }));
    made.insert("urgency".into(), json!("any_time"));
    made.insert("when_any".into(), json!([]));
    if !areas.is_empty() {
        made.insert("areas".into(), json!(areas));
    }
    made.insert("contacts".into(), json!(contacts.iter().map(|c| c["id"].clone()).collect::<Vec<_>>()));
    let notes = area_note.map(|n| format!("{named}: {n}")).into_iter().collect();
    Ok(Made { oruk_id, name, service: Value::Object(made), contacts, contacts_left_out, notes })
}

/// "12 High Street, Leicester, LE1 1AA" from an HSDS address.
fn address_line(address: &Value) -> Option<String> {
    let parts: Vec<String> = ["address_1", "address_2", "city", "postal_code"].iter().filter_map(|key| text(address, key)).collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// The pathway's areas a service serves: from its `service_areas` names, else from its
/// address's postcode district where that says one area alone; with a note where neither
/// could tell (the service is then for everyone).
fn areas_of(service: &Value, addresses: &[&Value]) -> (Vec<&'static str>, Option<String>) {
    let names: Vec<String> = list(service, "service_areas")
        .filter_map(|a| text(a, "name").or_else(|| text(a, "service_area")).or_else(|| text(a, "description")))
        .map(|n| n.to_lowercase())
        .collect();
    let mut areas = Vec::new();
    for name in &names {
        if name.contains("rutland") {
            areas.push("rutland");
        }
        if name.contains("leicestershire") {
            areas.push("leicestershire");
        }
        if name.replace("leicestershire", "").contains("leicester") {
            areas.push("leicester");
        }
    }
    areas.sort_unstable();
    areas.dedup();
    if !areas.is_empty() || names.iter().any(|n| ["national", "united kingdom", "england", "uk"].iter().any(|w| n.contains(w))) {
        return (areas, None);
    }
    let postcode = addresses.iter().find_map(|a| text(a, "postal_code")).unwrap_or_default().to_uppercase();
    let district = postcode.split_whitespace().next().unwrap_or_default();
    match district {
        "LE1" => (vec!["leicester"], None),
        "LE15" => (vec!["rutland"], None),
        "" => (vec![], Some("no service area or postcode: it is listed for everyone; add `areas` if it serves one area".into())),
        other => (
            vec![],
            Some(format!("the postcode district {other} does not say which area alone: it is listed for everyone; add `areas` if it serves one")),
        ),
    }
}

fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10 && b[4] == b'-' && b[7] == b'-' && text.chars().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_plain_and_shapes_that_are_not_feeds_are_refused_at_their_path() {
        assert_eq!(slug("Women's Aid & Refuge (Leicester)"), "women-s-aid-refuge-leicester");
        assert_eq!(services_of(&json!({ "contents": {} })).unwrap_err(), ["contents: is not a list of services"]);
        assert!(services_of(&json!({ "error": "Not found" })).unwrap_err()[0].starts_with(".: neither an ORUK"));
        assert_eq!(services_of(&json!({ "contents": [], "total_pages": 3 })).unwrap().1, 3);
        assert_eq!(services_of(&json!({ "id": "1", "name": "A" })).unwrap().0.len(), 1, "a single service");
    }
}
