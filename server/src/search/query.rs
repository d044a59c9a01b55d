//! Turns what a reader typed into tantivy queries, without a query parser:
//! quotes, colons and operators are ordinary characters here, so no input
//! can make a search fail. Every word must match. A word is matched with a
//! typo only when it matches nothing as typed, so "Cognix" finds Cognix and
//! not every text that says "cognitive", while "Cognx" still finds Cognix;
//! and with two typos only when one finds nothing, so a word one slip away
//! is not drowned by the many words two slips away.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, MutexGuard},
};

use tantivy::{
    query::{
        AutomatonWeight, BooleanQuery, DfaWrapper, EnableScoring, FuzzyTermQuery, Occur,
        PhrasePrefixQuery, Query, TermQuery, Weight,
    },
    schema::{Field, IndexRecordOption},
    tokenizer::{TextAnalyzer, TokenizerManager},
    Term,
};

use super::{
    index::TextField,
    swedish::{self, Lexicon},
};

/// Longer searches are cut here (and the reader told).
pub const MAX_QUERY_CHARS: usize = 200;
/// At most this many words take part.
const MAX_WORDS: usize = 12;
/// How many dictionary words a prefix may stand for: "a" alone would
/// otherwise touch every word in the index.
const MAX_PREFIX_EXPANSIONS: u32 = 500;

/// One word of a search: what matches it exactly (after stemming, or as
/// the start of a word while typing) and the words to try with a typo.
pub(super) struct WordQuery {
    pub exact: Box<dyn Query>,
    typo_words: Vec<TypoWord>,
    /// Some analyzer drops the word ("och", "with"): when nothing holds it,
    /// it does not narrow the search.
    pub is_stop_word: bool,
}

/// What Swedish words need beyond their analyzer: their other forms and
/// their compounds' parts (see `swedish`).
pub(super) struct Swedish<'a> {
    pub field: Field,
    pub analyzer: TextAnalyzer,
    pub lexicon: &'a Lexicon,
}

impl Swedish<'_> {
    /// Term queries for a word's other forms, and for the word as all its
    /// compound parts (each in any of its forms).
    fn alternatives(&mut self, word: &str) -> Vec<(Occur, Box<dyn Query>)> {
        let word = word.to_lowercase();
        let mut clauses = self.forms(&swedish::variants(&word));
        if let Some((head, tail)) = self.lexicon.split(&word, &mut self.analyzer) {
            let parts: Vec<(Occur, Box<dyn Query>)> = [head, tail]
                .into_iter()
                .map(|part| {
                    let mut forms = swedish::variants(&part);
                    forms.push(part);
                    let any_form: Box<dyn Query> = Box::new(BooleanQuery::new(self.forms(&forms)));
                    (Occur::Must, any_form)
                })
                .collect();
            clauses.push((Occur::Should, Box::new(BooleanQuery::new(parts))));
        }
        clauses
    }

    fn forms(&mut self, forms: &[String]) -> Vec<(Occur, Box<dyn Query>)> {
        forms
            .iter()
            .filter_map(|form| swedish::analyze(&mut self.analyzer, form))
            .map(|stem| -> (Occur, Box<dyn Query>) {
                let term = Term::from_field_text(self.field, &stem);
                (
                    Occur::Should,
                    Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
                )
            })
            .collect()
    }
}

/// An analyzed word and the fields whose analyzers produced it (most
/// analyzers leave a Swedish word alone).
struct TypoWord {
    text: String,
    fields: Vec<Field>,
}

/// How many edits a word of `length` characters may have: none for short
/// words, where one edit makes another common word.
fn typo_distance(length: usize) -> u8 {
    match length {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

impl WordQuery {
    /// The most edits any of the word's analyzed forms may have.
    pub fn max_typos(&self) -> u8 {
        self.typo_words
            .iter()
            .map(|word| typo_distance(word.text.chars().count()))
            .max()
            .unwrap_or(0)
    }

    /// What matches the word with `edits` typos (at most each analyzed
    /// form's own limit); asked only when fewer edits found nothing. Built
    /// only then: a Levenshtein automaton is the costliest part of a search,
    /// so each distinct word gets one per distance, shared by every field
    /// it occurs in and kept in `automata` for the next search of the same
    /// word (a reader changing filters repeats the search).
    pub fn with_typos(&self, edits: u8, automata: &Automata) -> tantivy::Result<Box<dyn Query>> {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for word in &self.typo_words {
            let distance = edits.min(typo_distance(word.text.chars().count()));
            let automaton = automata.get(word, distance)?;
            for field in &word.fields {
                clauses.push((
                    Occur::Should,
                    Box::new(SharedAutomatonQuery {
                        field: *field,
                        automaton: Arc::clone(&automaton),
                    }),
                ));
            }
        }
        Ok(Box::new(BooleanQuery::new(clauses)))
    }
}

/// Recently built Levenshtein automata by word and distance.
#[derive(Default)]
pub(super) struct Automata(Mutex<HashMap<(String, u8), Arc<DfaWrapper>>>);

/// Automata kept at most, so odd searches cannot fill the memory.
const MAX_AUTOMATA: usize = 256;

impl Automata {
    fn get(&self, word: &TypoWord, distance: u8) -> tantivy::Result<Arc<DfaWrapper>> {
        let key = (word.text.clone(), distance);
        if let Some(kept) = self.lock().get(&key) {
            return Ok(Arc::clone(kept));
        }
        let term = Term::from_field_text(word.fields[0], &word.text);
        let built = Arc::new(FuzzyTermQuery::new(term, distance, true).automaton()?);
        let mut kept = self.lock();
        if kept.len() >= MAX_AUTOMATA {
            kept.clear();
        }
        kept.insert(key, Arc::clone(&built));
        Ok(built)
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<(String, u8), Arc<DfaWrapper>>> {
        // Only a cache: a panic elsewhere leaves it usable.
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// Terms of one field accepted by an automaton built once for several fields.
#[derive(Clone)]
struct SharedAutomatonQuery {
    field: Field,
    automaton: Arc<DfaWrapper>,
}

impl std::fmt::Debug for SharedAutomatonQuery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SharedAutomatonQuery")
            .field("field", &self.field)
            .finish_non_exhaustive()
    }
}

impl Query for SharedAutomatonQuery {
    fn weight(&self, _scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(AutomatonWeight::<DfaWrapper>::new(
            self.field,
            Arc::clone(&self.automaton),
        )))
    }
}

pub(super) struct ParsedSearch {
    pub words: Vec<WordQuery>,
    pub shortened: bool,
}

/// Splits what the reader typed into words and builds each word's queries.
pub(super) fn parse(
    text: &str,
    fields: &[TextField],
    tokenizers: &TokenizerManager,
    mut swedish: Swedish<'_>,
) -> ParsedSearch {
    let shortened = text.chars().count() > MAX_QUERY_CHARS;
    let text: String = text.chars().take(MAX_QUERY_CHARS).collect();
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
        .collect();
    let last = words.len().saturating_sub(1);
    let words = words
        .iter()
        .enumerate()
        .filter_map(|(position, word)| {
            word_queries(word, position == last, fields, tokenizers, &mut swedish)
        })
        .collect();
    ParsedSearch { words, shortened }
}

fn word_queries(
    word: &str,
    is_last: bool,
    fields: &[TextField],
    tokenizers: &TokenizerManager,
    swedish: &mut Swedish<'_>,
) -> Option<WordQuery> {
    let mut exact: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let mut typo_words: Vec<TypoWord> = Vec::new();
    let mut is_stop_word = false;
    for field in fields {
        let Some(mut analyzer) = tokenizers.get(field.analyzer) else {
            continue;
        };
        let mut stream = analyzer.token_stream(word);
        let mut tokens = 0;
        while let Some(token) = stream.next() {
            tokens += 1;
            let term = Term::from_field_text(field.field, &token.text);
            let length = token.text.chars().count();
            exact.push((
                Occur::Should,
                Box::new(TermQuery::new(term.clone(), IndexRecordOption::Basic)),
            ));
            if is_last && length >= 3 {
                // A one-term phrase prefix is a range over the term dictionary:
                // far cheaper than a Levenshtein automaton of distance 0.
                let mut prefix = PhrasePrefixQuery::new(vec![term]);
                prefix.set_max_expansions(MAX_PREFIX_EXPANSIONS);
                exact.push((Occur::Should, Box::new(prefix)));
            }
            if typo_distance(length) == 0 {
                continue;
            }
            match typo_words.iter_mut().find(|w| w.text == token.text) {
                Some(known) => known.fields.push(field.field),
                None => typo_words.push(TypoWord {
                    text: token.text.clone(),
                    fields: vec![field.field],
                }),
            }
        }
        is_stop_word |= tokens == 0;
    }
    if exact.is_empty() {
        return None;
    }
    exact.extend(swedish.alternatives(word));
    Some(WordQuery {
        exact: Box::new(BooleanQuery::new(exact)),
        typo_words,
        is_stop_word,
    })
}
