//! A pack's texts as gettext PO, the file translation agencies' tools (Poedit, Weblate,
//! Crowdin, memoQ, Trados) read and write: one entry per text, the key as `msgctxt`
//! (`widget:exit`, `pathway:step.who.title`), the English as `msgid`, the translation as
//! `msgstr` (empty while untranslated). [`from_po`] reads back exactly what [`to_po`] wrote.

/// One text: its key (with `widget:` or `pathway:` before it), the English, and the
/// translation if there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub key: String,
    pub english: String,
    pub translation: Option<String>,
}

/// The PO file for these entries, for the language `code`.
pub fn to_po(code: &str, entries: &[Entry]) -> String {
    let mut out = format!("# Pathway language pack: {code}. Keep every {{name}}, number and line break.\nmsgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: {code}\\n\"\n");
    for entry in entries {
        out.push_str(&format!(
            "\nmsgctxt {}\nmsgid {}\nmsgstr {}\n",
            quoted(&entry.key),
            quoted(&entry.english),
            quoted(entry.translation.as_deref().unwrap_or_default())
        ));
    }
    out
}

/// The entries of a PO file (`english` as it says), or the line that is not PO. An empty
/// `msgstr` is no translation.
pub fn from_po(po: &str) -> Result<Vec<Entry>, String> {
    let mut entries = Vec::new();
    let mut current: Option<(&str, String)> = None;
    let mut fields: [Option<String>; 3] = [None, None, None];
    let mut finish = |fields: &mut [Option<String>; 3]| {
        if let [Some(key), Some(english), Some(translation)] = std::mem::take(fields) {
            entries.push(Entry { key, english, translation: Some(translation).filter(|t| !t.is_empty()) });
        }
    };
    for (n, line) in po.lines().enumerate() {
        let line = line.trim();
        let at = |message: &str| format!("line {}: {message}", n + 1);
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(rest) = line.strip_prefix('"') {
            let (_, text) = current.as_mut().ok_or_else(|| at("a continued string with nothing before it"))?;
            text.push_str(&unquoted(&format!("\"{rest}")).ok_or_else(|| at("a string that is not closed"))?);
            continue;
        }
        if let Some((name, text)) = current.take() {
            store(&mut fields, name, text, &mut finish);
        }
        let (name, rest) = line.split_once(' ').ok_or_else(|| at("not a PO line"))?;
        if !["msgctxt", "msgid", "msgstr"].contains(&name) {
            return Err(at(&format!("`{name}` is not read here (no plurals or obsolete entries in a pack)")));
        }
        current = Some((name, unquoted(rest).ok_or_else(|| at("a string that is not closed"))?));
    }
    if let Some((name, text)) = current.take() {
        store(&mut fields, name, text, &mut finish);
    }
    Ok(entries)
}

fn store(fields: &mut [Option<String>; 3], name: &str, text: String, finish: &mut impl FnMut(&mut [Option<String>; 3])) {
    match name {
        "msgctxt" => fields[0] = Some(text),
        "msgid" => fields[1] = Some(text),
        _ => {
            fields[2] = Some(text);
            finish(fields);
        }
    }
}

/// A PO string: in quotes, with `\`, `"`, line breaks and tabs escaped.
fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn unquoted(text: &str) -> Option<String> {
    let inner = text.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next()? {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                other => out.push(other),
            },
            c => out.push(c),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_to_po_writes_from_po_reads_back_exactly() {
        let entries = vec![
            Entry { key: "widget:exit".into(), english: "Exit this page".into(), translation: Some("Opuść tę stronę".into()) },
            Entry { key: "widget:yes_no".into(), english: "Say \"yes\"\nor no\\".into(), translation: Some("Powiedz \"tak\"\nlub nie\\".into()) },
            Entry { key: "pathway:step.who.title".into(), english: "Who is this about?".into(), translation: None },
        ];
        let po = to_po("pl", &entries);
        assert!(po.contains("msgctxt \"widget:yes_no\"\nmsgid \"Say \\\"yes\\\"\\nor no\\\\\""), "{po}");
        assert_eq!(from_po(&po), Ok(entries));
        let wrapped = "msgctxt \"widget:exit\"\nmsgid \"\"\n\"Exit \"\n\"this page\"\nmsgstr \"Opuść\"\n";
        assert_eq!(from_po(wrapped).unwrap()[0].english, "Exit this page", "tools wrap long strings");
        assert!(from_po("msgid_plural \"x\"").unwrap_err().starts_with("line 1:"));
    }
}
