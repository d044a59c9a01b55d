//! Swedish word forms the Snowball stemmer leaves apart, and compounds.
//!
//! The stemmer takes "projekt" to "projek" but leaves "projektet" alone, and
//! "lager" to "lag" but "lagret" to "lagret"; so a definite form missed its
//! plain one. [`variants`] gives a word's other plausible forms, and both the
//! index (for every word of a Swedish text) and a search (for every word
//! typed) add them: each side then holds the form the other has.
//!
//! Swedish writes compounds as one word: "trädgårdsprojekt", "arbetsträning".
//! [`Lexicon::split`] cuts such a word into words the lexicon knows (those of
//! the indexed Swedish texts and labels, and [`BASE_WORDS`]), allowing the
//! linking "s". The index adds the parts, so "projekt" finds a text saying
//! "trädgårdsprojektet"; a search adds "all the parts" as an alternative, so
//! "trädgårdsprojekt" finds a text saying "projekt i trädgården".

use std::collections::{HashMap, HashSet};

use tantivy::tokenizer::TextAnalyzer;

/// Words the parts of compounds in this domain are often made of, known
/// even when no text uses them alone. Small: the texts teach the rest.
const BASE_WORDS: &str = "arbete jobb träning praktik projekt plats trädgård gård lager \
    logistik språk stöd kurs utbildning studier skola vård omsorg hem tjänst bygg hus \
    handel butik kök restaurang café städ service fastighet kontor data industri verkstad \
    snickeri truck kort marknad kunskap samtal grupp coach handledning vägledning \
    matchning plan möte ung vuxen kvinna familj hälsa ohälsa prövning förmåga \
    motivation nätverk arbetsgivare företag intervju brev yrke svenska hjälp \
    aktivitet verksamhet program tränare förberedelse introduktion kartläggning \
    anställning";

/// Parts shorter than this are not cut off: too many short words hide in
/// ordinary words by chance.
const MIN_PART_CHARS: usize = 3;
/// Longer words are not split (the index drops words over 40 characters).
const MAX_SPLIT_CHARS: usize = 40;
/// At most this many parts in one compound.
const MAX_DEPTH: usize = 4;
/// At most this many lexicon look-ups for one word: a word made of many
/// short known words ("lagerlagerlager…") would otherwise try every way of
/// cutting it.
const MAX_LOOKUPS: usize = 300;

fn is_vowel(c: char) -> bool {
    "aeiouyåäö".contains(c)
}

/// Other forms of a lower-cased Swedish word that the stemmer would not
/// bring together with it: "projektet" → "projekt", "skolan" → "skola",
/// "lagret" and "lagren" → "lager", "vuxna" → "vuxen". A form may be
/// wrong now and then ("planet" → "plan"); that only adds a match.
pub(super) fn variants(word: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if word.chars().count() < 5 {
        return out;
    }
    let mut push = |form: String| {
        if form.chars().count() >= MIN_PART_CHARS && form != word && !out.contains(&form) {
            out.push(form);
        }
    };
    // Neuter definite: "projektet", "jobbets"; not "-het" (the stemmer's)
    // nor "-itet" as in "aktivitet", whose "et" is the word's own.
    for suffix in ["et", "ets"] {
        if let Some(base) = word.strip_suffix(suffix) {
            let mut tail = base.chars().rev();
            let own = match (tail.next(), tail.next()) {
                (Some('h'), _) => true,
                (Some('t'), Some(before)) => is_vowel(before),
                _ => false,
            };
            if !own {
                push(base.to_string());
            }
        }
    }
    // Common-gender definite: "verkstaden" → "verkstad" (the stemmer takes
    // "verkstad" to "verkst" but "verkstaden" only to "verkstad").
    for suffix in ["en", "ens"] {
        if let Some(base) = word.strip_suffix(suffix) {
            push(base.to_string());
        }
    }
    // Common-gender definite of a word in -a: "skolan" → "skola".
    for (suffix, keep) in [("an", "a"), ("ans", "a")] {
        if let Some(base) = word.strip_suffix(suffix) {
            push(format!("{base}{keep}"));
        }
    }
    // An unstressed e before a final r, l or n drops when an ending follows:
    // "lagret" of "lager", "exemplet" of "exempel", "vattnet" of "vatten".
    for suffix in ["et", "ets", "en", "ens", "ar", "arna", "er", "erna", "a"] {
        let Some(base) = word.strip_suffix(suffix) else {
            continue;
        };
        let mut tail = base.chars().rev();
        if let (Some(last), Some(before)) = (tail.next(), tail.next()) {
            if "rln".contains(last) && !is_vowel(before) && !"rln".contains(before) {
                let stem: String = base.chars().take(base.chars().count() - 1).collect();
                push(format!("{stem}e{last}"));
            }
        }
    }
    out
}

/// The analyzed form of one word (none for a stop word).
pub(super) fn analyze(analyzer: &mut TextAnalyzer, word: &str) -> Option<String> {
    let mut stream = analyzer.token_stream(word);
    let mut first = None;
    while let Some(token) = stream.next() {
        if first.is_none() {
            first = Some(token.text.clone());
        }
    }
    first
}

/// Lower-cased words of a text.
pub(super) fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// The analyzed forms of Swedish words seen in the index, and [`BASE_WORDS`].
#[derive(Debug, Default)]
pub(super) struct Lexicon {
    stems: HashSet<String>,
    /// Words already learned (most words recur: learned once).
    learned: HashSet<String>,
}

impl Lexicon {
    pub fn new(analyzer: &mut TextAnalyzer) -> Lexicon {
        let mut lexicon = Lexicon::default();
        lexicon.learn(BASE_WORDS, analyzer);
        lexicon
    }

    /// Adds the words of a Swedish text.
    pub fn learn(&mut self, text: &str, analyzer: &mut TextAnalyzer) {
        for word in words(text) {
            if word.chars().count() < MIN_PART_CHARS
                || word.chars().any(|c| c.is_numeric())
                || self.learned.contains(&word)
            {
                continue;
            }
            self.learned.insert(word.clone());
            for form in std::iter::once(word.clone()).chain(variants(&word)) {
                if let Some(stem) = analyze(analyzer, &form) {
                    self.stems.insert(stem);
                }
            }
        }
    }

    /// Whether a part (as written inside a compound) is a known word.
    fn knows(&self, part: &str, analyzer: &mut TextAnalyzer) -> bool {
        part.chars().count() >= MIN_PART_CHARS
            && std::iter::once(part.to_string())
                .chain(variants(part))
                .any(|form| analyze(analyzer, &form).is_some_and(|s| self.stems.contains(&s)))
    }

    /// The two parts of a compound, the first as long as possible:
    /// "trädgårdsprojektet" → ["trädgård", "projektet"]. The second part is
    /// a known word or itself a compound. None for a word not made of
    /// known words.
    pub fn split(&self, word: &str, analyzer: &mut TextAnalyzer) -> Option<(String, String)> {
        let mut lookups = MAX_LOOKUPS;
        self.split_at_depth(word, analyzer, 1, &mut lookups)
    }

    fn split_at_depth(
        &self,
        word: &str,
        analyzer: &mut TextAnalyzer,
        depth: usize,
        lookups: &mut usize,
    ) -> Option<(String, String)> {
        let chars: Vec<char> = word.chars().collect();
        if *lookups == 0
            || depth > MAX_DEPTH
            || chars.len() < 2 * MIN_PART_CHARS
            || chars.len() > MAX_SPLIT_CHARS
            || chars.iter().any(|c| !c.is_alphabetic())
        {
            return None;
        }
        for at in (MIN_PART_CHARS..=chars.len() - MIN_PART_CHARS).rev() {
            let head: String = chars[..at].iter().collect();
            let tail: String = chars[at..].iter().collect();
            // The linking s: "arbets|träning".
            let heads = match head.strip_suffix('s') {
                Some(bare) if bare.chars().count() >= MIN_PART_CHARS => {
                    vec![bare.to_string(), head.clone()]
                }
                _ => vec![head.clone()],
            };
            *lookups = lookups.saturating_sub(heads.len());
            let Some(head) = heads.into_iter().find(|h| self.knows(h, analyzer)) else {
                if *lookups == 0 {
                    return None;
                }
                continue;
            };
            *lookups = lookups.saturating_sub(1);
            if self.knows(&tail, analyzer)
                || self
                    .split_at_depth(&tail, analyzer, depth + 1, lookups)
                    .is_some()
            {
                return Some((head, tail));
            }
            if *lookups == 0 {
                return None;
            }
        }
        None
    }

    /// Every part of a compound, the parts of its parts included:
    /// "arbetsmarknadskunskap" → "arbetsmarknad arbet marknad kunskap".
    fn all_parts(&self, word: &str, analyzer: &mut TextAnalyzer, into: &mut Vec<String>) {
        if let Some((head, tail)) = self.split(word, analyzer) {
            self.all_parts(&head, analyzer, into);
            self.all_parts(&tail, analyzer, into);
            into.push(head);
            into.push(tail);
        }
    }

    /// What the index adds to a Swedish text: every word's other forms and
    /// the parts of its compounds (with their other forms), space-separated.
    /// `known` keeps each word's answer for the next text of the same batch.
    pub fn extra_forms(
        &self,
        text: &str,
        analyzer: &mut TextAnalyzer,
        known: &mut HashMap<String, String>,
    ) -> String {
        let mut extra: Vec<String> = Vec::new();
        for word in words(text) {
            if let Some(forms) = known.get(&word) {
                if !forms.is_empty() {
                    extra.push(forms.clone());
                }
                continue;
            }
            let mut forms = variants(&word);
            if word.chars().count() >= 2 * MIN_PART_CHARS {
                let mut parts = Vec::new();
                self.all_parts(&word, analyzer, &mut parts);
                for part in parts {
                    forms.extend(variants(&part));
                    forms.push(part);
                }
            }
            let forms = forms.join(" ");
            if !forms.is_empty() {
                extra.push(forms.clone());
            }
            known.insert(word, forms);
        }
        extra.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use tantivy::tokenizer::{
        Language, LowerCaser, SimpleTokenizer, Stemmer, StopWordFilter, TextAnalyzer,
    };

    use super::*;

    fn swedish() -> TextAnalyzer {
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .filter(StopWordFilter::new(Language::Swedish).unwrap())
            .filter(Stemmer::new(Language::Swedish))
            .build()
    }

    fn same_stem(a: &str, b: &str) -> bool {
        let mut analyzer = swedish();
        let forms = |w: &str| -> Vec<String> {
            std::iter::once(w.to_string()).chain(variants(w)).collect()
        };
        let left: Vec<_> = forms(a)
            .iter()
            .filter_map(|f| analyze(&mut analyzer, f))
            .collect();
        let right: Vec<_> = forms(b)
            .iter()
            .filter_map(|f| analyze(&mut analyzer, f))
            .collect();
        left.iter().any(|s| right.contains(s))
    }

    #[test]
    fn definite_and_plural_forms_meet_their_plain_form() {
        for (a, b) in [
            ("projektet", "projekt"),
            ("lagret", "lager"),
            ("lagren", "lager"),
            ("skolan", "skola"),
            ("jobbet", "jobb"),
            ("vuxna", "vuxen"),
            ("aktiviteter", "aktivitet"),
            ("möjligheten", "möjlighet"),
            ("restaurangen", "restauranger"),
            ("verkstaden", "verkstad"),
        ] {
            assert!(same_stem(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn compounds_split_into_known_words() {
        let mut analyzer = swedish();
        let mut lexicon = Lexicon::new(&mut analyzer);
        lexicon.learn("arbetsmarknaden", &mut analyzer);
        assert_eq!(
            lexicon.split("trädgårdsprojektet", &mut analyzer),
            Some(("trädgård".into(), "projektet".into()))
        );
        assert_eq!(
            lexicon.split("arbetsträning", &mut analyzer),
            Some(("arbet".into(), "träning".into()))
        );
        let extra = lexicon.extra_forms("snickeriverkstaden", &mut analyzer, &mut HashMap::new());
        assert!(extra.split(' ').any(|w| w == "verkstaden"), "{extra}");
        assert!(lexicon.split("restaurang", &mut analyzer).is_none());
        // Many short known words, and one unknown at the end: bounded work.
        let started = std::time::Instant::now();
        let odd = format!("{}xq", "lager".repeat(7));
        assert!(lexicon.split(&odd, &mut analyzer).is_none());
        assert!(
            lexicon
                .extra_forms(&odd, &mut analyzer, &mut HashMap::new())
                .len()
                < 400
        );
        assert!(started.elapsed() < std::time::Duration::from_millis(200));
        assert!(lexicon.split("tillsammans", &mut analyzer).is_none());
        let extra =
            lexicon.extra_forms("arbetsmarknadskunskap", &mut analyzer, &mut HashMap::new());
        for part in ["arbetsmarknad", "marknad", "kunskap"] {
            assert!(extra.split(' ').any(|w| w == part), "{part} in {extra}");
        }
    }
}
