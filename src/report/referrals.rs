//! The referral list that ends a staff member's handover record: the services of their
//! setting and kind of health, each with the ways to reach it. It is part of what can
//! leave the page, so it is made here with the rest of the summary.

use super::share::{Block, Line, SummaryPart};
use crate::journey::services_for_setting;
use crate::pathway::{Cluster, Health, Pathway};
use crate::words::Words;

/// The `field` of the referral list's lines, which are services, not form questions.
pub const REFERRAL_FIELD: &str = "(referral)";

/// The staff member's setting, for the handover record's list of services.
#[derive(Debug, Clone, Copy)]
pub struct Referrals<'p> {
    pub pathway: &'p Pathway,
    pub setting: Cluster,
    pub health: Health,
}

/// The services of the setting to refer to, as a block of the share summary.
pub(super) fn referral_list(words: &Words, referrals: &Referrals<'_>) -> Block {
    let Referrals { pathway, setting, health } = *referrals;
    let lines = services_for_setting(pathway, setting, health)
        .into_iter()
        .flat_map(|(_, services)| services)
        .map(|service| {
            let reach: Vec<String> = service
                .contacts
                .iter()
                .filter_map(|id| pathway.contact(id))
                .map(|c| format!("{} {}", c.label, c.value))
                .chain(service.how_to_find.clone())
                .collect();
            Line { field: REFERRAL_FIELD, label: service.name.clone(), value: reach.join("; ") }
        })
        .collect();
    Block { heading: words.referral_heading(setting, health), parts: vec![SummaryPart { heading: None, lines }] }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pathway::{load_valid, DEFAULT_FILES};
    use crate::report::{summary, IncidentScope, Recipient, Record, ShareChoices, SummaryContext};

    #[test]
    fn the_handover_record_ends_with_the_settings_services_and_how_to_reach_them() {
        let p = load_valid(&DEFAULT_FILES).expect("valid default data");
        let referrals = Some(Referrals { pathway: &p, setting: Cluster::Primary, health: Health::Physical });
        let context = SummaryContext { words: Words::english(), referrals };
        let handover = summary(&Record::default(), &ShareChoices::explicit(), Recipient::Handover, IncidentScope::All, &context);
        let block = handover.blocks.last().expect("the referral list");
        assert_eq!(block.heading, "Services to refer to (Primary, physical health)");
        let lines = &block.parts[0].lines;
        let names: Vec<&str> = lines.iter().map(|l| l.label.as_str()).collect();
        assert!(names.contains(&"Your GP practice") && !names.contains(&"NHS Talking Therapies"), "{names:?}");
        assert!(names.contains(&"Stop Hate UK"), "support services are for every setting");
        assert!(lines.iter().all(|l| !l.value.is_empty() && l.field == REFERRAL_FIELD), "every service says how to reach it");
        let police = summary(&Record::default(), &ShareChoices::explicit(), Recipient::Police, IncidentScope::All, &context);
        assert!(police.blocks.iter().all(|b| b.parts.iter().all(|p| p.lines.iter().all(|l| l.field != REFERRAL_FIELD))), "for the handover only");
    }
}
