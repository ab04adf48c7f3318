//! Where the person lives, and the pathway as it looks from there: the councils,
//! safeguarding teams and local services of their own area, and not those of the areas
//! next door. A person who is not sure sees every area's; a person who lives outside them
//! all sees what serves everyone (national services, and those for the whole pathway).
//!
//! The answer comes from an `area:` tag on a choice ("Where do you live?"), or, for staff,
//! from the host's `area` option and the staff guide; the widget then renders the
//! narrowed pathway of [`Pathway::seen_from`], so no screen needs to know about areas.

use super::{Area, Pathway};
use std::collections::HashSet;

/// The start of a choice's tag that says where the person lives: `area:` then an area's
/// id, or [`ELSEWHERE`].
pub const AREA_TAG: &str = "area:";
/// The tag's ending for "somewhere else": outside every area of the pathway.
pub const ELSEWHERE: &str = "elsewhere";

/// Where the person lives, as far as the widget knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Residence {
    /// Not said, or not sure: every area's contacts and services.
    #[default]
    Unknown,
    /// In one area: the index of its [`Area`] in `meta.areas`.
    In(usize),
    /// Outside every area: only what serves everyone.
    Elsewhere,
}

impl Residence {
    /// Where these answer tags say the person lives. A tag for an area the data does not
    /// declare says nothing (the validator reports it).
    pub fn from_tags<'t>(areas: &[Area], tags: impl IntoIterator<Item = &'t str>) -> Residence {
        let named: HashSet<&str> = tags.into_iter().filter_map(|t| t.strip_prefix(AREA_TAG)).collect();
        match areas.iter().position(|a| named.contains(a.id.as_str())) {
            Some(index) => Residence::In(index),
            None if named.contains(ELSEWHERE) => Residence::Elsewhere,
            None => Residence::Unknown,
        }
    }

    /// The residence for an area's id (the host's `area` option); `None` when the data
    /// has no such area.
    pub fn for_area(areas: &[Area], id: &str) -> Option<Residence> {
        areas.iter().position(|a| a.id == id).map(Residence::In)
    }

    /// Whether something for these areas (empty: for everyone) is for this person.
    pub fn is_served(self, areas: &[Area], served: &[String]) -> bool {
        match self {
            _ if served.is_empty() => true,
            Residence::Unknown => true,
            Residence::In(index) => areas.get(index).is_some_and(|a| served.contains(&a.id)),
            Residence::Elsewhere => false,
        }
    }

    /// The area's name, when the person lives in one.
    pub fn name(self, areas: &[Area]) -> Option<&str> {
        match self {
            Residence::In(index) => areas.get(index).map(|a| a.name.as_str()),
            _ => None,
        }
    }
}

impl Pathway {
    /// The pathway as a person living there sees it: contacts and services for other areas
    /// left out, and every list of contact ids without them. Steps are untouched, so a
    /// journey on the whole pathway is a journey on this one too.
    pub fn seen_from(&self, residence: Residence) -> Pathway {
        let areas = &self.meta.areas;
        let mut seen = self.clone();
        seen.contacts.retain(|c| residence.is_served(areas, &c.areas));
        seen.services.retain(|s| residence.is_served(areas, &s.areas));
        let kept: HashSet<String> = seen.contacts.iter().map(|c| c.id.clone()).collect();
        let keep = |ids: &mut Vec<String>| ids.retain(|id| kept.contains(id));
        keep(&mut seen.meta.emergency);
        seen.steps.iter_mut().for_each(|s| keep(&mut s.contacts));
        seen.routes.iter_mut().flat_map(|r| r.ways.iter_mut()).for_each(|w| keep(&mut w.contacts));
        seen.services.iter_mut().for_each(|s| keep(&mut s.contacts));
        seen
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pathway::{load_valid, DEFAULT_FILES};

    fn ids<'p>(p: &'p Pathway, route: &str) -> Vec<&'p str> {
        p.route(route).expect("route").ways.iter().flat_map(|w| w.contacts.iter().map(String::as_str)).collect()
    }

    #[test]
    fn the_answer_comes_from_an_area_tag_and_unknown_areas_say_nothing() {
        let p = load_valid(&DEFAULT_FILES).expect("valid default data");
        let areas = &p.meta.areas;
        let rutland = Residence::for_area(areas, "rutland").expect("Rutland is an area");
        assert_eq!(Residence::from_tags(areas, ["who:me", "area:rutland"]), rutland);
        assert_eq!(Residence::from_tags(areas, ["area:elsewhere"]), Residence::Elsewhere);
        assert_eq!(Residence::from_tags(areas, ["who:me", "area:atlantis"]), Residence::Unknown);
        assert_eq!(rutland.name(areas), Some("Rutland"));
        assert_eq!(Residence::for_area(areas, "atlantis"), None);
    }

    #[test]
    fn each_area_sees_its_own_council_and_not_the_others() {
        let p = load_valid(&DEFAULT_FILES).expect("valid default data");
        let councils = [("leicester", "leicester-safeguarding"), ("leicestershire", "county-safeguarding"), ("rutland", "rutland-safeguarding")];
        for (area, own) in councils {
            let seen = p.seen_from(Residence::for_area(&p.meta.areas, area).expect("declared"));
            let reach = ids(&seen, "safeguarding");
            assert!(reach.contains(&own), "{area}: {reach:?}");
            for (other, theirs) in councils {
                assert!(other == area || !reach.contains(&theirs), "{area} sees {theirs}");
                assert!(other == area || seen.contact(theirs).is_none());
            }
            assert!(reach.contains(&"cqc-phone"), "what serves everyone stays");
            assert_eq!(seen.meta.emergency, p.meta.emergency, "999 is for everyone");
            assert_eq!(seen.steps, p.steps, "the journey is the same");
        }
        let everywhere = p.seen_from(Residence::Unknown);
        assert_eq!(everywhere, p, "not sure: every area's");
        let outside = p.seen_from(Residence::Elsewhere);
        assert!(councils.iter().all(|(_, c)| outside.contact(c).is_none()));
        assert!(outside.services.iter().all(|s| s.areas.is_empty()), "only what serves everyone");
        let social_care = outside.services.iter().find(|s| s.id == "adult-social-care").expect("for everyone");
        assert!(social_care.contacts.is_empty() && social_care.how_to_find.is_some(), "says how to find their own council");
    }
}
