//! Turns what a reader typed into tantivy queries, without a query parser:
//! quotes, colons and operators are ordinary characters here, so no input
//! can make a search fail. Every word must match. A word is matched with a
//! typo only when it matches nothing as typed, so "Cognix" finds Cognix and
//! not every text that says "cognitive", while "Cognx" still finds Cognix.

use tantivy::{
    query::{BooleanQuery, FuzzyTermQuery, Occur, Query, TermQuery},
    schema::IndexRecordOption,
    tokenizer::TokenizerManager,
    Term,
};

use super::index::TextField;

/// Longer searches are cut here (and the reader told).
pub const MAX_QUERY_CHARS: usize = 200;
/// At most this many words take part.
const MAX_WORDS: usize = 12;

/// One word of a search: what matches it exactly (after stemming, or as
/// the start of a word while typing) and what matches it with a typo.
pub(super) struct WordQuery {
    pub exact: Box<dyn Query>,
    pub with_typo: Box<dyn Query>,
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
        .filter_map(|(position, word)| word_queries(word, position == last, fields, tokenizers))
        .collect();
    ParsedSearch { words, shortened }
}

fn word_queries(
    word: &str,
    is_last: bool,
    fields: &[TextField],
    tokenizers: &TokenizerManager,
) -> Option<WordQuery> {
    let mut exact: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let mut with_typo: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for field in fields {
        let Some(mut analyzer) = tokenizers.get(field.analyzer) else {
            continue;
        };
        let mut stream = analyzer.token_stream(word);
        while let Some(token) = stream.next() {
            let term = Term::from_field_text(field.field, &token.text);
            let length = token.text.chars().count();
            exact.push((
                Occur::Should,
                Box::new(TermQuery::new(term.clone(), IndexRecordOption::Basic)),
            ));
            if is_last && length >= 3 {
                exact.push((
                    Occur::Should,
                    Box::new(FuzzyTermQuery::new_prefix(term.clone(), 0, true)),
                ));
            }
            let distance = match length {
                0..=3 => 0,
                4..=7 => 1,
                _ => 2,
            };
            if distance > 0 {
                with_typo.push((
                    Occur::Should,
                    Box::new(FuzzyTermQuery::new(term, distance, true)),
                ));
            }
        }
    }
    if exact.is_empty() {
        return None;
    }
    with_typo.extend(
        exact
            .iter()
            .map(|(occur, query)| (*occur, query.box_clone())),
    );
    Some(WordQuery {
        exact: Box::new(BooleanQuery::new(exact)),
        with_typo: Box::new(BooleanQuery::new(with_typo)),
    })
}
