//! The in-memory tantivy index of provider documents.

use std::{
    collections::{HashMap, HashSet},
    sync::{Mutex, RwLock},
};

use tantivy::{
    collector::DocSetCollector,
    schema::{
        Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED, STRING,
    },
    tokenizer::{
        Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, StopWordFilter,
        TextAnalyzer,
    },
    DocAddress, Index, IndexReader, IndexWriter, TantivyDocument, Term,
};

use super::{documents::SearchDocument, query, swedish::Lexicon};

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("search index lock poisoned")]
    Poisoned,
}

/// The analyzed text fields and the analyzer of each.
#[derive(Clone, Copy, Debug)]
pub(super) struct TextField {
    pub field: Field,
    pub analyzer: &'static str,
}

/// Providers whose documents match a search.
#[derive(Debug, Default, PartialEq)]
pub struct SearchHits {
    pub provider_ids: HashSet<String>,
    /// The search string was longer than [`query::MAX_QUERY_CHARS`] and was cut.
    pub shortened: bool,
    /// Nothing searchable was left (only punctuation, stop words …): no narrowing.
    pub empty: bool,
}

pub struct ProviderIndex {
    index: Index,
    reader: IndexReader,
    writer: Mutex<IndexWriter>,
    id: Field,
    fields: Vec<TextField>,
    automata: query::Automata,
    /// Swedish words seen, for splitting compounds (see `swedish`).
    lexicon: RwLock<Lexicon>,
    /// The highest `search_change` id applied; -1 before the first build.
    applied_change: Mutex<i64>,
}

impl std::fmt::Debug for ProviderIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProviderIndex").finish_non_exhaustive()
    }
}

fn analyzer(language: Option<Language>) -> TextAnalyzer {
    let base = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser);
    match language {
        Some(language) => match StopWordFilter::new(language) {
            Some(stop_words) => base
                .filter(stop_words)
                .filter(Stemmer::new(language))
                .build(),
            None => base.filter(Stemmer::new(language)).build(),
        },
        None => base.build(),
    }
}

/// Analyzer names and languages: stemming where tantivy has a stemmer, plain
/// lower-cased words for Dari, Persian, Somali and Tigrinya.
const ANALYZERS: [(&str, Option<Language>); 5] = [
    ("sv", Some(Language::Swedish)),
    ("en", Some(Language::English)),
    ("ar", Some(Language::Arabic)),
    ("ru", Some(Language::Russian)),
    ("plain", None),
];

/// Which analyzer reads text written in a locale.
pub(super) fn analyzer_for_locale(locale_slug: &str) -> &'static str {
    match locale_slug {
        "sv" | "lattlast" => "sv",
        "en" => "en",
        "ar" => "ar",
        "ru" => "ru",
        _ => "plain",
    }
}

impl ProviderIndex {
    pub fn new() -> Result<ProviderIndex, SearchError> {
        let mut builder = Schema::builder();
        let id = builder.add_text_field("id", STRING | STORED);
        let fields: Vec<TextField> = ANALYZERS
            .iter()
            .map(|(name, _)| TextField {
                field: builder.add_text_field(
                    &format!("text_{name}"),
                    TextOptions::default().set_indexing_options(
                        TextFieldIndexing::default()
                            .set_tokenizer(name)
                            .set_index_option(IndexRecordOption::WithFreqs),
                    ),
                ),
                analyzer: name,
            })
            .collect();
        let index = Index::create_in_ram(builder.build());
        for (name, language) in ANALYZERS {
            index.tokenizers().register(name, analyzer(language));
        }
        // One thread and a small arena: the corpus is small, memory is not free.
        let writer = index.writer_with_num_threads(1, 15_000_000)?;
        let reader = index.reader()?;
        let lexicon = Lexicon::new(&mut analyzer(Some(Language::Swedish)));
        Ok(ProviderIndex {
            lexicon: RwLock::new(lexicon),
            index,
            reader,
            writer: Mutex::new(writer),
            id,
            fields,
            automata: query::Automata::default(),
            applied_change: Mutex::new(-1),
        })
    }

    fn field_for(&self, analyzer: &str) -> Field {
        self.fields
            .iter()
            .find(|f| f.analyzer == analyzer)
            .map(|f| f.field)
            .unwrap_or(self.fields[self.fields.len() - 1].field)
    }

    /// A document's Swedish texts, labels and name.
    fn swedish_texts(document: &SearchDocument) -> impl Iterator<Item = &str> {
        document
            .texts
            .iter()
            .chain(&document.labels)
            .filter(|(locale, _)| analyzer_for_locale(locale) == "sv")
            .map(|(_, text)| text.as_str())
            .chain([document.name.as_str()])
    }

    fn to_tantivy(
        &self,
        document: &SearchDocument,
        lexicon: &Lexicon,
        swedish: &mut TextAnalyzer,
        known: &mut HashMap<String, String>,
    ) -> TantivyDocument {
        let mut doc = TantivyDocument::default();
        doc.add_text(self.id, &document.provider_id);
        // Other forms of its Swedish words and the parts of its compounds,
        // so that "lager" finds "lagret" and "projekt" "trädgårdsprojektet".
        let sv = self.field_for("sv");
        for text in Self::swedish_texts(document) {
            let extra = lexicon.extra_forms(text, swedish, known);
            if !extra.is_empty() {
                doc.add_text(sv, &extra);
            }
        }
        // A text and a fact's label are read by their own language's
        // analyzer: a search is analyzed by every analyzer, so "arabiska"
        // still finds the Swedish label and "Arabic" the English one, and
        // each label's words are in one term dictionary, not five (a typo
        // search walks every dictionary).
        for (locale, text) in document.texts.iter().chain(&document.labels) {
            doc.add_text(self.field_for(analyzer_for_locale(locale)), text);
        }
        // A name is no language's word: it is searched in every analyzer.
        for field in &self.fields {
            doc.add_text(field.field, &document.name);
        }
        doc
    }

    /// Replaces the providers' documents (removing those given without one)
    /// and records how far the change log has been applied.
    pub fn apply(
        &self,
        removed_or_changed: &[String],
        documents: &[SearchDocument],
        applied_change: Option<i64>,
    ) -> Result<(), SearchError> {
        let mut writer = self.writer.lock().map_err(|_| SearchError::Poisoned)?;
        for id in removed_or_changed {
            writer.delete_term(Term::from_field_text(self.id, id));
        }
        // The words of new texts first, so their compounds split against them
        // too. (A document indexed earlier keeps the splits it had then.)
        let mut swedish = self.swedish_analyzer();
        let mut lexicon = self.lexicon.write().map_err(|_| SearchError::Poisoned)?;
        for document in documents {
            for text in Self::swedish_texts(document) {
                lexicon.learn(text, &mut swedish);
            }
        }
        let mut known = HashMap::new();
        for document in documents {
            writer.add_document(self.to_tantivy(document, &lexicon, &mut swedish, &mut known))?;
        }
        drop(lexicon);
        writer.commit()?;
        self.reader.reload()?;
        if let Some(change) = applied_change {
            *self
                .applied_change
                .lock()
                .map_err(|_| SearchError::Poisoned)? = change;
        }
        Ok(())
    }

    /// Drops everything and indexes `documents`.
    pub fn rebuild(
        &self,
        documents: &[SearchDocument],
        applied_change: i64,
    ) -> Result<(), SearchError> {
        {
            let writer = self.writer.lock().map_err(|_| SearchError::Poisoned)?;
            writer.delete_all_documents()?;
        }
        self.apply(&[], documents, Some(applied_change))
    }

    fn swedish_analyzer(&self) -> TextAnalyzer {
        self.index
            .tokenizers()
            .get("sv")
            .unwrap_or_else(|| analyzer(Some(Language::Swedish)))
    }

    pub fn applied_change(&self) -> i64 {
        self.applied_change.lock().map(|c| *c).unwrap_or(-1)
    }

    /// The providers whose documents match every word of `text` (each word
    /// exactly, stemmed, or with one typo; the last word also as a prefix).
    pub fn search(&self, text: &str) -> Result<SearchHits, SearchError> {
        let parsed = {
            let lexicon = self.lexicon.read().map_err(|_| SearchError::Poisoned)?;
            let swedish = query::Swedish {
                field: self.field_for("sv"),
                analyzer: self.swedish_analyzer(),
                lexicon: &lexicon,
            };
            query::parse(text, &self.fields, self.index.tokenizers(), swedish)
        };
        if parsed.words.is_empty() {
            return Ok(SearchHits {
                provider_ids: HashSet::new(),
                shortened: parsed.shortened,
                empty: true,
            });
        }
        let searcher = self.reader.searcher();
        // Each word is searched as typed and, only while that finds nothing,
        // with one typo, then two; the words' hits are then intersected.
        let mut matching: Option<HashSet<DocAddress>> = None;
        for word in parsed.words {
            let mut hits = searcher.search(&word.exact, &DocSetCollector)?;
            for edits in 1..=word.max_typos() {
                if !hits.is_empty() {
                    break;
                }
                let with_typos = word.with_typos(edits, &self.automata)?;
                hits = searcher.search(&*with_typos, &DocSetCollector)?;
            }
            // "och", "med", "for": a stop word no text holds asks for nothing.
            if hits.is_empty() && word.is_stop_word {
                continue;
            }
            let narrowed = match matching {
                None => hits,
                Some(previous) => previous.intersection(&hits).copied().collect(),
            };
            let nothing_left = narrowed.is_empty();
            matching = Some(narrowed);
            if nothing_left {
                break;
            }
        }
        let mut provider_ids = HashSet::new();
        for address in matching.unwrap_or_default() {
            let doc: TantivyDocument = searcher.doc(address)?;
            if let Some(id) = doc.get_first(self.id).and_then(|v| v.as_str()) {
                provider_ids.insert(id.to_string());
            }
        }
        Ok(SearchHits {
            provider_ids,
            shortened: parsed.shortened,
            empty: false,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: &str, name: &str, sv: &str, labels: &[(&str, &str)]) -> SearchDocument {
        SearchDocument {
            provider_id: id.into(),
            name: name.into(),
            texts: vec![("sv".into(), sv.into())],
            labels: labels
                .iter()
                .map(|(locale, label)| (locale.to_string(), label.to_string()))
                .collect(),
        }
    }

    fn index() -> ProviderIndex {
        let index = ProviderIndex::new().unwrap();
        index
            .rebuild(
                &[
                    doc(
                        "jobb",
                        "Jobblotsen",
                        "Vi hjälper dig med arbetsträning inom restaurang.",
                        &[("sv", "arabiska"), ("en", "Arabic"), ("ru", "арабский")],
                    ),
                    doc(
                        "cog",
                        "Cognix",
                        "Stöd för personer med NPF och kognitiva svårigheter.",
                        &[("sv", "somaliska"), ("so", "Soomaali")],
                    ),
                    doc(
                        "stad",
                        "Stadsmissionen",
                        "Språkträning på arbetsplatser i hela Stockholm.",
                        &[],
                    ),
                ],
                0,
            )
            .unwrap();
        index
    }

    fn found(index: &ProviderIndex, text: &str) -> Vec<String> {
        let mut ids: Vec<_> = index
            .search(text)
            .unwrap()
            .provider_ids
            .into_iter()
            .collect();
        ids.sort();
        ids
    }

    #[test]
    fn swedish_words_are_found_in_other_inflections() {
        let index = index();
        assert_eq!(found(&index, "arbetsplats"), ["stad"]);
        assert_eq!(found(&index, "svårighet"), ["cog"]);
    }

    #[test]
    fn a_typo_is_forgiven() {
        let index = index();
        assert_eq!(found(&index, "Jobblotsne"), ["jobb"]);
        assert_eq!(found(&index, "restarang"), ["jobb"]);
    }

    #[test]
    fn two_typos_are_forgiven_in_a_long_word_when_one_finds_nothing() {
        let index = ProviderIndex::new().unwrap();
        index
            .rebuild(
                &[
                    doc("one", "Zorblatox", "", &[]),
                    doc("two", "Zarblatox", "", &[]),
                ],
                0,
            )
            .unwrap();
        // One slip from Zorblatox, two from Zarblatox: the nearer word wins.
        assert_eq!(found(&index, "zorblatex"), ["one"]);
        // Two slips from both.
        assert_eq!(found(&index, "zurblatix"), ["one", "two"]);
    }

    #[test]
    fn names_and_translated_facts_are_searchable() {
        let index = index();
        assert_eq!(found(&index, "cognix"), ["cog"]);
        assert_eq!(found(&index, "arabic"), ["jobb"]);
        assert_eq!(found(&index, "Somaliska"), ["cog"]);
        // Each label through its own language's analyzer: Russian and
        // Swedish inflections, a Somali word as written.
        assert_eq!(found(&index, "арабского"), ["jobb"]);
        assert_eq!(found(&index, "arabiskt"), ["jobb"]);
        assert_eq!(found(&index, "soomaali"), ["cog"]);
    }

    #[test]
    fn every_word_must_match() {
        let index = index();
        assert_eq!(found(&index, "språkträning stockholm"), ["stad"]);
        assert!(found(&index, "språkträning restaurang").is_empty());
    }

    #[test]
    fn the_last_word_matches_as_a_prefix_while_typing() {
        assert_eq!(found(&index(), "stadsmis"), ["stad"]);
    }

    #[test]
    fn operators_quotes_and_markup_are_just_text() {
        let index = index();
        for text in [
            "\"unclosed",
            "title:foo AND OR NOT",
            "<script>alert(1)</script>",
            "'; DROP TABLE provider; --",
            "\u{0}\u{7}\u{1b}[31m",
            "*?~^[]{}()",
        ] {
            assert!(index.search(text).is_ok(), "{text:?}");
        }
        assert!(index.search("!!! ???").unwrap().empty);
    }

    #[test]
    fn a_very_long_search_is_cut_not_refused() {
        let hits = index().search(&"arbetsträning ".repeat(1000)).unwrap();
        assert!(hits.shortened);
        assert_eq!(hits.provider_ids.len(), 1);
    }

    #[test]
    fn a_changed_document_replaces_the_old_one() {
        let index = index();
        index
            .apply(
                &["cog".into()],
                &[doc("cog", "Cognix", "Nu med snickeri.", &[])],
                Some(1),
            )
            .unwrap();
        assert_eq!(found(&index, "snickeri"), ["cog"]);
        assert!(found(&index, "svårigheter").is_empty());
        assert_eq!(index.applied_change(), 1);
        index.apply(&["cog".into()], &[], Some(2)).unwrap();
        assert!(found(&index, "cognix").is_empty());
    }
}
