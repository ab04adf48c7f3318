//! Reads parsed JSON into the model, by hand, naming the JSON path of every problem.
//!
//! serde's derived deserialisers were about 70 KB of the widget's code (and pulled in
//! Rust's float printing through their error messages), and they stop at the first
//! problem, with no path unless `serde_path_to_error` is added on top. Reading a
//! [`serde_json::Value`] through [`FromJson`] costs far less and reports every
//! missing, unknown or mistyped field of a file at once, each at its path
//! (`steps[4].choices[2].next`), natively and in the browser alike. [`read_object!`] and
//! [`read_names!`] state how each type is read (at the end of `model.rs`).

use serde_json::{Map, Value};
use std::fmt;

/// Something wrong with the shape of the data, found while reading it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault {
    /// The JSON path; empty for the whole file.
    pub path: String,
    pub message: String,
    pub fix: String,
}

/// Where a value is in its file. It is written out (`steps[4].choices[2].next`) only when
/// there is a fault to report: building a string for every field read would take most of
/// the time spent reading.
#[derive(Debug, Clone, Copy)]
pub enum Path<'a> {
    Root,
    Field(&'a Path<'a>, &'a str),
    Item(&'a Path<'a>, usize),
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Field(Path::Root, key) => f.write_str(key),
            Path::Field(parent, key) => write!(f, "{parent}.{key}"),
            Path::Item(parent, index) => write!(f, "{parent}[{index}]"),
        }
    }
}

/// A model type that can be read from JSON. `None` means a fault was recorded.
pub trait FromJson: Sized {
    fn from_json(value: Value, path: Path<'_>, faults: &mut Vec<Fault>) -> Option<Self>;
}

/// Reads a whole file's value, returning it or every fault found in it.
pub fn read<T: FromJson>(value: Value) -> Result<T, Vec<Fault>> {
    let mut faults = Vec::new();
    match T::from_json(value, Path::Root, &mut faults) {
        Some(read) if faults.is_empty() => Ok(read),
        _ => Err(faults),
    }
}

/// What a value is, in the words a data author uses.
fn found(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// Records that `value` is not the kind of value expected at `path`.
fn wrong<T>(value: &Value, path: Path<'_>, expected: &str, faults: &mut Vec<Fault>) -> Option<T> {
    faults.push(Fault {
        path: path.to_string(),
        message: format!("expected {expected}, found {}", found(value)),
        fix: format!("Write {expected} here (see src/model.rs for what it holds)."),
    });
    None
}

impl FromJson for String {
    fn from_json(value: Value, path: Path<'_>, faults: &mut Vec<Fault>) -> Option<Self> {
        match value {
            Value::String(text) => Some(text),
            other => wrong(&other, path, "text in double quotes", faults),
        }
    }
}

impl FromJson for bool {
    fn from_json(value: Value, path: Path<'_>, faults: &mut Vec<Fault>) -> Option<Self> {
        match value {
            Value::Bool(flag) => Some(flag),
            other => wrong(&other, path, "true or false", faults),
        }
    }
}

/// A whole number that is not negative and fits `T`, such as a count or an index.
fn whole_number<T: TryFrom<u64>>(value: Value, path: Path<'_>, faults: &mut Vec<Fault>) -> Option<T> {
    match value.as_u64().and_then(|number| T::try_from(number).ok()) {
        Some(number) => Some(number),
        None => wrong(&value, path, "a whole number, 0 or more", faults),
    }
}

impl FromJson for u32 {
    fn from_json(value: Value, path: Path<'_>, faults: &mut Vec<Fault>) -> Option<Self> {
        whole_number(value, path, faults)
    }
}

impl FromJson for usize {
    fn from_json(value: Value, path: Path<'_>, faults: &mut Vec<Fault>) -> Option<Self> {
        whole_number(value, path, faults)
    }
}

/// A pair, written as a list of two.
impl<A: FromJson, B: FromJson> FromJson for (A, B) {
    fn from_json(value: Value, path: Path<'_>, faults: &mut Vec<Fault>) -> Option<Self> {
        match value {
            Value::Array(items) if items.len() == 2 => {
                let mut items = items.into_iter();
                let first = A::from_json(items.next()?, Path::Item(&path, 0), faults);
                let second = B::from_json(items.next()?, Path::Item(&path, 1), faults);
                Some((first?, second?))
            }
            other => wrong(&other, path, "a list of two", faults),
        }
    }
}

/// A list; every item is read, so every faulty item is reported.
impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: Value, path: Path<'_>, faults: &mut Vec<Fault>) -> Option<Self> {
        let mut read = Vec::new();
        let mut read_item = |item, at: Path<'_>, faults: &mut Vec<Fault>| T::from_json(item, at, faults).map(|item| read.push(item));
        each_item(value, path, faults, &mut read_item).then_some(read)
    }
}

/// Reads one item of a list at its path, recording any faults; `None` when it could not.
type ReadItem<'r> = dyn FnMut(Value, Path<'_>, &mut Vec<Fault>) -> Option<()> + 'r;

/// Reads each item of a list with `read_item`; true when every one was read. (Not generic,
/// so the loop is compiled once rather than once for every type of list.)
fn each_item(value: Value, path: Path<'_>, faults: &mut Vec<Fault>, read_item: &mut ReadItem<'_>) -> bool {
    let Value::Array(items) = value else {
        return wrong::<()>(&value, path, "a list in square brackets", faults).is_some();
    };
    let mut all_read = true;
    for (index, item) in items.into_iter().enumerate() {
        all_read &= read_item(item, Path::Item(&path, index), faults).is_some();
    }
    all_read
}

/// An optional value: `null` is the same as leaving the field out.
impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: Value, path: Path<'_>, faults: &mut Vec<Fault>) -> Option<Self> {
        match value {
            Value::Null => Some(None),
            other => T::from_json(other, path, faults).map(Some),
        }
    }
}

/// A JSON object being read into a struct: fields are taken one by one, and whatever is
/// left when it is closed is an unknown (usually misspelt) field.
#[derive(Debug)]
pub struct Object<'p, 'f> {
    fields: Map<String, Value>,
    path: Path<'p>,
    faults: &'f mut Vec<Fault>,
}

impl<'p, 'f> Object<'p, 'f> {
    pub fn open(value: Value, path: Path<'p>, faults: &'f mut Vec<Fault>) -> Option<Self> {
        match value {
            Value::Object(fields) => Some(Object { fields, path, faults }),
            other => wrong(&other, path, "an object in curly brackets", faults),
        }
    }

    /// A field that must be there.
    pub fn required<T: FromJson>(&mut self, key: &str) -> Option<T> {
        let value = self.take(key, true)?;
        T::from_json(value, Path::Field(&self.path, key), self.faults)
    }

    /// A field that may be left out (or `null`): then it is empty, `false` or `None`.
    pub fn optional<T: FromJson + Default>(&mut self, key: &str) -> Option<T> {
        match self.take(key, false) {
            Some(value) => T::from_json(value, Path::Field(&self.path, key), self.faults),
            None => Some(T::default()),
        }
    }

    /// Takes a field's value; `None` (and a fault if it is `required`) when it is missing,
    /// or `null` and optional.
    fn take(&mut self, key: &str, required: bool) -> Option<Value> {
        match self.fields.remove(key) {
            Some(Value::Null) if !required => None,
            Some(value) => Some(value),
            None => {
                if required {
                    self.faults.push(Fault {
                        path: self.path.to_string(),
                        message: format!("missing field `{key}`"),
                        fix: format!("Add `{key}` to the object at this path (see src/model.rs for what it holds)."),
                    });
                }
                None
            }
        }
    }

    /// A field only data authors read (`$comment`, `author_note`): allowed, then dropped.
    pub fn ignored(&mut self, key: &str) {
        self.fields.remove(key);
    }

    /// Reports every field not taken; `known` lists the ones that are allowed.
    pub fn close(self, known: &[&str]) {
        for key in self.fields.keys() {
            self.faults.push(Fault {
                path: Path::Field(&self.path, key).to_string(),
                message: format!("unknown field `{key}`, expected one of `{}`", known.join("`, `")),
                fix: "Remove this field or correct its spelling to one of the expected fields.".to_string(),
            });
        }
    }
}

/// Records that `name` is not one of `allowed`.
pub fn unknown_name<T>(name: &str, path: Path<'_>, allowed: &[&str], faults: &mut Vec<Fault>) -> Option<T> {
    faults.push(Fault {
        path: path.to_string(),
        message: format!("unknown value `{name}`, expected one of `{}`", allowed.join("`, `")),
        fix: "Use one of the expected values listed.".to_string(),
    });
    None
}

/// How a struct is read: each field by its own name, required unless marked `optional`,
/// and after `ignoring` the JSON fields only data authors read, allowed and dropped. (The
/// two macros repeat `from_json`'s signature because each implements the trait.)
///
/// ```text
/// read_object!(Branch { when_any, next });
/// read_object!(Section { heading, paragraphs, when_any: optional });
/// read_object!(Contact { id, label, ... } ignoring "author_note");
/// ```
macro_rules! read_object {
    ($ty:ident { $($field:ident $(: $how:ident)?),* $(,)? } $(ignoring $($ignored:literal),+)?) => {
        impl $crate::pathway::reader::FromJson for $ty {
            fn from_json(
                value: serde_json::Value,
                path: $crate::pathway::reader::Path<'_>,
                faults: &mut Vec<$crate::pathway::reader::Fault>,
            ) -> Option<Self> {
                let mut object = $crate::pathway::reader::Object::open(value, path, faults)?;
                $(let $field = $crate::pathway::reader::read_object!(@take object, stringify!($field) $(, $how)?);)*
                $($(object.ignored($ignored);)+)?
                object.close(&[$(stringify!($field),)* $($($ignored),+)?]);
                Some($ty { $($field: $field?),* })
            }
        }
    };
    (@take $object:ident, $key:expr) => { $object.required($key) };
    (@take $object:ident, $key:expr, optional) => { $object.optional($key) };
}
pub(crate) use read_object;

/// "a, b or c": names as a message lists them.
pub fn name_list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// How an enum is read: from one of the names given, which are also its [`key`]s.
///
/// ```text
/// read_names!(Health { Physical = "physical", Mental = "mental" });
/// ```
macro_rules! read_names {
    ($ty:ident { $($variant:ident = $name:literal),+ $(,)? }) => {
        // Not every enum needs every item (a test's own enum, say).
        #[allow(dead_code)]
        impl $ty {
            /// Every value, in the order the names are given.
            pub const ALL: [$ty; [$($name),+].len()] = [$($ty::$variant),+];

            /// The name in the data (and in the host's options).
            pub fn key(self) -> &'static str {
                match self {
                    $($ty::$variant => $name,)+
                }
            }

            /// The value with this name, if there is one.
            pub fn from_key(key: &str) -> Option<$ty> {
                match key {
                    $($name => Some($ty::$variant),)+
                    _ => None,
                }
            }

            /// Every name, as a message to a host lists them: "a, b or c".
            pub fn names() -> String {
                $crate::pathway::reader::name_list(&[$($name),+])
            }
        }

        impl $crate::pathway::reader::FromJson for $ty {
            fn from_json(
                value: serde_json::Value,
                path: $crate::pathway::reader::Path<'_>,
                faults: &mut Vec<$crate::pathway::reader::Fault>,
            ) -> Option<Self> {
                let name = String::from_json(value, path, faults)?;
                match name.as_str() {
                    $($name => Some($ty::$variant),)+
                    _ => $crate::pathway::reader::unknown_name(&name, path, &[$($name),+], faults),
                }
            }
        }
    };
}
pub(crate) use read_names;

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, PartialEq)]
    struct Pair {
        name: String,
        tags: Vec<String>,
        on: bool,
    }
    read_object!(Pair { name, tags: optional, on: optional } ignoring "author_note");

    fn faults_of(value: Value) -> Vec<(String, String)> {
        read::<Vec<Pair>>(value).unwrap_err().into_iter().map(|f| (f.path, f.message)).collect()
    }

    #[test]
    fn optional_fields_default_and_ignored_fields_are_dropped() {
        let read: Pair = read(json!({"name": "a", "author_note": "only for authors", "on": null})).unwrap();
        assert_eq!(read, Pair { name: "a".into(), tags: vec![], on: false });
    }

    #[test]
    fn every_fault_is_reported_at_its_path() {
        let faults = faults_of(json!([
            {"name": "ok"},
            {"nmae": "typo", "tags": ["x", 3]},
            "not an object"
        ]));
        assert_eq!(
            faults,
            vec![
                ("[1]".to_string(), "missing field `name`".to_string()),
                ("[1].tags[1]".to_string(), "expected text in double quotes, found a number".to_string()),
                ("[1].nmae".to_string(), "unknown field `nmae`, expected one of `name`, `tags`, `on`, `author_note`".to_string()),
                ("[2]".to_string(), "expected an object in curly brackets, found text".to_string()),
            ]
        );
    }

    #[test]
    fn numbers_are_whole_and_fit_and_pairs_have_two_items() {
        assert_eq!(read::<(String, u32)>(json!(["rounds", 600000])), Ok(("rounds".to_string(), 600_000)));
        for bad in [json!(-1), json!(1.5), json!(5_000_000_000u64), json!("7")] {
            assert_eq!(read::<u32>(bad).unwrap_err()[0].message.split(',').next(), Some("expected a whole number"));
        }
        assert!(read::<(String, u32)>(json!(["rounds"])).is_err());
    }

    #[derive(Debug, Clone, Copy, PartialEq)]
    enum Light {
        Red,
        Green,
    }
    read_names!(Light { Red = "red", Green = "green" });

    #[test]
    fn names_read_and_unknown_names_list_the_allowed_ones() {
        assert_eq!(read::<Light>(json!("green")), Ok(Light::Green));
        assert_eq!(Light::Red.key(), "red");
        let faults = read::<Vec<Light>>(json!(["red", "blue"])).unwrap_err();
        assert_eq!(faults[0].path, "[1]");
        assert_eq!(faults[0].message, "unknown value `blue`, expected one of `red`, `green`");
    }
}
