//! The customer survey's figures: answers summed per group.
//!
//! NKI (nöjd-kund-index) here is the mean, over respondents, of each
//! respondent's mean answer to the question areas they answered, on the
//! survey's own 1–5 scale with one decimal, rounded half up: the scale the
//! 2023 report gives its NKI of 4.1 on (000 §10.2), so the figures compare.
//! Each respondent weighs the same whatever they skipped. An area's mean is
//! the mean of its answers.

use std::collections::HashMap;

use super::rounded_ratio;
use crate::db::survey::StoredResponse;

/// Which responses a sum is of, by provider id and intervention code.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum SurveyGroup {
    Total,
    Intervention(String),
    ProviderIn {
        provider: String,
        intervention: String,
    },
}

/// The sums of one group's responses.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SurveySums {
    pub respondents: i64,
    /// Per question area: the sum of its answers and how many there are.
    pub area_sum: [i64; 4],
    pub area_count: [i64; 4],
    /// Σ over respondents of 12 × their mean answer: a whole number, since
    /// a respondent answers 1 to 4 areas and 12 is divisible by each.
    pub twelve_times_means: i64,
}

impl SurveySums {
    fn add(&mut self, answers: &[Option<i64>; 4]) {
        let given: Vec<(usize, i64)> = answers
            .iter()
            .enumerate()
            .filter_map(|(k, a)| a.map(|a| (k, a)))
            .collect();
        if given.is_empty() {
            return;
        }
        self.respondents += 1;
        let mut sum = 0;
        for &(k, answer) in &given {
            self.area_sum[k] += answer;
            self.area_count[k] += 1;
            sum += answer;
        }
        self.twelve_times_means += sum * (12 / given.len() as i64);
    }

    /// An area's mean answer in tenths (41 is 4.1), rounded half up.
    pub fn area_tenths(&self, area: usize) -> Option<i64> {
        rounded_ratio(10 * self.area_sum[area], self.area_count[area])
    }

    /// NKI in tenths on the 1–5 scale, rounded half up.
    pub fn nki_tenths(&self) -> Option<i64> {
        rounded_ratio(10 * self.twelve_times_means, 12 * self.respondents)
    }
}

/// Survey sums by group.
#[derive(Clone, Debug, Default)]
pub struct SurveyTally {
    groups: HashMap<SurveyGroup, SurveySums>,
}

impl SurveyTally {
    /// Sums the responses that `counts` accepts (by provider id and
    /// intervention code) into every group each belongs to.
    pub fn of(responses: &[StoredResponse], counts: impl Fn(&str, &str) -> bool) -> SurveyTally {
        let mut groups: HashMap<SurveyGroup, SurveySums> = HashMap::new();
        for response in responses {
            if !counts(&response.provider_id, &response.intervention_code) {
                continue;
            }
            for group in [
                SurveyGroup::Total,
                SurveyGroup::Intervention(response.intervention_code.clone()),
                SurveyGroup::ProviderIn {
                    provider: response.provider_id.clone(),
                    intervention: response.intervention_code.clone(),
                },
            ] {
                groups.entry(group).or_default().add(&response.answers);
            }
        }
        SurveyTally { groups }
    }

    /// The group's sums; zero when it has no response.
    pub fn sums(&self, group: &SurveyGroup) -> SurveySums {
        self.groups.get(group).cloned().unwrap_or_default()
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(provider: &str, answers: [Option<i64>; 4]) -> StoredResponse {
        StoredResponse {
            provider_id: provider.into(),
            intervention_code: "AMI2".into(),
            answers,
        }
    }

    #[test]
    fn nki_is_the_mean_of_each_respondents_mean_answer() {
        let tally = SurveyTally::of(
            &[
                // Mean 4.0.
                response("a", [Some(5), Some(3), Some(4), Some(4)]),
                // Mean 5.0: one answer weighs as much as four.
                response("a", [None, None, None, Some(5)]),
                // Mean 3.5.
                response("b", [Some(3), Some(4), None, None]),
            ],
            |_, _| true,
        );
        let all = tally.sums(&SurveyGroup::Total);
        assert_eq!(all.respondents, 3);
        // (4.0 + 5.0 + 3.5) / 3 = 4.1666… → 4.2.
        assert_eq!(all.nki_tenths(), Some(42));
        // Development: (4 + 5) / 2 = 4.5.
        assert_eq!(all.area_tenths(3), Some(45));
        // Participation: one answer, 4.
        assert_eq!(all.area_tenths(2), Some(40));
        let a = tally.sums(&SurveyGroup::ProviderIn {
            provider: "a".into(),
            intervention: "AMI2".into(),
        });
        assert_eq!((a.respondents, a.nki_tenths()), (2, Some(45)));
    }

    #[test]
    fn means_round_half_up_to_one_decimal() {
        // 4.05 → 4.1 (the report's NKI); 3.95 → 4.0.
        let mut sums = SurveySums::default();
        for answers in [[Some(4); 4]; 19] {
            sums.add(&answers);
        }
        sums.add(&[Some(5); 4]);
        assert_eq!(sums.nki_tenths(), Some(41));
        assert_eq!(SurveySums::default().nki_tenths(), None);
    }

    #[test]
    fn responses_outside_the_published_rows_are_left_out() {
        let tally = SurveyTally::of(&[response("gone", [Some(1); 4])], |p, _| p != "gone");
        assert!(tally.is_empty());
        assert_eq!(tally.sums(&SurveyGroup::Total).respondents, 0);
    }
}
